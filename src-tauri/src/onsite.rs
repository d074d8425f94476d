//! 実地監査 in the window: the ranked proposal with its reasons, the ward's
//! rules, the auditor's selection and the visits. Each command is one store
//! call; the reasons come already in words from `tenken_i18n`, the one
//! place that says them (the CLI and the report say them the same way).

use serde::Serialize;
use tauri::State;
use tenken_core::FiscalYear;
use tenken_core::onsite::{OnsiteCandidate, OnsiteReason, OnsiteRules, OnsiteSelected, VisitInput};
use tenken_i18n::Localizer;
use ts_rs::TS;

use crate::error::CommandError;
use crate::state::AppState;

type Reply<T> = Result<T, CommandError>;

/// A ranked section with its reasons in the window's language.
#[derive(Debug, Clone, Serialize, TS)]
pub struct OnsiteLine {
    pub candidate: OnsiteCandidate,
    pub reasons: Vec<String>,
}

/// A confirmed section with its reasons in words, and its visit if recorded.
#[derive(Debug, Clone, Serialize, TS)]
pub struct OnsiteSelectedLine {
    pub selected: OnsiteSelected,
    pub reasons: Vec<String>,
}

/// Everything the 実地監査 tab shows for a year.
#[derive(Debug, Clone, Serialize, TS)]
pub struct OnsiteView {
    pub rules: OnsiteRules,
    /// Visits a year the rotation needs over the ward (more than the rules'
    /// visits a year: the screen says the plan cannot keep the rotation).
    pub rotation_needs_per_year: u32,
    /// Every section, highest score first.
    pub candidates: Vec<OnsiteLine>,
    /// The confirmed selection (empty until the auditor confirms).
    pub selection: Vec<OnsiteSelectedLine>,
}

fn words(l: &Localizer, reasons: &[OnsiteReason]) -> Vec<String> {
    reasons.iter().map(|r| l.onsite_reason(r)).collect()
}

fn view(state: &AppState, year: FiscalYear) -> Reply<OnsiteView> {
    let (plan, selection) = state.viewing(None, |s| Ok((s.onsite_plan(year)?, s.onsite_selection(year)?)))?;
    let l = state.localizer();
    Ok(OnsiteView {
        rules: plan.rules,
        rotation_needs_per_year: plan.rotation_needs_per_year,
        candidates: plan
            .candidates
            .into_iter()
            .map(|c| OnsiteLine { reasons: words(&l, &c.reasons), candidate: c })
            .collect(),
        selection: selection
            .into_iter()
            .map(|s| OnsiteSelectedLine { reasons: words(&l, &s.reasons), selected: s })
            .collect(),
    })
}

/// The year's ranking, rules and selection.
#[tauri::command(async)]
pub fn onsite(state: State<'_, AppState>, year: FiscalYear) -> Reply<OnsiteView> {
    view(&state, year)
}

/// Sets the rotation years and visits a year; the ranking is read again.
#[tauri::command(async)]
pub fn set_onsite_rules(state: State<'_, AppState>, year: FiscalYear, rules: OnsiteRules) -> Reply<OnsiteView> {
    state.with_store(|s| Ok(s.set_onsite_rules(rules)?))?;
    view(&state, year)
}

/// Confirms the year's selection.
#[tauri::command(async)]
pub fn confirm_onsite(state: State<'_, AppState>, year: FiscalYear, depts: Vec<String>) -> Reply<OnsiteView> {
    state.with_store(|s| Ok(s.confirm_onsite(year, &depts)?))?;
    view(&state, year)
}

/// Records (or corrects) one visit.
#[tauri::command(async)]
pub fn record_visit(
    state: State<'_, AppState>,
    year: FiscalYear,
    dept: String,
    input: VisitInput,
) -> Reply<OnsiteView> {
    state.with_store(|s| Ok(s.record_visit(year, &dept, &input)?))?;
    view(&state, year)
}
