//! Reports and exports end to end: the demo ward in a temporary folder, the
//! real `tenken` binary, and poppler (pdftotext, pdffonts, pdfinfo) reading
//! the PDFs back as a person's viewer would. Needs poppler-utils and a
//! Japanese font: `bash tests/reports/setup.sh` installs both.
#![allow(clippy::unwrap_used)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;
use calamine::{Reader, Xlsx};

/// A program of poppler-utils, or a failure that says how to get it (never a silent pass).
fn poppler(name: &str) -> Command {
    let found = std::process::Command::new(name).arg("-v").output().is_ok();
    assert!(
        found,
        "{name} is not installed: the report tests read PDFs back with poppler-utils. \
         Run `bash tests/reports/setup.sh` (apt-get install poppler-utils fonts-morisawa-bizud-gothic)."
    );
    Command::new(name)
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

struct Demo {
    dir: tempfile::TempDir,
}

impl Demo {
    fn new() -> Demo {
        let d = Demo { dir: tempfile::tempdir().unwrap() };
        let o = d.tenken(&["demo"]);
        assert!(o.status.success(), "{}", stderr(&o));
        d
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn cmd(&self) -> Command {
        let mut c = Command::cargo_bin("tenken").unwrap();
        c.env_remove("TENKEN_FONT").env_remove("TENKEN_FONT_DIRS").env("LANG", "ja_JP.UTF-8");
        c.arg("--db").arg(self.path("tenken.db"));
        c
    }

    fn tenken(&self, args: &[&str]) -> Output {
        self.cmd().args(args).output().unwrap()
    }

    fn ok(&self, args: &[&str]) -> String {
        let o = self.tenken(args);
        assert!(o.status.success(), "tenken {args:?} failed: {}", stderr(&o));
        stdout(&o)
    }

    fn json(&self, args: &[&str]) -> serde_json::Value {
        serde_json::from_str(&self.ok(args)).unwrap()
    }
}

fn text_of(pdf: &Path) -> String {
    let o = poppler("pdftotext").arg("-enc").arg("UTF-8").arg(pdf).arg("-").output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    stdout(&o)
}

/// Checks the font is embedded and subset, and every page is A4.
fn check_font_and_a4(pdf: &Path) {
    let fonts = stdout(&poppler("pdffonts").arg(pdf).output().unwrap());
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!rows.is_empty(), "no font in {}: {fonts}", pdf.display());
    for row in rows {
        let cols: Vec<&str> = row.split_whitespace().collect();
        // name type... encoding emb sub uni object gen
        let n = cols.len();
        assert_eq!(&cols[n - 5..n - 2], ["yes", "yes", "yes"], "font not embedded+subset+unicode: {row}");
        assert!(cols[0].chars().nth(6) == Some('+'), "subset tag: {row}");
    }
    let info = stdout(&poppler("pdfinfo").arg("-f").arg("1").arg("-l").arg("999").arg(pdf).output().unwrap());
    let sizes: Vec<&str> = info.lines().filter(|l| l.starts_with("Page") && l.contains("size:")).collect();
    assert!(!sizes.is_empty());
    for s in sizes {
        assert!(s.contains("595.276 x 841.89 pts (A4)"), "not A4: {s}");
    }
}

/// Checks running text is set in BIZ UDPGothic and figures in BIZ UDGothic,
/// both embedded as subsets, when both are installed (Debian's
/// fonts-morisawa-bizud-gothic has both); skipped, saying why, otherwise.
fn running_text_and_figures_faces(pdf: &Path) {
    let fonts = stdout(&poppler("pdffonts").arg(pdf).output().unwrap());
    let loaded = tenken_report::load_font(None).unwrap();
    if loaded.proportional().is_none() {
        eprintln!("skipped: no BIZ UDPGothic beside {}", loaded.face(tenken_report::Typeface::Figures).family());
        return;
    }
    let names: Vec<&str> = fonts.lines().skip(2).filter_map(|l| l.split_whitespace().next()).collect();
    let subset_of = |family: &str| names.iter().any(|n| n.get(7..) == Some(family));
    assert!(subset_of("BIZUDPGothic-Regular"), "no BIZ UDPGothic for running text: {fonts}");
    assert!(subset_of("BIZUDGothic-Regular"), "no BIZ UDGothic for figures: {fonts}");
}

#[test]
#[cfg_attr(
    windows,
    ignore = "reads the PDFs back with poppler-utils, a Linux program; tests/windows/run.sh checks the PDFs tenken.exe writes under Wine from Linux instead"
)]
fn consolidated_report_in_japanese_and_english() {
    let d = Demo::new();
    let ja = d.path("audit-ja.pdf");
    let out = d.ok(&["report", "audit", "-o", ja.to_str().unwrap()]);
    assert!(out.contains("に書き出しました"), "{out}");
    check_font_and_a4(&ja);
    running_text_and_figures_faces(&ja);
    let text = text_of(&ja);
    for expected in [
        "自己点検結果報告書",
        "概要",
        "目的",
        "点検の対象",
        "実施期間",
        "責任者",
        "点検の基準",
        "豊島区情報セキュリティ基本方針",
        "点検結果の概要",
        "総評",
        "持出し記録の確認",
        "重点テーマの結果",
        "重点テーマ：外部記録媒体の管理",
        "所属別の重点テーマの実施率",
        "所属別の実施状況",
        "条項別の実施状況",
        "系別の実施状況",
        "マイナンバー利用事務系",
        "前年度との比較",
        "未提出の所属",
        "改善を要する事項",
        "監査担当の指摘",
        "職員セルフチェックの結果",
        "部別の回答率",
        "3人未満のため非表示",
        "前年度の改善計画・指摘事項の措置状況",
        "所属別の措置状況",
        "注意を要する改善計画・指摘事項",
        "期限超過",
        "政策経営部",
        "情報政策課",
        "6.(3)①",
        "6.(1)",
        "令和",
        "1 / ",
    ] {
        assert!(text.contains(expected), "the Japanese report lacks {expected:?}");
    }
    assert!(!text.contains("Overview"), "English in the Japanese report");

    let en = d.path("audit-en.pdf");
    d.ok(&["--lang", "en", "report", "audit", "-o", en.to_str().unwrap()]);
    check_font_and_a4(&en);
    running_text_and_figures_faces(&en);
    let text = text_of(&en);
    for expected in [
        "Self-Inspection Report",
        "Overview",
        "Toshima City",
        "Results by clause",
        "6.(3)①",
        "Sections not yet submitted",
        "Response rate by department",
        "Follow-up by section",
        "Plans and findings that need attention",
    ] {
        assert!(text.contains(expected), "the English report lacks {expected:?}");
    }
    for japanese in ["概要", "目次", "実施率", "令和"] {
        assert!(!text.contains(japanese), "Japanese {japanese:?} in the English report");
    }
}

/// Words of `pdftotext -bbox`: (page, xMin, xMax, text).
fn words(pdf: &Path) -> Vec<(usize, f64, f64, String)> {
    let o = poppler("pdftotext").arg("-bbox").arg(pdf).arg("-").output().unwrap();
    let html = stdout(&o);
    let mut out = Vec::new();
    let mut page = 0;
    for line in html.lines() {
        let line = line.trim();
        if line.starts_with("<page") {
            page += 1;
        }
        let Some(rest) = line.strip_prefix("<word ") else { continue };
        let attr = |name: &str| -> f64 {
            let at = rest.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
            rest[at..].split('"').next().unwrap().parse().unwrap()
        };
        let text = rest.split('>').nth(1).unwrap().split('<').next().unwrap().to_owned();
        out.push((page, attr("xMin"), attr("xMax"), text));
    }
    out
}

#[test]
#[cfg_attr(
    windows,
    ignore = "reads the PDFs back with poppler-utils, a Linux program; tests/windows/run.sh checks the PDFs tenken.exe writes under Wine from Linux instead"
)]
fn section_report_wraps_a_two_thousand_character_comment_inside_its_cell() {
    let d = Demo::new();
    // A section still answering, and an item it has to answer.
    let status = d.json(&["status", "--json"]);
    let code = status
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["state"] == "draft" && s["phase"] == "in_progress")
        .map(|s| s["code"].as_str().unwrap().to_owned())
        .unwrap();
    let answers = d.json(&["answer", "list", "--dept", &code, "--json"]);
    let item = answers.as_array().unwrap().iter().find(|a| a["applies"] == true).unwrap()["item_id"]
        .as_str()
        .unwrap()
        .to_owned();
    let sentence = "記録簿の確認を月末の定例業務に加えたが、異動（4月・10月）の直後は記入漏れが続いた。\
                    「持出し記録簿」と「鍵の貸出簿」を一冊にまとめ、係長が毎週点検する（不備は当日中に是正）。";
    let long: String = sentence.chars().cycle().take(2000).collect();
    d.ok(&["answer", "set", "--dept", &code, "--item", &item, "--value", "yes", "--comment", &long]);

    let pdf = d.path("section.pdf");
    d.ok(&["report", "section", "--dept", &code, "-o", pdf.to_str().unwrap()]);
    check_font_and_a4(&pdf);
    let text = text_of(&pdf);
    for expected in [
        "所属別点検結果票",
        "所属長確認欄",
        "確認印",
        "承認日",
        "回答者",
        "条項別の実施状況",
        "点検項目ごとの回答",
        &item,
        "6.(3)①",
    ] {
        assert!(text.contains(expected), "the section report lacks {expected:?}");
    }

    // The comment column: 18 mm margin + item 55 mm + answer 21 mm, 41.5 mm wide (section.rs).
    let mm = 72.0 / 25.4;
    let (left, right) = ((18.0 + 55.0 + 21.0) * mm, (18.0 + 55.0 + 21.0 + 41.5) * mm);
    let first: String = long.chars().take(6).collect();
    let all = words(&pdf);
    let start = all.iter().position(|w| w.3.starts_with(&first)).expect("the comment is in the PDF");
    let mut joined = String::new();
    let mut pages = std::collections::BTreeSet::new();
    for (page, x0, x1, t) in &all[start..] {
        if joined.chars().count() >= 2000 {
            break;
        }
        if *x0 < left || *x0 > left + 10.0 {
            continue; // another column
        }
        assert!(*x1 <= right + 0.5, "page {page}: {t:?} ends at {x1:.1} pt, past the cell edge {right:.1} pt");
        pages.insert(*page);
        joined.push_str(t);
    }
    assert_eq!(joined.chars().take(2000).collect::<String>(), long, "the whole comment comes back from the PDF");
    assert!(pages.len() >= 2, "the long row continues on the next page: {pages:?}");
    // The table header is repeated on the continuation page.
    let last = *pages.iter().last().unwrap();
    assert!(all.iter().any(|w| w.0 == last && w.3 == "点検項目"), "header not repeated on page {last}");
}

#[test]
fn exports_read_back_as_excel_and_csv() {
    let d = Demo::new();
    let xlsx = d.path("findings.xlsx");
    let out = d.ok(&["export", "findings", "-o", xlsx.to_str().unwrap()]);
    let rows: usize = out.split('（').nth(1).unwrap().trim_end_matches(['行', '）', '\n']).parse().unwrap();
    assert!(rows > 10, "{out}");
    let mut book: Xlsx<_> = calamine::open_workbook(&xlsx).unwrap();
    let sheet = book.worksheet_range("改善を要する事項").unwrap();
    assert_eq!(sheet.height(), rows + 1);
    let header: Vec<String> = sheet.rows().next().unwrap().iter().map(ToString::to_string).collect();
    assert_eq!(&header[..4], ["年度", "所属コード", "部", "所属"]);
    let answer = header.iter().position(|h| h == "回答").unwrap();
    assert!(sheet.rows().skip(1).all(|r| ["一部実施", "実施していない"].contains(&r[answer].to_string().as_str())));

    let csv = d.path("answers.csv");
    d.ok(&["export", "answers", "-o", csv.to_str().unwrap()]);
    let bytes = std::fs::read(&csv).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "UTF-8 BOM for Excel");
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    // One row per section and item put to it: the same count for every
    // section, except the 主管課 (1020 in the demo), which has its own items too.
    let mut rows_of: BTreeMap<String, usize> = BTreeMap::new();
    for line in text.split("\r\n").skip(1).filter(|l| !l.is_empty()) {
        *rows_of.entry(line.split(',').nth(1).unwrap().to_owned()).or_default() += 1;
    }
    assert_eq!(rows_of.len(), 20);
    let section_rows = rows_of["1010"];
    assert!(rows_of.iter().all(|(code, n)| code == "1020" || *n == section_rows), "{rows_of:?}");
    assert!(rows_of["1020"] > section_rows, "{rows_of:?}");
    assert!(text.starts_with("年度,所属コード"));

    let en = d.path("findings-en.csv");
    d.ok(&["--lang", "en", "export", "findings", "-o", en.to_str().unwrap()]);
    assert!(std::fs::read(&en).unwrap().starts_with("\u{FEFF}Fiscal year,Section code".as_bytes()));
}

#[test]
fn bad_input_is_refused_with_a_clear_message_and_nothing_is_written() {
    let d = Demo::new();
    let out = d.path("x.pdf");
    let o = d.tenken(&["report", "section", "--dept", "ZZ", "-o", out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("所属コード「ZZ」はありません"), "{}", stderr(&o));

    let o = d.tenken(&["report", "audit", "--campaign", "2001", "-o", out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("平成13年度の点検はありません"), "{}", stderr(&o));

    let o = d.tenken(&["report", "audit", "-o", d.path("no/such/dir/x.pdf").to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("書き込めません"), "{}", stderr(&o));

    let o = d.tenken(&["export", "findings", "-o", d.path("x.xls").to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains(".xlsx / .csv"), "{}", stderr(&o));

    // No font anywhere: the message names the packages to install, in both languages.
    let empty = d.path("no-fonts");
    std::fs::create_dir(&empty).unwrap();
    let o = d
        .cmd()
        .env("TENKEN_FONT_DIRS", &empty)
        .args(["report", "audit", "-o", out.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("fonts-morisawa-bizud-gothic") && stderr(&o).contains("--font"), "{}", stderr(&o));
    let o = d
        .cmd()
        .env("TENKEN_FONT_DIRS", &empty)
        .args(["--lang", "en", "report", "audit", "-o", out.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(stderr(&o).starts_with("No Japanese font found"), "{}", stderr(&o));
    let o = d
        .cmd()
        .env("TENKEN_FONT", "/etc/hostname")
        .args(["report", "audit", "-o", out.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("フォントファイルとして読めません"), "{}", stderr(&o));

    assert!(!out.exists(), "a refused command wrote a file");
    let left: Vec<_> = std::fs::read_dir(d.dir.path()).unwrap().flatten().map(|e| e.file_name()).collect();
    assert!(left.iter().all(|n| !n.to_string_lossy().ends_with(".tmp")), "temporary files left: {left:?}");
}

#[test]
#[cfg_attr(
    windows,
    ignore = "reads the PDFs back with poppler-utils, a Linux program; tests/windows/run.sh checks the PDFs tenken.exe writes under Wine from Linux instead"
)]
fn demo_writes_the_sample_reports() {
    let dir = tempfile::tempdir().unwrap();
    let reports = dir.path().join("reports");
    let o = Command::cargo_bin("tenken")
        .unwrap()
        .env_remove("TENKEN_FONT")
        .env("LANG", "ja_JP.UTF-8")
        .arg("--db")
        .arg(dir.path().join("t.db"))
        .args(["demo", "--reports"])
        .arg(&reports)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let mut names: Vec<String> =
        std::fs::read_dir(&reports).unwrap().flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    assert_eq!(names.len(), 5, "{names:?}");
    // The consolidated report as PDF and as a Word document, in both languages.
    assert!(names[0].starts_with("audit-") && names[0].ends_with("-en.docx"), "{names:?}");
    assert!(names[1].ends_with("-en.pdf") && names[2].ends_with("-ja.docx") && names[3].ends_with("-ja.pdf"));
    assert!(names[4].starts_with("section-"));
    for n in names.iter().filter(|n| n.ends_with(".pdf")) {
        check_font_and_a4(&reports.join(n));
    }
    for n in names.iter().filter(|n| n.ends_with(".docx")) {
        assert!(std::fs::read(reports.join(n)).unwrap().starts_with(b"PK"), "{n} is a zip");
    }
    assert!(text_of(&reports.join(&names[4])).contains("所属別点検結果票"));
}

/// Why a glyph test cannot run here, if it cannot: no poppler or no Japanese font.
fn glyph_test_blocker() -> Option<String> {
    for tool in ["pdftotext", "pdffonts", "pdfinfo"] {
        if std::process::Command::new(tool).arg("-v").output().is_err() {
            return Some(format!("{tool} is not installed (bash tests/reports/setup.sh installs poppler-utils)"));
        }
    }
    match tenken_report::fonts::locate(None) {
        Ok(_) => None,
        Err(e) => Some(format!("no Japanese font ({e}); bash tests/reports/setup.sh installs BIZ UDGothic")),
    }
}

/// How many times `needle` occurs in `hay`.
fn count(hay: &str, needle: &str) -> usize {
    hay.matches(needle).count()
}

#[test]
fn names_beyond_the_bmp_print_and_characters_the_font_lacks_are_replaced_visibly_and_reported_once() {
    if let Some(why) = glyph_test_blocker() {
        eprintln!("skipped: {why}");
        return;
    }
    // Which of the test characters no installed font has: BIZ UDGothic has 𩸽
    // (JIS X 0213) but neither 𠮷 nor emoji; IPAmj明朝, if installed, has 𠮷.
    // The faces as `tenken report` loads them: BIZ UDPGothic beside BIZ UDGothic.
    let mut face = tenken_report::load_font(None).unwrap();
    let fixed = face.face(tenken_report::Typeface::Figures);
    if let Some(fallback) = tenken_report::fonts::fallback_for(fixed, &['𠮷']) {
        face.set_fallback(fallback);
    }
    let family = face.face(tenken_report::Typeface::Figures).family().to_owned();
    assert!(face.has_glyph('𩸽'), "{family} lacks 𩸽 — the tests expect a JIS X 0213 font");
    let lacking: Vec<char> = ['😀', '𠮷'].into_iter().filter(|c| !face.has_glyph(*c)).collect();
    assert!(lacking.contains(&'😀'), "a font with colour emoji? pick another test character");

    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let tenken = |lang: &str, args: &[&str]| -> Output {
        let mut c = Command::cargo_bin("tenken").unwrap();
        c.env_remove("TENKEN_FONT").env_remove("TENKEN_FONT_DIRS").env_remove("TENKEN_LOG").env("LANG", "ja_JP.UTF-8");
        let o = c.args(["--lang", lang, "--db"]).arg(&db).args(args).output().unwrap();
        assert!(o.status.success(), "tenken {args:?}: {}", stderr(&o));
        o
    };
    let csv = dir.path().join("depts.csv");
    std::fs::write(&csv, "所属コード,所属名,親コード,系\nB1,区民部,,\nB1-1,𠮷田課,B1,lgwan internet\n").unwrap();
    tenken("ja", &["init"]);
    tenken("ja", &["dept", "import", csv.to_str().unwrap()]);
    let toshima = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../questionnaires/toshima.toml");
    tenken("ja", &["campaign", "open", "--year", "2026", "--questionnaire", toshima.to_str().unwrap()]);
    let answers: serde_json::Value =
        serde_json::from_str(&stdout(&tenken("ja", &["answer", "list", "--dept", "B1-1", "--json"]))).unwrap();
    let item = answers.as_array().unwrap().iter().find(|a| a["applies"] == true).unwrap()["item_id"]
        .as_str()
        .unwrap()
        .to_owned();
    let comment = "𩸽の干物を配布した😀";
    tenken("ja", &["answer", "set", "--dept", "B1-1", "--item", &item, "--value", "yes", "--comment", comment]);

    let shown: Vec<String> = lacking.iter().map(char::to_string).collect();
    let shown = shown.join(" ");
    for (lang, expected) in [
        ("ja", format!("PDF のフォントにない文字が {} 字あり、〓 で表しました：{shown}", lacking.len())),
        (
            "en",
            match lacking.len() {
                1 => format!("The PDF font has no glyph for one character, printed as 〓: {shown}"),
                n => format!("The PDF font has no glyph for {n} characters, printed as 〓: {shown}"),
            },
        ),
    ] {
        let pdf = dir.path().join(format!("section-{lang}.pdf"));
        let o = tenken(lang, &["report", "section", "--dept", "B1-1", "-o", pdf.to_str().unwrap()]);
        let err = stderr(&o);
        assert_eq!(count(&err, &expected), 1, "the warning, once, in {lang}: {err}");
        assert_eq!(err.lines().count(), 1, "nothing else on stderr: {err}");
        assert!(!err.contains("WARN") && !err.contains('\u{1b}'), "a raw log line reached the user: {err:?}");
        check_font_and_a4(&pdf);
        let fonts = stdout(&poppler("pdffonts").arg(&pdf).output().unwrap());
        let embedded = fonts.lines().skip(2).count();
        let faces = if face.proportional().is_some() { 2 } else { 1 };
        let expected = faces + usize::from(face.fallback().is_some());
        assert_eq!(embedded, expected, "text and figures faces (+ fallback for 𠮷): {fonts}");
        // Search and copy-paste give the real characters, the printed 〓 included.
        let text = text_of(&pdf);
        assert!(text.contains("𠮷田課"), "𠮷田課 does not come back as text ({lang}): {text}");
        assert!(text.contains(comment), "the comment does not come back as text ({lang})");
    }

    // Without the emoji, only what the font still lacks is reported (or nothing at all).
    tenken("ja", &["answer", "set", "--dept", "B1-1", "--item", &item, "--value", "yes", "--comment", "𩸽"]);
    let pdf = dir.path().join("no-emoji.pdf");
    for (lang, expected) in [
        ("ja", "PDF のフォントにない文字が 1 字あり、〓 で表しました：𠮷（"),
        ("en", "The PDF font has no glyph for one character, printed as 〓: 𠮷 ("),
    ] {
        let args = ["report", "section", "--dept", "B1-1", "-o", pdf.to_str().unwrap(), "--force"];
        let err = stderr(&tenken(lang, &args));
        if lacking.contains(&'𠮷') {
            assert_eq!(count(&err, expected), 1, "{err}");
        } else {
            assert!(err.is_empty(), "{err}");
        }
    }
}
