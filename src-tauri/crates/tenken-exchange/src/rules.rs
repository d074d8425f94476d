//! The exchange's rules, as pure functions: whose key is trusted, what may be
//! imported and in which order, what a terminal takes from a distribution,
//! and what the files are called. The store gathers what the database knows
//! into a view, asks here, and writes the answer.

use std::collections::HashSet;

use tenken_core::answer::{Answer, AnswerError, AnswerInput, MAX_TEXT_CHARS, carry_over, check_answer};
use tenken_core::attribute::Scope;
use tenken_core::campaign::{SectionState, missing_for_submit};
use tenken_core::fiscal::FiscalYear;
use tenken_core::message::{Describe, Message};
use tenken_core::questionnaire::Questionnaire;
use tenken_core::text::check_typed;
use thiserror::Error;

use crate::binding::{ProofInput, ResponseSecret};
use crate::contents::{Distribution, Response};
use crate::format::{Kind, Manifest, Package};
use crate::keys::Fingerprint;

/// Whose key a pin is: the auditor's (on a section terminal) or a section's (at the auditor).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Party {
    /// The auditor whose distributions this terminal accepts.
    Auditor,
    /// A section, by its code.
    Section(String),
}

impl Party {
    /// The key under which the pin is stored.
    pub fn key(&self) -> String {
        match self {
            Party::Auditor => "auditor".to_owned(),
            Party::Section(code) => format!("dept:{code}"),
        }
    }

    /// The party a stored key names.
    pub fn from_key(key: &str) -> Option<Party> {
        match key {
            "auditor" => Some(Party::Auditor),
            k => k.strip_prefix("dept:").filter(|c| !c.is_empty()).map(|c| Party::Section(c.to_owned())),
        }
    }
}

/// What to do with a signer's key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PinDecision {
    /// Nobody is pinned yet: trust this key from now on (and show its fingerprint).
    FirstUse,
    /// The key is the pinned one.
    Trusted,
}

/// A package that is genuine but must not be taken. Every refusal leaves the
/// database as it was.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum Refusal {
    #[error("a {found:?} package where a {expected:?} package is expected")]
    WrongKind { expected: Kind, found: Kind },
    #[error("no campaign {year}")]
    UnknownCampaign { year: FiscalYear },
    #[error("campaign {year} is closed")]
    CampaignClosed { year: FiscalYear },
    #[error("campaign {year} asks another checklist")]
    QuestionnaireMismatch { year: FiscalYear },
    #[error("unknown department {code}")]
    UnknownDepartment { code: String },
    #[error("no package was distributed to {code} for {year}")]
    NotDistributed { code: String, year: FiscalYear },
    #[error("signed by {presented}, but {party:?} is pinned to {pinned}")]
    SignerChanged { party: Party, pinned: String, presented: String },
    #[error("the response does not prove it answers a distribution {code} opened for {year}")]
    NotBound { code: String, year: FiscalYear },
    #[error("the key {presented} that signed {code}'s response is pinned to {others:?} ({pinned})")]
    SharedKey { code: String, others: Vec<String>, pinned: String, presented: String },
    #[error("revision {revision} jumps too far past {current} (at most {max})")]
    RevisionTooFar { revision: u32, current: u32, max: u32 },
    #[error("revision {revision} is older than the imported revision {current}")]
    Outdated { revision: u32, current: u32 },
    #[error("another package with revision {revision} was already imported")]
    RevisionConflict { revision: u32 },
    #[error("another package with the same id was already imported")]
    IdConflict,
    #[error("answer to unknown item {item}")]
    UnknownItem { item: String },
    #[error("answer to {item}, which does not apply to the section")]
    NotApplicable { item: String },
    #[error("two answers to {item}")]
    DuplicateAnswer { item: String },
    #[error("answer to {item} breaks a rule: {reason}")]
    InvalidAnswer { item: String, reason: AnswerError },
    #[error("the sign-off of a submission breaks a rule: {0}")]
    InvalidSignOff(tenken_core::schedule::SignOffError),
    #[error("the staff self-check roll-up breaks a rule: {0}")]
    InvalidStaff(tenken_core::staff::StaffError),
    #[error("a finding breaks a rule: {0}")]
    InvalidFinding(tenken_core::review::ReviewError),
    #[error("a follow-up breaks a rule: {0}")]
    InvalidFollowUp(tenken_core::follow_up::FollowUpError),
    #[error("the deadline or contact breaks a rule: {0}")]
    InvalidNotice(tenken_core::schedule::SettingsError),
    #[error("submitted with {count} items not done")]
    SubmittedIncomplete { count: usize },
    #[error("log event {seq} is not about this section or not a section's action")]
    ForeignLogEvent { seq: u64 },
    #[error("log event {seq} is out of order")]
    LogOutOfOrder { seq: u64 },
}

impl Describe for Refusal {
    fn message(&self) -> Message {
        match self {
            Refusal::WrongKind { expected, found } => {
                Message::new("pkg-wrong-kind").arg("expected", expected.code()).arg("found", found.code())
            }
            Refusal::UnknownCampaign { year } => Message::new("pkg-wrong-campaign").arg("year", *year),
            Refusal::CampaignClosed { year } => Message::new("pkg-campaign-closed").arg("year", *year),
            Refusal::QuestionnaireMismatch { year } => Message::new("pkg-questionnaire-mismatch").arg("year", *year),
            Refusal::UnknownDepartment { code } => Message::new("pkg-unknown-department").arg("code", code),
            Refusal::NotDistributed { code, year } => {
                Message::new("pkg-not-distributed").arg("code", code).arg("year", *year)
            }
            Refusal::SignerChanged { party: Party::Auditor, pinned, presented } => {
                Message::new("pkg-signer-changed-auditor").arg("pinned", pinned).arg("presented", presented)
            }
            Refusal::SignerChanged { party: Party::Section(code), pinned, presented } => {
                Message::new("pkg-signer-changed-section")
                    .arg("code", code)
                    .arg("pinned", pinned)
                    .arg("presented", presented)
            }
            Refusal::Outdated { revision, current } => {
                Message::new("pkg-outdated").arg("revision", *revision).arg("current", *current)
            }
            Refusal::NotBound { code, year } => Message::new("pkg-not-bound").arg("code", code).arg("year", *year),
            Refusal::SharedKey { code, others, pinned, presented } => Message::new("pkg-shared-key")
                .arg("code", code)
                .arg("others", others.join(", "))
                .arg("pinned", pinned)
                .arg("presented", presented),
            Refusal::RevisionTooFar { revision, current, max } => Message::new("pkg-revision-too-far")
                .arg("revision", revision.to_string())
                .arg("current", *current)
                .arg("max", max.to_string()),
            Refusal::RevisionConflict { revision } => Message::new("pkg-revision-conflict").arg("revision", *revision),
            Refusal::IdConflict => Message::new("pkg-id-conflict"),
            Refusal::UnknownItem { item } => Message::new("pkg-unknown-item").arg("item", item),
            Refusal::NotApplicable { item } => Message::new("pkg-item-not-applicable").arg("item", item),
            Refusal::DuplicateAnswer { item } => Message::new("pkg-duplicate-answer").arg("item", item),
            Refusal::InvalidAnswer { item, reason } => {
                Message::new("pkg-invalid-answer").arg("item", item).arg("detail", reason.message())
            }
            Refusal::InvalidSignOff(e) => Message::new("pkg-invalid-signoff").arg("detail", e.message()),
            Refusal::InvalidStaff(e) => Message::new("pkg-invalid-staff").arg("detail", e.message()),
            Refusal::InvalidFollowUp(e) => Message::new("pkg-invalid-follow-up").arg("detail", e.message()),
            Refusal::InvalidFinding(e) => Message::new("pkg-invalid-finding").arg("detail", e.message()),
            Refusal::InvalidNotice(e) => Message::new("pkg-invalid-notice").arg("detail", e.message()),
            Refusal::SubmittedIncomplete { count } => Message::new("pkg-submitted-incomplete").arg("count", *count),
            Refusal::ForeignLogEvent { seq } => Message::new("pkg-log-foreign").arg("seq", seq.to_string()),
            Refusal::LogOutOfOrder { seq } => Message::new("pkg-log-order").arg("seq", seq.to_string()),
        }
    }
}

/// Trust on first use, then only the pinned key. A different key is refused
/// with both fingerprints, so the clerk can phone the other side and re-pin
/// explicitly if the change is genuine (a replaced terminal, say).
pub fn check_pin(party: &Party, pinned: Option<Fingerprint>, presented: Fingerprint) -> Result<PinDecision, Refusal> {
    match pinned {
        None => Ok(PinDecision::FirstUse),
        Some(p) if p == presented => Ok(PinDecision::Trusted),
        Some(p) => Err(Refusal::SignerChanged {
            party: party.clone(),
            pinned: p.to_string(),
            presented: presented.to_string(),
        }),
    }
}

/// A package already taken for the same section, campaign and kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Received {
    pub package_id: String,
    /// SHA-256 of the file.
    pub sha256: String,
    pub revision: u32,
}

/// Where a package stands against those already taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    /// The first one for this section.
    First,
    /// Newer than everything taken; `previous` is the revision it supersedes.
    Newer { previous: u32 },
    /// The very same package again: nothing to do.
    Duplicate,
}

/// How far one package's revision may run ahead of the newest one taken
/// (or of 0 for the first). Makers count up by one per package; a terminal
/// that made packages it never sent, or a replaced terminal, skips a few. A
/// revision far ahead (say 4 294 967 295, the largest there is) would leave
/// no newer revision for the section to send, so it is refused.
pub const MAX_REVISION_STEP: u32 = 1_000;

/// Revisions only go forward, by at most [`MAX_REVISION_STEP`]. The same
/// package (same id or same bytes) is a duplicate; an older revision, or
/// another package claiming a revision already taken, is refused: nothing is
/// ever merged silently.
pub fn order(package_id: &str, sha256: &str, revision: u32, received: &[Received]) -> Result<Order, Refusal> {
    if let Some(same) = received.iter().find(|r| r.package_id == package_id || r.sha256 == sha256) {
        return if same.package_id == package_id && same.sha256 == sha256 {
            Ok(Order::Duplicate)
        } else {
            Err(Refusal::IdConflict)
        };
    }
    let newest = received.iter().map(|r| r.revision).max();
    let max = newest.unwrap_or(0).saturating_add(MAX_REVISION_STEP);
    if revision > max {
        return Err(Refusal::RevisionTooFar { revision, current: newest.unwrap_or(0), max });
    }
    match newest {
        None => Ok(Order::First),
        Some(current) if revision > current => Ok(Order::Newer { previous: current }),
        Some(current) if revision == current => Err(Refusal::RevisionConflict { revision }),
        Some(current) => Err(Refusal::Outdated { revision, current }),
    }
}

/// A campaign as the importing database has it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CampaignView {
    pub questionnaire_hash: String,
    pub closed: bool,
}

/// Everything the auditor's database knows that bears on one response.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AuditorView {
    /// `None`: no campaign of that year.
    pub campaign: Option<CampaignView>,
    /// Whether the department code exists at all.
    pub department_known: bool,
    /// The distributions sent to this section for this campaign.
    pub distributed: Vec<SentDistribution>,
    /// The section's pinned key, if any.
    pub pin: Option<Fingerprint>,
    /// Other sections whose pinned key is the one that signed this response.
    pub same_key_pinned_to: Vec<String>,
    /// Responses already imported for this section and campaign (and any package with the same id).
    pub received: Vec<Received>,
}

/// A distribution package the auditor sent, as its row says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentDistribution {
    pub package_id: String,
    /// The secret its responses must prove; `None` for packages made before
    /// responses were bound (schema v5 and older).
    pub secret: Option<ResponseSecret>,
}

/// Whether a response proves it answers a distribution sent to its section
/// (see [`crate::binding`]). The distribution it names must be one of
/// `sent`; when that one has a secret, the proof must verify under it.
///
/// Upgrades: distributions sent before binding existed carry no secret, so
/// their responses carry no proof. Such a response is taken only while no
/// distribution with a secret was sent to the section for the campaign;
/// once one was, naming an old package cannot be used to skip the proof,
/// and the section is asked to open the newest distribution and send again.
/// (Those unbound responses still meet the shared-key check of
/// [`judge_response`].)
pub fn check_binding(manifest: &Manifest, response: &Response, sent: &[SentDistribution]) -> Result<(), Refusal> {
    let named = sent
        .iter()
        .find(|d| d.package_id == response.distribution_id)
        .ok_or_else(|| Refusal::NotDistributed { code: manifest.department.clone(), year: manifest.campaign })?;
    let bound = match (&named.secret, response.proof.as_deref()) {
        (Some(secret), Some(proof)) => secret.verifies(&ProofInput::of(manifest, &response.distribution_id), proof),
        (Some(_), None) => false,
        (None, _) => sent.iter().all(|d| d.secret.is_none()),
    };
    if bound { Ok(()) } else { Err(Refusal::NotBound { code: manifest.department.clone(), year: manifest.campaign }) }
}

/// What the auditor does with a verified response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Take it (first or newer revision), pinning the key if this is its
    /// first use. `shared_with`: the other sections already pinned to the
    /// same key, when the auditor confirmed that one terminal answers for several.
    Take { order: Order, pin: PinDecision, shared_with: Vec<String> },
    /// Already imported: no change.
    AlreadyImported,
}

/// The auditor's decision on a verified response, before looking at its
/// answers. A key first seen for this section but already pinned to another
/// section is refused unless `allow_shared_key` (the auditor confirmed that
/// one terminal answers for both): otherwise one key would end up pinned to
/// two sections without anyone having decided it.
pub fn judge_response(pkg: &Package, view: &AuditorView, allow_shared_key: bool) -> Result<Verdict, Refusal> {
    let m = &pkg.manifest;
    if m.kind != Kind::Response {
        return Err(Refusal::WrongKind { expected: Kind::Response, found: m.kind });
    }
    let campaign = view.campaign.as_ref().ok_or(Refusal::UnknownCampaign { year: m.campaign })?;
    if !view.department_known {
        return Err(Refusal::UnknownDepartment { code: m.department.clone() });
    }
    let crate::contents::Contents::Response(response) = &pkg.contents else {
        return Err(Refusal::WrongKind { expected: Kind::Response, found: Kind::Distribution });
    };
    if !view.distributed.iter().any(|d| d.package_id == response.distribution_id) {
        return Err(Refusal::NotDistributed { code: m.department.clone(), year: m.campaign });
    }
    let pin = check_pin(&Party::Section(m.department.clone()), view.pin, pkg.fingerprint())?;
    let order = order(&m.package_id, &pkg.sha256, m.revision, &view.received);
    if order == Ok(Order::Duplicate) {
        return Ok(Verdict::AlreadyImported);
    }
    check_binding(m, response, &view.distributed)?;
    let shared_with = match pin {
        PinDecision::FirstUse => view.same_key_pinned_to.clone(),
        PinDecision::Trusted => Vec::new(),
    };
    if !shared_with.is_empty() && !allow_shared_key {
        let fingerprint = pkg.fingerprint().to_string();
        return Err(Refusal::SharedKey {
            code: m.department.clone(),
            others: shared_with,
            pinned: fingerprint.clone(),
            presented: fingerprint,
        });
    }
    if campaign.closed {
        return Err(Refusal::CampaignClosed { year: m.campaign });
    }
    if campaign.questionnaire_hash != m.questionnaire_hash {
        return Err(Refusal::QuestionnaireMismatch { year: m.campaign });
    }
    Ok(Verdict::Take { order: order?, pin, shared_with })
}

/// What is wrong with the text of a carried-over answer, which is kept as it
/// came: never longer, and never with other characters, than a typed one.
fn carried_text_fault(a: &Answer) -> Option<AnswerError> {
    let plan = a.plan.as_ref();
    [
        ("comment", Some(a.comment.as_str()), true),
        ("reason", Some(a.na_reason.as_str()), true),
        ("plan", plan.map(|p| p.action.as_str()), true),
        ("owner", plan.and_then(|p| p.owner.as_deref()), false),
        ("evidence", Some(a.evidence.as_str()), true),
    ]
    .into_iter()
    .find_map(|(field, text, multiline)| check_typed(field, text?, MAX_TEXT_CHARS, multiline).err())
    .map(AnswerError::Text)
}

/// Checks the terminal's log events a response carries: each is one of a
/// section's own actions, about this section (`year/dept` or
/// `year/dept/item`), numbered in increasing order. A package carrying
/// anything else was not made by tenken and is refused whole.
pub fn check_log(year: i32, dept: &str, log: &[crate::SentLogEvent]) -> Result<(), Refusal> {
    let own = format!("{year}/{dept}");
    let mut last = 0;
    for e in log {
        let about_section = e.subject == own
            || e.subject.strip_prefix(own.as_str()).is_some_and(|rest| rest.starts_with('/') && rest.len() > 1);
        if !about_section || !crate::LOGGED_ACTIONS.contains(&e.action.as_str()) {
            return Err(Refusal::ForeignLogEvent { seq: e.seq });
        }
        if e.seq <= last {
            return Err(Refusal::LogOutOfOrder { seq: e.seq });
        }
        last = e.seq;
    }
    Ok(())
}

/// Checks a response's answers as if the section had typed them here: known
/// items that apply to the section (tiers and attributes), one answer each, the answer rules for
/// confirmed answers, and a submitted section complete. Returns the answers to store.
pub fn check_response(
    q: &Questionnaire,
    scope: Scope<'_>,
    year: FiscalYear,
    response: &Response,
) -> Result<Vec<Answer>, Refusal> {
    let mut seen = HashSet::new();
    let mut out = Vec::with_capacity(response.answers.len());
    for sent in &response.answers {
        let a = &sent.answer;
        let item = a.item_id.clone();
        if !seen.insert(item.clone()) {
            return Err(Refusal::DuplicateAnswer { item });
        }
        let (_, it) = q.item(&item).ok_or_else(|| Refusal::UnknownItem { item: item.clone() })?;
        if !it.applies_to(scope) {
            return Err(Refusal::NotApplicable { item });
        }
        if a.unconfirmed {
            // A carried-over draft nobody has re-checked: kept as it came (its plan may
            // date from last year), but never longer than a typed answer could be.
            if let Some(reason) = carried_text_fault(a) {
                return Err(Refusal::InvalidAnswer { item, reason });
            }
            out.push(a.clone());
            continue;
        }
        let input = AnswerInput {
            value: a.value,
            comment: Some(a.comment.clone()),
            na_reason: Some(a.na_reason.clone()),
            plan_action: a.plan.as_ref().map(|p| p.action.clone()),
            plan_owner: a.plan.as_ref().and_then(|p| p.owner.clone()),
            plan_due: a.plan.as_ref().map(|p| p.due.format("%Y-%m-%d").to_string()),
            evidence: Some(a.evidence.clone()),
        };
        let checked = check_answer(&item, &input, year).map_err(|reason| Refusal::InvalidAnswer { item, reason })?;
        out.push(checked);
    }
    // Evidence files hang on items this section answers (their bytes were checked when the package opened).
    for f in &response.evidence {
        let (_, it) = q.item(&f.item_id).ok_or_else(|| Refusal::UnknownItem { item: f.item_id.clone() })?;
        if !it.applies_to(scope) {
            return Err(Refusal::NotApplicable { item: f.item_id.clone() });
        }
    }
    for e in &response.events {
        if let Some(s) = &e.signoff {
            tenken_core::schedule::check_received_signoff(s, year).map_err(Refusal::InvalidSignOff)?;
        }
    }
    if response.state == SectionState::Submitted {
        let map: tenken_core::answer::AnswerMap = out.iter().map(|a| (a.item_id.clone(), a.clone())).collect();
        // 証跡の所在 is the terminal's rule to keep (it was told in the
        // distribution); here a response is held to what every campaign needs,
        // so a setting changed after the distribution does not refuse it.
        let missing = missing_for_submit(q, scope, &map, false);
        if !missing.is_empty() {
            return Err(Refusal::SubmittedIncomplete { count: missing.len() });
        }
    }
    Ok(out)
}

/// Everything a section terminal knows that bears on one distribution.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TerminalView {
    /// The auditor's pinned key, if any.
    pub pin: Option<Fingerprint>,
    /// The local campaign of that year, if any.
    pub campaign: Option<CampaignView>,
    /// Distributions already opened for this section and campaign.
    pub opened: Vec<Received>,
}

/// What opening a distribution does on the terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opening {
    /// Set the section up (first package), or bring it up to date (newer package).
    Apply { order: Order, pin: PinDecision },
    /// The same package was opened before: nothing changes.
    AlreadyOpened,
}

/// The terminal's decision on a verified distribution.
pub fn judge_distribution(pkg: &Package, view: &TerminalView) -> Result<Opening, Refusal> {
    let m = &pkg.manifest;
    if m.kind != Kind::Distribution {
        return Err(Refusal::WrongKind { expected: Kind::Distribution, found: m.kind });
    }
    let pin = check_pin(&Party::Auditor, view.pin, pkg.fingerprint())?;
    let order = order(&m.package_id, &pkg.sha256, m.revision, &view.opened);
    if order == Ok(Order::Duplicate) {
        return Ok(Opening::AlreadyOpened);
    }
    if let Some(c) = &view.campaign {
        if c.questionnaire_hash != m.questionnaire_hash {
            return Err(Refusal::QuestionnaireMismatch { year: m.campaign });
        }
        if c.closed {
            return Err(Refusal::CampaignClosed { year: m.campaign });
        }
    }
    Ok(Opening::Apply { order: order?, pin })
}

/// The deadline and contact a distribution brings, checked as typed ones
/// are; `None` when it brings neither (a package of the previous format).
pub fn received_notice(
    distribution: &Distribution,
    year: FiscalYear,
) -> Result<Option<tenken_core::schedule::CampaignSettings>, Refusal> {
    let d = distribution;
    if d.due.is_none() && d.contact.is_none() && !d.evidence_required && d.staff_min_rate.is_none() {
        return Ok(None);
    }
    let (due, contact) = (d.due, d.contact.as_ref());
    tenken_core::schedule::check_received_notice(due, contact, d.evidence_required, d.staff_min_rate, year)
        .map(Some)
        .map_err(Refusal::InvalidNotice)
}

/// Checks the 措置状況 rows a distribution brings: each by the core's rules, each item once.
pub fn check_received_follow_ups(rows: &[tenken_core::follow_up::FollowUpSource]) -> Result<(), Refusal> {
    let mut seen = std::collections::HashSet::new();
    for r in rows {
        tenken_core::follow_up::check_source(r).map_err(Refusal::InvalidFollowUp)?;
        if !seen.insert(r.item_id.as_str()) {
            return Err(Refusal::InvalidFollowUp(tenken_core::follow_up::FollowUpError::NoSuchFollowUp(
                r.item_id.clone(),
            )));
        }
    }
    Ok(())
}

/// The 指摘 a distribution brings, checked as the auditor's marks are: items
/// of the checklist that the section answers, each a 指摘 that keeps the
/// rules of one (a comment, a grade).
pub fn received_findings(
    q: &Questionnaire,
    scope: Scope<'_>,
    d: &Distribution,
) -> Result<Vec<crate::SentFinding>, Refusal> {
    let mut out = Vec::with_capacity(d.findings.len());
    let mut seen = HashSet::new();
    for f in &d.findings {
        let (_, it) = q.item(&f.item_id).ok_or_else(|| Refusal::UnknownItem { item: f.item_id.clone() })?;
        if !it.applies_to(scope) {
            return Err(Refusal::NotApplicable { item: f.item_id.clone() });
        }
        if !seen.insert(f.item_id.as_str()) {
            return Err(Refusal::DuplicateAnswer { item: f.item_id.clone() });
        }
        let input = tenken_core::review::ReviewInput {
            mark: f.review.mark,
            comment: f.review.comment.clone(),
            grade: f.review.grade,
            respond_by: f.review.respond_by.map(|d| d.format("%Y-%m-%d").to_string()),
        };
        let review = tenken_core::review::check_review(&input).map_err(Refusal::InvalidFinding)?;
        if review.mark != tenken_core::review::ReviewMark::Finding {
            return Err(Refusal::UnknownItem { item: f.item_id.clone() });
        }
        out.push(crate::SentFinding { item_id: f.item_id.clone(), review, marked_at: f.marked_at.clone() });
    }
    Ok(out)
}

/// Last year's answers that become 未確認 drafts on the terminal: items of
/// this year's checklist that apply to the section and have no answer here yet
/// (a terminal's own work is never overwritten).
pub fn carry_over_drafts(
    q: &Questionnaire,
    scope: Scope<'_>,
    distribution: &Distribution,
    answered_here: &HashSet<String>,
) -> Vec<Answer> {
    distribution
        .carry_over
        .iter()
        .filter(|a| a.value.is_some() && !answered_here.contains(&a.item_id) && carried_text_fault(a).is_none())
        .filter(|a| q.item(&a.item_id).is_some_and(|(_, it)| it.applies_to(scope)))
        .map(carry_over)
        .collect()
}

/// Whether a newer distribution sends a submitted section back (差戻し), and why.
pub fn reopen_on_terminal(local: SectionState, distribution: &Distribution) -> Option<String> {
    (local == SectionState::Submitted && distribution.state == SectionState::Reopened)
        .then(|| distribution.reopen_reason.clone().filter(|r| !r.trim().is_empty()).unwrap_or_else(|| "—".to_owned()))
}

/// The order to import many packages in: by campaign, section and revision
/// (then as given), so that revision 2 of a section never comes before
/// revision 1 of the same run and is refused as older.
pub fn import_order(manifests: &[&Manifest]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..manifests.len()).collect();
    order.sort_by(|&a, &b| {
        let (x, y) = (manifests[a], manifests[b]);
        (x.campaign, &x.department, x.revision).cmp(&(y.campaign, &y.department, y.revision))
    });
    order
}

/// Replaces what Windows (and USB sticks formatted FAT) cannot have in a file name.
fn windows_safe(text: &str, max_chars: usize) -> String {
    let cleaned: String = text
        .chars()
        .map(|c| match c {
            '<' | '>' | ':' | '"' | '/' | '\\' | '|' | '?' | '*' => '_',
            c if tenken_core::text::is_forbidden(c, false) || c.is_whitespace() => '_',
            c => c,
        })
        .take(max_chars)
        .collect();
    let trimmed = cleaned.trim_end_matches(['.', '_']).trim_start_matches('.');
    if trimmed.is_empty() { "_".to_owned() } else { trimmed.to_owned() }
}

/// The file name a clerk recognises: `令和8年度_B1-1_戸籍住民課_配布.tenken`,
/// `…_回答_第2版.tenken`. Only characters Windows accepts; never a reserved name
/// (it always starts with the year).
pub fn file_name(kind: Kind, year: FiscalYear, code: &str, name: &str, revision: u32) -> String {
    let what = match kind {
        Kind::Distribution => "配布",
        Kind::Response => "回答",
    };
    let version = match (kind, revision) {
        (Kind::Distribution, 0 | 1) => String::new(),
        (_, r) => format!("_第{r}版"),
    };
    format!("{}_{}_{}_{what}{version}.tenken", year.label_ja(), windows_safe(code, 32), windows_safe(name, 40))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn received(id: &str, rev: u32) -> Received {
        Received { package_id: id.to_owned(), sha256: format!("sha-{id}"), revision: rev }
    }

    #[test]
    fn revisions_only_go_forward_and_duplicates_are_recognised() {
        let taken = [received("a", 1), received("b", 2)];
        assert_eq!(order("c", "sha-c", 1, &[]), Ok(Order::First));
        assert_eq!(order("c", "sha-c", 3, &taken), Ok(Order::Newer { previous: 2 }));
        assert_eq!(order("b", "sha-b", 2, &taken), Ok(Order::Duplicate));
        assert_eq!(order("c", "sha-c", 2, &taken), Err(Refusal::RevisionConflict { revision: 2 }));
        assert_eq!(order("c", "sha-c", 1, &taken), Err(Refusal::Outdated { revision: 1, current: 2 }));
        assert_eq!(order("b", "sha-x", 3, &taken), Err(Refusal::IdConflict));
    }

    #[test]
    fn a_revision_far_ahead_is_refused_so_a_newer_one_stays_possible() {
        let taken = [received("a", 7)];
        assert_eq!(order("c", "sha-c", 7 + MAX_REVISION_STEP, &taken), Ok(Order::Newer { previous: 7 }));
        assert_eq!(
            order("c", "sha-c", u32::MAX, &taken),
            Err(Refusal::RevisionTooFar { revision: u32::MAX, current: 7, max: 7 + MAX_REVISION_STEP })
        );
        assert_eq!(order("c", "sha-c", MAX_REVISION_STEP, &[]), Ok(Order::First));
        assert_eq!(
            order("c", "sha-c", MAX_REVISION_STEP + 1, &[]),
            Err(Refusal::RevisionTooFar { revision: MAX_REVISION_STEP + 1, current: 0, max: MAX_REVISION_STEP })
        );
        // The same package again is still recognised whatever its number.
        assert_eq!(order("a", "sha-a", 7, &taken), Ok(Order::Duplicate));
    }

    fn manifest(dept: &str, signer: &str) -> Manifest {
        Manifest {
            format: crate::format::FORMAT_NAME.to_owned(),
            format_version: crate::FORMAT_VERSION,
            kind: Kind::Response,
            package_id: "0123456789abcdef0123456789abcdef".to_owned(),
            campaign: FiscalYear::new(2026).unwrap(),
            department: dept.to_owned(),
            questionnaire_hash: "ab".repeat(32),
            revision: 1,
            created_at: String::new(),
            signer: signer.to_owned(),
            members: vec![],
        }
    }

    fn response(distribution_id: &str, proof: Option<String>) -> Response {
        Response { proof, ..Response::draft(distribution_id) }
    }

    #[test]
    fn a_response_must_prove_the_secret_of_the_distribution_it_names() {
        let secret = ResponseSecret::from_bytes(&[3; 32]).unwrap();
        let elsewhere = ResponseSecret::from_bytes(&[4; 32]).unwrap();
        let sent = |secret: Option<ResponseSecret>| SentDistribution { package_id: "d2".repeat(16), secret };
        let m = manifest("5020", &"aa".repeat(32));
        let id = "d2".repeat(16);
        let proof = secret.prove(&ProofInput::of(&m, &id));
        let refused = Err(Refusal::NotBound { code: "5020".to_owned(), year: FiscalYear::new(2026).unwrap() });
        assert_eq!(check_binding(&m, &response(&id, Some(proof.clone())), &[sent(Some(secret.clone()))]), Ok(()));
        assert_eq!(check_binding(&m, &response(&id, None), &[sent(Some(secret.clone()))]), refused);
        let forged = elsewhere.prove(&ProofInput::of(&m, &id));
        assert_eq!(check_binding(&m, &response(&id, Some(forged)), &[sent(Some(secret.clone()))]), refused);
        // Another signer cannot reuse a proof it has seen.
        let thief = manifest("5020", &"bb".repeat(32));
        assert_eq!(check_binding(&thief, &response(&id, Some(proof)), &[sent(Some(secret.clone()))]), refused);
        // Before binding existed: taken while no distribution with a secret was sent to the section.
        assert_eq!(check_binding(&m, &response(&id, None), &[sent(None)]), Ok(()));
        let newer = SentDistribution { package_id: "e3".repeat(16), secret: Some(secret) };
        assert_eq!(check_binding(&m, &response(&id, None), &[sent(None), newer]), refused);
        assert_eq!(
            check_binding(&m, &response(&"ff".repeat(16), None), &[sent(None)]),
            Err(Refusal::NotDistributed { code: "5020".to_owned(), year: FiscalYear::new(2026).unwrap() })
        );
    }

    #[test]
    fn pins_are_trusted_on_first_use_then_enforced() {
        let a = crate::keys::SecretKey::from_seed([1; 32]).public().fingerprint();
        let b = crate::keys::SecretKey::from_seed([2; 32]).public().fingerprint();
        let party = Party::Section("B1-1".into());
        assert_eq!(check_pin(&party, None, a), Ok(PinDecision::FirstUse));
        assert_eq!(check_pin(&party, Some(a), a), Ok(PinDecision::Trusted));
        assert!(matches!(check_pin(&party, Some(a), b), Err(Refusal::SignerChanged { .. })));
        assert_eq!(Party::from_key(&party.key()), Some(party));
        assert_eq!(Party::from_key("auditor"), Some(Party::Auditor));
        assert_eq!(Party::from_key("dept:"), None);
    }

    #[test]
    fn file_names_are_recognisable_and_windows_safe() {
        let y = FiscalYear::new(2026).unwrap();
        assert_eq!(file_name(Kind::Distribution, y, "B1-1", "戸籍住民課", 1), "令和8年度_B1-1_戸籍住民課_配布.tenken");
        assert_eq!(
            file_name(Kind::Response, y, "B1-1", "戸籍住民課", 2),
            "令和8年度_B1-1_戸籍住民課_回答_第2版.tenken"
        );
        let odd = file_name(Kind::Distribution, y, "A/B", "情報:政策 課?*.", 3);
        assert_eq!(odd, "令和8年度_A_B_情報_政策_課_配布_第3版.tenken");
        assert!(!odd.chars().any(|c| "<>:\"/\\|?*".contains(c)));
        assert_eq!(file_name(Kind::Distribution, y, "X", "..", 1), "令和8年度_X___配布.tenken");
        // A right-to-left override would make the name read as another extension.
        let spoof = file_name(Kind::Distribution, y, "X", "課\u{202E}fdp.exe\u{1b}", 1);
        assert_eq!(spoof, "令和8年度_X_課_fdp.exe_配布.tenken");
    }
}
