//! 所属の属性 and the 主管課: which items a section is asked, which are
//! 該当なし by themselves and why, and how the two audiences are counted.
#![allow(clippy::unwrap_used)]

mod support;
use support::*;

use tenken_core::Questionnaire;
use tenken_core::answer::{AnswerInput, AnswerValue};
use tenken_core::attribute::{Attribute, Audience, AutoNaReason};
use tenken_core::questionnaire::parse_questionnaire;
use tenken_store::{Store, StoreError};

/// 戸籍住民課 has a counter and contractors; 情報政策課 is the 主管課.
const WARD: &str = "所属コード,所属名,親コード,系,属性
B1,区民部,,,
B1-1,戸籍住民課,B1,mynumber lgwan,窓口あり 業務委託あり
B1-2,情報政策課,B1,lgwan internet,主管課
";

/// The shipped checklist with one 主管課 item and one item for sections with contractors.
fn checklist() -> (String, Questionnaire) {
    let toml = format!(
        "{TOSHIMA}
[[section.item]]
id = \"toshima-c-12-z\"
audience = \"主管課\"
text = \"区の全端末に、修正プログラムを定めた期間内に適用しているか。\"

[[section.item]]
id = \"toshima-12-z\"
requires = [\"業務委託あり\"]
text = \"委託先から、課の情報を扱う従事者の名簿を受け取っているか。\"
"
    );
    let q = parse_questionnaire(&toml).unwrap();
    (toml, q)
}

fn ward(dir: &std::path::Path) -> Store {
    let mut store = Store::create(&dir.join("t.db")).unwrap();
    store.import_departments(WARD.as_bytes()).unwrap();
    let (toml, q) = checklist();
    store.open_campaign(fy(2026), &q, &toml, false).unwrap();
    store
}

#[test]
fn attributes_are_read_from_the_csv_and_kept() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = ward(dir.path());
    let departments = store.departments().unwrap();
    let by = |code: &str| departments.iter().find(|d| d.code == code).unwrap().attributes.clone();
    assert_eq!(by("B1-1"), [Attribute::Outsourcing, Attribute::Counter]);
    assert_eq!(by("B1-2"), [Attribute::Central]);
    assert!(by("B1").is_empty());
    let status = store.status(fy(2026)).unwrap();
    assert_eq!(status[1].attributes, [Attribute::Central], "the campaign keeps them as they were");
}

#[test]
fn central_items_are_asked_of_the_central_section_only() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = ward(dir.path());
    let section = store.answers(fy(2026), "B1-1").unwrap();
    assert!(section.iter().all(|a| a.item_id != "toshima-c-12-z"), "not shown to an ordinary section");
    let central = store.answers(fy(2026), "B1-2").unwrap();
    let item = central.iter().find(|a| a.item_id == "toshima-c-12-z").unwrap();
    assert!(item.applies && item.auto_na.is_none());
    let yes = AnswerInput { value: Some(AnswerValue::Yes), ..Default::default() };
    let err = store.save_answer(fy(2026), "B1-1", "toshima-c-12-z", &yes).unwrap_err();
    assert!(matches!(err, StoreError::ItemNotApplicable { .. }), "{err:?}");
    store.save_answer(fy(2026), "B1-2", "toshima-c-12-z", &yes).unwrap();
    // Counted apart from the section items, and not in the section's progress elsewhere.
    let summary = store.summary(fy(2026)).unwrap();
    let lines: Vec<_> = summary.by_audience.iter().map(|l| (l.audience, l.counts.yes)).collect();
    assert_eq!(lines, [(Audience::Section, 0), (Audience::Central, 1)]);
    let central_items = checklist().1.items().filter(|(_, i)| i.audience == Audience::Central).count();
    assert!(central_items > 1, "the shipped 主管課 items and the one added here");
    assert_eq!(central.len(), section.len() + central_items, "the 主管課 sees its items too");
    let line = summary.by_section.iter().find(|s| s.code == "B1-2").unwrap();
    assert_eq!(line.progress.applicable as usize, central.iter().filter(|a| a.applies).count());
    assert_eq!(line.progress.auto_na as usize, central.iter().filter(|a| !a.applies).count());
}

#[test]
fn an_item_needing_an_attribute_is_na_by_itself_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = ward(dir.path());
    let with = store.answers(fy(2026), "B1-1").unwrap();
    assert!(with.iter().find(|a| a.item_id == "toshima-12-z").unwrap().applies);
    let without = store.answers(fy(2026), "B1-2").unwrap();
    let item = without.iter().find(|a| a.item_id == "toshima-12-z").unwrap();
    assert!(!item.applies);
    assert_eq!(item.auto_na, Some(AutoNaReason::Attribute { attribute: Attribute::Outsourcing }));
    // It does not keep the 主管課 from submitting.
    answer_all(&mut store, fy(2026), "B1-2");
    store.submit(fy(2026), "B1-2", &signed()).unwrap();
}

/// Last year's answers to the v1 checklist reach the v2 one through the
/// shipped mapping: a split item's answer goes to each part, a removed item
/// is listed, an item kept under its id carries as before.
#[test]
fn answers_to_the_first_checklist_carry_over_to_the_second_through_the_mapping() {
    const V1: &str = include_str!("fixtures/toshima-v1.toml");
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::create(&dir.path().join("t.db")).unwrap();
    store.import_departments(WARD.as_bytes()).unwrap();
    let v1 = parse_questionnaire(V1).unwrap();
    assert_eq!(v1.hash(), "e1b7ef6bb9c868417faed49e6a50e3dc0d906c1a0be2be49c5225235c77109ed", "the shipped v1");
    store.open_campaign(fy(2025), &v1, V1, false).unwrap();
    let partial = AnswerInput {
        value: Some(AnswerValue::Partial),
        comment: Some("一部の宛先確認が漏れた。".into()),
        ..Default::default()
    };
    let partial = AnswerInput {
        plan_action: Some("送信前の確認を課内で徹底する。".into()),
        plan_due: Some("2026-03-31".into()),
        ..partial
    };
    let yes = AnswerInput { value: Some(AnswerValue::Yes), ..Default::default() };
    store.save_answer(fy(2025), "B1-1", "toshima-6-5-f", &partial).unwrap();
    store.save_answer(fy(2025), "B1-1", "toshima-7-a", &yes).unwrap();
    store.save_answer(fy(2025), "B1-1", "toshima-5-a", &yes).unwrap();

    let v2 = toshima();
    let opened = store.open_campaign(fy(2026), &v2, TOSHIMA, true).unwrap();
    assert_eq!(opened.unmapped, ["toshima-7-a"], "the removed item is named");
    let answers = store.answers(fy(2026), "B1-1").unwrap();
    let value = |id: &str| {
        let a = answers.iter().find(|a| a.item_id == id).unwrap_or_else(|| panic!("{id} missing"));
        a.answer.as_ref().map(|x| (x.value, x.unconfirmed, x.comment.clone()))
    };
    for part in ["toshima-6-5-f", "toshima-6-5-i", "toshima-6-5-j"] {
        assert_eq!(value(part), Some((Some(AnswerValue::Partial), true, "一部の宛先確認が漏れた。".into())), "{part}");
    }
    assert_eq!(value("toshima-5-a").map(|v| v.0), Some(Some(AnswerValue::Yes)));
    assert_eq!(opened.carried_over, 4);
}
