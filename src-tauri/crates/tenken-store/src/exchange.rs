//! Packages in and out of the database: what the auditor distributes, what a
//! section terminal opens and answers, and what the auditor imports.
//!
//! The format and every decision (trust, order of revisions, what an answer
//! may be) are `tenken_exchange`'s; this file gathers what the database
//! knows, asks, and writes the result. Each package is one transaction: a
//! refused package leaves the database exactly as it was.

mod distribution;
mod response;

use std::collections::HashSet;
use std::path::PathBuf;

use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};
use tenken_core::FiscalYear;
use tenken_core::answer::Answer;
use tenken_core::campaign::SectionState;
use tenken_core::message::{Describe, Message};
use tenken_core::questionnaire::Questionnaire;
use tenken_core::role::Operation;
use tenken_exchange::rules::{
    self, AuditorView, CampaignView, Opening, Order, Party, Received, SentDistribution, TerminalView, Verdict,
};
use tenken_exchange::{
    BuildError, Contents, Header, Kind, Package, PackageError, PinDecision, ProofInput, Refusal, Response,
    ResponseSecret, SentAnswer, SentEvent, SentHistory,
};
use thiserror::Error;

use crate::answers::{AFTER_ANSWER, ANSWER_COLUMNS, answer_from_row};
use crate::keys::PinHow;
use crate::{Store, StoreError, Tx, now};

/// Why an exchange action did not happen. The database is unchanged.
#[derive(Debug, Error)]
pub enum ExchangeError {
    #[error(transparent)]
    Package(#[from] PackageError),
    #[error(transparent)]
    Refused(#[from] Refusal),
    #[error(transparent)]
    Build(#[from] BuildError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("no distribution package has been opened on this terminal")]
    NoDistribution,
    #[error("this terminal answers for several sections: {0:?}")]
    SeveralSections(Vec<String>),
    #[error("no backup could be made, so nothing was imported")]
    BackupFailed(Message),
}

impl From<rusqlite::Error> for ExchangeError {
    fn from(e: rusqlite::Error) -> Self {
        ExchangeError::Store(StoreError::from(e))
    }
}

impl Describe for ExchangeError {
    fn message(&self) -> Message {
        match self {
            ExchangeError::Package(e) => e.message(),
            ExchangeError::Refused(e) => e.message(),
            ExchangeError::Build(e) => e.message(),
            ExchangeError::Store(e) => e.message(),
            ExchangeError::NoDistribution => Message::new("pkg-no-distribution"),
            ExchangeError::SeveralSections(codes) => {
                Message::new("pkg-several-sections").arg("codes", codes.join(", "))
            }
            ExchangeError::BackupFailed(reason) => {
                Message::new("backup-failed-nothing-imported").arg("detail", reason.clone())
            }
        }
    }
}

type XResult<T> = std::result::Result<T, ExchangeError>;

/// A package this installation made, to be written to a file by the shell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outgoing {
    pub kind: Kind,
    pub year: FiscalYear,
    pub dept: String,
    pub name: String,
    pub revision: u32,
    pub package_id: String,
    /// `令和8年度_B1-1_戸籍住民課_配布.tenken`.
    pub file_name: String,
    pub bytes: Vec<u8>,
}

/// What taking a package did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "outcome")]
pub enum Outcome {
    /// The first response of a section: imported.
    Imported,
    /// A newer revision replaced the section's answers (the old ones are in history).
    Superseded { previous: u32 },
    /// The same package again: nothing changed.
    AlreadyImported,
    /// A terminal was set up for the section.
    SetUp,
    /// A newer distribution brought the terminal up to date.
    Updated { previous: u32 },
    /// The same distribution again: nothing changed.
    AlreadyOpened,
}

/// One package taken, for the summary table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Taken {
    pub year: FiscalYear,
    pub dept: String,
    pub name: String,
    pub revision: u32,
    pub outcome: Outcome,
    /// The signer's fingerprint.
    pub signer: String,
    /// Whether the signer was pinned by this package (first use: show the fingerprint).
    pub pinned_now: bool,
    /// Answers written (imported, or carried over as drafts).
    pub answers: u32,
    /// The section's state afterwards.
    pub state: SectionState,
    /// Whether a distribution sent a submitted section back (差戻し).
    pub reopened: bool,
    /// Other sections pinned to the same key, when the auditor confirmed
    /// that one terminal answers for them all (`allow_shared_key`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub shared_with: Vec<String>,
}

/// A package file whose bytes have been read and verified.
#[derive(Debug, Clone, PartialEq)]
pub struct Verified {
    bytes: Vec<u8>,
    package: Package,
}

impl Verified {
    /// Verifies a file's bytes (signature, hashes, structure, bounds).
    pub fn new(bytes: Vec<u8>) -> Result<Verified, PackageError> {
        let package = tenken_exchange::open(&bytes)?;
        Ok(Verified { bytes, package })
    }

    /// The verified package.
    pub fn package(&self) -> &Package {
        &self.package
    }
}

/// One line of an import's summary: which file, and what happened to it.
#[derive(Debug)]
pub struct ImportLine {
    pub label: String,
    pub result: XResult<Taken>,
}

/// What an import of many files did.
#[derive(Debug)]
pub struct ImportRun {
    /// In the order the files were given.
    pub lines: Vec<ImportLine>,
    /// The backup made before the first change (none if nothing changed).
    pub backup: Option<PathBuf>,
}

impl Store {
    /// 配布: one package per section (all sections of the campaign when
    /// `depts` is empty), signed with this installation's key, recorded as
    /// sent and handed to `deliver` (the shell writes the file) inside the
    /// same transaction: when a file cannot be written, nothing is recorded.
    pub fn distribute_with<E: From<ExchangeError> + From<StoreError>>(
        &mut self,
        year: FiscalYear,
        depts: &[String],
        mut deliver: impl FnMut(&Outgoing) -> std::result::Result<(), E>,
    ) -> std::result::Result<Vec<Outgoing>, E> {
        self.transaction(|t| {
            let out = t.distributions(year, depts)?;
            for p in &out {
                deliver(p)?;
            }
            Ok(out)
        })
    }

    /// [`Store::distribute_with`] for a caller that keeps the bytes (tests, `bench`).
    pub fn distribute(&mut self, year: FiscalYear, depts: &[String]) -> XResult<Vec<Outgoing>> {
        self.distribute_with(year, depts, |_| Ok::<(), ExchangeError>(()))
    }

    /// Opens a distribution on a section's terminal: sets up (or brings up
    /// to date) the department, the campaign with the same checklist, and
    /// last year's answers as 未確認 drafts. Pins the auditor's key on first use.
    pub fn open_distribution(&mut self, file: &Verified) -> XResult<Taken> {
        let pkg = &file.package;
        let Contents::Distribution { distribution: d, questionnaire: q, questionnaire_toml } = &pkg.contents else {
            return Err(Refusal::WrongKind { expected: Kind::Distribution, found: pkg.manifest.kind }.into());
        };
        let m = &pkg.manifest;
        let year = m.campaign;
        let code = m.department.as_str();
        self.transaction(|t| {
            let view = TerminalView {
                pin: t.pin(&Party::Auditor)?,
                campaign: t.campaign_view(year)?,
                opened: t.received(Kind::Distribution, year, code, pkg)?,
            };
            let (order, pin) = match rules::judge_distribution(pkg, &view)? {
                Opening::AlreadyOpened => {
                    let s = t.section(year, code)?;
                    return Ok(taken(year, pkg, s.name, Outcome::AlreadyOpened, false, 0, s.state, false));
                }
                Opening::Apply { order, pin } => (order, pin),
            };
            t.take_distribution_role(code)?;
            t.record_pin(&Party::Auditor, pkg, pin, &format!("{}/{code}", year.year()))?;
            t.write_distributed_departments(d)?;
            t.set_up_distributed_campaign(year, view.campaign.is_none(), q, questionnaire_toml, d)?;
            t.write_distributed_section(year, code, d)?;
            let answered_here: HashSet<String> = {
                let mut stmt = t.tx.prepare_cached("SELECT item FROM answers WHERE year = ?1 AND dept = ?2")?;
                stmt.query_map(params![year.year(), code], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?
            };
            t.write_distributed_reviews(year, code, q, d)?;
            let drafts = rules::carry_over_drafts(q, d.section.scope(), d, &answered_here);
            let stamp = now();
            for a in &drafts {
                t.write_answer(year, code, a, &stamp)?;
            }
            let local = t.section(year, code)?;
            let reopen = t.reopen_if_sent_back(year, code, order, local.state, d, &stamp)?;
            t.record_received(file)?;
            let outcome = match order {
                Order::Newer { previous } => Outcome::Updated { previous },
                _ => Outcome::SetUp,
            };
            let state = if reopen.is_some() { SectionState::Reopened } else { local.state };
            tracing::info!(year = year.year(), dept = code, carried = drafts.len(), "distribution opened");
            Ok(taken(
                year,
                pkg,
                d.section.name.clone(),
                outcome,
                pin == PinDecision::FirstUse,
                drafts.len() as u32,
                state,
                reopen.is_some(),
            ))
        })
    }

    /// 回答パッケージ: the section's answers, plans, state, history and events,
    /// with the next revision number. `year` and `dept` choose among the
    /// sections opened on this terminal (needed only when there are several).
    /// Recorded as sent only if `deliver` (the shell writing the file)
    /// succeeds, in the same transaction.
    pub fn respond_with<E: From<ExchangeError> + From<StoreError>>(
        &mut self,
        year: Option<FiscalYear>,
        dept: Option<&str>,
        deliver: impl FnOnce(&Outgoing) -> std::result::Result<(), E>,
    ) -> std::result::Result<Outgoing, E> {
        self.transaction(|t| {
            let out = t.response(year, dept)?;
            deliver(&out)?;
            Ok(out)
        })
    }

    /// [`Store::respond_with`] for a caller that keeps the bytes (tests).
    pub fn respond(&mut self, year: Option<FiscalYear>, dept: Option<&str>) -> XResult<Outgoing> {
        self.respond_with(year, dept, |_| Ok::<(), ExchangeError>(()))
    }

    /// The auditor's decision on a response, without writing anything.
    /// `allow_shared_key`: see [`Store::import_response`].
    pub fn judge_response(&mut self, file: &Verified, allow_shared_key: bool) -> XResult<Verdict> {
        let pkg = &file.package;
        self.transaction(|t| {
            let view = t.auditor_view(pkg)?;
            Ok(rules::judge_response(pkg, &view, allow_shared_key)?)
        })
    }

    /// Imports one response in one transaction: a newer revision replaces
    /// the section's answers (the earlier values go to history), the same
    /// package again changes nothing, anything else is refused unchanged.
    ///
    /// `allow_shared_key` is the auditor's explicit confirmation that one
    /// terminal answers for several sections: without it, a response signed
    /// by a key already pinned to another section is refused
    /// ([`Refusal::SharedKey`]); with it, the pin and the confirmation are
    /// both written to the audit log (`key.pin`, `key.share-allowed`).
    pub fn import_response(&mut self, file: &Verified, allow_shared_key: bool) -> XResult<Taken> {
        let pkg = &file.package;
        let Contents::Response(r) = &pkg.contents else {
            return Err(Refusal::WrongKind { expected: Kind::Response, found: pkg.manifest.kind }.into());
        };
        let m = &pkg.manifest;
        let year = m.campaign;
        let code = m.department.as_str();
        self.transaction(|t| {
            t.authorize(Operation::Exchange)?;
            let view = t.auditor_view(pkg)?;
            let (order, pin, shared_with) = match rules::judge_response(pkg, &view, allow_shared_key)? {
                Verdict::AlreadyImported => {
                    let s = t.section(year, code)?;
                    return Ok(taken(year, pkg, s.name, Outcome::AlreadyImported, false, 0, s.state, false));
                }
                Verdict::Take { order, pin, shared_with } => (order, pin, shared_with),
            };
            let s = t.section(year, code)?;
            let q = t.questionnaire(year)?;
            let answers = rules::check_response(&q, s.scope(), year, r)?;
            rules::check_log(year.year(), code, &r.log)?;
            let subject = format!("{}/{code}", year.year());
            if !shared_with.is_empty() {
                let after = crate::audit_log::json(&(pkg.fingerprint().to_string(), &shared_with));
                t.record("key.share-allowed", &subject, None, after)?;
                tracing::warn!(dept = code, others = ?shared_with, "a key pinned to another section allowed");
            }
            t.record_pin(&Party::Section(code.to_owned()), pkg, pin, &subject)?;
            let stamp = now();
            let sent: HashSet<&str> = answers.iter().map(|a| a.item_id.as_str()).collect();
            let here = t.answer_map(year, code)?;
            for a in &answers {
                if here.get(&a.item_id) != Some(a) {
                    t.write_answer(year, code, a, &stamp)?;
                }
            }
            // Answers the section no longer has are blanked, never deleted: the old value goes to history.
            for (item, old) in &here {
                let blank = Answer::empty(item.clone());
                if !sent.contains(item.as_str()) && *old != blank {
                    t.write_answer(year, code, &blank, &stamp)?;
                }
            }
            let evidence = &pkg.evidence;
            t.replace_evidence(year, code, &r.evidence, |h| evidence.get(h).cloned())?;
            if let Some(rollup) = &r.staff {
                t.receive_rollup(year, code, rollup).map_err(|e| match e {
                    StoreError::Staff(reason) => ExchangeError::from(Refusal::InvalidStaff(reason)),
                    other => other.into(),
                })?;
            }
            let follow_ups: Vec<_> =
                r.follow_ups.iter().map(|f| (f.item_id.clone(), f.answer.clone(), f.saved_at.clone())).collect();
            t.receive_follow_up_answers(year, code, &follow_ups).map_err(|e| match e {
                StoreError::FollowUp(reason) => ExchangeError::from(Refusal::InvalidFollowUp(reason)),
                other => other.into(),
            })?;
            if r.state != s.state || r.submitted_at != s.submitted_at {
                t.tx.execute(
                    "UPDATE campaign_sections SET state = ?3, submitted_at = ?4 WHERE year = ?1 AND dept = ?2",
                    params![year.year(), code, r.state.code(), r.submitted_at],
                )?;
                if r.state == SectionState::Submitted && s.state != SectionState::Submitted {
                    let at = r.submitted_at.clone().unwrap_or_else(|| stamp.clone());
                    let signoff = r.events.iter().rev().find(|e| e.action == "submit").and_then(|e| e.signoff.as_ref());
                    t.insert_submit_event(year, code, &at, signoff)?;
                }
            }
            t.record_received(file)?;
            let logged = t.record_terminal_log(year.year(), code, &pkg.fingerprint().to_string(), &r.log)?;
            tracing::debug!(logged, "terminal log events taken");
            let outcome = match order {
                Order::Newer { previous } => Outcome::Superseded { previous },
                _ => Outcome::Imported,
            };
            tracing::info!(year = year.year(), dept = code, revision = m.revision, "response imported");
            let mut done =
                taken(year, pkg, s.name, outcome, pin == PinDecision::FirstUse, answers.len() as u32, r.state, false);
            done.shared_with = shared_with;
            Ok(done)
        })
    }

    /// Imports many response files, each in its own transaction, oldest
    /// revision first. Before the first package that changes anything, one
    /// backup of the database is made; a run that changes nothing makes none.
    /// `progress` is told (done, total, label) as files are taken;
    /// `allow_shared_key` as for [`Store::import_response`].
    pub fn import_files(
        &mut self,
        files: Vec<(String, Result<Vec<u8>, PackageError>)>,
        allow_shared_key: bool,
        progress: &mut dyn FnMut(usize, usize, &str),
    ) -> ImportRun {
        let total = files.len();
        let mut results: Vec<Option<XResult<Taken>>> = (0..total).map(|_| None).collect();
        let mut labels = Vec::with_capacity(total);
        let mut verified = Vec::new();
        for (i, (label, bytes)) in files.into_iter().enumerate() {
            match bytes.and_then(Verified::new) {
                Ok(v) => verified.push((i, v)),
                Err(e) => results[i] = Some(Err(e.into())),
            }
            labels.push(label);
        }
        let manifests: Vec<_> = verified.iter().map(|(_, v)| &v.package.manifest).collect();
        let order = rules::import_order(&manifests);
        let mut backup: Option<PathBuf> = None;
        let mut backup_error: Option<Message> = None;
        // During the run, commits are not flushed to the disk one by one
        // (WAL with synchronous=NORMAL: a killed process loses nothing, a
        // power cut can lose the last packages but never leaves half of one).
        // That is safe here because the run is preceded by a backup and is
        // idempotent: run it again and what is missing is imported, the rest
        // is "already imported". The end of the run is flushed (below).
        let relaxed = self.conn.pragma_update(None, "synchronous", "NORMAL").is_ok();
        // No checkpoint (and its disk flushes) in the middle of the run; one at its end.
        let _ = self.conn.pragma_update(None, "wal_autocheckpoint", 0);
        let already_done = total - verified.len();
        for (done, k) in (already_done..).zip(order) {
            let (i, file) = &verified[k];
            progress(done, total, &labels[*i]);
            let result = match (&backup_error, &backup) {
                (Some(e), _) => Err(ExchangeError::BackupFailed(e.clone())),
                // Once the backup exists, each package is simply judged inside its own transaction.
                (None, Some(_)) => self.import_response(file, allow_shared_key),
                (None, None) => self.import_before_backup(file, allow_shared_key, &mut backup, &mut backup_error),
            };
            results[*i] = Some(result);
        }
        let _ = self.conn.pragma_update(None, "wal_autocheckpoint", 1000);
        if relaxed {
            let flushed = self
                .conn
                .pragma_update(None, "synchronous", "FULL")
                .and_then(|()| self.conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(())));
            if let Err(e) = flushed {
                tracing::warn!(error = %e, "could not flush the import run to disk");
            }
        }
        progress(total, total, "");
        let lines = labels
            .into_iter()
            .zip(results)
            .map(|(label, result)| ImportLine {
                label,
                result: result.unwrap_or(Err(ExchangeError::Package(PackageError::NotAPackage))),
            })
            .collect();
        ImportRun { lines, backup }
    }

    /// Until the first change, a package is judged without writing; the one
    /// that will change something gets the run's backup made first.
    fn import_before_backup(
        &mut self,
        file: &Verified,
        allow_shared_key: bool,
        backup: &mut Option<PathBuf>,
        backup_error: &mut Option<Message>,
    ) -> XResult<Taken> {
        match self.judge_response(file, allow_shared_key)? {
            Verdict::Take { .. } => match self.backup_auto("import") {
                Ok(path) => {
                    *backup = Some(path);
                    self.import_response(file, allow_shared_key)
                }
                Err(e) => {
                    let reason = e.message();
                    *backup_error = Some(reason.clone());
                    Err(ExchangeError::BackupFailed(reason))
                }
            },
            Verdict::AlreadyImported => self.import_response(file, allow_shared_key),
        }
    }

    /// Closes a campaign (the report is final): no response is imported
    /// after this. Returns false if it was already closed.
    pub fn close_campaign(&mut self, year: FiscalYear) -> crate::Result<bool> {
        self.transaction(|t| {
            t.authorize(Operation::Exchange)?;
            t.resolve_campaign(Some(year))?;
            let changed = t.tx.execute(
                "UPDATE campaigns SET closed_at = ?2 WHERE year = ?1 AND closed_at IS NULL",
                params![year.year(), now()],
            )?;
            Ok(changed > 0)
        })
    }
}

fn random_failed(e: tenken_exchange::KeyError) -> ExchangeError {
    ExchangeError::Store(StoreError::Io { path: PathBuf::from("getrandom"), source: std::io::Error::other(e) })
}

fn new_id() -> XResult<String> {
    tenken_exchange::new_package_id().map_err(random_failed)
}

/// A new package's header: a fresh id, for a section's campaign under
/// checklist `q`, made now. Distributions and responses alike.
fn package_header(campaign: FiscalYear, dept: &str, q: &Questionnaire, revision: u32) -> XResult<Header> {
    Ok(Header {
        package_id: new_id()?,
        campaign,
        department: dept.to_owned(),
        questionnaire_hash: q.hash(),
        revision,
        created_at: now(),
    })
}

impl Tx<'_> {
    /// The campaign of a year as the exchange rules see it.
    fn campaign_view(&mut self, year: FiscalYear) -> XResult<Option<CampaignView>> {
        Ok(self
            .tx
            .query_row(
                "SELECT questionnaire, closed_at IS NOT NULL FROM campaigns WHERE year = ?1",
                [year.year()],
                |r| Ok(CampaignView { questionnaire_hash: r.get(0)?, closed: r.get(1)? }),
            )
            .optional()?)
    }

    /// Packages of this kind already taken for the section, plus any with the same id or bytes.
    fn received(&mut self, kind: Kind, year: FiscalYear, dept: &str, pkg: &Package) -> XResult<Vec<Received>> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT package_id, sha256, revision FROM packages_received
             WHERE (kind = ?1 AND year = ?2 AND dept = ?3) OR package_id = ?4 OR sha256 = ?5",
        )?;
        let rows = stmt
            .query_map(params![kind.code(), year.year(), dept, pkg.manifest.package_id, pkg.sha256], |r| {
                Ok(Received { package_id: r.get(0)?, sha256: r.get(1)?, revision: r.get(2)? })
            })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn auditor_view(&mut self, pkg: &Package) -> XResult<AuditorView> {
        let m = &pkg.manifest;
        let year = m.campaign;
        let department_known: bool =
            self.tx.query_row("SELECT EXISTS (SELECT 1 FROM departments WHERE code = ?1)", [&m.department], |r| {
                r.get(0)
            })?;
        let rows: Vec<(String, Option<Vec<u8>>)> = {
            let mut stmt = self.tx.prepare_cached(
                "SELECT package_id, response_secret FROM packages_sent
                 WHERE kind = 'distribution' AND year = ?1 AND dept = ?2",
            )?;
            stmt.query_map(params![m.campaign.year(), m.department], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<rusqlite::Result<_>>()?
        };
        let mut distributed = Vec::with_capacity(rows.len());
        for (package_id, secret) in rows {
            let secret = match secret {
                Some(bytes) => Some(
                    ResponseSecret::from_bytes(&bytes)
                        .ok_or_else(|| StoreError::Corrupt("packages_sent.response_secret".to_owned()))?,
                ),
                None => None,
            };
            distributed.push(SentDistribution { package_id, secret });
        }
        let me = Party::Section(m.department.clone());
        let same_key_pinned_to: Vec<String> = {
            let mut stmt = self
                .tx
                .prepare_cached("SELECT party FROM key_pins WHERE fingerprint = ?1 AND party <> ?2 ORDER BY party")?;
            let parties = stmt
                .query_map(params![pkg.fingerprint().to_hex(), me.key()], |r| r.get::<_, String>(0))?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            parties
                .iter()
                .filter_map(|p| match Party::from_key(p) {
                    Some(Party::Section(code)) => Some(code),
                    _ => None,
                })
                .collect()
        };
        Ok(AuditorView {
            campaign: self.campaign_view(year)?,
            department_known,
            distributed,
            pin: self.pin(&me)?,
            same_key_pinned_to,
            received: self.received(Kind::Response, year, &m.department, pkg)?,
        })
    }

    /// Pins the signer on first use (recorded in the audit log as `key.pin`
    /// about `subject`), or completes a pin made from a fingerprint alone.
    fn record_pin(&mut self, party: &Party, pkg: &Package, pin: PinDecision, subject: &str) -> XResult<()> {
        match pin {
            PinDecision::FirstUse => {
                self.set_pin(party, pkg.fingerprint(), Some(&pkg.signer), PinHow::FirstUse)?;
                let after = crate::audit_log::json(&(party.key(), pkg.fingerprint().to_string()));
                self.record("key.pin", subject, None, after)?;
                tracing::info!(party = %party.key(), fingerprint = %pkg.fingerprint(), "key pinned on first use");
            }
            PinDecision::Trusted => self.complete_pin(party, &pkg.signer)?,
        }
        Ok(())
    }

    fn next_revision(&mut self, kind: Kind, year: FiscalYear, dept: &str) -> XResult<u32> {
        Ok(self.tx.query_row(
            "SELECT COALESCE(MAX(revision), 0) + 1 FROM packages_sent WHERE kind = ?1 AND year = ?2 AND dept = ?3",
            params![kind.code(), year.year(), dept],
            |r| r.get(0),
        )?)
    }

    fn record_sent(
        &mut self,
        kind: Kind,
        h: &Header,
        bytes: &[u8],
        file_name: &str,
        secret: Option<&ResponseSecret>,
    ) -> XResult<()> {
        self.tx.execute(
            "INSERT INTO packages_sent (package_id, kind, year, dept, revision, sha256, file_name, created_at,
                                        response_secret)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                h.package_id,
                kind.code(),
                h.campaign.year(),
                h.department,
                h.revision,
                tenken_exchange::sha256_hex(bytes),
                file_name,
                h.created_at,
                secret.map(|s| s.as_bytes().to_vec())
            ],
        )?;
        Ok(())
    }

    /// Names a package built for a section, records it as sent (with the
    /// secret a response must prove, for a distribution) and hands it out:
    /// the last step of a distribution and of a response alike.
    fn send(
        &mut self,
        kind: Kind,
        year: FiscalYear,
        header: Header,
        name: String,
        bytes: Vec<u8>,
        secret: Option<&ResponseSecret>,
    ) -> XResult<Outgoing> {
        let file_name = rules::file_name(kind, year, &header.department, &name, header.revision);
        self.record_sent(kind, &header, &bytes, &file_name, secret)?;
        Ok(Outgoing {
            kind,
            year,
            dept: header.department,
            name,
            revision: header.revision,
            package_id: header.package_id,
            file_name,
            bytes,
        })
    }

    fn record_received(&mut self, file: &Verified) -> XResult<()> {
        let m = &file.package.manifest;
        self.tx.execute(
            "INSERT INTO packages_received (package_id, sha256, kind, year, dept, revision, signer, created_at,
                                            received_at, bytes)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            params![
                m.package_id,
                file.package.sha256,
                m.kind.code(),
                m.campaign.year(),
                m.department,
                m.revision,
                file.package.fingerprint().to_hex(),
                m.created_at,
                now(),
                file.bytes
            ],
        )?;
        let subject = format!("{}/{}", m.campaign, m.department);
        let after = crate::audit_log::json(&(m.kind.code(), m.revision, &m.package_id, &file.package.sha256));
        self.record("package.receive", &subject, None, after)?;
        Ok(())
    }
}

/// The summary line of a package taken.
#[allow(clippy::too_many_arguments)]
fn taken(
    year: FiscalYear,
    pkg: &Package,
    name: String,
    outcome: Outcome,
    pinned_now: bool,
    answers: u32,
    state: SectionState,
    reopened: bool,
) -> Taken {
    Taken {
        year,
        dept: pkg.manifest.department.clone(),
        name,
        revision: pkg.manifest.revision,
        outcome,
        signer: pkg.fingerprint().to_string(),
        pinned_now,
        answers,
        state,
        reopened,
        shared_with: Vec::new(),
    }
}

impl Tx<'_> {
    /// Builds and records the distribution packages of [`Store::distribute_with`].
    fn distributions(&mut self, year: FiscalYear, depts: &[String]) -> XResult<Vec<Outgoing>> {
        let (codes, mut campaign) = self.distributing(year, depts)?;
        let mut out = Vec::with_capacity(codes.len());
        for code in codes {
            out.push(self.distribution(year, code, &mut campaign)?);
        }
        tracing::info!(year = year.year(), packages = out.len(), "distribution packages made");
        Ok(out)
    }

    /// Builds and records the response package of [`Store::respond_with`].
    fn response(&mut self, year: Option<FiscalYear>, dept: Option<&str>) -> XResult<Outgoing> {
        let t = self;
        let (year, code) = t.answering_section(year, dept)?;
        let (distribution_id, imported_there, secret) = t.opened_distribution(year, &code)?;
        let s = t.section(year, &code)?;
        let q = t.questionnaire(year)?;
        let answers: Vec<SentAnswer> = {
            let mut stmt = t.tx.prepare_cached(&format!(
                "SELECT {ANSWER_COLUMNS}, revision, saved_at FROM answers WHERE year = ?1 AND dept = ?2 ORDER BY item"
            ))?;
            stmt.query_map(params![year.year(), code], |r| {
                Ok(SentAnswer {
                    answer: answer_from_row(r)?.2,
                    revision: r.get(AFTER_ANSWER)?,
                    saved_at: r.get(AFTER_ANSWER + 1)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?
        };
        let history: Vec<SentHistory> = {
            let mut stmt = t.tx.prepare_cached(&format!(
                "SELECT {ANSWER_COLUMNS}, revision, saved_at, replaced_at FROM answer_history
                     WHERE year = ?1 AND dept = ?2 ORDER BY id"
            ))?;
            stmt.query_map(params![year.year(), code], |r| {
                Ok(SentHistory {
                    answer: answer_from_row(r)?.2,
                    revision: r.get(AFTER_ANSWER)?,
                    saved_at: r.get(AFTER_ANSWER + 1)?,
                    replaced_at: r.get(AFTER_ANSWER + 2)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?
        };
        let events: Vec<SentEvent> = {
            let mut stmt = t.tx.prepare_cached(
                "SELECT action, reason, at FROM section_events WHERE year = ?1 AND dept = ?2 ORDER BY id",
            )?;
            stmt.query_map(params![year.year(), code], |r| {
                Ok(SentEvent { action: r.get(0)?, reason: r.get(1)?, at: r.get(2)?, signoff: None })
            })?
            .collect::<rusqlite::Result<_>>()?
        };
        // The sign-offs, in the same order (the 提出履歴 reads them back).
        let mut events = events;
        let history_here = t.submissions(year, &code)?;
        for (e, h) in events.iter_mut().zip(history_here) {
            e.signoff = h.signoff;
        }
        let log = t.section_log(year, &code)?;
        let revision = t.next_revision(Kind::Response, year, &code)?.max(imported_there.saturating_add(1));
        let header = package_header(year, &code, &q, revision)?;
        let key = t.installation_key()?;
        let signer = key.public().to_hex();
        let proof = secret.map(|secret| {
            secret.prove(&ProofInput {
                campaign: year,
                department: &code,
                package_id: &header.package_id,
                revision,
                signer: &signer,
                distribution_id: &distribution_id,
            })
        });
        let files = t.evidence_with_content(year, &code)?;
        let response = Response {
            distribution_id,
            state: s.state,
            submitted_at: s.submitted_at.clone(),
            answers,
            history,
            events,
            log,
            proof,
            evidence: files.iter().map(|(f, _)| f.clone()).collect(),
            staff: t.staff_rollup(year, &code)?.map(|r| r.shareable()),
            follow_ups: t.sent_follow_ups(year, &code)?,
        };
        let contents: Vec<&[u8]> = files.iter().map(|(_, b)| b.as_slice()).collect();
        let bytes = tenken_exchange::build_response(&header, &response, &contents, &key)?;
        let out = t.send(Kind::Response, year, header, s.name, bytes, None)?;
        tracing::info!(year = year.year(), dept = %code, revision, "response package made");
        Ok(out)
    }
}
