//! The `tenken` binary as a user runs it: real processes, real SQLite files
//! in a temporary directory, messages asserted in Japanese and English.
#![allow(clippy::unwrap_used)]

mod support;

use predicates::prelude::*;
use predicates::str::contains;
use sha2::{Digest, Sha256};
use support::{Machine, repo, s, toshima};

const DEPARTMENTS: &str = "所属コード,所属名,親コード,系
B1,区民部,,
B1-1,戸籍住民課,B1,マイナンバー利用事務系 lgwan
B1-2,広報課,B1,lgwan internet
";

/// A database with the three departments and the 2026 campaign open.
fn ready() -> Machine {
    let w = Machine::new();
    w.cmd(&["init"]).assert().success().stdout(contains("データベースを作成しました"));
    std::fs::write(w.path("depts.csv"), format!("\u{feff}{DEPARTMENTS}")).unwrap();
    w.cmd(&["dept", "import", w.path("depts.csv").to_str().unwrap()]).assert().success().stdout(contains("追加 3件"));
    w.cmd(&["campaign", "open", "--year", "2026", "--questionnaire", toshima().to_str().unwrap()])
        .assert()
        .success()
        .stdout(contains("令和8年度の点検を開始しました"));
    w
}

/// The items that apply to a section (its tiers), by id.
fn applicable_items(w: &Machine, dept: &str) -> Vec<String> {
    let list = w.json(&["answer", "list", "--dept", dept, "--json"]);
    list.as_array()
        .unwrap()
        .iter()
        .filter(|a| a["applies"].as_bool().unwrap())
        .map(|a| a["item_id"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn a_section_answers_submits_and_the_auditor_sees_it() {
    let w = ready();
    w.refused(&["submit", "--dept", "B1-2"], "まだ提出できません", "Not ready to submit");
    for item in applicable_items(&w, "B1-2") {
        w.cmd(&["answer", "set", "--dept", "B1-2", "--item", &item, "--value", "yes"]).assert().success();
    }
    w.cmd(&[
        "answer",
        "set",
        "--dept",
        "B1-2",
        "--item",
        "toshima-5-a",
        "--value",
        "partial",
        "--comment",
        "会計年度任用職員の一部が未受講",
        "--plan",
        "年度内に受講させる",
        "--due",
        "2027-03-31",
    ])
    .assert()
    .success()
    .stdout(contains("保存しました：B1-2 toshima-5-a = 一部実施"));
    w.cmd(&["answer", "list", "--dept", "B1-2"])
        .assert()
        .success()
        .stdout(contains("令和9年3月31日"))
        .stdout(contains("該当なし（対象外の系）"));
    w.cmd(&["submit", "--dept", "B1-2", "--respondent", "佐藤 花子", "--approver", "鈴木 一郎"])
        .assert()
        .success()
        .stdout(contains("提出しました"));

    let out = w.cmd(&["status", "--json"]).output().unwrap();
    let status: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let b12 = status.as_array().unwrap().iter().find(|s| s["code"] == "B1-2").unwrap();
    assert_eq!(b12["state"], "submitted");
    w.cmd(&["status"]).assert().success().stdout(contains("提出済")).stdout(contains("区民部 / 広報課"));

    let out = w.cmd(&["summary", "--json"]).output().unwrap();
    let summary: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(summary["sections_submitted"], 1);
    let rate = summary["by_section"][1]["rate"].as_f64().unwrap();
    assert!(rate > 0.95 && rate < 1.0, "{rate}");
    w.cmd(&["summary", "--lang", "en"]).assert().success().stdout(contains("By clause")).stdout(contains("Rate"));

    // Submitted answers are locked; reopening with a reason unlocks them.
    w.refused(
        &["answer", "set", "--dept", "B1-2", "--item", "toshima-5-a", "--value", "yes"],
        "提出済みのため回答を変更できません",
        "cannot change",
    );
    w.refused(&["reopen", "--dept", "B1-2", "--reason", " "], "差戻しには理由が必要です", "Reopening needs a reason");
    w.cmd(&["reopen", "--dept", "B1-2", "--reason", "期限の確認"])
        .assert()
        .success()
        .stdout(contains("差し戻しました"));
    w.cmd(&["answer", "set", "--dept", "B1-2", "--item", "toshima-5-a", "--value", "yes"]).assert().success();
}

#[test]
fn answers_that_break_the_rules_are_refused_and_change_nothing() {
    let w = ready();
    let set = |extra: &[&str]| {
        let mut v = vec!["answer", "set", "--dept", "B1-1"];
        v.extend_from_slice(extra);
        v.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>()
    };
    let run = |args: Vec<String>, ja: &str, en: &str| {
        let a: Vec<&str> = args.iter().map(String::as_str).collect();
        w.refused(&a, ja, en);
    };
    run(set(&["--item", "toshima-5-a", "--value", "na"]), "「該当なし」には理由が必要です", "needs a reason");
    run(set(&["--item", "toshima-5-a", "--value", "no"]), "改善計画が必要です", "needs an improvement plan");
    run(
        set(&["--item", "toshima-5-a", "--value", "partial", "--plan", "研修", "--due", "来年3月"]),
        "「来年3月」は日付として読めません",
        "is not a date",
    );
    run(
        set(&["--item", "toshima-5-a", "--value", "no", "--plan", "研修", "--due", "2027-02-30"]),
        "日付として読めません",
        "is not a date",
    );
    run(
        set(&["--item", "toshima-5-a", "--value", "no", "--plan", "研修"]),
        "改善計画に期限がありません",
        "has no due date",
    );
    run(
        set(&["--item", "toshima-5-a", "--value", "no", "--plan", "研修", "--due", "2020-01-01"]),
        "令和8年4月1日 から 令和14年3月31日 までの日付にしてください",
        "give a date from 1 April 2026 to 31 March 2032",
    );
    run(set(&["--item", "no-such-item", "--value", "yes"]), "点検項目「no-such-item」", "Item \"no-such-item\"");
    w.refused(
        &["answer", "set", "--dept", "ZZ", "--item", "toshima-5-a", "--value", "yes"],
        "所属コード「ZZ」はありません",
        "no department with code \"ZZ\"",
    );
    w.refused(
        &["answer", "set", "--dept", "B1", "--item", "toshima-5-a", "--value", "yes"],
        "点検の対象ではありません",
        "does not take part",
    );
    w.refused(
        &["answer", "set", "--dept", "B1-2", "--item", "toshima-6-3-1-a", "--value", "yes"],
        "自動で「該当なし」です",
        "not applicable\" automatically",
    );
    w.refused(
        &["answer", "set", "--dept", "B1-1", "--item", "toshima-5-a", "--value", "yes", "--campaign", "2024"],
        "令和6年度の点検はありません",
        "no inspection for FY2024",
    );
}

#[test]
fn a_wrong_value_on_the_command_line_is_a_usage_error() {
    let w = ready();
    let before = w.db_hash();
    w.cmd(&["answer", "set", "--dept", "B1-1", "--item", "toshima-5-a", "--value", "maybe"])
        .assert()
        .code(2)
        .stderr(contains("「maybe」は指定できません"))
        .stderr(contains("yes, partial, no, na"));
    w.cmd(&["campaign", "open", "--year", "next", "--questionnaire", "x.toml", "--lang", "en"])
        .assert()
        .code(2)
        .stderr(contains("\"next\" of --year"));
    w.cmd(&["--lang", "fr", "status"]).assert().code(2).stderr(contains("ja または en"));
    w.cmd(&["frobnicate"]).assert().code(2).stderr(contains("「frobnicate」というコマンドはありません"));
    assert_eq!(w.db_hash(), before);
}

#[test]
fn department_files_with_mistakes_name_the_line_and_change_nothing() {
    let w = ready();
    let file = |name: &str, body: &str| {
        let p = w.path(name);
        std::fs::write(&p, body).unwrap();
        p.to_str().unwrap().to_owned()
    };
    let missing = file("missing.csv", "code,name,tiers\nX,課,lgwan\n");
    let dup = file("dup.csv", "code,name,parent,tiers\nB2,福祉部,,\nB2-1,福祉課,B2,lgwan\nB2-1,介護課,B2,lgwan\n");
    let orphan = file("orphan.csv", "code,name,parent,tiers\nB3-1,保育課,B3,lgwan\n");
    let tier = file("tier.csv", "code,name,parent,tiers\nB4,部,,\nB4-1,課,B4,wifi\n");
    let binary = file("binary.csv", "\u{0}");
    w.refused(&["dept", "import", &missing], "「親コード (parent)」の列がありません", "no \"parent\" column");
    w.refused(
        &["dept", "import", &dup],
        "4行目：所属コード「B2-1」は 3行目と重複",
        "Line 4 of the department file: code \"B2-1\" repeats line 3",
    );
    w.refused(&["dept", "import", &orphan], "2行目：「B3-1」の親コード「B3」がありません", "Line 2");
    w.refused(&["dept", "import", &tier], "「wifi」という系はありません", "no tier \"wifi\"");
    w.refused(&["dept", "import", &binary], "文字コードが読めません", "encoding cannot be read");
    w.refused(&["dept", "import", w.path("nope.csv").to_str().unwrap()], "を読めません", "Cannot read");
    w.cmd(&["dept", "list"])
        .assert()
        .success()
        .stdout(contains("戸籍住民課"))
        .stdout(contains("マイナンバー利用事務系"));
}

#[test]
fn a_retired_section_stays_in_the_open_campaign_and_is_left_out_of_the_next() {
    let w = ready();
    w.refused(&["dept", "retire", "B1"], "下に使用中の所属があります", "still has departments in use under it");
    w.refused(&["dept", "retire", "B1-2", "--on", "令和8年2月30日"], "日付として読めません", "is not a date");
    w.refused(&["dept", "restore", "B1-2"], "廃止されていません", "is not retired");
    w.cmd(&["dept", "retire", "Ｂ１－２", "--on", "R8.11.30"])
        .assert()
        .success()
        .stdout(contains("「B1-2 広報課」を 令和8年11月30日（2026-11-30） 付けで廃止しました"));
    w.refused(&["dept", "retire", "B1-2"], "すでに廃止されています", "was already retired");
    w.cmd(&["dept", "list"]).assert().success().stdout(contains("廃止（令和8年11月30日（2026-11-30））"));
    // Still a section of 2026; not one of 2027.
    w.cmd(&["status", "--campaign", "2026"]).assert().success().stdout(contains("広報課"));
    w.cmd(&["campaign", "open", "--year", "2027", "--questionnaire", toshima().to_str().unwrap()])
        .assert()
        .success()
        .stdout(contains("対象 1所属"));
    w.cmd(&["status", "--campaign", "2027"])
        .assert()
        .success()
        .stdout(contains("戸籍住民課"))
        .stdout(contains("広報課").not());
    w.cmd(&["dept", "restore", "B1-2"]).assert().success().stdout(contains("廃止を取り消しました"));
}

#[test]
fn campaigns_refuse_bad_years_duplicates_and_bad_checklists() {
    let w = ready();
    let q = toshima();
    let q = q.to_str().unwrap();
    // A year is read with the command line: out of range, nothing runs (exit 2).
    w.refused_as_usage(
        &["campaign", "open", "--year", "1999", "--questionnaire", q],
        "年度「1999」は扱えません",
        "Fiscal year \"1999\" cannot be used",
    );
    // Full-width digits are the same year: 2026 is read, and is already open.
    w.refused(
        &["campaign", "open", "--year", "２０２６", "--questionnaire", q],
        "令和8年度の点検はすでに開始",
        "already open",
    );
    w.refused_as_usage(
        &["campaign", "open", "--year", "20226", "--questionnaire", q],
        "年度「20226」は扱えません",
        "cannot be used",
    );
    w.refused(
        &["campaign", "open", "--year", "2026", "--questionnaire", q],
        "令和8年度の点検はすでに開始",
        "already open",
    );
    let bad = w.path("bad.toml");
    std::fs::write(&bad, std::fs::read_to_string(q).unwrap().replacen("text = ", "txt = ", 1)).unwrap();
    w.refused(
        &["campaign", "open", "--year", "2027", "--questionnaire", bad.to_str().unwrap()],
        "「txt」という項目はありません",
        "has no key \"txt\"",
    );
    w.cmd(&["campaign", "open", "--year", "2027", "--questionnaire", q, "--carry-over"])
        .assert()
        .success()
        .stdout(contains("令和9年度"));
    w.cmd(&["campaign", "list"]).assert().success().stdout(contains("令和9年度")).stdout(contains("令和8年度"));
}

#[test]
fn files_that_are_not_tenken_databases_are_refused_untouched() {
    let w = Machine::new();
    std::fs::write(w.db(), "会議メモ: これはデータベースではない").unwrap();
    w.refused(&["status"], "tenken のデータベースではありません", "is not a tenken database");

    let w = ready();
    rusqlite::Connection::open(w.db()).unwrap().pragma_update(None, "user_version", 42).unwrap();
    w.refused(&["status"], "新しい版の tenken で作られています", "made by a newer tenken");

    let w = Machine::new();
    w.cmd(&["status"]).assert().code(1).stderr(contains("tenken init"));
    assert!(!w.db().exists(), "a missing database must not be created by a read command");
}

#[test]
fn demo_creates_a_living_ward_and_english_comes_from_lang() {
    let w = Machine::new();
    w.cmd(&["demo"]).assert().success().stdout(contains("20所属"));
    w.cmd(&["status"]).assert().success().stdout(contains("未着手")).stdout(contains("差戻し"));
    let mut c = w.cmd(&["summary"]);
    c.env("LANG", "en_US.UTF-8");
    c.assert().success().stdout(contains("sections submitted")).stdout(contains("By tier"));
    w.cmd(&["demo"]).assert().code(1).stderr(contains("すでにデータがあります"));
    w.cmd(&["demo", "--force"]).assert().success();
}

/// Issue L: the auditor's staff overview from the command line: the
/// response rate by 部 beside last year's, the weakest items against last
/// year, and no share anywhere for the section where two answered.
#[test]
fn the_staff_overview_gives_rates_by_bu_against_last_year_and_hides_the_few() {
    let w = Machine::new();
    w.cmd(&["demo"]).assert().success();
    let o = w.json(&["staff", "summary", "--json"]);
    let this_year = o["sections"].as_array().map(Vec::len);
    assert_eq!(this_year, Some(20), "{o}");
    let bu: Vec<&str> = o["by_bu"].as_array().unwrap().iter().map(|b| b["bu"].as_str().unwrap()).collect();
    assert_eq!(bu.len(), 7, "{bu:?}");
    assert_eq!(bu[0], "政策経営部");
    let last_year = o["last_year"].as_i64().expect("the demo's staff also answered last year");
    assert!(o["by_bu"].as_array().unwrap().iter().all(|b| b["last_year"].as_f64().is_some()));
    // 5010 子育て支援課: two answered, so not one of its cells has a share.
    let few = o["sections"].as_array().unwrap().iter().find(|s| s["code"] == "5010").unwrap();
    assert_eq!(few["responses"], 2);
    assert!(few["cells"].as_array().unwrap().iter().all(|c| c["kind"] == "too_few" && c["rate"].is_null()), "{few}");
    // The ward's weakest items are the lowest shares, each compared with last year.
    let items = o["items"].as_array().unwrap();
    let weakest: Vec<&str> = o["weakest"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
    assert_eq!(weakest.len(), 5);
    let rate = |id: &str| items.iter().find(|i| i["item_id"] == id).unwrap()["rate"].as_f64().unwrap();
    let lowest = items.iter().filter_map(|i| i["rate"].as_f64()).fold(f64::MAX, f64::min);
    assert_eq!(rate(weakest[0]), lowest);
    assert!(weakest.windows(2).all(|p| rate(p[0]) <= rate(p[1])));

    let text = w.stdout(&["staff", "summary"]);
    let reiwa = format!("令和{}年度の回答率", last_year - 2018);
    assert!(text.contains("部ごとの回答率") && text.contains(&reiwa), "{text}");
    assert!(text.contains("3人未満のため率は非表示"), "{text}");
    let en = w.stdout(&["staff", "summary", "--lang", "en"]);
    let fy = format!("Response rate in FY{last_year}");
    assert!(en.contains("Response rate by department") && en.contains(&fy), "{en}");
}

#[test]
fn help_is_localized() {
    let w = Machine::new();
    w.cmd(&["--help"])
        .assert()
        .success()
        .stdout(contains("使い方："))
        .stdout(contains("コマンド:"))
        .stdout(contains("[オプション]"));
    w.cmd(&["answer", "set", "--help", "--lang", "en"])
        .assert()
        .success()
        .stdout(contains("Improvement plan"))
        .stdout(contains("使い方").not());
}

#[test]
fn validate_reports_every_error_of_every_file_with_its_position() {
    let w = Machine::new();
    let src = std::fs::read_to_string(toshima()).unwrap();
    let one = w.path("one.toml");
    let two = w.path("two.toml");
    std::fs::write(&one, src.replacen("evidence_hint = ", "evidence = ", 1)).unwrap();
    let dup_id = src.find("id = \"toshima-5-b\"").unwrap();
    let mut broken = src.clone();
    broken.replace_range(dup_id..dup_id + "id = \"toshima-5-b\"".len(), "id = \"toshima-5-a\"");
    std::fs::write(&two, broken.replacen("tiers = [\"mynumber\"]", "tiers = [\"mynumbr\"]", 1)).unwrap();
    let line_of = |text: &str, needle: &str| text[..text.find(needle).unwrap()].matches('\n').count() + 1;
    let evidence_line = line_of(&src.replacen("evidence_hint = ", "evidence = ", 1), "evidence = ");
    w.cmd(&[
        "questionnaire",
        "validate",
        toshima().to_str().unwrap(),
        one.to_str().unwrap(),
        two.to_str().unwrap(),
        repo().join("questionnaires/edogawa.toml").to_str().unwrap(),
    ])
    .assert()
    .code(1)
    .stdout(contains("toshima.toml：問題ありません"))
    .stdout(contains("edogawa.toml：問題ありません"))
    .stderr(contains(format!("one.toml:{evidence_line}:1: [[section.item]]に「evidence」という項目はありません")))
    .stderr(contains("「mynumbr」という系はありません"))
    .stderr(contains("項目ID「toshima-5-a」は"))
    .stderr(contains("2個のファイルに誤りがあります"));
}

#[test]
fn show_prints_the_clause_tree_and_the_hash() {
    let w = Machine::new();
    let out = w.cmd(&["questionnaire", "show", toshima().to_str().unwrap()]).output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    for clause in ["5 ", "6.(3)① ", "6.(3)② ", "6.(3)③ ", "6.(9) ", "7 ", "8 "] {
        assert!(text.lines().any(|l| l.starts_with(clause)), "no line for clause {clause}:\n{text}");
    }
    let json = w.cmd(&["questionnaire", "show", "--json", toshima().to_str().unwrap()]).output().unwrap();
    let q: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let canonical = serde_json::to_string(&q).unwrap();
    let hash = hex::encode(Sha256::digest(canonical.as_bytes()));
    assert!(text.contains(&hash), "the printed ID is the SHA-256 of the canonical content");
}

#[test]
fn scaffold_turns_a_policy_into_a_checklist_that_asks_to_be_filled_in() {
    let seed = repo().join("../shared/seeds/000_d73f66296609ae63.txt");
    if !seed.exists() {
        eprintln!("skipped: {} is absent (CI has ../shared beside the clone)", seed.display());
        return;
    }
    let w = Machine::new();
    let out = w.path("toshima-start.toml");
    w.cmd(&["questionnaire", "scaffold", seed.to_str().unwrap(), "--id", "toshima", "-o", out.to_str().unwrap()])
        .assert()
        .success()
        .stdout(contains("個の条項を見つけ"));
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.contains("clause = \"6.(3)①\""));
    w.cmd(&["questionnaire", "validate", out.to_str().unwrap()])
        .assert()
        .code(1)
        .stderr(contains("雛形の仮の文（TODO）のままです"));
    // It never overwrites a file.
    w.cmd(&["questionnaire", "scaffold", seed.to_str().unwrap(), "-o", out.to_str().unwrap()])
        .assert()
        .code(1)
        .stderr(contains("上書きしません"));
}

#[test]
fn a_checklist_kept_in_excel_becomes_toml_and_mistakes_name_sheet_row_and_column() {
    use rust_xlsxwriter::Workbook;
    let w = Machine::new();
    let write = |name: &str, rows: &[[&str; 7]]| {
        let mut book = Workbook::new();
        let sheet = book.add_worksheet().set_name("点検表").unwrap();
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                sheet.write_string(r as u32, c as u16, *cell).unwrap();
            }
        }
        let p = w.path(name);
        book.save(&p).unwrap();
        p
    };
    let header = ["条項", "節の見出し", "点検項目", "系", "確認資料の例", "確認方法", "着眼点"];
    let good = write(
        "good.xlsx",
        &[
            header,
            [
                "5",
                "遵守義務",
                "課内で情報セキュリティポリシーを周知しているか。",
                "",
                "周知記録",
                "閲覧・ヒアリング",
                "周知のメールと回覧の記録を見る。",
            ],
            [
                "6.(3)①",
                "マイナンバー利用事務系の分離",
                "端末は他の領域と通信できない設定か。",
                "マイナンバー利用事務系",
                "設定記録",
                "",
                "",
            ],
        ],
    );
    let toml_path = w.path("from-excel.toml");
    w.cmd(&[
        "questionnaire",
        "import-xlsx",
        good.to_str().unwrap(),
        "--id",
        "sample",
        "-o",
        toml_path.to_str().unwrap(),
    ])
    .assert()
    .success()
    .stdout(contains("シート「点検表」"));
    let toml = std::fs::read_to_string(&toml_path).unwrap();
    assert!(toml.contains("端末は他の領域と通信できない設定か。"));
    assert!(toml.contains("\"mynumber\""));
    assert!(
        toml.contains("method = [\"閲覧\", \"ヒアリング\"]\nfocus = \"周知のメールと回覧の記録を見る。\""),
        "{toml}"
    );
    // The placeholder date is text, refused until a date is written.
    assert!(toml.contains("policy_effective = \"TODO: 施行日\""));
    let filled: String = toml
        .replace("policy_effective = \"TODO: 施行日\"", "policy_effective = 2026-04-01")
        .lines()
        .map(|l| l.replace("\"TODO: ", "\"").replace("\"TODO:", "\"").replace("\"TODO", "\""))
        .collect::<Vec<_>>()
        .join("\n");
    let filled_path = w.path("filled.toml");
    std::fs::write(&filled_path, filled).unwrap();
    w.cmd(&["questionnaire", "validate", filled_path.to_str().unwrap()]).assert().success().stdout(contains("2項目"));

    let bad = write(
        "bad.xlsx",
        &[
            header,
            ["5", "遵守義務", "周知しているか。", "wifi系", "", "実査", ""],
            ["", "見出し", "質問", "", "", "", ""],
        ],
    );
    w.cmd(&["questionnaire", "import-xlsx", bad.to_str().unwrap()])
        .assert()
        .code(1)
        .stderr(contains("シート「点検表」D2：「wifi系」という系はありません"))
        .stderr(contains("シート「点検表」F2").and(contains("「実査」という確認方法はありません")))
        .stderr(contains("シート「点検表」A3"));
    w.cmd(&["questionnaire", "import-xlsx", w.path("none.xlsx").to_str().unwrap()])
        .assert()
        .code(1)
        .stderr(contains("を読めません"));
}

#[test]
fn the_audit_log_verifies_exports_and_names_tampering() {
    let w = ready();
    w.cmd(&["answer", "set", "--dept", "B1-2", "--item", "toshima-5-a", "--value", "yes"]).assert().success();
    w.cmd(&["log", "verify"]).assert().success().stdout(contains("監査ログを検証しました：3件"));
    let csv = w.path("log.csv");
    w.cmd(&["log", "export", "-o", csv.to_str().unwrap()]).assert().success();
    let bytes = std::fs::read(&csv).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBFseq,at,role,key,action,subject"));
    assert!(String::from_utf8(bytes).unwrap().contains("2026/B1-2/toshima-5-a"));

    let conn = rusqlite::Connection::open(w.db()).unwrap();
    conn.execute_batch("DROP TRIGGER audit_log_no_update;").unwrap();
    conn.execute("UPDATE audit_log SET subject = '2026/B1-1/toshima-5-a' WHERE seq = 3", []).unwrap();
    drop(conn);
    w.cmd(&["log", "verify"]).assert().code(1).stderr(contains("監査ログの 3番目の記録が書き換えられています"));
    w.cmd(&["log", "verify", "--lang", "en"]).assert().code(1).stderr(contains("Event 3 of the audit log was altered"));
}

/// `tenken bench` runs every step on a small generated ward, prints the
/// results table in the user's language and leaves nothing behind; it never
/// touches the database given with --db.
#[test]
fn bench_prints_every_row_of_its_table_and_keeps_only_what_it_is_asked_to() {
    let w = Machine::new();
    let db = w.db();
    let keep = w.path("kept");
    let keep_arg = keep.to_str().unwrap();
    let out = w
        .cmd(&["bench", "--sections", "20", "--items", "65", "--years", "2", "--lang", "en", "--keep", keep_arg])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", String::from_utf8_lossy(&out.stderr));
    for row in [
        "Import of every response package",
        "Consolidation",
        "Consolidated audit report PDF",
        "One section's result PDF",
        "Saving one answer",
        "Staff self-check summary (every section)",
        "Saving one staff member's answers",
        "Database size",
    ] {
        assert!(stdout.contains(row), "{row} missing in:\n{stdout}");
    }
    assert!(stdout.contains("20 packages"), "{stdout}");
    assert!(stdout.contains("800 staff"), "40 staff in each of 20 sections: {stdout}");
    assert!(!db.exists(), "bench must not create or touch the --db database");
    assert!(keep.join("ward.db").exists(), "--keep keeps the generated ward");
}

/// Every screen and report shows 和暦, so a clerk types the due date that way
/// too: 令和9年3月31日 and R9.3.31 are the same day as 2027-03-31; a day the
/// era did not have is refused with how to write it.
#[test]
fn due_dates_in_wareki_are_read_as_the_same_day() {
    let w = ready();
    for due in ["令和9年3月31日", "R9.3.31", "Ｒ９．３．３１"] {
        w.cmd(&["answer", "set", "--dept", "B1-1", "--item", "toshima-5-a", "--value", "partial", "--plan", "研修"])
            .args(["--owner", "係長", "--due", due])
            .assert()
            .success();
        w.cmd(&["answer", "list", "--dept", "B1-1"]).assert().success().stdout(contains("令和9年3月31日"));
    }
    w.refused(
        &[
            "answer",
            "set",
            "--dept",
            "B1-1",
            "--item",
            "toshima-5-a",
            "--value",
            "partial",
            "--plan",
            "研修",
            "--due",
            "平成40年3月31日",
        ],
        "「平成40年3月31日」は日付として読めません。2027-03-31 または 令和9年3月31日（R9.3.31）のように書いてください",
        "or in the Japanese era, 令和9年3月31日 or R9.3.31",
    );
}

/// A policy written for these tests in the 要綱 style: `第1` without 条 and a
/// caption above it, `1`/`2` and `(1)` beneath, a definition clause, and one
/// numbered line that fits nowhere.
const YOUKOU: &str = "○○村情報セキュリティ対策要綱

（趣旨）
第１　この要綱は、村の情報資産を守るために必要な事項を定める。

（定義）
第２　この要綱において用語の意義は、次のとおりとする。
（１）　情報資産　村が扱う情報及び情報システムをいう。
（２）　職員等　村の職員及び委託先の従業者をいう。

第３　対策
１　組織体制
２　物理的対策
（１）　サーバ室
（２）　端末
（４）　番号が飛んだ行
第４　見直し
";

#[test]
fn scaffold_says_what_it_wrote_lists_unplaced_lines_and_overwrites_only_with_force() {
    let w = Machine::new();
    let policy = w.path("policy.txt");
    std::fs::write(&policy, YOUKOU).unwrap();
    let out = w.path("mura.toml");
    let args = ["questionnaire", "scaffold", policy.to_str().unwrap(), "--id", "mura", "-o", out.to_str().unwrap()];
    // 10 clauses: 第1, 第2, 第2(1), 第2(2), 第3, 第3の1, 第3の2, 第3の2(1), 第3の2(2), 第4;
    // parents 第2, 第3, 第3の2; sections are the other 7.
    w.cmd(&args)
        .assert()
        .success()
        .stdout(contains("10個の条項を見つけ、7個の節"))
        .stdout(contains("下に条項のある 3個は見出しのコメント"))
        .stdout(contains("用語の定義の条項（第2）"))
        .stdout(contains("置けなかった行が 1行"))
        .stdout(contains("16行目：（４）　番号が飛んだ行"));
    let text = std::fs::read_to_string(&out).unwrap();
    assert_eq!(text.matches("\n[[section]]\n").count(), 7);
    assert!(text.contains("clause = \"第3の2(1)\""));
    assert!(text.contains("title = \"趣旨\""));
    assert!(!text.contains("区のネットワーク"));
    // Still a scaffold: validate refuses every TODO, the date among them.
    w.cmd(&["questionnaire", "validate", out.to_str().unwrap()])
        .assert()
        .code(1)
        .stderr(contains("「policy_effective」は雛形の仮の文（TODO）のまま"));
    // In English the counts say the same.
    let again = w.path("again.toml");
    w.cmd(&["questionnaire", "scaffold", policy.to_str().unwrap(), "-o", again.to_str().unwrap(), "--lang", "en"])
        .assert()
        .success()
        .stdout(contains("Found 10 clauses"))
        .stdout(contains("wrote 7 sections"))
        .stdout(contains("line 16: （４）　番号が飛んだ行"));
    // An existing file: refused, naming the file and --force; replaced with it.
    std::fs::write(&out, "mine").unwrap();
    w.cmd(&args).assert().code(1).stderr(contains("mura.toml はすでにあります")).stderr(contains("--force"));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "mine");
    let mut forced = args.to_vec();
    forced.push("--force");
    w.cmd(&forced).assert().success();
    assert_eq!(std::fs::read_to_string(&out).unwrap(), text);
}

/// Three independent mistakes — a syntax error, an unknown key, an unknown
/// tier — are all listed in one run, each with its line.
#[test]
fn validate_lists_a_syntax_a_key_and_a_rule_mistake_in_one_run() {
    let w = Machine::new();
    let src = std::fs::read_to_string(toshima()).unwrap();
    let bad = src
        .replacen("title = \"職員の遵守義務\"", "title = \"職員の遵守義務", 1)
        .replacen("evidence_hint = \"着任時の説明資料", "evidence = \"着任時の説明資料", 1)
        .replacen("tiers = [\"mynumber\"]", "tiers = [\"wifi\"]", 1);
    let file = w.path("three.toml");
    std::fs::write(&file, &bad).unwrap();
    let line_of = |needle: &str| bad[..bad.find(needle).unwrap()].matches('\n').count() + 1;
    let out = w.cmd(&["questionnaire", "validate", file.to_str().unwrap()]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    let at_a_line =
        |l: &&str| l.split("three.toml:").nth(1).is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
    let lines: Vec<&str> = stderr.lines().filter(at_a_line).collect();
    assert_eq!(lines.len(), 3, "{stderr}");
    assert!(lines[0].contains(&format!("three.toml:{}:", line_of("title = \"職員の遵守義務"))), "{stderr}");
    assert!(lines[0].contains("TOML の書き方に誤り"), "{stderr}");
    assert!(lines[1].contains(&format!("three.toml:{}:1:", line_of("evidence = "))), "{stderr}");
    assert!(lines[2].contains(&format!("three.toml:{}:", line_of("tiers = [\"wifi\"]"))), "{stderr}");
    assert!(lines[2].contains("「wifi」という系はありません"), "{stderr}");
}

#[test]
fn answer_list_shows_the_question_its_evidence_and_the_plan_owner() {
    let w = ready();
    w.cmd(&["answer", "set", "--dept", "B1-2", "--item", "toshima-5-a", "--value", "partial", "--plan", "研修を行う"])
        .args(["--owner", "庶務係長", "--due", "2027-03-31", "--comment", "一部未受講"])
        .assert()
        .success();
    w.cmd(&["answer", "list", "--dept", "B1-2"])
        .assert()
        .success()
        .stdout(contains("toshima-5-a  一部実施"))
        .stdout(contains("課の全職員が、情報セキュリティポリシー"))
        .stdout(contains("確認資料：周知の記録（メール・回覧）"))
        .stdout(contains("コメント：一部未受講"))
        .stdout(contains("改善計画：研修を行う（担当：庶務係長、期限：令和9年3月31日"));
    w.cmd(&["answer", "list", "--dept", "B1-2", "--lang", "en"])
        .assert()
        .success()
        .stdout(contains("Do all staff of the section"))
        .stdout(contains("Evidence: Records of notices"))
        .stdout(contains("owner: 庶務係長"));
    // The machine-readable form is unchanged.
    let out = w.cmd(&["answer", "list", "--dept", "B1-2", "--json"]).output().unwrap();
    let list: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let a = list.as_array().unwrap().iter().find(|a| a["item_id"] == "toshima-5-a").unwrap();
    assert_eq!(a["answer"]["plan"]["owner"], "庶務係長");
}

/// 確認方法 and 着眼点 come under the question when the checklist has them,
/// in the reader's language; an item without them has no such lines.
#[test]
fn answer_list_shows_how_an_item_is_checked_and_what_to_look_at() {
    let w = Machine::with_departments(&format!("\u{feff}{DEPARTMENTS}"));
    // The shipped checklist without whatever method and focus it has, then one item given both.
    let plain: String = std::fs::read_to_string(toshima())
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with("method =") && !l.starts_with("focus"))
        .map(|l| format!("{l}\n"))
        .collect();
    let with = plain.replacen(
        "id = \"toshima-5-a\"\n",
        "id = \"toshima-5-a\"\nmethod = [\"ヒアリング\", \"review\"]\n\
         focus = \"掲載場所を職員が答えられるかを聞く。\"\nfocus_en = \"Ask staff where the policy is kept.\"\n",
        1,
    );
    let checklist = w.path("with-method.toml");
    std::fs::write(&checklist, with).unwrap();
    w.cmd(&["campaign", "open", "--year", "2026", "--questionnaire", checklist.to_str().unwrap()]).assert().success();
    let out = w.cmd(&["answer", "list", "--dept", "B1-2"]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let block: Vec<&str> = text.split("\n").skip_while(|l| !l.contains("toshima-5-a")).take(5).collect();
    assert!(block[2].contains("確認方法：閲覧・ヒアリング"), "{block:?}");
    assert!(block[3].contains("着眼点：掲載場所を職員が答えられるかを聞く。"), "{block:?}");
    assert!(block[4].contains("周知の記録"), "the evidence follows: {block:?}");
    let next: Vec<&str> = text.split("\n").skip_while(|l| !l.contains("toshima-5-b")).take(4).collect();
    assert!(!next.iter().any(|l| l.contains("確認方法") || l.contains("着眼点")), "{next:?}");
    w.cmd(&["answer", "list", "--dept", "B1-2", "--lang", "en"])
        .assert()
        .success()
        .stdout(contains("How to check: Document review, Interview"))
        .stdout(contains("Points to look at: Ask staff where the policy is kept."));
    // The checklist as JSON carries the codes.
    w.cmd(&["questionnaire", "show", checklist.to_str().unwrap(), "--json"])
        .assert()
        .success()
        .stdout(contains("\"method\": [\n").and(contains("\"reconciliation\"").not()));
}

#[test]
fn the_auditor_marks_answers_confirmed_or_as_findings_from_the_command_line() {
    let w = ready();
    w.cmd(&["answer", "set", "--dept", "B1-2", "--item", "toshima-5-a", "--value", "yes"]).assert().success();
    w.refused(
        &["review", "set", "--dept", "B1-2", "--item", "toshima-5-a", "--mark", "finding"],
        "「指摘」には内容のコメントが必要です",
        "finding",
    );
    w.refused(&["review", "set", "--dept", "B1-2", "--item", "nope", "--mark", "confirmed"], "nope", "nope");
    w.cmd(&["review", "set", "--dept", "B1-2", "--item", "toshima-5-a", "--mark", "confirmed"])
        .assert()
        .success()
        .stdout(contains("B1-2 toshima-5-a に「確認済み」を付けました。"));
    // A finding carries a grade (required) and may ask for a response by a date.
    let finding = ["review", "set", "--dept", "B1-2", "--item", "toshima-5-a", "--mark", "finding"];
    w.refused(&[&finding[..], &["--comment", "周知の記録がない"]].concat(), "指摘には区分が必要です", "needs a grade");
    w.refused(
        &[&finding[..], &["--comment", "周知の記録がない", "--grade", "minor", "--respond-by", "令和9年2月30日"]]
            .concat(),
        "日付として読めません",
        "not a date",
    );
    w.refused(
        &["review", "set", "--dept", "B1-2", "--item", "toshima-5-a", "--mark", "confirmed", "--grade", "major"],
        "区分と回答期限は指摘にだけ付けられます",
        "Only a finding has a grade",
    );
    w.cmd(&[&finding[..], &["--comment", "周知の記録がない", "--grade", "minor", "--respond-by", "R9.1.29"]].concat())
        .assert()
        .success()
        .stdout(contains("「指摘（軽微な不適合）」を付けました（周知の記録がない）"));
    w.cmd(&["review", "list"])
        .assert()
        .success()
        .stdout(contains("指摘（軽微な不適合）"))
        .stdout(contains("周知の記録がない"))
        .stdout(contains("令和9年1月29日"));
    let out = w.cmd(&["review", "list", "--json"]).output().unwrap();
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(rows[0]["review"]["mark"], "finding");
    assert_eq!(rows[0]["review"]["grade"], "minor");
    assert_eq!(rows[0]["review"]["respond_by"], "2027-01-29");
    // The same store function as the window: the finding is in the findings export and the log.
    let csv = w.path("findings.csv");
    w.cmd(&["export", "findings", "-o", csv.to_str().unwrap()]).assert().success();
    let exported = std::fs::read_to_string(&csv).unwrap();
    assert!(exported.contains("周知の記録がない") && exported.contains("軽微な不適合"), "{exported}");
    let log = w.cmd(&["log", "export"]).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&log.stdout).matches("review.set").count(), 2);
    // A section's terminal may not mark.
    w.cmd(&["role", "section", "--dept", "B1-2"]).assert().success();
    w.refused(
        &["review", "set", "--dept", "B1-2", "--item", "toshima-5-a", "--mark", "confirmed"],
        "監査担当",
        "auditor",
    );
}

/// One rule for every file the user names: an existing one is replaced only
/// with --force, and the refusal names the file and --force.
#[test]
fn commands_that_write_a_named_file_replace_an_existing_one_only_with_force() {
    let w = ready();
    let existing = |name: &str| {
        let p = w.path(name);
        std::fs::write(&p, "keep").unwrap();
        p.to_str().unwrap().to_owned()
    };
    let csv = existing("findings.csv");
    let xlsx = existing("answers.xlsx");
    let log = existing("log.csv");
    for args in [
        vec!["export", "findings", "-o", csv.as_str()],
        vec!["export", "answers", "-o", xlsx.as_str()],
        vec!["log", "export", "-o", log.as_str()],
    ] {
        w.cmd(&args).assert().code(1).stderr(contains("はすでにあります")).stderr(contains("--force"));
        let mut en = args.clone();
        en.extend(["--lang", "en"]);
        w.cmd(&en).assert().code(1).stderr(contains("already exists")).stderr(contains("--force"));
        assert_eq!(std::fs::read_to_string(args[args.len() - 1]).unwrap(), "keep");
        let mut forced = args.clone();
        forced.push("--force");
        w.cmd(&forced).assert().success();
        assert_ne!(std::fs::read(args[args.len() - 1]).unwrap(), b"keep");
    }
    // Packages: a file of the name the package takes is already in the folder.
    let dir = w.path("out");
    std::fs::create_dir(&dir).unwrap();
    let taken = dir.join("令和8年度_B1-1_戸籍住民課_配布.tenken");
    std::fs::write(&taken, "keep").unwrap();
    w.cmd(&["package", "distribute", "--dept", "B1-1", "--out", dir.to_str().unwrap()])
        .assert()
        .code(1)
        .stderr(contains("令和8年度_B1-1_戸籍住民課_配布.tenken はすでにあります"))
        .stderr(contains("--force"));
    assert_eq!(std::fs::read_to_string(&taken).unwrap(), "keep");
    w.cmd(&["package", "distribute", "--dept", "B1-1", "--out", dir.to_str().unwrap(), "--force"]).assert().success();
}

#[test]
fn the_sample_department_file_imports_and_errors_name_the_row_excel_shows() {
    let w = Machine::new();
    w.cmd(&["init"]).assert().success();
    let sample = repo().join("questionnaires/departments-example.csv");
    w.cmd(&["dept", "import", sample.to_str().unwrap()]).assert().success().stdout(contains("追加 8件"));
    w.cmd(&["dept", "list"]).assert().success().stdout(contains("学務課")).stdout(contains("校務接続系"));
    // BOM, CRLF, a blank line and a cell with a line break: row 5 as Excel shows it.
    let bad = w.path("bad.csv");
    std::fs::write(&bad, "\u{feff}所属コード,所属名,親コード,系,備考\r\n4000,福祉部,,,\"旧 福祉局\r\n令和6年改称\"\r\n\r\n4010,福祉課,4000,lgwan,\r\n4020,介護課,4999,lgwan,\r\n")
        .unwrap();
    w.refused(&["dept", "import", bad.to_str().unwrap()], "5行目", "5");
}

/// Issue L: staff answers kept in Excel are imported by the same rules as a
/// CSV, a mistake named by its Excel row and column, nothing taken until all
/// rows are right.
#[test]
fn staff_answers_kept_in_excel_are_imported_and_a_mistake_names_its_row_and_column() {
    use rust_xlsxwriter::Workbook;
    let w = ready();
    let staff = support::repo().join("questionnaires/toshima-staff.toml");
    w.cmd(&["campaign", "staff", "--questionnaire", staff.to_str().unwrap()]).assert().success();
    let header: Vec<String> =
        w.stdout(&["staff", "template", "--dept", "B1-2"]).trim().split(',').map(str::to_owned).collect();
    let write = |name: &str, rows: &[Vec<String>]| {
        let mut book = Workbook::new();
        let sheet = book.add_worksheet();
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                sheet.write_string(r as u32, c as u16, cell).unwrap();
            }
        }
        let p = w.path(name);
        book.save(&p).unwrap();
        p
    };
    let yes = vec!["はい".to_owned(); header.len()];
    let mut bad = yes.clone();
    bad[1] = "たぶん".to_owned();
    let wrong = write("wrong.xlsx", &[header.clone(), yes.clone(), bad]);
    w.refused(
        &["staff", "import", "--dept", "B1-2", wrong.to_str().unwrap()],
        &format!("3行目「{}」：「たぶん」は回答として読めません", header[1]),
        &format!("Row 3, \"{}\": \"たぶん\" is not an answer", header[1]),
    );
    let right = write("right.xlsx", &[header.clone(), yes.clone(), vec!["いいえ".to_owned(); header.len()], yes]);
    w.cmd(&["staff", "import", "--dept", "B1-2", right.to_str().unwrap()])
        .assert()
        .success()
        .stdout(contains("3人分の回答を取り込みました"));
}

/// Issue M: 実地監査 from the command line. The demo proposes three
/// sections, each with its reasons; last year's visits count; a visit
/// before the selection, with a date to come or without a result is
/// refused with the database unchanged; the report lists the visits.
#[test]
fn on_site_audits_are_proposed_with_reasons_confirmed_and_recorded() {
    let w = Machine::new();
    w.cmd(&["demo"]).assert().success();
    let plan = w.json(&["onsite", "plan", "--json"]);
    let candidates = plan["candidates"].as_array().unwrap();
    assert_eq!(candidates.len(), 20);
    let proposed: Vec<&serde_json::Value> = candidates.iter().filter(|c| c["proposed"] == true).collect();
    assert_eq!(proposed.len(), 3, "{plan}");
    assert!(proposed.iter().all(|c| !c["reasons"].as_array().unwrap().is_empty()));
    let scores: Vec<u64> = candidates.iter().map(|c| c["score"].as_u64().unwrap()).collect();
    assert!(scores.windows(2).all(|p| p[0] >= p[1]), "ranked highest first: {scores:?}");
    let visited = candidates.iter().find(|c| c["code"] == "1020").unwrap();
    assert!(visited["last_visit"].as_i64().is_some(), "the demo visited 1020 last year: {visited}");
    assert!(visited["reasons"].as_array().unwrap().iter().any(|r| r["kind"] == "since_last_visit"), "{visited}");
    let text = w.stdout(&["onsite", "plan"]);
    assert!(text.contains("提案") && text.contains("実施率が低い"), "{text}");

    let first = proposed[0]["code"].as_str().unwrap().to_owned();
    w.refused(
        &["onsite", "visit", "--dept", &first, "--date", "2026-10-01", "--auditors", "監査", "--result", "good"],
        "今年度の実地監査の対象に確定していません",
        "is not confirmed for an on-site audit this year",
    );
    w.cmd(&["onsite", "confirm"]).assert().success().stdout(contains("3所属を確定しました"));
    w.refused(
        &["onsite", "visit", "--dept", &first, "--date", "2099-01-01", "--auditors", "監査", "--result", "good"],
        "まだ来ていません",
        "has not come yet",
    );
    w.refused(
        &["onsite", "visit", "--dept", &first, "--date", "2026-04-01", "--auditors", "  ", "--result", "good"],
        "監査担当者の名前を入力してください",
        "Enter the names of the auditors",
    );
    w.refused(
        &["onsite", "rules", "--rotation-years", "0"],
        "巡回の年数 0 は使えません",
        "A rotation of 0 years cannot be used",
    );
    let today = chrono::Local::now().date_naive().format("%Y-%m-%d").to_string();
    w.cmd(&["onsite", "visit", "--dept", &first, "--date", &today, "--auditors", "𠮷田", "--result", "improvement"])
        .assert()
        .success()
        .stdout(contains("改善を要する"));
    let list = w.json(&["onsite", "list", "--json"]);
    let row = list.as_array().unwrap().iter().find(|s| s["code"] == first.as_str()).unwrap();
    assert_eq!(
        (row["visit"]["auditors"].as_str(), row["visit"]["result"].as_str()),
        (Some("𠮷田"), Some("improvement"))
    );

    let pdf = w.path("audit.pdf");
    w.cmd(&["report", "audit", "-o", s(&pdf)]).assert().success();
    if let Ok(out) = std::process::Command::new("pdftotext").args([s(&pdf), "-"]).output() {
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains("実地監査") && text.contains("改善を要する"), "the report lists the visit");
    } else {
        eprintln!("pdftotext is missing: the report's text was not read back (install poppler-utils)");
    }
}

/// Issue M: a ward renames a grade; a clash or an empty name is refused in
/// both languages with the database unchanged; the lists and the findings
/// export say the ward's word; --reset gives the catalogue's back.
#[test]
fn a_ward_renames_a_grade_and_every_list_says_its_word() {
    let w = Machine::new();
    w.cmd(&["demo"]).assert().success();
    w.refused(
        &["review", "grades", "--grade", "major", "--ja", "軽微な不適合"],
        "ほかの区分の呼び名です",
        "already names another grade",
    );
    w.refused(
        &["review", "grades", "--grade", "major", "--en", " "],
        "区分の呼び名（英語）が空です",
        "in English is empty",
    );
    w.cmd(&["review", "grades", "--grade", "minor", "--ja", "要改善", "--en", "Needs work"])
        .assert()
        .success()
        .stdout(contains("要改善"));
    w.cmd(&["review", "list"]).assert().success().stdout(contains("指摘（要改善）"));
    let csv = w.path("findings.csv");
    w.cmd(&["export", "findings", "-o", s(&csv)]).assert().success();
    let text = String::from_utf8_lossy(&std::fs::read(&csv).unwrap()).into_owned();
    assert!(text.contains("要改善") && !text.contains("軽微な不適合"), "the export says the ward's word");
    // The words travel to a section's terminal with its distribution.
    w.cmd(&["package", "distribute", "--dept", "1020", "--out", s(&w.path("stick"))]).assert().success();
    let file = support::find(&w.path("stick"), "_1020_");
    let section = Machine::new();
    section.cmd(&["package", "open", s(&file)]).assert().success();
    section.cmd(&["review", "grades"]).assert().success().stdout(contains("要改善")).stdout(contains("Needs work"));
    w.cmd(&["review", "grades", "--grade", "minor", "--reset"]).assert().success();
    w.cmd(&["review", "list"]).assert().success().stdout(contains("指摘（軽微な不適合）"));
}
