//! Findings and answers for Excel, where improvement plans are tracked.
//!
//! Two tables — the findings (every 一部実施 / 実施していない answer and every
//! 指摘, with its plan) and all answers — as a real .xlsx (header row,
//! autofilter, column widths, frozen header, dates as dates) or as a CSV in
//! UTF-8 with a byte-order mark, which Excel on Windows opens without
//! mojibake.

use std::path::Path;

use chrono::{Datelike, NaiveDate};
use rust_xlsxwriter::{Color, ExcelDateTime, Format as CellFormat, FormatAlign, FormatBorder, Workbook};
use tenken_core::report::{Finding, ItemDetail, ReportData};
use tenken_core::review::ReviewMark;
use tenken_i18n::Localizer;

use crate::ReportError;
use crate::labels::Words;

/// The file formats an export can be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    Xlsx,
    Csv,
}

impl ExportFormat {
    /// The format a file name asks for (`.xlsx`, `.csv`, any case), if any.
    pub fn from_path(path: &Path) -> Option<ExportFormat> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "xlsx" => Some(ExportFormat::Xlsx),
            "csv" => Some(ExportFormat::Csv),
            _ => None,
        }
    }
}

/// One cell value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Text(String),
    Date(NaiveDate),
    Empty,
}

impl From<String> for Value {
    fn from(s: String) -> Self {
        if s.is_empty() { Value::Empty } else { Value::Text(s) }
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::from(s.to_owned())
    }
}

impl From<Option<NaiveDate>> for Value {
    fn from(d: Option<NaiveDate>) -> Self {
        d.map_or(Value::Empty, Value::Date)
    }
}

/// A table to export: a header row, rows, and the width of each column (in characters).
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub sheet: String,
    pub headers: Vec<String>,
    pub widths: Vec<f64>,
    pub rows: Vec<Vec<Value>>,
}

struct Builder<'a> {
    w: Words<'a>,
    sheet: String,
    headers: Vec<String>,
    widths: Vec<f64>,
}

impl<'a> Builder<'a> {
    fn new(l: &'a Localizer, sheet_id: &str, columns: &[(&str, f64)]) -> Self {
        let w = Words::new(l);
        let sheet = w.t(sheet_id);
        let headers = columns.iter().map(|(id, _)| w.t(id)).collect();
        let widths = columns.iter().map(|(_, width)| *width).collect();
        Builder { w, sheet, headers, widths }
    }

    fn table(self, rows: Vec<Vec<Value>>) -> Table {
        Table { sheet: self.sheet, headers: self.headers, widths: self.widths, rows }
    }

    /// The columns every row starts with: year, section, state, clause, item.
    fn head(&self, data: &ReportData, f: &Finding<'_>) -> Vec<Value> {
        vec![
            self.w.year(data.year).into(),
            f.section.code.as_str().into(),
            f.section.bu().into(),
            f.section.name.as_str().into(),
            self.w.state(f.section.state).into(),
            f.clause.clause.as_str().into(),
            self.w.clause_title(f.clause).into(),
            f.item.id.as_str().into(),
            self.w.item_text(f.item).into(),
            if f.item.priority { self.w.t("export-priority-yes").into() } else { Value::Empty },
        ]
    }

    /// The answer as a cell: the value alone (再発 has a column of its own,
    /// so a filter on 一部実施 finds every one).
    fn answer(&self, f: &Finding<'_>) -> Value {
        let plain = ItemDetail { repeat: false, ..f.detail.clone() };
        self.w.answer(&plain).replace('\n', " ").into()
    }

    /// 再発 or nothing.
    fn repeat(&self, f: &Finding<'_>) -> Value {
        if f.detail.repeat { self.w.t("export-repeat-yes").into() } else { Value::Empty }
    }
}

const HEAD_COLUMNS: [(&str, f64); 10] = [
    ("export-col-year", 11.0),
    ("export-col-code", 10.0),
    ("export-col-department", 16.0),
    ("export-col-section", 18.0),
    ("export-col-state", 9.0),
    ("export-col-clause", 8.0),
    ("export-col-clause-title", 24.0),
    ("export-col-item-id", 18.0),
    ("export-col-item", 50.0),
    ("export-col-priority", 6.0),
];

/// 改善を要する事項: every 一部実施 / 実施していない answer and every 指摘, with
/// two empty columns (対応状況, 完了日) for tracking the plan in Excel.
pub fn findings_table(data: &ReportData, l: &Localizer) -> Table {
    let ward = Localizer::with_grade_names(l.lang(), &data.grade_names);
    let l = &ward;
    let mut columns = HEAD_COLUMNS.to_vec();
    columns.extend([
        ("export-col-answer", 14.0),
        ("export-col-repeat", 8.0),
        ("export-col-comment", 40.0),
        ("export-col-plan", 40.0),
        ("export-col-owner", 12.0),
        ("export-col-due", 12.0),
        ("export-col-finding", 40.0),
        ("export-col-grade", 14.0),
        ("export-col-respond-by", 12.0),
        ("export-col-progress", 14.0),
        ("export-col-done-on", 12.0),
    ]);
    let b = Builder::new(l, "export-sheet-findings", &columns);
    let rows = data
        .findings()
        .map(|f| {
            let mut row = b.head(data, &f);
            let a = f.detail.answer.as_ref();
            let plan = a.and_then(|a| a.plan.as_ref());
            let finding = f.detail.review.as_ref().filter(|r| r.mark == ReviewMark::Finding);
            row.extend([
                b.answer(&f),
                b.repeat(&f),
                a.map(|a| a.comment.clone()).unwrap_or_default().into(),
                plan.map(|p| p.action.clone()).unwrap_or_default().into(),
                plan.and_then(|p| p.owner.clone()).unwrap_or_default().into(),
                plan.map(|p| p.due).into(),
                finding.map(|r| r.comment.clone()).unwrap_or_default().into(),
                finding.and_then(|r| r.grade).map(|g| b.w.t(g.label_id())).unwrap_or_default().into(),
                finding.and_then(|r| r.respond_by).into(),
                Value::Empty,
                Value::Empty,
            ]);
            row
        })
        .collect();
    b.table(rows)
}

/// Every section's answer to every item (unanswered and automatic 該当なし included).
pub fn answers_table(data: &ReportData, l: &Localizer) -> Table {
    let mut columns = HEAD_COLUMNS.to_vec();
    columns.extend([
        ("export-col-answer", 14.0),
        ("export-col-repeat", 8.0),
        ("export-col-answer-code", 8.0),
        ("export-col-unconfirmed", 8.0),
        ("export-col-comment", 40.0),
        ("export-col-na-reason", 30.0),
        ("export-col-evidence-location", 30.0),
        ("export-col-evidence-files", 30.0),
        ("export-col-plan", 40.0),
        ("export-col-owner", 12.0),
        ("export-col-due", 12.0),
        ("export-col-review", 10.0),
        ("export-col-review-comment", 40.0),
    ]);
    let b = Builder::new(l, "export-sheet-answers", &columns);
    let rows = data
        .rows()
        .map(|f| {
            let mut row = b.head(data, &f);
            let a = f.detail.answer.as_ref();
            let plan = a.and_then(|a| a.plan.as_ref());
            let code = if f.detail.applies { a.and_then(|a| a.value).map(|v| v.code()).unwrap_or("") } else { "na" };
            let unconfirmed = a.is_some_and(|a| a.unconfirmed && a.value.is_some());
            let review = f.detail.review.as_ref();
            row.extend([
                b.answer(&f),
                b.repeat(&f),
                code.into(),
                if unconfirmed { b.w.t("value-unconfirmed").into() } else { Value::Empty },
                a.map(|a| a.comment.clone()).unwrap_or_default().into(),
                a.map(|a| a.na_reason.clone()).unwrap_or_default().into(),
                a.map(|a| a.evidence.clone()).unwrap_or_default().into(),
                f.detail.evidence_files.iter().map(|e| e.name.as_str()).collect::<Vec<_>>().join("\n").into(),
                plan.map(|p| p.action.clone()).unwrap_or_default().into(),
                plan.and_then(|p| p.owner.clone()).unwrap_or_default().into(),
                plan.map(|p| p.due).into(),
                review.map(|r| b.w.t(&format!("export-review-{}", r.mark.code()))).unwrap_or_default().into(),
                review.map(|r| r.comment.clone()).unwrap_or_default().into(),
            ]);
            row
        })
        .collect();
    b.table(rows)
}

/// 所属別の進捗と実施率: one row per section, the numbers the board and the
/// consolidation show (state, dates in force, progress, rate and counts, with
/// 対象外（系） apart), so a spreadsheet never disagrees with the screens.
pub fn progress_table(data: &ReportData, l: &Localizer) -> Table {
    let columns = [
        ("export-col-year", 11.0),
        ("export-col-code", 10.0),
        ("export-col-department", 16.0),
        ("export-col-section", 18.0),
        ("export-col-tiers", 20.0),
        ("export-col-state", 9.0),
        ("export-col-phase", 9.0),
        ("export-col-submitted-on", 12.0),
        ("export-col-reopened-on", 12.0),
        ("export-col-reopen-reason", 30.0),
        ("export-col-answered", 8.0),
        ("export-col-applicable", 8.0),
        ("export-col-unconfirmed", 8.0),
        ("export-col-rate", 8.0),
        ("export-col-yes", 8.0),
        ("export-col-partial", 8.0),
        ("export-col-no", 8.0),
        ("export-col-na", 8.0),
        ("export-col-unanswered", 8.0),
        ("export-col-excluded", 8.0),
    ];
    let b = Builder::new(l, "export-sheet-progress", &columns);
    let lines: std::collections::HashMap<&str, &tenken_core::aggregate::SectionSummary> =
        data.summary.by_section.iter().map(|s| (s.code.as_str(), s)).collect();
    let rows = data
        .sections
        .iter()
        .map(|s| {
            let line = lines.get(s.code.as_str());
            let n = |v: Option<u32>| Value::from(v.map(|v| v.to_string()).unwrap_or_default());
            let p = line.map(|x| x.progress);
            let c = line.map(|x| x.counts);
            let phase = line.map(|x| b.w.phase(x.phase));
            vec![
                b.w.year(data.year).into(),
                s.code.as_str().into(),
                s.bu().into(),
                s.name.as_str().into(),
                b.w.tiers(&s.tiers).into(),
                b.w.state(s.state).into(),
                phase.unwrap_or_default().into(),
                s.submitted_on.into(),
                s.reopened_on.into(),
                s.reopen_reason.clone().unwrap_or_default().into(),
                n(p.map(|p| p.answered)),
                n(p.map(|p| p.applicable)),
                n(p.map(|p| p.unconfirmed)),
                line.and_then(|x| x.rate).map(|r| Words::percent(Some(r))).unwrap_or_default().into(),
                n(c.map(|c| c.yes)),
                n(c.map(|c| c.partial)),
                n(c.map(|c| c.no)),
                n(c.map(|c| c.na)),
                n(c.map(|c| c.unanswered)),
                n(c.map(|c| c.excluded)),
            ]
        })
        .collect();
    b.table(rows)
}

fn xlsx_err(e: rust_xlsxwriter::XlsxError) -> ReportError {
    ReportError::Xlsx(e.to_string())
}

/// The table as an .xlsx workbook.
pub fn to_xlsx(t: &Table) -> Result<Vec<u8>, ReportError> {
    let mut book = Workbook::new();
    let header = CellFormat::new()
        .set_bold()
        .set_background_color(Color::RGB(0xD9D9D9))
        .set_border(FormatBorder::Thin)
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::VerticalCenter)
        .set_text_wrap();
    let text = CellFormat::new().set_align(FormatAlign::Top).set_text_wrap();
    let date = CellFormat::new().set_align(FormatAlign::Top).set_num_format("yyyy-mm-dd");
    let sheet = book.add_worksheet();
    sheet.set_name(&t.sheet).map_err(xlsx_err)?;
    for (c, (h, width)) in t.headers.iter().zip(&t.widths).enumerate() {
        let c = c as u16;
        sheet.write_string_with_format(0, c, h, &header).map_err(xlsx_err)?;
        sheet.set_column_width(c, *width).map_err(xlsx_err)?;
    }
    for (r, row) in t.rows.iter().enumerate() {
        let r = r as u32 + 1;
        for (c, v) in row.iter().enumerate() {
            let c = c as u16;
            match v {
                Value::Text(s) => {
                    sheet.write_string_with_format(r, c, s, &text).map_err(xlsx_err)?;
                }
                Value::Date(d) => {
                    let dt =
                        ExcelDateTime::from_ymd(d.year() as u16, d.month() as u8, d.day() as u8).map_err(xlsx_err)?;
                    sheet.write_date_with_format(r, c, &dt, &date).map_err(xlsx_err)?;
                }
                Value::Empty => {}
            }
        }
    }
    let last_col = t.headers.len().saturating_sub(1) as u16;
    sheet.autofilter(0, 0, t.rows.len() as u32, last_col).map_err(xlsx_err)?;
    sheet.set_freeze_panes(1, 0).map_err(xlsx_err)?;
    book.save_to_buffer().map_err(xlsx_err)
}

/// A text cell as the CSV carries it. Excel runs a cell that starts with
/// `=`, `+`, `-` or `@` (or a tab or carriage return before one) as a
/// formula, so a comment typed as `=HYPERLINK(…)` would become a live link
/// or command on the auditor's PC: such a cell gets a leading `'`, which
/// Excel shows as text (the usual CSV-injection guard). The .xlsx needs none:
/// its cells are written as strings.
fn csv_text(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{s}") } else { s.to_owned() }
}

/// The table as CSV: UTF-8 with BOM, CRLF line ends, dates as YYYY-MM-DD;
/// text that Excel would run as a formula is kept as text ([`csv_text`]).
pub fn to_csv(t: &Table) -> Result<Vec<u8>, ReportError> {
    let mut out = b"\xEF\xBB\xBF".to_vec();
    {
        let mut w = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(&mut out);
        w.write_record(&t.headers).map_err(|e| ReportError::Csv(e.to_string()))?;
        for row in &t.rows {
            let cells = row.iter().map(|v| match v {
                Value::Text(s) => csv_text(s),
                Value::Date(d) => d.format("%Y-%m-%d").to_string(),
                Value::Empty => String::new(),
            });
            w.write_record(cells).map_err(|e| ReportError::Csv(e.to_string()))?;
        }
        w.flush().map_err(|e| ReportError::Csv(e.to_string()))?;
    }
    Ok(out)
}

/// The table in the format asked for.
pub fn encode(t: &Table, format: ExportFormat) -> Result<Vec<u8>, ReportError> {
    match format {
        ExportFormat::Xlsx => to_xlsx(t),
        ExportFormat::Csv => to_csv(t),
    }
}
