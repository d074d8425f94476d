//! A checklist kept in Excel, one row per item, turned into the TOML format
//! (`tenken questionnaire import-xlsx`).
//!
//! Many wards already keep their 自己点検票 as a spreadsheet. The CLI reads
//! the cells (calamine) and hands them here as strings, so the rules for
//! reading a sheet stay pure and testable: columns are found by their
//! heading, Japanese or English, whatever the width of the characters;
//! rows with the same clause become one section; every mistake is reported
//! with the sheet, row and column letter Excel shows, so the clerk can fix the
//! sheet rather than the generated file.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use thiserror::Error;

use crate::message::{Describe, Message};
use crate::questionnaire::{CheckMethod, PLACEHOLDER_PREFIX};
use crate::scaffold::{fresh_id, half_width, item_id_base, normalize_id, one_line, toml_str};
use crate::tier::Tier;

/// The checklist header, which a sheet of item rows does not contain; the
/// CLI fills it from its options. Whatever is `None` becomes a `TODO`
/// placeholder (or, for the date and tiers, a default with a comment), so
/// the file does not validate until someone has looked at it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SheetHeader {
    /// The checklist id; item ids without an ID cell are built from it, so
    /// it is reduced to a–z, 0–9 and `-` first.
    pub id: Option<String>,
    pub municipality: Option<String>,
    pub title: Option<String>,
    pub policy: Option<String>,
    pub policy_effective: Option<NaiveDate>,
    /// The tiers the municipality has; when given, every item's tiers must be among them.
    pub tiers: Option<Vec<Tier>>,
}

/// What is wrong in one cell (or row) of the sheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SheetErrorKind {
    /// A required column is absent from the header row; `name` is the
    /// heading to add (条項, 節の見出し or 点検項目).
    MissingColumn { name: String },
    /// A required cell is empty; `name` is the column's heading as written in the sheet.
    EmptyCell { name: String },
    /// A 系 cell names something that is not a tier.
    UnknownTier { tier: String },
    /// An item names a tier that the header given by the CLI does not list.
    TierNotDeclared { tier: String },
    /// A 確認方法 cell names something that is not a check method.
    UnknownMethod { method: String },
    /// An ID cell holds characters other than a–z, 0–9 and `-`.
    InvalidId { id: String },
    /// An ID is used twice; `first_row` is where it was first used.
    DuplicateId { id: String, first_row: usize },
    /// The sheet has no item rows under its header.
    NoRows,
}

/// One problem in the sheet, at the place Excel shows it.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("{sheet}!{column}{row}: {kind:?}")]
pub struct SheetError {
    /// The worksheet's name.
    pub sheet: String,
    /// 1-based row, as Excel numbers it.
    pub row: usize,
    /// Column letter, as Excel names it (`A`, `C`, `AA`).
    pub column: String,
    pub kind: SheetErrorKind,
}

impl Describe for SheetError {
    fn message(&self) -> Message {
        let at = |id: &'static str| {
            Message::new(id).arg("sheet", &self.sheet).arg("row", self.row).arg("column", &self.column)
        };
        match &self.kind {
            SheetErrorKind::MissingColumn { name } => at("sheet-missing-column").arg("name", name),
            SheetErrorKind::EmptyCell { name } => at("sheet-empty-cell").arg("name", name),
            SheetErrorKind::UnknownTier { tier } => at("sheet-unknown-tier").arg("tier", tier),
            SheetErrorKind::TierNotDeclared { tier } => at("sheet-tier-not-declared").arg("tier", tier),
            SheetErrorKind::UnknownMethod { method } => at("sheet-unknown-method").arg("method", method),
            SheetErrorKind::InvalidId { id } => at("sheet-invalid-id").arg("id", id),
            SheetErrorKind::DuplicateId { id, first_row } => {
                at("sheet-duplicate-id").arg("id", id).arg("first", *first_row)
            }
            SheetErrorKind::NoRows => at("sheet-no-rows"),
        }
    }
}

/// Turns the rows of one worksheet into checklist TOML.
///
/// `rows[0]` is Excel row 1 and `rows[r][0]` column A: a caller whose cell
/// range starts further in pads it, so positions in errors match Excel.
/// Numbers must be rendered as Excel shows them (`5`, not `5.0`; a clause
/// `5.0` is read as `5` anyway), and merged cells filled with their value.
///
/// The header row is the first row naming a required column (so a title row
/// above it is fine), or else the first non-empty row. Columns are matched
/// by heading, ignoring spaces, width and case: 条項 / clause; 節の見出し,
/// 見出し / section title, title; 点検項目, 質問 / item, text (these three
/// required); 系 / tiers; 確認資料の例, 確認資料 / evidence hint; 重点 /
/// priority; ID; 要約 / summary; 確認方法 / method; 着眼点 / focus; and
/// `（英語）` / `_en` variants of the title, item, evidence, summary and
/// focus columns. Other columns (No., 備考) are
/// ignored, and a row with nothing in the recognised columns is skipped.
///
/// Rows with the same clause form one section, in order of first
/// appearance; its title and summary are the first non-empty cells. 系 is
/// read by [`Tier::parse_list`]; empty, 共通 or 全て means every tier.
/// 重点 is true for ○ 〇 ◯ ● ◎ ✓ yes y true 1 はい. 確認方法 is read like 系
/// (`閲覧・ヒアリング`, `review interview`); a method named twice counts once. Missing IDs become
/// `<id>-<clause numbers>-<a, b, …>`, skipping any id already taken.
///
/// Every problem is returned, sorted by row and column.
pub fn questionnaire_toml_from_rows(
    sheet: &str,
    rows: &[Vec<String>],
    header: &SheetHeader,
) -> Result<String, Vec<SheetError>> {
    let mut errors = Errors { sheet, list: Vec::new() };
    let Some(header_row) = header_row(rows, &mut errors) else {
        return Err(errors.finish());
    };
    let declared: Option<&[Tier]> = header.tiers.as_deref().filter(|t| !t.is_empty());
    let read = item_rows(rows, &header_row, declared, &mut errors);
    check_sections(&read.sections, &header_row, &mut errors);
    if !errors.list.is_empty() {
        return Err(errors.finish());
    }
    let tiers = checklist_tiers(declared, read.used_tiers);
    Ok(render(sheet, header, &tiers, declared.is_none(), &read.sections))
}

/// The header row of a sheet: where it is and the columns it names, with
/// the three required ones at hand, so each item row is read through it.
struct HeaderRow {
    /// 0-based, as `rows` holds it.
    index: usize,
    columns: Vec<Column>,
    clause: Column,
    title: Column,
    text: Column,
}

impl HeaderRow {
    /// The column of a field, when the header names it.
    fn find(&self, field: Field) -> Option<&Column> {
        self.columns.iter().find(|c| c.field == field)
    }
}

/// Finds the header row and its columns, the first step of reading a sheet:
/// a sheet with nothing in it, or without a required column, goes no
/// further (the errors say which).
fn header_row(rows: &[Vec<String>], errors: &mut Errors<'_>) -> Option<HeaderRow> {
    let Some(first) = rows.iter().position(|r| r.iter().any(|c| !clean(c).is_empty())) else {
        errors.push(1, 0, SheetErrorKind::NoRows);
        return None;
    };
    let header_index = rows
        .iter()
        .enumerate()
        .skip(first)
        .find(|(_, r)| columns_of(r).iter().any(|c| c.field.required().is_some()))
        .map_or(first, |(i, _)| i);
    let header_cells = rows.get(header_index).map(Vec::as_slice).unwrap_or_default();
    let columns = columns_of(header_cells);
    let header_row = header_index + 1;

    let find = |field: Field| columns.iter().find(|c| c.field == field);
    let required: Vec<&Column> = REQUIRED
        .iter()
        .filter_map(|&(field, name)| {
            let found = find(field);
            if found.is_none() {
                let next_free = header_cells.iter().rposition(|c| !clean(c).is_empty()).map_or(0, |i| i + 1);
                errors.push(header_row, next_free, SheetErrorKind::MissingColumn { name: name.to_owned() });
            }
            found
        })
        .collect();
    let [clause, title, text] = required.as_slice() else {
        return None;
    };
    let (clause, title, text) = (Column::clone(clause), Column::clone(title), Column::clone(text));
    Some(HeaderRow { index: header_index, columns, clause, title, text })
}

/// What the item rows gather as they are read: the sections in order of
/// first appearance (by clause), the row of each ID given, and every tier
/// an item names.
#[derive(Default)]
struct ItemRows {
    sections: Vec<SectionAcc>,
    section_of: HashMap<String, usize>,
    explicit_ids: HashMap<String, usize>,
    used_tiers: HashSet<Tier>,
}

impl ItemRows {
    /// An item's 系 cell: the tiers it names, each one the header does not
    /// declare reported; 共通, 全て or nothing means every tier (none listed).
    fn tiers(
        &mut self,
        raw: &str,
        row: usize,
        col: &Column,
        declared: Option<&[Tier]>,
        errors: &mut Errors<'_>,
    ) -> Vec<Tier> {
        let mut tiers = Vec::new();
        if !ALL_TIERS.contains(&normalize_label(raw).as_str()) {
            match Tier::parse_list(raw) {
                Ok(list) => tiers = list,
                Err(tier) => errors.push(row, col.index, SheetErrorKind::UnknownTier { tier }),
            }
        }
        for &t in &tiers {
            if declared.is_some_and(|d| !d.contains(&t)) {
                errors.push(row, col.index, SheetErrorKind::TierNotDeclared { tier: t.code().to_owned() });
            }
            self.used_tiers.insert(t);
        }
        tiers
    }

    /// An ID cell: well-formed and not used by an earlier row, whose row is
    /// kept for the message when it is.
    fn check_id(&mut self, id: &str, row: usize, col: &Column, errors: &mut Errors<'_>) {
        if !valid_id(id) {
            errors.push(row, col.index, SheetErrorKind::InvalidId { id: id.to_owned() });
        } else if let Some(&first_row) = self.explicit_ids.get(id) {
            errors.push(row, col.index, SheetErrorKind::DuplicateId { id: id.to_owned(), first_row });
        } else {
            self.explicit_ids.insert(id.to_owned(), row);
        }
    }

    /// The section of a clause, begun at this row when the clause is new.
    fn section(&mut self, clause: &str, row: usize) -> Option<&mut SectionAcc> {
        let at = *self.section_of.entry(clause.to_owned()).or_insert_with(|| {
            self.sections.push(SectionAcc::new(clause.to_owned(), row));
            self.sections.len() - 1
        });
        self.sections.get_mut(at)
    }
}

/// Reads every row under the header into sections of items, each mistake
/// into `errors`. A row with nothing in the recognised columns is skipped;
/// one without a clause is checked but belongs to no section.
fn item_rows(rows: &[Vec<String>], header: &HeaderRow, declared: Option<&[Tier]>, errors: &mut Errors<'_>) -> ItemRows {
    let mut read = ItemRows::default();
    for (index, cells) in rows.iter().enumerate().skip(header.index + 1) {
        let row = index + 1;
        let cell = |c: &Column| cells.get(c.index).map(|s| clean(s)).unwrap_or_default();
        let get = |field: Field| header.find(field).map(cell).unwrap_or_default();
        if header.columns.iter().all(|c| cell(c).is_empty()) {
            continue;
        }

        let clause = normalize_clause(&cell(&header.clause));
        if clause.is_empty() {
            errors.push(row, header.clause.index, SheetErrorKind::EmptyCell { name: header.clause.label.clone() });
        }
        let text = cell(&header.text);
        if text.is_empty() {
            errors.push(row, header.text.index, SheetErrorKind::EmptyCell { name: header.text.label.clone() });
        }
        let tiers = match header.find(Field::Tiers) {
            Some(col) => read.tiers(&cell(col), row, col, declared, errors),
            None => Vec::new(),
        };
        let mut method = Vec::new();
        if let Some(col) = header.find(Field::Method) {
            match parse_methods(&cell(col)) {
                Ok(list) => method = list,
                Err(name) => errors.push(row, col.index, SheetErrorKind::UnknownMethod { method: name }),
            }
        }
        let id = header.find(Field::Id).map(|col| (col, cell(col))).filter(|(_, id)| !id.is_empty());
        if let Some((col, id)) = &id {
            read.check_id(id, row, col, errors);
        }

        if clause.is_empty() {
            continue;
        }
        let Some(section) = read.section(&clause, row) else { continue };
        section.fill(Field::Title, cell(&header.title));
        for field in [Field::TitleEn, Field::Summary, Field::SummaryEn] {
            section.fill(field, get(field));
        }
        section.items.push(RowItem {
            row,
            id: id.map(|(_, id)| id),
            text,
            text_en: get(Field::TextEn),
            tiers,
            evidence: get(Field::Evidence),
            evidence_en: get(Field::EvidenceEn),
            priority: is_priority(&get(Field::Priority)),
            method,
            focus: get(Field::Focus),
            focus_en: get(Field::FocusEn),
        });
    }
    read
}

/// The rules that need every row read: each section has a title in one of
/// its rows, and the sheet has at least one item (when nothing else is wrong).
fn check_sections(sections: &[SectionAcc], header: &HeaderRow, errors: &mut Errors<'_>) {
    for s in sections {
        if s.title.is_empty() {
            errors.push(
                s.first_row,
                header.title.index,
                SheetErrorKind::EmptyCell { name: header.title.label.clone() },
            );
        }
    }
    if sections.is_empty() && errors.list.is_empty() {
        // The row under the header, as Excel numbers it.
        errors.push(header.index + 2, header.clause.index, SheetErrorKind::NoRows);
    }
}

/// The checklist's tiers: those the header declares, or else the three
/// every ward has and any other an item named.
fn checklist_tiers(declared: Option<&[Tier]>, used: HashSet<Tier>) -> Vec<Tier> {
    match declared {
        Some(d) => d.to_vec(),
        None => {
            let mut all: Vec<Tier> = [Tier::Mynumber, Tier::Lgwan, Tier::Internet].into_iter().chain(used).collect();
            all.sort();
            all.dedup();
            all
        }
    }
}

/// The three columns a checklist cannot do without, with the heading to add.
const REQUIRED: [(Field, &str); 3] = [(Field::Clause, "条項"), (Field::Title, "節の見出し"), (Field::Text, "点検項目")];

/// 系 cells that mean "every tier", which the format writes as no `tiers`.
const ALL_TIERS: &[&str] = &["共通", "全て", "すべて", "全系", "全部", "all", "any"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Clause,
    Title,
    TitleEn,
    Summary,
    SummaryEn,
    Text,
    TextEn,
    Tiers,
    Evidence,
    EvidenceEn,
    Priority,
    Id,
    Method,
    Focus,
    FocusEn,
}

impl Field {
    fn required(self) -> Option<&'static str> {
        REQUIRED.iter().find(|(f, _)| *f == self).map(|(_, name)| *name)
    }

    /// The field a normalised heading names, if any.
    fn from_label(label: &str) -> Option<Field> {
        let english = ["(英語)", "(english)", "(en)", "_en", "-en", "英語"];
        let (base, en) = match english.iter().find_map(|s| label.strip_suffix(s)) {
            Some(base) => (base, true),
            None => (label, false),
        };
        let base: String = base.chars().filter(|c| !matches!(c, '_' | '-' | '.')).collect();
        let field = match base.as_str() {
            "条項" | "条項番号" | "条" | "条文" | "clause" => Field::Clause,
            "節の見出し" | "見出し" | "節" | "sectiontitle" | "title" | "section" => Field::Title,
            "要約" | "節の要約" | "summary" => Field::Summary,
            "点検項目" | "質問" | "質問文" | "点検内容" | "item" | "text" | "question" => Field::Text,
            "系" | "対象の系" | "対象系" | "tiers" | "tier" => Field::Tiers,
            "確認資料の例" | "確認資料" | "evidencehint" | "evidence" => Field::Evidence,
            "重点" | "重点項目" | "priority" => Field::Priority,
            "id" | "項目id" | "itemid" => Field::Id,
            "確認方法" | "点検方法" | "method" | "methods" | "checkmethod" => Field::Method,
            "着眼点" | "focus" | "focuspoints" => Field::Focus,
            _ => return None,
        };
        match (field, en) {
            (_, false) => Some(field),
            (Field::Title, true) => Some(Field::TitleEn),
            (Field::Summary, true) => Some(Field::SummaryEn),
            (Field::Text, true) => Some(Field::TextEn),
            (Field::Evidence, true) => Some(Field::EvidenceEn),
            (Field::Focus, true) => Some(Field::FocusEn),
            (_, true) => None,
        }
    }
}

#[derive(Debug, Clone)]
struct Column {
    field: Field,
    index: usize,
    /// The heading as written, for messages.
    label: String,
}

/// The recognised columns of a header row; the first column naming a field wins.
fn columns_of(cells: &[String]) -> Vec<Column> {
    let mut out: Vec<Column> = Vec::new();
    for (index, raw) in cells.iter().enumerate() {
        let Some(field) = Field::from_label(&normalize_label(raw)) else { continue };
        if out.iter().all(|c| c.field != field) {
            out.push(Column { field, index, label: clean(raw) });
        }
    }
    out
}

/// A heading or keyword reduced for comparison: half-width, lower case, no
/// spaces or required-marks (`条項 ※` → `条項`, `Text_EN` → `text_en`).
fn normalize_label(s: &str) -> String {
    s.chars()
        .map(half_width)
        .filter(|c| !c.is_whitespace() && !matches!(c, '*' | '※'))
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// A cell's text without surrounding spaces (full-width included).
fn clean(s: &str) -> String {
    s.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}').to_owned()
}

/// A clause as the checklists write it: `６．（３）①` → `6.(3)①`.
fn normalize_clause(s: &str) -> String {
    let c: String = s.chars().map(half_width).filter(|c| !c.is_whitespace()).collect();
    match c.strip_suffix(".0") {
        Some(int) if !int.is_empty() && int.chars().all(|d| d.is_ascii_digit()) => int.to_owned(),
        _ => c,
    }
}

/// The methods of a 確認方法 cell, split like a 系 cell; the first piece
/// that is not a method is the error.
fn parse_methods(cell: &str) -> Result<Vec<CheckMethod>, String> {
    let mut out = Vec::new();
    for piece in cell.split([' ', '　', ';', '；', '|', '/', '・', '、', ',', '，']).filter(|p| !p.trim().is_empty())
    {
        match CheckMethod::parse_lenient(piece) {
            Some(m) if !out.contains(&m) => out.push(m),
            Some(_) => {}
            None => return Err(piece.trim().to_owned()),
        }
    }
    out.sort();
    Ok(out)
}

fn is_priority(cell: &str) -> bool {
    matches!(
        normalize_label(cell).as_str(),
        "○" | "〇" | "◯" | "●" | "◎" | "✓" | "✔" | "yes" | "y" | "true" | "1" | "はい"
    )
}

/// The parser's id rule, checked here so the error names the cell.
fn valid_id(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
        && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Excel's name for a 0-based column: 0 → `A`, 26 → `AA`.
fn column_letter(index: usize) -> String {
    crate::text::letters(index).to_ascii_uppercase()
}

struct Errors<'a> {
    sheet: &'a str,
    list: Vec<(usize, usize, SheetErrorKind)>,
}

impl Errors<'_> {
    fn push(&mut self, row: usize, column: usize, kind: SheetErrorKind) {
        self.list.push((row, column, kind));
    }

    fn finish(mut self) -> Vec<SheetError> {
        self.list.sort_by_key(|(row, column, _)| (*row, *column));
        self.list
            .into_iter()
            .map(|(row, column, kind)| SheetError {
                sheet: self.sheet.to_owned(),
                row,
                column: column_letter(column),
                kind,
            })
            .collect()
    }
}

struct RowItem {
    row: usize,
    id: Option<String>,
    text: String,
    text_en: String,
    tiers: Vec<Tier>,
    evidence: String,
    evidence_en: String,
    priority: bool,
    method: Vec<CheckMethod>,
    focus: String,
    focus_en: String,
}

struct SectionAcc {
    clause: String,
    first_row: usize,
    title: String,
    title_en: String,
    summary: String,
    summary_en: String,
    items: Vec<RowItem>,
}

impl SectionAcc {
    fn new(clause: String, first_row: usize) -> Self {
        SectionAcc {
            clause,
            first_row,
            title: String::new(),
            title_en: String::new(),
            summary: String::new(),
            summary_en: String::new(),
            items: Vec::new(),
        }
    }

    /// Keeps the first non-empty value of a section-level column.
    fn fill(&mut self, field: Field, value: String) {
        let slot = match field {
            Field::Title => &mut self.title,
            Field::TitleEn => &mut self.title_en,
            Field::Summary => &mut self.summary,
            Field::SummaryEn => &mut self.summary_en,
            _ => return,
        };
        if slot.is_empty() {
            *slot = value;
        }
    }
}

fn render(sheet: &str, header: &SheetHeader, tiers: &[Tier], tiers_guessed: bool, sections: &[SectionAcc]) -> String {
    let todo = |s: &str| toml_str(&format!("{PLACEHOLDER_PREFIX}: {s}"));
    let given = |v: &Option<String>, hint: &str| match v.as_deref().map(str::trim) {
        Some(s) if !s.is_empty() => toml_str(s),
        _ => todo(hint),
    };
    let id = header.id.as_deref().map(normalize_id);

    let mut out = String::new();
    out.push_str(&format!(
        "# Excel のシート「{}」から `tenken questionnaire import-xlsx` が作りました。\n",
        one_line(sheet)
    ));
    out.push_str("# 「TODO」で始まる値が残っている間は読み込めません。書き換えてください\n");
    out.push_str("# （表に要約の列がなければ、各節の summary に条項の要約を自分の言葉で書く）。\n");
    out.push_str("# 直すときは、できれば元の表を直して取り込み直してください。\n\n");

    out.push_str("[questionnaire]\n");
    match &id {
        Some(id) => out.push_str(&format!("id = {}\n", toml_str(id))),
        None => out.push_str(&format!("id = {}\n", todo("点検票の id（英小文字・数字・ハイフン。例: toshima）"))),
    }
    out.push_str(&format!(
        "municipality = {}\n",
        given(&header.municipality, "自治体名（例: ○○市、○○町、○○村、○○区）")
    ));
    out.push_str(&format!("title = {}\n", given(&header.title, "点検票の名称（例: ○○市 情報セキュリティ自己点検票）")));
    out.push_str(&format!(
        "policy = {}\n",
        given(&header.policy, "方針の正式名称（例: ○○市情報セキュリティ基本方針）")
    ));
    match header.policy_effective {
        Some(date) => out.push_str(&format!("policy_effective = {}\n", date.format("%Y-%m-%d"))),
        None => {
            // Text, not a date: the file does not validate until it is set.
            out.push_str("# 方針の施行日を 2025-04-01 の形で、引用符（\"）を付けずに書いてください。\n");
            out.push_str(&format!("policy_effective = {}\n", todo("施行日")));
        }
    }
    if tiers_guessed {
        out.push_str("# 表で使われた系と標準の三層です。自治体のネットワークにある系だけにしてください。\n");
    }
    let codes: Vec<String> = tiers.iter().map(|t| toml_str(t.code())).collect();
    out.push_str(&format!("tiers = [{}]\n", codes.join(", ")));

    let mut used: HashSet<String> = sections.iter().flat_map(|s| s.items.iter().filter_map(|i| i.id.clone())).collect();
    for (n, s) in sections.iter().enumerate() {
        out.push_str(&format!("\n# Excel {} 行目\n[[section]]\n", s.first_row));
        out.push_str(&format!("clause = {}\n", toml_str(&s.clause)));
        out.push_str(&format!("title = {}\n", toml_str(&s.title)));
        if !s.title_en.is_empty() {
            out.push_str(&format!("title_en = {}\n", toml_str(&s.title_en)));
        }
        if s.summary.is_empty() {
            out.push_str(&format!("summary = {}\n", todo("この条項が求めることを自分の言葉で要約する")));
        } else {
            out.push_str(&format!("summary = {}\n", toml_str(&s.summary)));
        }
        if !s.summary_en.is_empty() {
            out.push_str(&format!("summary_en = {}\n", toml_str(&s.summary_en)));
        }
        let base = item_id_base(id.as_deref(), &s.clause, n + 1);
        for item in &s.items {
            let item_id = item.id.clone().unwrap_or_else(|| fresh_id(&base, &mut used));
            out.push_str(&format!("\n# Excel {} 行目\n[[section.item]]\n", item.row));
            out.push_str(&format!("id = {}\n", toml_str(&item_id)));
            out.push_str(&format!("text = {}\n", toml_str(&item.text)));
            for (key, value) in
                [("text_en", &item.text_en), ("evidence_hint", &item.evidence), ("evidence_hint_en", &item.evidence_en)]
            {
                if !value.is_empty() {
                    out.push_str(&format!("{key} = {}\n", toml_str(value)));
                }
            }
            if !item.tiers.is_empty() {
                let codes: Vec<String> = item.tiers.iter().map(|t| toml_str(t.code())).collect();
                out.push_str(&format!("tiers = [{}]\n", codes.join(", ")));
            }
            if item.priority {
                out.push_str("priority = true\n");
            }
            if !item.method.is_empty() {
                let codes: Vec<String> = item.method.iter().map(|m| toml_str(m.japanese())).collect();
                out.push_str(&format!("method = [{}]\n", codes.join(", ")));
            }
            for (key, value) in [("focus", &item.focus), ("focus_en", &item.focus_en)] {
                if !value.is_empty() {
                    out.push_str(&format!("{key} = {}\n", toml_str(value)));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questionnaire::parse_questionnaire;

    fn rows(table: &[&[&str]]) -> Vec<Vec<String>> {
        table.iter().map(|r| r.iter().map(|c| (*c).to_owned()).collect()).collect()
    }

    fn header() -> SheetHeader {
        SheetHeader {
            id: Some("mihon".into()),
            municipality: Some("見本区".into()),
            title: Some("見本区 自己点検票".into()),
            policy: Some("見本区情報セキュリティ基本方針".into()),
            policy_effective: NaiveDate::from_ymd_opt(2025, 4, 1),
            tiers: None,
        }
    }

    fn fill_placeholders(toml_text: &str) -> String {
        toml_text
            .replace(&format!("policy_effective = \"{PLACEHOLDER_PREFIX}: 施行日\""), "policy_effective = 2025-04-01")
            .replace(&format!("\"{PLACEHOLDER_PREFIX}: "), "\"")
    }

    fn errors(table: &[&[&str]], header: &SheetHeader) -> Vec<SheetError> {
        questionnaire_toml_from_rows("点検票", &rows(table), header).expect_err("the sheet should be refused")
    }

    fn at(row: usize, column: &str, kind: SheetErrorKind) -> SheetError {
        SheetError { sheet: "点検票".into(), row, column: column.into(), kind }
    }

    const JAPANESE: &[&[&str]] = &[
        &["見本区 情報セキュリティ自己点検票"],
        &[],
        &[
            "No.",
            "条項 ※",
            "節の見出し",
            "点 検 項 目",
            "系",
            "確認資料の例",
            "重点",
            "点検項目（英語）",
            "見出し（英語）",
            "備考",
        ],
        &[
            "1",
            "５",
            "職員の遵守義務",
            "ポリシーの置き場所を知っているか。",
            "",
            "周知の記録",
            "○",
            "Do staff know?",
            "Staff duty",
            "",
        ],
        &["2", "5", "", "着任時に遵守事項を説明しているか。", "共通", "", "", "", "", "メモ"],
        &["", "", "", "", "", "", "", "", "", "備考だけの行"],
        &[
            "3",
            "６．（３）①",
            "マイナンバー利用事務系の分離",
            "他の領域と通信できない設定か。",
            "マイナンバー利用事務系",
            "構成図",
            "●",
            "",
            "",
            "",
        ],
        &[
            "4",
            "6.(1)",
            "組織体制",
            "責任者を定めているか。",
            "LGWAN接続系・インターネット接続系",
            "",
            "no",
            "",
            "",
            "",
        ],
        &["5", "5", "別の見出し", "委託先にも示しているか。", "lgwan", "契約書", "1", "", "", ""],
    ];

    #[test]
    fn japanese_sheet_becomes_a_checklist_that_validates_once_summaries_are_written() {
        let toml_text = questionnaire_toml_from_rows("点検票", &rows(JAPANESE), &header()).expect("sheet accepted");
        let refused = parse_questionnaire(&toml_text).expect_err("summaries are placeholders");
        assert_eq!(refused.len(), 3, "{refused:?}");
        let q = parse_questionnaire(&fill_placeholders(&toml_text)).expect("filled checklist validates");

        let clauses: Vec<&str> = q.sections.iter().map(|s| s.clause.as_str()).collect();
        assert_eq!(clauses, ["5", "6.(3)①", "6.(1)"]);
        assert_eq!(q.sections[0].title, "職員の遵守義務");
        assert_eq!(q.sections[0].title_en.as_deref(), Some("Staff duty"));
        let ids: Vec<&str> = q.items().map(|(_, i)| i.id.as_str()).collect();
        assert_eq!(ids, ["mihon-5-a", "mihon-5-b", "mihon-5-c", "mihon-6-3-1-a", "mihon-6-1-a"]);

        let (_, first) = q.item("mihon-5-a").expect("item");
        assert!(first.priority);
        assert!(first.tiers.is_empty());
        assert_eq!(first.text_en.as_deref(), Some("Do staff know?"));
        assert_eq!(first.evidence_hint.as_deref(), Some("周知の記録"));
        let (_, all) = q.item("mihon-5-b").expect("item");
        assert!(all.tiers.is_empty() && !all.priority && all.evidence_hint.is_none());
        let (_, lgwan) = q.item("mihon-5-c").expect("item");
        assert_eq!(lgwan.tiers, [Tier::Lgwan]);
        assert!(lgwan.priority);
        let (_, mynumber) = q.item("mihon-6-3-1-a").expect("item");
        assert_eq!(mynumber.tiers, [Tier::Mynumber]);
        assert!(mynumber.priority);
        let (_, two) = q.item("mihon-6-1-a").expect("item");
        assert_eq!(two.tiers, [Tier::Lgwan, Tier::Internet]);
        assert!(!two.priority);
        assert_eq!(q.meta.tiers, [Tier::Mynumber, Tier::Lgwan, Tier::Internet]);
        assert_eq!(q.meta.municipality, "見本区");
    }

    #[test]
    fn english_sheet_with_ids_and_summaries_and_a_bare_header() {
        let table: &[&[&str]] = &[
            &[
                "Clause",
                "Section title",
                "Text",
                "Tiers",
                "Evidence hint",
                "Priority",
                "ID",
                "Summary",
                "text_en",
                "Summary (EN)",
            ],
            &[
                "7.(2)",
                "Classification",
                "Are assets labelled?",
                "school",
                "Register",
                "TRUE",
                "",
                "Label assets.",
                "",
                "Label.",
            ],
            &["7.(2)", "", "Is the register current?", "", "", "", "7-2-a", "", "", ""],
            &["8", "Review", "Is the policy reviewed?", "", "", "", "", "Review it.", "", ""],
        ];
        let bare = SheetHeader::default();
        let toml_text = questionnaire_toml_from_rows("Sheet1", &rows(table), &bare).expect("sheet accepted");
        let kinds: Vec<String> = parse_questionnaire(&toml_text)
            .expect_err("header placeholders")
            .iter()
            .map(|e| format!("{:?}", e.kind))
            .collect();
        assert_eq!(kinds.len(), 5, "id, municipality, title, policy, policy_effective: {kinds:?}");
        assert!(kinds.iter().all(|k| k.starts_with("Placeholder")), "{kinds:?}");

        let filled = fill_placeholders(&toml_text)
            .replace("id = \"点検票の id（英小文字・数字・ハイフン。例: toshima）\"", "id = \"m\"");
        let q = parse_questionnaire(&filled).expect("filled checklist validates");
        let ids: Vec<&str> = q.items().map(|(_, i)| i.id.as_str()).collect();
        // The explicit id is kept; the generated one skips it.
        assert_eq!(ids, ["7-2-b", "7-2-a", "8-a"]);
        assert_eq!(q.sections[0].summary, "Label assets.");
        assert_eq!(q.sections[0].summary_en.as_deref(), Some("Label."));
        assert_eq!(q.meta.tiers, [Tier::Mynumber, Tier::Lgwan, Tier::Internet, Tier::School]);
        assert!(q.items().next().is_some_and(|(_, i)| i.priority && i.tiers == [Tier::School]));
    }

    #[test]
    fn missing_required_columns_are_named_at_the_header_row() {
        let table: &[&[&str]] = &[&[], &["条項", "備考"], &["5", "x"]];
        assert_eq!(
            errors(table, &header()),
            [
                at(2, "C", SheetErrorKind::MissingColumn { name: "節の見出し".into() }),
                at(2, "C", SheetErrorKind::MissingColumn { name: "点検項目".into() }),
            ]
        );
    }

    #[test]
    fn every_cell_error_is_reported_with_its_place() {
        let table: &[&[&str]] = &[
            &["条項", "見出し", "質問", "系", "ID"],
            &["", "見出し", "質問です。", "", ""],
            &["5", "見出し", "", "", ""],
            &["5", "", "質問です。", "wifi", "a-1"],
            &["6", "", "質問です。", "", "a-1"],
            &["7", "見出し", "質問です。", "internet", "A 1"],
        ];
        let mut limited = header();
        limited.tiers = Some(vec![Tier::Lgwan]);
        assert_eq!(
            errors(table, &limited),
            [
                at(2, "A", SheetErrorKind::EmptyCell { name: "条項".into() }),
                at(3, "C", SheetErrorKind::EmptyCell { name: "質問".into() }),
                at(4, "D", SheetErrorKind::UnknownTier { tier: "wifi".into() }),
                at(5, "B", SheetErrorKind::EmptyCell { name: "見出し".into() }),
                at(5, "E", SheetErrorKind::DuplicateId { id: "a-1".into(), first_row: 4 }),
                at(6, "D", SheetErrorKind::TierNotDeclared { tier: "internet".into() }),
                at(6, "E", SheetErrorKind::InvalidId { id: "A 1".into() }),
            ]
        );
    }

    #[test]
    fn method_and_focus_columns_become_the_item_keys_and_a_bad_method_names_its_cell() {
        let table: &[&[&str]] = &[
            &["条項", "節の見出し", "点検項目", "確認方法", "着眼点", "着眼点（英語）"],
            &[
                "5",
                "見出し",
                "着任時に説明しているか。",
                "ヒアリング・閲覧・閲覧",
                "説明資料と誓約書を見る。",
                "Look at the pledges.",
            ],
            &["5", "", "委託先に示しているか。", "", "", ""],
        ];
        let toml_text = questionnaire_toml_from_rows("点検票", &rows(table), &header()).expect("sheet accepted");
        assert!(toml_text.contains("method = [\"閲覧\", \"ヒアリング\"]\n"), "{toml_text}");
        let q = parse_questionnaire(&fill_placeholders(&toml_text)).expect("filled checklist validates");
        let (_, first) = q.item("mihon-5-a").expect("item");
        assert_eq!(first.method, [CheckMethod::Review, CheckMethod::Interview]);
        assert_eq!(first.focus.as_deref(), Some("説明資料と誓約書を見る。"));
        assert_eq!(first.focus_en.as_deref(), Some("Look at the pledges."));
        let (_, second) = q.item("mihon-5-b").expect("item");
        assert!(second.method.is_empty() && second.focus.is_none() && second.focus_en.is_none());

        let bad: &[&[&str]] = &[
            &["Clause", "Title", "Text", "Method"],
            &["5", "t", "Is it done?", "review, audit"],
            &["5", "t", "Is it done?", "ＯＢＳＥＲＶＡＴＩＯＮ / 突合"],
        ];
        assert_eq!(errors(bad, &header()), [at(2, "D", SheetErrorKind::UnknownMethod { method: "audit".into() })]);
        assert_eq!(
            at(2, "D", SheetErrorKind::UnknownMethod { method: "x".into() }).message().id,
            "sheet-unknown-method"
        );
    }

    #[test]
    fn a_sheet_without_items_is_refused() {
        let only_header: &[&[&str]] = &[&["", "条項", "節の見出し", "点検項目"], &["", "", "", ""]];
        assert_eq!(errors(only_header, &header()), [at(2, "B", SheetErrorKind::NoRows)]);
        assert_eq!(errors(&[], &header()), [at(1, "A", SheetErrorKind::NoRows)]);
    }

    #[test]
    fn errors_name_their_message_and_place() {
        let e = at(5, "E", SheetErrorKind::DuplicateId { id: "a-1".into(), first_row: 4 });
        let m = e.message();
        assert_eq!(m.id, "sheet-duplicate-id");
        let names: Vec<&str> = m.args.iter().map(|(n, _)| *n).collect();
        assert_eq!(names, ["sheet", "row", "column", "id", "first"]);
        assert_eq!(at(1, "A", SheetErrorKind::NoRows).message().id, "sheet-no-rows");
        assert_eq!(e.to_string(), "点検票!E5: DuplicateId { id: \"a-1\", first_row: 4 }");
    }

    #[test]
    fn helpers() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(27), "AB");
        assert_eq!(normalize_clause(" ６．（３）① "), "6.(3)①");
        assert_eq!(normalize_clause("5.0"), "5");
        assert_eq!(Field::from_label(&normalize_label("確認資料（英語）")), Some(Field::EvidenceEn));
        assert_eq!(Field::from_label(&normalize_label("evidence_hint_en")), Some(Field::EvidenceEn));
        assert_eq!(Field::from_label(&normalize_label("ＩＤ")), Some(Field::Id));
        assert_eq!(Field::from_label(&normalize_label("備考")), None);
        assert!(is_priority("〇") && is_priority(" Yes ") && !is_priority("×") && !is_priority(""));
    }
}
