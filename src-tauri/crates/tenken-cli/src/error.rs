//! The CLI's errors: the store's and the core's, plus reading and writing files.

use std::path::{Path, PathBuf};

use tenken_core::message::{Describe, Message, io_reason};
use tenken_core::questionnaire::QuestionnaireError;
use tenken_core::sheet::SheetError;
use tenken_report::ReportError;
use tenken_store::StoreError;
use thiserror::Error;

/// Why a command failed. Every variant is said through the catalogue.
#[derive(Debug, Error)]
pub enum CliError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Year(#[from] tenken_core::fiscal::YearOutOfRange),
    #[error("cannot read {path}: {source}")]
    Read { path: PathBuf, source: std::io::Error },
    #[error("cannot write {path}: {source}")]
    Write { path: PathBuf, source: std::io::Error },
    #[error("{path} already exists")]
    Exists { path: PathBuf },
    #[error("{path} is not valid text")]
    NotText { path: PathBuf },
    #[error("{path}: {} errors", errors.len())]
    Questionnaire { path: PathBuf, errors: Vec<QuestionnaireError> },
    #[error("{path}: {} errors", errors.len())]
    Sheet { path: PathBuf, errors: Vec<SheetError> },
    #[error("{path}: {detail}")]
    Workbook { path: PathBuf, detail: String },
    #[error("no sheet named {sheet}")]
    NoSuchSheet { path: PathBuf, sheet: String },
    #[error("{0} of the files are not valid")]
    Invalid(usize),
    #[error("no data directory")]
    NoDataDir,
    #[error(transparent)]
    Tampered(tenken_core::audit::Tamper),
    #[error(transparent)]
    Input(#[from] tenken_store::input::InputError),
    #[error(transparent)]
    Lang(#[from] tenken_i18n::UnknownLang),
    #[error(transparent)]
    Report(ReportCmdError),
    #[error(transparent)]
    Exchange(#[from] tenken_store::exchange::ExchangeError),
    #[error(transparent)]
    Key(#[from] tenken_exchange::KeyError),
    #[error("{0} packages were refused")]
    PackagesRefused(usize),
    #[error("the generated ward has nothing to measure")]
    BenchEmpty,
    #[error("no department attribute {0}")]
    UnknownAttribute(String),
    #[error("the passphrase could not be read: {0}")]
    PassphraseInput(String),
}

impl CliError {
    /// A reading error with the file named.
    pub fn read(path: &Path) -> impl FnOnce(std::io::Error) -> CliError + '_ {
        move |source| CliError::Read { path: path.to_owned(), source }
    }

    /// A writing error with the file named.
    pub fn write(path: &Path) -> impl FnOnce(std::io::Error) -> CliError + '_ {
        move |source| CliError::Write { path: path.to_owned(), source }
    }
}

impl Describe for CliError {
    fn message(&self) -> Message {
        let p = |p: &PathBuf| p.display().to_string();
        match self {
            CliError::Store(e) => e.message(),
            CliError::PassphraseInput(detail) => Message::new("cli-error-passphrase-input").arg("detail", detail),
            CliError::Year(e) => e.message(),
            CliError::Read { path, source } => {
                Message::new("cli-error-read").arg("path", p(path)).arg("detail", io_reason(source))
            }
            CliError::Write { path, source } => {
                Message::new("cli-error-write").arg("path", p(path)).arg("detail", io_reason(source))
            }
            CliError::Exists { path } => Message::new("cli-error-exists").arg("path", p(path)),
            CliError::NotText { path } => Message::new("cli-error-not-text").arg("path", p(path)),
            CliError::Questionnaire { path, errors } => {
                Message::new("cli-questionnaire-invalid").arg("path", p(path)).arg("count", errors.len())
            }
            CliError::Sheet { path, errors } => {
                Message::new("cli-sheet-invalid").arg("path", p(path)).arg("count", errors.len())
            }
            CliError::Workbook { path, detail } => {
                Message::new("cli-error-workbook").arg("path", p(path)).arg("detail", detail)
            }
            CliError::NoSuchSheet { path, sheet } => {
                Message::new("cli-error-no-such-sheet").arg("path", p(path)).arg("sheet", sheet)
            }
            CliError::Invalid(n) => Message::new("cli-validate-failed").arg("count", *n),
            CliError::NoDataDir => Message::new("cli-error-no-data-dir"),
            CliError::Tampered(t) => t.message(),
            CliError::Input(e) => e.message(),
            CliError::Lang(e) => Message::new("cli-error-lang").arg("lang", e.0.clone()),
            CliError::Report(e) => e.message(),
            CliError::Exchange(e) => e.message(),
            CliError::Key(e) => e.message(),
            CliError::PackagesRefused(0) => Message::new("pkg-import-none"),
            CliError::PackagesRefused(n) => Message::new("pkg-import-some-refused").arg("count", *n),
            CliError::BenchEmpty => Message::new("bench-error-empty"),
            CliError::UnknownAttribute(a) => Message::new("cli-unknown-attribute").arg("attribute", a),
        }
    }
}

/// Why a report or export command failed beyond the store's own errors.
#[derive(Debug, Error)]
pub enum ReportCmdError {
    #[error(transparent)]
    Report(#[from] ReportError),
    #[error("{path}: unknown format")]
    Format { path: PathBuf, formats: &'static str },
    #[error("cannot write {path}: {source}")]
    Output { path: PathBuf, source: std::io::Error },
}

impl Describe for ReportCmdError {
    fn message(&self) -> Message {
        match self {
            ReportCmdError::Report(e) => e.message(),
            ReportCmdError::Format { path, formats } => {
                Message::new("report-error-format").arg("path", path.display().to_string()).arg("formats", *formats)
            }
            ReportCmdError::Output { path, source } => Message::new("report-error-output")
                .arg("path", path.display().to_string())
                .arg("detail", tenken_core::message::io_reason(source)),
        }
    }
}

impl From<ReportError> for CliError {
    fn from(e: ReportError) -> Self {
        CliError::Report(ReportCmdError::Report(e))
    }
}
