//! `tenken auditor …`, `tenken role …`, and the one door through which every
//! command that changes the database passes ([`Ctx::open_to_change`]).
//!
//! A passphrase never comes from the command line's arguments (other users
//! of the machine can read them). On a terminal it is typed without echo;
//! otherwise what `tenken auditor passphrase` and `tenken role auditor` ask
//! for is read from standard input, one line each, so scripts can pipe it. A
//! change that needs the auditor's passphrase
//! (`tenken_core::role::needs_passphrase`) takes it from `TENKEN_PASSPHRASE`,
//! asks on a terminal, or reads the first line of standard input; without any
//! it is refused, nothing changed, with a message that says how to give it.

use std::io::{BufRead, IsTerminal};

use tenken_core::passphrase::MIN_CHARS;
use tenken_core::role::{Operation, Refusal, Role};
use tenken_store::{Store, StoreError};

use crate::cli::{AuditorCommand, RoleCommand};
use crate::ctx::Ctx;
use crate::error::CliError;

/// The environment variable a script sets to the auditor's passphrase.
pub const PASSPHRASE_ENV: &str = "TENKEN_PASSPHRASE";

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
    /// The passphrase the user gives for this run: `TENKEN_PASSPHRASE`, else
    /// typed without echo on a terminal, else the first line of standard
    /// input (a script's pipe: `echo … | tenken package distribute …`), else
    /// none. Read only when the change needs it, so no other command waits
    /// on standard input.
    fn given_passphrase(&self) -> Result<Option<String>, CliError> {
        match std::env::var(PASSPHRASE_ENV) {
            // An empty variable is a script's mistake, not a passphrase: say how to give one.
            Ok(p) if p.is_empty() => Ok(None),
            Ok(p) => Ok(Some(p)),
            Err(_) => {
                let p = read_passphrase(self, "cli-prompt-passphrase", &[])?;
                Ok(Some(p).filter(|p| !p.is_empty()))
            }
        }
    }

    /// Gives `store` the auditor's passphrase where the core says the change
    /// `op` needs it (`tenken_core::role::needs_passphrase`: every change of a
    /// locked auditor's database, and what a protected section's terminal may
    /// do only with it). Without a passphrase the change is refused here and
    /// says how to give one; a wrong one is refused after the store's wait.
    pub fn unlock_for(&self, store: &mut Store, op: Option<Operation<'_>>) -> Result<(), CliError> {
        if !store.needs_passphrase(op)? {
            return Ok(());
        }
        match self.given_passphrase()? {
            Some(p) => Ok(store.unlock(&p)?),
            None => Err(StoreError::Refused(Refusal::Locked).into()),
        }
    }

    /// Opens the database for a command that changes it as `op` — the one
    /// door every changing command goes through (the list is in the README).
    /// `None`: a change of the terminal's own exchange state, which needs the
    /// passphrase only on a locked auditor's database.
    pub fn open_to_change(&self, op: Option<Operation<'_>>) -> Result<Store, CliError> {
        let mut store = Store::open(&self.db)?;
        self.unlock_for(&mut store, op)?;
        Ok(store)
    }

    /// `tenken role …`: the terminal's role, chosen as in the window's
    /// settings (`Store::choose_role`, the same rules and audit log event).
    pub fn role(&self, command: RoleCommand) -> Result<(), CliError> {
        match command {
            RoleCommand::Show => {
                let mut store = Store::open(&self.db)?;
                let role = store.role()?;
                let protected = store.transaction(|t| t.protected())?;
                let (kind, dept, name) = match &role {
                    None => ("unset", String::new(), String::new()),
                    Some(Role::Auditor) => ("auditor", String::new(), String::new()),
                    Some(Role::Section { dept }) => {
                        let all = store.departments()?;
                        ("section", dept.clone(), tenken_core::department::path_name(&all, dept))
                    }
                };
                crate::output::out(&self.l.text_with(
                    "cli-role-show",
                    &[("role", kind.into()), ("dept", dept.into()), ("name", name.into())],
                ));
                crate::output::out(&self.l.text(if protected { "cli-role-protected" } else { "cli-role-unprotected" }));
            }
            RoleCommand::Auditor => {
                // Where a passphrase is set, coming back to the auditor's role needs it;
                // where none is, becoming the auditor sets one, typed twice (as in the window).
                let mut store = self.open_to_change(Some(Operation::ChangeRole))?;
                if store.transaction(|t| t.protected())? {
                    store.choose_role(&Role::Auditor, None, None)?;
                } else {
                    let new = read_passphrase(self, "cli-prompt-passphrase-new", &[("min", MIN_CHARS.into())])?;
                    let confirmation = read_passphrase(self, "cli-prompt-passphrase-confirm", &[])?;
                    store.choose_role(&Role::Auditor, Some(&new), Some(&confirmation))?;
                }
                crate::output::out(&self.l.text("cli-role-now-auditor"));
            }
            RoleCommand::Section { dept } => {
                let mut store = self.open_to_change(Some(Operation::ChangeRole))?;
                let new = Role::Section { dept: dept.clone() };
                store.choose_role(&new, None, None)?;
                crate::output::out(&self.l.text_with("cli-role-now-section", &[("dept", dept.into())]));
            }
        }
        Ok(())
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
