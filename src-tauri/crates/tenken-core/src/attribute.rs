//! 所属の属性 — what a section does beyond the tiers it operates, so that a
//! checklist item about contractors is not put to a section without one.
//!
//! An item lists the attributes it `requires`; a section without one of them
//! gets the item as 該当なし automatically, with the missing attribute as the
//! stated reason, instead of writing the same reason by hand every year.
//! [`Attribute::Central`] is different: it marks the 主管課 (情報政策課, the
//! システム所管課 of a system), and items whose audience is the 主管課 are asked
//! of those sections only, never shown to the others.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

use crate::tier::Tier;

/// One attribute a department may carry (set in the department CSV and the window).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Attribute {
    /// 主管課: answers the 主管課 checklist once for the whole ward.
    Central,
    /// システム所管: owns and runs an information system.
    SystemOwner,
    /// 業務委託あり: has work done by contractors.
    Outsourcing,
    /// 特定個人情報を扱う: handles My Number (specific personal) information.
    MyNumberData,
    /// 窓口あり: serves residents at a counter.
    Counter,
    /// 学校: a school.
    School,
}

impl Attribute {
    /// Every attribute, in the order lists and forms show them.
    pub const ALL: [Attribute; 6] = [
        Attribute::Central,
        Attribute::SystemOwner,
        Attribute::Outsourcing,
        Attribute::MyNumberData,
        Attribute::Counter,
        Attribute::School,
    ];

    /// The code written in files and sent to the window.
    pub fn code(self) -> &'static str {
        match self {
            Attribute::Central => "central",
            Attribute::SystemOwner => "system_owner",
            Attribute::Outsourcing => "outsourcing",
            Attribute::MyNumberData => "my_number_data",
            Attribute::Counter => "counter",
            Attribute::School => "school",
        }
    }

    /// The Japanese word a clerk types in the CSV or a checklist writes.
    pub fn japanese(self) -> &'static str {
        match self {
            Attribute::Central => "主管課",
            Attribute::SystemOwner => "システム所管",
            Attribute::Outsourcing => "業務委託あり",
            Attribute::MyNumberData => "特定個人情報を扱う",
            Attribute::Counter => "窓口あり",
            Attribute::School => "学校",
        }
    }

    /// The catalogue id of its label (`attribute-central`, …).
    pub fn label_id(self) -> &'static str {
        match self {
            Attribute::Central => "attribute-central",
            Attribute::SystemOwner => "attribute-system_owner",
            Attribute::Outsourcing => "attribute-outsourcing",
            Attribute::MyNumberData => "attribute-my_number_data",
            Attribute::Counter => "attribute-counter",
            Attribute::School => "attribute-school",
        }
    }

    /// The code or the Japanese word, full-width letters too (NFKC), any case;
    /// 委託 and 特定個人情報 are accepted as the short forms clerks write.
    pub fn parse_lenient(s: &str) -> Option<Attribute> {
        use unicode_normalization::UnicodeNormalization;
        let folded: String = s.nfkc().collect::<String>().trim().to_lowercase();
        if let Some(a) = Attribute::ALL.into_iter().find(|a| folded == a.code() || folded == a.japanese()) {
            return Some(a);
        }
        match folded.as_str() {
            "業務委託" | "委託" | "委託あり" => Some(Attribute::Outsourcing),
            "特定個人情報" | "マイナンバー" => Some(Attribute::MyNumberData),
            "窓口" => Some(Attribute::Counter),
            "システム所管課" | "所管" => Some(Attribute::SystemOwner),
            _ => None,
        }
    }

    /// Splits a cell such as `outsourcing counter` or `業務委託あり・窓口あり`.
    /// Returns the attributes found (sorted, once each), or the first piece
    /// that is not one.
    pub fn parse_list(cell: &str) -> Result<Vec<Attribute>, String> {
        crate::text::parse_name_list(cell, Attribute::parse_lenient)
    }
}

impl fmt::Display for Attribute {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Attribute {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Attribute::ALL.into_iter().find(|a| a.code() == s).ok_or_else(|| s.to_owned())
    }
}

/// Who a checklist item is put to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Audience {
    /// Every section: what the section itself does or can see.
    #[default]
    Section,
    /// The 主管課 only (sections with [`Attribute::Central`]): what only the
    /// IT department can know, answered once for the whole ward.
    Central,
}

impl Audience {
    /// Both audiences, in the order reports show them.
    pub const ALL: [Audience; 2] = [Audience::Section, Audience::Central];

    /// The code written in files.
    pub fn code(self) -> &'static str {
        match self {
            Audience::Section => "section",
            Audience::Central => "central",
        }
    }

    /// The catalogue id of its label (`audience-section`, …).
    pub fn label_id(self) -> &'static str {
        match self {
            Audience::Section => "audience-section",
            Audience::Central => "audience-central",
        }
    }

    /// The code or the Japanese word (所属 / 課 / 主管課), full-width too.
    pub fn parse_lenient(s: &str) -> Option<Audience> {
        use unicode_normalization::UnicodeNormalization;
        let folded: String = s.nfkc().collect::<String>().trim().to_lowercase();
        match folded.as_str() {
            "section" | "所属" | "課" | "各課" => Some(Audience::Section),
            "central" | "主管課" => Some(Audience::Central),
            _ => None,
        }
    }
}

/// What decides which items a section answers: its tiers and its attributes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scope<'a> {
    pub tiers: &'a [Tier],
    pub attributes: &'a [Attribute],
}

impl<'a> Scope<'a> {
    /// A scope of tiers alone (a department with no attributes).
    pub fn tiers(tiers: &'a [Tier]) -> Scope<'a> {
        Scope { tiers, attributes: &[] }
    }

    /// Whether the section is a 主管課.
    pub fn is_central(&self) -> bool {
        self.attributes.contains(&Attribute::Central)
    }
}

/// Why an item is 該当なし for a section without anyone saying so: the reason
/// the window and the section sheet print beside it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum AutoNaReason {
    /// The item is about tiers the section does not operate.
    Tiers { tiers: Vec<Tier> },
    /// The section lacks an attribute the item requires.
    Attribute { attribute: Attribute },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_codes_japanese_and_short_forms() {
        assert_eq!(Attribute::parse_lenient("outsourcing"), Some(Attribute::Outsourcing));
        assert_eq!(Attribute::parse_lenient("業務委託あり"), Some(Attribute::Outsourcing));
        assert_eq!(Attribute::parse_lenient("委託"), Some(Attribute::Outsourcing));
        assert_eq!(Attribute::parse_lenient("ＣＯＵＮＴＥＲ"), Some(Attribute::Counter), "full-width letters");
        assert_eq!(Attribute::parse_lenient("主管課"), Some(Attribute::Central));
        assert_eq!(Attribute::parse_lenient("会計"), None);
        for a in Attribute::ALL {
            assert_eq!(a.code().parse::<Attribute>(), Ok(a));
            assert_eq!(Attribute::parse_lenient(a.japanese()), Some(a));
        }
    }

    #[test]
    fn a_cell_lists_attributes_once_in_order_or_names_the_stranger() {
        assert_eq!(
            Attribute::parse_list("窓口あり・業務委託あり 窓口"),
            Ok(vec![Attribute::Outsourcing, Attribute::Counter])
        );
        assert_eq!(Attribute::parse_list(""), Ok(vec![]));
        assert_eq!(Attribute::parse_list("counter;会計"), Err("会計".to_owned()));
    }

    #[test]
    fn audience_reads_japanese() {
        assert_eq!(Audience::parse_lenient("主管課"), Some(Audience::Central));
        assert_eq!(Audience::parse_lenient("section"), Some(Audience::Section));
        assert_eq!(Audience::parse_lenient("全庁"), None);
    }
}
