//! The ward's names of the grades of a 指摘, in the auditor's 設定. A
//! rename answers with the window's catalogue made again, so every screen
//! says the new word at once (the CLI and the reports read the same table).

use serde::Serialize;
use tauri::State;
use tenken_core::review::{FindingGrade, GradeName};
use tenken_i18n::{Lang, Localizer};
use ts_rs::TS;

use crate::commands::catalogue_of;
use crate::error::CommandError;
use crate::state::AppState;

type Reply<T> = Result<T, CommandError>;

/// One grade as the 設定 shows it: its words in both languages (the ward's
/// or the catalogue's), and whether the ward renamed it.
#[derive(Debug, Clone, Serialize, TS)]
pub struct GradeNameView {
    pub name: GradeName,
    pub renamed: bool,
}

/// The four grades, most serious first, each in both languages.
#[tauri::command(async)]
pub fn grade_names(state: State<'_, AppState>) -> Reply<Vec<GradeNameView>> {
    let names = state.with_store(|s| Ok(s.grade_names()?))?;
    let (ja, en) = (Localizer::with_grade_names(Lang::Ja, &names), Localizer::with_grade_names(Lang::En, &names));
    Ok(FindingGrade::ALL
        .into_iter()
        .map(|grade| GradeNameView {
            name: GradeName { grade, ja: ja.text(grade.label_id()), en: en.text(grade.label_id()) },
            renamed: names.iter().any(|n| n.grade == grade),
        })
        .collect())
}

/// Renames a grade in both languages; returns the catalogue with it.
#[tauri::command(async)]
pub fn set_grade_name(state: State<'_, AppState>, input: GradeName) -> Reply<String> {
    state.with_store(|s| Ok(s.set_grade_name(&input, &tenken_i18n::catalogue_grade_names())?))?;
    Ok(refreshed(&state))
}

/// Gives a grade back the catalogue's words; returns the catalogue.
#[tauri::command(async)]
pub fn reset_grade_name(state: State<'_, AppState>, grade: FindingGrade) -> Reply<String> {
    state.with_store(|s| Ok(s.reset_grade_name(grade)?))?;
    Ok(refreshed(&state))
}

fn refreshed(state: &AppState) -> String {
    let lang = state.localizer().lang();
    let names = state.set_lang(lang);
    catalogue_of(lang, &names)
}
