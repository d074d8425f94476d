//! Reading a checklist kept in Excel: cells to strings, nothing more. The
//! meaning of the rows is the core's (`tenken_core::sheet`).

use std::path::Path;

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};
use tenken_store::input::{MAX_WORKBOOK, read_input};

use crate::error::CliError;

fn cell_text(d: &Data) -> String {
    match d {
        Data::Empty | Data::Error(_) => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        // Clause numbers typed as numbers come back as floats: 5 → "5", not "5.0".
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(dt) => dt.as_datetime().map(|d| d.date().to_string()).unwrap_or_default(),
    }
}

/// The rows of the named sheet (else the first), as strings, with row 0 =
/// Excel's row 1 and column 0 = column A. Merged cells repeat their value in
/// every cell they cover, as a person reading the sheet sees it.
pub fn read_rows(path: &Path, sheet: Option<&str>) -> Result<(String, Vec<Vec<String>>), CliError> {
    let bad = |e: &dyn std::fmt::Display| CliError::Workbook { path: path.to_owned(), detail: e.to_string() };
    let bytes = read_input(path, MAX_WORKBOOK)?;
    let mut book = Xlsx::new(Cursor::new(bytes)).map_err(|e| bad(&e))?;
    let name = match sheet {
        Some(s) if book.sheet_names().iter().any(|n| n == s) => s.to_owned(),
        Some(s) => return Err(CliError::NoSuchSheet { path: path.to_owned(), sheet: s.to_owned() }),
        None => book.sheet_names().first().cloned().ok_or_else(|| bad(&"no sheets"))?,
    };
    let range = book.worksheet_range(&name).map_err(|e| bad(&e))?;
    let (row0, col0) = range.start().unwrap_or((0, 0));
    let width = col0 as usize + range.width();
    let mut rows: Vec<Vec<String>> = vec![vec![String::new(); width]; row0 as usize];
    for r in range.rows() {
        let mut row = vec![String::new(); col0 as usize];
        row.extend(r.iter().map(cell_text));
        rows.push(row);
    }
    for m in book.merge_cells_by_sheet_name(&name).map_err(|e| bad(&e))? {
        let (r0, c0) = (m.start.0 as usize, m.start.1 as usize);
        let value = rows.get(r0).and_then(|r| r.get(c0)).cloned().unwrap_or_default();
        for r in r0..=m.end.0 as usize {
            for c in c0..=m.end.1 as usize {
                if let Some(cell) = rows.get_mut(r).and_then(|row| row.get_mut(c)) {
                    *cell = value.clone();
                }
            }
        }
    }
    Ok((name, rows))
}

/// The first sheet of a workbook as CSV bytes, one line per row, so answers
/// kept in Excel (a form's export, paper typed in) are read by the same rules
/// and name the same rows and columns as a CSV would.
pub fn first_sheet_as_csv(path: &Path) -> Result<Vec<u8>, CliError> {
    let (_, rows) = read_rows(path, None)?;
    let mut w = csv::Writer::from_writer(Vec::new());
    for row in &rows {
        // An empty row stays a row, so the rows after it keep Excel's numbers.
        let cells: Vec<&str> = if row.is_empty() { vec![""] } else { row.iter().map(String::as_str).collect() };
        w.write_record(&cells).map_err(|e| CliError::Workbook { path: path.to_owned(), detail: e.to_string() })?;
    }
    w.into_inner().map_err(|e| CliError::Workbook { path: path.to_owned(), detail: e.to_string() })
}
