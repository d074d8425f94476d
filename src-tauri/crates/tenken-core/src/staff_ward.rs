//! The auditor's view of the 職員セルフチェック across the ward: the
//! response rate by section and by 部, a heat map of section × staff item,
//! the ward's weakest items and how each compares with last year.
//!
//! Everything here is counted from the roll-ups the sections' packages
//! brought, as they may leave a terminal ([`StaffRollup::shareable`]): a
//! section where fewer than [`MIN_RESPONSES_FOR_RATES`] answered adds its
//! responses and 職員数 but no counts per item, so no cell, 部 or ward
//! figure can single anybody out. The window, the command line and the
//! report all show this one computation.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::fiscal::FiscalYear;
use crate::questionnaire::Questionnaire;
use crate::staff::{MIN_RESPONSES_FOR_RATES, StaffRollup, tally_rate};

/// How many of the ward's weakest items the overview names.
pub const WARD_WEAKEST: usize = 5;

/// One section's staff results, as the auditor's screens and reports list them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SectionStaff {
    pub code: String,
    pub name: String,
    /// 部 / 課, as the org tree was when the campaign opened.
    pub path: String,
    pub rollup: StaffRollup,
}

impl SectionStaff {
    /// The 部 the section is counted under: its path without its last part,
    /// or the section itself when it stands at the top of the tree.
    pub fn bu(&self) -> &str {
        self.path.rsplit_once(" / ").map_or(self.path.as_str(), |(bu, _)| bu)
    }
}

/// What one heat-map cell of section × staff item holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum StaffCellKind {
    /// A share of はい (three or more answered).
    Rate,
    /// Some answered, but fewer than three: no rate, so nobody is singled out.
    TooFew,
    /// Nobody of the section has answered yet.
    NoAnswers,
    /// The section's 系 and 属性 leave the item out.
    NotAsked,
}

/// One cell of the heat map.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct StaffCell {
    pub kind: StaffCellKind,
    /// The share of はい (わからない is not はい), only for [`StaffCellKind::Rate`].
    pub rate: Option<f64>,
}

/// One row of the heat map: a section, its response count and its cells in
/// the order of [`StaffOverview::items`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct StaffSectionRow {
    pub code: String,
    pub path: String,
    pub responses: u32,
    pub headcount: Option<u32>,
    /// 回答率 (responses over 職員数), when 職員数 was entered.
    pub response_rate: Option<f64>,
    pub cells: Vec<StaffCell>,
    /// The index in `cells` of the section's weakest item: the lowest share
    /// of はい, ties to the lower item id; `None` when no cell shows a share.
    /// Worked out here once, for the CLI, the report and the window alike.
    #[serde(default)]
    pub weakest: Option<u32>,
}

/// The response rate of a 部 (or of the whole ward, with an empty `bu`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct StaffBuRate {
    pub bu: String,
    pub sections: u32,
    /// Staff who answered, in every section of the 部.
    pub responses: u32,
    /// 職員数 summed over the sections that entered it.
    pub headcount: u32,
    /// Sections that have not entered their 職員数 (left out of the rate).
    pub without_headcount: u32,
    /// Responses over 職員数, counted only where 職員数 was entered.
    pub response_rate: Option<f64>,
    /// The same 部's rate last year (matched by name), if there was one.
    pub last_year: Option<f64>,
}

/// One staff item across the ward, this year and last.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct StaffItemRate {
    pub item_id: String,
    pub clause: String,
    /// Answers counted (from sections that show rates).
    pub answers: u32,
    /// The ward's share of はい, when anyone's answers were counted.
    pub rate: Option<f64>,
    /// Last year's share for the same item id, if it was asked.
    pub last_year: Option<f64>,
}

impl StaffItemRate {
    /// This year's share less last year's, in points of a share (0.05 = 5 points).
    pub fn change(&self) -> Option<f64> {
        Some(self.rate? - self.last_year?)
    }
}

/// The ward's staff self-check, as the auditor reads it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct StaffOverview {
    /// Every item of the staff checklist in its order: the heat map's columns.
    pub items: Vec<StaffItemRate>,
    /// The ward's weakest items (ids, weakest first; at most [`WARD_WEAKEST`]).
    pub weakest: Vec<String>,
    pub sections: Vec<StaffSectionRow>,
    /// Response rate by 部, in the order the 部 first appear.
    pub by_bu: Vec<StaffBuRate>,
    /// The whole ward's response rate.
    pub ward: StaffBuRate,
    /// The year compared with, when last year's campaign asked a staff self-check.
    pub last_year: Option<FiscalYear>,
}

/// Builds the overview of `sections` (this year, campaign order) against
/// `last` (last year's year and sections), both as their packages brought them.
pub fn overview(
    checklist: &Questionnaire,
    sections: &[SectionStaff],
    last: Option<(FiscalYear, &[SectionStaff])>,
) -> StaffOverview {
    let total = ward_total(sections);
    let last_total = last.map(|(_, s)| ward_total(s));
    let items: Vec<StaffItemRate> = checklist
        .items()
        .map(|(section, item)| {
            let tally = total.items.iter().find(|t| t.item_id == item.id);
            StaffItemRate {
                item_id: item.id.clone(),
                clause: section.clause.clone(),
                answers: tally.map_or(0, |t| t.total()),
                rate: tally.and_then(tally_rate),
                last_year: last_total
                    .as_ref()
                    .and_then(|l| l.items.iter().find(|t| t.item_id == item.id))
                    .and_then(tally_rate),
            }
        })
        .collect();
    let mut weakest: Vec<(&str, f64)> = items.iter().filter_map(|i| Some((i.item_id.as_str(), i.rate?))).collect();
    weakest.sort_by(|a, b| a.1.total_cmp(&b.1).then_with(|| a.0.cmp(b.0)));
    let weakest = weakest.into_iter().take(WARD_WEAKEST).map(|(id, _)| id.to_owned()).collect();

    let rows = sections
        .iter()
        .map(|s| {
            let cells: Vec<StaffCell> = items.iter().map(|i| cell(&s.rollup, &i.item_id)).collect();
            StaffSectionRow {
                code: s.code.clone(),
                path: s.path.clone(),
                responses: s.rollup.responses,
                headcount: s.rollup.headcount,
                response_rate: s.rollup.response_rate(),
                weakest: weakest_cell(&cells, &items),
                cells,
            }
        })
        .collect();

    let last_by_bu: HashMap<String, Option<f64>> =
        last.map(|(_, s)| by_bu(s).into_iter().map(|b| (b.bu, b.response_rate)).collect()).unwrap_or_default();
    let mut bus = by_bu(sections);
    for b in &mut bus {
        b.last_year = last_by_bu.get(&b.bu).copied().flatten();
    }
    let mut ward = rate_of(String::new(), sections.iter());
    ward.last_year = last.and_then(|(_, s)| rate_of(String::new(), s.iter()).response_rate);
    StaffOverview { items, weakest, sections: rows, by_bu: bus, ward, last_year: last.map(|(y, _)| y) }
}

/// See [`StaffSectionRow::weakest`].
fn weakest_cell(cells: &[StaffCell], items: &[StaffItemRate]) -> Option<u32> {
    cells
        .iter()
        .zip(items)
        .enumerate()
        .filter_map(|(k, (c, i))| Some((k, c.rate?, i.item_id.as_str())))
        .min_by(|a, b| a.1.total_cmp(&b.1).then_with(|| a.2.cmp(b.2)))
        .and_then(|(k, _, _)| u32::try_from(k).ok())
}

/// Every section's counts added up, as they may leave the terminals.
fn ward_total(sections: &[SectionStaff]) -> StaffRollup {
    let mut all = StaffRollup::default();
    for s in sections {
        all.add(&s.rollup.shareable());
    }
    all
}

/// What a section's cell shows for one item.
fn cell(r: &StaffRollup, item: &str) -> StaffCell {
    let tally = r.items.iter().find(|t| t.item_id == item);
    let kind = match tally {
        _ if r.responses == 0 => StaffCellKind::NoAnswers,
        _ if r.responses < MIN_RESPONSES_FOR_RATES => StaffCellKind::TooFew,
        None => StaffCellKind::NotAsked,
        Some(t) if t.total() == 0 => StaffCellKind::NoAnswers,
        Some(_) => StaffCellKind::Rate,
    };
    StaffCell { kind, rate: if kind == StaffCellKind::Rate { tally.and_then(tally_rate) } else { None } }
}

/// The response rate of each 部, in the order the 部 first appear.
fn by_bu(sections: &[SectionStaff]) -> Vec<StaffBuRate> {
    let mut order: Vec<&str> = Vec::new();
    for s in sections {
        if !order.contains(&s.bu()) {
            order.push(s.bu());
        }
    }
    order.into_iter().map(|bu| rate_of(bu.to_owned(), sections.iter().filter(|s| s.bu() == bu))).collect()
}

/// Responses and 職員数 of some sections, the rate only over those that entered 職員数.
fn rate_of<'a>(bu: String, sections: impl Iterator<Item = &'a SectionStaff>) -> StaffBuRate {
    let (mut n, mut responses, mut headcount, mut without, mut counted) = (0, 0, 0, 0, 0);
    for s in sections {
        n += 1;
        responses += s.rollup.responses;
        match s.rollup.headcount {
            Some(h) if h > 0 => {
                headcount += h;
                counted += s.rollup.responses;
            }
            _ => without += 1,
        }
    }
    StaffBuRate {
        bu,
        sections: n,
        responses,
        headcount,
        without_headcount: without,
        response_rate: (headcount > 0).then(|| f64::from(counted) / f64::from(headcount)),
        last_year: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::staff::StaffTally;

    const STAFF: &str = r#"
[questionnaire]
id = "t-staff"
municipality = "テスト区"
title = "職員セルフチェック"
policy = "テスト区情報セキュリティポリシー"
policy_effective = 2025-04-01
tiers = ["lgwan"]
kind = "staff"

[[section]]
clause = "1"
title = "パスワード"
summary = "パスワードを守る"

[[section.item]]
id = "s-1"
text = "パスワードを他人に教えていない。"
practice = "パスワードは誰にも教えない。"

[[section.item]]
id = "s-2"
text = "画面をロックして席を離れる。"
practice = "席を離れるときは画面をロックする。"
"#;

    fn q() -> Questionnaire {
        match crate::questionnaire::parse_questionnaire(STAFF) {
            Ok(q) => q,
            Err(e) => panic!("test checklist: {e:?}"),
        }
    }

    fn tally(id: &str, yes: u32, no: u32, unknown: u32) -> StaffTally {
        StaffTally { item_id: id.to_owned(), yes, no, unknown }
    }

    fn section(code: &str, path: &str, responses: u32, headcount: Option<u32>, items: Vec<StaffTally>) -> SectionStaff {
        SectionStaff {
            code: code.to_owned(),
            name: path.rsplit(" / ").next().unwrap_or(path).to_owned(),
            path: path.to_owned(),
            rollup: StaffRollup { responses, headcount, items },
        }
    }

    fn fy(y: i64) -> FiscalYear {
        match FiscalYear::new(y) {
            Ok(y) => y,
            Err(e) => panic!("{e}"),
        }
    }

    #[test]
    fn cells_tell_rates_too_few_no_answers_and_not_asked_apart() {
        let sections = [
            section("A", "総務部 / 企画課", 4, Some(8), vec![tally("s-1", 3, 1, 0), tally("s-2", 1, 1, 2)]),
            // Two answered: the package brought no counts per item.
            section("B", "総務部 / 人事課", 2, Some(5), vec![]),
            section("C", "区民部 / 区民課", 0, None, vec![tally("s-1", 0, 0, 0), tally("s-2", 0, 0, 0)]),
            // s-2 is not asked of this section.
            section("D", "区民部 / 税務課", 3, Some(3), vec![tally("s-1", 3, 0, 0)]),
        ];
        let o = overview(&q(), &sections, None);
        let kinds: Vec<Vec<StaffCellKind>> =
            o.sections.iter().map(|r| r.cells.iter().map(|c| c.kind).collect()).collect();
        use StaffCellKind::*;
        assert_eq!(
            kinds,
            vec![vec![Rate, Rate], vec![TooFew, TooFew], vec![NoAnswers, NoAnswers], vec![Rate, NotAsked]]
        );
        assert_eq!(o.sections[0].cells[0].rate, Some(0.75));
        // わからない is not はい.
        assert_eq!(o.sections[0].cells[1].rate, Some(0.25));
        assert!(o.sections[1].cells.iter().all(|c| c.rate.is_none()), "no rate below three");
        // The ward: 6 of 7 said はい to s-1; s-2 is the weakest.
        assert_eq!(o.items[0].answers, 7);
        assert_eq!(o.items[0].rate, Some(6.0 / 7.0));
        assert_eq!(o.weakest, vec!["s-2".to_owned(), "s-1".to_owned()]);
        assert!(o.last_year.is_none() && o.items.iter().all(|i| i.last_year.is_none()));
        // Each section's weakest item: only a cell with a share counts.
        let weakest: Vec<Option<u32>> = o.sections.iter().map(|r| r.weakest).collect();
        assert_eq!(weakest, vec![Some(1), None, None, Some(0)]);
    }

    #[test]
    fn a_tie_for_a_sections_weakest_item_goes_to_the_lower_item_id() {
        let sections = [section("A", "総務部 / 企画課", 4, None, vec![tally("s-1", 2, 2, 0), tally("s-2", 2, 2, 0)])];
        let o = overview(&q(), &sections, None);
        assert_eq!(o.sections[0].cells[0].rate, o.sections[0].cells[1].rate);
        assert_eq!(o.sections[0].weakest, Some(0));
    }

    #[test]
    fn a_section_under_three_adds_its_responses_but_never_its_counts() {
        // Even if a roll-up under three arrived with counts, the ward would not add them.
        let sections = [
            section("A", "総務部 / 企画課", 3, Some(3), vec![tally("s-1", 3, 0, 0), tally("s-2", 3, 0, 0)]),
            section("B", "総務部 / 人事課", 1, Some(4), vec![tally("s-1", 0, 1, 0), tally("s-2", 0, 1, 0)]),
        ];
        let o = overview(&q(), &sections, None);
        assert_eq!(o.items[0].rate, Some(1.0));
        assert_eq!(o.items[0].answers, 3);
        assert_eq!(o.ward.responses, 4);
    }

    #[test]
    fn response_rate_by_bu_counts_only_sections_with_a_headcount() {
        let sections = [
            section("A", "総務部 / 企画課", 6, Some(10), vec![]),
            section("B", "総務部 / 人事課", 4, None, vec![]),
            section("C", "区民部 / 区民課", 9, Some(10), vec![]),
            section("D", "会計管理室", 2, Some(4), vec![]),
        ];
        let o = overview(&q(), &sections, None);
        let bus: Vec<(&str, u32, u32, u32, Option<f64>)> = o
            .by_bu
            .iter()
            .map(|b| (b.bu.as_str(), b.sections, b.responses, b.without_headcount, b.response_rate))
            .collect();
        assert_eq!(
            bus,
            vec![
                ("総務部", 2, 10, 1, Some(0.6)),
                ("区民部", 1, 9, 0, Some(0.9)),
                // A section at the top of the tree is its own 部.
                ("会計管理室", 1, 2, 0, Some(0.5)),
            ]
        );
        assert_eq!((o.ward.responses, o.ward.headcount, o.ward.without_headcount), (21, 24, 1));
        assert_eq!(o.ward.response_rate, Some(17.0 / 24.0));
    }

    #[test]
    fn last_year_is_matched_by_item_and_by_bu() {
        let this = [section("A", "総務部 / 企画課", 4, Some(5), vec![tally("s-1", 4, 0, 0), tally("s-2", 2, 2, 0)])];
        let last = [
            section("A", "総務部 / 企画課", 4, Some(8), vec![tally("s-1", 2, 2, 0)]),
            section("X", "旧部 / 旧課", 3, Some(3), vec![tally("s-1", 3, 0, 0)]),
        ];
        let o = overview(&q(), &this, Some((fy(2025), &last)));
        assert_eq!(o.last_year, Some(fy(2025)));
        // s-1: 5 of 7 last year, 4 of 4 now.
        assert_eq!(o.items[0].last_year, Some(5.0 / 7.0));
        assert_eq!(o.items[0].change(), Some(1.0 - 5.0 / 7.0));
        // s-2 was not asked last year: no comparison.
        assert_eq!((o.items[1].last_year, o.items[1].change()), (None, None));
        assert_eq!(o.by_bu[0].last_year, Some(0.5));
        assert_eq!(o.ward.last_year, Some(7.0 / 11.0));
    }

    #[test]
    fn an_empty_ward_has_columns_but_no_rates() {
        let o = overview(&q(), &[], None);
        assert_eq!(o.items.len(), 2);
        assert!(o.weakest.is_empty() && o.sections.is_empty() && o.by_bu.is_empty());
        assert_eq!(o.ward.response_rate, None);
    }
}
