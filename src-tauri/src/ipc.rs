//! The types only the window needs. Like the store's and the core's types
//! that cross IPC, they are defined here once and the TypeScript side is
//! generated from them (see `bindings.rs`).

use serde::{Deserialize, Serialize};
use tenken_core::Department;
use tenken_core::FiscalYear;
use tenken_core::aggregate::Summary;
use tenken_core::history::ItemChange;
use tenken_core::role::{Role, Workspace};
use tenken_i18n::Lang;
use tenken_store::CampaignInfo;
use ts_rs::TS;

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
    /// `None` until the first-start choice is made; the store keeps it
    /// (`tenken_store::auth`) and decides with it (`tenken_core::role`).
    pub role: Option<Role>,
    pub lang: LangCode,
}

/// A passphrase typed in the window: the current one (unlocking, changing
/// the role of a protected terminal) or a new one with its confirmation.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PassphraseInput {
    pub passphrase: Option<String>,
    pub confirmation: Option<String>,
}

/// One change of an item's history, with its time written for the user.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct HistoryView {
    pub change: ItemChange,
    /// 令和8年11月23日 16:50 in the computer's time zone (English: 23 November 2026 16:50).
    pub at_text: String,
}

/// A fiscal year with its names in both languages (令和8年度 / FY2026), so the
/// window never computes an era itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct YearLabel {
    pub year: FiscalYear,
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
    /// Whether the window may show the workspace, or must ask for the passphrase first.
    pub workspace: Workspace,
    /// Whether an auditor's passphrase is set (changing the role then needs it).
    pub passphrase_set: bool,
    /// The fewest characters a new passphrase may have: the core's rule,
    /// which the window's labels state and never restate.
    pub passphrase_min: u32,
    /// The answer scale in the order the form lists it and keys 1–4 choose
    /// it: the core's `AnswerValue::ALL`, so the window keeps no copy.
    pub scale: Vec<tenken_core::AnswerValue>,
    /// How rates are written and banded, so the window keeps no copy.
    pub rates: RateRules,
    /// The Fluent sources of `settings.lang`.
    pub catalogue: String,
    pub db_path: String,
    /// The newest campaign, if one is open.
    pub campaign: Option<YearLabel>,
    /// How many of its sections have submitted, for a window that may see
    /// them all (the auditor's); the header shows it beside the year.
    pub submitted: Option<SubmittedCount>,
    pub sections: Vec<SectionChoice>,
}

/// How the window writes a rate and bands a heat-map cell: the decimals of
/// `tenken_i18n::percent` and the floors of the core's `RateBand`, the rules
/// the CLI and the paper follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RateRules {
    /// Decimals of a rate (75.0%) and of its change (▲ +5.0).
    pub decimals: u8,
    /// Where the bands 50–74, 75–89 and 90–100 begin, in whole percent.
    pub floors: [u8; 3],
}

/// 提出 n / N of a campaign.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SubmittedCount {
    pub submitted: u32,
    pub total: u32,
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

/// 総評 as the auditor's screen shows it: the text, and the warning about
/// assurance wording already in the window's language (none when there is none).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AssessmentView {
    pub text: String,
    pub warning: Option<String>,
}

/// 重点テーマ as the screens use it: the theme as kept, and what the core
/// says it covers (every item in it, and the clauses with an item in it), so
/// no screen decides membership itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ThemeView {
    pub theme: tenken_core::theme::Theme,
    /// The ids of the items in the theme (listed, or of a chosen clause).
    pub items: Vec<String>,
    /// The clauses with at least one item in the theme (the heat map's filter).
    pub clauses: Vec<String>,
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
    pub current: FiscalYear,
    pub checklists: Vec<ChecklistChoice>,
}

/// The consolidation with the rate of every heat-map cell, computed by the
/// core's scoring (`Counts::rate`) so the window never scores anything.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct SummaryView {
    pub summary: Summary,
    /// `cell_rates[section][clause]`, in the order of `summary.by_section` and `summary.by_clause`.
    pub cell_rates: Vec<Vec<Option<f64>>>,
    /// `cell_excluded[section][clause]`: no item of the clause applies to the
    /// section's 系, so the heat map shows 対象外 rather than 未回答.
    pub cell_excluded: Vec<Vec<bool>>,
    /// Each row's 部 / 課 path, in the order of `summary.by_section`.
    pub section_paths: Vec<String>,
    /// `cell_repeats[section][clause]`: how many of the cell's items are 再発.
    pub cell_repeats: Vec<Vec<u32>>,
}
