//! 項目の対応表 — how last year's answers reach a rewritten checklist.
//!
//! Answers follow item ids across versions. When a checklist is rewritten,
//! some items are split, moved to the 主管課 or removed; a mapping file says
//! where each such old item went, so a section's carried-over drafts land on
//! the new items instead of silently disappearing. Items kept under the same
//! id need no line. Old answers with no successor are listed, never dropped
//! without a word.
//!
//! ```toml
//! [mapping]
//! questionnaire = "toshima"
//! from = "e1b7ef6b…"            # the old checklist's id (SHA-256)
//!
//! [map]
//! "toshima-6-6-c" = ["toshima-6-6-c", "toshima-6-6-h"]   # split
//! "toshima-12-b" = []                                      # removed
//! ```

use std::collections::BTreeMap;

use serde::Deserialize;
use thiserror::Error;

use crate::answer::{Answer, carry_over};
use crate::message::{Describe, Message};
use crate::questionnaire::Questionnaire;

/// A parsed, checked mapping from one checklist version to the next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemMapping {
    /// The checklist id (`toshima`) it belongs to.
    pub questionnaire: String,
    /// The hash of the old checklist it maps from.
    pub from: String,
    /// Old item → new items; an empty list for an item removed.
    pub map: BTreeMap<String, Vec<String>>,
}

/// Why a mapping file was refused.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum MappingError {
    #[error("not a mapping file: {detail}")]
    Syntax { detail: String },
    #[error("the mapping is for {found}, not {expected}")]
    OtherQuestionnaire { found: String, expected: String },
    #[error("`from` is not a checklist id (64 hex digits)")]
    BadFrom,
    #[error("{old} maps to {new}, which the new checklist does not have")]
    UnknownTarget { old: String, new: String },
}

impl Describe for MappingError {
    fn message(&self) -> Message {
        match self {
            MappingError::Syntax { detail } => Message::new("mapping-syntax").arg("detail", detail),
            MappingError::OtherQuestionnaire { found, expected } => {
                Message::new("mapping-other-questionnaire").arg("found", found).arg("expected", expected)
            }
            MappingError::BadFrom => Message::new("mapping-bad-from"),
            MappingError::UnknownTarget { old, new } => {
                Message::new("mapping-unknown-target").arg("old", old).arg("new", new)
            }
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMapping {
    mapping: RawHeader,
    #[serde(default)]
    map: BTreeMap<String, Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHeader {
    questionnaire: String,
    from: String,
}

/// Reads a mapping file and checks it against the checklist it maps to:
/// same checklist id, and every new item it names exists there.
pub fn parse_mapping(toml_text: &str, to: &Questionnaire) -> Result<ItemMapping, MappingError> {
    let raw: RawMapping = toml::from_str(toml_text).map_err(|e| MappingError::Syntax { detail: e.to_string() })?;
    if raw.mapping.questionnaire != to.meta.id {
        return Err(MappingError::OtherQuestionnaire {
            found: raw.mapping.questionnaire,
            expected: to.meta.id.clone(),
        });
    }
    let from = raw.mapping.from.trim().to_ascii_lowercase();
    if from.len() != 64 || !from.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(MappingError::BadFrom);
    }
    for (old, news) in &raw.map {
        if let Some(new) = news.iter().find(|n| to.item(n).is_none()) {
            return Err(MappingError::UnknownTarget { old: old.clone(), new: new.clone() });
        }
    }
    Ok(ItemMapping { questionnaire: raw.mapping.questionnaire, from, map: raw.map })
}

impl ItemMapping {
    /// The new items an old item's answer goes to: the mapped ones, or the
    /// same id when the mapping does not name it.
    pub fn successors<'a>(&'a self, old: &'a str) -> Vec<&'a str> {
        match self.map.get(old) {
            Some(news) => news.iter().map(String::as_str).collect(),
            None => vec![old],
        }
    }
}

/// Last year's answers as this year's 未確認 drafts: each answer goes to its
/// successors (all of them, for a split item) that `applies` keeps; a new
/// item reached from two old ones takes the first. Returns the drafts and
/// the old items whose answers found no place (removed, or not in the new
/// checklist and not mapped), in id order.
pub fn carry_answers(
    mapping: Option<&ItemMapping>,
    previous: &[Answer],
    to: &Questionnaire,
    applies: impl Fn(&str) -> bool,
) -> (Vec<Answer>, Vec<String>) {
    let mut drafts: BTreeMap<String, Answer> = BTreeMap::new();
    let mut unmapped = Vec::new();
    let mut sorted: Vec<&Answer> = previous.iter().filter(|a| a.value.is_some()).collect();
    sorted.sort_by(|a, b| a.item_id.cmp(&b.item_id));
    for a in sorted {
        let news = mapping.map_or_else(|| vec![a.item_id.as_str()], |m| m.successors(&a.item_id));
        let known: Vec<&str> = news.into_iter().filter(|n| to.item(n).is_some()).collect();
        if known.is_empty() {
            unmapped.push(a.item_id.clone());
            continue;
        }
        for new in known.into_iter().filter(|n| applies(n)) {
            drafts.entry(new.to_owned()).or_insert_with(|| Answer { item_id: new.to_owned(), ..carry_over(a) });
        }
    }
    (drafts.into_values().collect(), unmapped)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answer::{AnswerValue, answered};
    use crate::questionnaire::{SAMPLE_TOML, parse_questionnaire};

    fn header(from: &str) -> String {
        format!("[mapping]\nquestionnaire = \"sample\"\nfrom = \"{from}\"\n")
    }

    #[test]
    fn split_items_carry_to_each_part_and_removed_ones_are_listed() {
        let q = parse_questionnaire(SAMPLE_TOML).unwrap();
        let text =
            format!("{}[map]\n\"s-old-a\" = [\"s-6-1-a\", \"s-6-3-1-a\"]\n\"s-old-b\" = []\n", header(&"a".repeat(64)));
        let m = parse_mapping(&text, &q).unwrap();
        let old = [
            answered("s-old-a", AnswerValue::Partial).1,
            answered("s-old-b", AnswerValue::Yes).1,
            answered("s-6-3-1-b", AnswerValue::No).1,
            answered("s-gone", AnswerValue::Yes).1,
        ];
        let (drafts, unmapped) = carry_answers(Some(&m), &old, &q, |_| true);
        let got: Vec<_> = drafts.iter().map(|a| (a.item_id.as_str(), a.value, a.unconfirmed)).collect();
        assert_eq!(
            got,
            [
                ("s-6-1-a", Some(AnswerValue::Partial), true),
                ("s-6-3-1-a", Some(AnswerValue::Partial), true),
                ("s-6-3-1-b", Some(AnswerValue::No), true),
            ]
        );
        assert_eq!(unmapped, ["s-gone", "s-old-b"]);
        // Items the section does not answer are not filled, and not called unmapped either.
        let (drafts, unmapped) = carry_answers(Some(&m), &old, &q, |id| id != "s-6-3-1-a");
        assert_eq!(drafts.len(), 2);
        assert_eq!(unmapped.len(), 2);
    }

    #[test]
    fn a_mapping_naming_an_item_the_new_checklist_lacks_is_refused() {
        let q = parse_questionnaire(SAMPLE_TOML).unwrap();
        let text = format!("{}[map]\n\"s-old\" = [\"s-9-z\"]\n", header(&"b".repeat(64)));
        let err = parse_mapping(&text, &q).unwrap_err();
        assert_eq!(err, MappingError::UnknownTarget { old: "s-old".into(), new: "s-9-z".into() });
        assert_eq!(err.message().id, "mapping-unknown-target");
        assert_eq!(parse_mapping(&header("abc"), &q), Err(MappingError::BadFrom));
        let other = header(&"c".repeat(64)).replace("\"sample\"", "\"edogawa\"");
        assert!(matches!(parse_mapping(&other, &q), Err(MappingError::OtherQuestionnaire { .. })));
        assert!(matches!(parse_mapping("map = 3", &q), Err(MappingError::Syntax { .. })));
    }
}
