//! What the two kinds of package carry, as typed records (JSON inside the zip).

use serde::{Deserialize, Serialize};
use tenken_core::answer::Answer;
use tenken_core::campaign::SectionState;
use tenken_core::department::Department;
use tenken_core::questionnaire::Questionnaire;

/// 配布パッケージ (auditor → section): everything a terminal with no network
/// needs to answer this year's checklist as one section.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Distribution {
    /// The section (課) that answers, with its tiers.
    pub section: Department,
    /// Its parents from the top 部 down, so the terminal shows the same names.
    pub ancestors: Vec<Department>,
    /// 部 / 課 as the auditor's lists show it.
    pub path: String,
    /// The campaign the carried-over answers come from.
    pub carried_from: Option<i32>,
    /// Last year's answers, offered as 未確認 drafts.
    pub carry_over: Vec<Answer>,
    /// The section's state as the auditor sees it (a re-sent package after 差戻し says `reopened`).
    pub state: SectionState,
    /// The auditor's reason when the section was sent back.
    pub reopen_reason: Option<String>,
    /// The newest response revision the auditor has imported from this
    /// section, so a replaced terminal continues the numbering instead of
    /// starting again at 1 (which would be refused as outdated).
    pub last_response_revision: u32,
}

/// One answer as the section's terminal holds it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SentAnswer {
    pub answer: Answer,
    /// How many times the terminal saved it.
    pub revision: u32,
    pub saved_at: String,
}

/// An earlier value of an answer, kept by the terminal's history.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SentHistory {
    pub answer: Answer,
    pub revision: u32,
    pub saved_at: String,
    pub replaced_at: String,
}

/// 提出 or 差戻し as the terminal recorded it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SentEvent {
    /// `submit` or `reopen`.
    pub action: String,
    pub reason: Option<String>,
    pub at: String,
}

/// 回答パッケージ (section → auditor): the section's answers, plans and
/// state, with its history so nothing that happened on the terminal is lost.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Response {
    /// The distribution package this answers (the auditor checks it sent it).
    pub distribution_id: String,
    pub state: SectionState,
    pub submitted_at: Option<String>,
    pub answers: Vec<SentAnswer>,
    pub history: Vec<SentHistory>,
    pub events: Vec<SentEvent>,
}

/// The verified contents of a package.
#[derive(Debug, Clone, PartialEq)]
pub enum Contents {
    /// A distribution with its checklist, parsed and checked against the manifest's hash.
    Distribution { distribution: Distribution, questionnaire: Box<Questionnaire>, questionnaire_toml: String },
    /// A response.
    Response(Response),
}
