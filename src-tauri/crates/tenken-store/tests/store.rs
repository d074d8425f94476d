//! The store against real SQLite files in a temporary directory.
#![allow(clippy::unwrap_used)]

mod support;
use support::*;

use std::path::Path;

use tenken_core::answer::{AnswerError, AnswerInput, AnswerValue};
use tenken_core::campaign::{MissingReason, Phase, StateError};
use tenken_core::{FiscalYear, SectionState};
use tenken_store::{Store, StoreError};

fn ready(dir: &Path) -> Store {
    let mut store = Store::create(&dir.join("t.db")).unwrap();
    store.import_departments(DEPARTMENTS.as_bytes()).unwrap();
    store.open_campaign(fy(2025), &toshima(), TOSHIMA, false).unwrap();
    store
}

fn yes() -> AnswerInput {
    AnswerInput { value: Some(AnswerValue::Yes), ..Default::default() }
}

/// Every row of every table, as text: "unchanged" means this is equal.
fn dump(path: &Path) -> String {
    let conn = rusqlite::Connection::open(path).unwrap();
    let mut out = String::new();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    for t in tables {
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{t}\"")).unwrap();
        let n = stmt.column_count();
        let rows = stmt
            .query_map([], |r| Ok((0..n).map(|i| format!("{:?}", r.get_ref(i).unwrap())).collect::<Vec<_>>().join("|")))
            .unwrap();
        for row in rows {
            out.push_str(&format!("{t}: {}\n", row.unwrap()));
        }
    }
    out
}

#[test]
fn answers_are_saved_with_history_and_read_back_after_reopening_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = ready(dir.path());
    let item = "toshima-6-3-1-a";
    store.save_answer(fy(2025), "B1-1", item, &yes()).unwrap();
    let partial = AnswerInput {
        value: Some(AnswerValue::Partial),
        comment: Some("端末2台のみ未設定".into()),
        plan_action: Some("残りの端末を設定する".into()),
        plan_due: Some("2026-03-31".into()),
        ..Default::default()
    };
    store.save_answer(fy(2025), "B1-1", item, &partial).unwrap();
    drop(store);

    let mut store = Store::open(&dir.path().join("t.db")).unwrap();
    let answers = store.answers(fy(2025), "B1-1").unwrap();
    let row = answers.iter().find(|a| a.item_id == item).unwrap();
    let a = row.answer.as_ref().unwrap();
    assert_eq!(a.value, Some(AnswerValue::Partial));
    assert_eq!(a.comment, "端末2台のみ未設定");
    assert_eq!(a.plan.as_ref().unwrap().due.to_string(), "2026-03-31");
    assert_eq!(row.revision, 2);
    let history = store.answer_history(fy(2025), "B1-1", item).unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].value, Some(AnswerValue::Yes));
}

#[test]
fn items_of_tiers_a_section_does_not_operate_are_not_answerable() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = ready(dir.path());
    let answers = store.answers(fy(2025), "B1-2").unwrap();
    let mynumber = answers.iter().find(|a| a.item_id == "toshima-6-3-1-a").unwrap();
    assert!(!mynumber.applies);
    let err = store.save_answer(fy(2025), "B1-2", "toshima-6-3-1-a", &yes()).unwrap_err();
    assert!(matches!(err, StoreError::ItemNotApplicable { .. }), "{err:?}");
}

#[test]
fn refused_saves_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.db");
    let mut store = ready(dir.path());
    let before = dump(&path);
    let na = AnswerInput { value: Some(AnswerValue::Na), ..Default::default() };
    assert!(matches!(
        store.save_answer(fy(2025), "B1-1", "toshima-5-a", &na),
        Err(StoreError::Answer(AnswerError::NaNeedsReason))
    ));
    assert!(matches!(
        store.save_answer(fy(2025), "NOPE", "toshima-5-a", &yes()),
        Err(StoreError::UnknownDepartment(_))
    ));
    assert!(matches!(store.save_answer(fy(2025), "B1", "toshima-5-a", &yes()), Err(StoreError::NotInCampaign { .. })));
    assert!(matches!(store.save_answer(fy(2025), "B1-1", "nope", &yes()), Err(StoreError::UnknownItem(_))));
    assert!(matches!(
        store.save_answer(fy(2024), "B1-1", "toshima-5-a", &yes()),
        Err(StoreError::UnknownCampaign(y)) if y == fy(2024)
    ));
    let dup = format!("{DEPARTMENTS}B1-2,重複課,B1,lgwan\n");
    assert!(matches!(store.import_departments(dup.as_bytes()), Err(StoreError::Departments(_))));
    drop(store);
    assert_eq!(dump(&path), before);
}

#[test]
fn submit_lists_what_is_missing_then_locks_and_reopen_unlocks() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = ready(dir.path());
    let y = fy(2025);
    match store.submit(y, "B1-1", &signed()) {
        Err(StoreError::State(StateError::Incomplete(missing))) => {
            assert!(missing.iter().all(|m| m.reason == MissingReason::Unanswered));
            assert!(missing.iter().any(|m| m.item_id == "toshima-6-3-1-a"));
        }
        other => panic!("expected Incomplete, got {other:?}"),
    }
    answer_all(&mut store, y, "B1-1");
    store.submit(y, "B1-1", &signed()).unwrap();
    assert!(matches!(store.save_answer(y, "B1-1", "toshima-5-a", &yes()), Err(StoreError::State(StateError::Locked))));
    assert!(matches!(store.reopen(y, "B1-1", " "), Err(StoreError::State(StateError::ReasonRequired))));
    store.reopen(y, "B1-1", "改善計画の期限を確認してください").unwrap();
    let status = store.status(y).unwrap();
    let s = status.iter().find(|s| s.code == "B1-1").unwrap();
    assert_eq!(s.state, SectionState::Reopened);
    assert_eq!(s.reopen_reason.as_deref(), Some("改善計画の期限を確認してください"));
    store.save_answer(y, "B1-1", "toshima-5-a", &yes()).unwrap();
    store.submit(y, "B1-1", &signed()).unwrap();
    let status = store.status(y).unwrap();
    assert_eq!(status.iter().find(|s| s.code == "B1-1").unwrap().phase, Phase::Submitted);
    assert_eq!(status.iter().find(|s| s.code == "B1-2").unwrap().phase, Phase::NotStarted);
}

/// What each view says about the campaign's progress: the board (`status`),
/// the consolidation (`summary`), the campaign list (`campaigns`), the report
/// data and one section's overview, as (submitted, total, B1-1's 提出日 shown,
/// B1-1's 差戻し日 shown, B1-1's reason shown).
fn every_count(store: &mut Store, y: FiscalYear) -> Vec<(u32, u32, bool, bool, Option<String>)> {
    let status = store.status(y).unwrap();
    let board = status.iter().find(|s| s.code == "B1-1").unwrap().clone();
    let submitted_on_board = status.iter().filter(|s| s.phase == Phase::Submitted).count() as u32;
    let summary = store.summary(y).unwrap();
    let campaign = store.campaigns().unwrap().into_iter().find(|c| c.year == y).unwrap();
    let report = store.report_data(y).unwrap();
    let in_report = report.sections.iter().find(|s| s.code == "B1-1").unwrap().clone();
    let overview = store.section_overview(y, "B1-1").unwrap().status;
    assert_eq!(overview, board, "the section's overview and the board show the same line");
    vec![
        (
            submitted_on_board,
            status.len() as u32,
            board.submitted_at.is_some(),
            board.reopened_at.is_some(),
            board.reopen_reason.clone(),
        ),
        (summary.sections_submitted, summary.sections_total, false, false, None),
        (campaign.submitted, campaign.sections, false, false, None),
        (
            report.summary.sections_submitted,
            report.sections.len() as u32,
            in_report.submitted_on.is_some(),
            in_report.reopened_on.is_some(),
            in_report.reopen_reason.clone(),
        ),
    ]
}

#[test]
fn every_view_counts_the_same_after_submit_reopen_and_resubmit() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = ready(dir.path());
    let y = fy(2025);
    answer_all(&mut store, y, "B1-1");
    answer_all(&mut store, y, "B1-2");
    store.submit(y, "B1-1", &signed()).unwrap();
    store.submit(y, "B1-2", &signed()).unwrap();
    let views = every_count(&mut store, y);
    assert_eq!(views[0], (2, 2, true, false, None));
    assert!(views.iter().all(|v| (v.0, v.1) == (2, 2)), "{views:?}");
    assert_eq!(views[3], (2, 2, true, false, None));

    store.reopen(y, "B1-1", "証跡の所在を書いてください").unwrap();
    let views = every_count(&mut store, y);
    let reason = Some("証跡の所在を書いてください".to_owned());
    // A returned section shows no 提出日 as current, but its 差戻し日 and reason.
    assert_eq!(views[0], (1, 2, false, true, reason.clone()));
    assert_eq!(views[3], (1, 2, false, true, reason));
    assert!(views.iter().all(|v| (v.0, v.1) == (1, 2)), "{views:?}");
    let summary = store.summary(y).unwrap();
    let line = summary.by_section.iter().find(|s| s.code == "B1-1").unwrap();
    assert_eq!((line.state, line.phase), (SectionState::Reopened, Phase::InProgress));

    store.submit(y, "B1-1", &signed()).unwrap();
    let views = every_count(&mut store, y);
    assert_eq!(views[0], (2, 2, true, false, None));
    assert_eq!(views[3], (2, 2, true, false, None));
    assert!(views.iter().all(|v| (v.0, v.1) == (2, 2)), "{views:?}");
}

#[test]
fn carry_over_brings_last_years_answers_as_unconfirmed_drafts() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = ready(dir.path());
    answer_all(&mut store, fy(2025), "B1-1");
    assert!(
        matches!(store.open_campaign(fy(2025), &toshima(), TOSHIMA, false), Err(StoreError::CampaignExists(y)) if y == fy(2025))
    );
    let opened = store.open_campaign(fy(2026), &toshima(), TOSHIMA, true).unwrap();
    assert!(opened.carried_over > 0);
    let answers = store.answers(fy(2026), "B1-1").unwrap();
    assert!(answers.iter().filter(|a| a.applies).all(|a| a.answer.as_ref().is_some_and(|x| x.unconfirmed)));
    // Carried-over answers are drafts, not results: they do not count, and they block submission.
    let summary = store.summary(fy(2026)).unwrap();
    assert_eq!(summary.by_section[0].rate, None);
    match store.submit(fy(2026), "B1-1", &signed()) {
        Err(StoreError::State(StateError::Incomplete(m))) => {
            assert!(m.iter().all(|m| m.reason == MissingReason::Unconfirmed))
        }
        other => panic!("expected Incomplete, got {other:?}"),
    }
    // Confirming an answer is saving it again.
    store.save_answer(fy(2026), "B1-1", "toshima-5-a", &yes()).unwrap();
    let a = store.answers(fy(2026), "B1-1").unwrap();
    assert!(!a.iter().find(|a| a.item_id == "toshima-5-a").unwrap().answer.as_ref().unwrap().unconfirmed);
    assert_eq!(store.campaigns().unwrap()[0].carried_from, Some(2025));
}

#[test]
fn carry_over_without_an_earlier_campaign_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::create(&dir.path().join("t.db")).unwrap();
    store.import_departments(DEPARTMENTS.as_bytes()).unwrap();
    assert!(matches!(store.open_campaign(fy(2026), &toshima(), TOSHIMA, true), Err(StoreError::NothingToCarryOver)));
    assert!(store.campaigns().unwrap().is_empty());
}

#[test]
fn campaign_needs_sections() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::create(&dir.path().join("t.db")).unwrap();
    assert!(matches!(store.open_campaign(fy(2026), &toshima(), TOSHIMA, false), Err(StoreError::NoSections)));
}

/// A staff self-check is not what a section answers: opening a campaign
/// with one is refused, saying which file to give, and nothing is stored.
#[test]
fn a_campaign_cannot_be_opened_with_a_staff_self_check() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::create(&dir.path().join("t.db")).unwrap();
    store.import_departments(DEPARTMENTS.as_bytes()).unwrap();
    let staff_toml = TOSHIMA
        .replacen("tiers = [", "kind = \"staff\"\ntiers = [", 1)
        .replace("\ntext = ", "\npractice = \"正しいやり方\"\ntext = ");
    let staff_toml = staff_toml
        .lines()
        .filter(|l| !l.starts_with("audience =") && !l.starts_with("requires ="))
        .collect::<Vec<_>>()
        .join("\n");
    let staff = tenken_core::questionnaire::parse_questionnaire(&staff_toml).unwrap();
    let before = dump(&dir.path().join("t.db"));
    let err = store.open_campaign(fy(2026), &staff, &staff_toml, false).unwrap_err();
    assert!(matches!(&err, StoreError::StaffChecklist(id) if id == "toshima"), "{err:?}");
    assert_eq!(dump(&dir.path().join("t.db")), before);
}

#[test]
fn summary_rates_reflect_saved_answers() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = ready(dir.path());
    answer_all(&mut store, fy(2025), "B1-1");
    let no = AnswerInput {
        value: Some(AnswerValue::No),
        plan_action: Some("研修を受講させる".into()),
        plan_due: Some("2026-01-31".into()),
        ..Default::default()
    };
    store.save_answer(fy(2025), "B1-1", "toshima-5-a", &no).unwrap();
    let s = store.summary(fy(2025)).unwrap();
    let line = &s.by_section[0];
    assert_eq!(line.code, "B1-1");
    let n = f64::from(line.counts.scored());
    assert_eq!(line.rate, Some((n - 1.0) / n));
    assert_eq!(s.by_section[1].rate, None);
    assert_eq!(s.by_clause.len(), toshima().sections.len());
}

#[test]
fn files_that_are_not_tenken_databases_are_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("notes.db");
    std::fs::write(&text, "これはデータベースではありません").unwrap();
    assert!(matches!(Store::open(&text), Err(StoreError::NotADatabase(_))));
    assert_eq!(std::fs::read_to_string(&text).unwrap(), "これはデータベースではありません");

    let empty = dir.path().join("empty.db");
    std::fs::write(&empty, "").unwrap();
    assert!(matches!(Store::open(&empty), Err(StoreError::NotADatabase(_))));
    assert_eq!(std::fs::read(&empty).unwrap().len(), 0);

    let other = dir.path().join("other.db");
    rusqlite::Connection::open(&other).unwrap().execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);").unwrap();
    let before = std::fs::read(&other).unwrap();
    assert!(matches!(Store::open(&other), Err(StoreError::NotTenken(_))));
    assert_eq!(std::fs::read(&other).unwrap(), before);

    assert!(matches!(Store::open(&dir.path().join("missing.db")), Err(StoreError::NotFound(_))));
    assert!(matches!(Store::create(&text), Err(StoreError::AlreadyExists(_))));
}

#[test]
fn a_database_from_a_newer_program_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.db");
    drop(ready(dir.path()));
    rusqlite::Connection::open(&path).unwrap().pragma_update(None, "user_version", 99).unwrap();
    let before = std::fs::read(&path).unwrap();
    assert!(matches!(
        Store::open(&path),
        Err(StoreError::TooNew { found: 99, supported: tenken_store::SCHEMA_VERSION })
    ));
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn demo_fills_an_empty_database_with_two_years_and_refuses_a_used_one() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::create(&dir.path().join("demo.db")).unwrap();
    let written = store.write_demo(fy(2026)).unwrap();
    assert_eq!(written.sections, 20);
    assert_eq!(written.years, vec![2025, 2026]);
    let campaigns = store.campaigns().unwrap();
    assert_eq!(campaigns.len(), 2);
    assert_eq!(campaigns[1].submitted, 20);
    let status = store.status(fy(2026)).unwrap();
    let count = |p: Phase| status.iter().filter(|s| s.phase == p).count();
    assert_eq!(count(Phase::Submitted), 11);
    assert_eq!(status.iter().filter(|s| s.state == SectionState::Reopened).count(), 1);
    assert!(count(Phase::InProgress) >= 5);
    assert!(count(Phase::NotStarted) >= 3);
    assert!(matches!(store.write_demo(fy(2026)), Err(StoreError::NotEmpty)));
}

#[test]
fn review_marks_replace_each_other_and_findings_need_a_comment() {
    use tenken_core::review::{FindingGrade, ReviewError, ReviewInput, ReviewMark};
    let dir = tempfile::tempdir().unwrap();
    let mut store = ready(dir.path());
    assert!(matches!(
        store.set_review(fy(2025), "B1-1", "toshima-5-a", &ReviewInput::finding("", FindingGrade::Minor)),
        Err(StoreError::Review(ReviewError::FindingNeedsComment))
    ));
    store.set_review(fy(2025), "B1-1", "toshima-5-a", &ReviewInput::confirmed("")).unwrap();
    store
        .set_review(fy(2025), "B1-1", "toshima-5-a", &ReviewInput::finding("研修記録が未提出", FindingGrade::Minor))
        .unwrap();
    let reviews = store.reviews(fy(2025)).unwrap();
    assert_eq!(reviews.len(), 1);
    assert_eq!(reviews[0].review.mark, ReviewMark::Finding);
    // The history shows the mark it replaced.
    use tenken_core::history::ChangeValue;
    let h = store.item_history(fy(2025), "B1-1", "toshima-5-a").unwrap();
    assert!(matches!(&h[0].before, Some(ChangeValue::Review(r)) if r.mark == ReviewMark::Confirmed), "{h:?}");
    assert!(matches!(&h[0].after, Some(ChangeValue::Review(r)) if r.mark == ReviewMark::Finding), "{h:?}");
    assert!(matches!(
        store.set_review(fy(2025), "B1-1", "nope", &ReviewInput::confirmed("")),
        Err(StoreError::UnknownItem(_))
    ));
    store.set_setting("role", "auditor").unwrap();
    store.set_setting("role", "section").unwrap();
    assert_eq!(store.setting("role").unwrap().as_deref(), Some("section"));
    assert_eq!(store.setting("lang").unwrap(), None);
}

#[test]
fn every_change_is_in_the_audit_log_and_tampering_is_named() {
    use tenken_core::audit::Tamper;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.db");
    let mut store = ready(dir.path());
    store.save_answer(fy(2025), "B1-1", "toshima-5-a", &yes()).unwrap();
    let partial = AnswerInput {
        value: Some(AnswerValue::Partial),
        plan_action: Some("研修".into()),
        plan_due: Some("2026-01-31".into()),
        ..Default::default()
    };
    store.save_answer(fy(2025), "B1-1", "toshima-5-a", &partial).unwrap();
    // A refused save writes no event.
    let na = AnswerInput { value: Some(AnswerValue::Na), ..Default::default() };
    assert!(store.save_answer(fy(2025), "B1-1", "toshima-5-a", &na).is_err());

    let actions: Vec<String> = store.events().unwrap().into_iter().map(|e| e.body.action).collect();
    assert_eq!(actions, ["department.import", "campaign.open", "answer.save", "answer.save"]);
    let history = store.events_about("2025/B1-1/toshima-5-a").unwrap();
    assert_eq!(history.len(), 2);
    assert!(history[1].body.before.as_deref().unwrap().contains("\"yes\""));
    assert!(history[1].body.after.as_deref().unwrap().contains("\"partial\""));
    assert_eq!(history[1].body.actor.key.as_deref().map(str::len), Some(39), "the key fingerprint is recorded");
    assert_eq!(store.verify_log().unwrap(), Ok(4));
    // The same events as an item's history: newest first, values read back, key shortened.
    use tenken_core::history::ChangeValue;
    let readable = store.item_history(fy(2025), "B1-1", "toshima-5-a").unwrap();
    assert_eq!(readable.len(), 2);
    let value = |v: &Option<ChangeValue>| match v {
        Some(ChangeValue::Answer(a)) => a.value,
        other => panic!("{other:?}"),
    };
    assert_eq!(
        (value(&readable[0].before), value(&readable[0].after)),
        (Some(AnswerValue::Yes), Some(AnswerValue::Partial))
    );
    // The log keeps answers compact (no item id, nothing empty); they read back whole.
    assert!(!history[1].body.after.as_deref().unwrap().contains("toshima-5-a"), "the subject names the item");
    match &readable[0].after {
        Some(ChangeValue::Answer(a)) => {
            assert_eq!(a.item_id, "toshima-5-a");
            assert_eq!(a.plan.as_ref().map(|p| p.action.as_str()), Some("研修"));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(readable[0].role, "local", "no role chosen: the log says so");
    assert_eq!(readable[0].key.as_deref().map(str::len), Some(9));
    drop(store);

    // The log refuses UPDATE and DELETE; someone who drops the triggers is still caught.
    let conn = rusqlite::Connection::open(&path).unwrap();
    assert!(conn.execute("DELETE FROM audit_log WHERE seq = 2", []).is_err());
    conn.execute_batch("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;").unwrap();
    conn.execute("UPDATE audit_log SET after = '{\"value\":\"yes\"}' WHERE seq = 4", []).unwrap();
    drop(conn);
    assert_eq!(Store::open(&path).unwrap().verify_log().unwrap(), Err(Tamper::Edited(4)));

    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute("DELETE FROM audit_log WHERE seq = 4", []).unwrap();
    drop(conn);
    assert_eq!(Store::open(&path).unwrap().verify_log().unwrap(), Err(Tamper::Deleted(4)));
}

/// The window hands the store a chosen file's bytes: one larger than any
/// ward's department list is refused with the reader's own words, and the
/// database keeps its departments.
#[test]
fn a_department_file_larger_than_the_cap_is_refused_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = ready(dir.path());
    let before = dump(&dir.path().join("t.db"));
    let mut huge = DEPARTMENTS.as_bytes().to_vec();
    huge.resize(usize::try_from(tenken_store::input::MAX_TEXT).unwrap() + 1, b'\n');
    let err = store.import_departments(&huge).unwrap_err();
    assert!(matches!(err, StoreError::Input(tenken_store::input::InputError::TooLarge { .. })), "{err:?}");
    drop(store);
    assert_eq!(dump(&dir.path().join("t.db")), before);
}
