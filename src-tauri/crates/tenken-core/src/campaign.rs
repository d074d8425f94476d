//! 点検 — one fiscal year's inspection: each section's state, its progress,
//! and the rules for submitting (提出) and reopening (差戻し).

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::answer::{AnswerMap, AnswerValue, CountedAnswers, Mark};
use crate::attribute::Scope;
use crate::message::{Describe, Message};
use crate::questionnaire::{Item, Questionnaire};

/// Where a section is in the campaign.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum SectionState {
    /// Being answered (or not yet started).
    Draft,
    /// Submitted; answers are locked.
    Submitted,
    /// Sent back by the auditor with a reason; editable again.
    Reopened,
}

impl SectionState {
    /// The code stored in the database and shown in JSON.
    pub fn code(self) -> &'static str {
        match self {
            SectionState::Draft => "draft",
            SectionState::Submitted => "submitted",
            SectionState::Reopened => "reopened",
        }
    }

    /// Reads the stored code.
    pub fn from_code(s: &str) -> Option<SectionState> {
        [SectionState::Draft, SectionState::Submitted, SectionState::Reopened].into_iter().find(|v| v.code() == s)
    }

    /// Whether answers may change.
    pub fn editable(self) -> bool {
        !matches!(self, SectionState::Submitted)
    }
}

/// Why an item blocks submission.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum MissingReason {
    /// No answer yet.
    Unanswered,
    /// Carried over from last year and not re-checked.
    Unconfirmed,
    /// A 重点項目 answered 実施している without its 証跡の所在, in a
    /// campaign that asks for one.
    NoEvidence,
    /// Last year's plan or 指摘 on this item (of last year's checklist)
    /// has no 措置状況 yet.
    FollowUp,
}

/// One item that still needs work before the section can submit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Missing {
    pub item_id: String,
    pub clause: String,
    pub reason: MissingReason,
}

/// A section's progress through its applicable items.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Progress {
    /// Items the section has to answer (its tiers and attributes apply).
    pub applicable: u32,
    /// Of those, answered and confirmed.
    pub answered: u32,
    /// Of those, carried over and not yet re-checked.
    pub unconfirmed: u32,
    /// Items set to 該当なし automatically because of the section's tiers or attributes.
    pub auto_na: u32,
}

/// The status board's view: not started, in progress, submitted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Phase {
    NotStarted,
    InProgress,
    Submitted,
}

impl Progress {
    /// Counts a section's answers against the items that apply to its tiers.
    pub fn of(q: &Questionnaire, scope: Scope<'_>, answers: &dyn CountedAnswers) -> Progress {
        let mut p = Progress::default();
        for (index, (_, item)) in q.items().enumerate() {
            p.count(item, scope, answers.mark(index, item));
        }
        p
    }

    /// Adds one item's mark, if the item is asked of the section.
    fn count(&mut self, item: &Item, scope: Scope<'_>, mark: Mark) {
        if !item.asked_of(scope) {
            return;
        }
        if !item.applies_to(scope) {
            self.auto_na += 1;
            return;
        }
        self.applicable += 1;
        match mark {
            Mark { value: Some(_), unconfirmed: true } => self.unconfirmed += 1,
            Mark { value: Some(_), unconfirmed: false } => self.answered += 1,
            Mark { value: None, .. } => {}
        }
    }

    /// The same count over some of the items (one clause, say).
    pub fn of_items<'a>(items: impl IntoIterator<Item = &'a Item>, scope: Scope<'_>, answers: &AnswerMap) -> Progress {
        let mut p = Progress::default();
        for item in items {
            p.count(item, scope, Mark::of(answers.get(&item.id)));
        }
        p
    }

    /// How the progress board groups the section.
    pub fn phase(&self, state: SectionState) -> Phase {
        match state {
            SectionState::Submitted => Phase::Submitted,
            // Carried-over drafts nobody has looked at yet are not a start.
            _ if self.answered == 0 => Phase::NotStarted,
            _ => Phase::InProgress,
        }
    }
}

/// A section's progress within one clause of the checklist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ClauseProgress {
    pub clause: String,
    pub title: String,
    pub title_en: Option<String>,
    pub progress: Progress,
}

/// Progress clause by clause, in checklist order (the section's overview).
pub fn progress_by_clause(q: &Questionnaire, scope: Scope<'_>, answers: &AnswerMap) -> Vec<ClauseProgress> {
    q.sections
        .iter()
        .map(|s| ClauseProgress {
            clause: s.clause.clone(),
            title: s.title.clone(),
            title_en: s.title_en.clone(),
            progress: Progress::of_items(&s.items, scope, answers),
        })
        .collect()
}

/// The items that keep a section from submitting, in checklist order.
/// With `evidence_required` (a campaign setting), a 重点項目 answered
/// 実施している also needs its 証跡の所在.
pub fn missing_for_submit(
    q: &Questionnaire,
    scope: Scope<'_>,
    answers: &AnswerMap,
    evidence_required: bool,
) -> Vec<Missing> {
    q.items()
        .filter(|(_, item)| item.applies_to(scope))
        .filter_map(|(section, item)| {
            let reason = match answers.get(&item.id) {
                Some(a) if a.value.is_some() && a.unconfirmed => MissingReason::Unconfirmed,
                Some(a)
                    if evidence_required
                        && item.priority
                        && a.value == Some(AnswerValue::Yes)
                        && a.evidence.trim().is_empty() =>
                {
                    MissingReason::NoEvidence
                }
                Some(a) if a.value.is_some() => return None,
                _ => MissingReason::Unanswered,
            };
            Some(Missing { item_id: item.id.clone(), clause: section.clause.clone(), reason })
        })
        .collect()
}

/// Why a state change was refused.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum StateError {
    #[error("the section has already submitted")]
    AlreadySubmitted,
    #[error("{} items are not ready", .0.len())]
    Incomplete(Vec<Missing>),
    #[error("only a submitted section can be reopened")]
    NotSubmitted,
    #[error("reopening needs a reason")]
    ReasonRequired,
    #[error("the reason contains a control character")]
    ReasonControlChar,
    #[error("answers of a submitted section are locked")]
    Locked,
}

impl Describe for StateError {
    fn message(&self) -> Message {
        match self {
            StateError::AlreadySubmitted => Message::new("state-already-submitted"),
            StateError::Incomplete(missing) => {
                let unconfirmed = missing.iter().filter(|m| m.reason == MissingReason::Unconfirmed).count();
                let evidence = missing.iter().filter(|m| m.reason == MissingReason::NoEvidence).count();
                Message::new("state-incomplete")
                    .arg("count", missing.len())
                    .arg("unconfirmed", unconfirmed)
                    .arg("evidence", evidence)
                    .arg("first", missing.first().map(|m| m.item_id.clone()).unwrap_or_default())
            }
            StateError::NotSubmitted => Message::new("state-not-submitted"),
            StateError::ReasonRequired => Message::new("state-reason-required"),
            StateError::ReasonControlChar => Message::new("state-reason-control-char"),
            StateError::Locked => Message::new("state-locked"),
        }
    }
}

/// 提出: allowed from a draft or a reopened section with nothing missing.
pub fn submit(state: SectionState, missing: Vec<Missing>) -> Result<SectionState, StateError> {
    if state == SectionState::Submitted {
        return Err(StateError::AlreadySubmitted);
    }
    if !missing.is_empty() {
        return Err(StateError::Incomplete(missing));
    }
    Ok(SectionState::Submitted)
}

/// 差戻し: the auditor sends a submitted section back, always with a reason.
pub fn reopen(state: SectionState, reason: &str) -> Result<SectionState, StateError> {
    if state != SectionState::Submitted {
        return Err(StateError::NotSubmitted);
    }
    if reason.trim().is_empty() {
        return Err(StateError::ReasonRequired);
    }
    if crate::text::forbidden_char(reason, true).is_some() {
        return Err(StateError::ReasonControlChar);
    }
    Ok(SectionState::Reopened)
}

/// Answers may change only while the section is not submitted.
pub fn ensure_editable(state: SectionState) -> Result<(), StateError> {
    if state.editable() { Ok(()) } else { Err(StateError::Locked) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answer::{AnswerValue, answered, carry_over};
    use crate::questionnaire::{SAMPLE_TOML, parse_questionnaire};
    use crate::tier::Tier;

    #[test]
    fn progress_counts_only_items_of_the_sections_tiers() {
        let q = parse_questionnaire(SAMPLE_TOML).unwrap();
        let answers: AnswerMap = [answered("s-6-1-a", AnswerValue::Yes)].into_iter().collect();
        let p = Progress::of(&q, Scope::tiers(&[Tier::Internet]), &answers);
        assert_eq!(p, Progress { applicable: 1, answered: 1, unconfirmed: 0, auto_na: 2 });
        let p = Progress::of(&q, Scope::tiers(&[Tier::Mynumber]), &answers);
        assert_eq!(p, Progress { applicable: 3, answered: 1, unconfirmed: 0, auto_na: 0 });
        assert_eq!(p.phase(SectionState::Draft), Phase::InProgress);
        assert_eq!(Progress::default().phase(SectionState::Draft), Phase::NotStarted);
    }

    #[test]
    fn submit_lists_unanswered_and_unconfirmed_items() {
        let q = parse_questionnaire(SAMPLE_TOML).unwrap();
        let (id, a) = answered("s-6-3-1-a", AnswerValue::Yes);
        let answers: AnswerMap = [(id, carry_over(&a))].into_iter().collect();
        let missing = missing_for_submit(&q, Scope::tiers(&[Tier::Mynumber]), &answers, false);
        assert_eq!(missing.len(), 3);
        assert_eq!(missing[1].reason, MissingReason::Unconfirmed);
        assert_eq!(missing[1].clause, "6.(3)①");
        assert!(matches!(submit(SectionState::Draft, missing), Err(StateError::Incomplete(m)) if m.len() == 3));
    }

    /// With the campaign asking for it, a 重点項目 (s-6-3-1-a) answered
    /// 実施している needs its 証跡の所在; other answers and items do not.
    #[test]
    fn a_priority_yes_needs_its_evidence_location_when_the_campaign_asks() {
        let q = parse_questionnaire(SAMPLE_TOML).unwrap();
        let scope = Scope::tiers(&[Tier::Mynumber, Tier::Lgwan]);
        let mut answers: AnswerMap =
            ["s-6-1-a", "s-6-3-1-a", "s-6-3-1-b"].into_iter().map(|id| answered(id, AnswerValue::Yes)).collect();
        assert!(missing_for_submit(&q, scope, &answers, false).is_empty());
        let missing = missing_for_submit(&q, scope, &answers, true);
        assert_eq!(missing.len(), 1);
        assert_eq!((missing[0].item_id.as_str(), missing[0].reason), ("s-6-3-1-a", MissingReason::NoEvidence));
        let m = StateError::Incomplete(missing).message();
        assert_eq!(
            m.args.iter().find(|(k, _)| *k == "evidence").map(|(_, v)| format!("{v:?}")),
            Some("Number(1.0)".into())
        );
        // Written (not blank), or the item answered otherwise: nothing missing.
        answers.get_mut("s-6-3-1-a").unwrap().evidence = "端末管理台帳（庶務係）".into();
        assert!(missing_for_submit(&q, scope, &answers, true).is_empty());
        answers.get_mut("s-6-3-1-a").unwrap().evidence = "  ".into();
        assert_eq!(missing_for_submit(&q, scope, &answers, true).len(), 1);
        answers.insert("s-6-3-1-a".into(), answered("s-6-3-1-a", AnswerValue::Na).1);
        assert!(missing_for_submit(&q, scope, &answers, true).is_empty());
    }

    #[test]
    fn progress_by_clause_adds_up_to_the_whole() {
        let q = parse_questionnaire(SAMPLE_TOML).unwrap();
        let answers: AnswerMap = [answered("s-6-3-1-b", AnswerValue::Yes)].into_iter().collect();
        let by = progress_by_clause(&q, Scope::tiers(&[Tier::Lgwan]), &answers);
        assert_eq!(by.len(), 2);
        assert_eq!(by[0].progress, Progress { applicable: 1, answered: 0, unconfirmed: 0, auto_na: 0 });
        assert_eq!(by[1].progress, Progress { applicable: 1, answered: 1, unconfirmed: 0, auto_na: 1 });
        assert_eq!(by[1].clause, "6.(3)①");
        let whole = Progress::of(&q, Scope::tiers(&[Tier::Lgwan]), &answers);
        assert_eq!(whole.applicable, by.iter().map(|c| c.progress.applicable).sum::<u32>());
    }

    #[test]
    fn submission_lifecycle() {
        assert_eq!(submit(SectionState::Draft, vec![]), Ok(SectionState::Submitted));
        assert_eq!(submit(SectionState::Submitted, vec![]), Err(StateError::AlreadySubmitted));
        assert_eq!(ensure_editable(SectionState::Submitted), Err(StateError::Locked));
        assert_eq!(reopen(SectionState::Submitted, "  "), Err(StateError::ReasonRequired));
        assert_eq!(reopen(SectionState::Draft, "x"), Err(StateError::NotSubmitted));
        assert_eq!(reopen(SectionState::Submitted, "計画の期限が不明"), Ok(SectionState::Reopened));
        assert_eq!(reopen(SectionState::Submitted, "期限\u{1b}[2J"), Err(StateError::ReasonControlChar));
        assert_eq!(ensure_editable(SectionState::Reopened), Ok(()));
        assert_eq!(submit(SectionState::Reopened, vec![]), Ok(SectionState::Submitted));
    }
}
