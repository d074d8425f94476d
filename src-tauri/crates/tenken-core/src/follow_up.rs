//! 措置状況: last year's improvement plans and the auditor's 指摘, followed
//! up the year after.
//!
//! When a campaign carries over, every item of a section that last year had
//! an improvement plan, or a 指摘, comes back to the section as one
//! follow-up row. The section says where it stands — 完了 / 対応中 (with a
//! new date) / 未着手 (with a reason) / 取りやめ (with a reason) — and may add
//! a note. A section cannot submit while a row is unanswered, and a row whose
//! date has passed without 完了 is 期限超過 for the auditor.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::answer::{Answer, ImprovementPlan, MAX_TEXT_CHARS, parse_date};
use crate::message::{Describe, Message};
use crate::review::{Review, ReviewMark};
use crate::text::{TypedTextError, check_typed};

/// What last year left for the section to follow up on one item: its
/// improvement plan, the auditor's 指摘, or both.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct FollowUpSource {
    pub item_id: String,
    /// Last year's fiscal year (the first day's calendar year).
    pub from_year: i32,
    /// The item's clause and words in last year's checklist, so a terminal
    /// that never held that checklist still shows what it was about.
    #[serde(default)]
    pub clause: String,
    #[serde(default)]
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub text_en: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub plan: Option<ImprovementPlan>,
    /// The 指摘 (mark, grade, text, 回答期限); never a mere confirmation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub finding: Option<Review>,
}

impl FollowUpSource {
    /// The date by which last year asked for it: the plan's 期限, else the 指摘's 回答期限.
    pub fn due(&self) -> Option<NaiveDate> {
        self.plan.as_ref().map(|p| p.due).or_else(|| self.finding.as_ref().and_then(|f| f.respond_by))
    }
}

/// Where a follow-up stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum FollowUpState {
    /// 完了: done.
    Done,
    /// 対応中: under way, with a new date.
    InProgress,
    /// 未着手: not started, with the reason.
    NotStarted,
    /// 取りやめ: no longer to be done, with the reason.
    Dropped,
}

impl FollowUpState {
    /// Every state, in the order a form offers them.
    pub const ALL: [FollowUpState; 4] =
        [FollowUpState::Done, FollowUpState::InProgress, FollowUpState::NotStarted, FollowUpState::Dropped];

    /// The code stored and typed on the command line.
    pub fn code(self) -> &'static str {
        match self {
            FollowUpState::Done => "done",
            FollowUpState::InProgress => "in_progress",
            FollowUpState::NotStarted => "not_started",
            FollowUpState::Dropped => "dropped",
        }
    }

    /// Reads a code or the Japanese word (完了, 対応中, 未着手, 取りやめ).
    pub fn parse(s: &str) -> Option<FollowUpState> {
        let s = s.trim();
        FollowUpState::ALL.into_iter().find(|v| {
            v.code() == s
                || match v {
                    FollowUpState::Done => s == "完了",
                    FollowUpState::InProgress => s == "対応中",
                    FollowUpState::NotStarted => s == "未着手",
                    FollowUpState::Dropped => s == "取りやめ" || s == "取止め",
                }
        })
    }

    /// The Fluent id of the state's name.
    pub fn label_id(self) -> &'static str {
        match self {
            FollowUpState::Done => "follow-up-done",
            FollowUpState::InProgress => "follow-up-in-progress",
            FollowUpState::NotStarted => "follow-up-not-started",
            FollowUpState::Dropped => "follow-up-dropped",
        }
    }
}

/// A follow-up as the section entered it (the window's form, the CLI's options).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct FollowUpInput {
    pub state: Option<FollowUpState>,
    /// 対応中's new date as typed (`2027-03-31`, `令和9年3月31日`, `R9.3.31`).
    pub new_due: Option<String>,
    /// Why 未着手 or 取りやめ.
    pub reason: Option<String>,
    pub note: Option<String>,
}

/// A follow-up answer that keeps the rules.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct FollowUpAnswer {
    pub state: FollowUpState,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub new_due: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub reason: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub note: Option<String>,
}

/// Why a follow-up answer was refused.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum FollowUpError {
    #[error("choose where the follow-up stands")]
    NoState,
    #[error("対応中 needs the new date")]
    NeedsDate,
    #[error("{0:?} is not a date")]
    BadDate(String),
    #[error("the new date {0} is before the fiscal year")]
    DateTooEarly(NaiveDate),
    #[error("{0:?} needs a reason")]
    NeedsReason(FollowUpState),
    #[error("only 対応中 has a new date")]
    DateOnlyInProgress,
    #[error(transparent)]
    Text(#[from] TypedTextError),
    #[error("item {0} has no follow-up")]
    NoSuchFollowUp(String),
}

impl Describe for FollowUpError {
    fn message(&self) -> Message {
        match self {
            // `field` names the input a refusal is about, so the window shows it there.
            FollowUpError::NoState => Message::new("follow-up-no-state").arg("field", "state"),
            FollowUpError::NeedsDate => Message::new("follow-up-needs-date").arg("field", "new_due"),
            FollowUpError::BadDate(d) => Message::new("answer-bad-date").arg("date", d).arg("field", "new_due"),
            FollowUpError::DateTooEarly(d) => {
                Message::new("follow-up-date-too-early").arg("date", *d).arg("field", "new_due")
            }
            FollowUpError::NeedsReason(state) => Message::new("follow-up-needs-reason")
                .arg("state", Message::new(state.label_id()))
                .arg("field", "reason"),
            FollowUpError::DateOnlyInProgress => {
                Message::new("follow-up-date-only-in-progress").arg("field", "new_due")
            }
            FollowUpError::Text(e) => e.message("follow-up-too-long", "follow-up-control-char"),
            FollowUpError::NoSuchFollowUp(item) => Message::new("follow-up-no-such").arg("item", item),
        }
    }
}

fn clean(field: &'static str, text: Option<&str>) -> Result<Option<String>, FollowUpError> {
    let Some(t) = text.map(str::trim).filter(|t| !t.is_empty()) else { return Ok(None) };
    check_typed(field, t, MAX_TEXT_CHARS, true)?;
    Ok(Some(t.to_owned()))
}

/// Checks a follow-up answer of the campaign that starts on `year_start`:
/// 対応中 needs a new date within or after that year, 未着手 and 取りやめ a
/// reason; a date goes with 対応中 only.
pub fn check_answer(input: &FollowUpInput, year_start: NaiveDate) -> Result<FollowUpAnswer, FollowUpError> {
    let state = input.state.ok_or(FollowUpError::NoState)?;
    let reason = clean("reason", input.reason.as_deref())?;
    let note = clean("note", input.note.as_deref())?;
    let new_due = match input.new_due.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
        Some(d) => Some(parse_date(d).map_err(|_| FollowUpError::BadDate(d.to_owned()))?),
        None => None,
    };
    match state {
        FollowUpState::InProgress => match new_due {
            None => return Err(FollowUpError::NeedsDate),
            Some(d) if d < year_start => return Err(FollowUpError::DateTooEarly(d)),
            Some(_) => {}
        },
        _ if new_due.is_some() => return Err(FollowUpError::DateOnlyInProgress),
        FollowUpState::NotStarted | FollowUpState::Dropped if reason.is_none() => {
            return Err(FollowUpError::NeedsReason(state));
        }
        _ => {}
    }
    Ok(FollowUpAnswer { state, new_due, reason, note })
}

/// What a section must follow up this year, from last year's answers and
/// the auditor's marks on them (item order as given): every plan of an
/// answer that has one, and every 指摘. Each named by its clause and words
/// in `checklist` (last year's).
pub fn sources<'a>(
    checklist: &crate::Questionnaire,
    from_year: i32,
    answers: impl IntoIterator<Item = &'a Answer>,
    reviews: impl IntoIterator<Item = (&'a str, &'a Review)>,
) -> Vec<FollowUpSource> {
    let mut out: Vec<FollowUpSource> = answers
        .into_iter()
        .filter_map(|a| {
            let plan = a.plan.clone()?;
            Some(FollowUpSource { item_id: a.item_id.clone(), from_year, plan: Some(plan), ..Default::default() })
        })
        .collect();
    for (item, review) in reviews {
        if review.mark != ReviewMark::Finding {
            continue;
        }
        match out.iter_mut().find(|s| s.item_id == item) {
            Some(s) => s.finding = Some(review.clone()),
            None => out.push(FollowUpSource {
                item_id: item.to_owned(),
                from_year,
                finding: Some(review.clone()),
                ..Default::default()
            }),
        }
    }
    for s in &mut out {
        if let Some((section, item)) = checklist.item(&s.item_id) {
            s.clause = section.clause.clone();
            s.text = item.text.clone();
            s.text_en = item.text_en.clone();
        }
    }
    out
}

/// Checks a row a distribution brought: an item id, and texts that keep
/// the same bounds as answers.
pub fn check_source(s: &FollowUpSource) -> Result<(), FollowUpError> {
    if s.item_id.trim().is_empty() || s.item_id.chars().count() > 200 {
        return Err(FollowUpError::NoSuchFollowUp(s.item_id.chars().take(40).collect()));
    }
    let plan = s.plan.as_ref();
    let texts = [Some(s.text.as_str()), plan.map(|p| p.action.as_str()), plan.and_then(|p| p.owner.as_deref())];
    for t in texts.into_iter().flatten() {
        clean("source", Some(t))?;
    }
    if s.plan.is_none() && s.finding.is_none() {
        return Err(FollowUpError::NoSuchFollowUp(s.item_id.clone()));
    }
    Ok(())
}

/// 期限超過: the date asked for (the new one once 対応中) has passed on
/// `today` and the follow-up is neither 完了 nor 取りやめ.
pub fn is_overdue(source: &FollowUpSource, answer: Option<&FollowUpAnswer>, today: NaiveDate) -> bool {
    let due = match answer {
        Some(a) if matches!(a.state, FollowUpState::Done | FollowUpState::Dropped) => return false,
        Some(FollowUpAnswer { new_due: Some(d), .. }) => Some(*d),
        _ => source.due(),
    };
    due.is_some_and(|d| d < today)
}

/// How a section's follow-ups stand, for the board and the report.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct FollowUpCounts {
    pub total: u32,
    pub answered: u32,
    pub done: u32,
    pub overdue: u32,
}

/// Counts a section's follow-ups on `today`.
pub fn counts<'a>(
    rows: impl IntoIterator<Item = (&'a FollowUpSource, Option<&'a FollowUpAnswer>)>,
    today: NaiveDate,
) -> FollowUpCounts {
    let mut c = FollowUpCounts::default();
    for (s, a) in rows {
        c.total += 1;
        c.answered += u32::from(a.is_some());
        c.done += u32::from(a.is_some_and(|a| a.state == FollowUpState::Done));
        c.overdue += u32::from(is_overdue(s, a, today));
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answer::AnswerValue;
    use crate::review::FindingGrade;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn q() -> crate::Questionnaire {
        crate::questionnaire::parse_questionnaire(crate::shipped::TOSHIMA).unwrap()
    }

    fn input(state: FollowUpState) -> FollowUpInput {
        FollowUpInput { state: Some(state), ..Default::default() }
    }

    #[test]
    fn each_state_asks_for_what_it_needs() {
        let start = day("2026-04-01");
        assert_eq!(check_answer(&FollowUpInput::default(), start), Err(FollowUpError::NoState));
        assert_eq!(check_answer(&input(FollowUpState::Done), start).unwrap().state, FollowUpState::Done);
        assert_eq!(check_answer(&input(FollowUpState::InProgress), start), Err(FollowUpError::NeedsDate));
        let mut late = input(FollowUpState::InProgress);
        late.new_due = Some("令和9年３月31日".into());
        assert_eq!(check_answer(&late, start).unwrap().new_due, Some(day("2027-03-31")));
        late.new_due = Some("2025-12-01".into());
        assert_eq!(check_answer(&late, start), Err(FollowUpError::DateTooEarly(day("2025-12-01"))));
        late.new_due = Some("来月".into());
        assert_eq!(check_answer(&late, start), Err(FollowUpError::BadDate("来月".into())));
        assert_eq!(
            check_answer(&input(FollowUpState::NotStarted), start),
            Err(FollowUpError::NeedsReason(FollowUpState::NotStarted))
        );
        let mut dropped = input(FollowUpState::Dropped);
        dropped.reason = Some("  ".into());
        assert_eq!(check_answer(&dropped, start), Err(FollowUpError::NeedsReason(FollowUpState::Dropped)));
        dropped.reason = Some(" 業務を廃止したため ".into());
        assert_eq!(check_answer(&dropped, start).unwrap().reason.as_deref(), Some("業務を廃止したため"));
        dropped.new_due = Some("2027-01-01".into());
        assert_eq!(check_answer(&dropped, start), Err(FollowUpError::DateOnlyInProgress));
        let mut done = input(FollowUpState::Done);
        done.note = Some("記録簿\u{1b}[2J".into());
        assert_eq!(check_answer(&done, start), Err(FollowUpError::Text(TypedTextError::ControlChar { field: "note" })));
    }

    #[test]
    fn the_states_read_their_japanese_names() {
        assert_eq!(FollowUpState::parse("対応中"), Some(FollowUpState::InProgress));
        assert_eq!(FollowUpState::parse(" done "), Some(FollowUpState::Done));
        assert_eq!(FollowUpState::parse("取止め"), Some(FollowUpState::Dropped));
        assert_eq!(FollowUpState::parse("済"), None);
    }

    fn answer(id: &str, value: AnswerValue, due: Option<&str>) -> Answer {
        Answer {
            item_id: id.into(),
            value: Some(value),
            comment: String::new(),
            na_reason: String::new(),
            plan: due.map(|d| ImprovementPlan { action: "手順を定める".into(), owner: None, due: day(d) }),
            unconfirmed: false,
            evidence: String::new(),
        }
    }

    #[test]
    fn plans_and_findings_become_one_row_per_item() {
        let answers = [
            answer("a", AnswerValue::Partial, Some("2026-09-30")),
            answer("b", AnswerValue::Yes, None),
            answer("c", AnswerValue::No, Some("2026-12-31")),
        ];
        let finding = Review {
            mark: ReviewMark::Finding,
            comment: "記録がない".into(),
            grade: Some(FindingGrade::Minor),
            respond_by: Some(day("2026-06-30")),
        };
        let confirmed = Review { mark: ReviewMark::Confirmed, comment: String::new(), grade: None, respond_by: None };
        let reviews = [("c", &finding), ("b", &confirmed), ("d", &finding)];
        let s = sources(&q(), 2025, &answers, reviews.iter().map(|(i, r)| (*i, *r)));
        let ids: Vec<&str> = s.iter().map(|s| s.item_id.as_str()).collect();
        assert_eq!(ids, ["a", "c", "d"], "a plan, a plan with a 指摘, a 指摘 alone; never a confirmation");
        assert!(s[1].plan.is_some() && s[1].finding.is_some());
        assert_eq!(s[1].due(), Some(day("2026-12-31")), "the plan's date comes first");
        assert_eq!(s[2].due(), Some(day("2026-06-30")));
    }

    #[test]
    fn overdue_is_a_passed_date_without_done_or_dropped() {
        let s = sources(&q(), 2025, &[answer("a", AnswerValue::Partial, Some("2026-09-30"))], []);
        let s = &s[0];
        let before = day("2026-09-30");
        let after = day("2026-10-01");
        assert!(!is_overdue(s, None, before));
        assert!(is_overdue(s, None, after));
        let done = FollowUpAnswer { state: FollowUpState::Done, new_due: None, reason: None, note: None };
        assert!(!is_overdue(s, Some(&done), after));
        let moved = FollowUpAnswer {
            state: FollowUpState::InProgress,
            new_due: Some(day("2027-01-31")),
            reason: None,
            note: None,
        };
        assert!(!is_overdue(s, Some(&moved), after), "a new date moves the deadline");
        assert!(is_overdue(s, Some(&moved), day("2027-02-01")));
        let c = counts([(s, None), (s, Some(&done)), (s, Some(&moved))], day("2027-02-01"));
        assert_eq!(c, FollowUpCounts { total: 3, answered: 2, done: 1, overdue: 2 });
    }
}
