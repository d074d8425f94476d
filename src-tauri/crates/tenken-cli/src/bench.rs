//! `tenken bench`: the speed and size targets of a large ward, measured on
//! the machine it runs on (an auditor can run it on their own office PC).
//!
//! It generates a ward (250 sections, a 120-item checklist, five fiscal years
//! by default) into a new database, then times what the auditor waits for,
//! through the same store and report functions the commands and the window
//! call: importing every section's response package, the consolidation, the
//! consolidated PDF, one section's PDF and saving one answer. Each step's
//! peak memory is read from the kernel (Linux). `--scaling` repeats the
//! consolidation and the report at 50, 250 and 1 000 sections.
//!
//! Nothing here is a test: times are printed, never asserted.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use tenken_core::FiscalYear;
use tenken_core::answer::{AnswerInput, AnswerValue, check_answer};
use tenken_core::campaign::SectionState;
use tenken_core::demo::{DemoWard, WardScale};
use tenken_core::follow_up;
use tenken_core::questionnaire::Questionnaire;
use tenken_exchange::{Header, Response, SecretKey, SentAnswer, SentEvent, SentFollowUp, SentLogEvent};
use tenken_i18n::{Lang, Localizer};
use tenken_report::ReportOptions;
use tenken_store::Store;
use tenken_store::backup::database_files;
use tenken_store::exchange::Outcome;

use crate::ctx::Ctx;
use crate::error::CliError;
use crate::output::{self, table};
use crate::report_cmd::load_font;

type Result<T = ()> = std::result::Result<T, CliError>;

/// What `tenken bench` was asked to do.
pub struct BenchArgs {
    pub scale: WardScale,
    pub scaling: bool,
    /// Where the generated databases go (kept); else a temporary folder, removed.
    pub dir: Option<PathBuf>,
    pub font: Option<PathBuf>,
}

/// The peak resident memory of this process since the last [`reset_peak`], in KB.
/// Linux only (`VmHWM`); elsewhere unknown.
fn peak_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Starts a new peak-memory measurement (Linux: writing 5 to `clear_refs`
/// resets `VmHWM` to the current resident size).
fn reset_peak() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

/// One measured step: its time (the median of its runs) and its peak memory.
struct Measured {
    time: Duration,
    peak_kb: Option<u64>,
}

/// Runs `f` `runs` times; the median time and the peak memory of all runs.
fn measure<T>(runs: usize, mut f: impl FnMut() -> Result<T>) -> Result<(Measured, T)> {
    reset_peak();
    let mut times = Vec::with_capacity(runs);
    let mut last = None;
    for _ in 0..runs.max(1) {
        let t = Instant::now();
        last = Some(f()?);
        times.push(t.elapsed());
    }
    times.sort();
    let out = last.ok_or(CliError::BenchEmpty)?;
    Ok((Measured { time: times[times.len() / 2], peak_kb: peak_kb() }, out))
}

fn ms(d: Duration) -> String {
    let ms = d.as_secs_f64() * 1000.0;
    if ms < 10.0 { format!("{ms:.2} ms") } else { format!("{ms:.0} ms") }
}

fn mb(bytes: u64) -> String {
    format!("{:.2} MB", bytes as f64 / 1_048_576.0)
}

fn kb_as_mb(kb: Option<u64>) -> String {
    kb.map_or_else(|| "—".to_owned(), |k| format!("{:.0} MB", k as f64 / 1024.0))
}

/// The size of a database with its write-ahead log, as it lies on the disk.
fn db_size(db: &Path) -> u64 {
    // The file and its write-ahead log (the shared-memory index is not data).
    database_files(db)[..2].iter().filter_map(|p| std::fs::metadata(p).ok()).map(|m| m.len()).sum()
}

/// The machine, as the results table needs to name it.
fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|c| {
            c.lines().find(|l| l.starts_with("model name")).map(|l| l.split(':').nth(1).unwrap_or("").trim().to_owned())
        })
        .unwrap_or_else(|| std::env::consts::ARCH.to_owned());
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mem = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|m| m.lines().next().and_then(|l| l.split_whitespace().nth(1)).and_then(|k| k.parse::<u64>().ok()))
        .map_or_else(String::new, |kb| format!(", {:.0} GB", kb as f64 / 1_048_576.0));
    format!("{cpu}, {cores} cores{mem}, {}", std::env::consts::OS)
}

/// A file to import: its label and its bytes (or why it could not be read).
type PackageFile = (String, std::result::Result<Vec<u8>, tenken_exchange::PackageError>);

/// Each section's terminal, made directly through the package format: its
/// answers of the newest year as the generator entered them, signed with the
/// section's own key. (250 section databases would only time the section
/// side 250 times; the auditor's import is what is measured.)
fn responses(store: &mut Store, ward: &DemoWard, q: &Questionnaire, year: FiscalYear) -> Result<Vec<PackageFile>> {
    let distributions = store.distribute(year, &[])?;
    let newest = ward.years.iter().find(|y| y.year == year).ok_or(CliError::BenchEmpty)?;
    let at = format!("{}-06-02T10:00:00+09:00", year.year());
    let mut files = Vec::with_capacity(distributions.len());
    for (n, d) in distributions.iter().enumerate() {
        let Some(section) = newest.sections.iter().find(|s| s.code == d.dept) else { continue };
        let answers: Vec<SentAnswer> = section
            .answers
            .iter()
            .filter_map(|(item, input)| check_answer(item, input, year).ok())
            .map(|answer| SentAnswer { answer, revision: 1, saved_at: at.clone() })
            .collect();
        let log = terminal_log(&answers, year, &d.dept, &at, section.submit);
        let (state, submitted_at, events) = if section.submit {
            let event = SentEvent { action: "submit".to_owned(), reason: None, at: at.clone(), signoff: None };
            (SectionState::Submitted, Some(at.clone()), vec![event])
        } else {
            (SectionState::Draft, None, vec![])
        };
        let header = Header {
            package_id: format!("{:032x}", n + 1),
            campaign: year,
            department: d.dept.clone(),
            questionnaire_hash: q.hash(),
            revision: 1,
            created_at: at.clone(),
        };
        let mut seed = [0u8; 32];
        seed[..8].copy_from_slice(&(n as u64 + 1).to_le_bytes());
        let key = SecretKey::from_seed(seed);
        // The proof a terminal that opened this distribution would send.
        let secret = match tenken_exchange::open(&d.bytes).map_err(tenken_store::exchange::ExchangeError::from)? {
            tenken_exchange::Package {
                contents: tenken_exchange::Contents::Distribution { distribution, .. }, ..
            } => distribution.response_secret.as_deref().and_then(tenken_exchange::ResponseSecret::from_hex),
            _ => None,
        };
        let signer = key.public().to_hex();
        let proof = secret.map(|s| {
            s.prove(&tenken_exchange::ProofInput {
                campaign: year,
                department: &d.dept,
                package_id: &header.package_id,
                revision: 1,
                signer: &signer,
                distribution_id: &d.package_id,
            })
        });
        let follow_ups = sent_follow_ups(store, year, &d.dept, section.submit, &at)?;
        let response = Response {
            state,
            submitted_at,
            answers,
            events,
            log,
            proof,
            follow_ups,
            ..Response::draft(d.package_id.clone())
        };
        let bytes = tenken_exchange::build_response(&header, &response, &[], &key)
            .map_err(tenken_store::exchange::ExchangeError::from)?;
        files.push((d.file_name.clone(), Ok(bytes)));
    }
    Ok(files)
}

/// The terminal's audit log: one save per answer, then the submission
/// when the section submits, numbered from 1 as a terminal numbers it.
fn terminal_log(answers: &[SentAnswer], year: FiscalYear, dept: &str, at: &str, submit: bool) -> Vec<SentLogEvent> {
    let mut log: Vec<SentLogEvent> = answers
        .iter()
        .map(|a| SentLogEvent {
            seq: 0,
            at: at.to_owned(),
            action: "answer.save".to_owned(),
            subject: format!("{}/{}/{}", year.year(), dept, a.answer.item_id),
            before: None,
            after: tenken_core::history::logged_answer(&a.answer),
        })
        .collect();
    if submit {
        log.push(SentLogEvent {
            seq: 0,
            at: at.to_owned(),
            action: "section.submit".to_owned(),
            subject: format!("{}/{}", year.year(), dept),
            before: Some("\"draft\"".to_owned()),
            after: Some("\"submitted\"".to_owned()),
        });
    }
    for (n, e) in log.iter_mut().enumerate() {
        e.seq = n as u64 + 1;
    }
    log
}

/// The section's 措置状況 answers: a section that submits answered every
/// row, one still answering half of them.
fn sent_follow_ups(
    store: &mut Store,
    year: FiscalYear,
    dept: &str,
    submit: bool,
    at: &str,
) -> Result<Vec<SentFollowUp>> {
    let rows = store.follow_ups(year, dept)?;
    let answering = if submit { rows.len() } else { rows.len() / 2 };
    Ok(rows
        .iter()
        .take(answering)
        .enumerate()
        .filter_map(|(k, f)| {
            let answer = follow_up::check_answer(&tenken_core::demo::demo_follow_up(k, year), year.start()).ok()?;
            Some(SentFollowUp { item_id: f.source.item_id.clone(), answer, saved_at: at.to_owned() })
        })
        .collect())
}

fn fresh_db(dir: &Path, name: &str) -> Result<(PathBuf, Store)> {
    let db = dir.join(name);
    for p in database_files(&db) {
        let _ = std::fs::remove_file(p);
    }
    let store = Store::create(&db)?;
    Ok((db, store))
}

/// A row of the results table: what, target, measured, peak memory, met.
type Row = [String; 5];

fn row(l: &Localizer, what: &str, target: &str, measured: String, peak: Option<u64>, met: Option<bool>) -> Row {
    let met = match met {
        Some(true) => l.text("bench-met"),
        Some(false) => l.text("bench-missed"),
        None => "—".to_owned(),
    };
    [l.text(what), target.to_owned(), measured, kb_as_mb(peak), met]
}

/// `tenken bench`.
pub fn bench(ctx: &Ctx, args: &BenchArgs) -> Result {
    let l = &ctx.l;
    let (dir, temporary) = match &args.dir {
        Some(d) => (d.clone(), false),
        None => (std::env::temp_dir().join(format!("tenken-bench-{}", std::process::id())), true),
    };
    std::fs::create_dir_all(&dir).map_err(CliError::write(&dir))?;
    let result = run(ctx, args, &dir);
    if temporary {
        let _ = std::fs::remove_dir_all(&dir);
    }
    let rows = result?;
    output::out(&table(
        vec![
            l.text("bench-col-what"),
            l.text("bench-col-target"),
            l.text("bench-col-measured"),
            l.text("bench-col-peak"),
            l.text("bench-col-met"),
        ],
        rows.into_iter().map(Vec::from).collect(),
        &[2, 3],
    ));
    if args.scaling {
        scaling(ctx, args, &dir)?;
    }
    Ok(())
}

fn run(ctx: &Ctx, args: &BenchArgs, dir: &Path) -> Result<Vec<Row>> {
    let l = &ctx.l;
    let scale = args.scale;
    let year = FiscalYear::containing(chrono::Local::now().date_naive());
    let opts = ReportOptions { generated_on: chrono::Local::now().date_naive() };
    output::out(&l.text_with(
        "bench-start",
        &[
            ("sections", scale.sections.into()),
            ("items", scale.items.into()),
            ("years", scale.years.into()),
            ("machine", machine().into()),
        ],
    ));

    let (db, mut store) = fresh_db(dir, "ward.db")?;
    let (generate, (written, ward, q)) = measure(1, || Ok(store.write_large_ward(scale, year, false)?))?;
    output::out(&l.text_with(
        "bench-generated",
        &[
            ("answers", written.answers.into()),
            ("time", ms(generate.time).into()),
            ("path", db.display().to_string().into()),
        ],
    ));

    let import = import_bench(&mut store, &ward, &q, year)?;
    let (consolidate, summary) = measure(20, || Ok(store.summary(year)?))?;
    // 措置状況 as the board reads it (every section's rows, counted with 期限超過).
    let (follow_up_read, follow_up_counts) = measure(10, || Ok(store.follow_up_counts(year)?))?;
    let follow_up_rows: u32 = follow_up_counts.values().map(|c| c.total).sum();
    let reports = report_bench(&mut store, year, args.font.as_deref(), &opts, &summary)?;

    // Saving: a section still answering changes one answer after another, as a clerk does.
    let open = summary
        .by_section
        .iter()
        .find(|s| s.state != SectionState::Submitted)
        .map(|s| s.code.clone())
        .ok_or(CliError::BenchEmpty)?;
    let (saves, save_peak) = save_bench(&mut store, year, &open)?;
    let flush = disk_flush(dir)?;
    let staff = staff_bench(&mut store, year, &open)?;
    drop(store);
    let m = Measurements {
        scale,
        generate,
        written_answers: written.answers,
        import,
        consolidate,
        follow_up_read,
        follow_up_rows,
        reports,
        saves,
        save_peak,
        staff,
        flush,
        size: db_size(&db),
    };
    Ok([auditor_rows(l, &m), saving_rows(l, &m)].concat())
}

/// Everything `tenken bench` measured on the large ward, for its table.
struct Measurements {
    scale: WardScale,
    /// Writing the generated ward (its peak memory is the table's for the database size).
    generate: Measured,
    written_answers: u32,
    import: ImportBench,
    consolidate: Measured,
    follow_up_read: Measured,
    follow_up_rows: u32,
    reports: ReportBench,
    /// Saving one answer after another, sorted.
    saves: Vec<Duration>,
    save_peak: Option<u64>,
    staff: StaffBench,
    /// Flushing 4 KB to the disk, sorted.
    flush: Vec<Duration>,
    /// The database and its write-ahead log at the end.
    size: u64,
}

/// What importing every section's response package costs.
struct ImportBench {
    import: Measured,
    /// Packages imported (each one should be).
    imported: usize,
    package_bytes: usize,
    /// The automatic backup that comes first, on the same database.
    backup_time: Duration,
}

/// Imports a response package of every section, as the auditor does on
/// the day they come back, and times the backup the import makes first.
fn import_bench(store: &mut Store, ward: &DemoWard, q: &Questionnaire, year: FiscalYear) -> Result<ImportBench> {
    let files = responses(store, ward, q, year)?;
    let packages = files.len();
    let package_bytes: usize = files.iter().filter_map(|(_, b)| b.as_ref().ok()).map(Vec::len).sum();
    let mut files = Some(files);
    let (import, run) =
        measure(1, || Ok(store.import_files(files.take().unwrap_or_default(), false, &mut |_, _, _| {})))?;
    let imported = run.lines.iter().filter(|x| matches!(&x.result, Ok(t) if t.outcome == Outcome::Imported)).count();
    if imported != packages {
        tracing::warn!(imported, packages, "not every package was imported");
    }

    // What the import's first step, the automatic backup, costs on this database.
    let t = Instant::now();
    let extra = store.backup_auto("manual")?;
    let backup_time = t.elapsed();
    let _ = std::fs::remove_file(extra);
    Ok(ImportBench { import, imported, package_bytes, backup_time })
}

/// The reports the auditor waits for, each with what it made.
struct ReportBench {
    audit_pdf: Measured,
    audit: tenken_report::Rendered,
    audit_docx: Measured,
    docx: Vec<u8>,
    section_pdf: Measured,
    section: tenken_report::Rendered,
}

/// Lays out the consolidated report as PDF and as Word, and the result
/// sheet of the submitted section with the most to improve; reading the
/// data and the font is part of each, as in the commands.
fn report_bench(
    store: &mut Store,
    year: FiscalYear,
    font: Option<&Path>,
    opts: &ReportOptions,
    summary: &tenken_core::aggregate::Summary,
) -> Result<ReportBench> {
    let ja = Localizer::new(Lang::Ja);
    let (audit_pdf, audit) = measure(3, || {
        let data = store.report_data(year)?;
        let face = load_font(font)?;
        Ok(tenken_report::audit_report(&data, &face, &ja, opts)?)
    })?;
    // The same report as a Word document (the same layout, recorded, then written as .docx).
    let (audit_docx, docx) = measure(3, || {
        let data = store.report_data(year)?;
        let face = load_font(font)?;
        Ok(tenken_report::audit_docx(&data, &face, &ja, opts)?)
    })?;
    let dept = summary
        .by_section
        .iter()
        .filter(|s| s.state == SectionState::Submitted)
        .max_by_key(|s| s.counts.partial + s.counts.no)
        .map(|s| s.code.clone())
        .ok_or(CliError::BenchEmpty)?;
    let (section_pdf, section) = measure(10, || {
        let data = store.section_report_data(year, &dept)?;
        let face = load_font(font)?;
        Ok(tenken_report::section_report(&data, &face, &ja, opts)?)
    })?;
    Ok(ReportBench { audit_pdf, audit, audit_docx, docx, section_pdf, section })
}

/// Saves 200 answers one after another on the section still answering
/// (`open`), Yes and N/A in turn: each save's time, sorted, and the peak memory.
fn save_bench(store: &mut Store, year: FiscalYear, open: &str) -> Result<(Vec<Duration>, Option<u64>)> {
    let items: Vec<String> = store.answers(year, open)?.into_iter().filter(|a| a.applies).map(|a| a.item_id).collect();
    if items.is_empty() {
        return Err(CliError::BenchEmpty);
    }
    reset_peak();
    let mut saves = Vec::with_capacity(200);
    for n in 0..200 {
        let value = if n % 2 == 0 { AnswerValue::Yes } else { AnswerValue::Na };
        let input = AnswerInput {
            value: Some(value),
            na_reason: (value == AnswerValue::Na).then(|| "当課では該当する業務を行っていない。".to_owned()),
            ..Default::default()
        };
        let t = Instant::now();
        store.save_answer(year, open, &items[n % items.len()], &input)?;
        saves.push(t.elapsed());
    }
    let save_peak = peak_kb();
    saves.sort();
    Ok((saves, save_peak))
}

/// The table's rows for what the auditor waits for: the import, the
/// consolidation, the reports and the 措置状況.
fn auditor_rows(l: &Localizer, m: &Measurements) -> Vec<Row> {
    let (import, reports) = (&m.import, &m.reports);
    let (audit, section) = (&reports.audit, &reports.section);
    vec![
        row(
            l,
            "bench-row-import",
            "≤ 1 s",
            l.text_with(
                "bench-import-measured",
                &[
                    ("time", ms(import.import.time).into()),
                    ("backup", ms(import.backup_time).into()),
                    ("packages", import.imported.into()),
                    ("size", mb(import.package_bytes as u64).into()),
                ],
            ),
            import.import.peak_kb,
            Some(import.import.time.as_secs_f64() <= 1.0),
        ),
        row(
            l,
            "bench-row-consolidate",
            "≤ 50 ms",
            ms(m.consolidate.time),
            m.consolidate.peak_kb,
            Some(m.consolidate.time.as_secs_f64() <= 0.05),
        ),
        row(
            l,
            "bench-row-audit-pdf",
            "≤ 1.5 s, ≤ 1.5 MB",
            format!("{} / {} ({} p.)", ms(reports.audit_pdf.time), mb(audit.bytes.len() as u64), audit.pages),
            reports.audit_pdf.peak_kb,
            Some(reports.audit_pdf.time.as_secs_f64() <= 1.5 && audit.bytes.len() as u64 <= 1_572_864),
        ),
        row(
            l,
            "bench-row-audit-docx",
            "—",
            format!("{} / {}", ms(reports.audit_docx.time), mb(reports.docx.len() as u64)),
            reports.audit_docx.peak_kb,
            None,
        ),
        row(
            l,
            "bench-row-section-pdf",
            "≤ 100 ms",
            format!(
                "{} / {} KB ({} p.)",
                ms(reports.section_pdf.time),
                section.bytes.len().div_ceil(1024),
                section.pages
            ),
            reports.section_pdf.peak_kb,
            Some(reports.section_pdf.time.as_secs_f64() <= 0.1),
        ),
        row(
            l,
            "bench-row-follow-ups",
            "—",
            l.text_with(
                "bench-follow-ups-measured",
                &[("time", ms(m.follow_up_read.time).into()), ("rows", m.follow_up_rows.into())],
            ),
            m.follow_up_read.peak_kb,
            None,
        ),
    ]
}

/// The table's rows for saving (an answer, a staff member's sheet), the
/// staff summary, the disk's flush under every save and what the database
/// weighs.
fn saving_rows(l: &Localizer, m: &Measurements) -> Vec<Row> {
    let (saves, flush, staff) = (&m.saves, &m.flush, &m.staff);
    let p50 = saves[saves.len() / 2];
    let p95 = saves[saves.len() * 95 / 100];
    vec![
        row(
            l,
            "bench-row-save",
            "p95 ≤ 5 ms",
            format!("p50 {} / p95 {} / max {}", ms(p50), ms(p95), ms(saves[saves.len() - 1])),
            m.save_peak,
            Some(p95.as_secs_f64() <= 0.005),
        ),
        row(
            l,
            "bench-row-staff-summary",
            "≤ 100 ms",
            l.text_with(
                "bench-staff-measured",
                &[
                    ("time", ms(staff.summary.time).into()),
                    ("sheets", staff.sheets.into()),
                    ("answers", staff.answers.into()),
                ],
            ),
            staff.summary.peak_kb,
            Some(staff.summary.time.as_secs_f64() <= 0.1),
        ),
        row(
            l,
            "bench-row-staff-save",
            "p95 ≤ 20 ms",
            format!("p50 {} / p95 {}", ms(staff.save_p50), ms(staff.save_p95)),
            None,
            Some(staff.save_p95.as_secs_f64() <= 0.02),
        ),
        row(
            l,
            "bench-row-flush",
            "—",
            format!("p50 {} / p95 {}", ms(flush[flush.len() / 2]), ms(flush[flush.len() * 95 / 100])),
            None,
            None,
        ),
        row(
            l,
            "bench-row-db-size",
            "—",
            l.text_with(
                "bench-db-measured",
                &[
                    ("size", mb(m.size).into()),
                    ("years", m.scale.years.into()),
                    ("answers", (m.written_answers as usize + m.import.imported * m.scale.items).into()),
                ],
            ),
            m.generate.peak_kb,
            None,
        ),
    ]
}

/// What the staff self-check costs at ward scale.
struct StaffBench {
    sheets: usize,
    answers: usize,
    summary: Measured,
    save_p50: Duration,
    save_p95: Duration,
}

/// Staff per section in the benchmark (the 40).
const STAFF_PER_SECTION: usize = 40;

/// The staff self-check at ward scale: the shipped staff checklist on every
/// section, 40 staff each, counted into the roll-ups the auditor's database
/// keeps from the packages; then the auditor's summary, and saving one staff
/// member's sheet at a time on the section still answering (`open`), as the
/// staff mode does.
fn staff_bench(store: &mut Store, year: FiscalYear, open: &str) -> Result<StaffBench> {
    use tenken_core::staff::{StaffSheetInput, StaffValue, items_for};
    let toml = tenken_core::shipped::STAFF[0];
    let staff_q = tenken_core::questionnaire::parse_questionnaire(toml).map_err(|_| CliError::BenchEmpty)?;
    store.set_staff_checklist(year, &staff_q, toml, false)?;
    let sections = store.status(year)?;
    // A fixed pattern instead of chance: one answer in ten いいえ, one わからない.
    let mut n: usize = 0;
    let mut sheet_for = |asked: &[&tenken_core::Item]| StaffSheetInput {
        staff_no: None,
        answers: asked
            .iter()
            .map(|i| {
                n = n.wrapping_mul(31).wrapping_add(7);
                let v = match n % 10 {
                    0 => StaffValue::No,
                    1 => StaffValue::Unknown,
                    _ => StaffValue::Yes,
                };
                (i.id.clone(), v)
            })
            .collect(),
    };
    // The auditor's database holds what the sections' packages brought: a roll-up each.
    let (mut sheets, mut answers) = (0, 0);
    let mut rollups = Vec::with_capacity(sections.len());
    for s in &sections {
        let scope = tenken_core::Scope { tiers: &s.tiers, attributes: &s.attributes };
        let asked = items_for(&staff_q, scope);
        let batch: Vec<tenken_core::staff::StaffSheet> = (0..STAFF_PER_SECTION)
            .map(|_| {
                let input = sheet_for(&asked);
                tenken_core::staff::StaffSheet { staff_no: None, answers: input.answers }
            })
            .collect();
        sheets += batch.len();
        answers += batch.len() * asked.len();
        let headcount = Some(STAFF_PER_SECTION as u32 + 5);
        rollups.push((s.code.clone(), tenken_core::staff::StaffRollup::of(&asked, &batch, headcount)));
    }
    store.transaction(|t| {
        for (code, r) in &rollups {
            t.receive_rollup(year, code, r)?;
        }
        Ok::<_, tenken_store::StoreError>(())
    })?;
    let (summary, _) = measure(20, || Ok(store.staff_summary(year)?))?;
    let status = sections.iter().find(|s| s.code == open).ok_or(CliError::BenchEmpty)?;
    let asked = items_for(&staff_q, tenken_core::Scope { tiers: &status.tiers, attributes: &status.attributes });
    let mut saves = Vec::with_capacity(100);
    for _ in 0..100 {
        let sheet = sheet_for(&asked);
        let t = Instant::now();
        store.save_staff_sheet(year, open, &sheet)?;
        saves.push(t.elapsed());
    }
    saves.sort();
    Ok(StaffBench {
        sheets,
        answers,
        summary,
        save_p50: saves[saves.len() / 2],
        save_p95: saves[saves.len() * 95 / 100],
    })
}

/// What one flush to this disk costs (write 4 KB, `fsync`), 100 times
/// sorted: the floor under saving an answer, which waits for the disk so
/// that a 保存済み answer survives a power cut.
fn disk_flush(dir: &Path) -> Result<Vec<Duration>> {
    use std::io::Write as _;
    let path = dir.join("flush.bin");
    let mut f = std::fs::File::create(&path).map_err(CliError::write(&path))?;
    let mut times = Vec::with_capacity(100);
    for _ in 0..100 {
        let t = Instant::now();
        f.write_all(&[0u8; 4096]).and_then(|()| f.sync_data()).map_err(CliError::write(&path))?;
        times.push(t.elapsed());
    }
    drop(f);
    let _ = std::fs::remove_file(&path);
    times.sort();
    Ok(times)
}

/// How the consolidation and the consolidated report grow with the ward.
fn scaling(ctx: &Ctx, args: &BenchArgs, dir: &Path) -> Result {
    let l = &ctx.l;
    let ja = Localizer::new(Lang::Ja);
    let year = FiscalYear::containing(chrono::Local::now().date_naive());
    let opts = ReportOptions { generated_on: chrono::Local::now().date_naive() };
    let face = load_font(args.font.as_deref())?;
    let mut rows = Vec::new();
    let mut base: Option<(f64, f64)> = None;
    for sections in [50, 250, 1000] {
        let (_, mut store) = fresh_db(dir, &format!("scaling-{sections}.db"))?;
        let scale = WardScale { sections, items: args.scale.items, years: 1 };
        store.write_large_ward(scale, year, true)?;
        let (consolidate, _) = measure(10, || Ok(store.summary(year)?))?;
        let (pdf, audit) = measure(3, || {
            let data = store.report_data(year)?;
            Ok(tenken_report::audit_report(&data, &face, &ja, &opts)?)
        })?;
        let per_c = consolidate.time.as_secs_f64() * 1e6 / sections as f64;
        let per_p = pdf.time.as_secs_f64() * 1e6 / sections as f64;
        let (b_c, b_p) = *base.get_or_insert((per_c, per_p));
        rows.push(vec![
            sections.to_string(),
            ms(consolidate.time),
            format!("{per_c:.0} µs (×{:.2})", per_c / b_c),
            ms(pdf.time),
            format!("{per_p:.0} µs (×{:.2})", per_p / b_p),
            format!("{} ({} p.)", mb(audit.bytes.len() as u64), audit.pages),
        ]);
    }
    output::out(&l.text("bench-scaling"));
    output::out(&table(
        vec![
            l.text("bench-col-sections"),
            l.text("bench-row-consolidate"),
            l.text("bench-col-per-section"),
            l.text("bench-row-audit-pdf"),
            l.text("bench-col-per-section"),
            l.text("bench-col-pdf-size"),
        ],
        rows,
        &[0, 1, 2, 3, 4, 5],
    ));
    Ok(())
}
