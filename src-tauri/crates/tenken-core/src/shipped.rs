//! The checklists tenken ships, compiled in so the demo and the window work
//! on a terminal with nothing else installed.

/// 豊島区 情報セキュリティ自己点検票 (`questionnaires/toshima.toml`).
pub const TOSHIMA: &str = include_str!("../../../../questionnaires/toshima.toml");

/// 江戸川区 サイバーセキュリティ自己点検票 (`questionnaires/edogawa.toml`).
pub const EDOGAWA: &str = include_str!("../../../../questionnaires/edogawa.toml");

/// Every shipped checklist, in the order they are offered (the About screen
/// and `tenken --version` show each one's hash).
pub const ALL: [&str; 2] = [TOSHIMA, EDOGAWA];

/// The 職員セルフチェック of each ward (`questionnaires/<id>-staff.toml`):
/// every staff member's own behaviour, 20–30 items, each with its 正しいやり方.
pub const STAFF: [&str; 2] = [
    include_str!("../../../../questionnaires/toshima-staff.toml"),
    include_str!("../../../../questionnaires/edogawa-staff.toml"),
];

/// The shipped item mappings (old version → the shipped one), one per
/// rewrite: `questionnaires/<id>-v1-v2.toml`.
pub const MAPPINGS: &[&str] = &[
    include_str!("../../../../questionnaires/toshima-v1-v2.toml"),
    include_str!("../../../../questionnaires/edogawa-v1-v2.toml"),
];

/// The shipped mapping from the checklist with hash `from` to `to`, if one
/// was shipped (a mapping that does not fit `to` is none).
pub fn mapping(from: &str, to: &Questionnaire) -> Option<ItemMapping> {
    MAPPINGS.iter().filter_map(|text| parse_mapping(text, to).ok()).find(|m| m.from == from)
}

use crate::mapping::{ItemMapping, parse_mapping};
use crate::questionnaire::Questionnaire;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questionnaire::parse_questionnaire;

    #[test]
    fn each_shipped_mapping_fits_its_shipped_checklist() {
        for (text, src) in MAPPINGS.iter().zip(ALL) {
            let q = parse_questionnaire(src).unwrap();
            let m = parse_mapping(text, &q).unwrap_or_else(|e| panic!("{}: {e:?}", q.meta.id));
            assert_ne!(m.from, q.hash(), "a mapping maps from an older version");
            assert_eq!(mapping(&m.from, &q), Some(m.clone()));
            assert_eq!(mapping(&q.hash(), &q), None);
        }
    }

    #[test]
    fn shipped_checklists_validate() {
        for src in ALL {
            let q = parse_questionnaire(src).unwrap_or_else(|e| panic!("{e:?}"));
            assert!(q.item_count() >= 40, "{} has {} items", q.meta.id, q.item_count());
        }
    }
}
