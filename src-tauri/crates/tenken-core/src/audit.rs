//! 監査ログ — the append-only, hash-chained record of every change.
//!
//! Each event names who (role and key fingerprint), when, what, and the
//! values before and after; its hash covers all of that and the hash of the
//! event before it. Verification recomputes the chain and names the first
//! event that was edited, deleted or moved. Pure: the store keeps the rows,
//! this module decides whether they are intact.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use thiserror::Error;

use crate::message::{Describe, Message};

/// The hash the first event points back to.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Who made a change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Actor {
    /// `auditor`, `section`, or `system` (migrations, imports).
    pub role: String,
    /// The fingerprint of the installation's signing key, when it has one.
    pub key: Option<String>,
}

/// One change, before it is chained.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct EventBody {
    /// RFC 3339 time of the change.
    pub at: String,
    pub actor: Actor,
    /// What happened: `answer.save`, `section.submit`, `section.reopen`,
    /// `review.set`, `department.import`, `campaign.open`, `package.import`, …
    pub action: String,
    /// What it happened to, e.g. `2026/3010/toshima-5-a`.
    pub subject: String,
    /// The value before (JSON), if there was one.
    pub before: Option<String>,
    /// The value after (JSON), if there is one.
    pub after: Option<String>,
}

/// An event in the chain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Event {
    /// 1, 2, 3, … with no gaps.
    pub seq: u64,
    pub body: EventBody,
    /// The hash of the event before (GENESIS for the first).
    pub prev: String,
    /// SHA-256 over `seq`, `prev` and the body's canonical JSON.
    pub hash: String,
}

fn hash_of(seq: u64, prev: &str, body: &EventBody) -> String {
    // Field order is fixed by the struct; serialising strings cannot fail.
    let body = serde_json::to_string(body).unwrap_or_default();
    let mut h = Sha256::new();
    h.update(seq.to_string().as_bytes());
    h.update(b"\n");
    h.update(prev.as_bytes());
    h.update(b"\n");
    h.update(body.as_bytes());
    hex::encode(h.finalize())
}

/// Chains a new event after `last` (or at the start).
pub fn append(last: Option<&Event>, body: EventBody) -> Event {
    let (seq, prev) = last.map_or((1, GENESIS.to_owned()), |e| (e.seq + 1, e.hash.clone()));
    let hash = hash_of(seq, &prev, &body);
    Event { seq, body, prev, hash }
}

/// How the log was tampered with, at the first place it shows.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum Tamper {
    /// The event's content no longer matches its hash.
    #[error("event {0} was edited")]
    Edited(u64),
    /// Events are missing before this one (or at the end, if `seq` is past the last stored).
    #[error("events before {0} were deleted")]
    Deleted(u64),
    /// The event is not where the chain says it belongs.
    #[error("event {0} is out of order")]
    Reordered(u64),
}

impl Describe for Tamper {
    fn message(&self) -> Message {
        match self {
            Tamper::Edited(n) => Message::new("log-tamper-edited").arg("seq", n.to_string()),
            Tamper::Deleted(n) => Message::new("log-tamper-deleted").arg("seq", n.to_string()),
            Tamper::Reordered(n) => Message::new("log-tamper-reordered").arg("seq", n.to_string()),
        }
    }
}

/// Checks a log in stored order. `head` is the (seq, hash) of the newest
/// event as recorded separately when it was appended, so that deleting
/// events from the end is caught too.
pub fn verify(events: &[Event], head: Option<(u64, &str)>) -> Result<(), Tamper> {
    let mut prev = GENESIS.to_owned();
    for (i, e) in events.iter().enumerate() {
        let expected_seq = i as u64 + 1;
        if hash_of(e.seq, &e.prev, &e.body) != e.hash {
            return Err(Tamper::Edited(e.seq));
        }
        if e.seq != expected_seq {
            // Another event standing here is a move if the expected one is
            // still somewhere in the log, a deletion otherwise.
            let moved = events.iter().any(|o| o.seq == expected_seq);
            return Err(if moved { Tamper::Reordered(e.seq) } else { Tamper::Deleted(expected_seq) });
        }
        if e.prev != prev {
            // In place and intact itself, but the event before is not the one
            // it was chained to: that one was rewritten, hash and all.
            return Err(Tamper::Edited(e.seq - 1));
        }
        prev = e.hash.clone();
    }
    if let Some((seq, hash)) = head {
        let last = events.last();
        if last.map_or(0, |e| e.seq) < seq {
            return Err(Tamper::Deleted(last.map_or(1, |e| e.seq + 1)));
        }
        if last.is_some_and(|e| e.seq == seq && e.hash != hash) {
            return Err(Tamper::Edited(seq));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(n: u32) -> EventBody {
        EventBody {
            at: format!("2026-11-23T10:00:{n:02}+09:00"),
            actor: Actor { role: "section".into(), key: Some("ab12".into()) },
            action: "answer.save".into(),
            subject: format!("2026/3010/toshima-5-{n}"),
            before: None,
            after: Some(format!("{{\"value\":\"yes\",\"n\":{n}}}")),
        }
    }

    fn log(n: u32) -> Vec<Event> {
        let mut out: Vec<Event> = Vec::new();
        for i in 1..=n {
            let e = append(out.last(), body(i));
            out.push(e);
        }
        out
    }

    fn head(events: &[Event]) -> Option<(u64, &str)> {
        events.last().map(|e| (e.seq, e.hash.as_str()))
    }

    #[test]
    fn an_intact_log_verifies() {
        let l = log(5);
        assert_eq!(verify(&l, head(&l)), Ok(()));
        assert_eq!(verify(&[], None), Ok(()));
        assert_eq!(l[0].prev, GENESIS);
        assert_eq!(l[3].prev, l[2].hash);
    }

    #[test]
    fn every_kind_of_tampering_is_named() {
        let good = log(5);
        let h = (good[4].seq, good[4].hash.clone());
        let head = Some((h.0, h.1.as_str()));

        let mut edited = good.clone();
        edited[2].body.after = Some("{\"value\":\"no\"}".into());
        assert_eq!(verify(&edited, head), Err(Tamper::Edited(3)));

        let mut rehashed = edited.clone();
        rehashed[2].hash = hash_of(3, &rehashed[2].prev, &rehashed[2].body);
        assert_eq!(verify(&rehashed, head), Err(Tamper::Edited(3)), "the next event no longer points at it");

        let mut deleted = good.clone();
        deleted.remove(1);
        assert_eq!(verify(&deleted, head), Err(Tamper::Deleted(2)));

        let mut reordered = good.clone();
        reordered.swap(1, 2);
        assert_eq!(verify(&reordered, head), Err(Tamper::Reordered(3)));

        let mut truncated = good.clone();
        truncated.pop();
        assert_eq!(verify(&truncated, head), Err(Tamper::Deleted(5)));
    }
}
