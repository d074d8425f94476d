//! `tenken report …` and `tenken export …`: read the campaign from the store,
//! lay it out with `tenken-report`, write the file.
//!
//! Nothing is written unless everything worked: the output path is checked
//! first, the bytes are made in memory, then written to a temporary file next
//! to the target and renamed over it.

use std::path::{Path, PathBuf};

use tenken_core::fiscal::FiscalYear;
use tenken_i18n::{Lang, Localizer};
use tenken_report::export::{self, ExportFormat};
use tenken_report::{Rendered, ReportError, ReportFonts, ReportOptions};
use tenken_store::Store;

use crate::cli::{ExportCommand, ReportCommand, ReportFormat};
use crate::ctx::Ctx;
use crate::error::{CliError, ReportCmdError};
use crate::output;

type Result<T = ()> = std::result::Result<T, CliError>;

/// Refuses an output path that cannot be written, or that holds a file and
/// `--force` was not given, before any work is done.
fn check_output(path: &Path, exts: &[&str], force: bool) -> Result<()> {
    let ext = path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    if !ext.as_deref().is_some_and(|e| exts.contains(&e)) {
        let formats = match exts {
            ["pdf"] => ".pdf",
            ["docx"] => ".docx",
            _ => ".xlsx / .csv",
        };
        return Err(CliError::Report(ReportCmdError::Format { path: path.to_owned(), formats }));
    }
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    let fail = |source: std::io::Error| CliError::Report(ReportCmdError::Output { path: path.to_owned(), source });
    match std::fs::metadata(&parent) {
        Ok(m) if m.is_dir() => {}
        Ok(_) => return Err(fail(std::io::ErrorKind::NotADirectory.into())),
        Err(e) => return Err(fail(e)),
    }
    if path.is_dir() {
        return Err(fail(std::io::ErrorKind::IsADirectory.into()));
    }
    crate::output::refuse_existing(path, force)
}

/// Writes `bytes` to `path` through a temporary file in the same folder, so a
/// failure never leaves half a file (or destroys the previous one).
pub(crate) fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let fail = |source: std::io::Error| CliError::Report(ReportCmdError::Output { path: path.to_owned(), source });
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let tmp = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
    let written = std::fs::write(&tmp, bytes).and_then(|()| std::fs::rename(&tmp, path));
    if let Err(e) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(fail(e));
    }
    Ok(())
}

/// The report faces: the one font named, else BIZ UDGothic with BIZ
/// UDPGothic for running text where the OS keeps them.
pub(crate) fn load_font(font: Option<&Path>) -> Result<ReportFonts> {
    Ok(tenken_report::load_font(font)?)
}

/// See [`tenken_report::render_with_fallback`].
fn render(
    fonts: &mut ReportFonts,
    make: impl Fn(&ReportFonts) -> std::result::Result<Rendered, ReportError>,
) -> Result<Rendered> {
    Ok(tenken_report::render_with_fallback(fonts, make)?)
}

fn today() -> ReportOptions {
    ReportOptions { generated_on: chrono::Local::now().date_naive() }
}

fn size_label(bytes: usize) -> String {
    if bytes >= 1024 * 1024 {
        format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0))
    } else {
        format!("{} KB", bytes.div_ceil(1024))
    }
}

/// The format of the consolidated report: the one asked for, else the
/// output's extension (.docx), else PDF.
fn audit_format(asked: Option<ReportFormat>, output: &Path) -> ReportFormat {
    asked.unwrap_or_else(|| {
        let ext = output.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
        if ext.as_deref() == Some("docx") { ReportFormat::Docx } else { ReportFormat::Pdf }
    })
}

fn say_written_docx(l: &Localizer, path: &Path, bytes: &[u8]) {
    output::out(&l.text_with(
        "report-written-docx",
        &[("path", path.display().to_string().into()), ("size", size_label(bytes.len()).into())],
    ));
}

fn say_written(l: &Localizer, path: &Path, r: &tenken_report::Rendered) {
    output::out(&l.text_with(
        "report-written",
        &[
            ("path", path.display().to_string().into()),
            ("pages", r.pages.into()),
            ("size", size_label(r.bytes.len()).into()),
        ],
    ));
}

/// Tells the user once, on stderr and in their language, which characters
/// the font could not print and what stands in for them (〓) — the PDF is
/// still written, since a report with a visible stand-in beats no report.
fn say_missing<'r>(l: &Localizer, reports: impl IntoIterator<Item = &'r tenken_report::Rendered>) {
    let mut missing = std::collections::BTreeSet::new();
    let mut substitute = tenken_report::font::SUBSTITUTE;
    for r in reports {
        missing.extend(r.missing.iter().copied());
        if !r.missing.is_empty() {
            substitute = r.substitute;
        }
    }
    if missing.is_empty() {
        return;
    }
    let chars: Vec<String> = missing.iter().map(char::to_string).collect();
    eprintln!(
        "{}",
        l.text_with(
            "report-missing-glyphs",
            &[
                ("count", missing.len().into()),
                ("substitute", substitute.to_string().into()),
                ("chars", chars.join(" ").into()),
            ],
        )
    );
}

/// `tenken report …`.
pub fn report(ctx: &Ctx, command: ReportCommand) -> Result {
    match command {
        ReportCommand::Section { section, output, font, force } => {
            check_output(&output, &["pdf"], force)?;
            let mut store = Store::open_to_read(&ctx.db)?;
            let year = store.resolve_campaign(section.campaign)?;
            let data = store.section_report_data(year, &section.dept)?;
            let mut face = load_font(font.as_deref())?;
            let r = render(&mut face, |f| tenken_report::section_report(&data, f, &ctx.l, &today()))?;
            write_atomically(&output, &r.bytes)?;
            say_written(&ctx.l, &output, &r);
            say_missing(&ctx.l, [&r]);
        }
        ReportCommand::Audit { campaign, output, format, font, force } => {
            let format = audit_format(format, &output);
            check_output(&output, &[if format == ReportFormat::Docx { "docx" } else { "pdf" }], force)?;
            let mut store = Store::open_to_read(&ctx.db)?;
            let year = store.resolve_campaign(campaign)?;
            let data = store.report_data(year)?;
            let mut face = load_font(font.as_deref())?;
            if format == ReportFormat::Docx {
                let bytes = tenken_report::audit_docx(&data, &face, &ctx.l, &today())?;
                write_atomically(&output, &bytes)?;
                say_written_docx(&ctx.l, &output, &bytes);
                return Ok(());
            }
            let r = render(&mut face, |f| tenken_report::audit_report(&data, f, &ctx.l, &today()))?;
            write_atomically(&output, &r.bytes)?;
            say_written(&ctx.l, &output, &r);
            say_missing(&ctx.l, [&r]);
        }
    }
    Ok(())
}

/// `tenken export …`.
pub fn export(ctx: &Ctx, command: ExportCommand) -> Result {
    let (campaign, output, force, make): (_, _, _, fn(&_, &_) -> _) = match command {
        ExportCommand::Findings { campaign, output, force } => (campaign, output, force, export::findings_table),
        ExportCommand::Answers { campaign, output, force } => (campaign, output, force, export::answers_table),
        ExportCommand::Progress { campaign, output, force } => (campaign, output, force, export::progress_table),
    };
    check_output(&output, &["xlsx", "csv"], force)?;
    let format = ExportFormat::from_path(&output).unwrap_or(ExportFormat::Xlsx);
    let mut store = Store::open_to_read(&ctx.db)?;
    let year = store.resolve_campaign(campaign)?;
    let data = store.report_data(year)?;
    let table = make(&data, &ctx.l);
    let bytes = export::encode(&table, format)?;
    write_atomically(&output, &bytes)?;
    output::out(&ctx.l.text_with(
        "export-written",
        &[("path", output.display().to_string().into()), ("rows", table.rows.len().into())],
    ));
    Ok(())
}

/// `tenken demo --reports DIR`: the consolidated report in Japanese and
/// English (PDF and .docx) and one section's result sheet, from the demo just written.
pub fn demo_reports(ctx: &Ctx, store: &mut Store, year: FiscalYear, dir: &Path, font: Option<&Path>) -> Result {
    let fail = |source: std::io::Error| CliError::Report(ReportCmdError::Output { path: dir.to_owned(), source });
    std::fs::create_dir_all(dir).map_err(fail)?;
    let mut face = load_font(font)?;
    let opts = today();
    let data = store.report_data(year)?;
    // The first submitted section with something to improve shows the most.
    let code = data
        .sections
        .iter()
        .find(|s| s.state == tenken_core::SectionState::Submitted && s.items.iter().any(|i| i.needs_improvement()))
        .or_else(|| data.sections.first())
        .map(|s| s.code.clone())
        .ok_or(ReportError::NoSection)?;
    let mut files = Vec::new();
    let mut documents = Vec::new();
    for lang in Lang::ALL {
        let l = Localizer::new(lang);
        let r = render(&mut face, |f| tenken_report::audit_report(&data, f, &l, &opts))?;
        files.push((dir.join(format!("audit-{}-{}.pdf", year.year(), lang.code())), r));
        let bytes = tenken_report::audit_docx(&data, &face, &l, &opts)?;
        documents.push((dir.join(format!("audit-{}-{}.docx", year.year(), lang.code())), bytes));
    }
    let section = store.section_report_data(year, &code)?;
    let l = Localizer::new(Lang::Ja);
    let r = render(&mut face, |f| tenken_report::section_report(&section, f, &l, &opts))?;
    // The code came from a file or a form: never let it make a path or a reserved name.
    let part = tenken_core::text::safe_file_part(&code);
    files.push((dir.join(format!("section-{part}-{}-ja.pdf", year.year())), r));
    for (path, r) in &files {
        write_atomically(path, &r.bytes)?;
        say_written(&ctx.l, path, r);
    }
    for (path, bytes) in &documents {
        write_atomically(path, bytes)?;
        say_written_docx(&ctx.l, path, bytes);
    }
    say_missing(&ctx.l, files.iter().map(|(_, r)| r));
    output::out(&ctx.l.text_with(
        "report-demo-written",
        &[("dir", dir.display().to_string().into()), ("count", (files.len() + documents.len()).into())],
    ));
    Ok(())
}
