//! The terminal's role and the auditor's passphrase, kept in settings.
//!
//! Which operation a role may do is the core's decision
//! (`tenken_core::role::permit`); this module reads what the decision needs
//! — the role, whether a passphrase is set, whether it was given in this
//! session — and every change of the store asks it inside its own
//! transaction, so a refusal leaves the database as it was. The passphrase
//! is kept only as an Argon2id PHC string (algorithm, parameters, random
//! salt and hash); the passphrase itself is never written anywhere.

use argon2::Argon2;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use tenken_core::passphrase::{PassphraseError, check_new, failure_delay};
use tenken_core::role::{self, Operation, Role, Terminal, Workspace};

use crate::audit_log::json;
use crate::{Result, Store, StoreError, Tx};

/// The settings key of the terminal's role (`auditor` / `section`).
pub const KEY_ROLE: &str = "terminal.role";
/// The settings key of the section a section's terminal answers for.
pub const KEY_SECTION: &str = "terminal.section";
/// Where the window kept the role before the store owned it; read when
/// [`KEY_ROLE`] is absent and removed when the role is next written.
const LEGACY_ROLE: &str = "app.role";
/// Where the window kept the section before the store owned it.
const LEGACY_SECTION: &str = "app.section";
/// The settings key of the auditor's passphrase, as an Argon2id PHC string.
const KEY_PASSPHRASE: &str = "auditor.passphrase";

/// This process's state of the auditor's passphrase: given or not, and how
/// many wrong ones came in a row (each makes the next refusal wait longer).
#[derive(Debug, Default)]
pub(crate) struct AuthSession {
    pub(crate) unlocked: bool,
    failures: u32,
}

/// Hashes a passphrase with Argon2id (default parameters, random salt).
fn hash(passphrase: &str) -> Result<String> {
    Argon2::default()
        .hash_password(passphrase.as_bytes())
        .map(|h| h.to_string())
        .map_err(|e| StoreError::Crypto(e.to_string()))
}

/// Whether `passphrase` is the one behind the stored PHC string.
fn verifies(phc: &str, passphrase: &str) -> Result<bool> {
    let parsed = PasswordHash::new(phc).map_err(|e| StoreError::Corrupt(format!("auditor passphrase: {e}")))?;
    Ok(Argon2::default().verify_password(passphrase.as_bytes(), &parsed).is_ok())
}

impl Tx<'_> {
    /// The role chosen for this terminal, if any.
    pub fn role(&mut self) -> Result<Option<Role>> {
        let (code, section) = match self.setting(KEY_ROLE)? {
            Some(code) => (code, self.setting(KEY_SECTION)?),
            None => match self.setting(LEGACY_ROLE)? {
                Some(code) => (code, self.setting(LEGACY_SECTION)?),
                None => return Ok(None),
            },
        };
        Ok(Role::from_parts(&code, section.as_deref()))
    }

    /// Whether an auditor's passphrase is set on this database.
    pub fn protected(&mut self) -> Result<bool> {
        Ok(self.setting(KEY_PASSPHRASE)?.is_some())
    }

    /// Asks the core whether this terminal may do `op`; the error says why not.
    pub fn authorize(&mut self, op: Operation<'_>) -> Result<()> {
        let role = self.role()?;
        // A reading command's view is let through the lock (never another section's data).
        let unlocked = self.unlocked || (self.reader && matches!(op, Operation::View { .. }));
        let terminal = Terminal { role: role.as_ref(), protected: self.protected()?, unlocked };
        Ok(role::permit(&terminal, &op)?)
    }

    /// Where the window stands with this terminal (see [`Workspace`]).
    pub fn workspace(&mut self) -> Result<Workspace> {
        let role = self.role()?;
        let terminal = Terminal { role: role.as_ref(), protected: self.protected()?, unlocked: self.unlocked };
        Ok(role::workspace(&terminal))
    }

    /// This terminal as the core's decisions see it in this transaction.
    fn terminal_parts(&mut self) -> Result<(Option<Role>, bool)> {
        Ok((self.role()?, self.protected()?))
    }

    /// Takes the role that opening `dept`'s distribution gives this terminal
    /// (`tenken_core::role::opening_distribution`): asked inside the
    /// opening's transaction, so a refusal leaves everything as it was, and
    /// recorded in the audit log like a role chosen in the window.
    pub fn take_distribution_role(&mut self, dept: &str) -> Result<()> {
        let (role, protected) = self.terminal_parts()?;
        let terminal = Terminal { role: role.as_ref(), protected, unlocked: self.unlocked };
        let opening = role::opening_distribution(&terminal, dept);
        self.authorize(opening.operation)?;
        if let Some(new) = opening.becomes {
            self.write_role(&new)?;
        }
        Ok(())
    }

    fn write_role(&mut self, new: &Role) -> Result<()> {
        let before = self.role()?;
        // Recorded first, so the actor is the role that made the change.
        self.record("terminal.role", "terminal", before.as_ref().and_then(json), json(new))?;
        self.set_setting(KEY_ROLE, new.code())?;
        match new.section() {
            Some(dept) => self.set_setting(KEY_SECTION, dept)?,
            None => {
                self.connection().execute("DELETE FROM settings WHERE key = ?1", [KEY_SECTION])?;
            }
        }
        self.connection().execute("DELETE FROM settings WHERE key IN (?1, ?2)", [LEGACY_ROLE, LEGACY_SECTION])?;
        tracing::info!(role = new.code(), section = new.section(), "terminal role set");
        Ok(())
    }

    fn write_passphrase(&mut self, passphrase: &str) -> Result<()> {
        let was_set = self.protected()?;
        self.set_setting(KEY_PASSPHRASE, &hash(passphrase)?)?;
        // The log says that it changed, never what it is.
        self.record(if was_set { "passphrase.change" } else { "passphrase.set" }, "auditor", None, None)?;
        tracing::info!("auditor passphrase set");
        Ok(())
    }
}

impl Store {
    /// See [`Tx::role`].
    pub fn role(&mut self) -> Result<Option<Role>> {
        self.read(|t| t.role())
    }

    /// See [`Tx::workspace`].
    pub fn workspace(&mut self) -> Result<Workspace> {
        self.read(|t| t.workspace())
    }

    /// See [`Tx::authorize`]; for shells that gate what they show (a
    /// section's window sees its own section only).
    pub fn authorize(&mut self, op: Operation<'_>) -> Result<()> {
        self.transaction(|t| t.authorize(op))
    }

    /// Whether `op` (see `tenken_core::role::needs_passphrase`) must first be
    /// given the auditor's passphrase; the command line asks for it then.
    pub fn needs_passphrase(&mut self, op: Option<Operation<'_>>) -> Result<bool> {
        self.transaction(|t| {
            let (role, protected) = t.terminal_parts()?;
            let terminal = Terminal { role: role.as_ref(), protected, unlocked: t.unlocked };
            Ok(role::needs_passphrase(&terminal, op.as_ref()))
        })
    }

    /// What opening `dept`'s distribution is permitted as on this terminal
    /// (for the shell, to ask for the passphrase before it opens the package).
    pub fn distribution_operation<'a>(&mut self, dept: &'a str) -> Result<Operation<'a>> {
        self.transaction(|t| {
            let (role, protected) = t.terminal_parts()?;
            let terminal = Terminal { role: role.as_ref(), protected, unlocked: t.unlocked };
            Ok(role::opening_distribution(&terminal, dept).operation)
        })
    }

    /// Refuses while the window must not show a workspace: an auditor's that
    /// is locked or has no passphrase yet.
    pub fn window_open(&mut self) -> Result<()> {
        self.transaction(|t| {
            let role = t.role()?;
            let terminal = Terminal { role: role.as_ref(), protected: t.protected()?, unlocked: t.unlocked };
            Ok(role::window_open(&terminal)?)
        })
    }

    /// Gives the auditor's passphrase for this session. A wrong one is
    /// refused after a wait that grows with each wrong one in a row
    /// (`tenken_core::passphrase::failure_delay`); nothing is written either way.
    pub fn unlock(&mut self, passphrase: &str) -> Result<()> {
        let phc = self.transaction(|t| t.setting(KEY_PASSPHRASE))?.ok_or(PassphraseError::NotSet)?;
        if verifies(&phc, passphrase)? {
            self.auth.unlocked = true;
            self.auth.failures = 0;
            return Ok(());
        }
        self.auth.failures = self.auth.failures.saturating_add(1);
        let wait = failure_delay(self.auth.failures);
        tracing::warn!(failures = self.auth.failures, wait_ms = wait.as_millis() as u64, "wrong auditor passphrase");
        std::thread::sleep(wait);
        Err(PassphraseError::Wrong.into())
    }

    /// Forgets the passphrase given in this session (the window's lock).
    pub fn lock(&mut self) {
        self.auth.unlocked = false;
    }

    /// Chooses what this terminal is for. Where a passphrase is set, changing
    /// the role needs it (`passphrase`); choosing the auditor's role on a
    /// database without one sets it (`passphrase` typed twice: `confirmation`).
    /// The change is recorded in the audit log; choosing the role the terminal
    /// already has changes nothing (unless it still needs its passphrase).
    pub fn choose_role(&mut self, new: &Role, passphrase: Option<&str>, confirmation: Option<&str>) -> Result<()> {
        let unchanged = self.transaction(|t| -> Result<bool> {
            let role = t.role()?;
            let terminal = Terminal { role: role.as_ref(), protected: t.protected()?, unlocked: t.unlocked };
            Ok(role.as_ref() == Some(new) && !role::needs_new_passphrase(&terminal, new))
        })?;
        if unchanged {
            return Ok(());
        }
        let locked = self.transaction(|t| Ok::<_, StoreError>(t.authorize(Operation::ChangeRole).err()))?;
        if let Some(StoreError::Refused(role::Refusal::Locked)) = locked {
            self.unlock(passphrase.ok_or(PassphraseError::Missing)?)?;
        }
        let unlocked = self.auth.unlocked;
        let set_new = self.transaction(|t| {
            t.authorize(Operation::ChangeRole)?;
            if let Some(dept) = new.section()
                && !t.departments()?.iter().any(|d| d.code == dept)
            {
                return Err(StoreError::UnknownDepartment(dept.to_owned()));
            }
            let role = t.role()?;
            let terminal = Terminal { role: role.as_ref(), protected: t.protected()?, unlocked };
            let set_new = role::needs_new_passphrase(&terminal, new);
            if set_new {
                let p = passphrase.ok_or(PassphraseError::Missing)?;
                check_new(p, confirmation.unwrap_or_default())?;
                t.write_passphrase(p)?;
            }
            t.write_role(new)?;
            Ok(set_new)
        })?;
        // The auditor who just set the passphrase is in; a section's terminal holds no auditor session.
        self.auth.unlocked = match new {
            Role::Auditor => unlocked || set_new,
            Role::Section { .. } => false,
        };
        Ok(())
    }

    /// Sets or changes the auditor's passphrase. Changing needs the current
    /// one (`current`, checked with the same waits as [`Store::unlock`]); a
    /// database without a role becomes the auditor's, since that is what the
    /// passphrase protects.
    pub fn set_passphrase(&mut self, current: Option<&str>, new: &str, confirmation: &str) -> Result<()> {
        check_new(new, confirmation)?;
        if self.transaction(|t| t.protected())? {
            self.unlock(current.ok_or(PassphraseError::Missing)?)?;
        }
        self.transaction(|t| -> Result<()> {
            t.authorize(Operation::SetPassphrase)?;
            t.write_passphrase(new)?;
            if t.role()?.is_none() {
                t.write_role(&Role::Auditor)?;
            }
            Ok(())
        })?;
        self.auth.unlocked = true;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use std::time::{Duration, Instant};

    use tenken_core::answer::{AnswerInput, AnswerValue};
    use tenken_core::role::Refusal;
    use tenken_core::{FiscalYear, Tier};

    use super::*;
    use crate::demo_store as demo;

    const SECRET: &str = "情報政策課の合言葉です";

    fn raw_settings(s: &mut Store) -> Vec<(String, String)> {
        s.transaction(|t| -> crate::Result<_> {
            let mut stmt = t.connection().prepare("SELECT key, value FROM settings ORDER BY key")?;
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
            Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
        })
        .unwrap()
    }

    fn yes() -> AnswerInput {
        AnswerInput { value: Some(AnswerValue::Yes), ..Default::default() }
    }

    #[test]
    fn the_passphrase_is_stored_only_as_an_argon2id_hash() {
        let (dir, mut s, _) = demo();
        s.choose_role(&Role::Auditor, Some(SECRET), Some(SECRET)).unwrap();
        let settings = raw_settings(&mut s);
        let phc = &settings.iter().find(|(k, _)| k == KEY_PASSPHRASE).unwrap().1;
        assert!(phc.starts_with("$argon2id$v=19$"), "{phc}");
        drop(s);
        let mut bytes = std::fs::read(dir.path().join("t.db")).unwrap();
        if let Ok(wal) = std::fs::read(dir.path().join("t.db-wal")) {
            bytes.extend(wal);
        }
        let needle = SECRET.as_bytes();
        assert!(!bytes.windows(needle.len()).any(|w| w == needle), "the passphrase is in the file in clear");
    }

    #[test]
    fn a_wrong_passphrase_is_refused_after_a_wait_and_the_right_one_unlocks() {
        let (dir, mut s, year) = demo();
        s.choose_role(&Role::Auditor, Some(SECRET), Some(SECRET)).unwrap();
        drop(s);
        let mut s = Store::open(&dir.path().join("t.db")).unwrap();
        assert_eq!(s.workspace().unwrap(), Workspace::Locked);
        let err = s.save_answer(year, "1010", "toshima-5-a", &yes()).unwrap_err();
        assert!(matches!(err, StoreError::Refused(Refusal::Locked)), "{err:?}");
        assert!(matches!(s.window_open(), Err(StoreError::Refused(Refusal::Locked))));

        let started = Instant::now();
        assert!(matches!(s.unlock("wrong passphrase"), Err(StoreError::Passphrase(PassphraseError::Wrong))));
        assert!(started.elapsed() >= Duration::from_secs(1), "refused without a wait");
        assert_eq!(s.workspace().unwrap(), Workspace::Locked);

        s.unlock(SECRET).unwrap();
        assert_eq!(s.workspace().unwrap(), Workspace::Unlocked);
        s.window_open().unwrap();
        s.lock();
        assert_eq!(s.workspace().unwrap(), Workspace::Locked);
    }

    #[test]
    fn changing_the_passphrase_needs_the_current_one() {
        let (_dir, mut s, _) = demo();
        assert!(matches!(
            s.set_passphrase(None, "short", "short"),
            Err(StoreError::Passphrase(PassphraseError::TooShort { .. }))
        ));
        s.set_passphrase(None, SECRET, SECRET).unwrap();
        assert_eq!(s.role().unwrap(), Some(Role::Auditor), "the passphrase makes a database the auditor's");
        let before = raw_settings(&mut s);
        assert!(matches!(
            s.set_passphrase(None, "new passphrase", "new passphrase"),
            Err(StoreError::Passphrase(PassphraseError::Missing))
        ));
        assert!(matches!(
            s.set_passphrase(Some(SECRET), "new passphrase", "new passphrase!"),
            Err(StoreError::Passphrase(PassphraseError::Mismatch))
        ));
        assert_eq!(raw_settings(&mut s), before);
        s.set_passphrase(Some(SECRET), "new passphrase", "new passphrase").unwrap();
        s.lock();
        s.unlock("new passphrase").unwrap();
        let actions: Vec<String> = s.events().unwrap().into_iter().map(|e| e.body.action).collect();
        assert!(actions.ends_with(&["passphrase.change".to_owned()]), "{actions:?}");
        assert!(s.events().unwrap().iter().all(|e| e.body.after.as_deref().is_none_or(|a| !a.contains("argon2"))));
    }

    #[test]
    fn a_section_terminal_changes_only_its_own_section_and_nothing_else() {
        let (_dir, mut s, year) = demo();
        // Two sections still answering, whose checklist has the item.
        let open: Vec<String> = s
            .status(year)
            .unwrap()
            .into_iter()
            .filter(|l| l.state != tenken_core::SectionState::Submitted)
            .map(|l| l.code)
            .filter(|c| s.save_answer(year, c, "toshima-5-a", &yes()).is_ok())
            .take(2)
            .collect();
        let (mine, other) = (open[0].as_str(), open[1].as_str());
        s.choose_role(&Role::Section { dept: mine.into() }, None, None).unwrap();
        s.save_answer(year, mine, "toshima-5-a", &yes()).unwrap();
        let before = s.answers(year, other).unwrap();
        let refused = |e: StoreError| match e {
            StoreError::Refused(r) => r,
            other => panic!("{other:?}"),
        };
        assert_eq!(
            refused(s.save_answer(year, other, "toshima-5-a", &yes()).unwrap_err()),
            Refusal::OtherSection { own: mine.into(), dept: other.into() }
        );
        assert!(matches!(
            refused(s.submit(year, other, &Default::default()).unwrap_err()),
            Refusal::OtherSection { .. }
        ));
        assert!(matches!(refused(s.reopen(year, mine, "x").unwrap_err()), Refusal::AuditorOnly { op: "reopen" }));
        assert!(matches!(
            refused(
                s.set_review(year, mine, "toshima-5-a", &tenken_core::review::ReviewInput::confirmed("")).unwrap_err()
            ),
            Refusal::AuditorOnly { op: "review" }
        ));
        assert!(matches!(
            refused(s.import_departments(b"code,name,parent,tiers\n").unwrap_err()),
            Refusal::AuditorOnly { .. }
        ));
        let edit = tenken_core::department_edit::DepartmentEdit {
            code: "9999".into(),
            name: "x".into(),
            parent: None,
            tiers: vec![Tier::Lgwan],
            attributes: vec![],
        };
        assert!(matches!(refused(s.add_department(&edit).unwrap_err()), Refusal::AuditorOnly { .. }));
        assert!(matches!(refused(s.update_department(&edit).unwrap_err()), Refusal::AuditorOnly { .. }));
        let q = s.questionnaire(year).unwrap();
        assert!(matches!(
            refused(s.open_campaign(FiscalYear::new(2027).unwrap(), &q, "", false).unwrap_err()),
            Refusal::AuditorOnly { op: "open-campaign" }
        ));
        assert_eq!(s.answers(year, other).unwrap(), before);
        // The log names the section's terminal as the one that saved.
        let saved = s.events_about(&format!("{}/{mine}/toshima-5-a", year.year())).unwrap();
        assert_eq!(saved.last().unwrap().body.actor.role, "section");
    }

    #[test]
    fn the_windows_old_settings_keys_are_read_and_replaced() {
        let (_dir, mut s, year) = demo();
        s.set_setting(LEGACY_ROLE, "section").unwrap();
        s.set_setting(LEGACY_SECTION, "1010").unwrap();
        assert_eq!(s.role().unwrap(), Some(Role::Section { dept: "1010".into() }));
        assert!(matches!(
            s.save_answer(year, "1020", "toshima-5-a", &yes()),
            Err(StoreError::Refused(Refusal::OtherSection { .. }))
        ));
        // Without a passphrase set, a section's terminal may choose again; the old keys go.
        s.choose_role(&Role::Section { dept: "1020".into() }, None, None).unwrap();
        let keys: Vec<String> = raw_settings(&mut s).into_iter().map(|(k, _)| k).collect();
        assert!(!keys.iter().any(|k| k.starts_with("app.role") || k == LEGACY_SECTION), "{keys:?}");
        assert!(matches!(
            s.choose_role(&Role::Section { dept: "nope".into() }, None, None),
            Err(StoreError::UnknownDepartment(_))
        ));
        // Becoming the auditor sets the passphrase; leaving the role again needs it.
        assert!(matches!(
            s.choose_role(&Role::Auditor, None, None),
            Err(StoreError::Passphrase(PassphraseError::Missing))
        ));
        s.choose_role(&Role::Auditor, Some(SECRET), Some(SECRET)).unwrap();
        s.choose_role(&Role::Section { dept: "1010".into() }, None, None).unwrap();
        assert_eq!(s.workspace().unwrap(), Workspace::Section);
        assert!(matches!(
            s.choose_role(&Role::Auditor, None, None),
            Err(StoreError::Passphrase(PassphraseError::Missing))
        ));
        s.choose_role(&Role::Auditor, Some(SECRET), None).unwrap();
        assert_eq!(s.workspace().unwrap(), Workspace::Unlocked);
    }
}
