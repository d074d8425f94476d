//! 措置状況 in the window: a section answers where last year's plans and
//! 指摘 stand; the auditor sees the counts and 期限超過 by section. Each
//! command is one store call; the rules are the core's.

use std::collections::HashMap;

use tauri::State;
use tenken_core::FiscalYear;
use tenken_core::follow_up::{FollowUpAnswer, FollowUpCounts, FollowUpInput};
use tenken_store::FollowUp;

use crate::error::CommandError;
use crate::state::AppState;

type Reply<T> = Result<T, CommandError>;

/// A section's follow-ups, in last year's checklist order.
#[tauri::command(async)]
pub fn follow_ups(state: State<'_, AppState>, year: FiscalYear, dept: String) -> Reply<Vec<FollowUp>> {
    state.viewing(Some(&dept), |s| Ok(s.follow_ups(year, &dept)?))
}

/// The section's answer to one follow-up.
#[tauri::command(async)]
pub fn save_follow_up(
    state: State<'_, AppState>,
    year: FiscalYear,
    dept: String,
    item: String,
    input: FollowUpInput,
) -> Reply<FollowUpAnswer> {
    state.with_store(|s| Ok(s.save_follow_up(year, &dept, &item, &input)?))
}

/// How every section's follow-ups stand (the auditor's board).
#[tauri::command(async)]
pub fn follow_up_counts(state: State<'_, AppState>, year: FiscalYear) -> Reply<HashMap<String, FollowUpCounts>> {
    state.viewing(None, |s| Ok(s.follow_up_counts(year)?))
}
