//! Checklists as stored: each under the hash of its content, parsed once per
//! store and kept, and the one a campaign asks. Campaigns, sections, answers
//! and the staff self-check all read their items from here, so it is its own
//! place, below them: it asks nothing of theirs (a campaign's row only names
//! the hash of its checklist).

use std::sync::Arc;

use rusqlite::{OptionalExtension, params};
use tenken_core::{FiscalYear, Questionnaire};

use crate::{Result, Store, StoreError, Tx, now};

impl Store {
    /// The checklist a campaign asks.
    pub fn questionnaire(&mut self, year: FiscalYear) -> Result<Arc<Questionnaire>> {
        self.read(|t| t.questionnaire(year))
    }
}

impl Tx<'_> {
    /// Stores a checklist under its hash (once).
    pub fn store_questionnaire(&mut self, q: &Questionnaire, source: &str) -> Result<String> {
        let hash = q.hash();
        self.tx.execute(
            "INSERT OR IGNORE INTO questionnaires (hash, qid, title, content, source, added_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![hash, q.meta.id, q.meta.title, q.canonical_json(), source, now()],
        )?;
        Ok(hash)
    }

    /// See [`Store::questionnaire`]. Parsed once per store and kept.
    pub fn questionnaire(&mut self, year: FiscalYear) -> Result<Arc<Questionnaire>> {
        let hash: String = self
            .tx
            .prepare_cached("SELECT questionnaire FROM campaigns WHERE year = ?1")?
            .query_row([year.year()], |r| r.get(0))
            .optional()?
            .ok_or(StoreError::UnknownCampaign(year))?;
        self.questionnaire_by_hash(&hash)
    }

    /// A stored checklist by its hash, parsed once per store and kept.
    pub(crate) fn questionnaire_by_hash(&mut self, hash: &str) -> Result<Arc<Questionnaire>> {
        let hash = hash.to_owned();
        if let Some(q) = self.questionnaires.get(&hash) {
            return Ok(Arc::clone(q));
        }
        let content: String =
            self.tx.query_row("SELECT content FROM questionnaires WHERE hash = ?1", [&hash], |r| r.get(0))?;
        let q: Questionnaire = serde_json::from_str(&content).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        if q.hash() != hash {
            return Err(StoreError::Corrupt(format!("questionnaire {hash} does not match its content")));
        }
        let q = Arc::new(q);
        self.questionnaires.insert(hash, Arc::clone(&q));
        Ok(q)
    }
}
