//! 提出期限, 問い合わせ先, 責任者・担当者 and the sign-off of a submission,
//! against real SQLite files.
#![allow(clippy::unwrap_used)]

mod support;
use support::*;

use std::path::Path;

use chrono::NaiveDate;
use tenken_core::schedule::{SettingsError, SettingsInput, SignOffError, SignOffInput};

use tenken_store::{Store, StoreError};

fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, dd).unwrap()
}

fn fresh(dir: &Path) -> Store {
    let mut s = Store::create(&dir.join("t.db")).unwrap();
    s.import_departments(DEPARTMENTS.as_bytes()).unwrap();
    s
}

fn settings(due: &str) -> SettingsInput {
    SettingsInput {
        due: Some(due.to_owned()),
        contact_unit: Some("情報政策課".to_owned()),
        contact_phone: Some("内線 2345".to_owned()),
        contact_mail: Some("joho@city.example.lg.jp".to_owned()),
        ..Default::default()
    }
}

fn bytes(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap()
}

#[test]
fn a_campaign_opens_with_its_deadline_and_contact_and_the_board_shows_who_is_overdue() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = fresh(dir.path());
    // FY2025 is over by now: its deadline may be any day of the year.
    s.open_campaign_with(fy(2025), &toshima(), TOSHIMA, false, &settings("令和8年1月30日")).unwrap();
    let stored = s.campaign_settings(fy(2025)).unwrap();
    assert_eq!(stored.due, Some(d(2026, 1, 30)));
    assert_eq!(stored.contact.unit, "情報政策課");
    let notice = s.campaign_notice(fy(2025), d(2026, 1, 20)).unwrap();
    assert_eq!(notice.deadline.unwrap().days_left, 10);
    // One section submits, the other does not: after the deadline only that one is 期限超過.
    answer_all(&mut s, fy(2025), "B1-1");
    let signed = SignOffInput {
        respondent: "佐藤 花子".into(),
        approver: "鈴木 一郎".into(),
        approved_on: Some("2026-01-28".into()),
    };
    s.submit(fy(2025), "B1-1", &signed).unwrap();
    let board = s.board_deadlines(fy(2025), d(2026, 2, 2)).unwrap();
    assert_eq!(board.overdue, ["B1-2"]);
    assert!(board.notice.deadline.unwrap().overdue);
    assert_eq!(board.signoffs.len(), 1);
    assert_eq!(board.signoffs[0].dept, "B1-1");
    assert_eq!(board.signoffs[0].signoff.approver, "鈴木 一郎");
    assert_eq!(board.signoffs[0].signoff.approved_on, d(2026, 1, 28));
    // On the deadline's day nobody is overdue yet.
    assert!(s.board_deadlines(fy(2025), d(2026, 1, 30)).unwrap().overdue.is_empty());
    // The 提出履歴 shows the sign-off; a 差戻し has none.
    s.reopen(fy(2025), "B1-1", "証跡を確認してください").unwrap();
    let history = s.submissions(fy(2025), "B1-1").unwrap();
    assert_eq!(history.len(), 2);
    assert_eq!(history[0].signoff.as_ref().unwrap().respondent, "佐藤 花子");
    assert_eq!(history[1].action, "reopen");
    assert!(history[1].signoff.is_none());
}

#[test]
fn a_refused_deadline_opens_no_campaign_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = fresh(dir.path());
    let path = dir.path().join("t.db");
    drop(s);
    let before = bytes(&path);
    s = Store::open(&path).unwrap();
    for (due, expected) in [
        ("2026-02-30", SettingsError::BadDate("2026-02-30".into())),
        // Before the year (and so before the day it is opened, whenever that is).
        ("2026-03-31", SettingsError::DueBeforeStart { due: d(2026, 3, 31), start: d(2026, 4, 1) }),
        ("令和9年4月1日", SettingsError::DueAfterYear { due: d(2027, 4, 1), end: d(2027, 3, 31) }),
    ] {
        match s.open_campaign_with(fy(2026), &toshima(), TOSHIMA, false, &settings(due)) {
            Err(StoreError::Settings(SettingsError::DueBeforeStart { due, start })) => {
                assert_eq!(due, d(2026, 3, 31));
                assert!(start >= d(2026, 4, 1));
            }
            Err(StoreError::Settings(e)) => assert_eq!(e, expected),
            other => panic!("{due}: {other:?}"),
        }
    }
    assert!(s.campaigns().unwrap().is_empty());
    drop(s);
    assert_eq!(bytes(&path), before);
}

#[test]
fn the_auditor_changes_the_deadline_later_and_each_change_is_logged() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = fresh(dir.path());
    s.open_campaign(fy(2025), &toshima(), TOSHIMA, false).unwrap();
    assert_eq!(s.campaign_notice(fy(2025), d(2026, 1, 1)).unwrap().deadline, None);
    s.set_campaign_settings(fy(2025), &SettingsInput { due: Some("R8.2.27".into()), ..Default::default() }).unwrap();
    let officers = SettingsInput {
        lead: Some("山田 隆".into()),
        lead_unit: Some("情報政策課長".into()),
        staff: Some("井上 さくら".into()),
        staff_unit: Some("情報政策課".into()),
        ..Default::default()
    };
    let after = s.set_campaign_settings(fy(2025), &officers).unwrap();
    assert_eq!(after.due, Some(d(2026, 2, 27)));
    assert_eq!(after.officers.lead, "山田 隆");
    let log = s.events().unwrap();
    assert_eq!(log.iter().filter(|e| e.body.action == "campaign.settings").count(), 2);
    // A bad mail address is refused and the settings stay.
    let bad = SettingsInput { contact_mail: Some("joho at city".into()), ..Default::default() };
    assert!(matches!(s.set_campaign_settings(fy(2025), &bad), Err(StoreError::Settings(SettingsError::BadMail(_)))));
    assert_eq!(s.campaign_settings(fy(2025)).unwrap(), after);
}

#[test]
fn submitting_needs_who_answered_and_who_approved() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = fresh(dir.path());
    s.open_campaign(fy(2025), &toshima(), TOSHIMA, false).unwrap();
    answer_all(&mut s, fy(2025), "B1-1");
    let nobody = SignOffInput { respondent: "佐藤 花子".into(), ..Default::default() };
    assert!(matches!(
        s.submit(fy(2025), "B1-1", &nobody),
        Err(StoreError::SignOff(SignOffError::Required("approver")))
    ));
    assert!(s.submissions(fy(2025), "B1-1").unwrap().is_empty());
    let ok = SignOffInput { approver: "鈴木 一郎".into(), ..nobody };
    let signed = s.submit(fy(2025), "B1-1", &ok).unwrap();
    assert_eq!(signed.approved_on, chrono::Local::now().date_naive());
    let submit = s.events().unwrap().into_iter().rfind(|e| e.body.action == "section.submit").unwrap();
    assert!(submit.body.after.unwrap().contains("鈴木 一郎"));
}
