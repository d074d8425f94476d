//! The types only the window needs. Like the store's and the core's types
//! that cross IPC, they are defined here once and the TypeScript side is
//! generated from them (see `bindings.rs`).

use serde::{Deserialize, Serialize};
use tenken_core::Department;
use tenken_core::aggregate::Summary;
use tenken_i18n::Lang;
use tenken_store::CampaignInfo;
use ts_rs::TS;

/// What this installation is for, chosen on first start.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// 監査担当: the auditor's workspace (departments, campaigns, consolidation, review).
    Auditor,
    /// 所属: a section's terminal that answers its checklist.
    Section,
}

impl Role {
    /// The value stored in the settings table.
    pub fn code(self) -> &'static str {
        match self {
            Role::Auditor => "auditor",
            Role::Section => "section",
        }
    }

    /// Reads the stored value; anything else counts as not chosen yet.
    pub fn from_code(s: &str) -> Option<Role> {
        [Role::Auditor, Role::Section].into_iter().find(|r| r.code() == s)
    }
}

/// A language of the window (the catalogue's languages).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum LangCode {
    Ja,
    En,
}

impl From<LangCode> for Lang {
    fn from(l: LangCode) -> Lang {
        match l {
            LangCode::Ja => Lang::Ja,
            LangCode::En => Lang::En,
        }
    }
}

impl From<Lang> for LangCode {
    fn from(l: Lang) -> LangCode {
        match l {
            Lang::Ja => LangCode::Ja,
            Lang::En => LangCode::En,
        }
    }
}

/// This installation's settings, remembered in the database.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Settings {
    /// `None` until the first-start choice is made.
    pub role: Option<Role>,
    /// The section this terminal answers for (role `section`).
    pub section: Option<String>,
    pub lang: LangCode,
}

/// A fiscal year with its names in both languages (令和8年度 / FY2026), so the
/// window never computes an era itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct YearLabel {
    pub year: i32,
    pub ja: String,
    pub en: String,
}

/// A section offered on first start.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SectionChoice {
    pub code: String,
    pub name: String,
    /// 部 / 課.
    pub path: String,
}

/// Everything the first screen needs, in one round trip.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Boot {
    pub settings: Settings,
    /// The Fluent sources of `settings.lang`.
    pub catalogue: String,
    pub db_path: String,
    /// The newest campaign, if one is open.
    pub campaign: Option<YearLabel>,
    pub sections: Vec<SectionChoice>,
}

/// A campaign in the auditor's list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct CampaignView {
    pub info: CampaignInfo,
    pub label: YearLabel,
}

/// A checklist that can open a campaign (the shipped ones).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ChecklistChoice {
    pub id: String,
    pub title: String,
    pub title_en: Option<String>,
    pub sections: u32,
    pub items: u32,
}

/// The org tree for the auditor, with which departments are sections (leaves).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DepartmentsView {
    pub departments: Vec<Department>,
    /// Codes of the departments that answer (the leaves of the tree).
    pub sections: Vec<String>,
}

/// A date as typed, read by the core's date rule and written for the user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DateText {
    /// `2027-03-31`.
    pub iso: String,
    /// 令和9年3月31日 in Japanese, 31 March 2027 in English.
    pub display: String,
}

/// The fiscal years a new campaign may be opened for, around today.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct OpenChoices {
    pub years: Vec<YearLabel>,
    /// The year today falls in.
    pub current: i32,
    pub checklists: Vec<ChecklistChoice>,
}

/// The consolidation with the rate of every heat-map cell, computed by the
/// core's scoring (`Counts::rate`) so the window never scores anything.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct SummaryView {
    pub summary: Summary,
    /// `cell_rates[section][clause]`, in the order of `summary.by_section` and `summary.by_clause`.
    pub cell_rates: Vec<Vec<Option<f64>>>,
}
