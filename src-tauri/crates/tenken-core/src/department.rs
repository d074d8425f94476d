//! 所属 — the org tree of 部 and 課, and the tiers each section operates.
//!
//! The auditor keeps the tree in a CSV (Excel's "CSV UTF-8", or the
//! Shift_JIS "CSV" that Excel writes by default). Parsing and checking the
//! tree happens here so that the CLI and the window refuse the same files
//! with the same words.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::attribute::{Attribute, Scope};
use crate::message::{Describe, Message};
use crate::tier::Tier;

/// The longest name accepted: longer is a paste gone wrong. Codes have
/// their own, shorter limit ([`MAX_CODE_CHARS`]).
pub const MAX_FIELD_CHARS: usize = 100;

/// A node of the org tree. Leaves (no children) are the sections that answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Department {
    /// The code the municipality uses (所属コード).
    pub code: String,
    /// 所属名, e.g. 総務部 or 情報政策課.
    pub name: String,
    /// The parent's code; `None` for a 部 at the top.
    pub parent: Option<String>,
    /// The tiers this section operates; empty for a 部.
    pub tiers: Vec<Tier>,
    /// 廃止日: the day the department stopped existing (reorganised away).
    /// It is kept, not deleted, because past campaigns, logs and packages
    /// name it; from the next campaign on it has no section. Absent in
    /// packages for a department in use, so their bytes do not change.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub retired_on: Option<chrono::NaiveDate>,
    /// 所属の属性 (主管課, 業務委託あり, …): with the tiers, they decide which
    /// items the section answers. Absent in packages when there are none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attributes: Vec<Attribute>,
}

impl Department {
    /// Whether the department is still in use (not 廃止).
    pub fn is_active(&self) -> bool {
        self.retired_on.is_none()
    }

    /// What decides the items this section answers.
    pub fn scope(&self) -> Scope<'_> {
        Scope { tiers: &self.tiers, attributes: &self.attributes }
    }
}

/// The longest 所属コード, in characters, everywhere a code enters: the CSV
/// import, the window, `--dept` and a package's manifest. A longer one is a
/// paste gone wrong, and one limit keeps a code that was imported from being
/// refused later inside a package.
pub const MAX_CODE_CHARS: usize = 64;

/// Why a typed department code cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum CodeError {
    #[error("the code is empty")]
    Empty,
    #[error("the code is longer than {max} characters")]
    TooLong { max: usize },
    #[error("the code contains a control character")]
    ControlChar,
}

/// The one way a 所属コード is read, from any source: NFKC (so full-width
/// １０２０ and half-width 1020 are the same code, as they look the same to a
/// person), trimmed, not empty, at most [`MAX_CODE_CHARS`], no control or
/// bidi characters.
pub fn normalise_code(raw: &str) -> Result<String, CodeError> {
    use unicode_normalization::UnicodeNormalization;
    let code: String = raw.nfkc().collect::<String>().trim().to_owned();
    if code.is_empty() {
        return Err(CodeError::Empty);
    }
    if code.chars().count() > MAX_CODE_CHARS {
        return Err(CodeError::TooLong { max: MAX_CODE_CHARS });
    }
    if crate::text::forbidden_char(&code, false).is_some() {
        return Err(CodeError::ControlChar);
    }
    Ok(code)
}

/// A code given on the command line or in the window for lookup: normalised
/// like a stored one, or kept as typed when it cannot be a code at all (the
/// lookup then says "no department" with what was typed).
pub fn lookup_code(raw: &str) -> String {
    normalise_code(raw).unwrap_or_else(|_| raw.to_owned())
}

/// Why a department file was refused. `line` is the row Excel shows for the
/// file (header = row 1; blank rows count; a cell holding line breaks is one row).
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DepartmentError {
    #[error("the file is neither UTF-8 nor Shift_JIS")]
    Encoding,
    #[error("the file is empty")]
    Empty,
    #[error("required column {column} is missing")]
    MissingColumn { column: &'static str },
    #[error("line {line}: {detail}")]
    BadRow { line: usize, detail: String },
    #[error("line {line}: empty {column}")]
    EmptyCell { line: usize, column: &'static str },
    #[error("line {line}: duplicate code {code} (first on line {first})")]
    DuplicateCode { line: usize, code: String, first: usize },
    #[error("line {line}: parent {parent} does not exist")]
    UnknownParent { line: usize, code: String, parent: String },
    #[error("line {line}: unknown tier {tier}")]
    UnknownTier { line: usize, tier: String },
    #[error("line {line}: unknown attribute {attribute}")]
    UnknownAttribute { line: usize, attribute: String },
    #[error("line {line}: {code} is its own ancestor")]
    Cycle { line: usize, code: String },
    #[error("line {line}: {column} is longer than {max} characters")]
    TooLong { line: usize, column: &'static str, max: usize },
    #[error("line {line}: {column} contains a control character")]
    ControlChar { line: usize, column: &'static str },
}

impl Describe for DepartmentError {
    fn message(&self) -> Message {
        match self {
            DepartmentError::Encoding => Message::new("dept-csv-encoding"),
            DepartmentError::Empty => Message::new("dept-csv-empty"),
            DepartmentError::MissingColumn { column } => Message::new("dept-csv-missing-column").arg("column", *column),
            DepartmentError::BadRow { line, detail } => {
                Message::new("dept-csv-bad-row").arg("line", *line).arg("detail", detail)
            }
            DepartmentError::EmptyCell { line, column } => {
                Message::new("dept-csv-empty-cell").arg("line", *line).arg("column", *column)
            }
            DepartmentError::DuplicateCode { line, code, first } => {
                Message::new("dept-csv-duplicate").arg("line", *line).arg("code", code).arg("first", *first)
            }
            DepartmentError::UnknownParent { line, code, parent } => {
                Message::new("dept-csv-unknown-parent").arg("line", *line).arg("code", code).arg("parent", parent)
            }
            DepartmentError::UnknownTier { line, tier } => {
                Message::new("dept-csv-unknown-tier").arg("line", *line).arg("tier", tier)
            }
            DepartmentError::UnknownAttribute { line, attribute } => {
                Message::new("dept-csv-unknown-attribute").arg("line", *line).arg("attribute", attribute)
            }
            DepartmentError::Cycle { line, code } => {
                Message::new("dept-csv-cycle").arg("line", *line).arg("code", code)
            }
            DepartmentError::TooLong { line, column, max } => {
                Message::new("dept-csv-too-long").arg("line", *line).arg("column", *column).arg("max", *max)
            }
            DepartmentError::ControlChar { line, column } => {
                Message::new("dept-csv-control-char").arg("line", *line).arg("column", *column)
            }
        }
    }
}

/// The four columns, each with the header names a clerk might type.
const COLUMNS: [(&str, &[&str]); 4] = [
    ("code", &["code", "所属コード", "コード"]),
    ("name", &["name", "所属名", "名称"]),
    ("parent", &["parent", "親コード", "上位所属コード", "上位コード"]),
    ("tiers", &["tiers", "系", "運用する系"]),
];

/// The optional column of attributes (主管課 業務委託あり …); a file without
/// it gives every department none.
const ATTRIBUTE_COLUMN: &[&str] = &["attributes", "属性", "所属の属性"];

fn normalise_header(h: &str) -> String {
    h.trim().trim_matches('\u{feff}').to_lowercase()
}

/// The row Excel shows for a byte offset of a CSV text: one more than the
/// record breaks before it, a break inside a quoted cell not counted (Excel
/// shows that cell as one row), blank lines counted (Excel shows them as
/// empty rows, where the CSV reader skips them), `\r\n`, `\n` and `\r` each
/// one break. Offsets are asked in increasing order, so the text is read once.
pub(crate) struct ExcelRows<'a> {
    text: &'a [u8],
    at: usize,
    row: usize,
    quoted: bool,
}

impl<'a> ExcelRows<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        ExcelRows { text: text.as_bytes(), at: 0, row: 1, quoted: false }
    }

    pub(crate) fn row_at(&mut self, offset: usize) -> usize {
        // The reader gives a record's position before the blank lines it skipped.
        let mut end = offset.min(self.text.len());
        while !self.quoted && end >= self.at && matches!(self.text.get(end), Some(b'\r' | b'\n')) {
            end += 1;
        }
        while self.at < end {
            match self.text[self.at] {
                b'"' => self.quoted = !self.quoted,
                b'\r' if !self.quoted => self.row += 1,
                b'\n' if !self.quoted && (self.at == 0 || self.text[self.at - 1] != b'\r') => self.row += 1,
                _ => {}
            }
            self.at += 1;
        }
        self.row
    }
}

/// Parses a department CSV and checks it against the codes already known.
///
/// All rows are checked before anything is returned, so a file is taken
/// whole or not at all. A parent may be defined later in the same file or
/// already exist (`existing`).
pub fn parse_departments_csv(bytes: &[u8], existing: &[Department]) -> Result<Vec<Department>, DepartmentError> {
    let text = crate::text::decode_text(bytes).ok_or(DepartmentError::Encoding)?;
    if text.trim().is_empty() {
        return Err(DepartmentError::Empty);
    }
    let mut reader = csv::ReaderBuilder::new().has_headers(true).flexible(true).from_reader(text.as_bytes());
    let columns = csv_columns(&mut reader)?;

    let mut rows: Vec<(usize, Department)> = Vec::new();
    let mut first_line: HashMap<String, usize> = HashMap::new();
    let mut excel = ExcelRows::new(&text);
    for record in reader.records() {
        let record = record.map_err(|e| DepartmentError::BadRow {
            line: e.position().map_or(0, |p| excel.row_at(p.byte() as usize)),
            detail: e.to_string(),
        })?;
        let line = record.position().map_or(0, |p| excel.row_at(p.byte() as usize));
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let department = department_row(&record, line, &columns, &first_line)?;
        first_line.insert(department.code.clone(), line);
        rows.push((line, department));
    }
    if rows.is_empty() {
        return Err(DepartmentError::Empty);
    }
    check_parents(existing, &rows)?;
    Ok(rows.into_iter().map(|(_, d)| d).collect())
}

/// Where the columns stand in a file's header row: the four of [`COLUMNS`]
/// in their order, and the optional attributes.
struct CsvColumns {
    index: [usize; 4],
    attributes: Option<usize>,
}

/// Reads the header row, whatever names the clerk gave the columns; a
/// file without one of the four is refused before any row is read.
fn csv_columns(reader: &mut csv::Reader<&[u8]>) -> Result<CsvColumns, DepartmentError> {
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| DepartmentError::BadRow { line: 1, detail: e.to_string() })?
        .iter()
        .map(normalise_header)
        .collect();
    let mut index = [0usize; 4];
    for (slot, (column, names)) in index.iter_mut().zip(COLUMNS) {
        *slot = headers
            .iter()
            .position(|h| names.iter().any(|n| n.to_lowercase() == *h))
            .ok_or(DepartmentError::MissingColumn { column })?;
    }
    let attributes = headers.iter().position(|h| ATTRIBUTE_COLUMN.iter().any(|n| n.to_lowercase() == *h));
    Ok(CsvColumns { index, attributes })
}

/// One department row, each cell checked in column order; a code already
/// on an earlier row (`first_line`) is refused with that row.
fn department_row(
    record: &csv::StringRecord,
    line: usize,
    columns: &CsvColumns,
    first_line: &HashMap<String, usize>,
) -> Result<Department, DepartmentError> {
    let cell = |i: usize| record.get(columns.index[i]).unwrap_or("").trim().to_owned();
    let (code, name, parent, tiers) = (cell(0), cell(1), cell(2), cell(3));
    let code_cell = |raw: &str, column: &'static str| {
        normalise_code(raw).map_err(|e| match e {
            CodeError::Empty => DepartmentError::EmptyCell { line, column },
            CodeError::TooLong { max } => DepartmentError::TooLong { line, column, max },
            CodeError::ControlChar => DepartmentError::ControlChar { line, column },
        })
    };
    let code = code_cell(&code, "code")?;
    if name.is_empty() {
        return Err(DepartmentError::EmptyCell { line, column: "name" });
    }
    if name.chars().count() > MAX_FIELD_CHARS {
        return Err(DepartmentError::TooLong { line, column: "name", max: MAX_FIELD_CHARS });
    }
    if crate::text::forbidden_char(&name, false).is_some() {
        return Err(DepartmentError::ControlChar { line, column: "name" });
    }
    let parent = if parent.is_empty() { parent } else { code_cell(&parent, "parent")? };
    if let Some(&first) = first_line.get(&code) {
        return Err(DepartmentError::DuplicateCode { line, code, first });
    }
    let tiers = Tier::parse_list(&tiers).map_err(|tier| DepartmentError::UnknownTier { line, tier })?;
    let attributes = match columns.attributes {
        Some(i) => Attribute::parse_list(record.get(i).unwrap_or(""))
            .map_err(|attribute| DepartmentError::UnknownAttribute { line, attribute })?,
        None => Vec::new(),
    };
    Ok(Department { code, name, parent: (!parent.is_empty()).then_some(parent), tiers, retired_on: None, attributes })
}

/// The tree the rows make with the departments already known: every
/// parent is in this file or already exists, then no row is its own
/// ancestor. The first row in the file that breaks a rule is named.
fn check_parents(existing: &[Department], rows: &[(usize, Department)]) -> Result<(), DepartmentError> {
    let mut parent_of: BTreeMap<&str, Option<&str>> =
        existing.iter().map(|d| (d.code.as_str(), d.parent.as_deref())).collect();
    for (_, d) in rows {
        parent_of.insert(&d.code, d.parent.as_deref());
    }
    for (line, d) in rows {
        if let Some(p) = &d.parent
            && !parent_of.contains_key(p.as_str())
        {
            return Err(DepartmentError::UnknownParent { line: *line, code: d.code.clone(), parent: p.clone() });
        }
    }
    // A walk stops at a department already known to reach the top, so the
    // check is linear: walking every row all the way up took quadratic time
    // on a deep chain (20 000 nested rows: minutes; found while setting up
    // the department_csv fuzz target). The first row in the file whose walk meets a cycle is the same.
    let mut reaches_top: HashSet<&str> = HashSet::new();
    for (line, d) in rows {
        let mut seen = HashSet::new();
        let mut at = Some(d.code.as_str());
        while let Some(code) = at {
            if reaches_top.contains(code) {
                break;
            }
            if !seen.insert(code) {
                return Err(DepartmentError::Cycle { line: *line, code: d.code.clone() });
            }
            at = parent_of.get(code).copied().flatten();
        }
        reaches_top.extend(seen);
    }
    Ok(())
}

/// The sections (leaves) of a tree: the departments in use that answer a checklist.
pub fn sections(all: &[Department]) -> Vec<&Department> {
    // A 部 whose 課 were all retired stays a 部: it does not start answering.
    let parents: HashSet<&str> = all.iter().filter_map(|d| d.parent.as_deref()).collect();
    all.iter().filter(|d| d.is_active() && !parents.contains(d.code.as_str())).collect()
}

/// The chain of names from the top, e.g. `総務部 / 情報政策課`, for lists and reports.
pub fn path_name(all: &[Department], code: &str) -> String {
    let by_code: HashMap<&str, &Department> = all.iter().map(|d| (d.code.as_str(), d)).collect();
    let mut names = Vec::new();
    let mut at = by_code.get(code).copied();
    while let Some(d) = at {
        if names.len() > all.len() {
            break;
        }
        names.push(d.name.as_str());
        at = d.parent.as_deref().and_then(|p| by_code.get(p).copied());
    }
    names.reverse();
    names.join(" / ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const CSV: &str = "code,name,parent,tiers\nS01,総務部,,\nS0101,情報政策課,S01,lgwan internet\nS0102,戸籍住民課,S01,マイナンバー利用事務系・LGWAN接続系\n";

    #[test]
    fn an_attributes_column_is_optional_and_read_in_japanese_or_as_codes() {
        use crate::attribute::Attribute;
        let csv = "所属コード,所属名,親コード,系,属性\nS01,総務部,,,\nS0101,情報政策課,S01,lgwan,主管課 システム所管\nS0102,区民課,S01,lgwan,counter・委託\n";
        let d = parse_departments_csv(csv.as_bytes(), &[]).unwrap();
        assert!(d[0].attributes.is_empty());
        assert_eq!(d[1].attributes, [Attribute::Central, Attribute::SystemOwner]);
        assert_eq!(d[2].attributes, [Attribute::Outsourcing, Attribute::Counter]);
        let without = parse_departments_csv(CSV.as_bytes(), &[]).unwrap();
        assert!(without.iter().all(|d| d.attributes.is_empty()));
        let wrong = csv.replace("counter・委託", "会計");
        let err = parse_departments_csv(wrong.as_bytes(), &[]).unwrap_err();
        assert_eq!(err, DepartmentError::UnknownAttribute { line: 4, attribute: "会計".into() });
        assert_eq!(err.message().id, "dept-csv-unknown-attribute");
    }

    #[test]
    fn reads_the_tree_with_tiers_and_japanese_tier_names() {
        let d = parse_departments_csv(CSV.as_bytes(), &[]).unwrap();
        assert_eq!(d.len(), 3);
        assert_eq!(d[2].tiers, vec![Tier::Mynumber, Tier::Lgwan]);
        assert_eq!(d[1].parent.as_deref(), Some("S01"));
        let secs: Vec<_> = sections(&d).into_iter().map(|d| d.code.as_str()).collect();
        assert_eq!(secs, vec!["S0101", "S0102"]);
        assert_eq!(path_name(&d, "S0102"), "総務部 / 戸籍住民課");
    }

    /// The row named in an error is the row Excel shows: header = row 1, a
    /// BOM changes nothing, blank lines count, a cell with line breaks is one row.
    #[test]
    fn errors_name_the_row_excel_shows() {
        let row = |csv: &str| match parse_departments_csv(csv.as_bytes(), &[]) {
            Err(DepartmentError::UnknownParent { line, .. } | DepartmentError::EmptyCell { line, .. }) => line,
            other => panic!("{other:?}"),
        };
        let plain = "code,name,parent,tiers\nS01,総務部,,\nS0101,情報政策課,S99,lgwan\n";
        assert_eq!(row(plain), 3);
        let bom_crlf = "\u{feff}所属コード,所属名,親コード,系\r\nS01,総務部,,\r\nS0101,情報政策課,S99,lgwan\r\n";
        assert_eq!(row(bom_crlf), 3);
        let blank_lines = "code,name,parent,tiers\n\nS01,総務部,,\n\n\nS0101,情報政策課,S99,lgwan\n";
        assert_eq!(row(blank_lines), 6);
        let multi_line_cell =
            "code,name,parent,tiers,備考\r\nS01,総務部,,,\"旧 総務局\r\n令和6年改称\"\r\nS0101,,S01,lgwan,\n";
        assert_eq!(row(multi_line_cell), 3);
        let carriage_returns = "code,name,parent,tiers\rS01,総務部,,\rS0101,情報政策課,S99,lgwan\r";
        assert_eq!(row(carriage_returns), 3);
    }

    /// The sample the README points to: 部 rows without parent or 系, 系 by
    /// code and by Japanese name, separated by spaces, 「・」 or commas.
    #[test]
    fn the_sample_file_in_the_repository_reads_as_documented() {
        let d =
            parse_departments_csv(include_bytes!("../../../../questionnaires/departments-example.csv"), &[]).unwrap();
        let by = |code: &str| d.iter().find(|x| x.code == code).unwrap();
        assert_eq!(d.len(), 8);
        assert_eq!(by("1000").parent, None);
        assert!(by("1000").tiers.is_empty());
        assert_eq!(by("1010").tiers, vec![Tier::Lgwan, Tier::Internet]);
        assert_eq!(by("1020").tiers, by("1010").tiers, "Japanese names read as the codes");
        assert_eq!(by("2010").tiers, vec![Tier::Mynumber, Tier::Lgwan]);
        assert_eq!(by("3010").tiers, vec![Tier::Lgwan, Tier::Internet, Tier::School]);
        assert_eq!(sections(&d).len(), 5);
    }

    #[test]
    fn accepts_bom_japanese_headers_crlf_and_shift_jis() {
        let ja = "\u{feff}所属コード,所属名,親コード,系\r\nS01,総務部,,\r\nS0101,情報政策課,S01,lgwan\r\n";
        assert_eq!(parse_departments_csv(ja.as_bytes(), &[]).unwrap().len(), 2);
        let (sjis, _, _) = encoding_rs::SHIFT_JIS.encode(ja.trim_start_matches('\u{feff}'));
        let d = parse_departments_csv(&sjis, &[]).unwrap();
        assert_eq!(d[1].name, "情報政策課");
    }

    #[test]
    fn bad_files_name_the_line_and_column() {
        let missing = "code,name,tiers\nS01,総務部,\n";
        assert_eq!(
            parse_departments_csv(missing.as_bytes(), &[]),
            Err(DepartmentError::MissingColumn { column: "parent" })
        );
        let dup = format!("{CSV}S0101,別の課,S01,lgwan\n");
        assert_eq!(
            parse_departments_csv(dup.as_bytes(), &[]),
            Err(DepartmentError::DuplicateCode { line: 5, code: "S0101".into(), first: 3 })
        );
        let orphan = format!("{CSV}X9,孤立課,NOPE,lgwan\n");
        assert_eq!(
            parse_departments_csv(orphan.as_bytes(), &[]),
            Err(DepartmentError::UnknownParent { line: 5, code: "X9".into(), parent: "NOPE".into() })
        );
        let tier = format!("{CSV}S0103,福祉課,S01,wifi\n");
        assert_eq!(
            parse_departments_csv(tier.as_bytes(), &[]),
            Err(DepartmentError::UnknownTier { line: 5, tier: "wifi".into() })
        );
        let cycle = "code,name,parent,tiers\nA,甲,B,\nB,乙,A,\n";
        assert!(matches!(parse_departments_csv(cycle.as_bytes(), &[]), Err(DepartmentError::Cycle { .. })));
        let noname = "code,name,parent,tiers\nA,,,\n";
        assert_eq!(
            parse_departments_csv(noname.as_bytes(), &[]),
            Err(DepartmentError::EmptyCell { line: 2, column: "name" })
        );
        assert_eq!(parse_departments_csv(b"code,name\xfd\xfe\xff", &[]), Err(DepartmentError::Encoding));
        assert_eq!(parse_departments_csv(b"", &[]), Err(DepartmentError::Empty));
    }

    #[test]
    fn a_cycle_is_named_at_the_first_row_that_leads_into_it() {
        let csv = "code,name,parent,tiers\nA,a,,\nB,b,A,\nX,x,Y,\nY,y,Z,\nZ,z,Y,\nC,c,B,\n";
        assert_eq!(
            parse_departments_csv(csv.as_bytes(), &[]),
            Err(DepartmentError::Cycle { line: 4, code: "X".into() })
        );
        let own = "code,name,parent,tiers\nA,a,,\nS,s,S,\n";
        assert_eq!(
            parse_departments_csv(own.as_bytes(), &[]),
            Err(DepartmentError::Cycle { line: 3, code: "S".into() })
        );
    }

    /// Regression: every row used to walk all the way to the top, which took
    /// quadratic time on a deep chain.
    #[test]
    fn a_deep_chain_is_checked_in_linear_time() {
        let rows: String = (0..10_000)
            .map(|i| format!("C{i},n,{},\n", if i == 0 { String::new() } else { format!("C{}", i - 1) }))
            .collect();
        let started = std::time::Instant::now();
        let all = parse_departments_csv(format!("code,name,parent,tiers\n{rows}").as_bytes(), &[]).unwrap();
        assert_eq!(all.len(), 10_000);
        // Generous even for a debug build on a slow machine; the quadratic version took minutes.
        assert!(started.elapsed() < std::time::Duration::from_secs(20), "{:?}", started.elapsed());
        let looped = format!("code,name,parent,tiers\nC0,n,C9999,\n{}", rows.split_once('\n').unwrap().1);
        assert_eq!(
            parse_departments_csv(looped.as_bytes(), &[]),
            Err(DepartmentError::Cycle { line: 2, code: "C0".into() })
        );
    }

    #[test]
    fn codes_are_read_the_same_however_they_were_typed() {
        assert_eq!(normalise_code(" １０２０ ").as_deref(), Ok("1020"));
        assert_eq!(normalise_code("Ｓ０１－１").as_deref(), Ok("S01-1"));
        assert_eq!(normalise_code("　"), Err(CodeError::Empty));
        assert_eq!(normalise_code(&"1".repeat(MAX_CODE_CHARS)).map(|c| c.len()), Ok(MAX_CODE_CHARS));
        assert_eq!(normalise_code(&"1".repeat(MAX_CODE_CHARS + 1)), Err(CodeError::TooLong { max: MAX_CODE_CHARS }));
        assert_eq!(normalise_code("10\u{1b}20"), Err(CodeError::ControlChar));
        assert_eq!(lookup_code("１０２０"), "1020");

        let csv = "code,name,parent,tiers\n１０,総務部,,\n1020,情報政策課,１０,lgwan\n";
        let d = parse_departments_csv(csv.as_bytes(), &[]).unwrap();
        assert_eq!((d[0].code.as_str(), d[1].parent.as_deref()), ("10", Some("10")));
        let twice = "code,name,parent,tiers\n1020,甲,,\n１０２０,乙,,\n";
        assert_eq!(
            parse_departments_csv(twice.as_bytes(), &[]),
            Err(DepartmentError::DuplicateCode { line: 3, code: "1020".into(), first: 2 })
        );
        let long = format!("code,name,parent,tiers\n{},甲,,\n", "1".repeat(MAX_CODE_CHARS + 1));
        assert_eq!(
            parse_departments_csv(long.as_bytes(), &[]),
            Err(DepartmentError::TooLong { line: 2, column: "code", max: MAX_CODE_CHARS })
        );
        let esc = "code,name,parent,tiers\nA,課\u{1b}[2J,,\n";
        assert_eq!(
            parse_departments_csv(esc.as_bytes(), &[]),
            Err(DepartmentError::ControlChar { line: 2, column: "name" })
        );
    }

    #[test]
    fn parent_may_already_exist() {
        let existing = parse_departments_csv(CSV.as_bytes(), &[]).unwrap();
        let more = "code,name,parent,tiers\nS0103,福祉課,S01,lgwan\n";
        assert_eq!(parse_departments_csv(more.as_bytes(), &existing).unwrap()[0].parent.as_deref(), Some("S01"));
    }
}
