//! What the store's test files share: the shipped checklist, a small ward,
//! and a sign-off, so each file states only what its tests are about.
#![allow(dead_code, clippy::unwrap_used)]

use tenken_core::answer::{AnswerInput, AnswerValue};
use tenken_core::questionnaire::parse_questionnaire;
use tenken_core::schedule::SignOffInput;
use tenken_core::{FiscalYear, Questionnaire};
use tenken_store::Store;

/// 豊島区's checklist as shipped.
pub const TOSHIMA: &str = include_str!("../../../../../questionnaires/toshima.toml");

/// One 部 with two 課 on different 系, as a department CSV.
pub const DEPARTMENTS: &str = "code,name,parent,tiers
B1,区民部,,
B1-1,戸籍住民課,B1,mynumber lgwan
B1-2,広報課,B1,lgwan internet
";

/// A fiscal year the tests know to be valid.
pub fn fy(y: i64) -> FiscalYear {
    FiscalYear::new(y).unwrap()
}

/// [`TOSHIMA`] parsed.
pub fn toshima() -> Questionnaire {
    parse_questionnaire(TOSHIMA).unwrap()
}

/// The 回答者 and 所属長 every submission now needs.
pub fn signed() -> SignOffInput {
    SignOffInput { respondent: "佐藤 花子".to_owned(), approver: "鈴木 一郎".to_owned(), approved_on: None }
}

/// Every applicable item of a section answered 実施している, so it can submit.
pub fn answer_all(store: &mut Store, year: FiscalYear, dept: &str) {
    for ia in store.answers(year, dept).unwrap().into_iter().filter(|a| a.applies) {
        let yes = AnswerInput { value: Some(AnswerValue::Yes), ..Default::default() };
        store.save_answer(year, dept, &ia.item_id, &yes).unwrap();
    }
}
