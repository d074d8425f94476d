//! The exchange as people run it: the real `tenken` binary on two separate
//! databases (the auditor's and a section's), files carried between them.
#![allow(clippy::unwrap_used)]

mod support;

use std::path::{Path, PathBuf};

use predicates::prelude::*;
use predicates::str::contains;
use support::{Machine, find, s};

/// The auditor with the demo ward, and one section's distribution file on the stick.
fn demo_and_distribute() -> (Machine, PathBuf) {
    let auditor = Machine::new();
    auditor.cmd(&["demo"]).assert().success();
    let stick = auditor.path("stick");
    auditor.cmd(&["package", "distribute", "--dept", "7010", "--out", s(&stick)]).assert().success().stdout(
        contains("7010 教育総務課、第1版").and(contains("1件の配布パッケージ")).and(contains("この端末の鍵の指紋")),
    );
    let file = find(&stick, "_7010_教育総務課_配布.tenken");
    (auditor, file)
}

/// The section's terminal: opens the file, answers every item, submits, writes its response.
fn section_answers(file: &Path) -> (Machine, PathBuf) {
    let section = Machine::new();
    section.cmd(&["init"]).assert().success();
    section
        .cmd(&["package", "open", s(file)])
        .assert()
        .success()
        .stdout(contains("の点検を準備しました").and(contains("監査担当の鍵を登録しました（指紋：")));
    let answers = section.json(&["answer", "list", "--dept", "7010", "--json"]);
    let items: Vec<String> = answers
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["applies"].as_bool().unwrap())
        .map(|a| a["item_id"].as_str().unwrap().to_owned())
        .collect();
    assert!(items.len() > 50);
    for item in &items {
        section.cmd(&["answer", "set", "--dept", "7010", "--item", item, "--value", "yes"]).assert().success();
    }
    // 措置状況: last year's plans of 7010 came in the package; each needs an answer before 提出.
    let follow_ups = section.json(&["follow-up", "list", "--dept", "7010", "--json"]);
    let ids: Vec<String> =
        follow_ups.as_array().unwrap().iter().map(|f| f["source"]["item_id"].as_str().unwrap().to_owned()).collect();
    assert!(!ids.is_empty(), "the demo's 7010 had improvement plans last year: {follow_ups}");
    assert!(follow_ups[0]["source"]["text"].as_str().is_some_and(|t| !t.is_empty()), "the item's words travel too");
    section
        .cmd(&["submit", "--dept", "7010", "--respondent", "佐藤 花子", "--approver", "鈴木 一郎"])
        .assert()
        .code(1)
        .stderr(contains("措置状況が未回答です"));
    section
        .cmd(&["follow-up", "answer", "--dept", "7010", "--item", &ids[0], "--state", "対応中"])
        .assert()
        .code(1)
        .stderr(contains("新しい完了予定日を入力してください"));
    for id in &ids {
        section.cmd(&["follow-up", "answer", "--dept", "7010", "--item", id, "--state", "完了"]).assert().success();
    }
    section
        .cmd(&["submit", "--dept", "7010", "--respondent", "佐藤 花子", "--approver", "鈴木 一郎"])
        .assert()
        .success();
    let out = section.path("stick");
    section
        .cmd(&["package", "respond", "--out", s(&out)])
        .assert()
        .success()
        .stdout(contains("回答パッケージを作成しました").and(contains("第1版、提出済")));
    (section, find(&out, "_7010_教育総務課_回答_第1版.tenken"))
}

#[test]
fn a_new_user_distributes_answers_on_a_second_database_responds_and_imports() {
    let (auditor, file) = demo_and_distribute();
    let before = auditor.json(&["status", "--json"]);
    let row = |v: &serde_json::Value| v.as_array().unwrap().iter().find(|s| s["code"] == "7010").unwrap().clone();
    assert_ne!(row(&before)["state"], "submitted");

    let (_section, response) = section_answers(&file);
    auditor
        .cmd(&["package", "import", s(response.parent().unwrap())])
        .assert()
        .success()
        .stdout(
            contains("7010 教育総務課")
                .and(contains("取込"))
                .and(contains("取込 1件・更新 0件・取込済み 0件・拒否 0件"))
                .and(contains("所属「7010」の鍵を初めて登録しました（指紋："))
                .and(contains("取り込み前のデータベースをバックアップしました")),
        )
        .stderr(contains("取込中 1/1"));
    let after = row(&auditor.json(&["status", "--json"]));
    assert_eq!(after["state"], "submitted");
    assert_eq!(after["progress"]["answered"], after["progress"]["applicable"]);
    auditor.cmd(&["status"]).assert().success().stdout(contains("7010").and(contains("提出済")));
    // The follow-ups came back with the response: every row answered 完了, none overdue.
    let counts = auditor.json(&["follow-up", "list", "--json"]);
    let c = &counts["7010"];
    assert!(c["total"].as_u64().unwrap() > 0 && c["answered"] == c["total"] && c["done"] == c["total"], "{c}");
    assert_eq!(c["overdue"], 0);

    // The same file again: nothing changes, no backup, and it says so.
    auditor
        .cmd(&["package", "import", s(&response)])
        .assert()
        .success()
        .stdout(contains("取込済み（変更なし）").and(contains("バックアップは作成していません")));
    // In English too.
    auditor
        .cmd(&["--lang", "en", "package", "import", s(&response)])
        .assert()
        .success()
        .stdout(contains("already imported (no change)").and(contains("no backup was made")));
    // The auditor's view of keys: the section is pinned.
    auditor.cmd(&["key", "show"]).assert().success().stdout(contains("所属 7010").and(contains("初回受取時")));
}

#[test]
fn a_damaged_file_is_refused_with_its_reason_and_the_exit_code_says_so() {
    let (auditor, file) = demo_and_distribute();
    let (_section, response) = section_answers(&file);
    let mut bytes = std::fs::read(&response).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x01;
    let bad = auditor.path("改ざん.tenken");
    std::fs::write(&bad, &bytes).unwrap();
    let half = auditor.path("途中まで.tenken");
    std::fs::write(&half, &bytes[..middle]).unwrap();
    let before = std::fs::read(auditor.db()).unwrap();
    auditor
        .cmd(&["package", "import", s(&bad), s(&half)])
        .assert()
        .code(1)
        .stdout(
            contains("拒否")
                .and(contains("途中で切れています"))
                .and(contains("取込 0件・更新 0件・取込済み 0件・拒否 2件"))
                .and(contains("バックアップは作成していません")),
        )
        .stderr(contains("2件のパッケージを取り込みませんでした"));
    assert_eq!(std::fs::read(auditor.db()).unwrap(), before);
    assert!(!auditor.path("backups").exists());
}

#[test]
fn backup_create_and_restore_bring_back_the_state_before_an_import() {
    let (auditor, file) = demo_and_distribute();
    let (_section, response) = section_answers(&file);
    let manual = auditor.path("手動.db");
    auditor
        .cmd(&["backup", "create", "--out", s(&manual)])
        .assert()
        .success()
        .stdout(contains("バックアップを作成しました"));
    let state = |m: &Machine| {
        m.json(&["status", "--json"]).as_array().unwrap().iter().find(|s| s["code"] == "7010").unwrap()["state"].clone()
    };
    let before = state(&auditor);
    auditor.cmd(&["package", "import", s(&response)]).assert().success();
    assert_eq!(state(&auditor), "submitted");
    let backups: Vec<PathBuf> =
        std::fs::read_dir(auditor.path("backups")).unwrap().flatten().map(|e| e.path()).collect();
    assert_eq!(backups.len(), 1, "one backup before the import");
    let fingerprint = auditor.stdout(&["key", "show"]).lines().next().unwrap().to_owned();

    auditor
        .cmd(&["backup", "restore", s(&backups[0])])
        .assert()
        .success()
        .stdout(contains("から復元しました").and(contains("復元前のデータベースは")));
    assert_eq!(state(&auditor), before);
    assert_eq!(auditor.stdout(&["key", "show"]).lines().next().unwrap(), fingerprint, "the key stays");
    // The manual backup restores just the same.
    auditor.cmd(&["backup", "restore", s(&manual)]).assert().success();
    assert_eq!(state(&auditor), before);

    // Not a database: refused, nothing replaced.
    let text = auditor.path("メモ.txt");
    std::fs::write(&text, "バックアップではありません").unwrap();
    let db_before = std::fs::read(auditor.db()).unwrap();
    auditor
        .cmd(&["backup", "restore", s(&text)])
        .assert()
        .code(1)
        .stderr(contains("tenken のデータベースではありません"));
    assert_eq!(std::fs::read(auditor.db()).unwrap(), db_before);
}

#[test]
fn a_closed_campaign_and_a_changed_key_are_refused_with_what_to_do() {
    let (auditor, file) = demo_and_distribute();
    let (_first, r1) = section_answers(&file);
    auditor.cmd(&["package", "import", s(&r1)]).assert().success();
    // A replaced terminal answers with a new key.
    let (second, r2) = section_answers(&file);
    let new_fp = second.stdout(&["key", "show"]).lines().next().unwrap().rsplit([' ', '：']).next().unwrap().to_owned();
    auditor
        .cmd(&["package", "import", s(&r2)])
        .assert()
        .code(1)
        .stdout(contains(format!("tenken key repin --dept 7010 --fingerprint {new_fp}")));
    auditor
        .cmd(&["key", "repin", "--dept", "7010", "--fingerprint", &new_fp.to_lowercase()])
        .assert()
        .success()
        .stdout(contains(format!("所属 7010の鍵を指紋 {new_fp} で登録し直しました")));
    auditor.cmd(&["key", "repin", "--fingerprint", &new_fp]).assert().code(2);
    auditor
        .cmd(&["key", "repin", "--dept", "7010", "--fingerprint", "1234"])
        .assert()
        .code(1)
        .stderr(contains("指紋として読めません"));

    // Closing the campaign: later responses are refused.
    let year = auditor.json(&["campaign", "list", "--json"])[0]["year"].as_i64().unwrap().to_string();
    auditor.cmd(&["campaign", "close", "--year", &year]).assert().success().stdout(contains("点検を締め切りました"));
    auditor
        .cmd(&["campaign", "close", "--year", &year])
        .assert()
        .success()
        .stdout(contains("すでに締め切られています"));
    auditor.cmd(&["package", "import", s(&r2)]).assert().code(1).stdout(contains("締め切られています"));
}

#[test]
fn a_distribution_that_cannot_write_every_file_records_none_and_leaves_none() {
    let auditor = Machine::new();
    auditor.cmd(&["demo"]).assert().success();
    let campaign = auditor.json(&["campaign", "list", "--json"]);
    let label = campaign[0]["label"].as_str().unwrap().to_owned();
    let stick = auditor.path("stick");
    std::fs::create_dir_all(&stick).unwrap();
    // An earlier copy of the second section's first edition is already on the stick.
    let blocker = stick.join(format!("{label}_7020_学務課_配布.tenken"));
    std::fs::write(&blocker, b"an earlier copy").unwrap();
    let db_before = std::fs::read(auditor.db()).unwrap();
    auditor
        .cmd(&["package", "distribute", "--dept", "7010", "--dept", "7020", "--out", s(&stick)])
        .assert()
        .code(1)
        .stderr(contains("すでにあります").and(contains("--force")));
    assert_eq!(std::fs::read(auditor.db()).unwrap(), db_before, "nothing recorded as sent");
    let left: Vec<PathBuf> = std::fs::read_dir(&stick).unwrap().flatten().map(|e| e.path()).collect();
    assert_eq!(left, vec![blocker.clone()], "the file written before the refusal is taken back");
    assert_eq!(std::fs::read(&blocker).unwrap(), b"an earlier copy");
    // Nothing was recorded, so the next distribution is again the first edition.
    let other = auditor.path("other");
    auditor
        .cmd(&["package", "distribute", "--dept", "7010", "--out", s(&other)])
        .assert()
        .success()
        .stdout(contains("7010 教育総務課、第1版"));
}

/// Issue K: a section attaches a scan and a screenshot on its terminal; they
/// travel in its response and the auditor saves them out byte for byte.
#[test]
fn evidence_files_travel_from_the_terminal_to_the_auditor() {
    let (auditor, file) = demo_and_distribute();
    let section = Machine::new();
    section.cmd(&["init"]).assert().success();
    section.cmd(&["package", "open", s(&file)]).assert().success();
    let scan = support::repo().join("src-tauri/crates/tenken-core/demo-evidence/media-log.pdf");
    let shot = section.path("端末ロック設定画面.png");
    std::fs::copy(support::repo().join("src-tauri/crates/tenken-core/demo-evidence/screen-lock.png"), &shot).unwrap();
    let pdf = section.path("外部記録媒体 貸出簿.pdf");
    std::fs::copy(&scan, &pdf).unwrap();
    section
        .cmd(&["evidence", "add", "--dept", "7010", "--item", "toshima-5-a", s(&pdf), s(&shot)])
        .assert()
        .success()
        .stdout(contains("添付しました：7010 toshima-5-a 「外部記録媒体 貸出簿.pdf」（26 KB）"));
    section
        .cmd(&["evidence", "list", "--dept", "7010"])
        .assert()
        .success()
        .stdout(contains("端末ロック設定画面.png").and(contains("計 2件、51 KB")));
    let out = section.path("stick");
    section.cmd(&["package", "respond", "--out", s(&out)]).assert().success();
    let response = find(&out, "_7010_教育総務課_回答_第1版.tenken");
    eprintln!("response package with two evidence files: {} bytes", std::fs::metadata(&response).unwrap().len());

    auditor.cmd(&["package", "import", s(&response)]).assert().success().stdout(contains("取込 1件"));
    let listed = auditor.json(&["evidence", "list", "--dept", "7010", "--json"]);
    let names: Vec<&str> = listed.as_array().unwrap().iter().map(|f| f["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["外部記録媒体 貸出簿.pdf", "端末ロック設定画面.png"]);
    let saved = auditor.path("saved.pdf");
    auditor
        .cmd(&["evidence", "save", "--dept", "7010", "--item", "toshima-5-a", "--name", "外部記録媒体 貸出簿.pdf"])
        .args(["--output", s(&saved)])
        .assert()
        .success();
    assert_eq!(std::fs::read(&saved).unwrap(), std::fs::read(&scan).unwrap());
    // A section's terminal attaches only to its own answers.
    let other = section.cmd(&["evidence", "add", "--dept", "1010", "--item", "toshima-5-a", s(&pdf)]).output().unwrap();
    assert_eq!(other.status.code(), Some(1), "{}", String::from_utf8_lossy(&other.stderr));
}
