//! What the reports need, gathered in one transaction.
//!
//! The reports are laid out by `tenken-report` from a plain
//! [`tenken_core::report::ReportData`]; this module only reads. The whole
//! campaign (自己点検結果報告書, exports) or one section (所属別点検結果票) is
//! read inside one transaction, so a report never mixes two states of the
//! database.

use std::collections::{BTreeSet, HashMap};

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, params};
use tenken_core::aggregate::{self, Summary};
use tenken_core::answer::AnswerMap;
use tenken_core::report::{
    ItemDetail, Officers, PreviousYear, ReportData, SETTING_RESPONSIBLE, SETTING_STAFF, SectionDetail,
};
use tenken_core::review::{Review, ReviewMark};
use tenken_core::{FiscalYear, Questionnaire};

use tenken_core::campaign::Progress;

use crate::sections::SectionRow;
use crate::{Result, SectionStatus, Store, Tx};

/// `2026-11-22T10:00:00+09:00` → 2026-11-22 (the date as it was where it was stamped).
fn stamp_date(stamp: &str) -> Option<NaiveDate> {
    stamp.get(..10).and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
}

/// A section's items in checklist order, with answers and review marks.
fn item_details(
    q: &Questionnaire,
    row: &SectionRow,
    answers: Option<&AnswerMap>,
    reviews: &mut HashMap<String, Review>,
) -> Vec<ItemDetail> {
    q.items()
        .filter(|(_, item)| item.asked_of(row.scope()))
        .map(|(section, item)| ItemDetail {
            clause: section.clause.clone(),
            item_id: item.id.clone(),
            applies: item.applies_to(row.scope()),
            auto_na: item.auto_na_reason(row.scope()),
            answer: answers.and_then(|a| a.get(&item.id)).cloned(),
            review: reviews.remove(&item.id),
            repeat: false,
            evidence_files: Vec::new(),
        })
        .collect()
}

/// A section of a report, with the dates and reason in force for its state
/// (the same rule as the board's, [`SectionStatus::of`]).
fn detail(code: &str, row: &SectionRow, items: Vec<ItemDetail>) -> SectionDetail {
    let status = SectionStatus::of(code.to_owned(), row.clone(), Progress::default());
    SectionDetail {
        code: status.code,
        name: status.name,
        path: status.path,
        tiers: status.tiers,
        attributes: status.attributes,
        state: status.state,
        submitted_on: status.submitted_at.as_deref().and_then(stamp_date),
        reopened_on: status.reopened_at.as_deref().and_then(stamp_date),
        reopen_reason: status.reopen_reason,
        signoff: None,
        items,
    }
}

/// How many distinct 部 the sections' paths name.
fn departments(sections: &[SectionDetail]) -> u32 {
    sections.iter().map(SectionDetail::bu).filter(|b| !b.is_empty()).collect::<BTreeSet<_>>().len() as u32
}

/// Last year's answers and review marks by section and item.
pub(crate) struct LastYear {
    answers: HashMap<String, AnswerMap>,
    reviews: HashMap<String, HashMap<String, Review>>,
}

impl LastYear {
    /// The section's answer to the item last year.
    pub(crate) fn answer(&self, dept: &str, item: &str) -> Option<&tenken_core::Answer> {
        self.answers.get(dept).and_then(|m| m.get(item))
    }

    /// Whether the auditor marked the item 指摘 for the section last year.
    pub(crate) fn finding(&self, dept: &str, item: &str) -> bool {
        self.reviews.get(dept).and_then(|m| m.get(item)).is_some_and(|r| r.mark == ReviewMark::Finding)
    }
}

impl Tx<'_> {
    fn campaign_dates(&mut self, year: FiscalYear) -> Result<(Option<NaiveDate>, Option<NaiveDate>)> {
        let (opened, closed): (String, Option<String>) =
            self.tx.query_row("SELECT opened_at, closed_at FROM campaigns WHERE year = ?1", [year.year()], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })?;
        Ok((stamp_date(&opened), closed.as_deref().and_then(stamp_date)))
    }

    pub(crate) fn previous_year(&mut self, year: FiscalYear) -> Result<Option<FiscalYear>> {
        let prev: Option<i64> =
            self.tx.query_row("SELECT MAX(year) FROM campaigns WHERE year < ?1", [year.year()], |r| r.get(0))?;
        Ok(match prev {
            Some(p) => Some(FiscalYear::new(p)?),
            None => None,
        })
    }

    /// The campaign's 責任者 and 担当者 (`name（所属）`); where the campaign
    /// names nobody, the installation-wide settings an older tenken used.
    fn officers(&mut self, set: &tenken_core::schedule::Officers) -> Result<Officers> {
        let clean = |v: Option<String>| v.map(|s| s.trim().to_owned()).filter(|s| !s.is_empty());
        let named = |name: &str, unit: &str| match (name.is_empty(), unit.is_empty()) {
            (true, true) => None,
            (true, false) => Some(unit.to_owned()),
            (false, true) => Some(name.to_owned()),
            (false, false) => Some(format!("{name}（{unit}）")),
        };
        Ok(Officers {
            responsible: named(&set.lead, &set.lead_unit).or(clean(self.setting(SETTING_RESPONSIBLE)?)),
            staff: named(&set.staff, &set.staff_unit).or(clean(self.setting(SETTING_STAFF)?)),
        })
    }

    fn reviews_of(&mut self, year: FiscalYear) -> Result<HashMap<String, HashMap<String, Review>>> {
        let mut out: HashMap<String, HashMap<String, Review>> = HashMap::new();
        for r in self.reviews(year)? {
            out.entry(r.dept).or_default().insert(r.item, r.review);
        }
        Ok(out)
    }

    /// Everything the 自己点検結果報告書 and the exports show for one campaign.
    pub fn report_data(&mut self, year: FiscalYear) -> Result<ReportData> {
        let q = self.questionnaire(year)?;
        let summary = self.summary(year)?;
        let previous = match self.previous_year(year)? {
            Some(p) => Some(PreviousYear { year: p, summary: self.summary(p)? }),
            None => None,
        };
        let answers = self.all_answers(year)?;
        let mut reviews = self.reviews_of(year)?;
        let mut sections = Vec::new();
        for (code, row) in self.sections_of(year)? {
            let mut marks = reviews.remove(&code).unwrap_or_default();
            let items = item_details(&q, &row, answers.get(&code), &mut marks);
            sections.push(detail(&code, &row, items));
        }
        self.mark_repeats(year, &mut sections)?;
        // What only the audit report prints: 実地監査 (the proposal while
        // nothing is confirmed, ranked from this summary and these 再発) and
        // the staff's last year.
        let onsite = self.onsite_selection(year)?;
        let onsite_proposed = if onsite.is_empty() {
            let repeats: HashMap<String, u32> =
                sections.iter().map(|s| (s.code.clone(), s.items.iter().filter(|d| d.repeat).count() as u32)).collect();
            let plan = self.onsite_plan_from(year, &summary, &repeats)?;
            plan.candidates.into_iter().filter(|c| c.proposed).collect()
        } else {
            Vec::new()
        };
        let mut data = self.assemble(year, &q, summary, previous, sections)?;
        data.onsite = onsite;
        data.onsite_proposed = onsite_proposed;
        if let Some(staff) = &mut data.staff {
            let last = year.previous();
            if self.staff_checklist(last)?.is_some() {
                staff.last_year = Some((last, self.staff_summary(last)?));
            }
        }
        Ok(data)
    }

    /// The parts both reports share around their own summary and sections:
    /// the campaign's dates, the officers and the 部 of the sections shown.
    fn assemble(
        &mut self,
        year: FiscalYear,
        q: &Questionnaire,
        summary: Summary,
        previous: Option<PreviousYear>,
        sections: Vec<SectionDetail>,
    ) -> Result<ReportData> {
        let (opened_on, closed_on) = self.campaign_dates(year)?;
        let settings = self.campaign_settings(year)?;
        let mut sections = sections;
        let mut signoffs: std::collections::HashMap<String, _> = self.signoffs(year)?.into_iter().collect();
        let staff = match self.staff_checklist(year)? {
            Some(c) => {
                let mut rollups = Vec::with_capacity(sections.len());
                for s in &sections {
                    if let Some(r) = self.staff_rollup(year, &s.code)? {
                        rollups.push((s.code.clone(), r));
                    }
                }
                // Last year's figures only in the audit report (see `report_data`).
                let last_year = None;
                Some(tenken_core::report::StaffResults {
                    checklist: (*c.questionnaire).clone(),
                    sections: rollups,
                    last_year,
                })
            }
            None => None,
        };
        let mut follow_ups = Vec::new();
        let mut by_dept = self.all_follow_ups(year)?;
        for s in &sections {
            for f in by_dept.remove(&s.code).unwrap_or_default() {
                let row = tenken_core::report::FollowUpRow {
                    dept: s.code.clone(),
                    source: f.source,
                    answer: f.answer,
                    overdue: f.overdue,
                };
                follow_ups.push(row);
            }
        }
        let mut files = self.campaign_evidence(year)?;
        for s in &mut sections {
            s.signoff = signoffs.remove(&s.code);
            for d in &mut s.items {
                d.evidence_files = files.remove(&(s.code.clone(), d.item_id.clone())).unwrap_or_default();
            }
        }
        Ok(ReportData {
            year,
            questionnaire: q.clone(),
            opened_on,
            closed_on,
            due: settings.due,
            officers: self.officers(&settings.officers)?,
            contact: settings.contact,
            assessment: self.assessment(year)?.text,
            theme: self.theme(year)?,
            summary,
            previous,
            departments: departments(&sections),
            sections,
            staff,
            follow_ups,
            onsite: Vec::new(),
            onsite_proposed: Vec::new(),
            grade_names: self.grade_names()?,
        })
    }

    /// Everything the 所属別点検結果票 of one section shows: its answers, and its
    /// own rates this year and last year.
    pub fn section_report_data(&mut self, year: FiscalYear, dept: &str) -> Result<ReportData> {
        let row = self.section(year, dept)?;
        let q = self.questionnaire(year)?;
        let answers = self.answer_map(year, dept)?;
        let mut marks = self.reviews_of(year)?.remove(dept).unwrap_or_default();
        let summary = one_section_summary(&q, dept, &row, &answers);
        let previous = match self.previous_year(year)? {
            Some(p) => self.section_summary_in(p, dept)?.map(|summary| PreviousYear { year: p, summary }),
            None => None,
        };
        let items = item_details(&q, &row, Some(&answers), &mut marks);
        let mut sections = vec![detail(dept, &row, items)];
        self.mark_repeats(year, &mut sections)?;
        self.assemble(year, &q, summary, previous, sections)
    }

    /// Marks 再発 against the campaign before `year`: the same item asked for
    /// improvement by the same section then, or marked 指摘 then and now.
    fn mark_repeats(&mut self, year: FiscalYear, sections: &mut [SectionDetail]) -> Result<()> {
        let Some(last) = self.last_year(year)? else { return Ok(()) };
        for s in sections {
            for d in &mut s.items {
                d.repeat = d.repeats(last.answer(&s.code, &d.item_id), last.finding(&s.code, &d.item_id));
            }
        }
        Ok(())
    }

    /// The answers and 指摘 of the campaign before `year`, if there was one:
    /// what 再発 is judged against (the report and the drill-down).
    pub(crate) fn last_year(&mut self, year: FiscalYear) -> Result<Option<LastYear>> {
        let Some(previous) = self.previous_year(year)? else { return Ok(None) };
        Ok(Some(LastYear { answers: self.all_answers(previous)?, reviews: self.reviews_of(previous)? }))
    }

    /// A section's own summary in another campaign, if it took part in it.
    fn section_summary_in(&mut self, year: FiscalYear, dept: &str) -> Result<Option<Summary>> {
        let took_part: Option<i64> = self
            .tx
            .query_row(
                "SELECT 1 FROM campaign_sections WHERE year = ?1 AND dept = ?2",
                params![year.year(), dept],
                |r| r.get(0),
            )
            .optional()?;
        if took_part.is_none() {
            return Ok(None);
        }
        let row = self.section(year, dept)?;
        let q = self.questionnaire(year)?;
        let answers = self.answer_map(year, dept)?;
        Ok(Some(one_section_summary(&q, dept, &row, &answers)))
    }
}

fn one_section_summary(q: &Questionnaire, dept: &str, row: &SectionRow, answers: &AnswerMap) -> Summary {
    aggregate::summarise(
        q,
        &[aggregate::SectionAnswers { code: dept, name: &row.name, scope: row.scope(), state: row.state, answers }],
    )
}

impl Store {
    /// See [`Tx::report_data`].
    pub fn report_data(&mut self, year: FiscalYear) -> Result<ReportData> {
        self.read(|t| t.report_data(year))
    }

    /// See [`Tx::section_report_data`].
    pub fn section_report_data(&mut self, year: FiscalYear, dept: &str) -> Result<ReportData> {
        self.read(|t| t.section_report_data(year, dept))
    }
}

#[cfg(test)]
mod tests {
    use tenken_core::review::{FindingGrade, ReviewInput};

    use super::*;
    use tenken_core::answer::AnswerValue;
    use tenken_core::campaign::SectionState;

    use crate::demo_store as demo;

    /// 再発 is marked where the same section asked for improvement on the
    /// same item last year, and only there; the section sheet agrees.
    #[test]
    fn repeats_are_items_that_needed_improvement_last_year_too() {
        let (_dir, mut store, fy) = demo();
        let d = store.report_data(fy).unwrap();
        let last = store.read(|t| t.all_answers(fy.previous())).unwrap();
        let mut repeats = 0;
        for s in &d.sections {
            for item in &s.items {
                let before = last.get(&s.code).and_then(|m| m.get(&item.item_id));
                let needed =
                    before.filter(|a| !a.unconfirmed).and_then(|a| a.value).is_some_and(AnswerValue::needs_plan);
                assert_eq!(item.repeat, item.needs_improvement() && needed, "{} {}", s.code, item.item_id);
                repeats += usize::from(item.repeat);
            }
        }
        assert!(repeats > 0, "the demo's two years have repeats");
        // The drill-down marks the same items.
        let drill = store.drill(fy, &crate::app_view::DrillFilter::default()).unwrap();
        let marked: BTreeSet<(String, String)> =
            drill.iter().filter(|r| r.repeat).map(|r| (r.dept.clone(), r.item.item_id.clone())).collect();
        let in_report: BTreeSet<(String, String)> = d
            .sections
            .iter()
            .flat_map(|s| s.items.iter().filter(|i| i.repeat).map(|i| (s.code.clone(), i.item_id.clone())))
            .collect();
        assert_eq!(marked, in_report);
        let one = d.sections.iter().find(|s| s.items.iter().any(|i| i.repeat)).unwrap();
        let sheet = store.section_report_data(fy, &one.code).unwrap();
        assert_eq!(
            sheet.sections[0].items.iter().filter(|i| i.repeat).count(),
            one.items.iter().filter(|i| i.repeat).count()
        );
    }

    #[test]
    fn campaign_data_has_every_section_every_item_and_last_year() {
        let (_dir, mut store, fy) = demo();
        store.set_setting(SETTING_RESPONSIBLE, " 情報政策課長 ").unwrap();
        let d = store.report_data(fy).unwrap();
        assert_eq!(d.sections.len(), 20);
        assert_eq!(d.departments, 7);
        // Every item put to the section: the 主管課 (1020 in the demo) has the 主管課 items too.
        for s in &d.sections {
            let asked = d.questionnaire.items().filter(|(_, i)| i.asked_of(s.scope())).count();
            assert_eq!(s.items.len(), asked, "{}", s.code);
            assert_eq!(asked == d.questionnaire.item_count(), s.code == "1020", "{}", s.code);
        }
        assert_eq!(d.previous.as_ref().map(|p| p.year.year()), Some(2025));
        assert_eq!(d.summary, store.summary(fy).unwrap());
        // The campaign's officers (the demo names them) …
        assert_eq!(d.officers.responsible.as_deref(), Some("山田 隆（情報政策課長・CISO補佐）"));
        assert_eq!(d.officers.staff.as_deref(), Some("井上 さくら（情報政策課 情報セキュリティ係）"));
        assert!(d.due.is_some());
        assert_eq!(d.contact.unit, "政策経営部 情報政策課");
        let signed = d.sections.iter().filter(|s| s.signoff.is_some()).count();
        assert_eq!(signed, d.sections.iter().filter(|s| s.state == SectionState::Submitted).count());
        // … else the installation-wide setting of older versions.
        let clear = tenken_core::schedule::SettingsInput {
            lead: Some(String::new()),
            lead_unit: Some(String::new()),
            ..Default::default()
        };
        store.set_campaign_settings(fy, &clear).unwrap();
        let d = store.report_data(fy).unwrap();
        assert_eq!(d.officers.responsible.as_deref(), Some("情報政策課長"));
        assert!(d.opened_on.is_some());
        assert!(d.improvements().count() > 0);
        assert!(d.sections.iter().any(|s| s.state == SectionState::Submitted && s.submitted_on.is_some()));
        assert_eq!(d.sections[0].path, "政策経営部 / 企画課");
    }

    #[test]
    fn section_data_is_one_section_with_its_own_rates() {
        let (_dir, mut store, fy) = demo();
        let first = store.answers(fy, "1010").unwrap().into_iter().find(|a| a.applies).unwrap();
        store.set_review(fy, "1010", &first.item_id, &ReviewInput::finding("証跡なし", FindingGrade::Minor)).unwrap();
        let d = store.section_report_data(fy, "1010").unwrap();
        assert_eq!(d.sections.len(), 1);
        assert_eq!((d.summary.sections_total, d.summary.by_section[0].code.as_str()), (1, "1010"));
        assert!(d.previous.is_some());
        assert_eq!(d.review_findings().count(), 1);
        let values: Vec<_> = d.sections[0].items.iter().filter_map(ItemDetail::effective_value).collect();
        assert!(values.contains(&AnswerValue::Yes));
        assert!(matches!(store.section_report_data(fy, "nope"), Err(crate::StoreError::UnknownDepartment(_))));
        assert!(matches!(
            store.section_report_data(FiscalYear::new(2030).unwrap(), "1010"),
            Err(crate::StoreError::UnknownCampaign(y)) if y.year() == 2030
        ));
    }
}
