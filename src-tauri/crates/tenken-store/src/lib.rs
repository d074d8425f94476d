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
use rusqlite::{Connection, OptionalExtension, Transaction, TransactionBehavior, params};
use serde::{Deserialize, Serialize};
use tenken_core::answer::Answer;
use tenken_core::attribute::{Attribute, Scope};
use tenken_core::campaign::{self, Missing, Phase, Progress, SectionState};
use tenken_core::department;
use tenken_core::role::Operation;
use tenken_core::{FiscalYear, Questionnaire, Tier, aggregate};

pub use answers::ItemAnswer;
pub use app_view::{DrillFilter, DrillRow, SectionOverview};
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

use sections::SectionRow;

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

/// A campaign as lists show it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CampaignInfo {
    pub year: i32,
    /// 令和8年度.
    pub label: String,
    pub questionnaire_id: String,
    pub questionnaire_title: String,
    pub questionnaire_hash: String,
    pub opened_at: String,
    pub carried_from: Option<i32>,
    pub sections: u32,
    pub submitted: u32,
}

/// The result of opening a campaign.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CampaignOpened {
    pub year: i32,
    pub questionnaire_hash: String,
    pub sections: u32,
    /// Answers carried over from the previous campaign as 未確認 drafts.
    pub carried_over: u32,
    /// Last year's items whose answers have no place in this checklist
    /// (removed, and not mapped to a successor), in id order.
    pub unmapped: Vec<String>,
}

/// A section's line on the progress board.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SectionStatus {
    pub code: String,
    pub name: String,
    /// 部 / 課, for people who know the tree by names.
    pub path: String,
    pub tiers: Vec<Tier>,
    /// 所属の属性 as they were when the campaign opened.
    pub attributes: Vec<Attribute>,
    pub state: SectionState,
    pub phase: Phase,
    pub progress: Progress,
    /// When the submission in force was made; `None` while the section is not
    /// submitted, also after a 差戻し (the old submission stays in its history).
    pub submitted_at: Option<String>,
    /// When the 差戻し in force was made (only while the section is reopened).
    pub reopened_at: Option<String>,
    pub reopen_reason: Option<String>,
}

impl SectionStatus {
    /// A section's line of the board, built the one way every view builds it:
    /// the dates and reason shown are the ones in force for its state.
    fn of(code: String, row: SectionRow, progress: Progress) -> SectionStatus {
        let reopened = row.state == SectionState::Reopened;
        SectionStatus {
            phase: progress.phase(row.state),
            code,
            name: row.name,
            path: row.path,
            tiers: row.tiers,
            attributes: row.attributes,
            state: row.state,
            progress,
            submitted_at: row.submitted_at.filter(|_| row.state == SectionState::Submitted),
            reopened_at: row.reopened_at.filter(|_| reopened),
            reopen_reason: row.reopen_reason.filter(|_| reopened),
        }
    }
}

/// The current local time as stored (RFC 3339, seconds).
pub(crate) fn now() -> String {
    Local::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, false)
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

    /// Opens the campaign of a fiscal year with a checklist.
    pub fn open_campaign(
        &mut self,
        year: FiscalYear,
        q: &Questionnaire,
        source: &str,
        carry: bool,
    ) -> Result<CampaignOpened> {
        self.transaction(|t| t.open_campaign(year, q, source, carry))
    }

    /// Every campaign, newest first.
    pub fn campaigns(&mut self) -> Result<Vec<CampaignInfo>> {
        self.read(|t| t.campaigns())
    }

    /// The year asked for, or the newest campaign.
    pub fn resolve_campaign(&mut self, year: Option<i64>) -> Result<FiscalYear> {
        self.read(|t| t.resolve_campaign(year))
    }

    /// What still keeps a section from submitting.
    pub fn missing(&mut self, year: FiscalYear, dept: &str) -> Result<Vec<Missing>> {
        self.read(|t| t.missing(year, dept))
    }

    /// The progress board of a campaign.
    pub fn status(&mut self, year: FiscalYear) -> Result<Vec<SectionStatus>> {
        self.read(|t| t.status(year))
    }

    /// The consolidated rates of a campaign.
    pub fn summary(&mut self, year: FiscalYear) -> Result<aggregate::Summary> {
        self.read(|t| t.summary(year))
    }
}

use tenken_core::answer::AnswerMap;

impl Tx<'_> {
    /// The underlying connection, for crates that add their own tables.
    pub fn connection(&self) -> &Connection {
        &self.tx
    }

    /// See [`Store::open_campaign`].
    pub fn open_campaign(
        &mut self,
        year: FiscalYear,
        q: &Questionnaire,
        source: &str,
        carry: bool,
    ) -> Result<CampaignOpened> {
        self.authorize(Operation::OpenCampaign)?;
        if q.meta.kind == tenken_core::questionnaire::ChecklistKind::Staff {
            return Err(StoreError::StaffChecklist(q.meta.id.clone()));
        }
        let exists: bool =
            self.tx
                .query_row("SELECT EXISTS (SELECT 1 FROM campaigns WHERE year = ?1)", [year.year()], |r| r.get(0))?;
        if exists {
            return Err(StoreError::CampaignExists(year.year()));
        }
        let previous: Option<i32> = if carry {
            let p = self
                .tx
                .query_row("SELECT MAX(year) FROM campaigns WHERE year < ?1", [year.year()], |r| r.get(0))
                .optional()?
                .flatten();
            Some(p.ok_or(StoreError::NothingToCarryOver)?)
        } else {
            None
        };
        let all = self.departments()?;
        let sections = department::sections(&all);
        if sections.is_empty() {
            return Err(StoreError::NoSections);
        }
        let hash = self.store_questionnaire(q, source)?;
        self.tx.execute(
            "INSERT INTO campaigns (year, questionnaire, opened_at, carried_from) VALUES (?1, ?2, ?3, ?4)",
            params![year.year(), hash, now(), previous],
        )?;
        for (position, s) in sections.iter().enumerate() {
            self.tx.execute(
                "INSERT INTO campaign_sections (year, dept, name, path, tiers, attributes, position)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![
                    year.year(),
                    s.code,
                    s.name,
                    department::path_name(&all, &s.code),
                    tiers_to_text(&s.tiers),
                    attributes_to_text(&s.attributes),
                    position as i64
                ],
            )?;
        }
        let mut carried = 0;
        let mut unmapped = std::collections::BTreeSet::new();
        if let Some(prev) = previous {
            let prev_year = FiscalYear::new(i64::from(prev))?;
            let stamp = now();
            let mapping = self.carry_mapping(prev_year, q)?;
            for s in &sections {
                let (drafts, lost) = self.carried_answers(prev_year, &s.code, q, s.scope(), mapping.as_ref())?;
                for a in &drafts {
                    self.write_answer(year, &s.code, a, &stamp)?;
                    carried += 1;
                }
                unmapped.extend(lost);
                // 措置状況: last year's plans and 指摘 come back as rows to follow up.
                let follow_ups = self.previous_follow_ups(prev_year, &s.code)?;
                self.write_follow_ups(year, &s.code, &follow_ups)?;
            }
        }
        self.record("campaign.open", &year.year().to_string(), None, audit_log::json(&(&hash, carried)))?;
        tracing::info!(year = year.year(), sections = sections.len(), carried, "campaign opened");
        Ok(CampaignOpened {
            year: year.year(),
            questionnaire_hash: hash,
            sections: sections.len() as u32,
            carried_over: carried,
            unmapped: unmapped.into_iter().collect(),
        })
    }

    /// The shipped mapping from the checklist of `previous` to `q`, when `q`
    /// rewrote it (`None` for the same checklist, or when none was shipped).
    /// Found once per carry-over, not once per section.
    pub(crate) fn carry_mapping(
        &mut self,
        previous: FiscalYear,
        q: &Questionnaire,
    ) -> Result<Option<tenken_core::mapping::ItemMapping>> {
        let old_hash = self.questionnaire(previous)?.hash();
        Ok(if old_hash == q.hash() { None } else { tenken_core::shipped::mapping(&old_hash, q) })
    }

    /// A section's answers of `previous` as 未確認 drafts for checklist `q`:
    /// through `mapping` (see [`Tx::carry_mapping`]), by item id otherwise.
    /// Also returns the old items whose answers found no place. The auditor's
    /// carry-over and a distribution's both use it.
    pub(crate) fn carried_answers(
        &mut self,
        previous: FiscalYear,
        dept: &str,
        q: &Questionnaire,
        scope: Scope<'_>,
        mapping: Option<&tenken_core::mapping::ItemMapping>,
    ) -> Result<(Vec<Answer>, Vec<String>)> {
        let Ok(old) = self.answer_map(previous, dept) else { return Ok((Vec::new(), Vec::new())) };
        let old: Vec<Answer> = old.into_values().collect();
        Ok(tenken_core::mapping::carry_answers(mapping, &old, q, |id| {
            q.item(id).is_some_and(|(_, i)| i.applies_to(scope))
        }))
    }

    /// See [`Store::campaigns`]. The counts come from the same reader as the
    /// board's ([`Tx::sections_of`]).
    pub fn campaigns(&mut self) -> Result<Vec<CampaignInfo>> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT c.year, q.qid, q.title, q.hash, c.opened_at, c.carried_from
             FROM campaigns c JOIN questionnaires q ON q.hash = c.questionnaire ORDER BY c.year DESC",
        )?;
        let rows = stmt.query_map([], |r| {
            let year: i32 = r.get(0)?;
            Ok(CampaignInfo {
                year,
                label: FiscalYear::new(i64::from(year)).map(|y| y.label_ja()).unwrap_or_default(),
                questionnaire_id: r.get(1)?,
                questionnaire_title: r.get(2)?,
                questionnaire_hash: r.get(3)?,
                opened_at: r.get(4)?,
                carried_from: r.get(5)?,
                sections: 0,
                submitted: 0,
            })
        })?;
        let mut out: Vec<CampaignInfo> = rows.collect::<rusqlite::Result<_>>()?;
        drop(stmt);
        for c in &mut out {
            let sections = self.sections_of(FiscalYear::new(i64::from(c.year))?)?;
            c.sections = sections.len() as u32;
            c.submitted = sections.iter().filter(|(_, s)| s.state == SectionState::Submitted).count() as u32;
        }
        Ok(out)
    }

    /// See [`Store::resolve_campaign`].
    pub fn resolve_campaign(&mut self, year: Option<i64>) -> Result<FiscalYear> {
        match year {
            Some(y) => {
                let fy = FiscalYear::new(y)?;
                let exists: bool =
                    self.tx.query_row("SELECT EXISTS (SELECT 1 FROM campaigns WHERE year = ?1)", [fy.year()], |r| {
                        r.get(0)
                    })?;
                if exists { Ok(fy) } else { Err(StoreError::UnknownCampaign(fy.year())) }
            }
            None => {
                let newest: Option<i64> = self.tx.query_row("SELECT MAX(year) FROM campaigns", [], |r| r.get(0))?;
                Ok(FiscalYear::new(newest.ok_or(StoreError::NoCampaign)?)?)
            }
        }
    }

    /// See [`Store::missing`].
    pub fn missing(&mut self, year: FiscalYear, dept: &str) -> Result<Vec<Missing>> {
        let section = self.section(year, dept)?;
        let q = self.questionnaire(year)?;
        let answers = self.answer_map(year, dept)?;
        let evidence_required = self.campaign_settings(year)?.evidence_required;
        let mut missing = campaign::missing_for_submit(&q, section.scope(), &answers, evidence_required);
        missing.extend(self.unanswered_follow_ups(year, dept)?.into_iter().map(|f| campaign::Missing {
            item_id: f.item_id,
            clause: f.clause,
            reason: campaign::MissingReason::FollowUp,
        }));
        Ok(missing)
    }

    /// See [`Store::status`]. Read like [`Tx::summary`]: the campaign's sections
    /// in one query ([`Tx::sections_of`]) and every answer's value in another.
    pub fn status(&mut self, year: FiscalYear) -> Result<Vec<SectionStatus>> {
        let q = self.questionnaire(year)?;
        let answers = self.all_answer_values(year)?;
        let empty = AnswerMap::default();
        Ok(self
            .sections_of(year)?
            .into_iter()
            .map(|(code, s)| {
                let progress = Progress::of(&q, s.scope(), answers.get(&code).unwrap_or(&empty));
                SectionStatus::of(code, s, progress)
            })
            .collect())
    }

    /// See [`Store::summary`].
    pub fn summary(&mut self, year: FiscalYear) -> Result<aggregate::Summary> {
        let q = self.questionnaire(year)?;
        let answers = self.all_answer_values(year)?;
        let rows = self.sections_of(year)?;
        let empty = AnswerMap::default();
        let inputs: Vec<_> = rows
            .iter()
            .map(|(code, s)| aggregate::SectionAnswers {
                code,
                name: &s.name,
                scope: s.scope(),
                state: s.state,
                answers: answers.get(code).unwrap_or(&empty),
            })
            .collect();
        Ok(aggregate::summarise(&q, &inputs))
    }
}

/// A store with the demo ward of 2026 in a temporary folder, for the unit
/// tests of every entity module.
#[cfg(test)]
pub(crate) fn demo_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::create(&dir.path().join("t.db")).unwrap();
    store.write_demo(FiscalYear::new(2026).unwrap()).unwrap();
    (dir, store)
}
