//! 所属別点検結果票 — one section's result, for its 所属長 to check and sign.
//!
//! A cover with the section, the year, the state and the sign-off boxes
//! (確認印 / 日付), the rate per clause, then every item with its answer,
//! comment or reason, improvement plan and due date; under an item's
//! question, smaller, how it is checked (確認方法) and what to look at (着眼点).

use tenken_core::campaign::SectionState;
use tenken_core::report::{ReportData, SectionDetail};
use tenken_i18n::Localizer;

use crate::labels::Words;
use crate::layout::{Align, Cell, Column, Layout, MM, RIGHT, Rendered, Row};
use crate::parts::{self, TABLE_SIZE, TEXT_SIZE};
use crate::{ReportError, ReportFonts, ReportOptions};

/// Lays out the 所属別点検結果票 of the (first) section in `data`.
pub fn section_report(
    data: &ReportData,
    fonts: &ReportFonts,
    l10n: &Localizer,
    opts: &ReportOptions,
) -> Result<Rendered, ReportError> {
    let section = data.sections.first().ok_or(ReportError::NoSection)?;
    let ward = Localizer::with_grade_names(l10n.lang(), &data.grade_names);
    let w = Words::new(&ward);
    let meta = &data.questionnaire.meta;
    let title = w.t("report-section-title");
    let municipality = w.municipality(meta);
    let year = w.year(data.year);
    let header_right = [municipality, year.as_str(), section.name.as_str()].join(w.sep());
    let mut l = Layout::new(fonts, title.clone(), header_right);

    // Cover.
    l.cover();
    l.line(&w.tw("report-generated-on", &[("date", w.date(opts.generated_on).into())]), 9.0, Align::Right, false);
    l.gap(14.0 * MM);
    l.line(&title, 22.0, Align::Center, true);
    l.gap(3.0 * MM);
    l.line(
        &w.tw("report-subtitle", &[("municipality", municipality.into()), ("year", year.clone().into())]),
        12.0,
        Align::Center,
        false,
    );
    l.gap(14.0 * MM);
    facts(&mut l, &w, data, section, municipality, &year);

    sign_off(&mut l, &w, section);

    // 1. Rates per clause.
    l.heading(&w.t("report-section-h-clauses"), 1);
    parts::rate_legend(&mut l, &w, data);
    parts::clause_table(&mut l, &w, data, &data.summary);

    staff(&mut l, &w, data, section);

    items(&mut l, &w, data);
    l.finish(&format!("{title} {year} {}", section.name), opts.generated_on)
}

/// The facts of the sheet as label–value pairs: municipality, year, section,
/// state, dates, criteria, the result and the contact.
fn facts(
    l: &mut Layout<'_>,
    w: &Words<'_>,
    data: &ReportData,
    section: &SectionDetail,
    municipality: &str,
    year: &str,
) {
    let submitted = match (section.state, section.submitted_on) {
        (SectionState::Submitted, Some(d)) => w.date(d),
        (SectionState::Submitted, None) => w.state(SectionState::Submitted),
        _ => w.t("report-not-submitted"),
    };
    let mut state = w.state(section.state);
    if let (SectionState::Reopened, Some(reason)) = (section.state, &section.reopen_reason) {
        let date = section.reopened_on.map(|d| w.date(d)).unwrap_or_default();
        state = w.tw(
            "report-state-reopened-reason",
            &[("state", state.into()), ("date", date.into()), ("reason", reason.clone().into())],
        );
    }
    let period = w.tw(
        "report-year-period",
        &[
            ("year", year.to_owned().into()),
            ("start", w.date(data.year.start()).into()),
            ("end", w.date(data.year.end()).into()),
        ],
    );
    let bu = section.bu();
    let mut pairs = vec![
        (w.t("report-field-municipality"), municipality.to_owned()),
        (w.t("report-field-year"), period),
        (w.t("report-field-department"), if bu.is_empty() { "—".to_owned() } else { bu }),
        (w.t("report-field-section"), section.name.clone()),
        (w.t("report-field-code"), section.code.clone()),
        (w.t("report-field-tiers"), if section.tiers.is_empty() { "—".to_owned() } else { w.tiers(&section.tiers) }),
        (w.t("report-field-submitted-on"), submitted),
        (w.t("deadline-label"), data.due.map_or_else(|| w.t("settings-unset"), |d| w.date(d))),
        (w.t("report-field-state"), state),
    ];
    pairs.extend(w.basis(&data.questionnaire));
    let line = data.summary.by_section.first();
    let c = line.map(|s| s.counts).unwrap_or_default();
    let mut result = w.tw(
        "report-result-value",
        &[
            ("rate", Words::percent(data.summary.rate).into()),
            ("yes", c.yes.into()),
            ("partial", c.partial.into()),
            ("no", c.no.into()),
            ("na", c.na.into()),
            ("unanswered", c.unanswered.into()),
            ("excluded", c.excluded.into()),
        ],
    );
    if let Some(p) = &data.previous {
        result.push('\n');
        result.push_str(&w.tw(
            "report-result-previous",
            &[
                ("year", w.year(p.year).into()),
                ("previous", Words::percent(p.summary.rate).into()),
                ("change", w.change_points(data.summary.rate, p.summary.rate).into()),
            ],
        ));
    }
    pairs.push((w.t("report-field-result"), result));
    let c = &data.contact;
    if !c.is_empty() {
        let contact = [c.unit.as_str(), c.phone.as_str(), c.mail.as_str()]
            .iter()
            .filter(|p| !p.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(&w.t("contact-separator"));
        pairs.push((w.t("contact-label"), contact));
    }
    l.pairs(&pairs, 34.0 * MM, TEXT_SIZE);
}

/// Sign-off: 所属長 checks and stamps before the sheet goes to the auditor,
/// right under the facts it signs for; the results follow on the same page.
fn sign_off(l: &mut Layout<'_>, w: &Words<'_>, section: &SectionDetail) {
    let box_h = 26.0 * MM;
    let caption_h = Layout::line_height(TEXT_SIZE) + 2.0;
    l.gap(5.0 * MM);
    l.ensure(caption_h + box_h + 2.0 * MM);
    let top = l.y + caption_h;
    // 回答者 and 所属長 as typed at submission, the 承認日; the seal stays for the stamp.
    let (name_w, stamp_w, date_w) = (42.0 * MM, 42.0 * MM, 52.0 * MM);
    let x_date = RIGHT - date_w;
    let x_stamp = x_date - stamp_w - 3.0 * MM;
    let x_name = x_stamp - name_w - 3.0 * MM;
    l.line(&w.t("report-signoff-title"), TEXT_SIZE, Align::Right, true);
    l.y = top;
    let signoff = section.signoff.as_ref();
    let respondent = signoff.map_or("", |s| s.respondent.as_str());
    l.sign_box(x_name, top, name_w, box_h, &w.t("respondent-label"), respondent);
    let approver = signoff.map_or("", |s| s.approver.as_str());
    l.sign_box(x_stamp, top, stamp_w, box_h, &w.t("report-signoff-seal-approver"), approver);
    let date = signoff.map_or_else(|| w.t("report-signoff-date-blank"), |s| w.date(s.approved_on));
    l.sign_box(x_date, top, date_w, box_h, &w.t("approved-on-label"), &date);
    l.y = top + box_h + 6.0 * MM;
}

/// 職員セルフチェック of the section, when the campaign asks one.
fn staff(l: &mut Layout<'_>, w: &Words<'_>, data: &ReportData, section: &SectionDetail) {
    if let Some(staff) = &data.staff
        && let Some((_, r)) = staff.sections.iter().find(|(c, _)| *c == section.code)
    {
        l.heading(&w.t("report-section-h-staff"), 1);
        l.paragraph(
            &w.tw(
                "report-section-staff-note",
                &[
                    ("responses", r.responses.into()),
                    ("headcount", r.headcount.unwrap_or(0).into()),
                    ("rate", Words::percent(r.response_rate()).into()),
                    ("shown", if r.shows_rates() { "yes" } else { "no" }.into()),
                    ("min", tenken_core::staff::MIN_RESPONSES_FOR_RATES.into()),
                ],
            ),
            TEXT_SIZE,
            2.0 * MM,
        );
        if r.shows_rates() {
            parts::staff_item_table(l, w, &staff.checklist, r, None);
        }
    }
}

/// 2. Every item, grouped by clause: the answer, comment, plan and due date.
fn items(l: &mut Layout<'_>, w: &Words<'_>, data: &ReportData) {
    l.heading(&w.t("report-section-h-items"), 1);
    l.paragraph(&w.t("report-section-items-note"), 8.0, 0.0);
    l.gap(2.0);
    let cols = [
        Column::new(w.t("report-col-item"), 55.0, Align::Left),
        Column::new(w.t("report-col-answer"), 22.0, Align::Left),
        Column::new(w.t("report-col-comment"), 40.5, Align::Left),
        Column::new(w.t("report-col-plan"), 33.5, Align::Left),
        Column::new(w.t("report-col-due"), 23.0, Align::Left),
    ];
    let mut rows = Vec::new();
    let mut current_clause = None;
    for f in data.rows() {
        if current_clause != Some(f.clause.clause.as_str()) {
            current_clause = Some(f.clause.clause.as_str());
            rows.push(Row::Group(format!("{}　{}", f.clause.clause, w.clause_title(f.clause))));
        }
        let mut item = w.item_text(f.item).to_owned();
        item.push('\n');
        item.push_str(&f.item.id);
        if f.item.priority {
            item.push_str(&w.t("report-priority-mark"));
        }
        if f.item.audience == tenken_core::Audience::Central {
            item.push_str(&w.t("report-central-mark"));
        }
        let (plan, due) = parts::plan_cells(w, f.detail);
        rows.push(Row::Cells(vec![
            Cell::noted(item, w.item_note(f.item)),
            Cell::text(w.answer(f.detail)),
            Cell::text(parts::comment_text(w, f.detail, true)),
            Cell::text(plan),
            Cell::figure(due),
        ]));
    }
    l.table(&cols, &rows, TABLE_SIZE);
}
