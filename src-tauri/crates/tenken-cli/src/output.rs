//! Tables and numbers as a terminal shows them (CJK-width aware).

use comfy_table::{CellAlignment, ContentArrangement, Table, presets};
use tenken_core::Tier;

use tenken_i18n::Localizer;

/// Prints one piece of output. A closed pipe (`tenken status | head`) ends the
/// program quietly instead of with a panic. Control and bidi characters in it
/// (a name stored before they were refused, a file name) are shown as U+FFFD:
/// they must not clear the screen or retitle the terminal.
pub fn out(text: &str) {
    use std::io::Write;
    let text = tenken_core::text::visible(text);
    let mut stdout = std::io::stdout().lock();
    let written = stdout
        .write_all(text.as_bytes())
        .and_then(|()| if text.ends_with('\n') { Ok(()) } else { stdout.write_all(b"\n") });
    if let Err(e) = written.and_then(|()| stdout.flush()) {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        tracing::warn!(error = %e, "cannot write to standard output");
    }
}

/// The one overwrite rule of every command that writes a file the user
/// names (reports, exports, packages, generated checklists, the log): an
/// existing file is replaced only with `--force`.
pub fn refuse_existing(path: &std::path::Path, force: bool) -> Result<(), crate::error::CliError> {
    if !force && std::fs::symlink_metadata(path).is_ok() {
        return Err(crate::error::CliError::Exists { path: path.to_owned() });
    }
    Ok(())
}

/// Prints one line to standard error, neutralised like [`out`].
pub fn err(text: &str) {
    eprintln!("{}", tenken_core::text::visible(text));
}

/// A table with a header row; columns listed in `right` are right-aligned.
pub fn table(headers: Vec<String>, rows: Vec<Vec<String>>, right: &[usize]) -> String {
    let mut t = Table::new();
    t.load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Disabled)
        .set_header(headers);
    for row in rows {
        t.add_row(row);
    }
    for &i in right {
        if let Some(c) = t.column_mut(i) {
            c.set_cell_alignment(CellAlignment::Right);
        }
    }
    t.to_string()
}

pub use tenken_i18n::{change, percent};

/// Tier names joined for a cell.
pub fn tiers(l: &Localizer, tiers: &[Tier]) -> String {
    tiers.iter().map(|t| l.text(&format!("tier-{}", t.code()))).collect::<Vec<_>>().join("、")
}

/// A department's attributes in the user's words (「なし」 when none).
pub fn attributes(l: &Localizer, attributes: &[tenken_core::Attribute]) -> String {
    if attributes.is_empty() {
        return l.text("attribute-none");
    }
    attributes.iter().map(|a| l.text(a.label_id())).collect::<Vec<_>>().join(&l.text("attribute-separator"))
}

/// Shortens a long text for a table cell.
pub fn short(s: &str, max: usize) -> String {
    if s.chars().count() <= max { s.to_owned() } else { format!("{}…", s.chars().take(max).collect::<String>()) }
}
