//! Exports from the auditor's board and consolidation, through the same
//! report code as `tenken report audit` and `tenken export progress`: the
//! 自己点検結果報告書 as PDF or Word (.docx), or the progress and rates of every section as
//! .xlsx / .csv.
//!
//! The window has no file-system permission and no dialog plugin (see
//! `capabilities/default.json`), so the app writes the file itself into the
//! `reports` folder beside the database, under a name that never replaces an
//! earlier export, and tells the window where it is.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use tenken_core::FiscalYear;
use tenken_core::message::{Describe, Message};
use tenken_core::report::ReportData;
use tenken_i18n::Localizer;
use tenken_report::export::{self, ExportFormat};
use tenken_report::{ReportError, ReportOptions};
use thiserror::Error;
use ts_rs::TS;

/// What the window asks to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum ExportKind {
    /// 自己点検結果報告書 (PDF).
    Pdf,
    /// The same report as a Word document, for the auditor to edit.
    Docx,
    /// 所属別の進捗と実施率 as an Excel workbook.
    Xlsx,
    /// The same table as CSV (UTF-8 with BOM).
    Csv,
}

/// Where an export was written, for the window to say.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ExportWritten {
    pub path: String,
    /// Pages of a PDF, rows of a table, bytes of a Word document.
    pub count: u32,
}

/// Why an export failed.
#[derive(Debug, Error)]
pub enum ExportError {
    #[error(transparent)]
    Report(#[from] ReportError),
    #[error("cannot write {path}: {source}")]
    Write { path: PathBuf, source: std::io::Error },
}

impl Describe for ExportError {
    fn message(&self) -> Message {
        match self {
            ExportError::Report(e) => e.message(),
            ExportError::Write { path, source } => Message::new("report-error-output")
                .arg("path", path.display().to_string())
                .arg("detail", tenken_core::message::io_reason(source)),
        }
    }
}

/// The folder exports go to: `reports` beside the database.
pub fn reports_dir(db: &Path) -> PathBuf {
    db.parent().map_or_else(|| PathBuf::from("reports"), |p| p.join("reports"))
}

/// `stem.ext` in `dir`, or `stem-2.ext`, `stem-3.ext` … when taken.
pub(crate) fn free_name(dir: &Path, stem: &str, ext: &str) -> PathBuf {
    let mut n = 1;
    loop {
        let name = if n == 1 { format!("{stem}.{ext}") } else { format!("{stem}-{n}.{ext}") };
        let path = dir.join(name);
        if !path.exists() {
            return path;
        }
        n += 1;
    }
}

/// Lays the export out and writes it (through a temporary file, renamed into
/// place only when complete) into [`reports_dir`].
pub fn write(
    db: &Path,
    year: FiscalYear,
    data: &ReportData,
    kind: ExportKind,
    l: &Localizer,
    today: NaiveDate,
) -> Result<ExportWritten, ExportError> {
    let dir = reports_dir(db);
    let (bytes, count, stem, ext) = match kind {
        ExportKind::Pdf => {
            let mut face = tenken_report::load_font(None)?;
            let opts = ReportOptions { generated_on: today };
            let r = tenken_report::render_with_fallback(&mut face, |f| tenken_report::audit_report(data, f, l, &opts))?;
            let pages = r.pages as u32;
            (r.bytes, pages, format!("audit-{}-{}", year.year(), l.lang().code()), "pdf")
        }
        ExportKind::Docx => {
            let fonts = tenken_report::load_font(None)?;
            let opts = ReportOptions { generated_on: today };
            let bytes = tenken_report::audit_docx(data, &fonts, l, &opts)?;
            let size = bytes.len() as u32;
            (bytes, size, format!("audit-{}-{}", year.year(), l.lang().code()), "docx")
        }
        ExportKind::Xlsx | ExportKind::Csv => {
            let format = if kind == ExportKind::Xlsx { ExportFormat::Xlsx } else { ExportFormat::Csv };
            let table = export::progress_table(data, l);
            let bytes = export::encode(&table, format)?;
            let ext = if kind == ExportKind::Xlsx { "xlsx" } else { "csv" };
            (bytes, table.rows.len() as u32, format!("progress-{}-{}", year.year(), l.lang().code()), ext)
        }
    };
    let fail = |path: &Path, source| ExportError::Write { path: path.to_owned(), source };
    std::fs::create_dir_all(&dir).map_err(|e| fail(&dir, e))?;
    let path = free_name(&dir, &stem, ext);
    let tmp = dir.join(format!(".{stem}.{}.tmp", std::process::id()));
    let written = std::fs::write(&tmp, &bytes).and_then(|()| std::fs::rename(&tmp, &path));
    if let Err(e) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(fail(&path, e));
    }
    tracing::info!(path = %path.display(), count, "exported");
    Ok(ExportWritten { path: path.display().to_string(), count })
}

#[cfg(test)]
mod tests {
    use tenken_i18n::Lang;
    use tenken_store::Store;

    use super::*;

    #[test]
    fn the_board_and_consolidation_export_one_row_per_section_and_never_replace_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("t.db");
        let mut store = Store::create(&db).unwrap();
        let year = FiscalYear::new(2026).unwrap();
        store.write_demo(year).unwrap();
        let data = store.report_data(year).unwrap();
        let status = store.status(year).unwrap();
        let l = Localizer::new(Lang::Ja);
        let today = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
        let csv = write(&db, year, &data, ExportKind::Csv, &l, today).unwrap();
        assert_eq!(csv.count as usize, status.len());
        let text = std::fs::read_to_string(&csv.path).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), status.len() + 1, "a header and one row per section");
        assert!(lines[0].contains("差戻し日") && lines[0].contains("対象外（系）"));
        for (line, s) in lines[1..].iter().zip(&status) {
            let cells: Vec<&str> = line.split(',').collect();
            assert_eq!(cells[1], s.code);
            assert_eq!(cells[10], s.progress.answered.to_string(), "the board's numbers");
        }
        let again = write(&db, year, &data, ExportKind::Csv, &l, today).unwrap();
        assert_ne!(again.path, csv.path);
        assert!(again.path.ends_with("-2.csv"));
        let xlsx = write(&db, year, &data, ExportKind::Xlsx, &l, today).unwrap();
        assert!(std::fs::read(&xlsx.path).unwrap().starts_with(b"PK"));
        if tenken_report::fonts::installed_font().is_some() {
            let pdf = write(&db, year, &data, ExportKind::Pdf, &l, today).unwrap();
            assert!(std::fs::read(&pdf.path).unwrap().starts_with(b"%PDF"));
            assert!(pdf.count > 1);
            // The Word document the auditor edits: beside the PDF, never over it.
            let docx = write(&db, year, &data, ExportKind::Docx, &l, today).unwrap();
            assert!(docx.path.ends_with(".docx"), "{}", docx.path);
            assert!(std::fs::read(&docx.path).unwrap().starts_with(b"PK"));
        }
        assert!(Path::new(&csv.path).starts_with(dir.path().join("reports")));
    }
}
