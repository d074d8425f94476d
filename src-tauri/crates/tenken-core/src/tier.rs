//! 系 — the network zones of the three-tier model (三層の対策).

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// One network zone a section may operate. Items name the zones they apply to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Tier {
    /// マイナンバー利用事務系 — isolated, no network at all.
    Mynumber,
    /// LGWAN接続系.
    Lgwan,
    /// インターネット接続系.
    Internet,
    /// 校務接続系 (school administration; Toshima only).
    School,
}

impl Tier {
    /// Every tier in the order reports list them.
    pub const ALL: [Tier; 4] = [Tier::Mynumber, Tier::Lgwan, Tier::Internet, Tier::School];

    /// The code written in files (`mynumber`, `lgwan`, …).
    pub fn code(self) -> &'static str {
        match self {
            Tier::Mynumber => "mynumber",
            Tier::Lgwan => "lgwan",
            Tier::Internet => "internet",
            Tier::School => "school",
        }
    }

    /// Accepts the code or the Japanese name a clerk would type in Excel,
    /// in full-width letters too (NFKC).
    pub fn parse_lenient(s: &str) -> Option<Tier> {
        use unicode_normalization::UnicodeNormalization;
        let folded: String = s.nfkc().collect();
        let t = folded.trim();
        if let Ok(tier) = t.parse() {
            return Some(tier);
        }
        match t {
            "マイナンバー利用事務系" | "個人番号利用事務系" | "マイナンバー" => {
                Some(Tier::Mynumber)
            }
            "LGWAN接続系" | "LGWAN" => Some(Tier::Lgwan),
            "インターネット接続系" | "インターネット" => Some(Tier::Internet),
            "校務接続系" | "校務" => Some(Tier::School),
            _ => None,
        }
    }

    /// Splits a cell such as `lgwan internet` or `lgwan;internet` or `LGWAN接続系・インターネット接続系`.
    /// Returns the tiers found, or the first piece that is not a tier.
    pub fn parse_list(cell: &str) -> Result<Vec<Tier>, String> {
        crate::text::parse_name_list(cell, Tier::parse_lenient)
    }
}

impl fmt::Display for Tier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Tier {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        Tier::ALL.into_iter().find(|t| t.code() == s).ok_or(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_codes_and_japanese_names_in_one_cell() {
        assert_eq!(Tier::parse_list("LGWAN接続系・インターネット接続系").unwrap(), vec![Tier::Lgwan, Tier::Internet]);
        assert_eq!(Tier::parse_list("internet lgwan lgwan").unwrap(), vec![Tier::Lgwan, Tier::Internet]);
        assert_eq!(Tier::parse_list("").unwrap(), vec![]);
        assert_eq!(Tier::parse_list("lgwan wifi").unwrap_err(), "wifi");
    }
}
