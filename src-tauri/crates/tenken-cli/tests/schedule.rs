//! 提出期限, 問い合わせ先, 責任者・担当者 and the sign-off of a submission
//! from the command line: the real binary, messages in Japanese and English,
//! the database unchanged after every refusal.
#![allow(clippy::unwrap_used)]

mod support;

use predicates::prelude::*;
use predicates::str::contains;
use support::{Machine, toshima};

const DEPARTMENTS: &str = "所属コード,所属名,親コード,系
B1,区民部,,
B1-1,戸籍住民課,B1,lgwan
B1-2,広報課,B1,lgwan internet
";

/// Opens the 豊島区 campaign of `year`, with the options given.
fn open(w: &Machine, year: &str, extra: &[&str]) {
    let q = toshima();
    let mut args = vec!["campaign", "open", "--year", year, "--questionnaire", q.to_str().unwrap()];
    args.extend(extra);
    w.cmd(&args).assert().success();
}

/// Every applicable item of a section answered yes.
fn answer_all(w: &Machine, year: &str, dept: &str) {
    for ia in w.json(&["answer", "list", "--dept", dept, "--campaign", year, "--json"]).as_array().unwrap() {
        if ia["applies"] == true {
            let id = ia["item_id"].as_str().unwrap();
            w.cmd(&["answer", "set", "--dept", dept, "--campaign", year, "--item", id, "--value", "yes"])
                .assert()
                .success();
        }
    }
}

#[test]
fn a_campaign_opens_with_a_deadline_written_in_wareki_and_full_width_digits() {
    let w = Machine::with_departments(DEPARTMENTS);
    w.refused(
        &["campaign", "open", "--year", "2025", "--questionnaire", toshima().to_str().unwrap(), "--due", "2026-02-30"],
        "「2026-02-30」は日付として読めません",
        "\"2026-02-30\" is not a date",
    );
    w.cmd(&["campaign", "list", "--json"]).assert().success().stdout(contains("2025").not());
    open(
        &w,
        "2025",
        &[
            "--due",
            "令和８年１月３０日",
            "--contact-unit",
            "情報政策課",
            "--contact-phone",
            "内線 2345",
            "--contact-mail",
            "joho@city.example.lg.jp",
        ],
    );
    w.cmd(&["campaign", "show"])
        .assert()
        .success()
        .stdout(contains("提出期限　令和8年1月30日（2026-01-30）（期限超過（"))
        .stdout(contains("問い合わせ先　情報政策課　内線 2345　joho@city.example.lg.jp"))
        .stdout(contains("責任者　未設定"));
    // Later, the auditor names the officers and moves the deadline (R8.2.27).
    w.cmd(&[
        "campaign",
        "set",
        "--due",
        "R8.2.27",
        "--lead",
        "山田 隆",
        "--lead-unit",
        "情報政策課長",
        "--staff",
        "井上 さくら",
    ])
    .assert()
    .success()
    .stdout(contains("令和7年度の点検の設定を保存しました"))
    .stdout(contains("提出期限　令和8年2月27日"))
    .stdout(contains("責任者　山田 隆（情報政策課長）"))
    .stdout(contains("担当者　井上 さくら"));
    w.cmd(&["campaign", "show", "--lang", "en"]).assert().success().stdout(contains("Deadline 2026-02-27 (overdue by"));
    let json = w.cmd(&["campaign", "show", "--json"]).output().unwrap();
    let notice: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(notice["settings"]["due"], "2026-02-27");
    assert_eq!(notice["deadline"]["overdue"], true);
    // The fiscal year's last day is the latest deadline.
    w.cmd(&["campaign", "set", "--due", "2026-03-31"]).assert().success();
}

#[test]
fn a_deadline_outside_the_year_is_refused_and_nothing_changes() {
    let w = Machine::with_departments(DEPARTMENTS);
    open(&w, "2025", &["--due", "2026-01-30"]);
    w.refused(
        &["campaign", "set", "--due", "2025-03-31"],
        "提出期限 令和7年3月31日 は点検の開始日 令和7年4月1日 より前です",
        "The deadline 31 March 2025 is before the inspection's start 1 April 2025",
    );
    w.refused(
        &["campaign", "set", "--due", "令和8年4月1日"],
        "提出期限 令和8年4月1日 は年度末 令和8年3月31日 より後です",
        "The deadline 1 April 2026 is after the fiscal year's end 31 March 2026",
    );
}

#[test]
fn submitting_names_the_respondent_and_the_approver_and_status_shows_who_is_overdue() {
    let w = Machine::with_departments(DEPARTMENTS);
    open(&w, "2025", &["--due", "2026-01-30"]);
    answer_all(&w, "2025", "B1-1");
    let submit = ["submit", "--dept", "B1-1", "--campaign", "2025"];
    w.refused(&submit, "提出には回答者の氏名が必要です", "Submitting needs the name of the respondent");
    w.refused(
        &[&submit[..], &["--respondent", "佐藤 花子"]].concat(),
        "提出には所属長の氏名が必要です",
        "Submitting needs the name of the head of section who approved",
    );
    w.refused(
        &[&submit[..], &["--respondent", "佐藤 花子", "--approver", "鈴木 一郎", "--approved-on", "2026-02-30"]]
            .concat(),
        "「2026-02-30」は日付として読めません",
        "\"2026-02-30\" is not a date",
    );
    w.refused(
        &[&submit[..], &["--respondent", "佐藤 花子", "--approver", "鈴木 一郎", "--approved-on", "2099-01-01"]]
            .concat(),
        "承認日 令和81年1月1日 は今日",
        "The approval date 1 January 2099 is after today",
    );
    w.cmd(
        &[
            &submit[..],
            &["--respondent", "佐藤 花子", "--approver", "鈴木 一郎", "--approved-on", "令和８年１月２８日"],
        ]
        .concat(),
    )
    .assert()
    .success()
    .stdout(contains("回答者 佐藤 花子、所属長 鈴木 一郎（承認日 令和8年1月28日（2026-01-28））"));
    // The deadline has passed: B1-2 has not submitted and is 期限超過; B1-1 is not.
    w.cmd(&["status", "--campaign", "2025", "--overdue"])
        .assert()
        .success()
        .stdout(contains("B1-2"))
        .stdout(contains("期限超過"))
        .stdout(contains("B1-1").not());
    w.cmd(&["status", "--campaign", "2025"]).assert().success().stdout(contains("B1-1"));
}

#[test]
fn the_overall_assessment_is_saved_shown_and_assurance_wording_is_warned_about_not_refused() {
    let w = Machine::with_departments(DEPARTMENTS);
    open(&w, "2026", &[]);
    let file = w.path("総評.txt");
    std::fs::write(&file, "媒体管理に一部実施が多い。\r\n\r\n重大な問題は 発見されなかった。\r\n").unwrap();
    w.cmd(&["campaign", "assess", "--file", file.to_str().unwrap()])
        .assert()
        .success()
        .stdout(contains("総評を保存しました"))
        .stderr(contains("注意：総評に「問題は発見されなかった」とあります"));
    w.cmd(&["campaign", "show"]).assert().success().stdout(contains("総評\n  媒体管理に一部実施が多い。"));
    w.cmd(&["--lang", "en", "campaign", "assess", "--text", "No issues were found."])
        .assert()
        .success()
        .stderr(contains("says \"no issues were found\""));
    // Plain words: no warning. Too long: refused, nothing changed.
    w.cmd(&["campaign", "assess", "--text", "提出率は55%。次年度は媒体管理を重点とする。"])
        .assert()
        .success()
        .stderr(contains("注意").not());
    let long = "あ".repeat(4001);
    w.refused(&["campaign", "assess", "--text", &long], "総評が長すぎます", "too long");
    w.cmd(&["campaign", "show"]).assert().success().stdout(contains("次年度は媒体管理を重点とする。"));
    w.cmd(&["campaign", "assess", "--text", ""]).assert().success().stdout(contains("総評を消しました"));
}

#[test]
fn the_theme_is_saved_shown_refused_for_an_unknown_clause_and_cleared() {
    let w = Machine::with_departments(DEPARTMENTS);
    open(&w, "2026", &[]);
    w.cmd(&[
        "campaign",
        "theme",
        "--title",
        "令和8年度 重点テーマ：外部記録媒体の管理",
        "--clause",
        "6.(4)",
        "--item",
        "toshima-6-5-e",
    ])
    .assert()
    .success()
    .stdout(contains("令和8年度の重点テーマを保存しました"))
    .stdout(contains("条項 6.(4)　物理的セキュリティ対策（すべての項目）"))
    .stdout(contains("項目 toshima-6-5-e　情報資産"));
    w.cmd(&["campaign", "show"])
        .assert()
        .success()
        .stdout(contains("重点テーマ　令和8年度 重点テーマ：外部記録媒体の管理"));
    w.refused(
        &["campaign", "theme", "--title", "媒体", "--clause", "6.(99)"],
        "条項「6.(99)」はこの点検の点検票にありません",
        "Clause \"6.(99)\" is not in this inspection's checklist",
    );
    w.refused(
        &["campaign", "theme", "--title", "", "--item", "toshima-6-5-e"],
        "題名を入力してください",
        "Enter a title",
    );
    w.cmd(&["--lang", "en", "campaign", "show"])
        .assert()
        .success()
        .stdout(contains("clause 6.(4) Physical security (all its items)"));
    w.cmd(&["campaign", "theme", "--clear"]).assert().success().stdout(contains("重点テーマを消しました"));
    w.cmd(&["campaign", "show"]).assert().success().stdout(contains("重点テーマ　未設定"));
}
