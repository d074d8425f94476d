//! 集計 — rates by section, by clause and by tier for one campaign.
//!
//! Scoring: 実施 1, 一部 0.5, 未実施 0; 該当なし is left out. The rate is the
//! score over the answered, applicable items; unanswered items are counted
//! beside it, never silently as 0, so a half-finished section is not shown
//! as a failing one. Items of tiers a section does not operate are counted
//! apart, as 対象外（系）, never mixed with the answers 該当なし.

use serde::{Deserialize, Serialize};

use crate::answer::{AnswerValue, CountedAnswers};
use crate::attribute::{Audience, Scope};
use crate::campaign::{Phase, Progress, SectionState};
use crate::questionnaire::{Item, Questionnaire};
use crate::tier::Tier;

/// Answer counts over a group of (section, item) pairs.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Counts {
    pub yes: u32,
    pub partial: u32,
    pub no: u32,
    /// Answered 該当なし (with a reason).
    pub na: u32,
    /// Applicable and not (yet) answered, including carried-over drafts not re-checked.
    pub unanswered: u32,
    /// 対象外（系）: items of a tier the section does not operate; nobody answers them.
    pub excluded: u32,
}

impl Counts {
    fn add(&mut self, counted: Counted) {
        match counted {
            Counted::Answer(Some(AnswerValue::Yes)) => self.yes += 1,
            Counted::Answer(Some(AnswerValue::Partial)) => self.partial += 1,
            Counted::Answer(Some(AnswerValue::No)) => self.no += 1,
            Counted::Answer(Some(AnswerValue::Na)) => self.na += 1,
            Counted::Answer(None) => self.unanswered += 1,
            Counted::Excluded => self.excluded += 1,
        }
    }

    /// Adds another line's counts, so a 部 or the ward totals its sections
    /// by the same sum the summary uses.
    pub fn merge(&mut self, other: &Counts) {
        self.yes += other.yes;
        self.partial += other.partial;
        self.no += other.no;
        self.na += other.na;
        self.unanswered += other.unanswered;
        self.excluded += other.excluded;
    }

    /// Every (section, item) pair counted, excluded ones included.
    pub fn total(&self) -> u32 {
        self.scored() + self.na + self.unanswered + self.excluded
    }

    /// The items that count towards the rate.
    pub fn scored(&self) -> u32 {
        self.yes + self.partial + self.no
    }

    /// 実施率 in 0..=1; `None` when nothing scored yet.
    pub fn rate(&self) -> Option<f64> {
        let n = self.scored();
        (n > 0).then(|| (f64::from(self.yes) + 0.5 * f64::from(self.partial)) / f64::from(n))
    }
}

/// What the aggregation needs to know about one section.
pub struct SectionAnswers<'a> {
    pub code: &'a str,
    pub name: &'a str,
    /// Its tiers and attributes: which items it answers.
    pub scope: Scope<'a>,
    pub state: SectionState,
    /// Its answers: a whole [`AnswerMap`](crate::answer::AnswerMap) or the bare marks.
    pub answers: &'a dyn CountedAnswers,
}

/// One section's line of the summary.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SectionSummary {
    pub code: String,
    pub name: String,
    pub state: SectionState,
    pub phase: Phase,
    pub progress: Progress,
    pub counts: Counts,
    pub rate: Option<f64>,
    /// Counts per clause, in the order of [`Summary::by_clause`] (the heat-map row).
    pub by_clause: Vec<Counts>,
}

/// One clause's line of the summary.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ClauseSummary {
    pub clause: String,
    pub title: String,
    pub title_en: Option<String>,
    pub counts: Counts,
    pub rate: Option<f64>,
}

/// One tier's line, counted by the sections' 系: `tier: Some(t)` is the items
/// of `t` as answered by the sections that operate `t`; `tier: None` is the
/// items common to every tier, answered by every section.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TierSummary {
    pub tier: Option<Tier>,
    pub counts: Counts,
    pub rate: Option<f64>,
}

/// A figure in percent (a rate × 100, or a change in points) as it is shown:
/// rounded to `decimals` places the way people round (四捨五入: a half goes
/// away from zero), counted in units of the last place shown — 1/16 is 6.25 %
/// and at one decimal 63 units, read 6.3 %.
///
/// A rate is a fraction k/n held in binary, and a half such as 23/80 =
/// 28.75 % may be held a hair below it (28.7499999…), so a billionth of a
/// unit is added before flooring: a true half goes up, and no k/n that is not
/// a half is within a billionth of one (they are at least 1/(2n) away).
///
/// Every rate on paper, in lists and in the command line is rounded by this,
/// and so is the colour of its heat-map cell. The window does the same steps
/// on the same numbers (`ui/src/lib/format.ts`: the absolute value times
/// `10^decimals`, plus one half and a billionth, floored), and the app's bindings test writes
/// what this gives for every k/n up to 80 into `ui/src/bindings/rate-cases.json`
/// for the window's tests to compare with, so a rate never reads one way on
/// screen and another on paper.
pub fn shown_units(percent: f64, decimals: u8) -> i64 {
    let units = (percent.abs() * 10f64.powi(i32::from(decimals)) + 0.5 + 1e-9).floor();
    // A saturating cast: NaN gives 0, as no rate reaches i64's bounds.
    let units = units as i64;
    if percent < 0.0 { -units } else { units }
}

/// The band of a heat-map cell, one rule for the window and the paper:
/// taken from the whole percentage the cell shows, so a cell reading 75 is
/// never coloured as 50–74.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RateBand {
    /// Under 50 %.
    Under50,
    /// 50–74 %.
    From50,
    /// 75–89 %.
    From75,
    /// 90–100 %.
    From90,
}

impl RateBand {
    /// Where the bands above the lowest begin, in whole percent: the
    /// window's legend and cells read these instead of keeping their own.
    pub const FLOORS: [u8; 3] = [50, 75, 90];

    /// The band of a rate in 0..1 (clamped), by its whole percentage.
    pub fn of(rate: f64) -> Self {
        let whole = shown_units(rate.clamp(0.0, 1.0) * 100.0, 0);
        let [from50, from75, from90] = Self::FLOORS.map(i64::from);
        if whole >= from90 {
            Self::From90
        } else if whole >= from75 {
            Self::From75
        } else if whole >= from50 {
            Self::From50
        } else {
            Self::Under50
        }
    }
}

/// The consolidated result of a campaign.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Summary {
    pub sections_total: u32,
    pub sections_submitted: u32,
    pub overall: Counts,
    pub rate: Option<f64>,
    pub by_section: Vec<SectionSummary>,
    pub by_clause: Vec<ClauseSummary>,
    pub by_tier: Vec<TierSummary>,
    /// Section items and 主管課 items counted apart (the 主管課 line only when
    /// the checklist has such items): they answer different questions.
    pub by_audience: Vec<AudienceSummary>,
}

/// One audience's line: the items put to every section, or to the 主管課.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct AudienceSummary {
    pub audience: Audience,
    pub counts: Counts,
    pub rate: Option<f64>,
}

/// Whether an item is counted in a line of the by-tier summary: `None` is the
/// line of items common to every tier, `Some(t)` the items that name `t`.
pub fn in_tier_group(item: &Item, tier: Option<Tier>) -> bool {
    match tier {
        None => item.tiers.is_empty(),
        Some(t) => item.tiers.contains(&t),
    }
}

/// Whether a section's answer to an item is counted in a line of the by-tier
/// summary: the item is in the line's group and, for a tier's line, the
/// section operates that tier (the line counts by the section's 系, so a
/// section outside the tier adds nothing, not a column of 対象外).
pub fn in_tier_line(item: &Item, section: Scope<'_>, tier: Option<Tier>) -> bool {
    item.asked_of(section) && in_tier_group(item, tier) && tier.is_none_or(|t| section.tiers.contains(&t))
}

/// How one section's answer to one item is counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Counted {
    Answer(Option<AnswerValue>),
    Excluded,
}

/// Aggregates every section's answers in one pass over sections × items.
pub fn summarise(q: &Questionnaire, sections: &[SectionAnswers<'_>]) -> Summary {
    let mut by_clause: Vec<Counts> = vec![Counts::default(); q.sections.len()];
    let mut by_tier: Vec<(Option<Tier>, Counts)> =
        std::iter::once(None).chain(q.meta.tiers.iter().copied().map(Some)).map(|t| (t, Counts::default())).collect();
    let mut by_audience: [(Audience, Counts); 2] = Audience::ALL.map(|a| (a, Counts::default()));
    let mut overall = Counts::default();
    let mut lines = Vec::with_capacity(sections.len());

    for s in sections {
        let mut row = vec![Counts::default(); q.sections.len()];
        let mut index = 0;
        for (ci, section) in q.sections.iter().enumerate() {
            for item in &section.items {
                index += 1;
                if !item.asked_of(s.scope) {
                    continue;
                }
                let value = if item.applies_to(s.scope) {
                    Counted::Answer(s.answers.mark(index - 1, item).counted())
                } else {
                    Counted::Excluded
                };
                row[ci].add(value);
                for (tier, counts) in by_tier.iter_mut() {
                    if in_tier_line(item, s.scope, *tier) {
                        counts.add(value);
                    }
                }
                by_audience[usize::from(item.audience == Audience::Central)].1.add(value);
            }
        }
        let mut counts = Counts::default();
        for (ci, c) in row.iter().enumerate() {
            counts.merge(c);
            by_clause[ci].merge(c);
        }
        overall.merge(&counts);
        let progress = Progress::of(q, s.scope, s.answers);
        lines.push(SectionSummary {
            code: s.code.to_owned(),
            name: s.name.to_owned(),
            state: s.state,
            phase: progress.phase(s.state),
            progress,
            counts,
            rate: counts.rate(),
            by_clause: row,
        });
    }

    Summary {
        sections_total: sections.len() as u32,
        sections_submitted: sections.iter().filter(|s| s.state == SectionState::Submitted).count() as u32,
        overall,
        rate: overall.rate(),
        by_section: lines,
        by_clause: q
            .sections
            .iter()
            .zip(by_clause)
            .map(|(s, counts)| ClauseSummary {
                clause: s.clause.clone(),
                title: s.title.clone(),
                title_en: s.title_en.clone(),
                counts,
                rate: counts.rate(),
            })
            .collect(),
        by_tier: by_tier.into_iter().map(|(tier, counts)| TierSummary { tier, counts, rate: counts.rate() }).collect(),
        by_audience: by_audience
            .into_iter()
            .filter(|(a, _)| *a == Audience::Section || q.items().any(|(_, i)| i.audience == *a))
            .map(|(audience, counts)| AudienceSummary { audience, counts, rate: counts.rate() })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answer::AnswerMap;
    use crate::answer::answered as answer;
    use crate::questionnaire::{SAMPLE_TOML, parse_questionnaire};

    #[test]
    fn a_rate_is_banded_by_the_whole_percent_it_is_written_as() {
        use super::RateBand::{From50, From75, From90, Under50};
        let band = super::RateBand::of;
        assert_eq!(band(0.0), Under50);
        assert_eq!(band(0.494), Under50);
        assert_eq!(band(0.496), From50, "written as 50");
        assert_eq!(band(0.744), From50);
        assert_eq!(band(0.746), From75, "written as 75");
        assert_eq!(band(0.89), From75);
        assert_eq!(band(0.9), From90);
        assert_eq!(band(1.0), From90);
        assert_eq!(band(1.7), From90, "clamped");
        assert_eq!(band(-0.2), Under50, "clamped");
    }

    #[test]
    fn rates_score_yes_one_partial_half_no_zero_and_leave_out_na() {
        let q = parse_questionnaire(SAMPLE_TOML).unwrap();
        let a: AnswerMap = [
            answer("s-6-1-a", AnswerValue::Yes),
            answer("s-6-3-1-a", AnswerValue::Partial),
            answer("s-6-3-1-b", AnswerValue::Na),
        ]
        .into_iter()
        .collect();
        let b: AnswerMap = [answer("s-6-1-a", AnswerValue::No)].into_iter().collect();
        let mynumber = [Tier::Mynumber];
        let internet = [Tier::Internet];
        let sections = [
            SectionAnswers {
                code: "A",
                name: "甲課",
                scope: Scope::tiers(&mynumber),
                state: SectionState::Submitted,
                answers: &a,
            },
            SectionAnswers {
                code: "B",
                name: "乙課",
                scope: Scope::tiers(&internet),
                state: SectionState::Draft,
                answers: &b,
            },
        ];
        let s = summarise(&q, &sections);
        assert_eq!(s.by_section[0].rate, Some(0.75));
        assert_eq!(s.by_section[1].rate, Some(0.0));
        // B does not operate mynumber: its two mynumber items are 対象外, apart from A's answered 該当なし.
        assert_eq!(s.by_section[1].counts.excluded, 2);
        assert_eq!(s.by_section[1].counts.na, 0);
        assert_eq!(s.overall, Counts { yes: 1, partial: 1, no: 1, na: 1, unanswered: 0, excluded: 2 });
        assert_eq!(s.rate, Some(0.5));
        assert_eq!(s.by_clause[0].rate, Some(0.5));
        assert_eq!(s.by_clause[1].counts, Counts { yes: 0, partial: 1, no: 0, na: 1, unanswered: 0, excluded: 2 });
        assert_eq!(s.by_tier[0].tier, None);
        assert_eq!(s.by_tier[1].tier, Some(Tier::Mynumber));
        // The マイナンバー line counts A only (B does not operate it): no 対象外 in it.
        assert_eq!(s.by_tier[1].counts, Counts { yes: 0, partial: 1, no: 0, na: 1, unanswered: 0, excluded: 0 });
        assert_eq!(s.by_tier[1].rate, Some(0.5));
        assert_eq!((s.sections_submitted, s.sections_total), (1, 2));
        assert_eq!(s.by_section[0].by_clause.len(), q.sections.len());
    }

    /// The summary of one section 甲課 (A), still a draft, operating `tiers`.
    fn draft_of_one(q: &Questionnaire, tiers: &[Tier], answers: &dyn CountedAnswers) -> Summary {
        let section =
            SectionAnswers {
                code: "A", name: "甲課", scope: Scope::tiers(tiers), state: SectionState::Draft, answers
            };
        summarise(q, &[section])
    }

    #[test]
    fn bare_marks_count_exactly_as_whole_answers() {
        // The ward's consolidation reads marks by the item's place; a section's
        // own screens read answers by id. Both must give the same summary.
        let q = parse_questionnaire(SAMPLE_TOML).unwrap();
        let (id, mut unconfirmed) = answer("s-6-3-1-a", AnswerValue::No);
        unconfirmed.unconfirmed = true;
        let map: AnswerMap =
            [answer("s-6-1-a", AnswerValue::Partial), (id, unconfirmed), answer("s-6-3-1-b", AnswerValue::Na)]
                .into_iter()
                .collect();
        let marks: crate::answer::Marks = q.items().map(|(_, i)| crate::answer::Mark::of(map.get(&i.id))).collect();
        let tiers = [Tier::Mynumber, Tier::Lgwan];
        let (by_map, by_marks) = (draft_of_one(&q, &tiers, &map), draft_of_one(&q, &tiers, &marks));
        assert_eq!(by_map, by_marks);
        assert_eq!(by_marks.overall, Counts { yes: 0, partial: 1, no: 0, na: 1, unanswered: 1, excluded: 0 });
        assert_eq!(by_marks.by_section[0].progress.unconfirmed, 1);
    }

    #[test]
    fn unanswered_and_unconfirmed_items_are_counted_but_not_scored() {
        let q = parse_questionnaire(SAMPLE_TOML).unwrap();
        let (id, mut a) = answer("s-6-1-a", AnswerValue::Yes);
        a.unconfirmed = true;
        let answers: AnswerMap = [(id, a)].into_iter().collect();
        let s = draft_of_one(&q, &[Tier::Lgwan], &answers);
        assert_eq!(s.overall.unanswered, 2);
        assert_eq!(s.rate, None);
        // Carried-over drafts nobody has re-checked do not make a start.
        assert_eq!(s.by_section[0].phase, Phase::NotStarted);
    }
}
