//! `tenken report audit --format docx` end to end: the demo ward, the real
//! binary, and two readers tenken shares no code with — python-docx
//! (`tests/reports/docx_check.py`) reads the headings and tables back, and
//! LibreOffice converts the document to PDF, whose text poppler gives back.
//! The reader test skips, saying why, where /usr/bin/python3 lacks python-docx
//! or LibreOffice is missing; `bash tests/reports/setup.sh` installs both.
#![allow(clippy::unwrap_used)]

mod support;

use std::path::Path;
use std::process::Command as Process;

use support::{Machine, repo, s};
use tenken_i18n::{Lang, Localizer};

/// The chapters every consolidated report has, by Fluent id.
const CHAPTERS: [&str; 3] = ["report-audit-h-overview", "report-audit-h-summary", "report-audit-h-results"];

/// A demo ward with its consolidated report written as .docx in `lang`.
fn demo_docx(m: &Machine, lang: &str) -> std::path::PathBuf {
    if !m.db().exists() {
        m.stdout(&["demo"]);
    }
    let out = m.path(&format!("audit-{lang}.docx"));
    let said = m.stdout(&["--lang", lang, "report", "audit", "--format", "docx", "-o", s(&out)]);
    assert!(said.contains(s(&out)), "{said}");
    out
}

/// Why the third-party reader test cannot run here, if it cannot.
fn reader_blocker() -> Option<String> {
    let python = Process::new("/usr/bin/python3").args(["-c", "import docx"]).output();
    if !python.is_ok_and(|o| o.status.success()) {
        return Some("/usr/bin/python3 has no python-docx (apt-get install python3-docx)".to_owned());
    }
    if Process::new("libreoffice").arg("--version").output().is_err() {
        return Some("libreoffice is not installed (apt-get install libreoffice-writer-nogui)".to_owned());
    }
    if Process::new("pdftotext").arg("-v").output().is_err() {
        return Some("pdftotext is not installed (apt-get install poppler-utils)".to_owned());
    }
    None
}

/// python-docx's reading of `docx`: the script's JSON, or its complaint.
fn read_back(docx: &Path, headings: &[String]) -> serde_json::Value {
    let script = repo().join("tests/reports/docx_check.py");
    let mut c = Process::new("/usr/bin/python3");
    c.arg(&script).arg(docx).args(["--min-tables", "8"]);
    for h in headings {
        c.args(["--heading", h]);
    }
    let o = c.output().unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "docx_check.py refused {}: {err}", docx.display());
    serde_json::from_slice(&o.stdout).unwrap()
}

/// LibreOffice headless, with a profile of its own so runs never collide.
fn to_pdf(docx: &Path, out_dir: &Path) -> std::path::PathBuf {
    let profile = tempfile::tempdir().unwrap();
    let o = Process::new("libreoffice")
        .arg(format!("-env:UserInstallation=file://{}", profile.path().display()))
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(out_dir)
        .arg(docx)
        .output()
        .unwrap();
    assert!(o.status.success(), "libreoffice: {}", String::from_utf8_lossy(&o.stderr));
    let pdf = out_dir.join(docx.file_stem().unwrap()).with_extension("pdf");
    assert!(pdf.is_file(), "LibreOffice wrote no PDF: {}", String::from_utf8_lossy(&o.stdout));
    pdf
}

#[test]
fn python_docx_and_libreoffice_read_the_word_report_back_in_japanese_and_english() {
    if let Some(why) = reader_blocker() {
        println!("SKIPPED: {why}");
        return;
    }
    let m = Machine::new();
    for (code, lang) in [("ja", Lang::Ja), ("en", Lang::En)] {
        let l = Localizer::new(lang);
        let docx = demo_docx(&m, code);
        let chapters: Vec<String> = CHAPTERS.iter().map(|id| l.text(id)).collect();
        let seen = read_back(&docx, &chapters);
        assert_eq!(seen["title"][0], l.text("report-audit-title"), "{seen}");
        assert_eq!(seen["table_styles"], serde_json::json!(["Table Grid"]), "{seen}");
        let styles: Vec<&str> =
            seen["headings"].as_array().unwrap().iter().filter_map(|h| h["style"].as_str()).collect();
        assert!(styles.contains(&"Heading 2"), "sub-headings: {styles:?}");
        // The first table of 第1 概要 is the scope: its first label is the PDF's.
        assert_eq!(seen["first_headers"][0][0], l.text("report-audit-scope-sections"), "{seen}");

        let pdf = to_pdf(&docx, m.dir.path());
        let o = Process::new("pdftotext").args(["-layout", "-enc", "UTF-8"]).arg(&pdf).arg("-").output().unwrap();
        // Spacing aside (第1 and 概要 stand apart on the page), the chapters read back.
        let bare = |t: &str| t.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        let text = bare(&String::from_utf8_lossy(&o.stdout));
        for c in &chapters {
            assert!(text.contains(&bare(c)), "{code}: LibreOffice's PDF has {c:?}");
        }
    }
}

#[test]
fn the_docx_is_refused_like_the_pdf_where_the_file_is_wrong_and_written_with_force() {
    let m = Machine::new();
    m.stdout(&["demo"]);
    let pdf_name = m.path("report.pdf");
    m.refused(&["report", "audit", "--format", "docx", "-o", s(&pdf_name)], ".docx", ".docx");
    let docx = m.path("report.docx");
    std::fs::write(&docx, b"kept").unwrap();
    m.refused(&["report", "audit", "-o", s(&docx)], "すでにあります", "already exists");
    assert_eq!(std::fs::read(&docx).unwrap(), b"kept", "an existing file is never replaced without --force");
    m.stdout(&["report", "audit", "-o", s(&docx), "--force"]);
    let bytes = std::fs::read(&docx).unwrap();
    assert!(bytes.starts_with(b"PK"), "the .docx extension alone chooses a Word document (a zip)");
    assert!(!pdf_name.exists());
}
