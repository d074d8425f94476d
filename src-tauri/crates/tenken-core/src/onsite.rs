//! 実地監査: which sections the auditor visits on site this year.
//!
//! A self-inspection is only as good as the answers, so each year the
//! auditor visits a few sections. Which ones is a judgement, but it should
//! start from the facts and say them: a low 実施率, the same weakness two
//! years running (再発), plans past their date (期限超過), many 該当なし
//! (an answer that can hide a gap), and how long since the last visit. The
//! rotation rule makes sure every section is visited at least once in N
//! years, whatever its answers: a section whose turn has come is proposed
//! first. The auditor confirms the list (and may change it), then records
//! each visit: date, auditors, result and findings.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::answer::{MAX_TEXT_CHARS, parse_date};
use crate::message::{Describe, Message};
use crate::text::{TypedTextError, check_typed};

/// The ward's rules for choosing: how many years a rotation takes, and how
/// many visits a year the auditor plans.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct OnsiteRules {
    /// Every section is visited at least once in this many years.
    pub rotation_years: u32,
    /// How many sections the proposal holds when the rotation asks for fewer.
    pub visits_per_year: u32,
}

impl Default for OnsiteRules {
    fn default() -> Self {
        OnsiteRules { rotation_years: 5, visits_per_year: 3 }
    }
}

/// The bounds a setting must keep; a rotation over ten years is no rotation.
pub const ROTATION_YEARS: std::ops::RangeInclusive<u32> = 1..=10;
/// The bounds of the planned visits a year.
pub const VISITS_PER_YEAR: std::ops::RangeInclusive<u32> = 1..=500;

/// Checks the rules the auditor typed.
pub fn check_rules(rules: OnsiteRules) -> Result<OnsiteRules, OnsiteError> {
    if !ROTATION_YEARS.contains(&rules.rotation_years) {
        return Err(OnsiteError::RotationYears(rules.rotation_years));
    }
    if !VISITS_PER_YEAR.contains(&rules.visits_per_year) {
        return Err(OnsiteError::VisitsPerYear(rules.visits_per_year));
    }
    Ok(rules)
}

/// What the store knows of one section that bears on the choice.
#[derive(Debug, Clone, PartialEq)]
pub struct SectionSignals {
    pub code: String,
    pub name: String,
    /// This year's 実施率 (0..=1), when anything was scored.
    pub rate: Option<f64>,
    /// Items answered 該当なし, and items answered at all.
    pub na: u32,
    pub answered: u32,
    /// Items weak two years running, or with a 指摘 again (再発).
    pub repeats: u32,
    /// Last year's plans and 指摘 past their date (期限超過).
    pub overdue: u32,
    /// The fiscal year of the last visit, if any.
    pub last_visit: Option<i32>,
}

/// Why a section is proposed, each with the fact behind it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum OnsiteReason {
    /// Its turn in the rotation: not visited for `years` years (or never,
    /// since the first campaign) and the rotation takes `rotation` years.
    RotationDue { years: u32, rotation: u32 },
    /// 実施率 this many points (tenths) under the ward's.
    LowRate { rate_permille: u32, ward_permille: u32 },
    /// 再発 on this many items.
    Repeats { count: u32 },
    /// This many plans or 指摘 past their date.
    Overdue { count: u32 },
    /// 該当なし on this many of the items answered.
    ManyNa { count: u32, answered: u32 },
    /// Last visited this many years ago.
    SinceLastVisit { years: u32 },
    /// Never visited since the ward's first campaign in tenken.
    NeverVisited,
}

impl OnsiteReason {
    /// The points the reason adds to the ranking. A rotation that has come
    /// round outranks every other reason; the rest weigh about alike, so a
    /// section with several reasons comes before one with a single one.
    fn points(&self) -> u32 {
        match self {
            OnsiteReason::RotationDue { .. } => 1000,
            OnsiteReason::LowRate { rate_permille, ward_permille } => ward_permille.saturating_sub(*rate_permille) / 5,
            OnsiteReason::Repeats { count } => 8 * count,
            OnsiteReason::Overdue { count } => 6 * count,
            OnsiteReason::ManyNa { count, answered } => 40 * count / (*answered).max(1),
            OnsiteReason::SinceLastVisit { years } => 4 * years,
            OnsiteReason::NeverVisited => 12,
        }
    }
}

/// One section in the ranked list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct OnsiteCandidate {
    pub code: String,
    pub name: String,
    /// The ranking's points (higher first); shown so the order can be checked.
    pub score: u32,
    pub reasons: Vec<OnsiteReason>,
    /// The rotation requires a visit this year.
    pub rotation_due: bool,
    /// In the proposal (the rotation's, then the highest scores up to the plan).
    pub proposed: bool,
    pub last_visit: Option<i32>,
}

/// The ranked list and what the rotation needs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct OnsitePlan {
    pub rules: OnsiteRules,
    /// Every section, highest score first.
    pub candidates: Vec<OnsiteCandidate>,
    /// Visits a year the rotation needs over the ward (sections ÷ years,
    /// rounded up): more than `visits_per_year` means the plan cannot keep
    /// the rotation, which the auditor is told.
    pub rotation_needs_per_year: u32,
}

/// 該当なし counts as many when it is a quarter of the answers or more.
const MANY_NA_SHARE: f64 = 0.25;
/// A rate counts as low ten points or more under the ward's.
const LOW_RATE_GAP: f64 = 0.10;

/// Ranks every section for `year`. `first_year` is the ward's first
/// campaign: a section never visited has waited since then.
pub fn rank(
    year: i32,
    first_year: i32,
    rules: OnsiteRules,
    ward_rate: Option<f64>,
    sections: &[SectionSignals],
) -> OnsitePlan {
    let mut candidates: Vec<OnsiteCandidate> =
        sections.iter().map(|s| candidate(year, first_year, rules, ward_rate, s)).collect();
    candidates.sort_by(|a, b| b.score.cmp(&a.score).then_with(|| a.code.cmp(&b.code)));
    let due = candidates.iter().filter(|c| c.rotation_due).count();
    let wanted = due.max(rules.visits_per_year as usize);
    for c in candidates.iter_mut().take(wanted) {
        c.proposed = c.score > 0;
    }
    let rotation_needs_per_year = (sections.len() as u32).div_ceil(rules.rotation_years.max(1));
    OnsitePlan { rules, candidates, rotation_needs_per_year }
}

fn candidate(
    year: i32,
    first_year: i32,
    rules: OnsiteRules,
    ward_rate: Option<f64>,
    s: &SectionSignals,
) -> OnsiteCandidate {
    let mut reasons = Vec::new();
    // Years waited: since the last visit, or since the first campaign (that
    // year counts as one, so a ward new to tenken does not visit everyone).
    let waited = match s.last_visit {
        Some(v) => (year - v).max(0) as u32,
        None => (year - first_year + 1).max(0) as u32,
    };
    let rotation_due = waited >= rules.rotation_years;
    if rotation_due {
        reasons.push(OnsiteReason::RotationDue { years: waited, rotation: rules.rotation_years });
    }
    if let (Some(rate), Some(ward)) = (s.rate, ward_rate)
        && rate + LOW_RATE_GAP <= ward
    {
        reasons.push(OnsiteReason::LowRate { rate_permille: permille(rate), ward_permille: permille(ward) });
    }
    if s.repeats > 0 {
        reasons.push(OnsiteReason::Repeats { count: s.repeats });
    }
    if s.overdue > 0 {
        reasons.push(OnsiteReason::Overdue { count: s.overdue });
    }
    if s.answered > 0 && f64::from(s.na) >= MANY_NA_SHARE * f64::from(s.answered) {
        reasons.push(OnsiteReason::ManyNa { count: s.na, answered: s.answered });
    }
    match s.last_visit {
        Some(_) if waited > 0 => reasons.push(OnsiteReason::SinceLastVisit { years: waited }),
        None => reasons.push(OnsiteReason::NeverVisited),
        Some(_) => {}
    }
    let score = reasons.iter().map(OnsiteReason::points).sum();
    OnsiteCandidate {
        code: s.code.clone(),
        name: s.name.clone(),
        score,
        reasons,
        rotation_due,
        proposed: false,
        last_visit: s.last_visit,
    }
}

fn permille(rate: f64) -> u32 {
    (rate.clamp(0.0, 1.0) * 1000.0).round() as u32
}

/// A section confirmed for a visit, with the reasons it had then and the
/// visit once recorded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct OnsiteSelected {
    pub code: String,
    pub name: String,
    pub reasons: Vec<OnsiteReason>,
    pub confirmed_at: String,
    pub visit: Option<Visit>,
}

/// The result of a visit, as the report states it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum VisitResult {
    /// 良好: what was answered was seen in practice.
    Good,
    /// 一部改善を要する: mostly as answered, some points to mend.
    SomeImprovement,
    /// 改善を要する: practice differs from the answers.
    Improvement,
}

impl VisitResult {
    /// Every result, best first.
    pub const ALL: [VisitResult; 3] = [VisitResult::Good, VisitResult::SomeImprovement, VisitResult::Improvement];

    /// The code stored and typed on the command line.
    pub fn code(self) -> &'static str {
        match self {
            VisitResult::Good => "good",
            VisitResult::SomeImprovement => "some_improvement",
            VisitResult::Improvement => "improvement",
        }
    }

    /// Reads a stored or typed code.
    pub fn from_code(s: &str) -> Option<VisitResult> {
        VisitResult::ALL.into_iter().find(|r| r.code() == s.trim())
    }

    /// The Fluent id of the result's words.
    pub fn label_id(self) -> &'static str {
        match self {
            VisitResult::Good => "visit-result-good",
            VisitResult::SomeImprovement => "visit-result-some-improvement",
            VisitResult::Improvement => "visit-result-improvement",
        }
    }
}

/// A visit as the auditor types it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct VisitInput {
    /// The day of the visit (ISO, 和暦 or full-width digits).
    pub date: String,
    /// Who visited (names, as one line).
    pub auditors: String,
    pub result: Option<VisitResult>,
    /// What was found, in the auditor's words.
    #[serde(default)]
    pub findings: String,
}

/// A visit as recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Visit {
    pub date: NaiveDate,
    pub auditors: String,
    pub result: VisitResult,
    pub findings: String,
}

/// Checks a visit of the campaign of `year_start`, recorded on `today`: a
/// real date from the fiscal year's start to today (a visit is recorded
/// after it happened), the auditors named, a result, bounded texts.
pub fn check_visit(input: &VisitInput, year_start: NaiveDate, today: NaiveDate) -> Result<Visit, OnsiteError> {
    let date = parse_date(&input.date).map_err(|_| OnsiteError::BadDate(input.date.trim().to_owned()))?;
    if date < year_start {
        return Err(OnsiteError::DateBeforeYear(date));
    }
    if date > today {
        return Err(OnsiteError::DateInFuture(date));
    }
    let auditors = input.auditors.trim();
    if auditors.is_empty() {
        return Err(OnsiteError::NoAuditors);
    }
    let result = input.result.ok_or(OnsiteError::NoResult)?;
    let findings = input.findings.trim();
    for (field, t, multiline) in [("auditors", auditors, false), ("findings", findings, true)] {
        check_typed(field, t, MAX_TEXT_CHARS, multiline)?;
    }
    Ok(Visit { date, auditors: auditors.to_owned(), result, findings: findings.to_owned() })
}

/// Why a setting, a selection or a visit was refused.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum OnsiteError {
    #[error("a rotation of {0} years is outside 1–10")]
    RotationYears(u32),
    #[error("{0} visits a year is outside 1–500")]
    VisitsPerYear(u32),
    #[error("{0:?} is not a date")]
    BadDate(String),
    #[error("the visit date {0} is before the fiscal year")]
    DateBeforeYear(NaiveDate),
    #[error("the visit date {0} is in the future")]
    DateInFuture(NaiveDate),
    #[error("name who visited")]
    NoAuditors,
    #[error("choose the visit's result")]
    NoResult,
    #[error(transparent)]
    Text(#[from] TypedTextError),
    #[error("section {0} is not selected for an on-site audit this year")]
    NotSelected(String),
    #[error("no section chosen")]
    EmptySelection,
    #[error("section {0} was visited already and stays selected")]
    VisitRecorded(String),
}

impl Describe for OnsiteError {
    fn message(&self) -> Message {
        match self {
            OnsiteError::RotationYears(n) => Message::new("onsite-rotation-years").arg("years", *n),
            OnsiteError::VisitsPerYear(n) => Message::new("onsite-visits-per-year").arg("count", *n),
            // `field` names the input a refusal is about, so the window shows it there.
            OnsiteError::BadDate(d) => Message::new("answer-bad-date").arg("date", d).arg("field", "date"),
            OnsiteError::DateBeforeYear(d) => {
                Message::new("onsite-date-before-year").arg("date", *d).arg("field", "date")
            }
            OnsiteError::DateInFuture(d) => Message::new("onsite-date-in-future").arg("date", *d).arg("field", "date"),
            OnsiteError::NoAuditors => Message::new("onsite-no-auditors").arg("field", "auditors"),
            OnsiteError::NoResult => Message::new("onsite-no-result").arg("field", "result"),
            OnsiteError::Text(e) => e.message("onsite-too-long", "onsite-control-char"),
            OnsiteError::NotSelected(dept) => Message::new("onsite-not-selected").arg("dept", dept),
            OnsiteError::EmptySelection => Message::new("onsite-empty-selection"),
            OnsiteError::VisitRecorded(dept) => Message::new("onsite-visit-recorded").arg("dept", dept),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn section(code: &str) -> SectionSignals {
        SectionSignals {
            code: code.into(),
            name: code.into(),
            rate: Some(0.8),
            na: 0,
            answered: 40,
            repeats: 0,
            overdue: 0,
            last_visit: Some(2025),
        }
    }

    #[test]
    fn the_rotation_comes_first_then_the_weakest_with_their_reasons() {
        let mut low = section("1010");
        low.rate = Some(0.55);
        low.repeats = 2;
        let mut overdue = section("1020");
        overdue.overdue = 3;
        let mut turn = section("1030");
        turn.last_visit = Some(2021);
        let mut na = section("1040");
        na.na = 15;
        let quiet = section("1050");
        let plan = rank(2026, 2020, OnsiteRules::default(), Some(0.8), &[quiet, na, turn, overdue, low]);
        let order: Vec<&str> = plan.candidates.iter().map(|c| c.code.as_str()).collect();
        assert_eq!(order, ["1030", "1010", "1020", "1040", "1050"]);
        assert!(plan.candidates[0].rotation_due);
        assert!(matches!(plan.candidates[0].reasons[0], OnsiteReason::RotationDue { years: 5, rotation: 5 }));
        assert!(plan.candidates[1].reasons.contains(&OnsiteReason::LowRate { rate_permille: 550, ward_permille: 800 }));
        assert!(plan.candidates[1].reasons.contains(&OnsiteReason::Repeats { count: 2 }));
        assert!(plan.candidates[3].reasons.contains(&OnsiteReason::ManyNa { count: 15, answered: 40 }));
        let proposed: Vec<&str> = plan.candidates.iter().filter(|c| c.proposed).map(|c| c.code.as_str()).collect();
        assert_eq!(proposed, ["1030", "1010", "1020"], "three visits a year by default");
        assert_eq!(plan.rotation_needs_per_year, 1);
    }

    #[test]
    fn every_section_whose_turn_has_come_is_proposed_even_beyond_the_plan() {
        let sections: Vec<SectionSignals> = (0..6)
            .map(|i| {
                let mut s = section(&format!("20{i}0"));
                s.last_visit = if i < 5 { Some(2020) } else { None };
                s
            })
            .collect();
        let rules = OnsiteRules { rotation_years: 5, visits_per_year: 2 };
        let plan = rank(2026, 2024, rules, Some(0.8), &sections);
        assert_eq!(plan.candidates.iter().filter(|c| c.proposed).count(), 5);
        // Never visited, but the ward started in tenken two years ago: not yet its turn.
        let new = plan.candidates.iter().find(|c| c.code == "2050").map(|c| (c.rotation_due, c.proposed));
        assert_eq!(new, Some((false, false)));
    }

    #[test]
    fn a_section_visited_this_year_with_nothing_against_it_is_not_proposed() {
        let mut s = section("3010");
        s.last_visit = Some(2026);
        let plan = rank(2026, 2020, OnsiteRules::default(), Some(0.8), &[s]);
        assert_eq!(plan.candidates[0].score, 0);
        assert!(!plan.candidates[0].proposed);
    }

    #[test]
    fn a_visit_needs_a_past_date_in_the_year_auditors_and_a_result() {
        let start = NaiveDate::from_ymd_opt(2026, 4, 1).unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        let ok = VisitInput {
            date: "令和8年10月２日".into(),
            auditors: " 𠮷田 監査員 ".into(),
            result: Some(VisitResult::SomeImprovement),
            findings: "USBメモリの管理簿に記入漏れ".into(),
        };
        let v = check_visit(&ok, start, today).unwrap();
        assert_eq!(v.date, NaiveDate::from_ymd_opt(2026, 10, 2).unwrap());
        assert_eq!(v.auditors, "𠮷田 監査員");
        let with = |f: &dyn Fn(&mut VisitInput)| {
            let mut i = ok.clone();
            f(&mut i);
            check_visit(&i, start, today).unwrap_err()
        };
        assert_eq!(with(&|i| i.date = "2026-03-31".into()), OnsiteError::DateBeforeYear(start.pred_opt().unwrap()));
        assert!(matches!(with(&|i| i.date = "2026-12-01".into()), OnsiteError::DateInFuture(_)));
        assert!(matches!(with(&|i| i.date = "明日".into()), OnsiteError::BadDate(_)));
        assert_eq!(with(&|i| i.auditors = "  ".into()), OnsiteError::NoAuditors);
        assert_eq!(with(&|i| i.result = None), OnsiteError::NoResult);
        assert_eq!(
            with(&|i| i.auditors = "a\u{7}b".into()),
            OnsiteError::Text(TypedTextError::ControlChar { field: "auditors" })
        );
        assert_eq!(
            with(&|i| i.findings = "あ".repeat(MAX_TEXT_CHARS + 1)),
            OnsiteError::Text(TypedTextError::TooLong { field: "findings", max: MAX_TEXT_CHARS })
        );
    }

    #[test]
    fn rules_out_of_bounds_are_refused() {
        assert_eq!(
            check_rules(OnsiteRules { rotation_years: 0, visits_per_year: 3 }),
            Err(OnsiteError::RotationYears(0))
        );
        assert_eq!(
            check_rules(OnsiteRules { rotation_years: 5, visits_per_year: 0 }),
            Err(OnsiteError::VisitsPerYear(0))
        );
        assert!(check_rules(OnsiteRules::default()).is_ok());
    }
}
