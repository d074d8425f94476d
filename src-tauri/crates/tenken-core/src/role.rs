//! Who may do what on this installation: the terminal's role and the one
//! decision every change goes through.
//!
//! A tenken database belongs to one installation. The auditor's (監査担当)
//! workspace may change everything, once its passphrase has been given; a
//! section's (所属) terminal answers and submits for its own section only,
//! and whatever else it holds (other sections from the demo or from packages,
//! the org tree, the campaign) is read-only there. A database whose role was
//! never chosen (the command line's plain use, tests, the demo) is not
//! restricted. The store asks [`permit`] inside the transaction of each change,
//! so the window and the command line cannot disagree.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::message::{Describe, Message};

/// What this installation is for, chosen on first start.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "role")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Role {
    /// 監査担当: departments, campaigns, review, consolidation — and answers
    /// on a section's behalf (answers sent on paper), recorded as the auditor's.
    Auditor,
    /// 所属: the terminal of one section, which answers and submits for it.
    Section {
        /// The section's department code.
        dept: String,
    },
}

impl Role {
    /// The role's code as stored in settings and written in the audit log.
    pub fn code(&self) -> &'static str {
        match self {
            Role::Auditor => "auditor",
            Role::Section { .. } => "section",
        }
    }

    /// The section a section's terminal answers for.
    pub fn section(&self) -> Option<&str> {
        match self {
            Role::Auditor => None,
            Role::Section { dept } => Some(dept),
        }
    }

    /// Reads a stored role: its code and, for a section, the section's code.
    /// Anything else counts as not chosen.
    pub fn from_parts(code: &str, section: Option<&str>) -> Option<Role> {
        match (code.trim(), section.map(str::trim).filter(|s| !s.is_empty())) {
            ("auditor", _) => Some(Role::Auditor),
            ("section", Some(dept)) => Some(Role::Section { dept: dept.to_owned() }),
            _ => None,
        }
    }
}

/// The audit log's actor role of an installation whose role was never chosen.
pub const UNSET_ACTOR: &str = "local";

/// The audit log's actor role for a terminal.
pub fn actor_role(role: Option<&Role>) -> &'static str {
    role.map_or(UNSET_ACTOR, Role::code)
}

/// Something a person asks tenken to do, with the section it concerns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Operation<'a> {
    /// Seeing one section's answers (`Some`), or the whole campaign: board,
    /// consolidation, drill-down, org tree (`None`).
    View { dept: Option<&'a str> },
    /// Saving an answer of a section.
    SaveAnswer { dept: &'a str },
    /// 提出.
    Submit { dept: &'a str },
    /// 差戻し.
    Reopen { dept: &'a str },
    /// 確認済 / 指摘.
    Review { dept: &'a str },
    /// Importing, adding or changing departments.
    EditDepartments,
    /// Opening a fiscal year's campaign.
    OpenCampaign,
    /// Changing what this installation is for (role or section).
    ChangeRole,
    /// Setting or changing the auditor's passphrase.
    SetPassphrase,
    /// The auditor's side of the exchange: distributing, importing response
    /// packages, closing a campaign, re-pinning a section's key.
    Exchange,
    /// Replacing the whole database (a backup restored, the demo written
    /// over it): it brings its own role and passphrase, so it weighs as much
    /// as changing the role.
    RestoreBackup,
}

impl Operation<'_> {
    /// The operation's code, as the refusal message names it.
    pub fn code(&self) -> &'static str {
        match self {
            Operation::View { .. } => "view",
            Operation::SaveAnswer { .. } => "save-answer",
            Operation::Submit { .. } => "submit",
            Operation::Reopen { .. } => "reopen",
            Operation::Review { .. } => "review",
            Operation::EditDepartments => "edit-departments",
            Operation::OpenCampaign => "open-campaign",
            Operation::ChangeRole => "change-role",
            Operation::SetPassphrase => "set-passphrase",
            Operation::Exchange => "exchange",
            Operation::RestoreBackup => "restore-backup",
        }
    }
}

/// What the decision needs to know about the installation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Terminal<'a> {
    /// The chosen role, if any.
    pub role: Option<&'a Role>,
    /// Whether an auditor's passphrase is set on this database.
    pub protected: bool,
    /// Whether the passphrase has been given in this session.
    pub unlocked: bool,
}

/// Why an operation is not allowed on this terminal. Nothing was changed.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum Refusal {
    /// A section's terminal asked to change another section.
    #[error("this terminal answers for {own}; section {dept} is read-only here")]
    OtherSection { own: String, dept: String },
    /// A section's terminal asked for something only the auditor does.
    #[error("only the auditor may do this ({op})")]
    AuditorOnly { op: &'static str },
    /// The auditor's workspace is protected and its passphrase was not given.
    #[error("the auditor's workspace is locked")]
    Locked,
    /// The window opens an auditor's workspace only once it has a passphrase.
    #[error("the auditor's workspace has no passphrase yet")]
    NeedsPassphrase,
}

impl Describe for Refusal {
    fn message(&self) -> Message {
        match self {
            Refusal::OtherSection { own, dept } => Message::new("role-other-section").arg("own", own).arg("dept", dept),
            Refusal::AuditorOnly { op } => Message::new("role-auditor-only").arg("op", *op),
            Refusal::Locked => Message::new("role-locked"),
            Refusal::NeedsPassphrase => Message::new("role-needs-passphrase"),
        }
    }
}

/// Decides whether `terminal` may do `op`.
///
/// - No role chosen: everything, except that a protected database needs its
///   passphrase (as the auditor's does).
/// - Auditor: everything once unlocked (or when no passphrase is set, as on
///   a database set up before passphrases existed). The auditor may answer
///   and submit for any section — answers that came on paper — and the log
///   records it as the auditor's.
/// - Section: viewing, saving and submitting its own section only; changing
///   the role needs the auditor's passphrase where one is set; every other
///   operation is the auditor's.
pub fn permit(terminal: &Terminal<'_>, op: &Operation<'_>) -> Result<(), Refusal> {
    let locked = terminal.protected && !terminal.unlocked;
    match terminal.role {
        None | Some(Role::Auditor) => {
            if locked {
                Err(Refusal::Locked)
            } else {
                Ok(())
            }
        }
        Some(Role::Section { dept: own }) => {
            let own_only = |dept: &str| {
                if dept == own {
                    Ok(())
                } else {
                    Err(Refusal::OtherSection { own: own.clone(), dept: dept.to_owned() })
                }
            };
            match op {
                Operation::View { dept: Some(dept) } | Operation::SaveAnswer { dept } | Operation::Submit { dept } => {
                    own_only(dept)
                }
                Operation::ChangeRole | Operation::RestoreBackup if locked => Err(Refusal::Locked),
                Operation::ChangeRole | Operation::RestoreBackup => Ok(()),
                other => Err(Refusal::AuditorOnly { op: other.code() }),
            }
        }
    }
}

/// Whether a change must first be given the auditor's passphrase: on an
/// auditor's database that is locked every change needs it (the window
/// shows nothing until it is given), and elsewhere the operations the
/// decision refuses as [`Refusal::Locked`] (a protected section's terminal
/// changing its role). `op` is `None` for changes of the terminal's own
/// exchange state (writing a response, trusting the auditor's new key).
pub fn needs_passphrase(terminal: &Terminal<'_>, op: Option<&Operation<'_>>) -> bool {
    workspace(terminal) == Workspace::Locked || op.is_some_and(|op| permit(terminal, op) == Err(Refusal::Locked))
}

/// What opening a section's distribution package does to this terminal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DistributionOpening<'a> {
    /// The role the terminal takes, if it changes: the section's own.
    pub becomes: Option<Role>,
    /// What the opening is permitted as.
    pub operation: Operation<'a>,
}

/// Decides what opening `dept`'s distribution does to the role: the
/// terminal becomes that section's terminal (so the auditor's operations
/// are refused there from then on), unless it is already that section's,
/// or it is an auditor's workspace with a passphrase, which stays the
/// auditor's and needs that passphrase. Becoming a section's terminal is a
/// change of role, with the same rule as choosing it in the window.
pub fn opening_distribution<'a>(terminal: &Terminal<'_>, dept: &'a str) -> DistributionOpening<'a> {
    match terminal.role {
        Some(Role::Section { dept: own }) if own == dept => {
            DistributionOpening { becomes: None, operation: Operation::SaveAnswer { dept } }
        }
        Some(Role::Auditor) if terminal.protected => {
            DistributionOpening { becomes: None, operation: Operation::Exchange }
        }
        _ => DistributionOpening {
            becomes: Some(Role::Section { dept: dept.to_owned() }),
            operation: Operation::ChangeRole,
        },
    }
}

/// Where the window stands with this installation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Workspace {
    /// No role chosen yet: the first-start screen.
    Unset,
    /// A section's terminal: no passphrase asked.
    Section,
    /// An auditor's workspace without a passphrase: one must be set first.
    NeedsPassphrase,
    /// An auditor's workspace waiting for its passphrase.
    Locked,
    /// An auditor's workspace whose passphrase was given.
    Unlocked,
}

/// The window's view of a terminal (see [`Workspace`]).
pub fn workspace(terminal: &Terminal<'_>) -> Workspace {
    match terminal.role {
        Some(Role::Section { .. }) => Workspace::Section,
        Some(Role::Auditor) | None if terminal.protected && !terminal.unlocked => Workspace::Locked,
        Some(Role::Auditor) if !terminal.protected => Workspace::NeedsPassphrase,
        Some(Role::Auditor) => Workspace::Unlocked,
        None => Workspace::Unset,
    }
}

/// Whether the window may show anything beyond the first-start and unlock
/// screens: an auditor's workspace must have a passphrase and have been given it.
pub fn window_open(terminal: &Terminal<'_>) -> Result<(), Refusal> {
    match workspace(terminal) {
        Workspace::Locked => Err(Refusal::Locked),
        Workspace::NeedsPassphrase => Err(Refusal::NeedsPassphrase),
        Workspace::Unset | Workspace::Section | Workspace::Unlocked => Ok(()),
    }
}

/// Whether choosing `new` as this terminal's role needs a new passphrase set
/// with it: an auditor's workspace always has one.
pub fn needs_new_passphrase(terminal: &Terminal<'_>, new: &Role) -> bool {
    matches!(new, Role::Auditor) && !terminal.protected
}

#[cfg(test)]
mod tests {
    use super::*;

    fn section(dept: &str) -> Role {
        Role::Section { dept: dept.into() }
    }

    fn t(role: Option<&Role>, protected: bool, unlocked: bool) -> Terminal<'_> {
        Terminal { role, protected, unlocked }
    }

    const ALL_FOR: fn(&str) -> [Operation<'_>; 9] = |d| {
        [
            Operation::View { dept: Some(d) },
            Operation::View { dept: None },
            Operation::SaveAnswer { dept: d },
            Operation::Submit { dept: d },
            Operation::Reopen { dept: d },
            Operation::Review { dept: d },
            Operation::EditDepartments,
            Operation::OpenCampaign,
            Operation::SetPassphrase,
        ]
    };

    #[test]
    fn a_database_without_a_role_is_not_restricted_until_protected() {
        for op in ALL_FOR("3010") {
            assert_eq!(permit(&t(None, false, false), &op), Ok(()), "{op:?}");
            assert_eq!(permit(&t(None, true, false), &op), Err(Refusal::Locked), "{op:?}");
            assert_eq!(permit(&t(None, true, true), &op), Ok(()), "{op:?}");
        }
    }

    #[test]
    fn the_auditor_needs_the_passphrase_and_then_may_do_everything() {
        let a = Role::Auditor;
        for op in ALL_FOR("3010") {
            assert_eq!(permit(&t(Some(&a), true, false), &op), Err(Refusal::Locked), "{op:?}");
            assert_eq!(permit(&t(Some(&a), true, true), &op), Ok(()), "{op:?}");
            assert_eq!(
                permit(&t(Some(&a), false, false), &op),
                Ok(()),
                "{op:?} on a database set up before passphrases"
            );
        }
    }

    #[test]
    fn a_section_terminal_changes_only_its_own_section() {
        let s = section("3010");
        let me = t(Some(&s), false, false);
        for op in [
            Operation::View { dept: Some("3010") },
            Operation::SaveAnswer { dept: "3010" },
            Operation::Submit { dept: "3010" },
            Operation::ChangeRole,
        ] {
            assert_eq!(permit(&me, &op), Ok(()), "{op:?}");
        }
        for op in [
            Operation::View { dept: Some("3020") },
            Operation::SaveAnswer { dept: "3020" },
            Operation::Submit { dept: "3020" },
        ] {
            assert_eq!(
                permit(&me, &op),
                Err(Refusal::OtherSection { own: "3010".into(), dept: "3020".into() }),
                "{op:?}"
            );
        }
        for op in [
            Operation::View { dept: None },
            Operation::Reopen { dept: "3010" },
            Operation::Review { dept: "3010" },
            Operation::EditDepartments,
            Operation::OpenCampaign,
            Operation::SetPassphrase,
            Operation::Exchange,
        ] {
            assert_eq!(permit(&me, &op), Err(Refusal::AuditorOnly { op: op.code() }), "{op:?}");
        }
        // Where an auditor's passphrase is set, leaving the section role needs it.
        assert_eq!(permit(&t(Some(&s), true, false), &Operation::ChangeRole), Err(Refusal::Locked));
        assert_eq!(permit(&t(Some(&s), true, false), &Operation::SaveAnswer { dept: "3010" }), Ok(()));
    }

    #[test]
    fn the_window_opens_an_auditor_workspace_only_with_its_passphrase() {
        let a = Role::Auditor;
        let s = section("3010");
        assert_eq!(workspace(&t(None, false, false)), Workspace::Unset);
        assert_eq!(workspace(&t(Some(&s), true, false)), Workspace::Section);
        assert_eq!(workspace(&t(Some(&a), false, false)), Workspace::NeedsPassphrase);
        assert_eq!(workspace(&t(Some(&a), true, false)), Workspace::Locked);
        assert_eq!(workspace(&t(Some(&a), true, true)), Workspace::Unlocked);
        assert_eq!(window_open(&t(Some(&a), true, false)), Err(Refusal::Locked));
        assert_eq!(window_open(&t(Some(&a), false, false)), Err(Refusal::NeedsPassphrase));
        assert_eq!(window_open(&t(Some(&s), false, false)), Ok(()));
        assert!(needs_new_passphrase(&t(None, false, false), &a));
        assert!(!needs_new_passphrase(&t(None, true, true), &a));
        assert!(!needs_new_passphrase(&t(None, false, false), &s));
    }

    #[test]
    fn the_command_line_asks_for_the_passphrase_where_the_window_would() {
        let a = Role::Auditor;
        let s = section("3010");
        // The auditor's locked database: every change, even one the decision does not name.
        assert!(needs_passphrase(&t(Some(&a), true, false), None));
        assert!(needs_passphrase(&t(None, true, false), Some(&Operation::OpenCampaign)));
        assert!(!needs_passphrase(&t(Some(&a), true, true), Some(&Operation::Exchange)));
        assert!(!needs_passphrase(&t(Some(&a), false, false), Some(&Operation::Exchange)));
        // A protected section's terminal: its own answers need none, leaving the role or restoring does.
        assert!(!needs_passphrase(&t(Some(&s), true, false), Some(&Operation::SaveAnswer { dept: "3010" })));
        assert!(!needs_passphrase(&t(Some(&s), true, false), None));
        assert!(needs_passphrase(&t(Some(&s), true, false), Some(&Operation::ChangeRole)));
        assert!(needs_passphrase(&t(Some(&s), true, false), Some(&Operation::RestoreBackup)));
        // Refused for another reason: the passphrase would not help.
        assert!(!needs_passphrase(&t(Some(&s), true, false), Some(&Operation::Reopen { dept: "3010" })));
    }

    #[test]
    fn opening_a_distribution_makes_the_terminal_that_sections_unless_it_is_a_protected_auditors() {
        let a = Role::Auditor;
        let own = section("3010");
        let other = section("3020");
        let becomes = |terminal: Terminal<'_>| opening_distribution(&terminal, "3010").becomes;
        assert_eq!(becomes(t(None, false, false)), Some(own.clone()));
        assert_eq!(becomes(t(Some(&a), false, false)), Some(own.clone()), "an auditor's role without passphrase");
        assert_eq!(becomes(t(Some(&other), false, false)), Some(own.clone()));
        assert_eq!(becomes(t(Some(&own), true, false)), None);
        assert_eq!(becomes(t(Some(&a), true, true)), None);
        assert_eq!(opening_distribution(&t(Some(&a), true, false), "3010").operation, Operation::Exchange);
        assert_eq!(opening_distribution(&t(None, false, false), "3010").operation, Operation::ChangeRole);
        // Leaving a protected section's role for another needs the passphrase, as in the window.
        let op = opening_distribution(&t(Some(&other), true, false), "3010").operation;
        assert_eq!(permit(&t(Some(&other), true, false), &op), Err(Refusal::Locked));
    }

    #[test]
    fn stored_roles_read_back_and_name_the_log_actor() {
        assert_eq!(Role::from_parts("auditor", None), Some(Role::Auditor));
        assert_eq!(Role::from_parts("section", Some("3010")), Some(section("3010")));
        assert_eq!(Role::from_parts("section", Some(" ")), None);
        assert_eq!(Role::from_parts("admin", None), None);
        assert_eq!(actor_role(None), "local");
        assert_eq!(actor_role(Some(&section("3010"))), "section");
        assert_eq!(section("3010").section(), Some("3010"));
    }
}
