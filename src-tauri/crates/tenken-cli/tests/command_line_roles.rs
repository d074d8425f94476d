//! The command line keeps the window's rules: every command that changes a
//! protected auditor's database goes through the same passphrase door
//! (`TENKEN_PASSPHRASE` or a no-echo prompt), a section's terminal set up
//! from a distribution package is that section's terminal, and the role is
//! shown and chosen with `tenken role` as in the window's settings.
#![allow(clippy::unwrap_used)]

mod support;

use assert_cmd::Command;
use predicates::str::contains;
use sha2::{Digest, Sha256};
use support::{Machine, find, s};

const DEPARTMENTS: &str = "所属コード,所属名,親コード,系
B1,区民部,,
B1-1,戸籍住民課,B1,lgwan
B1-2,税務課,B1,lgwan
";
/// One clause, one item: a section answers it in one command.
const TINY: &str = r#"[questionnaire]
id = "tiny"
municipality = "試験区"
title = "試験区 自己点検票"
policy = "試験区情報セキュリティ基本方針"
policy_effective = 2025-04-01
tiers = ["lgwan"]

[[section]]
clause = "1"
title = "遵守"
summary = "職員はポリシーに従う。"

[[section.item]]
id = "tiny-1-a"
text = "職員がポリシーの置き場所を知っているか。"
"#;
const SECRET: &str = "監査担当の合言葉 2026";

/// `args` with the auditor's passphrase in `TENKEN_PASSPHRASE`.
fn with_passphrase(m: &Machine, args: &[&str]) -> Command {
    let mut c = m.cmd(args);
    c.env("TENKEN_PASSPHRASE", SECRET);
    c
}

/// Every file under the machine's folder with its SHA-256 (the shared
/// memory index left out): the database and its write-ahead log, backups,
/// packages.
fn state(m: &Machine) -> Vec<(String, String)> {
    m.files()
        .into_iter()
        .filter(|(p, _)| !p.to_string_lossy().ends_with("-shm"))
        .map(|(p, bytes)| {
            (p.strip_prefix(m.dir.path()).unwrap().display().to_string(), hex::encode(Sha256::digest(bytes)))
        })
        .collect()
}

/// The auditor's database: departments, the tiny checklist for 2026, a passphrase.
fn auditor() -> Machine {
    let m = Machine::new();
    std::fs::write(m.path("d.csv"), DEPARTMENTS).unwrap();
    std::fs::write(m.path("tiny.toml"), TINY).unwrap();
    m.cmd(&["init"]).assert().success();
    m.cmd(&["dept", "import", "d.csv"]).assert().success();
    m.cmd(&["campaign", "open", "--year", "2026", "--questionnaire", "tiny.toml"]).assert().success();
    m.cmd(&["auditor", "passphrase"]).write_stdin(format!("{SECRET}\n{SECRET}\n")).assert().success();
    m
}

/// Without the passphrase, and with a wrong one, `args` is refused in both
/// languages and nothing under the machine's folder changes; with the right
/// one in `TENKEN_PASSPHRASE` it succeeds.
fn needs_the_passphrase(m: &Machine, args: &[&str]) {
    let before = state(m);
    m.cmd(args).assert().code(1).stderr(contains("環境変数 TENKEN_PASSPHRASE に設定するか"));
    m.cmd(args).args(["--lang", "en"]).assert().code(1).stderr(contains("protected by a passphrase"));
    // An empty variable is no passphrase: refused the same way, without a wrong-passphrase wait.
    m.cmd(args)
        .env("TENKEN_PASSPHRASE", "")
        .assert()
        .code(1)
        .stderr(contains("環境変数 TENKEN_PASSPHRASE に設定するか"));
    m.cmd(args)
        .env("TENKEN_PASSPHRASE", "not the passphrase")
        .assert()
        .code(1)
        .stderr(contains("パスフレーズが違います"));
    m.cmd(args)
        .args(["--lang", "en"])
        .env("TENKEN_PASSPHRASE", "not the passphrase")
        .assert()
        .code(1)
        .stderr(contains("Wrong passphrase"));
    m.cmd(args).write_stdin("not the passphrase\n").assert().code(1).stderr(contains("パスフレーズが違います"));
    assert_eq!(state(m), before, "{args:?} refused, yet something changed");
    let out = with_passphrase(m, args).output().unwrap();
    assert!(out.status.success(), "{args:?} with the passphrase: {}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn every_changing_command_takes_the_passphrase_from_the_environment_and_refuses_without_it() {
    let auditor = auditor();
    // A script may pipe the passphrase instead of setting the variable.
    auditor.cmd(&["dept", "import", "d.csv"]).write_stdin(format!("{SECRET}\n")).assert().success();
    needs_the_passphrase(&auditor, &["package", "distribute", "--campaign", "2026", "--out", "stick"]);
    let file = find(&auditor.path("stick"), "_B1-1_戸籍住民課_配布.tenken");
    // Opening a distribution on the auditor's protected terminal needs the passphrase and keeps the role.
    needs_the_passphrase(&auditor, &["package", "open", s(&file)]);
    auditor.cmd(&["role", "show"]).assert().success().stdout(contains("利用区分：監査担当"));

    // The section answers on its own terminal and sends its response back.
    let section = Machine::new();
    section.cmd(&["package", "open", s(&file)]).assert().success();
    section.cmd(&["answer", "set", "--dept", "B1-1", "--item", "tiny-1-a", "--value", "yes"]).assert().success();
    section.cmd(&["package", "respond", "--out", "reply"]).assert().success();
    std::fs::rename(section.path("reply"), auditor.path("reply")).unwrap();

    needs_the_passphrase(&auditor, &["package", "import", "reply"]);
    let fp = section.fingerprint();
    needs_the_passphrase(&auditor, &["key", "repin", "--dept", "B1-1", "--fingerprint", &fp]);
    needs_the_passphrase(&auditor, &["key", "repin", "--auditor", "--fingerprint", &auditor.fingerprint()]);
    needs_the_passphrase(&auditor, &["dept", "import", "d.csv"]);
    let b12 = ["--dept", "B1-2", "--campaign", "2026"];
    needs_the_passphrase(&auditor, &[&["answer", "set"][..], &b12, &["--item", "tiny-1-a", "--value", "yes"]].concat());
    needs_the_passphrase(
        &auditor,
        &[&["submit"][..], &b12, &["--respondent", "佐藤 花子", "--approver", "鈴木 一郎"]].concat(),
    );
    needs_the_passphrase(&auditor, &[&["reopen"][..], &b12, &["--reason", "期限を見直してください"]].concat());
    needs_the_passphrase(&auditor, &["campaign", "open", "--year", "2027", "--questionnaire", "tiny.toml"]);
    needs_the_passphrase(&auditor, &["campaign", "set", "--campaign", "2026", "--contact-unit", "情報政策課"]);
    needs_the_passphrase(&auditor, &["campaign", "assess", "--campaign", "2026", "--text", "媒体管理に課題が残る。"]);
    needs_the_passphrase(&auditor, &["campaign", "theme", "--campaign", "2026", "--clear"]);
    needs_the_passphrase(&auditor, &["campaign", "close", "--year", "2026"]);
    needs_the_passphrase(&auditor, &["dept", "retire", "B1-2"]);
    needs_the_passphrase(&auditor, &["dept", "restore", "B1-2"]);
    needs_the_passphrase(&auditor, &["dept", "attributes", "B1-2", "主管課"]);
    std::fs::write(auditor.path("scan.pdf"), "%PDF-1.4\n%%EOF\n").unwrap();
    needs_the_passphrase(&auditor, &[&["evidence", "add"][..], &b12, &["--item", "tiny-1-a", "scan.pdf"]].concat());
    needs_the_passphrase(
        &auditor,
        &[&["evidence", "remove"][..], &b12, &["--item", "tiny-1-a", "--name", "scan.pdf"]].concat(),
    );
    let staff = tenken_store_staff_toml();
    std::fs::write(auditor.path("staff.toml"), staff).unwrap();
    needs_the_passphrase(&auditor, &["campaign", "staff", "--campaign", "2026", "--questionnaire", "staff.toml"]);
    needs_the_passphrase(&auditor, &[&["staff", "headcount"][..], &b12, &["12"]].concat());
    needs_the_passphrase(&auditor, &[&["staff", "answer"][..], &b12, &["--answers", "1"]].concat());
    std::fs::write(auditor.path("staff.csv"), "tiny-staff-1-a\nはい\n").unwrap();
    needs_the_passphrase(&auditor, &[&["staff", "import"][..], &b12, &["staff.csv"]].concat());
    // The tiny ward has no last year to follow up: the passphrase is asked before anything else is said.
    let follow_up = [&["follow-up", "answer"][..], &b12, &["--item", "tiny-1-a", "--state", "done"]].concat();
    let before = state(&auditor);
    auditor.cmd(&follow_up).assert().code(1).stderr(contains("環境変数 TENKEN_PASSPHRASE に設定するか"));
    with_passphrase(&auditor, &follow_up).assert().code(1).stderr(contains("前年度の改善計画・指摘事項がありません"));
    assert_eq!(state(&auditor), before);
    // 実地監査: the rules, the selection and a visit change the database; the plan only reads it.
    needs_the_passphrase(&auditor, &["onsite", "rules", "--rotation-years", "4"]);
    needs_the_passphrase(&auditor, &["onsite", "confirm", "--campaign", "2026", "B1-2"]);
    with_passphrase(&auditor, &["onsite", "confirm", "--campaign", "2026", "B1-2"]).assert().success();
    needs_the_passphrase(
        &auditor,
        &[&["onsite", "visit"][..], &b12, &["--date", "2026-04-01", "--auditors", "監査", "--result", "good"]].concat(),
    );
    // Lists of the whole campaign only read: no passphrase (a locked auditor's file is not encrypted).
    auditor.cmd(&["onsite", "plan", "--campaign", "2026"]).assert().success().stdout(contains("実地監査の記録なし"));
    auditor.cmd(&["onsite", "list", "--campaign", "2026"]).assert().success().stdout(contains("B1-2"));
    auditor.cmd(&["follow-up", "list", "--campaign", "2026"]).assert().success();
    // Making a backup reads the database: no passphrase.
    auditor.cmd(&["backup", "create", "--out", "saved.db"]).assert().success();
    needs_the_passphrase(&auditor, &["backup", "restore", "saved.db"]);
    needs_the_passphrase(&auditor, &["role", "section", "--dept", "B1-1"]);
    // Reading still needs nothing (the file is not encrypted), lists of the whole campaign included.
    auditor.cmd(&["status", "--campaign", "2026"]).assert().success().stdout(contains("戸籍住民課"));
    // Writing the demo over the database replaces it whole: the same door.
    needs_the_passphrase(&auditor, &["demo", "--force"]);
}

#[test]
fn a_section_terminal_is_created_by_its_first_distribution_and_refuses_the_auditors_commands() {
    let auditor = auditor();
    with_passphrase(&auditor, &["package", "distribute", "--dept", "B1-1", "--out", "stick"]).assert().success();
    let file = find(&auditor.path("stick"), "_B1-1_戸籍住民課_配布.tenken");

    // No `tenken init` on the section's terminal: the first distribution creates the database.
    let section = Machine::new();
    assert!(!section.db().exists());
    section.cmd(&["package", "open", s(&file)]).assert().success().stdout(contains("の点検を準備しました"));
    section
        .cmd(&["role", "show"])
        .assert()
        .success()
        .stdout(contains("利用区分：所属 B1-1"))
        .stdout(contains("未設定"));
    section.cmd(&["role", "show", "--lang", "en"]).assert().success().stdout(contains("Role: section B1-1"));
    let log = section.stdout(&["log", "export"]);
    assert!(log.contains("terminal.role"), "the role taken is not in the audit log: {log}");

    // What only the auditor does is refused there, in both languages, and changes nothing.
    std::fs::write(section.path("d.csv"), DEPARTMENTS).unwrap();
    std::fs::write(section.path("tiny.toml"), TINY).unwrap();
    let before = state(&section);
    let refused = |args: &[&str], ja: &str, en: &str| {
        section.cmd(args).assert().code(1).stderr(contains(ja));
        section.cmd(args).args(["--lang", "en"]).assert().code(1).stderr(contains(en));
    };
    refused(
        &["dept", "import", "d.csv"],
        "所属の登録・変更は監査担当だけが行えます",
        "Adding or changing departments is for the auditor only",
    );
    refused(
        &["campaign", "open", "--year", "2027", "--questionnaire", "tiny.toml"],
        "点検の開始は監査担当だけが行えます",
        "Opening a campaign is for the auditor only",
    );
    refused(
        &["reopen", "--dept", "B1-1", "--reason", "やり直し"],
        "差戻しは監査担当だけが行えます",
        "Reopening a section",
    );
    refused(
        &["package", "distribute", "--out", "out"],
        "配布パッケージの作成・回答パッケージの取込",
        "Distributing, importing responses",
    );
    assert_eq!(state(&section), before);
    // Its own section it answers as before.
    section.cmd(&["answer", "set", "--dept", "B1-1", "--item", "tiny-1-a", "--value", "yes"]).assert().success();
}

#[test]
fn a_refused_first_package_leaves_no_database_behind() {
    let auditor = auditor();
    let section = Machine::new();
    std::fs::write(section.path("not-a-package.tenken"), "これはパッケージではありません").unwrap();
    let db = section.path("new/tenken.db");
    for (lang, says) in [("ja", "tenken のパッケージ（.tenken）ではありません"), ("en", "This is not a tenken package")]
    {
        section
            .cmd_at(&db, &["package", "open", "not-a-package.tenken", "--lang", lang])
            .assert()
            .code(1)
            .stderr(contains(says));
    }
    assert!(!section.path("new").exists(), "a refused package left a database folder");
    // A response package opened by mistake: refused with what to do, nothing created.
    with_passphrase(&auditor, &["package", "distribute", "--dept", "B1-1", "--out", "stick"]).assert().success();
    let other = Machine::new();
    other.cmd(&["package", "open", s(&find(&auditor.path("stick"), "_配布.tenken"))]).assert().success();
    other.cmd(&["package", "respond", "--out", "reply"]).assert().success();
    let reply = find(&other.path("reply"), "_回答_");
    let before = state(&section);
    section.cmd(&["package", "open", s(&reply)]).assert().code(1).stderr(contains("これは回答パッケージです"));
    section
        .cmd(&["package", "open", s(&reply), "--lang", "en"])
        .assert()
        .code(1)
        .stderr(contains("This is a response package"));
    assert_eq!(state(&section), before, "a refused first package left a database behind");
}

#[test]
fn the_role_is_shown_and_chosen_on_the_command_line_with_the_windows_rules() {
    let m = Machine::new();
    std::fs::write(m.path("d.csv"), DEPARTMENTS).unwrap();
    m.cmd(&["init"]).assert().success();
    m.cmd(&["dept", "import", "d.csv"]).assert().success();
    m.cmd(&["role", "show"]).assert().success().stdout(contains("利用区分：未設定"));
    m.cmd(&["role", "show", "--lang", "en"]).assert().success().stdout(contains("Role: not chosen"));

    // An unknown section is refused, nothing changed.
    let before = state(&m);
    m.cmd(&["role", "section", "--dept", "Z9"]).assert().code(1).stderr(contains("Z9"));
    m.cmd(&["role", "section", "--dept", "Z9", "--lang", "en"]).assert().code(1).stderr(contains("Z9"));
    assert_eq!(state(&m), before);
    m.cmd(&["role", "section", "--dept", "B1-1"]).assert().success().stdout(contains("所属 B1-1 の端末にしました"));
    m.cmd(&["dept", "import", "d.csv"]).assert().code(1).stderr(contains("監査担当だけが行えます"));

    // Becoming the auditor sets the passphrase, typed twice; a mismatch changes nothing.
    let before = state(&m);
    m.cmd(&["role", "auditor"])
        .write_stdin(format!("{SECRET}\n{SECRET}x\n"))
        .assert()
        .code(1)
        .stderr(contains("一致しません"));
    m.cmd(&["role", "auditor", "--lang", "en"])
        .write_stdin(format!("{SECRET}\n{SECRET}x\n"))
        .assert()
        .code(1)
        .stderr(contains("not the same"));
    assert_eq!(state(&m), before);
    m.cmd(&["role", "auditor", "--lang", "en"])
        .write_stdin(format!("{SECRET}\n{SECRET}\n"))
        .assert()
        .success()
        .stdout(contains("This is now the auditor's terminal"));
    m.cmd(&["role", "show"]).assert().success().stdout(contains("利用区分：監査担当")).stdout(contains("設定済み"));

    // Leaving the auditor's role needs the passphrase; so does coming back from a section's.
    needs_the_passphrase(&m, &["role", "section", "--dept", "B1-2"]);
    m.cmd(&["role", "show", "--lang", "en"]).assert().success().stdout(contains("Role: section B1-2"));
    needs_the_passphrase(&m, &["role", "auditor"]);
    m.cmd(&["role", "show"]).assert().success().stdout(contains("利用区分：監査担当"));

    // The audit log records each change of role, as the window's do.
    let log = m.stdout(&["log", "export"]);
    assert_eq!(log.matches("terminal.role").count(), 4, "{log}");
    m.cmd(&["log", "verify"]).assert().success();
}

/// A one-item staff self-check for the tiny ward of these tests.
fn tenken_store_staff_toml() -> &'static str {
    r#"[questionnaire]
id = "tiny-staff"
kind = "staff"
municipality = "試験区"
title = "試験区 職員セルフチェック"
policy = "試験区情報セキュリティ基本方針"
policy_effective = 2025-04-01
tiers = ["lgwan"]

[[section]]
clause = "1"
title = "遵守"
summary = "職員はポリシーに従う。"

[[section.item]]
id = "tiny-staff-1-a"
text = "離席するとき画面をロックしていますか。"
practice = "席を離れるときは必ず画面をロックします。"
"#
}
