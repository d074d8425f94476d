//! `tenken package …`, `tenken key …`, `tenken backup …` and `tenken campaign close`:
//! the exchange with isolated terminals. Reads and writes files and prints;
//! the format and every decision are `tenken-exchange`'s, the database work
//! `tenken-store`'s.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use comfy_table::{ContentArrangement, Table, presets};
use tenken_core::message::Arg;
use tenken_core::role::Operation;
use tenken_exchange::{Fingerprint, Limits, PackageError, Party};
use tenken_i18n::Localizer;
use tenken_store::exchange::{ExchangeError, ImportRun, Outcome, Outgoing, Taken, Verified};
use tenken_store::input::{InputError, read_input};
use tenken_store::{Store, StoreError};

use crate::cli::{BackupCommand, KeyCommand, PackageCommand};
use crate::ctx::Ctx;
use crate::error::CliError;
use crate::output;

type Result<T = ()> = std::result::Result<T, CliError>;

/// Writes a package into `dir` under its own name, over an existing file
/// only with `--force`: first to a temporary name, flushed to the medium,
/// then renamed.
fn write_package(dir: &Path, p: &Outgoing, force: bool) -> Result<PathBuf> {
    std::fs::create_dir_all(dir).map_err(CliError::write(dir))?;
    let dest = dir.join(&p.file_name);
    crate::output::refuse_existing(&dest, force)?;
    let part = dir.join(format!(".{}.part", p.package_id));
    let written = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&part)
        .and_then(|mut f| f.write_all(&p.bytes).and_then(|()| f.sync_all()));
    if let Err(e) = written.and_then(|()| std::fs::rename(&part, &dest)) {
        let _ = std::fs::remove_file(&part);
        return Err(CliError::Write { path: dest, source: e });
    }
    Ok(dest)
}

/// Reads a package file, no further than the largest package can be.
fn read_package(path: &Path) -> std::result::Result<Vec<u8>, InputError> {
    read_input(path, Limits::DEFAULT.file)
}

/// The `.tenken` files named: files as given, folders' `*.tenken` by name.
fn collect(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut found: Vec<PathBuf> = std::fs::read_dir(path)
                .map_err(CliError::read(path))?
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.is_file() && p.extension().is_some_and(|e| e.eq_ignore_ascii_case("tenken")))
                .collect();
            found.sort();
            files.extend(found);
        } else {
            files.push(path.clone());
        }
    }
    Ok(files)
}

/// A file's name as the import's lines show it, without its folder.
fn file_label(label: &str) -> String {
    Path::new(label).file_name().map_or(label.to_owned(), |n| n.to_string_lossy().into_owned())
}

/// The line an import shows as it takes each file: rewritten in place on a
/// terminal, one line per file when stderr is a log; the empty label at the
/// end closes the line.
fn import_progress(l: &Localizer, tty: bool) -> impl FnMut(usize, usize, &str) + '_ {
    move |done: usize, total: usize, label: &str| {
        if label.is_empty() {
            if tty {
                eprintln!();
            }
            return;
        }
        let file = file_label(label);
        let line = l.text_with(
            "pkg-import-progress",
            &[("done", (done + 1).into()), ("total", total.into()), ("file", file.into())],
        );
        let line = tenken_core::text::visible(&line);
        if tty {
            eprint!("\r\x1b[2K{line}");
        } else {
            eprintln!("{line}");
        }
    }
}

/// Another tenken holding the database, or no room for the backup, is no
/// fault of a package: none is called refused, the run stops with what to do.
fn machine_fault(run: &ImportRun) -> Option<CliError> {
    run.lines.iter().find_map(|line| match &line.result {
        Err(ExchangeError::Store(StoreError::Busy)) => Some(CliError::Store(StoreError::Busy)),
        Err(ExchangeError::BackupFailed(d)) => Some(CliError::Exchange(ExchangeError::BackupFailed(d.clone()))),
        _ => None,
    })
}

/// What an import's lines came to: the counts by result, the packages
/// whose key was pinned or is shared, and each refusal's reason, numbered
/// as in the table.
#[derive(Default)]
struct ImportTally<'a> {
    imported: usize,
    superseded: usize,
    already: usize,
    refused: usize,
    pinned: Vec<&'a Taken>,
    shared: Vec<&'a Taken>,
    reasons: Vec<String>,
}

impl<'a> ImportTally<'a> {
    /// The row of a package taken (imported, superseding, or already there).
    fn taken(&mut self, l: &Localizer, file: String, t: &'a Taken) -> Vec<String> {
        let result = match t.outcome {
            Outcome::Superseded { previous } => {
                self.superseded += 1;
                l.text_with("pkg-result-superseded", &[("previous", previous.into())])
            }
            Outcome::AlreadyImported | Outcome::AlreadyOpened => {
                self.already += 1;
                l.text("pkg-result-already")
            }
            _ => {
                self.imported += 1;
                l.text("pkg-result-imported")
            }
        };
        if t.pinned_now {
            self.pinned.push(t);
        }
        if !t.shared_with.is_empty() {
            self.shared.push(t);
        }
        let detail = match t.outcome {
            Outcome::AlreadyImported | Outcome::AlreadyOpened => l.state(t.state),
            _ => l.text_with("pkg-detail-taken", &[("answers", t.answers.into()), ("state", l.state(t.state).into())]),
        };
        vec![file, format!("{} {}", t.dept, t.name), t.revision.to_string(), result, detail]
    }

    /// The row of a package refused: its reason goes below the table,
    /// unwrapped, so a command in it can be copied.
    fn refused(&mut self, l: &Localizer, file: String, e: &ExchangeError) -> Vec<String> {
        self.refused += 1;
        let n = self.refused;
        self.reasons.push(format!("※{n} {file}\n   {}", l.describe(e)));
        vec![file, String::new(), String::new(), l.text("pkg-result-refused"), format!("※{n}")]
    }
}

/// The import's table, a row per file in the order given, and its tally.
fn import_table<'a>(l: &Localizer, run: &'a ImportRun) -> (Table, ImportTally<'a>) {
    let mut table = Table::new();
    table.load_style(presets::UTF8_FULL_CONDENSED).set_content_arrangement(ContentArrangement::Disabled).set_header(
        ["pkg-col-file", "pkg-col-section", "pkg-col-revision", "pkg-col-result", "pkg-col-detail"]
            .map(|id| l.text(id))
            .to_vec(),
    );
    let mut tally = ImportTally::default();
    for line in &run.lines {
        let file = file_label(&line.label);
        let row = match &line.result {
            Ok(t) => tally.taken(l, file, t),
            Err(e) => tally.refused(l, file, e),
        };
        table.add_row(row);
    }
    (table, tally)
}

impl Ctx {
    /// `tenken package …`.
    pub fn package(&self, command: PackageCommand) -> Result {
        match command {
            PackageCommand::Distribute { campaign, dept, out_dir, force } => {
                let mut store = self.open_to_change(Some(Operation::Exchange))?;
                let year = store.resolve_campaign(campaign)?;
                // Written inside the store's transaction: if one file cannot be
                // written, none is recorded as sent and those already written go.
                let mut names = Vec::new();
                let made = store.distribute_with(year, &dept, |p| {
                    let path = write_package(&out_dir, p, force)?;
                    names.push(path.clone());
                    Ok::<(), CliError>(())
                });
                let packages = match made {
                    Ok(packages) => packages,
                    Err(e) => {
                        for path in &names {
                            let _ = std::fs::remove_file(path);
                        }
                        return Err(e);
                    }
                };
                for (p, path) in packages.iter().zip(&names) {
                    self.say(
                        "pkg-distribute-file",
                        &[
                            ("file", path.display().to_string().into()),
                            ("dept", p.dept.clone().into()),
                            ("name", p.name.clone().into()),
                            ("revision", p.revision.into()),
                        ],
                    );
                }
                self.say(
                    "pkg-distribute-done",
                    &[("count", packages.len().into()), ("dir", out_dir.display().to_string().into())],
                );
                let me = store.identity()?;
                self.say("pkg-own-fingerprint", &[("fingerprint", me.fingerprint.into())]);
            }
            PackageCommand::Open { file } => {
                let bytes = read_package(&file)?;
                let verified = Verified::new(bytes).map_err(ExchangeError::from)?;
                let (mut store, t) = self.open_distribution(&verified)?;
                let year = self.l.year(t.year);
                let common = |extra: Vec<(&'static str, Arg)>| {
                    let mut args: Vec<(&str, Arg)> = vec![
                        ("year", year.clone().into()),
                        ("dept", t.dept.clone().into()),
                        ("name", t.name.clone().into()),
                        ("revision", t.revision.into()),
                        ("carried", t.answers.into()),
                    ];
                    args.extend(extra);
                    args
                };
                let id = match t.outcome {
                    Outcome::AlreadyOpened => "pkg-open-already",
                    Outcome::Updated { .. } => "pkg-open-updated",
                    _ => "pkg-open-set-up",
                };
                self.say(id, &common(vec![]));
                if t.pinned_now {
                    self.say("pkg-open-auditor-pinned", &[("fingerprint", t.signer.clone().into())]);
                }
                if t.reopened {
                    let status = store.status(t.year)?;
                    let reason = status.iter().find(|s| s.code == t.dept).and_then(|s| s.reopen_reason.clone());
                    self.say("pkg-open-reopened", &[("reason", reason.unwrap_or_default().into())]);
                }
                if t.outcome != Outcome::AlreadyOpened {
                    self.say("pkg-open-next", &[("dept", t.dept.clone().into())]);
                }
            }
            PackageCommand::Respond { out_dir, dept, campaign, force } => {
                let mut store = self.open_to_change(None)?;
                // Recorded as sent only once the file is written.
                let mut path = PathBuf::new();
                let p = store.respond_with(campaign, dept.as_deref(), |p| {
                    path = write_package(&out_dir, p, force)?;
                    Ok::<(), CliError>(())
                })?;
                let year = p.year;
                let status = store.status(year)?;
                let s = status.iter().find(|s| s.code == p.dept);
                self.say(
                    "pkg-respond-written",
                    &[
                        ("file", path.display().to_string().into()),
                        ("revision", p.revision.into()),
                        ("state", s.map(|s| self.l.state(s.state)).unwrap_or_default().into()),
                        ("answers", s.map_or(0, |s| s.progress.answered).into()),
                    ],
                );
                self.say("pkg-respond-next", &[]);
            }
            PackageCommand::Import { paths, allow_shared_key } => return self.import(&paths, allow_shared_key),
        }
        Ok(())
    }

    fn import(&self, paths: &[PathBuf], allow_shared_key: bool) -> Result {
        let files = collect(paths)?;
        if files.is_empty() {
            return Err(CliError::PackagesRefused(0));
        }
        // Every file is read before anything is imported: one that is not a
        // file, or too large, stops the run with its own message.
        let mut inputs: Vec<(String, std::result::Result<Vec<u8>, PackageError>)> = Vec::with_capacity(files.len());
        for f in &files {
            inputs.push((f.display().to_string(), Ok(read_package(f)?)));
        }
        let mut store = self.open_to_change(Some(Operation::Exchange))?;
        let mut progress = import_progress(&self.l, std::io::stderr().is_terminal());
        let run = store.import_files(inputs, allow_shared_key, &mut progress);
        if let Some(fault) = machine_fault(&run) {
            let taken = run.lines.iter().filter(|line| line.result.is_ok()).count();
            if taken > 0 {
                self.say("pkg-import-busy-partly", &[("count", taken.into())]);
            }
            return Err(fault);
        }
        let (table, tally) = import_table(&self.l, &run);
        output::out(&table.to_string());
        for reason in &tally.reasons {
            output::out(reason);
        }
        self.say_import_summary(&tally, run.backup.as_deref());
        if tally.refused > 0 { Err(CliError::PackagesRefused(tally.refused)) } else { Ok(()) }
    }

    /// The lines under an import's table: the counts, each auditor key or
    /// section key pinned now, each key shared by several sections (with
    /// the auditor's leave), and where the backup went.
    fn say_import_summary(&self, tally: &ImportTally<'_>, backup: Option<&Path>) {
        self.say(
            "pkg-import-summary",
            &[
                ("imported", tally.imported.into()),
                ("superseded", tally.superseded.into()),
                ("already", tally.already.into()),
                ("refused", tally.refused.into()),
            ],
        );
        for t in &tally.pinned {
            self.say("pkg-import-pinned", &[("dept", t.dept.clone().into()), ("fingerprint", t.signer.clone().into())]);
        }
        for t in &tally.shared {
            self.say(
                "pkg-import-shared-key",
                &[
                    ("dept", t.dept.clone().into()),
                    ("others", t.shared_with.join(", ").into()),
                    ("fingerprint", t.signer.clone().into()),
                ],
            );
        }
        match backup {
            Some(path) => self.say("pkg-import-backup", &[("path", path.display().to_string().into())]),
            None => self.say("pkg-import-no-backup", &[]),
        }
    }

    /// Opens a section's distribution: the database is created if this
    /// terminal has none yet (and removed again if the package is refused),
    /// the passphrase is asked where the opening needs it, and the store
    /// makes this terminal the section's (`Tx::take_distribution_role`).
    fn open_distribution(&self, verified: &Verified) -> Result<(Store, Taken)> {
        let created = !self.db.exists();
        let new_folder = self.db.parent().filter(|d| !d.as_os_str().is_empty() && !d.exists()).map(Path::to_owned);
        let opened = (|| {
            let mut store = Store::open_or_create(&self.db)?;
            let dept = verified.package().manifest.department.as_str();
            let op = store.distribution_operation(dept)?;
            self.unlock_for(&mut store, Some(op))?;
            let t = store.open_distribution(verified)?;
            Ok::<_, CliError>((store, t))
        })();
        if opened.is_err() && created {
            for p in tenken_store::backup::database_files(&self.db) {
                let _ = std::fs::remove_file(p);
            }
            if let Some(dir) = new_folder {
                let _ = std::fs::remove_dir(dir);
            }
        }
        opened
    }

    /// `tenken key …`.
    pub fn key(&self, command: KeyCommand) -> Result {
        let mut store = match &command {
            KeyCommand::Show => Store::open_to_read(&self.db)?,
            // Trusting a section's new key is the auditor's; the auditor's new key, the terminal's own.
            KeyCommand::Repin { dept: Some(_), auditor: false, .. } => {
                self.open_to_change(Some(Operation::Exchange))?
            }
            KeyCommand::Repin { .. } => self.open_to_change(None)?,
        };
        match command {
            KeyCommand::Show => {
                let me = store.identity()?;
                self.say("key-show-fingerprint", &[("fingerprint", me.fingerprint.into())]);
                self.say("key-show-public", &[("key", me.public_key.into())]);
                self.say("key-show-created", &[("at", me.created_at.into())]);
                let pins = store.pins()?;
                if pins.is_empty() {
                    self.say("key-show-no-pins", &[]);
                    return Ok(());
                }
                self.say("key-show-pins", &[]);
                let rows = pins
                    .iter()
                    .map(|p| {
                        vec![
                            self.party_name(Party::from_key(&p.party).as_ref(), &p.party),
                            p.fingerprint.clone(),
                            p.pinned_at.clone(),
                            self.l.text(if p.how == "repin" { "key-how-repin" } else { "key-how-first-use" }),
                        ]
                    })
                    .collect();
                let h = ["key-col-party", "key-col-fingerprint", "key-col-pinned-at", "key-col-how"]
                    .map(|id| self.l.text(id))
                    .to_vec();
                output::out(&output::table(h, rows, &[]));
            }
            KeyCommand::Repin { dept, auditor, fingerprint, allow_shared_key } => {
                // clap lets through exactly one of --dept and --auditor.
                let party = match dept {
                    Some(code) if !auditor => Party::Section(code),
                    _ => Party::Auditor,
                };
                let fp = Fingerprint::parse(&fingerprint)?;
                store.repin(&party, fp, allow_shared_key)?;
                self.say(
                    "key-repinned",
                    &[("party", self.party_name(Some(&party), "").into()), ("fingerprint", fp.to_string().into())],
                );
            }
        }
        Ok(())
    }

    fn party_name(&self, party: Option<&Party>, raw: &str) -> String {
        match party {
            Some(Party::Auditor) => self.l.text("key-party-auditor"),
            Some(Party::Section(code)) => self.l.text_with("key-party-section", &[("code", code.clone().into())]),
            None => raw.to_owned(),
        }
    }

    /// `tenken backup …`.
    pub fn backup(&self, command: BackupCommand) -> Result {
        match command {
            BackupCommand::Create { out } => {
                // A backup only reads: it works while another tenken writes.
                let store = Store::open_to_read(&self.db)?;
                let path = match out {
                    Some(path) => {
                        store.backup_to(&path)?;
                        path
                    }
                    None => store.backup_auto("manual")?,
                };
                self.say("backup-created", &[("path", path.display().to_string().into())]);
            }
            BackupCommand::Restore { file } => {
                // The backup brings its own role and passphrase: restoring weighs as much as
                // changing the role. A database that does not open is what a restore is for.
                if let Ok(mut current) = Store::open(&self.db) {
                    self.unlock_for(&mut current, Some(Operation::RestoreBackup))?;
                    drop(current);
                }
                let restored = Store::restore_backup(&self.db, &file)?;
                self.say("backup-restored", &[("from", file.display().to_string().into())]);
                match restored.previous {
                    Some(p) => self.say("backup-restored-previous", &[("path", p.display().to_string().into())]),
                    None => self.say("backup-restored-new", &[]),
                }
            }
        }
        Ok(())
    }

    /// `tenken campaign close`.
    pub fn close_campaign(&self, fy: tenken_core::FiscalYear) -> Result {
        let mut store = self.open_to_change(Some(Operation::Exchange))?;
        let id = if store.close_campaign(fy)? { "cli-campaign-closed" } else { "cli-campaign-already-closed" };
        self.say(id, &[("year", self.l.year(fy).into())]);
        Ok(())
    }
}
