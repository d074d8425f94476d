//! tenken-store: the SQLite database behind the CLI and the window.
//!
//! The store carries data in and out; the rules are the core's. Each public
//! operation is one transaction, so a crash leaves either the old or the new
//! state, never half of one. Earlier answer values are kept by a trigger
//! (`answer_history`), whatever path changed them.

mod answers;
mod app_view;
mod assessment;
pub mod audit_log;
pub mod auth;
pub mod backup;
mod board;
mod campaigns;
mod checklists;
mod demo;
mod departments;
mod departments_edit;
mod error;
mod evidence;
pub mod exchange;
mod follow_up;
pub mod input;
pub mod keys;
mod onsite;
mod open;
mod report_data;
mod review;
mod schedule;
mod sections;
mod staff;
mod submission;
mod theme;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::Local;
use rusqlite::{Connection, Transaction, TransactionBehavior};
use tenken_core::attribute::Attribute;
use tenken_core::{FiscalYear, Questionnaire, Tier};

pub use answers::ItemAnswer;
pub use app_view::{DrillFilter, DrillRow, SectionOverview};
pub use board::SectionStatus;
pub use campaigns::{CampaignInfo, CampaignOpened};
pub use demo::DemoWritten;
pub use departments::DepartmentImport;
pub use error::{Result, StoreError};
pub use follow_up::FollowUp;
pub use open::{SCHEMA_VERSION, db_path_default, default_db};
pub use review::ReviewRow;
pub use schedule::{BoardDeadlines, CampaignNotice, SectionSignOff};
pub use staff::{SectionStaff, StaffChecklist};
pub use submission::SubmissionEvent;
pub use tenken_core::onsite::OnsiteSelected;

/// An open tenken database.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    questionnaires: HashMap<String, Arc<Questionnaire>>,
    /// This installation's key fingerprint, once derived: every logged
    /// change names it, and deriving the Ed25519 public key each time would
    /// sit on the save path. The key never changes under an open store (a
    /// restored backup keeps this installation's key).
    fingerprint: Option<String>,
    /// Whether the auditor's passphrase was given in this process.
    auth: auth::AuthSession,
    /// Opened by a command that only reads ([`Store::open_to_read`]): its
    /// transactions begin without the write lock, so they never wait for,
    /// nor block, another tenken that writes.
    read_only: bool,
}

/// One operation's view of the database, inside its transaction.
pub struct Tx<'a> {
    tx: Transaction<'a>,
    questionnaires: &'a mut HashMap<String, Arc<Questionnaire>>,
    /// See [`Store`]'s cache of the fingerprint.
    fingerprint: &'a mut Option<String>,
    /// Whether the auditor's passphrase was given (for [`Tx::authorize`]).
    unlocked: bool,
    /// Opened by a command that only reads ([`Store::open_to_read`]): its
    /// views need no passphrase, as the README promises (the file is not
    /// encrypted, so the lock guards changes, not reading).
    reader: bool,
}

/// The current local time as stored (RFC 3339, seconds).
pub(crate) fn now() -> String {
    Local::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, false)
}

/// A stored year read back as the fiscal year it was written from; a row
/// outside tenken's years (edited by hand) is a conversion error, not a panic.
pub(crate) fn fiscal_year_at(row: &rusqlite::Row<'_>, index: usize) -> rusqlite::Result<FiscalYear> {
    let year: i64 = row.get(index)?;
    FiscalYear::new(year)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(index, rusqlite::types::Type::Integer, e.into()))
}

pub(crate) fn tiers_to_text(tiers: &[Tier]) -> String {
    tiers.iter().map(|t| t.code()).collect::<Vec<_>>().join(" ")
}

pub(crate) fn attributes_to_text(attributes: &[Attribute]) -> String {
    attributes.iter().map(|a| a.code()).collect::<Vec<_>>().join(" ")
}

pub(crate) fn attributes_from_text(text: &str) -> Result<Vec<Attribute>> {
    text.split_whitespace()
        .map(|a| a.parse().map_err(|_| StoreError::Corrupt(format!("unknown attribute {a:?}"))))
        .collect()
}

pub(crate) fn tiers_from_text(text: &str) -> Result<Vec<Tier>> {
    text.split_whitespace()
        .map(|t| t.parse().map_err(|()| StoreError::Corrupt(format!("unknown tier {t:?}"))))
        .collect()
}

impl Store {
    /// The file this store reads and writes.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Runs a view that only reads: its transaction begins without the write
    /// lock (deferred), so the window and the read-only commands keep showing
    /// data while another tenken imports or saves, instead of waiting for it.
    /// A view never writes; a write inside one would be refused by SQLite as
    /// busy, never half-made.
    pub fn read<T>(&mut self, f: impl FnOnce(&mut Tx<'_>) -> Result<T>) -> Result<T> {
        self.run(TransactionBehavior::Deferred, f)
    }

    /// Runs `f` as one transaction: all of it is written, or none of it.
    /// Generic over the error so that a caller with errors of its own (the
    /// exchange, a shell writing files inside the transaction) rolls back on
    /// them the same way.
    pub fn transaction<T, E: From<StoreError>>(
        &mut self,
        f: impl FnOnce(&mut Tx<'_>) -> std::result::Result<T, E>,
    ) -> std::result::Result<T, E> {
        let behavior = if self.read_only { TransactionBehavior::Deferred } else { TransactionBehavior::Immediate };
        self.run(behavior, f)
    }

    /// The one place a transaction is begun, handed to `f` and committed.
    fn run<T, E: From<StoreError>>(
        &mut self,
        behavior: TransactionBehavior,
        f: impl FnOnce(&mut Tx<'_>) -> std::result::Result<T, E>,
    ) -> std::result::Result<T, E> {
        let tx = self.conn.transaction_with_behavior(behavior).map_err(StoreError::from)?;
        let mut t = Tx {
            tx,
            questionnaires: &mut self.questionnaires,
            fingerprint: &mut self.fingerprint,
            unlocked: self.auth.unlocked,
            reader: self.read_only,
        };
        let out = f(&mut t)?;
        t.tx.commit().map_err(StoreError::from)?;
        Ok(out)
    }
}

impl Tx<'_> {
    /// The underlying connection, for crates that add their own tables.
    pub fn connection(&self) -> &Connection {
        &self.tx
    }
}

/// A store with the demo ward of 2026 in a temporary folder, and that year,
/// for the unit tests of every entity module.
#[cfg(test)]
pub(crate) fn demo_store() -> (tempfile::TempDir, Store, tenken_core::FiscalYear) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::create(&dir.path().join("t.db")).unwrap();
    let year = tenken_core::FiscalYear::new(2026).unwrap();
    store.write_demo(year).unwrap();
    (dir, store, year)
}
