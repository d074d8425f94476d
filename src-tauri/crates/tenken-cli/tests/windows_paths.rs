//! What a Windows office hands the real `tenken` binary: an Excel CSV saved
//! as CP932 (Shift_JIS) with CRLF line ends, folders with Japanese names and
//! spaces, and section names with characters Windows forbids in file names.
//! They run on every platform; `tests/windows/run.sh` runs them as Windows
//! executables under Wine, where a forbidden character would really fail.
#![allow(clippy::unwrap_used)]

mod support;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::str::contains;
use support::toshima;

/// A desk folder named the way clerks name them: Japanese and a space.
fn desk() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("自己点検 令和8年度").join("総務課 共有");
    std::fs::create_dir_all(&dir).unwrap();
    (tmp, dir)
}

fn tenken(db: &Path, args: &[&str]) -> Command {
    let mut c = Command::cargo_bin("tenken").unwrap();
    c.env_remove("TENKEN_DB").env_remove("LC_ALL").env_remove("LC_MESSAGES").env("LANG", "ja_JP.UTF-8");
    c.arg("--db").arg(db).args(args);
    c
}

/// Excel's「CSV (コンマ区切り)」on Japanese Windows: CP932, CRLF, no BOM.
fn cp932_crlf(text: &str) -> Vec<u8> {
    let crlf = text.replace('\n', "\r\n");
    let (bytes, _, unmappable) = encoding_rs::SHIFT_JIS.encode(&crlf);
    assert!(!unmappable, "the test's text must be CP932");
    bytes.into_owned()
}

#[test]
fn an_excel_cp932_csv_with_crlf_imports_into_a_database_in_a_japanese_folder_with_spaces() {
    let (_tmp, dir) = desk();
    let db = dir.join("点検 データ.db");
    tenken(&db, &["init"]).assert().success();
    let csv = dir.join("所属 一覧.csv");
    std::fs::write(
        &csv,
        cp932_crlf("所属コード,所属名,親コード,系\nB1,区民部,,\nB1-1,戸籍住民課,B1,マイナンバー利用事務系\n"),
    )
    .unwrap();
    tenken(&db, &["dept", "import", csv.to_str().unwrap()]).assert().success().stdout(contains("追加 2件"));
    // The last column had "\r" before the line end: the tier must still be recognised, not "系\r".
    tenken(&db, &["dept", "list"])
        .assert()
        .success()
        .stdout(contains("戸籍住民課"))
        .stdout(contains("マイナンバー利用事務系"));
    let reports = dir.join("報告書 2026");
    tenken(&db, &["campaign", "open", "--year", "2026", "--questionnaire", toshima().to_str().unwrap()])
        .assert()
        .success();
    let csv_out = reports.join("改善事項 一覧.csv");
    std::fs::create_dir_all(&reports).unwrap();
    tenken(&db, &["export", "findings", "--campaign", "2026", "-o", csv_out.to_str().unwrap()]).assert().success();
    assert!(csv_out.is_file(), "no export at {}", csv_out.display());
}

#[test]
fn section_names_with_characters_windows_forbids_still_give_package_files() {
    let (_tmp, dir) = desk();
    let db = dir.join("tenken.db");
    tenken(&db, &["init"]).assert().success();
    let csv = dir.join("depts.csv");
    // Every character Windows refuses in a file name, in one section's name.
    std::fs::write(&csv, "code,name,parent,tiers\nB1,区民部,,\nB1-1,戸籍<住民>課:窓口/\"証明\"\\係|?*,B1,lgwan\n")
        .unwrap();
    tenken(&db, &["dept", "import", csv.to_str().unwrap()]).assert().success();
    tenken(&db, &["campaign", "open", "--year", "2026", "--questionnaire", toshima().to_str().unwrap()])
        .assert()
        .success();
    let stick = dir.join("USB メモリ");
    tenken(&db, &["package", "distribute", "--dept", "B1-1", "--out", stick.to_str().unwrap()]).assert().success();
    let names: Vec<String> =
        std::fs::read_dir(&stick).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    assert_eq!(names, ["令和8年度_B1-1_戸籍_住民_課_窓口__証明__係_配布.tenken"], "{names:?}");

    // The file opens on a section's terminal under its Windows-safe name.
    let section = dir.join("所属の端末.db");
    tenken(&section, &["init"]).assert().success();
    tenken(&section, &["package", "open", stick.join(&names[0]).to_str().unwrap()])
        .assert()
        .success()
        .stdout(contains("の点検を準備しました"));
}
