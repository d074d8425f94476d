//! Layout checks on synthetic data: long text wraps inside its cell, 禁則 holds
//! on the page, rows split across pages with the header repeated, A4 pages.
#![allow(clippy::unwrap_used)]

mod common;

use common::{font, opts};
use tenken_core::CheckMethod;
use tenken_i18n::{Lang, Localizer};
use tenken_report::linebreak::{no_end, no_start};
use tenken_report::{Placed, Typeface, audit_report, fonts, section_report, synthetic};

const PARAGRAPH: &str = "記録簿の確認を月末の定例業務に加えたが、異動（4月・10月）の直後は記入漏れが続いた。\
    「持出し記録簿」と「鍵の貸出簿」を一冊にまとめ、係長が毎週点検する（不備は当日中に是正）。";

#[test]
fn a_two_thousand_character_comment_wraps_inside_its_cell_across_pages() {
    let font = font();
    let mut data = synthetic::one_section(&synthetic::campaign(3, 65), 0);
    let long: String = PARAGRAPH.chars().cycle().take(2000).collect();
    let item = data.sections[0].items.iter_mut().find(|i| i.applies && i.answer.is_some()).unwrap();
    item.answer.as_mut().unwrap().comment = long.clone();
    let l = Localizer::new(Lang::Ja);
    let r = section_report(&data, &font, &l, &opts()).unwrap();

    let first_line: String = long.chars().take(8).collect();
    let start = r.placed.iter().position(|p| p.text.starts_with(&first_line)).expect("the comment is placed");
    let limit = r.placed[start].limit;
    let x = r.placed[start].x;
    let lines: Vec<&Placed> =
        r.placed[start..].iter().filter(|p| (p.x - x).abs() < 0.01 && (p.limit - limit).abs() < 0.01).collect();
    let mut text = String::new();
    for p in &lines {
        if text.len() >= long.len() {
            break;
        }
        assert!(p.x + p.width <= p.limit + 0.01, "overflow on page {}: {:?}", p.page + 1, p.text);
        let (first, last) = (p.text.chars().next().unwrap(), p.text.chars().last().unwrap());
        assert!(!no_start(first) && !no_end(last), "禁則: {:?}", p.text);
        text.push_str(&p.text);
    }
    assert!(text.starts_with(&long), "the whole comment is printed, in order");
    let pages: std::collections::BTreeSet<usize> =
        lines.iter().take_while(|p| p.page <= lines[0].page + 5).map(|p| p.page).collect();
    assert!(pages.len() >= 2, "a 2000-character comment runs over a page: {pages:?}");
    // The table header is repeated on every page the row continues on.
    for page in &pages {
        assert!(
            r.placed.iter().any(|p| p.page == *page && p.text == "点検項目"),
            "header missing on page {}",
            page + 1
        );
    }
    // Nothing anywhere leaves its box.
    for p in &r.placed {
        assert!(p.x + p.width <= p.limit + 0.01, "overflow: {p:?}");
    }
}

/// A line that ends in the first part of a one-word value of a narrow
/// column (its state, answer or overdue mark), as when the column is too
/// narrow for the word in the proportional face and it is broken inside.
fn broken_word(placed: &[Placed]) -> Option<String> {
    const WORDS: [&str; 4] = ["Submitted", "Reopened", "Implemented", "Overdue"];
    placed.iter().map(|p| p.text.as_str()).find_map(|t| {
        let last = t.rsplit(' ').next()?;
        let broken = WORDS.iter().any(|w| last.chars().count() >= 2 && w.starts_with(last) && *w != last);
        broken.then(|| t.to_owned())
    })
}

#[test]
fn every_text_of_both_reports_stays_in_its_box_in_both_languages() {
    let font = font();
    let data = synthetic::campaign(30, 120);
    for lang in Lang::ALL {
        let l = Localizer::new(lang);
        let r = audit_report(&data, &font, &l, &opts()).unwrap();
        assert!(r.pages > 10);
        for p in &r.placed {
            assert!(p.x + p.width <= p.limit + 0.01, "{lang}: overflow: {p:?}");
            assert!(p.x >= 18.0 * 72.0 / 25.4 - 0.01, "{lang}: left of the margin: {p:?}");
        }
        assert!(r.bytes.starts_with(b"%PDF-"));
        assert_eq!(broken_word(&r.placed), None, "{lang}: a word broken inside its column");
        let mut one = synthetic::one_section(&data, 3);
        // Every item checked in all four ways with a long 着眼点, in both languages.
        let focus: String = PARAGRAPH.chars().cycle().take(180).collect();
        for s in &mut one.questionnaire.sections {
            for i in &mut s.items {
                i.method = CheckMethod::ALL.to_vec();
                i.focus = Some(focus.clone());
                i.focus_en = Some("Look at the register, the keys and the log of removals. ".repeat(3));
            }
        }
        let r = section_report(&one, &font, &l, &opts()).unwrap();
        assert!(r.placed.iter().all(|p| p.x + p.width <= p.limit + 0.01));
        assert_eq!(broken_word(&r.placed), None, "{lang}: a word broken inside its column");
        let (method, focus_label) = match lang {
            Lang::Ja => ("確認方法：閲覧・ヒアリング・視察・突合", "着眼点："),
            // Wider than the column: wrapped after a comma.
            Lang::En => ("How to check: Document review,", "Points to look at: "),
        };
        let method_lines: Vec<&Placed> = r.placed.iter().filter(|p| p.text.trim_end() == method).collect();
        assert_eq!(
            method_lines.len(),
            one.sections[0].items.len(),
            "{lang}: one 確認方法 line per item put to the section"
        );
        let question = r.placed.iter().find(|p| p.text.starts_with("toshima-")).expect("an item id is placed");
        assert!(method_lines[0].size < question.size, "{lang}: the note is smaller than the question");
        let focus_start = r.placed.iter().position(|p| p.text.starts_with(focus_label)).expect("着眼点 is placed");
        // The long 着眼点 wraps onto further lines of the same cell, each inside it.
        let first = &r.placed[focus_start];
        assert!(r.placed[focus_start + 1].x == first.x && r.placed[focus_start + 1].size == first.size, "{lang}");
    }
}

#[test]
fn the_english_report_has_no_japanese_of_its_own() {
    let font = font();
    let mut data = synthetic::campaign(4, 65);
    // Data a section typed stays as typed; everything the report itself says is English.
    for s in &mut data.sections {
        s.name = "Section".into();
        s.path = "Dept / Section".into();
        s.reopen_reason = s.reopen_reason.as_ref().map(|_| "late".into());
        for i in &mut s.items {
            i.review = None;
            if let Some(a) = &mut i.answer {
                a.comment = "comment".into();
                a.na_reason = "reason".into();
                if let Some(p) = &mut a.plan {
                    p.action = "plan".into();
                    p.owner = Some("owner".into());
                }
            }
        }
    }
    for line in &mut data.summary.by_section {
        line.name = "Section".into();
    }
    data.officers.responsible = Some("CISO".into());
    data.assessment = "Removable media records differ between sections.\n\nNext year's theme.".into();
    data.theme.title = "FY2026 focus theme: removable media".into();
    let l = Localizer::new(Lang::En);
    let r = audit_report(&data, &font, &l, &opts()).unwrap();
    let japanese = |c: char| ('\u{3040}'..='\u{30ff}').contains(&c) || ('\u{4e00}'..='\u{9fff}').contains(&c);
    let offending: Vec<&str> =
        r.placed.iter().filter(|p| p.text.chars().any(japanese)).map(|p| p.text.as_str()).collect();
    assert!(offending.is_empty(), "Japanese in the English report: {offending:?}");
}

#[test]
fn a_name_with_characters_the_font_lacks_keeps_its_width_and_reports_them() {
    let font = font();
    let mut data = synthetic::one_section(&synthetic::campaign(3, 65), 0);
    data.sections[0].name = "𠮷田課".to_owned();
    let item = data.sections[0].items.iter_mut().find(|i| i.applies && i.answer.is_some()).unwrap();
    item.answer.as_mut().unwrap().comment = "𩸽の干物を配布した😀".to_owned();
    let r = section_report(&data, &font, &Localizer::new(Lang::Ja), &opts()).unwrap();

    let lacking: Vec<char> = ['😀', '𠮷'].into_iter().filter(|c| !font.has_glyph(*c)).collect();
    assert!(lacking.contains(&'😀'));
    assert_eq!(r.missing, lacking, "each character the font lacks, once, 𩸽 not among them");
    assert_eq!(r.substitute, '〓');
    // The layout keeps the real text (for the /ActualText) and measures what is drawn.
    let name = r.placed.iter().find(|p| p.text == "𠮷田課").expect("the section name is placed");
    let text = font.face(Typeface::Text);
    assert!((name.width - text.width("〓田課", name.size)).abs() < 0.01 || font.has_glyph('𠮷'));
    assert!(r.placed.iter().any(|p| p.text.contains("𩸽の干物")));

    // Nothing to report when every character is in the font.
    let plain = synthetic::one_section(&synthetic::campaign(3, 65), 0);
    assert!(section_report(&plain, &font, &Localizer::new(Lang::Ja), &opts()).unwrap().missing.is_empty());
}

#[test]
fn a_fallback_font_draws_the_kanji_the_report_font_lacks() {
    let mut font = font();
    let Some(fallback) = fonts::fallback_for(font.face(Typeface::Figures), &['𠮷']) else {
        eprintln!("skipped: no font with 𠮷 installed (apt-get install fonts-ipamj-mincho)");
        return;
    };
    let fallback_advance = fallback.advance('𠮷');
    font.set_fallback(fallback);
    let mut data = synthetic::one_section(&synthetic::campaign(3, 65), 0);
    data.sections[0].name = "𠮷田課".to_owned();
    let r = section_report(&data, &font, &Localizer::new(Lang::Ja), &opts()).unwrap();
    assert!(r.missing.is_empty(), "{:?}", r.missing);
    let name = r.placed.iter().find(|p| p.text == "𠮷田課").expect("the section name is placed");
    let text = font.face(Typeface::Text);
    let expected = (fallback_advance + text.advance('田') + text.advance('課')) * name.size;
    assert!((name.width - expected).abs() < 0.01, "{} != {expected}", name.width);
}

#[test]
fn running_text_is_set_in_the_proportional_face_and_figures_in_the_fixed_one() {
    let fonts = font();
    let fixed = fonts.face(Typeface::Figures);
    if fixed.family() != "BIZ UDGothic" {
        eprintln!("skipped: the installed font is {}, which has no proportional face of its own", fixed.family());
        return;
    }
    // The same Debian package (and Windows' collection) has both faces.
    let text = fonts.proportional().expect("BIZ UDPGothic beside BIZ UDGothic (fonts-morisawa-bizud-gothic)");
    assert_eq!(text.family(), "BIZ UDPGothic");
    // Each letter takes its own width, read from the font's hmtx: narrow
    // letters less room than the fixed face's half em, wide ones more. (In
    // this family running English comes out about a tenth wider than the
    // half-width face, so the layout must measure, never assume half an em.)
    assert!(text.width("il.,;:", 10.0) < fixed.width("il.,;:", 10.0));
    assert!(text.width("mwMW", 10.0) > fixed.width("mwMW", 10.0));
    assert!(text.advance('i') < text.advance('W'));
    assert_eq!(fixed.advance('i'), fixed.advance('W'));
    // Digits of the fixed face all have one width, so columns of figures line up.
    assert!("0123456789".chars().all(|d| fixed.advance(d) == fixed.advance('0')));

    // In the English report, a heading takes the proportional width and a rate the fixed one.
    let data = synthetic::campaign(6, 65);
    let r = audit_report(&data, &fonts, &Localizer::new(Lang::En), &opts()).unwrap();
    let heading = r.placed.iter().find(|p| p.text.ends_with("Results by clause")).expect("the heading is placed");
    assert!((heading.width - text.width(&heading.text, heading.size)).abs() < 0.01);
    let rate = r.placed.iter().find(|p| p.text.ends_with('%') && p.text.len() <= 5).expect("a rate is placed");
    assert!((rate.width - fixed.width(&rate.text, rate.size)).abs() < 0.01, "{rate:?}");
    // Both faces are in the file, each as a subset.
    let pdf = String::from_utf8_lossy(&r.bytes);
    for name in ["+BIZUDPGothic", "+BIZUDGothic"] {
        assert!(pdf.contains(name), "{name} is not embedded");
    }
}
