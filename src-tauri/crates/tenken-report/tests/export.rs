//! The spreadsheets read back as Excel would read them.
#![allow(clippy::unwrap_used)]

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};
use tenken_i18n::{Lang, Localizer};
use tenken_report::export::{ExportFormat, Value, answers_table, findings_table, to_csv, to_xlsx};
use tenken_report::synthetic;

#[test]
fn findings_xlsx_reads_back_with_header_rows_and_dates() {
    let data = synthetic::campaign(12, 65);
    let l = Localizer::new(Lang::Ja);
    let table = findings_table(&data, &l);
    assert_eq!(table.rows.len(), data.findings().count());
    assert!(table.rows.len() > 20);
    let bytes = to_xlsx(&table).unwrap();
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).unwrap();
    let sheet = book.worksheet_range("改善を要する事項").unwrap();
    assert_eq!(sheet.height(), table.rows.len() + 1);
    let header: Vec<String> = sheet.rows().next().unwrap().iter().map(|c| c.to_string()).collect();
    assert_eq!(header[0], "年度");
    assert!(header.contains(&"改善計画".to_owned()) && header.contains(&"期限".to_owned()));
    let due = header.iter().position(|h| h == "期限").unwrap();
    let first = sheet.rows().nth(1).unwrap();
    assert_eq!(first[0], Data::String("令和8年度".into()));
    assert!(matches!(first[due], Data::DateTime(_)), "{:?}", first[due]);
    let answer = header.iter().position(|h| h == "回答").unwrap();
    assert!(sheet.rows().skip(1).all(|r| {
        let a = r[answer].to_string();
        a != "実施している" || !r[header.iter().position(|h| h == "監査担当の指摘").unwrap()].to_string().is_empty()
    }));
}

#[test]
fn answers_csv_has_a_bom_crlf_and_one_row_per_section_and_item() {
    let data = synthetic::campaign(5, 65);
    let l = Localizer::new(Lang::En);
    let table = answers_table(&data, &l);
    // Four sections answer the section items; the 主管課 (the second) answers its items too.
    let q = synthetic::questionnaire(65);
    let section_items = q.items().filter(|(_, i)| i.audience == tenken_core::Audience::Section).count();
    assert!(section_items < q.item_count());
    assert_eq!(table.rows.len(), 4 * section_items + q.item_count());
    let bytes = to_csv(&table).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBFFiscal year,"));
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    assert!(text.contains("\r\n"));
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    assert_eq!(reader.records().count(), table.rows.len());
    assert!(table.rows.iter().any(|r| r.iter().any(|v| matches!(v, Value::Date(_)))));
}

#[test]
fn the_format_comes_from_the_file_name() {
    assert_eq!(ExportFormat::from_path("a/f.XLSX".as_ref()), Some(ExportFormat::Xlsx));
    assert_eq!(ExportFormat::from_path("f.csv".as_ref()), Some(ExportFormat::Csv));
    assert_eq!(ExportFormat::from_path("f.xls".as_ref()), None);
    assert_eq!(ExportFormat::from_path("f".as_ref()), None);
}

/// A comment typed as a formula must reach the auditor's Excel as text, not
/// run: in the CSV it starts with `'`; in the .xlsx it is a string cell.
#[test]
fn text_that_excel_would_run_as_a_formula_stays_text() {
    let table = tenken_report::export::Table {
        sheet: "s".to_owned(),
        headers: vec!["a".to_owned(), "b".to_owned(), "c".to_owned(), "d".to_owned()],
        widths: vec![10.0; 4],
        rows: vec![vec![
            Value::from("=HYPERLINK(\"http://x\",\"click\")"),
            Value::from("+cmd|' /C calc'!A0"),
            Value::from("@SUM(1)"),
            Value::from("6.(3)① 実施"),
        ]],
    };
    let csv = String::from_utf8(to_csv(&table).unwrap()[3..].to_vec()).unwrap();
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let row = reader.records().next().unwrap().unwrap();
    assert_eq!(&row[0], "'=HYPERLINK(\"http://x\",\"click\")");
    assert_eq!(&row[1], "'+cmd|' /C calc'!A0");
    assert_eq!(&row[2], "'@SUM(1)");
    assert_eq!(&row[3], "6.(3)① 実施", "ordinary text is left as it is");

    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(to_xlsx(&table).unwrap())).unwrap();
    let sheet = book.worksheet_range("s").unwrap();
    assert_eq!(sheet.get_value((1, 0)), Some(&Data::String("=HYPERLINK(\"http://x\",\"click\")".to_owned())));
    let formulas = book.worksheet_formula("s").unwrap();
    assert!(formulas.used_cells().next().is_none(), "no cell is a formula");
}
