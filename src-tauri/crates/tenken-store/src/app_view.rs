//! Read models the window needs beyond the CLI's: one section's overview and
//! the answers behind a cell of the consolidation (drill-down).
//!
//! Counting and grouping are the core's (`campaign::progress_by_clause`,
//! `aggregate::in_tier_line`); this file only loads and filters rows.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use tenken_core::campaign::{ClauseProgress, Progress, SectionState, progress_by_clause};
use tenken_core::report::repeats;
use tenken_core::review::{Review, ReviewMark};
use tenken_core::{FiscalYear, Tier, aggregate};

use crate::{ItemAnswer, Result, SectionStatus, Store, Tx};

/// A section's overview: its line of the progress board and its progress clause by clause.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SectionOverview {
    pub status: SectionStatus,
    pub clauses: Vec<ClauseProgress>,
}

/// Which answers a drill-down shows; every field left empty means "all".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DrillFilter {
    /// One section's code.
    pub dept: Option<String>,
    /// One clause, as the checklist numbers it.
    pub clause: Option<String>,
    /// One tier's line of the by-tier summary …
    pub tier: Option<Tier>,
    /// … or the line of items common to every tier.
    pub common: bool,
}

/// One answer behind a cell, with the section it belongs to and the auditor's mark.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DrillRow {
    pub dept: String,
    pub dept_name: String,
    pub state: SectionState,
    pub item: ItemAnswer,
    pub review: Option<Review>,
    /// 再発: the section needed improvement here last year too, or had a 指摘 on it then and now.
    pub repeat: bool,
    /// 証跡ファイル on the answer, for the auditor to open or save.
    pub evidence_files: Vec<tenken_core::evidence::ListedEvidence>,
}

impl Tx<'_> {
    /// See [`Store::section_overview`].
    pub fn section_overview(&mut self, year: FiscalYear, dept: &str) -> Result<SectionOverview> {
        let s = self.section(year, dept)?;
        let q = self.questionnaire(year)?;
        let answers = self.answer_map(year, dept)?;
        let progress = Progress::of(&q, s.scope(), &answers);
        let clauses = progress_by_clause(&q, s.scope(), &answers);
        Ok(SectionOverview { status: SectionStatus::of(dept.to_owned(), s, progress), clauses })
    }

    /// See [`Store::drill`].
    pub fn drill(&mut self, year: FiscalYear, filter: &DrillFilter) -> Result<Vec<DrillRow>> {
        let q = self.questionnaire(year)?;
        let codes = match &filter.dept {
            Some(code) => {
                self.section_exists(year, code)?;
                vec![code.clone()]
            }
            None => self.section_codes(year)?,
        };
        let mut reviews: HashMap<(String, String), Review> =
            self.reviews(year)?.into_iter().map(|r| ((r.dept, r.item), r.review)).collect();
        let last = self.last_year(year)?;
        let mut files = self.campaign_evidence(year)?;
        let mut out = Vec::new();
        for code in codes {
            let s = self.section(year, &code)?;
            for item in self.answers(year, &code)? {
                if filter.clause.as_ref().is_some_and(|c| *c != item.clause) {
                    continue;
                }
                if filter.tier.is_some() || filter.common {
                    let tier = if filter.common { None } else { filter.tier };
                    if !q.item(&item.item_id).is_some_and(|(_, i)| aggregate::in_tier_line(i, s.scope(), tier)) {
                        continue;
                    }
                }
                let review = reviews.remove(&(code.clone(), item.item_id.clone()));
                let now = item.answer.as_ref().filter(|a| item.applies && !a.unconfirmed).and_then(|a| a.value);
                let finding = review.as_ref().is_some_and(|r| r.mark == ReviewMark::Finding);
                let repeat = last.as_ref().is_some_and(|l| {
                    repeats(now, finding, l.answer(&code, &item.item_id), l.finding(&code, &item.item_id))
                });
                let evidence_files = files
                    .remove(&(code.clone(), item.item_id.clone()))
                    .unwrap_or_default()
                    .into_iter()
                    .map(Into::into)
                    .collect();
                out.push(DrillRow {
                    evidence_files,
                    dept: code.clone(),
                    dept_name: s.name.clone(),
                    state: s.state,
                    repeat,
                    review,
                    item,
                });
            }
        }
        Ok(out)
    }
}

impl Tx<'_> {
    /// How many items of each section × clause are 再発 (the same item asked
    /// for improvement two years running, or marked 指摘 again), by section
    /// code then clause: the heat map's mark. Empty when there is no campaign before `year`.
    pub fn repeat_cells(&mut self, year: FiscalYear) -> Result<HashMap<String, HashMap<String, u32>>> {
        let Some(last) = self.last_year(year)? else { return Ok(HashMap::new()) };
        let q = self.questionnaire(year)?;
        let clause_of: HashMap<&str, &str> = q.items().map(|(s, i)| (i.id.as_str(), s.clause.as_str())).collect();
        let findings: std::collections::HashSet<(String, String)> = self
            .reviews(year)?
            .into_iter()
            .filter(|r| r.review.mark == ReviewMark::Finding)
            .map(|r| (r.dept, r.item))
            .collect();
        let mut out: HashMap<String, HashMap<String, u32>> = HashMap::new();
        for (dept, answers) in self.all_answers(year)? {
            for (item, a) in answers {
                let now = (!a.unconfirmed).then_some(a.value).flatten();
                let finding = findings.contains(&(dept.clone(), item.clone()));
                if repeats(now, finding, last.answer(&dept, &item), last.finding(&dept, &item))
                    && let Some(clause) = clause_of.get(item.as_str())
                {
                    *out.entry(dept.clone()).or_default().entry((*clause).to_owned()).or_default() += 1;
                }
            }
        }
        Ok(out)
    }
}

impl Store {
    /// See [`Tx::repeat_cells`].
    pub fn repeat_cells(&mut self, year: FiscalYear) -> Result<HashMap<String, HashMap<String, u32>>> {
        self.read(|t| t.repeat_cells(year))
    }

    /// One section's line on the board and its progress clause by clause.
    pub fn section_overview(&mut self, year: FiscalYear, dept: &str) -> Result<SectionOverview> {
        self.read(|t| t.section_overview(year, dept))
    }

    /// The answers behind a cell of the consolidation (a section, a clause, a
    /// tier, or a section × clause cell of the heat-map), with review marks.
    pub fn drill(&mut self, year: FiscalYear, filter: &DrillFilter) -> Result<Vec<DrillRow>> {
        self.read(|t| t.drill(year, filter))
    }
}

#[cfg(test)]
mod tests {
    use tenken_core::review::{FindingGrade, ReviewInput, ReviewMark};

    use super::*;
    use crate::demo_store as demo;

    #[test]
    fn the_overview_agrees_with_the_board() {
        let (_dir, mut s, year) = demo();
        let board = s.status(year).unwrap();
        for line in &board {
            let o = s.section_overview(year, &line.code).unwrap();
            assert_eq!(&o.status, line);
            let applicable: u32 = o.clauses.iter().map(|c| c.progress.applicable).sum();
            assert_eq!(applicable, line.progress.applicable);
        }
        assert!(s.section_overview(year, "nope").is_err());
    }

    #[test]
    fn drilling_into_a_heat_map_cell_gives_the_answers_counted_there() {
        let (_dir, mut s, year) = demo();
        let summary = s.summary(year).unwrap();
        let (si, ci) = (0, 0);
        let section = &summary.by_section[si];
        let clause = &summary.by_clause[ci];
        let rows = s
            .drill(
                year,
                &DrillFilter {
                    dept: Some(section.code.clone()),
                    clause: Some(clause.clause.clone()),
                    ..Default::default()
                },
            )
            .unwrap();
        let c = section.by_clause[ci];
        assert_eq!(rows.len() as u32, c.total());
        assert!(rows.iter().all(|r| r.dept == section.code && r.item.clause == clause.clause));

        let whole_clause =
            s.drill(year, &DrillFilter { clause: Some(clause.clause.clone()), ..Default::default() }).unwrap();
        let c = clause.counts;
        assert_eq!(whole_clause.len() as u32, c.total());

        for line in &summary.by_tier {
            let f = DrillFilter { tier: line.tier, common: line.tier.is_none(), ..Default::default() };
            let c = line.counts;
            assert_eq!(s.drill(year, &f).unwrap().len() as u32, c.total());
        }
    }

    #[test]
    fn drill_rows_carry_the_review_mark() {
        let (_dir, mut s, year) = demo();
        let rows = s.drill(year, &DrillFilter { dept: Some("1010".into()), ..Default::default() }).unwrap();
        let item = rows[0].item.item_id.clone();
        s.set_review(year, "1010", &item, &ReviewInput::finding("証跡が未提出", FindingGrade::Minor)).unwrap();
        let rows = s.drill(year, &DrillFilter { dept: Some("1010".into()), ..Default::default() }).unwrap();
        assert_eq!(rows[0].review.as_ref().map(|r| r.mark), Some(ReviewMark::Finding));
        assert!(rows[1..].iter().all(|r| r.review.is_none()));
    }
}
