//! What the two kinds of package carry, as typed records (JSON inside the zip).

use serde::{Deserialize, Serialize};
use tenken_core::answer::Answer;
use tenken_core::campaign::SectionState;
use tenken_core::department::Department;
use tenken_core::evidence::EvidenceFile;
use tenken_core::questionnaire::Questionnaire;
use tenken_core::schedule::{Contact, SignOff};

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
    /// The secret this section's responses prove they answer this package
    /// with (64 hex digits; see [`crate::binding`]). Absent only in packages
    /// made before responses were bound, and then left out of the JSON.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_secret: Option<String>,
    /// 提出期限, shown on the terminal with 残り日数. Absent in packages made
    /// before deadlines existed, or when the auditor set none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<chrono::NaiveDate>,
    /// 問い合わせ先 the section is shown. Absent as `due` is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<Contact>,
    /// Whether 重点項目 answered 実施している need their 証跡の所在 before the
    /// terminal lets the section submit. Absent when not asked for.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub evidence_required: bool,
    /// The 職員セルフチェック the campaign asks (its TOML as the auditor
    /// loaded it), so staff answer it on this terminal. Absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub staff_checklist: Option<String>,
    /// Whether staff answer with their 職員番号 (named mode).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub staff_named: bool,
    /// The staff response rate (percent of 職員数) the section needs before
    /// it can submit. Absent when the auditor set none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub staff_min_rate: Option<u8>,
    /// The auditor's 指摘 on this section's answers (grade, text, 回答期限),
    /// so the section sees them in its next distribution. Absent when none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub findings: Vec<SentFinding>,
    /// 措置状況 to give: last year's improvement plans and 指摘 of this
    /// section, each with its item's words. Absent when none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub follow_ups: Vec<tenken_core::follow_up::FollowUpSource>,
    /// The ward's own names of the grades, so the section reads its 指摘 in
    /// the words the auditor uses. Absent when the ward kept the catalogue's.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub grade_names: Vec<tenken_core::review::GradeName>,
}

/// A 指摘 on one answer, as it travels to the section.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SentFinding {
    pub item_id: String,
    pub review: tenken_core::review::Review,
    /// When the auditor marked it (RFC 3339, the auditor's clock).
    pub marked_at: String,
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
    /// 回答者, 所属長 and 承認日 of a submission (absent for 差戻し and in
    /// packages made before sign-offs existed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signoff: Option<SignOff>,
}

/// One event of the section terminal's audit log (監査ログ) about its own
/// section, carried so that the auditor's log shows who changed what on an
/// isolated terminal. Who made it is the package's signer (the terminal's
/// key); the auditor records each event once, by its number here.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SentLogEvent {
    /// Its number in the terminal's own log; increasing within a package.
    pub seq: u64,
    pub at: String,
    /// One of [`LOGGED_ACTIONS`].
    pub action: String,
    /// `2026/3010/toshima-5-a` or `2026/3010`: always the package's own section.
    pub subject: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

/// The terminal actions a response may carry into the auditor's log.
pub const LOGGED_ACTIONS: [&str; 6] =
    ["answer.save", "section.submit", "section.reopen", "package.receive", "evidence.add", "evidence.remove"];

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
    /// The terminal's audit-log events about this section, oldest first
    /// (left out when empty, so packages without them keep their bytes).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub log: Vec<SentLogEvent>,
    /// The proof that the maker opened the distribution named above:
    /// HMAC-SHA-256 under its secret (64 hex digits; see [`crate::binding`]).
    /// Absent when that distribution carried no secret.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proof: Option<String>,
    /// 証跡ファイル the section attached, each carried as the member
    /// `evidence/<sha256>` and listed, with that hash, in the signed
    /// manifest. Left out when there are none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<EvidenceFile>,
    /// The section's 職員セルフチェック roll-up: how many answered, of how
    /// many, and counts per item — never a staff member's answers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub staff: Option<tenken_core::staff::StaffRollup>,
    /// The section's 措置状況 answers to last year's plans and 指摘.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub follow_ups: Vec<SentFollowUp>,
}

impl Response {
    /// A draft answering `distribution_id` with nothing in it yet, the start
    /// every maker fills: a field added later is then empty wherever a maker
    /// does not set it, instead of being spelt out at each.
    pub fn draft(distribution_id: impl Into<String>) -> Self {
        Self {
            distribution_id: distribution_id.into(),
            state: SectionState::Draft,
            submitted_at: None,
            answers: Vec::new(),
            history: Vec::new(),
            events: Vec::new(),
            log: Vec::new(),
            proof: None,
            evidence: Vec::new(),
            staff: None,
            follow_ups: Vec::new(),
        }
    }
}

/// One 措置状況 answer as the terminal holds it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SentFollowUp {
    pub item_id: String,
    pub answer: tenken_core::follow_up::FollowUpAnswer,
    pub saved_at: String,
}

/// The verified contents of a package.
// One value per package opened, never held in bulk: its size does not matter,
// and boxing the distribution would only add a step to every match on it.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum Contents {
    /// A distribution with its checklist, parsed and checked against the manifest's hash.
    Distribution { distribution: Distribution, questionnaire: Box<Questionnaire>, questionnaire_toml: String },
    /// A response.
    Response(Response),
}
