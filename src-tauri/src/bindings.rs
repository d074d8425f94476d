//! The TypeScript side of the IPC types, generated with ts-rs into
//! `ui/src/bindings/`, with `rate-cases.json` (how the paper writes rates,
//! for the window's tests). A test regenerates them into a temporary folder and
//! fails when the committed files differ; `TENKEN_WRITE_BINDINGS=1 cargo test
//! -p tenken-app bindings` rewrites them.

use std::path::Path;

use ts_rs::{Config, ExportError, TS};

/// Exports every type that crosses IPC (with the types they use) into `dir`.
pub fn export_all(dir: &Path) -> Result<(), ExportError> {
    let cfg = Config::new().with_out_dir(dir);
    // Results and arguments of the commands; their fields' types follow.
    crate::ipc::Boot::export_all(&cfg)?;
    crate::ipc::CampaignView::export_all(&cfg)?;
    crate::ipc::OpenChoices::export_all(&cfg)?;
    crate::ipc::DepartmentsView::export_all(&cfg)?;
    crate::ipc::DateText::export_all(&cfg)?;
    crate::ipc::AssessmentView::export_all(&cfg)?;
    crate::ipc::ThemeView::export_all(&cfg)?;
    crate::error::CommandError::export_all(&cfg)?;
    crate::ipc::SummaryView::export_all(&cfg)?;
    crate::ipc::PassphraseInput::export_all(&cfg)?;
    crate::ipc::HistoryView::export_all(&cfg)?;
    tenken_core::Questionnaire::export_all(&cfg)?;
    tenken_core::answer::Answer::export_all(&cfg)?;
    tenken_core::answer::AnswerInput::export_all(&cfg)?;
    tenken_core::theme::Theme::export_all(&cfg)?;
    tenken_core::theme::ThemeInput::export_all(&cfg)?;
    tenken_core::campaign::Missing::export_all(&cfg)?;
    tenken_core::department_edit::DepartmentEdit::export_all(&cfg)?;
    tenken_core::review::Review::export_all(&cfg)?;
    tenken_core::review::ReviewInput::export_all(&cfg)?;
    tenken_store::CampaignOpened::export_all(&cfg)?;
    tenken_store::SectionStatus::export_all(&cfg)?;
    tenken_store::SectionOverview::export_all(&cfg)?;
    tenken_store::ItemAnswer::export_all(&cfg)?;
    tenken_store::DepartmentImport::export_all(&cfg)?;
    tenken_store::DrillFilter::export_all(&cfg)?;
    tenken_store::DrillRow::export_all(&cfg)?;
    tenken_store::CampaignNotice::export_all(&cfg)?;
    tenken_store::BoardDeadlines::export_all(&cfg)?;
    tenken_store::SubmissionEvent::export_all(&cfg)?;
    tenken_core::schedule::SettingsInput::export_all(&cfg)?;
    tenken_core::schedule::SignOffInput::export_all(&cfg)?;
    crate::about::About::export_all(&cfg)?;
    crate::export::ExportKind::export_all(&cfg)?;
    crate::export::ExportWritten::export_all(&cfg)?;
    crate::evidence::EvidenceCopy::export_all(&cfg)?;
    tenken_core::evidence::EvidenceFile::export_all(&cfg)?;
    tenken_core::evidence::ListedEvidence::export_all(&cfg)?;
    crate::staff::StaffView::export_all(&cfg)?;
    crate::staff::StaffSaved::export_all(&cfg)?;
    crate::staff::StaffSummaryView::export_all(&cfg)?;
    tenken_core::staff::StaffSheetInput::export_all(&cfg)?;
    tenken_store::ReviewRow::export_all(&cfg)?;
    tenken_store::FollowUp::export_all(&cfg)?;
    tenken_core::follow_up::FollowUpInput::export_all(&cfg)?;
    tenken_core::follow_up::FollowUpCounts::export_all(&cfg)?;
    crate::onsite::OnsiteView::export_all(&cfg)?;
    tenken_core::onsite::VisitInput::export_all(&cfg)?;
    crate::grades::GradeNameView::export_all(&cfg)?;
    export_rate_cases(dir).map_err(ExportError::Io)
}

/// What the paper writes for every rate k/n with n up to 80 (the rate, the
/// heat-map cell's figure and its band) and for the change between any two
/// rates k/n with n up to 10, into `rate-cases.json`: the window's
/// `format.test.ts` checks that it writes each the same way, so a rate never
/// reads one way on screen and another on paper.
fn export_rate_cases(dir: &Path) -> std::io::Result<()> {
    use tenken_core::aggregate::RateBand;
    let rates = |n: u32| (0..=n).map(move |k| f64::from(k) / f64::from(n));
    let per_rate = |f: &dyn Fn(f64) -> serde_json::Value| -> Vec<(u32, serde_json::Value)> {
        (1..=80).map(|n| (n, rates(n).map(f).collect())).collect()
    };
    let change = (1..=10)
        .map(|n| {
            let table =
                rates(n).map(|now| rates(n).map(|before| tenken_i18n::change(Some(now), Some(before))).collect());
            (n, table.collect::<Vec<Vec<String>>>().into())
        })
        .collect();
    let sections = [
        ("percent", per_rate(&|r| tenken_i18n::percent(Some(r)).into())),
        ("cell", per_rate(&|r| tenken_i18n::cell_percent(r).into())),
        ("band", per_rate(&|r| serde_json::to_value(RateBand::of(r)).unwrap_or_default())),
        ("change", change),
    ];
    // One line per denominator, so a change of rule reads as a diff.
    let mut out = String::from(
        "{\n  \"about\": \"Written by tenken-app's bindings test from tenken_i18n::percent, cell_percent, change and RateBand (what the paper writes); ui/src/lib/format.ts must write the same\",\n",
    );
    for (s, (name, rows)) in sections.iter().enumerate() {
        out.push_str(&format!("  \"{name}\": {{\n"));
        for (i, (n, row)) in rows.iter().enumerate() {
            let comma = if i + 1 < rows.len() { "," } else { "" };
            out.push_str(&format!("    \"{n}\": {row}{comma}\n"));
        }
        out.push_str(if s + 1 < sections.len() { "  },\n" } else { "  }\n" });
    }
    out.push_str("}\n");
    std::fs::write(dir.join("rate-cases.json"), out)
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;
    use std::path::PathBuf;

    use super::*;

    fn read_dir(dir: &Path) -> BTreeMap<String, String> {
        let mut out = BTreeMap::new();
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.extension().is_some_and(|e| e == "ts" || e == "json") {
                let name = entry.file_name().to_string_lossy().into_owned();
                out.insert(name, std::fs::read_to_string(&path).unwrap_or_default());
            }
        }
        out
    }

    #[test]
    fn bindings_are_up_to_date() {
        let committed = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../ui/src/bindings");
        if std::env::var_os("TENKEN_WRITE_BINDINGS").is_some() {
            for old in read_dir(&committed).keys() {
                std::fs::remove_file(committed.join(old)).unwrap();
            }
            export_all(&committed).unwrap();
        }
        let fresh = tempfile::tempdir().unwrap();
        export_all(fresh.path()).unwrap();
        let (want, have) = (read_dir(fresh.path()), read_dir(&committed));
        assert!(!want.is_empty());
        let stale: Vec<_> = want.iter().filter(|(name, text)| have.get(*name) != Some(*text)).map(|(n, _)| n).collect();
        let extra: Vec<_> = have.keys().filter(|name| !want.contains_key(*name)).collect();
        assert!(
            stale.is_empty() && extra.is_empty(),
            "ui/src/bindings is stale (changed or missing: {stale:?}; no longer generated: {extra:?}) — \
             run `TENKEN_WRITE_BINDINGS=1 cargo test -p tenken-app bindings`"
        );
    }
}
