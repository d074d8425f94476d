//! The commands of the deadline, contact, officers and sign-off (issue O):
//! thin wrappers over `tenken_store`'s `schedule` and `submission` modules.

use chrono::{Local, NaiveDate};
use tauri::State;
use tenken_core::FiscalYear;
use tenken_core::schedule::{CampaignSettings, SettingsInput, SignOff, SignOffInput};
use tenken_store::{BoardDeadlines, CampaignNotice, SubmissionEvent};

use crate::error::CommandError;
use crate::ipc::{AssessmentView, ThemeView};
use crate::state::AppState;

type Reply<T> = Result<T, CommandError>;

/// The day 残り日数 are counted from: this computer's date, or
/// `TENKEN_TODAY` (YYYY-MM-DD) so the end-to-end tests can look at a day
/// after the deadline without waiting for it.
pub fn today() -> NaiveDate {
    std::env::var("TENKEN_TODAY")
        .ok()
        .and_then(|t| NaiveDate::parse_from_str(t.trim(), "%Y-%m-%d").ok())
        .unwrap_or_else(|| Local::now().date_naive())
}

/// 提出期限 with 残り日数, and 問い合わせ先: the section's overview and the
/// header. Every terminal may see them (they are what a section is told),
/// so this is not a view of the whole campaign.
#[tauri::command(async)]
pub fn campaign_notice(state: State<'_, AppState>, year: FiscalYear) -> Reply<CampaignNotice> {
    state.with_store(|s| Ok(s.campaign_notice(year, today())?))
}

/// Changes the campaign's deadline, contact or officers (the auditor's).
#[tauri::command(async)]
pub fn set_campaign_settings(
    state: State<'_, AppState>,
    year: FiscalYear,
    input: SettingsInput,
) -> Reply<CampaignSettings> {
    state.with_store(|s| Ok(s.set_campaign_settings(year, &input)?))
}

fn assessment_view(state: &AppState, a: &tenken_core::assessment::Assessment) -> AssessmentView {
    let warning = tenken_core::assessment::assurance_warning(a).map(|m| state.localizer().render(&m));
    AssessmentView { text: a.text.clone(), warning }
}

/// The campaign's 総評 (the auditor's screen).
#[tauri::command(async)]
pub fn assessment(state: State<'_, AppState>, year: FiscalYear) -> Reply<AssessmentView> {
    let a = state.with_store(|s| Ok(s.assessment(year)?))?;
    Ok(assessment_view(&state, &a))
}

/// Writes the campaign's 総評; assurance wording comes back as a warning, never a refusal.
#[tauri::command(async)]
pub fn set_assessment(state: State<'_, AppState>, year: FiscalYear, text: String) -> Reply<AssessmentView> {
    let a = state.with_store(|s| Ok(s.set_assessment(year, &text)?))?;
    Ok(assessment_view(&state, &a))
}

fn theme_view(q: &tenken_core::Questionnaire, theme: tenken_core::theme::Theme) -> ThemeView {
    let items = q.items().filter(|(_, i)| theme.covers(q, &i.id)).map(|(_, i)| i.id.clone()).collect();
    ThemeView { clauses: theme.clauses_touched(q), items, theme }
}

/// The campaign's 重点テーマ (empty when none is set): the auditor's 点検
/// screen, the section's answering list and overview, the heat map's filter.
#[tauri::command(async)]
pub fn theme(state: State<'_, AppState>, year: FiscalYear) -> Reply<ThemeView> {
    state.with_store(|s| {
        let q = s.questionnaire(year)?;
        Ok(theme_view(&q, s.theme(year)?))
    })
}

/// Writes the campaign's 重点テーマ (the auditor's); an empty one clears it.
#[tauri::command(async)]
pub fn set_theme(
    state: State<'_, AppState>,
    year: FiscalYear,
    input: tenken_core::theme::ThemeInput,
) -> Reply<ThemeView> {
    state.with_store(|s| {
        let theme = s.set_theme(year, &input)?;
        let q = s.questionnaire(year)?;
        Ok(theme_view(&q, theme))
    })
}

/// 期限超過 and each section's sign-off for the auditor's board.
#[tauri::command(async)]
pub fn board_deadlines(state: State<'_, AppState>, year: FiscalYear) -> Reply<BoardDeadlines> {
    state.viewing(None, |s| Ok(s.board_deadlines(year, today())?))
}

/// 提出, with who answered and which 所属長 approved.
#[tauri::command(async)]
pub fn submit(state: State<'_, AppState>, year: FiscalYear, dept: String, signoff: SignOffInput) -> Reply<SignOff> {
    state.with_store(|s| Ok(s.submit(year, &dept, &signoff)?))
}

/// A section's 提出履歴 (submissions with their sign-off, 差戻し with their reason).
#[tauri::command(async)]
pub fn submissions(state: State<'_, AppState>, year: FiscalYear, dept: String) -> Reply<Vec<SubmissionEvent>> {
    state.viewing(Some(&dept), |s| Ok(s.submissions(year, &dept)?))
}
