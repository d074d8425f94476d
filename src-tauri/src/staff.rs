//! 職員セルフチェック in the window: the staff mode on a section's terminal
//! (one person after another, nothing of anyone else's answers shown), the
//! section head's 職員数 and roll-up, and the auditor's table by section.
//! Each command is one store call; the rules are the core's.

use serde::{Deserialize, Serialize};
use tauri::State;
use tenken_core::FiscalYear;
use tenken_core::Item;
use tenken_core::staff::{self, StaffRollup, StaffSheetInput};
use tenken_core::staff_ward::StaffOverview;
use tenken_store::StoreError;
use ts_rs::TS;

use crate::commands::year_label;
use crate::error::CommandError;
use crate::ipc::YearLabel;
use crate::state::AppState;

type Reply<T> = Result<T, CommandError>;

/// What a section's terminal shows of the staff self-check: the items its
/// staff are asked (for the staff mode) and the roll-up (for the section
/// head). Never a sheet.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct StaffView {
    /// The checklist's title; `None` when the campaign asks no staff self-check.
    pub title: Option<String>,
    pub title_en: Option<String>,
    /// Staff enter their 職員番号.
    pub named: bool,
    /// The items asked of this section's staff, in order, each with its clause.
    pub items: Vec<StaffItem>,
    pub rollup: Option<StaffRollup>,
    /// Below this many responses no rates are shown.
    pub min_for_rates: u32,
}

/// One staff item with the clause it cites (for the roll-up beside section items).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct StaffItem {
    pub clause: String,
    pub item: Item,
}

/// The staff self-check of one section.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct StaffSaved {
    /// Sheets the section has now.
    pub responses: u32,
}

/// See [`StaffView`].
#[tauri::command(async)]
pub fn staff_view(state: State<'_, AppState>, year: FiscalYear, dept: String) -> Reply<StaffView> {
    state.viewing(Some(&dept), |s| {
        let Some(c) = s.staff_checklist(year)? else {
            return Ok(StaffView {
                title: None,
                title_en: None,
                named: false,
                items: Vec::new(),
                rollup: None,
                min_for_rates: staff::MIN_RESPONSES_FOR_RATES,
            });
        };
        let asked = s.staff_items_asked(year, &dept)?;
        let items = c
            .questionnaire
            .items()
            .filter(|(_, i)| asked.contains(&i.id))
            .map(|(section, i)| StaffItem { clause: section.clause.clone(), item: i.clone() })
            .collect();
        Ok(StaffView {
            title: Some(c.questionnaire.meta.title.clone()),
            title_en: c.questionnaire.meta.title_en.clone(),
            named: c.named,
            items,
            rollup: s.staff_rollup(year, &dept)?,
            min_for_rates: staff::MIN_RESPONSES_FOR_RATES,
        })
    })
}

/// One staff member's sheet, as the staff mode sends it.
#[tauri::command(async)]
pub fn save_staff_sheet(
    state: State<'_, AppState>,
    year: FiscalYear,
    dept: String,
    input: StaffSheetInput,
) -> Reply<StaffSaved> {
    state.with_store(|s| Ok(StaffSaved { responses: s.save_staff_sheet(year, &dept, &input)? }))
}

/// The section head's 職員数, as typed (full-width digits too).
#[tauri::command(async)]
pub fn set_headcount(state: State<'_, AppState>, year: FiscalYear, dept: String, count: String) -> Reply<u32> {
    state.with_store(|s| {
        let n = staff::parse_headcount(&count).map_err(StoreError::from)?;
        s.set_headcount(year, &dept, n)?;
        Ok(n)
    })
}

/// The auditor's view: every item of the staff checklist (for the words of
/// each column) and the ward's overview, counted in Rust (by 部, the heat
/// map of section × item, the weakest items, last year beside this year).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct StaffSummaryView {
    pub items: Vec<StaffItem>,
    /// `None` when the campaign asks no staff self-check.
    pub overview: Option<StaffOverview>,
    /// The year compared with, named in both languages.
    pub last_year: Option<YearLabel>,
    pub min_for_rates: u32,
}

/// See [`StaffSummaryView`].
#[tauri::command(async)]
pub fn staff_summary(state: State<'_, AppState>, year: FiscalYear) -> Reply<StaffSummaryView> {
    state.viewing(None, |s| {
        let (items, overview) = match s.staff_overview(year)? {
            Some((c, o)) => (
                c.questionnaire
                    .items()
                    .map(|(section, i)| StaffItem { clause: section.clause.clone(), item: i.clone() })
                    .collect(),
                Some(o),
            ),
            None => (Vec::new(), None),
        };
        let last_year = overview.as_ref().and_then(|o| o.last_year).map(year_label);
        Ok(StaffSummaryView { items, overview, last_year, min_for_rates: staff::MIN_RESPONSES_FOR_RATES })
    })
}
