//! What every command gets: the language and the database path, and the
//! few helpers every command group shares (saying a message, naming a year
//! or a date, reading a checklist, reporting an error). The command groups
//! are `impl Ctx` blocks in their own modules; this one imports none of them.

use std::path::{Path, PathBuf};

use tenken_core::campaign::StateError;
use tenken_core::questionnaire::{Questionnaire, parse_questionnaire};
use tenken_i18n::Localizer;
use tenken_store::input::{MAX_TEXT, read_input};
use tenken_store::{Store, StoreError};

use crate::error::CliError;
use crate::output;

/// What every command gets: the language and the database path.
pub struct Ctx {
    pub l: Localizer,
    pub db: PathBuf,
}

type Result<T = ()> = std::result::Result<T, CliError>;

pub(crate) fn print_json<T: serde::Serialize>(value: &T) {
    // Serialising our own plain structs cannot fail.
    output::out(&serde_json::to_string_pretty(value).unwrap_or_default());
}

/// Reads a text file as Excel and Notepad save them: UTF-8 (with or without BOM) or Shift_JIS.
pub(crate) fn read_text(path: &Path) -> Result<String> {
    let bytes = read_input(path, MAX_TEXT)?;
    tenken_core::text::decode_text(&bytes).ok_or_else(|| CliError::NotText { path: path.to_owned() })
}

/// Reads and validates a checklist; every error becomes one line `file:line:col: message`.
pub fn load_questionnaire(path: &Path) -> Result<(Questionnaire, String)> {
    let src = read_text(path)?;
    match parse_questionnaire(&src) {
        Ok(q) => Ok((q, src)),
        Err(errors) => Err(CliError::Questionnaire { path: path.to_owned(), errors }),
    }
}

impl Ctx {
    /// Opens the database for a command that only reads it: it works while
    /// another tenken writes (see [`Store::open_to_read`]).
    pub(crate) fn open(&self) -> Result<Store> {
        Ok(Store::open_to_read(&self.db)?)
    }

    pub(crate) fn say(&self, id: &str, args: &[(&str, tenken_core::message::Arg)]) {
        output::out(&self.l.text_with(id, args));
    }

    /// 令和8年11月30日（2026-11-30） / 2026-11-30.
    pub(crate) fn date(&self, d: chrono::NaiveDate) -> String {
        match self.l.lang() {
            tenken_i18n::Lang::Ja => format!("{}（{}）", self.l.date(d), d.format("%Y-%m-%d")),
            tenken_i18n::Lang::En => d.format("%Y-%m-%d").to_string(),
        }
    }

    /// Prints an error to stderr, with every line of a multi-error file.
    pub fn report(&self, e: &CliError) {
        match e {
            CliError::Questionnaire { path, errors } => {
                for err in errors {
                    output::err(&format!("{}:{}:{}: {}", path.display(), err.line, err.col, self.l.describe(err)));
                }
                output::err(&self.l.describe(e));
            }
            CliError::Sheet { path, errors } => {
                for err in errors {
                    output::err(&format!("{}: {}", path.display(), self.l.describe(err)));
                }
                output::err(&self.l.describe(e));
            }
            // The per-item list was printed where it was found.
            CliError::Store(StoreError::State(StateError::Incomplete(_))) => {}
            other => output::err(&self.l.describe(other)),
        }
    }
}
