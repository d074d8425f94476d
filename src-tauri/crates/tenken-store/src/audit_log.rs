//! Writing and reading the audit log (監査ログ). The chain itself — hashing
//! and verification — is `tenken_core::audit`; this module only stores it.

use rusqlite::{OptionalExtension, params};
use serde::Serialize;
use tenken_core::FiscalYear;
use tenken_core::audit::{self, Actor, Event, EventBody, Tamper};
use tenken_core::history::ItemChange;
use tenken_exchange::SentLogEvent;

use crate::{Result, Store, Tx, now};

/// The settings key holding the newest event's `seq hash`, written with every
/// append, so that deleting events from the end of the log is detected.
const HEAD_KEY: &str = "audit_head";

fn event_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Event> {
    Ok(Event {
        seq: u64::try_from(r.get::<_, i64>(0)?).unwrap_or(0),
        body: EventBody {
            at: r.get(1)?,
            actor: Actor { role: r.get(2)?, key: r.get(3)? },
            action: r.get(4)?,
            subject: r.get(5)?,
            before: r.get(6)?,
            after: r.get(7)?,
        },
        prev: r.get(8)?,
        hash: r.get(9)?,
    })
}

const COLUMNS: &str = "seq, at, role, key, action, subject, before, after, prev, hash";

/// The subject of an item's events: `2026/3010/toshima-5-a`.
pub fn item_subject(year: FiscalYear, dept: &str, item: &str) -> String {
    format!("{}/{dept}/{item}", year.year())
}

/// Serialises a value for the log's `before` / `after` columns.
pub fn json<T: Serialize>(value: &T) -> Option<String> {
    serde_json::to_string(value).ok()
}

impl Tx<'_> {
    /// Who is acting on this installation: its role (the store's, see `auth.rs`)
    /// and key fingerprint.
    fn actor(&mut self) -> Result<Actor> {
        let role = tenken_core::role::actor_role(self.role()?.as_ref()).to_owned();
        if self.fingerprint.is_none() {
            *self.fingerprint = self.installation_key().ok().map(|k| k.public().fingerprint().to_string());
        }
        Ok(Actor { role, key: self.fingerprint.clone() })
    }

    /// Appends one event, in the caller's transaction (so the change and its
    /// record are written together or not at all).
    pub fn record(
        &mut self,
        action: &str,
        subject: &str,
        before: Option<String>,
        after: Option<String>,
    ) -> Result<Event> {
        let actor = self.actor()?;
        self.record_as(actor, now(), action, subject, before, after)
    }

    /// Appends an event made elsewhere (e.g. on a section's terminal, carried in
    /// its response package), keeping its own actor and time.
    pub fn record_as(
        &mut self,
        actor: Actor,
        at: String,
        action: &str,
        subject: &str,
        before: Option<String>,
        after: Option<String>,
    ) -> Result<Event> {
        let last = self.last_event()?;
        let body = EventBody { at, actor, action: action.to_owned(), subject: subject.to_owned(), before, after };
        let e = audit::append(last.as_ref(), body);
        self.insert_event(&e)?;
        self.set_setting(HEAD_KEY, &format!("{} {}", e.seq, e.hash))?;
        Ok(e)
    }

    fn insert_event(&mut self, e: &Event) -> Result<()> {
        self.connection()
            .prepare_cached(&format!(
                "INSERT INTO audit_log ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"
            ))?
            .execute(params![
                i64::try_from(e.seq).unwrap_or(i64::MAX),
                e.body.at,
                e.body.actor.role,
                e.body.actor.key,
                e.body.action,
                e.body.subject,
                e.body.before,
                e.body.after,
                e.prev,
                e.hash
            ])?;
        Ok(())
    }

    /// Appends the events a section's terminal made about its own section,
    /// carried in its response package, each once: only those numbered after
    /// the last one taken from that terminal (`key`, the package's verified
    /// signer) for that section. Who made them is that terminal; when is the
    /// time it recorded. Returns how many were added.
    pub fn record_terminal_log(&mut self, year: i32, dept: &str, key: &str, log: &[SentLogEvent]) -> Result<usize> {
        let taken: u64 = self
            .connection()
            .query_row(
                "SELECT last_seq FROM log_received WHERE year = ?1 AND dept = ?2 AND key = ?3",
                params![year, dept, key],
                |r| r.get::<_, i64>(0),
            )
            .optional()?
            .map_or(0, |n| u64::try_from(n).unwrap_or(0));
        let mut last = self.last_event()?;
        let mut added = 0;
        let mut newest = taken;
        for sent in log.iter().filter(|e| e.seq > taken) {
            let body = EventBody {
                at: sent.at.clone(),
                actor: Actor { role: "section".to_owned(), key: Some(key.to_owned()) },
                action: sent.action.clone(),
                subject: sent.subject.clone(),
                before: sent.before.clone(),
                after: sent.after.clone(),
            };
            let e = audit::append(last.as_ref(), body);
            self.insert_event(&e)?;
            newest = newest.max(sent.seq);
            last = Some(e);
            added += 1;
        }
        if added > 0 {
            if let Some(e) = &last {
                self.set_setting(HEAD_KEY, &format!("{} {}", e.seq, e.hash))?;
            }
            self.connection().execute(
                "INSERT INTO log_received (year, dept, key, last_seq) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (year, dept, key) DO UPDATE SET last_seq = excluded.last_seq",
                params![year, dept, key, i64::try_from(newest).unwrap_or(i64::MAX)],
            )?;
        }
        Ok(added)
    }

    /// This terminal's own events about one section, to carry in its
    /// response package (the actions a section's terminal makes).
    pub fn section_log(&mut self, year: FiscalYear, dept: &str) -> Result<Vec<SentLogEvent>> {
        let own = format!("{year}/{dept}");
        // `/` + 1 is `0`: the range holds exactly the subjects under `own/`.
        let (from, to) = (format!("{own}/"), format!("{own}0"));
        let mut stmt = self.connection().prepare_cached(&format!(
            "SELECT {COLUMNS} FROM audit_log WHERE (subject = ?1 OR (subject >= ?2 AND subject < ?3)) ORDER BY seq"
        ))?;
        let events = stmt.query_map(params![own, from, to], event_from_row)?.collect::<rusqlite::Result<Vec<_>>>()?;
        drop(stmt);
        let me = self.installation_key()?.public().fingerprint().to_string();
        let mut out = Vec::new();
        for e in events {
            // Only what this terminal did itself: events taken from another
            // terminal's package are that terminal's to send.
            if !tenken_exchange::LOGGED_ACTIONS.contains(&e.body.action.as_str())
                || e.body.actor.key.as_deref() != Some(me.as_str())
            {
                continue;
            }
            out.push(SentLogEvent {
                seq: e.seq,
                at: e.body.at,
                action: e.body.action,
                subject: e.body.subject,
                before: e.body.before,
                after: e.body.after,
            });
        }
        Ok(out)
    }

    fn last_event(&mut self) -> Result<Option<Event>> {
        Ok(self
            .connection()
            .prepare_cached(&format!("SELECT {COLUMNS} FROM audit_log ORDER BY seq DESC LIMIT 1"))?
            .query_row([], event_from_row)
            .optional()?)
    }

    /// The whole log in stored order (by row), as verification needs it.
    pub fn events(&mut self) -> Result<Vec<Event>> {
        let mut stmt = self.connection().prepare(&format!("SELECT {COLUMNS} FROM audit_log ORDER BY rowid"))?;
        let rows = stmt.query_map([], event_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The events about one subject (e.g. an item's history), oldest first.
    pub fn events_about(&mut self, subject: &str) -> Result<Vec<Event>> {
        let mut stmt = self
            .connection()
            .prepare_cached(&format!("SELECT {COLUMNS} FROM audit_log WHERE subject = ?1 ORDER BY seq"))?;
        let rows = stmt.query_map([subject], event_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Recomputes the chain; `Ok(n)` is the number of intact events.
    pub fn verify_log(&mut self) -> Result<std::result::Result<usize, Tamper>> {
        let events = self.events()?;
        let head = self.setting(HEAD_KEY)?;
        let head = head.as_deref().and_then(|h| h.split_once(' ')).and_then(|(s, h)| Some((s.parse().ok()?, h)));
        Ok(audit::verify(&events, head).map(|()| events.len()))
    }
}

impl Store {
    /// See [`Tx::events`].
    pub fn events(&mut self) -> Result<Vec<Event>> {
        self.read(|t| t.events())
    }

    /// See [`Tx::events_about`].
    pub fn events_about(&mut self, subject: &str) -> Result<Vec<Event>> {
        self.read(|t| t.events_about(subject))
    }

    /// One item's 変更履歴, newest first, with values read back
    /// (`tenken_core::history`): the events whose subject is `year/dept/item`.
    pub fn item_history(&mut self, year: FiscalYear, dept: &str, item: &str) -> Result<Vec<ItemChange>> {
        let events = self.events_about(&item_subject(year, dept, item))?;
        Ok(tenken_core::history::item_history(&events))
    }

    /// See [`Tx::verify_log`].
    pub fn verify_log(&mut self) -> Result<std::result::Result<usize, Tamper>> {
        self.read(|t| t.verify_log())
    }
}
