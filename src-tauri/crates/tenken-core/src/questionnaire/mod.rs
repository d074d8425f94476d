//! 自己点検票 — the checklist a section answers.
//!
//! A questionnaire is parsed from the TOML that municipal staff edit by hand
//! (see `questionnaires/README.md`), validated strictly, and identified by the
//! SHA-256 of its canonical form, so an answer is always tied to the exact
//! wording that was asked.

mod parse;

pub use parse::PLACEHOLDER_PREFIX;
pub use parse::{QuestionnaireError, QuestionnaireErrorKind, parse_questionnaire};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::attribute::{Attribute, Audience, AutoNaReason, Scope};
use crate::tier::Tier;

/// The header of a checklist: whose policy it follows and which tiers it knows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct QuestionnaireMeta {
    /// Short stable id, e.g. `toshima`.
    pub id: String,
    /// The municipality, e.g. 豊島区 (report covers name it).
    pub municipality: String,
    pub municipality_en: Option<String>,
    pub title: String,
    pub title_en: Option<String>,
    /// The policy the items are derived from (the audit criteria).
    pub policy: String,
    pub policy_en: Option<String>,
    /// When that policy came into force.
    pub policy_effective: NaiveDate,
    /// The tiers this municipality's network has.
    pub tiers: Vec<Tier>,
    /// Whose checklist it is: a section's (the default, absent from the
    /// canonical JSON so older checklists keep their hash) or every staff
    /// member's self-check (職員セルフチェック).
    #[serde(default, skip_serializing_if = "ChecklistKind::is_section")]
    pub kind: ChecklistKind,
}

/// Whose checklist: the section's, answered by its head, or each staff member's own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum ChecklistKind {
    /// 自己点検票: a section answers it, 実施している … 該当なし.
    #[default]
    Section,
    /// 職員セルフチェック: each staff member answers about their own behaviour
    /// (はい / いいえ / わからない), and is shown the 正しいやり方 after answering.
    Staff,
}

impl ChecklistKind {
    /// For serde: a section checklist leaves the key out.
    pub fn is_section(&self) -> bool {
        *self == ChecklistKind::Section
    }

    /// The code or the Japanese word (所属 / 職員), full-width letters too.
    pub fn parse_lenient(s: &str) -> Option<ChecklistKind> {
        use unicode_normalization::UnicodeNormalization;
        match s.nfkc().collect::<String>().trim().to_lowercase().as_str() {
            "section" | "所属" | "課" => Some(ChecklistKind::Section),
            "staff" | "職員" => Some(ChecklistKind::Staff),
            _ => None,
        }
    }
}

/// A group of items under one policy clause.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Section {
    /// The clause as the policy numbers it: `5`, `7.(8)`, `6.(3)①`.
    pub clause: String,
    pub title: String,
    pub title_en: Option<String>,
    /// What the clause requires, in the project's own words.
    pub summary: String,
    pub summary_en: Option<String>,
    pub items: Vec<Item>,
}

/// 点検項目 — one question a section answers yes / partial / no / n.a.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Item {
    /// Stable id; answers and carry-over follow it across versions.
    pub id: String,
    pub text: String,
    pub text_en: Option<String>,
    /// The tiers the item applies to; empty means every tier.
    pub tiers: Vec<Tier>,
    /// What document or record shows the item is met.
    pub evidence_hint: Option<String>,
    pub evidence_hint_en: Option<String>,
    /// 重点項目: the items an organisation checks first.
    pub priority: bool,
    /// 確認方法: how the item is checked, in [`CheckMethod`] order; empty when
    /// the checklist does not say. Absent from the canonical JSON when empty,
    /// so checklists written before the key keep their hash.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub method: Vec<CheckMethod>,
    /// 着眼点: what to look at when checking, one short paragraph beside the
    /// question (the examples that would otherwise crowd the question).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub focus: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub focus_en: Option<String>,
    /// 対象: every section (the default) or the 主管課 only. Absent from the
    /// canonical JSON for section items, so older checklists keep their hash.
    #[serde(default, skip_serializing_if = "Audience::is_section")]
    pub audience: Audience,
    /// The department attributes the item presupposes (業務委託あり, …); a
    /// section lacking one gets the item as 該当なし automatically.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub requires: Vec<Attribute>,
    /// 正しいやり方: one line a staff member is shown after answering, so
    /// the self-check also teaches (required in a staff checklist).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub practice: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub practice_en: Option<String>,
}

/// 確認方法 — one way an item is checked. Files write the code (`review`) or
/// the Japanese word (閲覧); the canonical form and the window use the code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum CheckMethod {
    /// 閲覧: reading documents and records.
    Review,
    /// ヒアリング: asking the people who do the work.
    Interview,
    /// 視察: looking at the place or the screen itself.
    Observation,
    /// 突合: matching one record against another (a register against the devices).
    Reconciliation,
}

impl CheckMethod {
    /// Every method, in the order lists show them.
    pub const ALL: [CheckMethod; 4] =
        [CheckMethod::Review, CheckMethod::Interview, CheckMethod::Observation, CheckMethod::Reconciliation];

    /// The code written in files and sent to the window.
    pub fn code(self) -> &'static str {
        match self {
            CheckMethod::Review => "review",
            CheckMethod::Interview => "interview",
            CheckMethod::Observation => "observation",
            CheckMethod::Reconciliation => "reconciliation",
        }
    }

    /// The Japanese word a checklist may write instead of the code.
    pub fn japanese(self) -> &'static str {
        match self {
            CheckMethod::Review => "閲覧",
            CheckMethod::Interview => "ヒアリング",
            CheckMethod::Observation => "視察",
            CheckMethod::Reconciliation => "突合",
        }
    }

    /// The catalogue id of its label (`method-review`, …).
    pub fn label_id(self) -> &'static str {
        match self {
            CheckMethod::Review => "method-review",
            CheckMethod::Interview => "method-interview",
            CheckMethod::Observation => "method-observation",
            CheckMethod::Reconciliation => "method-reconciliation",
        }
    }

    /// The code or the Japanese word, in full-width letters too (NFKC), any case.
    pub fn parse_lenient(s: &str) -> Option<CheckMethod> {
        use unicode_normalization::UnicodeNormalization;
        let folded: String = s.nfkc().collect::<String>().trim().to_lowercase();
        CheckMethod::ALL.into_iter().find(|m| folded == m.code() || folded == m.japanese())
    }
}

/// A whole checklist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Questionnaire {
    pub meta: QuestionnaireMeta,
    pub sections: Vec<Section>,
}

impl Questionnaire {
    /// The canonical form: compact JSON of the parsed content with object keys
    /// sorted, independent of comments, key order and formatting in the TOML
    /// and of the field order in this code.
    pub fn canonical_json(&self) -> String {
        // Serialising plain structs of strings cannot fail. Keys are sorted
        // explicitly: serde_json's own map order depends on a cargo feature
        // another crate in the build may switch on.
        serde_json::to_value(self).map(Canonical::from).and_then(|c| serde_json::to_string(&c)).unwrap_or_default()
    }

    /// The identity of this exact wording: lower-case hex SHA-256 of the canonical form.
    pub fn hash(&self) -> String {
        hex::encode(Sha256::digest(self.canonical_json().as_bytes()))
    }

    /// Every item with the section it belongs to, in document order.
    pub fn items(&self) -> impl Iterator<Item = (&Section, &Item)> {
        self.sections.iter().flat_map(|s| s.items.iter().map(move |i| (s, i)))
    }

    /// Where each item stands in [`Questionnaire::items`] order, by id: how
    /// bare [`Marks`](crate::answer::Marks) are filled from stored rows.
    pub fn item_places(&self) -> std::collections::HashMap<&str, usize, foldhash::fast::RandomState> {
        self.items().enumerate().map(|(i, (_, item))| (item.id.as_str(), i)).collect()
    }

    /// The item with this id.
    pub fn item(&self, id: &str) -> Option<(&Section, &Item)> {
        self.items().find(|(_, i)| i.id == id)
    }

    /// How many items the checklist has.
    pub fn item_count(&self) -> usize {
        self.sections.iter().map(|s| s.items.len()).sum()
    }
}

/// JSON with object keys in sorted order, whatever serde_json's map does.
#[derive(Serialize)]
#[serde(untagged)]
enum Canonical {
    Null,
    Bool(bool),
    Number(serde_json::Number),
    String(String),
    Array(Vec<Canonical>),
    Object(std::collections::BTreeMap<String, Canonical>),
}

impl From<serde_json::Value> for Canonical {
    fn from(v: serde_json::Value) -> Self {
        use serde_json::Value as V;
        match v {
            V::Null => Canonical::Null,
            V::Bool(b) => Canonical::Bool(b),
            V::Number(n) => Canonical::Number(n),
            V::String(s) => Canonical::String(s),
            V::Array(a) => Canonical::Array(a.into_iter().map(Canonical::from).collect()),
            V::Object(o) => Canonical::Object(o.into_iter().map(|(k, v)| (k, Canonical::from(v))).collect()),
        }
    }
}

impl Item {
    /// Whether the item is put to the section at all: 主管課 items are asked
    /// of the 主管課 only and are simply absent for every other section (not
    /// 該当なし, which would fill each section's sheet with them).
    pub fn asked_of(&self, scope: Scope<'_>) -> bool {
        self.audience == Audience::Section || scope.is_central()
    }

    /// Whether the section has to answer this item: asked of it, and not
    /// 該当なし automatically for the reason [`Item::auto_na_reason`] gives.
    pub fn applies_to(&self, scope: Scope<'_>) -> bool {
        self.asked_of(scope) && self.auto_na_reason(scope).is_none()
    }

    /// Why the item is 該当なし for this section without anyone answering:
    /// tiers it does not operate, or an attribute it lacks.
    pub fn auto_na_reason(&self, scope: Scope<'_>) -> Option<AutoNaReason> {
        if !(self.tiers.is_empty() || self.tiers.iter().any(|t| scope.tiers.contains(t))) {
            return Some(AutoNaReason::Tiers { tiers: self.tiers.clone() });
        }
        self.requires
            .iter()
            .find(|a| !scope.attributes.contains(a))
            .map(|&attribute| AutoNaReason::Attribute { attribute })
    }
}

impl Audience {
    /// For serde: section items leave the key out.
    pub fn is_section(&self) -> bool {
        *self == Audience::Section
    }
}

/// A small but complete checklist used by tests and examples.
#[cfg(test)]
pub(crate) const SAMPLE_TOML: &str = r#"
[questionnaire]
id = "sample"
municipality = "見本区"
title = "見本区 自己点検票"
policy = "見本区情報セキュリティ基本方針"
policy_effective = 2025-04-01
tiers = ["mynumber", "lgwan", "internet"]

[[section]]
clause = "6.(1)"
title = "組織体制"
summary = "責任者を置き、役割を決める。"

[[section.item]]
id = "s-6-1-a"
text = "課の情報セキュリティ責任者を定めているか。"
text_en = "Has the section named its information security officer?"
evidence_hint = "任命記録"

[[section]]
clause = "6.(3)①"
title = "マイナンバー利用事務系の分離"
summary = "他の領域と通信できないようにする。"

[[section.item]]
id = "s-6-3-1-a"
text = "マイナンバー利用事務系の端末は他の領域と通信できない設定か。"
tiers = ["mynumber"]
priority = true

[[section.item]]
id = "s-6-3-1-b"
text = "外部記録媒体の持ち出しは記録しているか。"
tiers = ["mynumber", "lgwan"]
"#;

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Questionnaire {
        parse_questionnaire(SAMPLE_TOML).unwrap()
    }

    #[test]
    fn hash_ignores_formatting_but_not_wording() {
        let q = sample();
        let reformatted = SAMPLE_TOML.replace("[[section]]", "# a comment\n[[section]]");
        assert_eq!(parse_questionnaire(&reformatted).unwrap().hash(), q.hash());
        let reworded = SAMPLE_TOML.replace("責任者を定めているか", "責任者を任命しているか");
        assert_ne!(parse_questionnaire(&reworded).unwrap().hash(), q.hash());
        assert_eq!(q.hash().len(), 64);
        let canonical = q.canonical_json();
        assert!(canonical.starts_with("{\"meta\":{\"id\":\"sample\",\"municipality\""), "{canonical}");
    }

    /// The optional keys added later (確認方法, 着眼点) leave a checklist
    /// without them exactly as it was: same canonical JSON, same hash, so
    /// campaigns opened with it keep their checklist.
    #[test]
    fn a_checklist_without_the_later_optional_keys_keeps_its_hash() {
        let q = sample();
        assert_eq!(q.hash(), "158270c939b2a0c28cb468fafa557a4d6605ae3fd89f3def7f16b7230dc8fb20");
        let canonical = q.canonical_json();
        assert!(!canonical.contains("\"method\"") && !canonical.contains("\"focus"), "{canonical}");
    }

    #[test]
    fn items_without_tiers_apply_to_everyone_and_tiered_items_only_where_operated() {
        let q = sample();
        let (_, general) = q.item("s-6-1-a").unwrap();
        let (_, mynumber) = q.item("s-6-3-1-a").unwrap();
        let (_, two) = q.item("s-6-3-1-b").unwrap();
        assert!(general.applies_to(Scope::tiers(&[])));
        assert!(general.applies_to(Scope::tiers(&[Tier::Internet])));
        assert!(!mynumber.applies_to(Scope::tiers(&[Tier::Lgwan, Tier::Internet])));
        assert!(mynumber.applies_to(Scope::tiers(&[Tier::Mynumber])));
        assert!(two.applies_to(Scope::tiers(&[Tier::Lgwan])));
        assert_eq!(q.item_count(), 3);
    }

    #[test]
    fn attributes_make_items_na_with_a_reason_and_central_items_are_asked_of_the_central_section_only() {
        use crate::attribute::{Attribute, Audience, AutoNaReason};
        let q = sample();
        let (_, general) = q.item("s-6-1-a").unwrap();
        let contractors = Item { requires: vec![Attribute::Outsourcing], ..general.clone() };
        let central = Item { audience: Audience::Central, ..general.clone() };
        let plain = Scope::tiers(&[Tier::Lgwan]);
        let with = Scope { tiers: &[Tier::Lgwan], attributes: &[Attribute::Outsourcing, Attribute::Central] };
        assert!(!contractors.applies_to(plain));
        assert!(contractors.asked_of(plain), "asked, and 該当なし with a reason");
        assert_eq!(
            contractors.auto_na_reason(plain),
            Some(AutoNaReason::Attribute { attribute: Attribute::Outsourcing })
        );
        assert!(contractors.applies_to(with));
        assert!(!central.asked_of(plain) && !central.applies_to(plain), "not even shown");
        assert!(central.applies_to(with));
        let (_, mynumber) = q.item("s-6-3-1-a").unwrap();
        assert_eq!(
            mynumber.auto_na_reason(with),
            Some(AutoNaReason::Tiers { tiers: vec![Tier::Mynumber] }),
            "tiers are the first reason"
        );
    }
}
