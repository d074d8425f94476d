//! Input that is legal bytes but wrong (full-width codes, terminal control
//! sequences, far-off dates), and messages that must stay in one language:
//! the real `tenken` binary, messages in Japanese and English, the database
//! unchanged where something was refused. Simple refusals are rows of
//! `tests/malformed-inputs.toml`; these need more than one step.
#![allow(clippy::unwrap_used)]

mod support;

use std::path::Path;

use predicates::prelude::*;
use predicates::str::contains;
use support::{Machine, repo, s};

/// A ward with 区民部 (B1) and 戸籍住民課 (B1-1) and the departments of
/// `more_csv` (a department file), then `before_open` run on the database,
/// then campaign 2026 open.
fn ward_with(more_csv: &str, before_open: impl FnOnce(&Path)) -> Machine {
    let m = Machine::new();
    m.cmd(&["init"]).assert().success();
    std::fs::write(m.path("d.csv"), "code,name,parent,tiers\nB1,区民部,,\nB1-1,戸籍住民課,B1,lgwan\n").unwrap();
    m.cmd(&["dept", "import", s(&m.path("d.csv"))]).assert().success();
    if !more_csv.is_empty() {
        std::fs::write(m.path("more.csv"), more_csv).unwrap();
        m.cmd(&["dept", "import", s(&m.path("more.csv"))]).assert().success().stdout(contains("追加 1件"));
    }
    before_open(&m.db());
    let q = repo().join("questionnaires/toshima.toml");
    m.cmd(&["campaign", "open", "--year", "2026", "--questionnaire", s(&q)]).assert().success();
    m
}

/// Neither ESC, BEL, NUL nor a bidi override reaches the terminal.
fn assert_inert(text: &str) {
    for c in ['\u{1b}', '\u{7}', '\0', '\u{202E}', '\u{2067}'] {
        assert!(!text.contains(c), "{c:?} printed raw in:\n{text}");
    }
}

#[test]
fn a_code_typed_with_full_width_digits_is_the_same_department_everywhere() {
    let m = ward_with("所属コード,所属名,親コード,系\n１０２０,福祉課,Ｂ１,lgwan\n", |_| {});
    let list = m.stdout(&["dept", "list"]);
    assert!(list.contains("1020") && !list.contains("１０２０"), "{list}");
    // The half-width file updates it; there is never a second 1020 that looks the same.
    std::fs::write(m.path("hw.csv"), "code,name,parent,tiers\n1020,福祉課,B1,lgwan internet\n").unwrap();
    m.cmd(&["dept", "import", s(&m.path("hw.csv"))]).assert().success().stdout(contains("追加 0件、更新 1件"));
    // --dept finds it however it is typed.
    for typed in ["1020", "１０２０", " 1020 "] {
        m.cmd(&["answer", "set", "--dept", typed, "--item", "toshima-5-a", "--value", "yes"])
            .assert()
            .success()
            .stdout(contains("保存しました：1020 toshima-5-a"));
    }
}

#[test]
fn stored_control_characters_and_odd_file_names_never_reach_the_terminal_raw() {
    // A database written before names were checked: the name holds a clear-screen,
    // a window-title change and a right-to-left override.
    let evil = "戸籍\u{1b}[2J\u{1b}]0;pwned\u{7}住民課\u{202E}fdp.exe";
    let m = ward_with("", |db| {
        rusqlite::Connection::open(db)
            .unwrap()
            .execute("UPDATE departments SET name = ?1 WHERE code = 'B1-1'", [evil])
            .unwrap();
    });
    for args in [&["dept", "list"][..], &["status"][..], &["dept", "list", "--lang", "en"][..]] {
        let out = m.stdout(args);
        assert_inert(&out);
        assert!(out.contains("戸籍\u{FFFD}[2J\u{FFFD}]0;pwned\u{FFFD}住民課\u{FFFD}fdp.exe"), "{out}");
    }
    // A file name that carries an escape sequence, named in an error message
    // (Windows refuses control characters in file names: nothing to test there).
    if cfg!(windows) {
        println!("skipped on Windows: a file name with an escape sequence (Windows refuses such names)");
        return;
    }
    let odd = m.path("点検票\u{1b}]0;pwned\u{7}.toml");
    std::fs::write(&odd, "not = = toml").unwrap();
    for (lang, words) in [("ja", "TOML の書き方に誤りがあります"), ("en", "The TOML is malformed")] {
        let out = m.bare().args(["questionnaire", "validate", s(&odd), "--lang", lang]).output().unwrap();
        assert_eq!(out.status.code(), Some(1));
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains(words) && err.contains("点検票\u{FFFD}]0;pwned\u{FFFD}.toml"), "{err}");
        assert_inert(&err);
    }
}

#[test]
fn a_response_with_a_far_off_due_date_is_refused_with_a_reason_in_one_language() {
    let auditor = Machine::new();
    auditor.cmd(&["demo"]).assert().success();
    let stick = auditor.path("stick");
    auditor.cmd(&["package", "distribute", "--dept", "7010", "--out", s(&stick)]).assert().success();
    let dist = std::fs::read_dir(&stick).unwrap().flatten().next().unwrap().path();

    let section = Machine::new();
    section.cmd(&["init"]).assert().success();
    section.cmd(&["package", "open", s(&dist)]).assert().success();
    section
        .cmd(&["answer", "set", "--dept", "7010", "--item", "toshima-5-a", "--value", "partial", "--plan", "研修"])
        .args(["--due", "9999-12-31"])
        .assert()
        .code(1)
        .stderr(contains("令和8年4月1日 から 令和14年3月31日 までの日付にしてください"));
    section
        .cmd(&["answer", "set", "--dept", "7010", "--item", "toshima-5-a", "--value", "partial", "--plan", "研修"])
        .args(["--due", "2027-03-31"])
        .assert()
        .success();
    // The section's database edited by hand (or by an older tenken): the date the CLI refuses.
    rusqlite::Connection::open(section.db())
        .unwrap()
        .execute("UPDATE answers SET plan_due = '9999-12-31' WHERE item = 'toshima-5-a'", [])
        .unwrap();
    let out = section.path("out");
    section.cmd(&["package", "respond", "--out", s(&out)]).assert().success();

    let before = auditor.db_hash();
    auditor.cmd(&["package", "import", s(&out)]).assert().code(1).stdout(
        contains("取り込んでいません。項目「toshima-5-a」の回答が入力のきまりに合いません。")
            .and(contains("期限 令和7981年12月31日 はこの年度の改善計画の期限にできません"))
            .and(contains("due date").not())
            .and(contains("outside").not()),
    );
    auditor.cmd(&["package", "import", s(&out), "--lang", "en"]).assert().code(1).stdout(
        contains("the answer to item \"toshima-5-a\" breaks the answer rules")
            .and(contains("give a date from 1 April 2026 to 31 March 2032"))
            .and(contains("期限").not()),
    );
    assert_eq!(auditor.db_hash(), before, "a refused package changed the database");
}

#[test]
#[cfg_attr(
    windows,
    ignore = "the default database is under the known folder %APPDATA%, which a test cannot move; tests/windows/run.sh checks it"
)]
fn an_empty_tenken_db_counts_as_unset() {
    let m = Machine::new();
    let home = m.path("home");
    std::fs::create_dir(&home).unwrap();
    for (lang, words) in [("ja", "がありません"), ("en", "There is no database")] {
        m.bare()
            .env("TENKEN_DB", "")
            .env("HOME", &home)
            .env("XDG_DATA_HOME", home.join("data"))
            .args(["status", "--lang", lang])
            .assert()
            .code(1)
            .stderr(contains(words).and(contains(s(&home.join("data")))).and(contains("「」").not()));
    }
    assert!(!home.join("data").exists(), "status created the data directory");
}

#[test]
fn a_scaffold_written_to_standard_output_is_only_toml() {
    let m = Machine::new();
    let policy = m.path("policy.txt");
    std::fs::write(
        &policy,
        "見本区情報セキュリティ基本方針\n\n1 目的\n(1) 情報資産を守る。\n2 対策\n(1) 端末を施錠する。\n",
    )
    .unwrap();
    for (lang, words) in [("ja", "個の条項を見つけ"), ("en", "clause")] {
        let out = m.bare().args(["questionnaire", "scaffold", s(&policy), "--lang", lang]).output().unwrap();
        assert!(out.status.success());
        let stdout = String::from_utf8(out.stdout).unwrap();
        let parsed: Result<toml::Table, _> = toml::from_str(&stdout);
        assert!(parsed.is_ok(), "{lang}: stdout is not TOML: {parsed:?}\n{stdout}");
        assert!(String::from_utf8(out.stderr).unwrap().contains(words));
        // Saved by redirection, it is a checklist to fill in: the validator speaks only of the TODOs.
        std::fs::write(m.path("my.toml"), &stdout).unwrap();
        m.bare()
            .args(["questionnaire", "validate", s(&m.path("my.toml"))])
            .assert()
            .code(1)
            .stderr(contains("雛形の仮の文（TODO）のままです").and(contains("TOML の書き方に誤りがあります").not()));
    }
}

#[test]
fn japanese_messages_carry_no_english_reason_from_the_os_or_a_parser() {
    let m = ward_with("", |_| {});
    let bad_toml = m.path("bad.toml");
    std::fs::write(&bad_toml, "not = = toml").unwrap();
    let missing = m.path("missing.csv");
    let cases: [(&[&str], &str, &str, &str); 3] = [
        (
            &["questionnaire", "validate", s(&bad_toml)],
            "TOML の書き方に誤りがあります",
            "The TOML is malformed (",
            "expected",
        ),
        (
            &["dept", "import", s(&missing)],
            "を読めません。そのファイルはありません",
            "there is no such file",
            "os error",
        ),
        (
            &["dept", "import", s(m.dir.path())],
            "はフォルダーです。読み込むファイルを指定してください",
            "is a folder — give the file to read",
            "directory",
        ),
    ];
    let before = m.db_hash();
    for (args, ja, en, english_reason) in cases {
        let out = m.cmd(args).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains(ja) && !err.contains(english_reason), "{args:?}: {err}");
        let out = m.cmd(args).args(["--lang", "en"]).output().unwrap();
        assert!(String::from_utf8(out.stderr).unwrap().contains(en), "{args:?}");
    }
    assert_eq!(m.db_hash(), before);
}
