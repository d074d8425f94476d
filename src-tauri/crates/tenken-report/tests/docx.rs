//! The .docx of the 自己点検結果報告書 read back as Word would: a zip whose
//! `word/document.xml` has the PDF's chapters as `Heading1` paragraphs in the
//! reader's language, the styles Word knows, and tables whose header rows repeat.
#![allow(clippy::unwrap_used)]

mod common;

use std::io::Read;

use common::{font, opts};
use tenken_i18n::{Lang, Localizer};
use tenken_report::{audit_docx, synthetic};

fn part(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a .docx is a zip");
    let mut s = String::new();
    zip.by_name(name).unwrap_or_else(|e| panic!("{name}: {e}")).read_to_string(&mut s).unwrap();
    s
}

/// The text of every paragraph of `style`, in order.
fn paragraphs_of(document: &str, style: &str) -> Vec<String> {
    let marker = format!("<w:pStyle w:val=\"{style}\"");
    document
        .split("</w:p>")
        .filter(|p| p.contains(&marker))
        .map(|p| {
            p.split("<w:t xml:space=\"preserve\">").skip(1).filter_map(|t| t.split("</w:t>").next()).collect::<String>()
        })
        .collect()
}

fn unescape(s: &str) -> String {
    s.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
}

const CHAPTERS: [&str; 6] = [
    "report-audit-h-overview",
    "report-audit-h-summary",
    "report-audit-h-results",
    "report-audit-h-not-submitted",
    "report-audit-h-improvements",
    "report-audit-h-reviews",
];

#[test]
fn the_docx_has_the_reports_chapters_as_word_headings_in_japanese_and_in_english() {
    let font = font();
    let data = synthetic::campaign(8, 40);
    for lang in [Lang::Ja, Lang::En] {
        let l = Localizer::new(lang);
        let bytes = audit_docx(&data, &font, &l, &opts()).unwrap();
        if let Some(dir) = std::env::var_os("TENKEN_DOCX_OUT") {
            std::fs::write(std::path::Path::new(&dir).join(format!("audit-{}.docx", lang.code())), &bytes).unwrap();
        }
        let document = part(&bytes, "word/document.xml");
        let headings: Vec<String> = paragraphs_of(&document, "Heading1").iter().map(|h| unescape(h)).collect();
        let expected: Vec<String> = CHAPTERS.iter().map(|id| l.text(id)).collect();
        for h in &expected {
            assert!(headings.contains(h), "{lang:?}: chapter {h:?} is a Heading1 paragraph: {headings:?}");
        }
        let japanese = |s: &str| {
            s.chars().any(|c| ('\u{3040}'..='\u{30FF}').contains(&c) || ('\u{4E00}'..='\u{9FFF}').contains(&c))
        };
        match lang {
            Lang::Ja => assert!(headings.iter().all(|h| japanese(h)), "Japanese headings: {headings:?}"),
            Lang::En => assert!(headings.iter().all(|h| !japanese(h)), "no Japanese in English headings: {headings:?}"),
        }
        assert_eq!(paragraphs_of(&document, "Title"), vec![unescape(&l.text("report-audit-title"))]);
        assert!(!paragraphs_of(&document, "Heading2").is_empty(), "sub-headings are Heading2");
        // Tables: the report's style, header rows repeated on each page.
        assert!(document.matches("<w:tblStyle w:val=\"TableGrid\"").count() >= 8, "{lang:?}: the tables");
        assert!(document.matches("<w:tblHeader").count() >= 5, "{lang:?}: header rows repeat");
        // A table of contents Word refreshes on opening, listing every chapter.
        assert!(document.contains(r#"TOC \o "1-1""#) && document.contains(r#"w:dirty="true""#), "TOC field");
        assert_eq!(paragraphs_of(&document, "TOC1").len(), headings.len(), "one TOC line per chapter");

        let styles = part(&bytes, "word/styles.xml");
        for (id, name) in
            [("Heading1", "heading 1"), ("Heading2", "heading 2"), ("Title", "Title"), ("TableGrid", "Table Grid")]
        {
            let at = styles.find(&format!("w:styleId=\"{id}\"")).unwrap_or_else(|| panic!("style {id}"));
            assert!(styles[at..].contains(&format!("<w:name w:val=\"{name}\"")), "style {id} named {name}");
        }
        let face = if lang == Lang::En { "BIZ UDPGothic" } else { "BIZ UDGothic" };
        assert!(styles.contains(&format!("w:eastAsia=\"{face}\"")), "{lang:?}: east-Asian font {face}");
    }
}

#[test]
fn the_heat_map_keeps_its_colours_as_cell_shading() {
    let font = font();
    let data = synthetic::campaign(6, 30);
    let bytes = audit_docx(&data, &font, &Localizer::new(Lang::Ja), &opts()).unwrap();
    let document = part(&bytes, "word/document.xml");
    // The palette's 90–100 % and 50–74 % fills, as in the PDF and the window.
    assert!(document.contains("w:fill=\"92C5DE\"") || document.contains("w:fill=\"FEE0B6\""), "heat-map fills");
}
