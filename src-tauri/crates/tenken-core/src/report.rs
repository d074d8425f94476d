//! 報告書の材料 — everything the reports show, as plain data.
//!
//! The store gathers it in one transaction (`Store::report_data`,
//! `Store::section_report_data`), `tenken-report` lays it out as PDF or
//! spreadsheet. It lives here, in the I/O-free core, so that neither of those
//! two crates has to know the other: the shell (CLI or window) carries the
//! value from one to the other.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::aggregate::Summary;
use crate::answer::{Answer, AnswerValue};
use crate::attribute::{Attribute, AutoNaReason, Scope};
use crate::campaign::SectionState;
use crate::fiscal::FiscalYear;
use crate::questionnaire::{Item, Questionnaire, Section};
use crate::review::{Review, ReviewMark};
use crate::schedule::{Contact, SignOff};
use crate::tier::Tier;

/// Who ran the inspection (概要 of the audit report). Either may be unknown;
/// the report then leaves a line to fill in by hand.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Officers {
    /// 責任者 (e.g. the CISO or the head of 情報政策課).
    pub responsible: Option<String>,
    /// 担当者 (the auditor's staff).
    pub staff: Option<String>,
}

/// The settings keys the store reads [`Officers`] from.
pub const SETTING_RESPONSIBLE: &str = "report.responsible";
/// See [`SETTING_RESPONSIBLE`].
pub const SETTING_STAFF: &str = "report.staff";

/// The summary of the fiscal year before, for year-over-year change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PreviousYear {
    pub year: FiscalYear,
    pub summary: Summary,
}

/// One item of one section, in checklist order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ItemDetail {
    /// The clause the item belongs to (`6.(3)①`).
    pub clause: String,
    pub item_id: String,
    /// False when the section's tiers or attributes make the item 該当なし automatically.
    pub applies: bool,
    /// Why it does not apply, when it does not (printed instead of an answer).
    #[serde(default)]
    pub auto_na: Option<AutoNaReason>,
    pub answer: Option<Answer>,
    /// The auditor's mark, if any.
    pub review: Option<Review>,
    /// 再発: asked for improvement last year too, or marked 指摘 again
    /// (see [`ItemDetail::repeats`]).
    #[serde(default)]
    pub repeat: bool,
    /// 証跡ファイル attached to the answer (listed on the section sheet, counted in the report).
    #[serde(default)]
    pub evidence_files: Vec<crate::evidence::EvidenceFile>,
}

impl ItemDetail {
    /// The answer value that counts: `None` for unanswered and for carried-over
    /// answers nobody has re-checked (未確認), `Na` for items of other tiers.
    pub fn effective_value(&self) -> Option<AnswerValue> {
        if !self.applies {
            return Some(AnswerValue::Na);
        }
        self.answer.as_ref().filter(|a| !a.unconfirmed).and_then(|a| a.value)
    }

    /// 再発: the item asks for improvement (一部実施 / 実施していない) as it
    /// did last year, or the auditor marks it 指摘 again. Last year's
    /// carried-over drafts nobody confirmed do not count.
    pub fn repeats(&self, last_year: Option<&Answer>, last_year_finding: bool) -> bool {
        repeats(self.effective_value(), self.is_finding(), last_year, last_year_finding)
    }

    /// Whether the item asks for improvement (一部実施 / 実施していない).
    pub fn needs_improvement(&self) -> bool {
        self.effective_value().is_some_and(AnswerValue::needs_plan)
    }

    /// Whether the auditor marked it as a finding (指摘).
    pub fn is_finding(&self) -> bool {
        self.review.as_ref().is_some_and(|r| r.mark == ReviewMark::Finding)
    }
}

/// 再発, the one rule the report and the drill-down share: the answer that
/// counts now (`now`) asks for improvement and so did last year's confirmed
/// answer, or the item is a 指摘 now and was one last year.
pub fn repeats(now: Option<AnswerValue>, finding: bool, last_year: Option<&Answer>, last_year_finding: bool) -> bool {
    let before = last_year.filter(|a| !a.unconfirmed).and_then(|a| a.value);
    (now.is_some_and(AnswerValue::needs_plan) && before.is_some_and(AnswerValue::needs_plan))
        || (finding && last_year_finding)
}

/// A section with everything it answered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SectionDetail {
    pub code: String,
    /// 課 name.
    pub name: String,
    /// 部 / 課, as the org tree was when the campaign opened.
    pub path: String,
    pub tiers: Vec<Tier>,
    /// 所属の属性 as they were for this campaign (with the tiers, they decide
    /// which items the section answers and why others are 該当なし).
    #[serde(default)]
    pub attributes: Vec<Attribute>,
    pub state: SectionState,
    /// The date of the submission in force: `None` once the section was sent back (差戻し);
    /// the earlier submission stays in the section's history.
    pub submitted_on: Option<NaiveDate>,
    /// The date of the 差戻し in force (`None` unless the section is reopened).
    #[serde(default)]
    pub reopened_on: Option<NaiveDate>,
    pub reopen_reason: Option<String>,
    /// 回答者, 所属長 and 承認日 of the latest submission (printed in the 確認印 box).
    #[serde(default)]
    pub signoff: Option<SignOff>,
    /// Every item of the checklist, in checklist order.
    pub items: Vec<ItemDetail>,
}

impl SectionDetail {
    /// What decided the section's items.
    pub fn scope(&self) -> Scope<'_> {
        Scope { tiers: &self.tiers, attributes: &self.attributes }
    }

    /// The 部 the section belongs to: the path without its last part.
    pub fn bu(&self) -> String {
        match self.path.rsplit_once(" / ") {
            Some((bu, _)) => bu.to_owned(),
            None => String::new(),
        }
    }
}

/// Everything a report of one campaign shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReportData {
    pub year: FiscalYear,
    /// The checklist the campaign asked (clauses, items, the policy = the criteria).
    pub questionnaire: Questionnaire,
    pub opened_on: Option<NaiveDate>,
    pub closed_on: Option<NaiveDate>,
    /// 提出期限 (the end of the 実施期間 while the campaign is open).
    #[serde(default)]
    pub due: Option<NaiveDate>,
    /// 問い合わせ先, printed on the section sheet.
    #[serde(default)]
    pub contact: Contact,
    pub officers: Officers,
    /// 総評, printed at the head of the results (empty: none written).
    #[serde(default)]
    pub assessment: String,
    /// 重点テーマ: the report's chapter on its results (empty: none set).
    #[serde(default)]
    pub theme: crate::theme::Theme,
    /// This year's rates over [`ReportData::sections`].
    pub summary: Summary,
    /// Last year's rates over the same scope, if there was a campaign.
    pub previous: Option<PreviousYear>,
    /// The sections in campaign order: all of them, or the one a section report is about.
    pub sections: Vec<SectionDetail>,
    /// Number of 部 the sections belong to (for the 概要).
    pub departments: u32,
    /// 職員セルフチェック: the checklist and each section's roll-up (in
    /// section order), when the campaign asks one.
    #[serde(default)]
    pub staff: Option<StaffResults>,
    /// 措置状況 of last year's plans and 指摘, by section in campaign order.
    #[serde(default)]
    pub follow_ups: Vec<FollowUpRow>,
    /// 実地監査: the sections confirmed this year with their visits.
    #[serde(default)]
    pub onsite: Vec<crate::onsite::OnsiteSelected>,
    /// The ranking's proposal, printed when nothing is confirmed yet.
    #[serde(default)]
    pub onsite_proposed: Vec<crate::onsite::OnsiteCandidate>,
    /// The ward's own names of the grades (the renderers lay them over the catalogue).
    #[serde(default)]
    pub grade_names: Vec<crate::review::GradeName>,
}

/// One 措置状況 row as the report prints it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FollowUpRow {
    pub dept: String,
    pub source: crate::follow_up::FollowUpSource,
    pub answer: Option<crate::follow_up::FollowUpAnswer>,
    /// 期限超過 on the day the report data was read.
    pub overdue: bool,
}

/// The staff self-check of a campaign as the reports print it: counts only.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StaffResults {
    pub checklist: Questionnaire,
    /// (section code, roll-up), in the order of [`ReportData::sections`].
    pub sections: Vec<(String, crate::staff::StaffRollup)>,
    /// Last year's results by section, when last year's campaign asked a
    /// staff self-check (for the comparison columns).
    #[serde(default)]
    pub last_year: Option<(FiscalYear, Vec<crate::staff_ward::SectionStaff>)>,
}

impl StaffResults {
    /// All sections' counts added up (the ward's, or the one section's):
    /// responses and 職員数 of every section, counts per item only of those
    /// that show rates — as the auditor receives them from the terminals.
    pub fn total(&self) -> crate::staff::StaffRollup {
        let mut all = crate::staff::StaffRollup::default();
        for (_, r) in &self.sections {
            all.add(&r.shareable());
        }
        all
    }

    /// The ward's overview (by 部, per item, against last year), counted by
    /// [`crate::staff_ward::overview`] as the window counts it.
    pub fn overview(&self, sections: &[SectionDetail]) -> crate::staff_ward::StaffOverview {
        let this: Vec<crate::staff_ward::SectionStaff> = self
            .sections
            .iter()
            .filter_map(|(code, rollup)| {
                let s = sections.iter().find(|s| s.code == *code)?;
                Some(crate::staff_ward::SectionStaff {
                    code: code.clone(),
                    name: s.name.clone(),
                    path: s.path.clone(),
                    rollup: rollup.clone(),
                })
            })
            .collect();
        let last = self.last_year.as_ref().map(|(y, l)| (*y, l.as_slice()));
        crate::staff_ward::overview(&self.checklist, &this, last)
    }
}

/// One line of the improvement list: a `partial` / `no` answer or a 指摘.
#[derive(Debug, Clone, Copy)]
pub struct Finding<'a> {
    pub section: &'a SectionDetail,
    pub clause: &'a Section,
    pub item: &'a Item,
    pub detail: &'a ItemDetail,
}

impl ReportData {
    /// The last day of the 実施期間: the day the campaign was closed, else
    /// the day the last section submitted once all have, else the 提出期限.
    /// `None` while none of these is known (the report then says 実施中).
    pub fn period_end(&self) -> Option<NaiveDate> {
        if self.closed_on.is_some() {
            return self.closed_on;
        }
        let all_in = !self.sections.is_empty() && self.sections.iter().all(|s| s.state == SectionState::Submitted);
        if all_in && let Some(last) = self.sections.iter().filter_map(|s| s.submitted_on).max() {
            return Some(last);
        }
        self.due
    }

    /// Every item of every section in checklist order, with its clause and question.
    pub fn rows(&self) -> impl Iterator<Item = Finding<'_>> {
        let items: Vec<(&Section, &Item)> = self.questionnaire.items().collect();
        self.sections.iter().flat_map(move |s| {
            let items = items.clone();
            s.items.iter().enumerate().filter_map(move |(i, d)| {
                let (clause, item) = match items.get(i) {
                    Some((c, it)) if it.id == d.item_id => (*c, *it),
                    _ => self.questionnaire.item(&d.item_id)?,
                };
                Some(Finding { section: s, clause, item, detail: d })
            })
        })
    }

    /// The answers that ask for improvement (一部実施 / 実施していない), by section then checklist order.
    pub fn improvements(&self) -> impl Iterator<Item = Finding<'_>> {
        self.rows().filter(|f| f.detail.needs_improvement())
    }

    /// The auditor's findings (指摘), by section then checklist order.
    pub fn review_findings(&self) -> impl Iterator<Item = Finding<'_>> {
        self.rows().filter(|f| f.detail.is_finding())
    }

    /// What goes to the findings spreadsheet: improvements and 指摘, each once.
    pub fn findings(&self) -> impl Iterator<Item = Finding<'_>> {
        self.rows().filter(|f| f.detail.needs_improvement() || f.detail.is_finding())
    }

    /// The sections that have not submitted (未着手・回答中 or 差戻し).
    pub fn not_submitted(&self) -> impl Iterator<Item = &SectionDetail> {
        self.sections.iter().filter(|s| s.state != SectionState::Submitted)
    }
}

impl ReportData {
    /// The 重点テーマ's results from the report's own data (its sections carry their answers).
    pub fn theme_summary(&self) -> Option<crate::aggregate::Summary> {
        let answers: Vec<crate::answer::AnswerMap> = self
            .sections
            .iter()
            .map(|s| s.items.iter().filter_map(|d| d.answer.clone().map(|a| (d.item_id.clone(), a))).collect())
            .collect();
        let sections: Vec<crate::aggregate::SectionAnswers<'_>> = self
            .sections
            .iter()
            .zip(&answers)
            .map(|(s, answers)| crate::aggregate::SectionAnswers {
                code: &s.code,
                name: &s.name,
                scope: s.scope(),
                state: s.state,
                answers,
            })
            .collect();
        crate::theme::theme_summary(&self.theme, &self.questionnaire, &sections)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::aggregate::{SectionAnswers, summarise};
    use crate::answer::ImprovementPlan;
    use crate::questionnaire::{SAMPLE_TOML, parse_questionnaire};

    fn answer(id: &str, value: AnswerValue, unconfirmed: bool) -> Answer {
        let plan = value.needs_plan().then(|| ImprovementPlan {
            action: "手順を定める".into(),
            owner: None,
            due: NaiveDate::from_ymd_opt(2027, 3, 31).unwrap_or_default(),
        });
        Answer {
            item_id: id.into(),
            value: Some(value),
            comment: String::new(),
            na_reason: String::new(),
            plan,
            unconfirmed,
            evidence: String::new(),
        }
    }

    fn data() -> ReportData {
        let q = parse_questionnaire(SAMPLE_TOML).unwrap();
        let items = vec![
            ItemDetail {
                clause: "6.(1)".into(),
                item_id: "s-6-1-a".into(),
                applies: true,
                auto_na: None,
                answer: Some(answer("s-6-1-a", AnswerValue::No, false)),
                review: None,
                repeat: false,
                evidence_files: Vec::new(),
            },
            ItemDetail {
                clause: "6.(3)①".into(),
                item_id: "s-6-3-1-a".into(),
                applies: true,
                auto_na: None,
                answer: Some(answer("s-6-3-1-a", AnswerValue::Partial, true)),
                review: Some(Review {
                    mark: ReviewMark::Finding,
                    comment: "記録なし".into(),
                    grade: None,
                    respond_by: None,
                }),
                repeat: false,
                evidence_files: Vec::new(),
            },
            ItemDetail {
                clause: "6.(3)①".into(),
                item_id: "s-6-3-1-b".into(),
                applies: false,
                auto_na: None,
                answer: None,
                review: None,
                repeat: false,
                evidence_files: Vec::new(),
            },
        ];
        let section = SectionDetail {
            code: "A".into(),
            name: "甲課".into(),
            path: "総務部 / 甲課".into(),
            tiers: vec![Tier::Mynumber],
            attributes: vec![],
            state: SectionState::Draft,
            submitted_on: None,
            reopened_on: None,
            reopen_reason: None,
            signoff: None,
            items,
        };
        let empty = crate::answer::AnswerMap::default();
        let summary = summarise(
            &q,
            &[SectionAnswers {
                code: "A",
                name: "甲課",
                scope: Scope::tiers(&[Tier::Mynumber]),
                state: SectionState::Draft,
                answers: &empty,
            }],
        );
        ReportData {
            year: FiscalYear::new(2026).unwrap(),
            questionnaire: q,
            opened_on: None,
            closed_on: None,
            due: None,
            contact: Contact::default(),
            officers: Officers::default(),
            assessment: String::new(),
            theme: Default::default(),
            summary,
            previous: None,
            sections: vec![section],
            departments: 1,
            staff: None,
            follow_ups: Vec::new(),
            onsite: Vec::new(),
            onsite_proposed: Vec::new(),
            grade_names: Vec::new(),
        }
    }

    #[test]
    fn improvements_skip_unconfirmed_drafts_but_findings_keep_review_marks() {
        let d = data();
        let ids: Vec<_> = d.improvements().map(|f| f.item.id.as_str()).collect();
        assert_eq!(ids, ["s-6-1-a"], "an unconfirmed carried-over 一部 is not this year's answer");
        let ids: Vec<_> = d.findings().map(|f| f.item.id.as_str()).collect();
        assert_eq!(ids, ["s-6-1-a", "s-6-3-1-a"]);
        assert_eq!(d.review_findings().count(), 1);
        assert_eq!(d.rows().nth(1).map(|f| f.clause.clause.as_str()), Some("6.(3)①"));
        assert_eq!(d.rows().nth(2).and_then(|f| f.detail.effective_value()), Some(AnswerValue::Na));
        assert_eq!(d.not_submitted().count(), 1);
        assert_eq!(d.sections[0].bu(), "総務部");
    }
}
