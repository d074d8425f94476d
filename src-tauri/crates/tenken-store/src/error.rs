//! What can go wrong in the store, in words a clerk can act on.

use std::path::PathBuf;

use tenken_core::FiscalYear;
use tenken_core::answer::AnswerError;
use tenken_core::campaign::StateError;
use tenken_core::department::DepartmentError;
use tenken_core::fiscal::YearOutOfRange;
use tenken_core::message::{Describe, Message};
use thiserror::Error;

/// Every error of the store. Domain refusals are wrapped unchanged so their
/// message stays the core's.
#[derive(Debug, Error)]
pub enum StoreError {
    #[error("no database at {0}")]
    NotFound(PathBuf),
    #[error("{0} is not an SQLite database")]
    NotADatabase(PathBuf),
    #[error("{0} is an SQLite database of another program")]
    NotTenken(PathBuf),
    #[error("database schema {found} is newer than this program ({supported})")]
    TooNew { found: i64, supported: i64 },
    #[error("{0} is a folder, not a database file")]
    IsFolder(PathBuf),
    #[error("{0} is read-only")]
    ReadOnlyFile(PathBuf),
    #[error("the folder of {0} is read-only")]
    ReadOnlyFolder(PathBuf),
    #[error("the database is in use by another program")]
    Busy,
    #[error("the disk is full")]
    Full,
    #[error("the disk could not be written")]
    WriteFailed,
    #[error(transparent)]
    Input(#[from] crate::input::InputError),
    #[error("there is already a database at {0}")]
    AlreadyExists(PathBuf),
    #[error("the database already holds data")]
    NotEmpty,
    #[error("unknown department {0}")]
    UnknownDepartment(String),
    #[error("key {fingerprint} is already trusted for department {other}, not only {code}")]
    KeyPinnedElsewhere { code: String, other: String, fingerprint: String },
    #[error("{code} does not take part in campaign {year}")]
    NotInCampaign { code: String, year: FiscalYear },
    #[error("no campaign has been opened")]
    NoCampaign,
    #[error("no campaign for fiscal year {0}")]
    UnknownCampaign(FiscalYear),
    #[error("a campaign for fiscal year {0} already exists")]
    CampaignExists(FiscalYear),
    #[error("no earlier campaign to carry answers over from")]
    NothingToCarryOver,
    #[error("{0} is a staff self-check, not a section checklist")]
    StaffChecklist(String),
    #[error("no sections: import departments first")]
    NoSections,
    #[error("unknown item {0}")]
    UnknownItem(String),
    #[error("item {item} does not apply to {code}")]
    ItemNotApplicable { item: String, code: String },
    #[error(transparent)]
    Answer(#[from] AnswerError),
    #[error(transparent)]
    Evidence(#[from] tenken_core::evidence::EvidenceError),
    #[error(transparent)]
    Staff(#[from] tenken_core::staff::StaffError),
    #[error("{} mistakes in the staff CSV", .0.len())]
    StaffCsv(Vec<tenken_core::staff::StaffCsvError>),
    #[error("item {item} has no evidence file {name}")]
    EvidenceNotFound { item: String, name: String },
    #[error(transparent)]
    State(#[from] StateError),
    #[error(transparent)]
    Settings(#[from] tenken_core::schedule::SettingsError),
    #[error(transparent)]
    SignOff(#[from] tenken_core::schedule::SignOffError),
    #[error(transparent)]
    Review(#[from] tenken_core::review::ReviewError),
    #[error(transparent)]
    FollowUp(#[from] tenken_core::follow_up::FollowUpError),
    #[error(transparent)]
    Onsite(#[from] tenken_core::onsite::OnsiteError),
    #[error(transparent)]
    GradeName(#[from] tenken_core::review::GradeNameError),
    #[error(transparent)]
    Departments(#[from] DepartmentError),
    #[error(transparent)]
    DepartmentEdit(#[from] tenken_core::department_edit::DepartmentEditError),
    #[error(transparent)]
    Assessment(#[from] tenken_core::assessment::AssessmentError),
    #[error(transparent)]
    Theme(#[from] tenken_core::theme::ThemeError),
    #[error(transparent)]
    Year(#[from] YearOutOfRange),
    #[error(transparent)]
    Refused(#[from] tenken_core::role::Refusal),
    #[error(transparent)]
    Passphrase(#[from] tenken_core::passphrase::PassphraseError),
    #[error("the passphrase could not be hashed: {0}")]
    Crypto(String),
    #[error("stored data is damaged: {0}")]
    Corrupt(String),
    #[error("cannot read or write {path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("database error: {0}")]
    Sqlite(rusqlite::Error),
    #[error("schema migration failed: {0}")]
    Migration(rusqlite_migration::Error),
}

/// SQLite's refusals a person can act on get their own variant: another
/// tenken holding the write lock ([`StoreError::Busy`]), a full disk
/// ([`StoreError::Full`]); the rest stay SQLite's.
impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode;
        match e.sqlite_error_code() {
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => StoreError::Busy,
            Some(ErrorCode::DiskFull) => StoreError::Full,
            // SQLite says "disk I/O error" when a write, a flush or the growth
            // of its `-shm` index fails: a disk full to the last byte, a file
            // size limit, a failing medium.
            Some(ErrorCode::SystemIoFailure)
                if matches!(&e, rusqlite::Error::SqliteFailure(f, _)
                if [
                    rusqlite::ffi::SQLITE_IOERR_WRITE,
                    rusqlite::ffi::SQLITE_IOERR_FSYNC,
                    rusqlite::ffi::SQLITE_IOERR_TRUNCATE,
                    rusqlite::ffi::SQLITE_IOERR_SHMSIZE,
                ]
                .contains(&f.extended_code)) =>
            {
                StoreError::WriteFailed
            }
            _ => StoreError::Sqlite(e),
        }
    }
}

/// A migration stopped by a full disk or another tenken is said as that.
impl From<rusqlite_migration::Error> for StoreError {
    fn from(e: rusqlite_migration::Error) -> Self {
        match e {
            rusqlite_migration::Error::RusqliteError { err, query } => match StoreError::from(err) {
                StoreError::Sqlite(err) => {
                    StoreError::Migration(rusqlite_migration::Error::RusqliteError { query, err })
                }
                said => said,
            },
            other => StoreError::Migration(other),
        }
    }
}

/// Shorthand for the store's results.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;

impl Describe for StoreError {
    fn message(&self) -> Message {
        let path = |p: &PathBuf| p.display().to_string();
        match self {
            StoreError::NotFound(p) => Message::new("store-not-found").arg("path", path(p)),
            StoreError::NotADatabase(p) => Message::new("store-not-a-database").arg("path", path(p)),
            StoreError::NotTenken(p) => Message::new("store-not-tenken").arg("path", path(p)),
            StoreError::TooNew { found, supported } => {
                Message::new("store-too-new").arg("found", *found).arg("supported", *supported)
            }
            StoreError::IsFolder(p) => Message::new("store-is-folder").arg("path", path(p)),
            StoreError::ReadOnlyFile(p) => Message::new("store-read-only-file").arg("path", path(p)),
            StoreError::ReadOnlyFolder(p) => Message::new("store-read-only-folder").arg("path", path(p)),
            StoreError::Busy => Message::new("store-busy"),
            StoreError::Full => Message::new("store-full"),
            StoreError::WriteFailed => Message::new("store-write-failed"),
            StoreError::Input(e) => e.message(),
            StoreError::AlreadyExists(p) => Message::new("store-already-exists").arg("path", path(p)),
            StoreError::NotEmpty => Message::new("store-not-empty"),
            StoreError::UnknownDepartment(c) => Message::new("store-unknown-department").arg("code", c),
            StoreError::KeyPinnedElsewhere { code, other, fingerprint } => Message::new("store-key-pinned-elsewhere")
                .arg("code", code)
                .arg("other", other)
                .arg("fingerprint", fingerprint),
            StoreError::NotInCampaign { code, year } => {
                Message::new("store-not-in-campaign").arg("code", code).arg("year", *year)
            }
            StoreError::NoCampaign => Message::new("store-no-campaign"),
            StoreError::UnknownCampaign(y) => Message::new("store-unknown-campaign").arg("year", *y),
            StoreError::CampaignExists(y) => Message::new("store-campaign-exists").arg("year", *y),
            StoreError::NothingToCarryOver => Message::new("store-nothing-to-carry-over"),
            StoreError::StaffChecklist(id) => Message::new("store-staff-checklist").arg("id", id),
            StoreError::NoSections => Message::new("store-no-sections"),
            StoreError::UnknownItem(i) => Message::new("store-unknown-item").arg("item", i),
            StoreError::ItemNotApplicable { item, code } => {
                Message::new("store-item-not-applicable").arg("item", item).arg("code", code)
            }
            StoreError::Answer(e) => e.message(),
            StoreError::Evidence(e) => e.message(),
            StoreError::Staff(e) => e.message(),
            StoreError::StaffCsv(errors) => {
                let first = errors.first().map(|e| e.message()).unwrap_or_else(|| Message::new("staff-csv-not-text"));
                Message::new("staff-csv-errors").arg("count", errors.len()).arg("first", first)
            }
            StoreError::EvidenceNotFound { item, name } => {
                Message::new("evidence-not-found").arg("item", item).arg("name", name)
            }
            StoreError::State(e) => e.message(),
            StoreError::Settings(e) => e.message(),
            StoreError::SignOff(e) => e.message(),
            StoreError::Review(e) => e.message(),
            StoreError::FollowUp(e) => e.message(),
            StoreError::Onsite(e) => e.message(),
            StoreError::GradeName(e) => e.message(),
            StoreError::Departments(e) => e.message(),
            StoreError::DepartmentEdit(e) => e.message(),
            StoreError::Assessment(e) => e.message(),
            StoreError::Theme(e) => e.message(),
            StoreError::Year(e) => e.message(),
            StoreError::Refused(e) => e.message(),
            StoreError::Passphrase(e) => e.message(),
            StoreError::Crypto(d) => Message::new("store-crypto").arg("detail", d),
            StoreError::Corrupt(d) => Message::new("store-corrupt").arg("detail", d),
            StoreError::Io { path: p, source } if crate::input::io_reason(source) == "full" => {
                Message::new("store-disk-full").arg("path", path(p))
            }
            StoreError::Io { path: p, source } => {
                Message::new("store-io").arg("path", path(p)).arg("detail", tenken_core::message::io_reason(source))
            }
            StoreError::Sqlite(e) => Message::new("store-sqlite").arg("detail", e.to_string()),
            StoreError::Migration(e) => Message::new("store-migration").arg("detail", e.to_string()),
        }
    }
}
