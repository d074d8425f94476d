//! The auditor's passphrase on the command line: set and changed through
//! standard input (never argv), required by changes to a protected database
//! (`TENKEN_PASSPHRASE`), a wrong one refused after a wait with the database
//! byte-identical, and reading still open.
#![allow(clippy::unwrap_used)]

mod support;

use std::time::{Duration, Instant};

use predicates::str::contains;
use support::{Machine, toshima};

const DEPARTMENTS: &str = "所属コード,所属名,親コード,系
B1,区民部,,
B1-1,戸籍住民課,B1,lgwan
";
const SECRET: &str = "監査担当の合言葉 2026";

/// A machine whose database has the departments and the 2026 campaign.
fn ready() -> Machine {
    let d = Machine::with_departments(DEPARTMENTS);
    d.cmd(&["campaign", "open", "--year", "2026", "--questionnaire", toshima().to_str().unwrap()]).assert().success();
    d
}

const SET: [&str; 8] = ["answer", "set", "--dept", "B1-1", "--item", "toshima-5-a", "--value", "yes"];

#[test]
fn a_protected_database_asks_for_the_passphrase_before_any_change() {
    let d = ready();
    // Too short, then mismatched: refused, nothing set.
    let before = d.db_hash();
    d.cmd(&["auditor", "passphrase"]).write_stdin("short\nshort\n").assert().code(1).stderr(contains("8文字以上"));
    d.cmd(&["auditor", "passphrase", "--lang", "en"])
        .write_stdin(format!("{SECRET}\n{SECRET}x\n"))
        .assert()
        .code(1)
        .stderr(contains("not the same"));
    assert_eq!(d.db_hash(), before);
    d.cmd(&["auditor", "passphrase"])
        .write_stdin(format!("{SECRET}\n{SECRET}\n"))
        .assert()
        .success()
        .stdout(contains("パスフレーズを設定しました"))
        .stdout(contains("暗号化されていません"));
    let bytes = std::fs::read(d.db()).unwrap();
    assert!(!bytes.windows(SECRET.len()).any(|w| w == SECRET.as_bytes()), "the passphrase is stored in clear");

    // Without it, a change is refused and says how to give it.
    let before = d.db_hash();
    d.cmd(&SET).assert().code(1).stderr(contains("TENKEN_PASSPHRASE"));
    d.cmd(&SET).arg("--lang").arg("en").assert().code(1).stderr(contains("protected by a passphrase"));
    // A wrong one is refused after a wait.
    let started = Instant::now();
    d.cmd(&SET)
        .env("TENKEN_PASSPHRASE", "not the passphrase")
        .assert()
        .code(1)
        .stderr(contains("パスフレーズが違います"));
    assert!(started.elapsed() >= Duration::from_secs(1), "refused without a wait");
    d.cmd(&SET)
        .env("TENKEN_PASSPHRASE", "not the passphrase")
        .arg("--lang")
        .arg("en")
        .assert()
        .code(1)
        .stderr(contains("Wrong passphrase"));
    assert_eq!(d.db_hash(), before, "a refused change left the database as it was");
    // Reading needs no passphrase: the file is not encrypted, and says so.
    d.cmd(&["status"]).assert().success().stdout(contains("戸籍住民課"));
    // The right one lets the change through.
    d.cmd(&SET).env("TENKEN_PASSPHRASE", SECRET).assert().success().stdout(contains("保存しました"));
}

#[test]
fn the_passphrase_is_changed_with_the_current_one_and_never_taken_from_argv() {
    let d = ready();
    d.cmd(&["auditor", "passphrase", SECRET]).assert().code(2);
    d.cmd(&["auditor", "passphrase"]).write_stdin(format!("{SECRET}\n{SECRET}\n")).assert().success();
    let before = d.db_hash();
    d.cmd(&["auditor", "passphrase"])
        .write_stdin("wrong current one\nnew passphrase 2\nnew passphrase 2\n")
        .assert()
        .code(1)
        .stderr(contains("パスフレーズが違います"));
    assert_eq!(d.db_hash(), before);
    d.cmd(&["auditor", "passphrase", "--lang", "en"])
        .write_stdin(format!("{SECRET}\nnew passphrase 2\nnew passphrase 2\n"))
        .assert()
        .success()
        .stdout(contains("Passphrase changed"));
    d.cmd(&SET).env("TENKEN_PASSPHRASE", SECRET).assert().code(1);
    d.cmd(&SET).env("TENKEN_PASSPHRASE", "new passphrase 2").assert().success();
    // The log records that the passphrase was set and changed, never the hash.
    let out = d.cmd(&["log", "export"]).output().unwrap();
    let csv = String::from_utf8_lossy(&out.stdout);
    assert!(csv.contains("passphrase.set") && csv.contains("passphrase.change"), "{csv}");
    assert!(!csv.contains("argon2"));
}
