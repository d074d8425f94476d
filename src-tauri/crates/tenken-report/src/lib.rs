//! tenken-report: the reports a Japanese office prints and the spreadsheets
//! where improvement plans are tracked.
//!
//! Pure layout: a [`tenken_core::report::ReportData`] (gathered by the store)
//! and a [`tenken_i18n::Localizer`] in, bytes out. Two PDFs —
//! 所属別点検結果票 ([`section_report`]) and 自己点検結果報告書 ([`audit_report`]) —
//! and two tables as .xlsx or UTF-8-with-BOM .csv ([`export`]); the
//! 自己点検結果報告書 also as an editable Word document ([`audit_docx`]). The one thing
//! that touches the file system, finding a Japanese font, is kept apart in
//! [`fonts`]; everything else can run anywhere, the window included.
//!
//! Decisions worth knowing:
//! - printpdf (0.12) writes the PDF objects; we lay out text ourselves
//!   (measured glyph widths, UAX #14 breaks plus 禁則, see [`linebreak`]),
//!   because printpdf's own layout engine is an HTML renderer we do not need.
//! - Fonts are subset by us with `subsetter` (see [`font`]): printpdf only
//!   subsets with that same heavy engine enabled, and embedding a whole CJK
//!   font costs 4–20 MB per file.

pub mod audit;
pub mod docx;
mod docx_order;
pub mod export;
mod follow_up;
pub mod font;
pub mod fonts;
mod labels;
mod layout;
pub mod linebreak;
mod onsite;
mod parts;
pub mod section;
pub mod synthetic;

use std::path::PathBuf;

use chrono::NaiveDate;
use tenken_core::message::{Describe, Message};
use thiserror::Error;

pub use audit::audit_report;
pub use docx::audit_docx;
pub use font::{FontFace, ReportFonts, Typeface};
pub use layout::{Placed, Rendered};
pub use section::section_report;

/// Lays a report out with `fonts`. When the fonts lack characters (𠮷 in
/// BIZ UDGothic) and a font that has some of them is installed (IPAmj明朝 …),
/// lays it out again with that font as fallback of both faces; what no font
/// has stays 〓. The command line and the window both make their PDFs through it.
pub fn render_with_fallback(
    fonts: &mut ReportFonts,
    make: impl Fn(&ReportFonts) -> Result<Rendered, ReportError>,
) -> Result<Rendered, ReportError> {
    let r = make(fonts)?;
    if r.missing.is_empty() || fonts.fallback().is_some() {
        return Ok(r);
    }
    match fonts::fallback_for(fonts.face(Typeface::Figures), &r.missing) {
        Some(fallback) => {
            fonts.set_fallback(fallback);
            make(fonts)
        }
        None => Ok(r),
    }
}

/// The report's faces. A font named by the user (`--font`, `TENKEN_FONT`)
/// sets everything: they asked for that one. Otherwise BIZ UDGothic (or
/// another Japanese font) where the OS keeps it, with BIZ UDPGothic beside
/// it for running text when it is installed too. A proportional face that is
/// missing or unreadable never fails a report: the fixed face sets all.
pub fn load_font(font: Option<&std::path::Path>) -> Result<ReportFonts, ReportError> {
    let file = fonts::locate(font)?;
    let fixed = FontFace::from_bytes(file.bytes, &file.path)?;
    if font.is_some() {
        return Ok(ReportFonts::from(fixed));
    }
    let text = match fonts::proportional_for(&fixed) {
        Ok(found) => found,
        Err(e) => {
            tracing::warn!(error = %e, "proportional face unusable: running text in the fixed face");
            None
        }
    };
    Ok(ReportFonts::new(fixed, text))
}

/// What the shell decides for a report: nothing here reads a clock.
#[derive(Debug, Clone, Copy)]
pub struct ReportOptions {
    /// The date printed as 作成日.
    pub generated_on: NaiveDate,
}

/// Why a report or export could not be made.
#[derive(Debug, Error)]
pub enum ReportError {
    #[error("no Japanese font found")]
    FontNotFound,
    #[error("cannot read the font {path}: {source}")]
    FontUnreadable { path: PathBuf, source: std::io::Error },
    #[error("{path} is not a regular file of at most {max} bytes")]
    FontNotAFile { path: PathBuf, max: u64 },
    #[error("{path} is not a font file")]
    FontInvalid { path: PathBuf },
    #[error("{path} has no Japanese characters")]
    FontNotJapanese { path: PathBuf },
    /// A font file asked for one family by name (BIZ UDPGothic beside BIZ
    /// UDGothic) that has no face of it with Japanese characters.
    #[error("{path} has no {family} face")]
    FontFamilyMissing { path: PathBuf, family: String },
    #[error("the font could not be subset: {0}")]
    Subset(String),
    #[error("the spreadsheet could not be written: {0}")]
    Xlsx(String),
    #[error("the CSV could not be written: {0}")]
    Csv(String),
    #[error("the Word document could not be written: {0}")]
    Docx(String),
    #[error("the data holds no section")]
    NoSection,
}

impl Describe for ReportError {
    fn message(&self) -> Message {
        let p = |p: &PathBuf| p.display().to_string();
        match self {
            ReportError::FontNotFound => Message::new("report-error-font-not-found"),
            ReportError::FontUnreadable { path, source } => Message::new("report-error-font-unreadable")
                .arg("path", p(path))
                .arg("detail", tenken_core::message::io_reason(source)),
            ReportError::FontNotAFile { path, max } => Message::new("report-error-font-not-a-file")
                .arg("path", p(path))
                .arg("max", (max / (1024 * 1024)).to_string()),
            ReportError::FontInvalid { path } => Message::new("report-error-font-invalid").arg("path", p(path)),
            ReportError::FontNotJapanese { path } => {
                Message::new("report-error-font-not-japanese").arg("path", p(path))
            }
            ReportError::FontFamilyMissing { path, family } => {
                Message::new("report-error-font-family-missing").arg("path", p(path)).arg("family", family)
            }
            ReportError::Subset(d) => Message::new("report-error-subset").arg("detail", d),
            ReportError::Xlsx(d) => Message::new("export-error-xlsx").arg("detail", d),
            ReportError::Csv(d) => Message::new("export-error-csv").arg("detail", d),
            ReportError::Docx(d) => Message::new("report-error-docx").arg("detail", d),
            ReportError::NoSection => Message::new("report-error-no-section"),
        }
    }
}
