//! `tenken auditor …` and how the command line gives the auditor's passphrase.
//!
//! A passphrase never comes from the command line's arguments (other users
//! of the machine can read them). On a terminal it is typed without echo;
//! otherwise it is read from standard input, one line each, so scripts can
//! pipe it. Commands that change a protected auditor's database take it from
//! `TENKEN_PASSPHRASE`, or ask on a terminal; without either the store
//! refuses the change and says how to give it.

use std::io::{BufRead, IsTerminal};

use clap::Subcommand;
use tenken_core::passphrase::MIN_CHARS;
use tenken_core::role::Workspace;
use tenken_store::Store;

use crate::commands::Ctx;
use crate::error::CliError;

/// The environment variable a script sets to the auditor's passphrase.
pub const PASSPHRASE_ENV: &str = "TENKEN_PASSPHRASE";

/// `tenken auditor …`.
#[derive(Debug, Subcommand)]
pub enum AuditorCommand {
    /// Sets or changes the auditor's passphrase (read from the terminal or standard input).
    Passphrase,
}

/// Reads one passphrase: without echo on a terminal (the prompt on the
/// terminal too), else one line of standard input.
fn read_passphrase(ctx: &Ctx, prompt_id: &str, args: &[(&str, tenken_core::message::Arg)]) -> Result<String, CliError> {
    let input = if std::io::stdin().is_terminal() {
        rpassword::prompt_password(format!("{} ", ctx.l.text_with(prompt_id, args)))
    } else {
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line).map(|_| line.trim_end_matches(['\n', '\r']).to_owned())
    };
    input.map_err(|e| CliError::PassphraseInput(e.to_string()))
}

impl Ctx {
    /// Opens the database for a command that changes it. A protected
    /// auditor's database is unlocked with `TENKEN_PASSPHRASE` or a passphrase
    /// typed on the terminal; a wrong one is refused after the store's wait.
    pub fn open_to_change(&self) -> Result<Store, CliError> {
        let mut store = Store::open(&self.db)?;
        if store.workspace()? == Workspace::Locked {
            let given = match std::env::var(PASSPHRASE_ENV) {
                Ok(p) => Some(p),
                Err(_) if std::io::stdin().is_terminal() => Some(read_passphrase(self, "cli-prompt-passphrase", &[])?),
                Err(_) => None,
            };
            if let Some(p) = given {
                store.unlock(&p)?;
            }
        }
        Ok(store)
    }

    /// `tenken auditor …`.
    pub fn auditor(&self, command: AuditorCommand) -> Result<(), CliError> {
        match command {
            AuditorCommand::Passphrase => {
                let mut store = Store::open(&self.db)?;
                let protected = store.transaction(|t| t.protected())?;
                let current =
                    if protected { Some(read_passphrase(self, "cli-prompt-passphrase-current", &[])?) } else { None };
                let new = read_passphrase(self, "cli-prompt-passphrase-new", &[("min", MIN_CHARS.into())])?;
                let confirmation = read_passphrase(self, "cli-prompt-passphrase-confirm", &[])?;
                store.set_passphrase(current.as_deref(), &new, &confirmation)?;
                crate::output::out(&self.l.text(if protected {
                    "cli-passphrase-changed"
                } else {
                    "cli-passphrase-set"
                }));
                Ok(())
            }
        }
    }
}
