//! 回答 — a section's answer to one item, and the rules it must follow.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::fiscal::FiscalYear;
use crate::message::{Describe, Message};
use crate::text::{TypedTextError, check_typed};

/// The longest text accepted in a comment, reason or plan. Long enough for a
/// real explanation, short enough that a pasted document is caught.
pub const MAX_TEXT_CHARS: usize = 4000;

/// How many years after the end of the campaign's fiscal year a plan's due
/// date may lie. Further than that is a typo (9999-12-31 printed as 令和7981年),
/// not a plan.
pub const MAX_DUE_YEARS_AFTER: u32 = 5;

/// The due dates a plan may have in `year`: from the fiscal year's first day
/// to [`MAX_DUE_YEARS_AFTER`] years after its last.
pub fn due_range(year: FiscalYear) -> (NaiveDate, NaiveDate) {
    let end = year.end();
    let latest = end.with_year(end.year() + MAX_DUE_YEARS_AFTER as i32).unwrap_or(end);
    (year.start(), latest)
}

/// The answer scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum AnswerValue {
    /// 実施している — counts 1.
    Yes,
    /// 一部実施 — counts 0.5; needs an improvement plan.
    Partial,
    /// 実施していない — counts 0; needs an improvement plan.
    No,
    /// 該当なし — excluded from the rate; needs a reason.
    Na,
}

impl AnswerValue {
    /// Every value, in the order a form lists them (and keys 1–4 choose them).
    pub const ALL: [AnswerValue; 4] = [AnswerValue::Yes, AnswerValue::Partial, AnswerValue::No, AnswerValue::Na];

    /// The code used in files and on the command line.
    pub fn code(self) -> &'static str {
        match self {
            AnswerValue::Yes => "yes",
            AnswerValue::Partial => "partial",
            AnswerValue::No => "no",
            AnswerValue::Na => "na",
        }
    }

    /// Parses the code written on the command line or in a file.
    pub fn from_code(s: &str) -> Option<AnswerValue> {
        AnswerValue::ALL.into_iter().find(|v| v.code() == s.trim())
    }

    /// Points towards the rate; `None` for 該当なし, which is left out.
    pub fn score(self) -> Option<f64> {
        match self {
            AnswerValue::Yes => Some(1.0),
            AnswerValue::Partial => Some(0.5),
            AnswerValue::No => Some(0.0),
            AnswerValue::Na => None,
        }
    }

    /// Whether this answer asks for an improvement plan.
    pub fn needs_plan(self) -> bool {
        matches!(self, AnswerValue::Partial | AnswerValue::No)
    }
}

/// 改善計画 — what will be done, by whom, by when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ImprovementPlan {
    pub action: String,
    pub owner: Option<String>,
    pub due: NaiveDate,
}

/// A section's answers by item id. Summing up a ward means tens of thousands
/// of lookups by item: foldhash (seeded per process, as the standard hasher
/// is) instead of SipHash makes them a fraction of the cost.
pub type AnswerMap = std::collections::HashMap<String, Answer, foldhash::fast::RandomState>;

/// An answer as counting sees it: its value, and whether it still waits to be
/// re-checked. Absent and valueless answers look the same here, as they count
/// the same (unanswered).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Mark {
    pub value: Option<AnswerValue>,
    pub unconfirmed: bool,
}

impl Mark {
    /// The mark of a stored answer, or of none.
    pub fn of(answer: Option<&Answer>) -> Mark {
        answer.map(|a| Mark { value: a.value, unconfirmed: a.unconfirmed }).unwrap_or_default()
    }

    /// The value that counts: none while the answer is unconfirmed.
    pub fn counted(self) -> Option<AnswerValue> {
        if self.unconfirmed { None } else { self.value }
    }
}

/// A section's answers as the counting (progress, 集計) reads them, item by
/// item in [`Questionnaire::items`](crate::questionnaire::Questionnaire::items)
/// order. Both the full [`AnswerMap`] and the bare [`Marks`] of a whole
/// ward's consolidation answer it, so one counting serves both.
pub trait CountedAnswers {
    /// The mark of `item`, the checklist's `index`-th item.
    fn mark(&self, index: usize, item: &crate::questionnaire::Item) -> Mark;
}

impl CountedAnswers for AnswerMap {
    fn mark(&self, _index: usize, item: &crate::questionnaire::Item) -> Mark {
        Mark::of(self.get(&item.id))
    }
}

/// One section's marks, one per item of the checklist in order: what the
/// consolidation of a ward reads instead of whole answers (no text, no key
/// per answer, no lookup by id).
pub type Marks = Vec<Mark>;

impl CountedAnswers for Marks {
    fn mark(&self, index: usize, _item: &crate::questionnaire::Item) -> Mark {
        self.get(index).copied().unwrap_or_default()
    }
}

/// A section's stored answer to one item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Answer {
    pub item_id: String,
    /// `None` while the item is still unanswered (a draft with only a comment).
    pub value: Option<AnswerValue>,
    pub comment: String,
    /// Why the item does not apply (for `na`).
    pub na_reason: String,
    pub plan: Option<ImprovementPlan>,
    /// 未確認: carried over from last year and not yet re-checked.
    pub unconfirmed: bool,
    /// 証跡の所在: which document shows it and where it is kept, so the
    /// auditor can ask for it by name. Absent from packages when empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub evidence: String,
}

impl Answer {
    /// No answer to `item_id`: what an item a section has not touched holds,
    /// and what an answer the section took back is blanked to (never deleted,
    /// so the old value stays in its history).
    pub fn empty(item_id: impl Into<String>) -> Self {
        Self {
            item_id: item_id.into(),
            value: None,
            comment: String::new(),
            na_reason: String::new(),
            plan: None,
            unconfirmed: false,
            evidence: String::new(),
        }
    }
}

/// What a person entered for one item, before the rules are applied.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct AnswerInput {
    pub value: Option<AnswerValue>,
    pub comment: Option<String>,
    pub na_reason: Option<String>,
    pub plan_action: Option<String>,
    pub plan_owner: Option<String>,
    /// As typed: `2027-03-31` or `2027/3/31`.
    pub plan_due: Option<String>,
    /// 証跡の所在 as typed.
    #[serde(default)]
    pub evidence: Option<String>,
}

/// Why an answer cannot be saved.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum AnswerError {
    #[error("該当なし needs a reason")]
    NaNeedsReason,
    #[error("{0:?} needs an improvement plan")]
    NeedsPlan(AnswerValue),
    #[error("{0:?} needs a due date for its plan")]
    NeedsDue(AnswerValue),
    #[error("{0:?} is not a date")]
    BadDate(String),
    #[error("due date {due} is outside {earliest}..={latest}")]
    DueOutOfRange { due: NaiveDate, earliest: NaiveDate, latest: NaiveDate },
    #[error(transparent)]
    Text(#[from] TypedTextError),
}

impl Describe for AnswerError {
    fn message(&self) -> Message {
        match self {
            AnswerError::NaNeedsReason => Message::new("answer-na-needs-reason"),
            AnswerError::NeedsPlan(v) => Message::new("answer-needs-plan").arg("value", v.code()),
            AnswerError::NeedsDue(v) => Message::new("answer-needs-due").arg("value", v.code()),
            AnswerError::BadDate(s) => Message::new("answer-bad-date").arg("date", s),
            AnswerError::DueOutOfRange { due, earliest, latest } => Message::new("answer-due-out-of-range")
                .arg("due", *due)
                .arg("earliest", *earliest)
                .arg("latest", *latest),
            AnswerError::Text(e) => e.message("answer-too-long", "answer-control-char"),
        }
    }
}

/// Reads a date as a clerk types it: `2027-03-31`, `2027/3/31`, in 和暦
/// (`令和9年3月31日`, `R9.3.31`), or with full-width digits.
pub fn parse_date(s: &str) -> Result<NaiveDate, AnswerError> {
    let ascii: String = s
        .trim()
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            '／' => '/',
            '－' | 'ー' => '-',
            '．' => '.',
            'Ｒ' => 'R',
            'Ｈ' => 'H',
            c => c,
        })
        .collect();
    NaiveDate::parse_from_str(&ascii, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(&ascii, "%Y/%m/%d"))
        .ok()
        .or_else(|| crate::fiscal::parse_wareki(&ascii))
        .ok_or_else(|| AnswerError::BadDate(s.to_owned()))
}

/// One text field: trimmed, not too long, and only characters a person types
/// (line breaks and tabs everywhere but the one-line owner).
fn text(field: &'static str, s: Option<&str>) -> Result<String, AnswerError> {
    let s = s.map(str::trim).unwrap_or("");
    check_typed(field, s, MAX_TEXT_CHARS, field != "owner")?;
    Ok(s.to_owned())
}

/// Applies the answer rules and gives the record to store.
///
/// `na` needs a reason; `partial` and `no` need a plan with a due date in
/// [`due_range`] of the campaign's fiscal year. Saving confirms a carried-over
/// answer, so the result is never 未確認.
pub fn check_answer(item_id: &str, input: &AnswerInput, year: FiscalYear) -> Result<Answer, AnswerError> {
    let comment = text("comment", input.comment.as_deref())?;
    let na_reason = text("reason", input.na_reason.as_deref())?;
    let action = text("plan", input.plan_action.as_deref())?;
    let owner = text("owner", input.plan_owner.as_deref())?;
    let evidence = text("evidence", input.evidence.as_deref())?;
    let due = match input.plan_due.as_deref().map(str::trim) {
        Some(s) if !s.is_empty() => Some(parse_date(s)?),
        _ => None,
    };
    let (earliest, latest) = due_range(year);
    if let Some(due) = due
        && !(earliest..=latest).contains(&due)
    {
        return Err(AnswerError::DueOutOfRange { due, earliest, latest });
    }
    if input.value == Some(AnswerValue::Na) && na_reason.is_empty() {
        return Err(AnswerError::NaNeedsReason);
    }
    if let Some(v) = input.value.filter(|v| v.needs_plan()) {
        if action.is_empty() {
            return Err(AnswerError::NeedsPlan(v));
        }
        if due.is_none() {
            return Err(AnswerError::NeedsDue(v));
        }
    }
    let plan = match (action.is_empty(), due) {
        (false, Some(due)) => Some(ImprovementPlan { action, owner: (!owner.is_empty()).then_some(owner), due }),
        _ => None,
    };
    Ok(Answer {
        item_id: item_id.to_owned(),
        value: input.value,
        comment,
        na_reason,
        plan,
        unconfirmed: false,
        evidence,
    })
}

/// Last year's answer offered as this year's draft: same content, marked 未確認
/// so it cannot be submitted until someone has looked at it again.
pub fn carry_over(previous: &Answer) -> Answer {
    Answer { unconfirmed: true, ..previous.clone() }
}

/// A confirmed answer without comment or plan, keyed by its item (for tests of the core).
#[cfg(test)]
pub(crate) fn answered(id: &str, value: AnswerValue) -> (String, Answer) {
    let a = Answer {
        item_id: id.into(),
        value: Some(value),
        comment: String::new(),
        na_reason: String::new(),
        plan: None,
        unconfirmed: false,
        evidence: String::new(),
    };
    (id.to_owned(), a)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fy() -> FiscalYear {
        FiscalYear::new(2026).unwrap()
    }

    fn input(value: AnswerValue) -> AnswerInput {
        AnswerInput { value: Some(value), ..Default::default() }
    }

    #[test]
    fn yes_needs_nothing_more() {
        let a = check_answer("x", &input(AnswerValue::Yes), fy()).unwrap();
        assert_eq!(a.value, Some(AnswerValue::Yes));
        assert!(!a.unconfirmed);
    }

    #[test]
    fn na_needs_a_reason() {
        assert_eq!(check_answer("x", &input(AnswerValue::Na), fy()), Err(AnswerError::NaNeedsReason));
        let blank = AnswerInput { na_reason: Some("  ".into()), ..input(AnswerValue::Na) };
        assert_eq!(check_answer("x", &blank, fy()), Err(AnswerError::NaNeedsReason));
        let ok = AnswerInput { na_reason: Some("窓口業務なし".into()), ..input(AnswerValue::Na) };
        assert_eq!(check_answer("x", &ok, fy()).unwrap().na_reason, "窓口業務なし");
    }

    #[test]
    fn partial_and_no_need_a_plan_with_a_due_date_inside_or_after_the_year() {
        assert_eq!(check_answer("x", &input(AnswerValue::No), fy()), Err(AnswerError::NeedsPlan(AnswerValue::No)));
        let no_due = AnswerInput { plan_action: Some("研修を実施".into()), ..input(AnswerValue::Partial) };
        assert_eq!(check_answer("x", &no_due, fy()), Err(AnswerError::NeedsDue(AnswerValue::Partial)));
        let bad = AnswerInput { plan_due: Some("2027-02-30".into()), ..no_due.clone() };
        assert_eq!(check_answer("x", &bad, fy()), Err(AnswerError::BadDate("2027-02-30".into())));
        let early = AnswerInput { plan_due: Some("2026-03-31".into()), ..no_due.clone() };
        let range = |due: &str| AnswerError::DueOutOfRange {
            due: parse_date(due).unwrap(),
            earliest: NaiveDate::from_ymd_opt(2026, 4, 1).unwrap(),
            latest: NaiveDate::from_ymd_opt(2032, 3, 31).unwrap(),
        };
        assert_eq!(check_answer("x", &early, fy()), Err(range("2026-03-31")));
        let far = AnswerInput { plan_due: Some("9999-12-31".into()), ..no_due.clone() };
        assert_eq!(check_answer("x", &far, fy()), Err(range("9999-12-31")));
        let just_after = AnswerInput { plan_due: Some("2032-04-01".into()), ..no_due.clone() };
        assert_eq!(check_answer("x", &just_after, fy()), Err(range("2032-04-01")));
        let last_day = AnswerInput { plan_due: Some("2032-03-31".into()), ..no_due.clone() };
        assert!(check_answer("x", &last_day, fy()).is_ok());
        let ok = AnswerInput {
            plan_due: Some("２０２７／３／３１".into()), plan_owner: Some("係長".into()), ..no_due
        };
        let plan = check_answer("x", &ok, fy()).unwrap().plan.unwrap();
        assert_eq!(plan.due, NaiveDate::from_ymd_opt(2027, 3, 31).unwrap());
        assert_eq!(plan.owner.as_deref(), Some("係長"));
    }

    #[test]
    fn overlong_text_is_refused() {
        let long = AnswerInput { comment: Some("あ".repeat(MAX_TEXT_CHARS + 1)), ..input(AnswerValue::Yes) };
        assert_eq!(
            check_answer("x", &long, fy()),
            Err(AnswerError::Text(TypedTextError::TooLong { field: "comment", max: MAX_TEXT_CHARS }))
        );
    }

    #[test]
    fn terminal_controls_are_refused_but_a_comment_may_run_over_lines() {
        let esc = AnswerInput { comment: Some("済\u{1b}[2J".into()), ..input(AnswerValue::Yes) };
        assert_eq!(
            check_answer("x", &esc, fy()),
            Err(AnswerError::Text(TypedTextError::ControlChar { field: "comment" }))
        );
        let bidi = AnswerInput { na_reason: Some("窓口\u{202E}なし".into()), ..input(AnswerValue::Na) };
        assert_eq!(
            check_answer("x", &bidi, fy()),
            Err(AnswerError::Text(TypedTextError::ControlChar { field: "reason" }))
        );
        let owner = AnswerInput { plan_owner: Some("係長\n課長".into()), ..input(AnswerValue::Yes) };
        assert_eq!(
            check_answer("x", &owner, fy()),
            Err(AnswerError::Text(TypedTextError::ControlChar { field: "owner" }))
        );
        let lines = AnswerInput { comment: Some("一行目\r\n二行目\tです".into()), ..input(AnswerValue::Yes) };
        assert_eq!(check_answer("x", &lines, fy()).unwrap().comment, "一行目\r\n二行目\tです");
    }

    #[test]
    fn carried_over_answers_are_unconfirmed_drafts() {
        let last = check_answer("x", &input(AnswerValue::Yes), FiscalYear::new(2025).unwrap()).unwrap();
        let draft = carry_over(&last);
        assert!(draft.unconfirmed);
        assert_eq!(draft.value, last.value);
    }

    #[test]
    fn scores_follow_the_scale() {
        assert_eq!(AnswerValue::Partial.score(), Some(0.5));
        assert_eq!(AnswerValue::Na.score(), None);
        assert_eq!(AnswerValue::from_code("partial"), Some(AnswerValue::Partial));
        assert_eq!(AnswerValue::from_code("maybe"), None);
    }
}
