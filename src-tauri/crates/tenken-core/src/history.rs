//! An item's 変更履歴 as a person reads it: the audit log's events about one
//! answer, with their JSON values read back into answers and review marks,
//! so the window shows 実施 → 一部実施 and the plan, never raw JSON.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::answer::Answer;
use crate::audit::Event;
use crate::review::Review;

/// A value before or after a change, read back from the log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "value")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum ChangeValue {
    /// An answer with its comment, reason and plan.
    Answer(Answer),
    /// The auditor's mark.
    Review(Review),
    /// A 証跡ファイル attached (after) or taken off (before).
    Evidence(crate::evidence::EvidenceFile),
}

/// One change of an item, ready to be shown.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ItemChange {
    /// The event's place in the log.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub seq: u64,
    /// RFC 3339 time of the change, as recorded.
    pub at: String,
    /// `auditor`, `section`, `local` (no role chosen) or `system`.
    pub role: String,
    /// The first two groups of the key fingerprint (`3F2A-91C0`): enough to
    /// tell terminals apart when reading, short enough for a list.
    pub key: Option<String>,
    /// `answer.save`, `review.set`, …
    pub action: String,
    pub before: Option<ChangeValue>,
    pub after: Option<ChangeValue>,
}

/// The start of a fingerprint shown in lists: its first two groups.
pub fn short_key(fingerprint: &str) -> String {
    let groups: Vec<&str> = fingerprint.split('-').take(2).collect();
    if groups.len() == 2 { groups.join("-") } else { fingerprint.chars().take(9).collect() }
}

/// The text an `answer.save` event keeps of an answer: only the fields in
/// which it differs from [`Answer::empty`], and no item id (the event's
/// subject names the item). At ward scale the answers' saves are most of the
/// log, and this is about half the size of the whole answer. Measured against
/// `Answer::empty` rather than a list of fields, so a field `Answer` gains is
/// kept without anyone having to remember this place.
pub fn logged_answer(a: &Answer) -> Option<String> {
    let Value::Object(mut fields) = serde_json::to_value(a).ok()? else { return None };
    let Value::Object(empty) = serde_json::to_value(Answer::empty(a.item_id.as_str())).ok()? else { return None };
    fields.retain(|name, value| name != "item_id" && empty.get(name) != Some(value));
    serde_json::to_string(&fields).ok()
}

/// An answer read back from an `answer.save` event about `subject`
/// (`2026/3010/toshima-5-a`): the compact form laid over an empty answer to
/// the subject's item, or (logs written before the compact form) the whole
/// answer with its own item id. Anything that is not an answer then reads as
/// none.
fn answer_from_log(subject: &str, json: &str) -> Option<Answer> {
    let Value::Object(logged) = serde_json::from_str(json).ok()? else { return None };
    let item_id = subject.rsplit('/').next().unwrap_or_default();
    let Value::Object(mut whole) = serde_json::to_value(Answer::empty(item_id)).ok()? else { return None };
    whole.extend(logged);
    serde_json::from_value(Value::Object(whole)).ok()
}

fn value_of(action: &str, subject: &str, json: Option<&str>) -> Option<ChangeValue> {
    let json = json?;
    match action {
        "answer.save" => answer_from_log(subject, json).map(ChangeValue::Answer),
        "review.set" => serde_json::from_str(json).ok().map(ChangeValue::Review),
        "evidence.add" | "evidence.remove" => serde_json::from_str(json).ok().map(ChangeValue::Evidence),
        _ => None,
    }
}

/// The changes of one item, newest first, from the log's events about it.
/// A value the log holds in a form this version does not read is left out
/// (the change itself is still listed).
pub fn item_history(events: &[Event]) -> Vec<ItemChange> {
    events
        .iter()
        .rev()
        .map(|e| ItemChange {
            seq: e.seq,
            at: e.body.at.clone(),
            role: e.body.actor.role.clone(),
            key: e.body.actor.key.as_deref().map(short_key),
            action: e.body.action.clone(),
            before: value_of(&e.body.action, &e.body.subject, e.body.before.as_deref()),
            after: value_of(&e.body.action, &e.body.subject, e.body.after.as_deref()),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answer::AnswerValue;
    use crate::audit::{Actor, EventBody, append};
    use crate::review::ReviewMark;

    fn event(prev: Option<&Event>, action: &str, before: Option<String>, after: Option<String>) -> Event {
        append(
            prev,
            EventBody {
                at: "2026-11-23T10:00:00+09:00".into(),
                actor: Actor { role: "section".into(), key: Some("3F2A-91C0-5B7E-D104-8C3A-0F12-9E44-A7B1".into()) },
                action: action.into(),
                subject: "2026/3010/toshima-5-a".into(),
                before,
                after,
            },
        )
    }

    #[test]
    fn the_log_reads_back_as_answers_and_marks_newest_first() {
        let yes = Answer {
            item_id: "toshima-5-a".into(),
            value: Some(AnswerValue::Yes),
            comment: "全端末".into(),
            na_reason: String::new(),
            plan: None,
            unconfirmed: false,
            evidence: String::new(),
        };
        let partial = Answer { value: Some(AnswerValue::Partial), ..yes.clone() };
        let review =
            Review { mark: ReviewMark::Finding, comment: "証跡なし".into(), grade: None, respond_by: None };
        let e1 = event(None, "answer.save", None, serde_json::to_string(&yes).ok());
        let e2 =
            event(Some(&e1), "answer.save", serde_json::to_string(&yes).ok(), serde_json::to_string(&partial).ok());
        let e3 = event(Some(&e2), "review.set", None, serde_json::to_string(&review).ok());
        let e4 = event(Some(&e3), "answer.save", Some("not json".into()), None);
        let h = item_history(&[e1, e2, e3, e4]);
        assert_eq!(h.iter().map(|c| c.seq).collect::<Vec<_>>(), [4, 3, 2, 1]);
        assert_eq!(h[2].before, Some(ChangeValue::Answer(yes)));
        assert_eq!(h[2].after, Some(ChangeValue::Answer(partial)));
        assert_eq!(h[1].after, Some(ChangeValue::Review(review)));
        assert_eq!((h[0].before.as_ref(), h[0].after.as_ref()), (None, None), "unreadable values are left out");
        assert_eq!(h[0].key.as_deref(), Some("3F2A-91C0"));
        assert_eq!(h[0].role, "section");
    }

    #[test]
    fn the_log_keeps_an_answer_compact_and_reads_it_back_whole() {
        let empty = Answer::empty("toshima-5-a");
        let full = Answer {
            value: Some(AnswerValue::No),
            comment: "𠮷田が確認".into(),
            na_reason: String::new(),
            plan: Some(crate::answer::ImprovementPlan {
                action: "手順書を改める".into(),
                owner: Some("庶務係".into()),
                due: chrono::NaiveDate::from_ymd_opt(2027, 3, 31).unwrap_or_default(),
            }),
            unconfirmed: true,
            evidence: "キャビネットA".into(),
            ..empty.clone()
        };
        let carried = Answer { value: Some(AnswerValue::Yes), unconfirmed: true, ..empty.clone() };
        assert_eq!(logged_answer(&empty).as_deref(), Some("{}"));
        // Only the fields that differ from an empty answer, in whatever order.
        let carried_logged: Value =
            serde_json::from_str(&logged_answer(&carried).unwrap_or_default()).unwrap_or_default();
        assert_eq!(carried_logged, serde_json::json!({"value": "yes", "unconfirmed": true}));
        for a in [&empty, &full, &carried] {
            let compact = logged_answer(a).unwrap_or_default();
            let whole = serde_json::to_string(a).unwrap_or_default();
            assert!(compact.len() < whole.len(), "{compact} / {whole}");
            let e = event(None, "answer.save", None, Some(compact));
            assert_eq!(item_history(&[e])[0].after, Some(ChangeValue::Answer(a.clone())));
            // A log written before the compact form holds the whole answer; it reads the same.
            let e = event(None, "answer.save", Some(whole), None);
            assert_eq!(item_history(&[e])[0].before, Some(ChangeValue::Answer(a.clone())));
        }
    }

    #[test]
    fn a_logged_answer_the_reader_cannot_trust_is_left_out_and_the_change_still_listed() {
        let one = |subject: &str, json: &str| {
            let mut e = event(None, "answer.save", None, Some(json.to_owned()));
            e.body.subject = subject.to_owned();
            item_history(&[e]).remove(0)
        };
        for bad in [r#"{"value":"maybe"}"#, r#"{"item_id":5}"#, r#"{"unconfirmed":"yes"}"#, "not json", ""] {
            let change = one("2026/3010/toshima-5-a", bad);
            assert_eq!((change.action.as_str(), change.after), ("answer.save", None), "{bad}");
        }
        // A subject without a section and year still names its item.
        let Some(ChangeValue::Answer(a)) = one("toshima-5-a", r#"{"value":"yes"}"#).after else {
            panic!("a readable answer was left out");
        };
        assert_eq!((a.item_id.as_str(), a.value), ("toshima-5-a", Some(AnswerValue::Yes)));
    }

    #[test]
    fn keys_are_shortened_to_two_groups() {
        assert_eq!(short_key("3F2A-91C0-5B7E-D104"), "3F2A-91C0");
        assert_eq!(short_key("abcdef0123456789"), "abcdef012");
    }
}
