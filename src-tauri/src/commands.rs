//! The commands the window calls. Each is a thin wrapper: read the arguments,
//! call one store (or core) function, return its result. No rule lives here;
//! if a command had to decide something, the decision belongs in the core.

use chrono::Local;
use tauri::{State, WebviewWindow};
use tenken_core::aggregate::Counts;
use tenken_core::answer::{Answer, AnswerInput, parse_date};
use tenken_core::campaign::Missing;
use tenken_core::department::{self, Department};
use tenken_core::department_edit::DepartmentEdit;
use tenken_core::questionnaire::parse_questionnaire;
use tenken_core::review::{Review, ReviewInput};
use tenken_core::{FiscalYear, Questionnaire, shipped};
use tenken_i18n::Lang;
use tenken_store::{
    CampaignOpened, DepartmentImport, DrillFilter, DrillRow, ItemAnswer, SectionOverview, SectionStatus, Store,
    StoreError,
};

use crate::error::{AppError, CommandError};
use crate::ipc::{
    Boot, CampaignView, ChecklistChoice, DateText, DepartmentsView, HistoryView, LangCode, OpenChoices,
    PassphraseInput, RateRules, SectionChoice, Settings, SubmittedCount, SummaryView, YearLabel,
};
use crate::state::{AppState, KEY_LANG};

/// The result every command returns to the window.
type Reply<T> = Result<T, CommandError>;

/// The shipped checklists, by the id a campaign is opened with.
const CHECKLISTS: [(&str, &str); 2] = [("toshima", shipped::TOSHIMA), ("edogawa", shipped::EDOGAWA)];

/// A year with its names in both languages, for the window.
pub(crate) fn year_label(year: FiscalYear) -> YearLabel {
    YearLabel { year, ja: tenken_i18n::year_words(Lang::Ja, year), en: tenken_i18n::year_words(Lang::En, year) }
}

/// The Fluent sources of a language, as one text (the window formats with
/// them), with the ward's names of the grades laid over the catalogue's.
pub(crate) fn catalogue_of(lang: Lang, names: &[tenken_core::review::GradeName]) -> String {
    let mut text = lang.sources().join("\n");
    text.push('\n');
    text.push_str(&tenken_i18n::ward_words(lang, names));
    text
}

fn read_settings(s: &mut Store, lang: Lang) -> Result<Settings, AppError> {
    Ok(Settings { role: s.role()?, lang: lang.into() })
}

fn set_title(window: &WebviewWindow, state: &AppState) {
    if let Err(e) = window.set_title(&state.localizer().text("app-title")) {
        tracing::warn!(error = %e, "window title not set");
    }
}

/// Everything the first screen needs: settings, catalogue, newest campaign,
/// sections, and whether the auditor's workspace must be unlocked first.
#[tauri::command(async)]
pub fn boot(state: State<'_, AppState>, window: WebviewWindow) -> Reply<Boot> {
    let _span = tracing::debug_span!("boot").entered();
    set_title(&window, &state);
    let lang = state.localizer().lang();
    let db_path = state.db_path().display().to_string();
    state.with_store_open(|s| {
        let settings = read_settings(s, lang)?;
        let workspace = s.workspace()?;
        let passphrase_set = s.transaction(|t| t.protected())?;
        let campaign = match s.resolve_campaign(None) {
            Ok(y) => Some(year_label(y)),
            Err(StoreError::NoCampaign) => None,
            Err(e) => return Err(e.into()),
        };
        // The header's 提出 n / N, for a window that may see the whole campaign
        // (the auditor's, unlocked), from the same reader as every other view.
        let may_see_all =
            s.window_open().is_ok() && s.authorize(tenken_core::role::Operation::View { dept: None }).is_ok();
        let submitted = match &campaign {
            Some(c) if may_see_all => s
                .campaigns()?
                .into_iter()
                .find(|i| i.year == c.year)
                .map(|i| SubmittedCount { submitted: i.submitted, total: i.sections }),
            _ => None,
        };
        let all = s.departments()?;
        let sections = department::sections(&all)
            .into_iter()
            .map(|d| SectionChoice {
                code: d.code.clone(),
                name: d.name.clone(),
                path: department::path_name(&all, &d.code),
            })
            .collect();
        Ok(Boot {
            settings,
            workspace,
            passphrase_set,
            passphrase_min: u32::try_from(tenken_core::passphrase::MIN_CHARS).unwrap_or(u32::MAX),
            rates: RateRules { decimals: tenken_i18n::RATE_DECIMALS, floors: tenken_core::aggregate::RateBand::FLOORS },
            scale: tenken_core::AnswerValue::ALL.to_vec(),
            catalogue: catalogue_of(lang, &s.grade_names()?),
            db_path,
            campaign,
            submitted,
            sections,
        })
    })
}

/// Stores the first-start choice (role, section, language) or a later change
/// of it. The store decides whether the role may change and asks for the
/// passphrase where one is set; choosing the auditor's role sets one.
#[tauri::command(async)]
pub fn save_settings(
    state: State<'_, AppState>,
    window: WebviewWindow,
    settings: Settings,
    passphrase: Option<PassphraseInput>,
) -> Reply<Boot> {
    let lang: Lang = settings.lang.into();
    let p = passphrase.unwrap_or_default();
    state.with_store_open(|s| {
        if let Some(role) = &settings.role {
            s.choose_role(role, p.passphrase.as_deref(), p.confirmation.as_deref())?;
        }
        Ok(s.set_setting(KEY_LANG, lang.code())?)
    })?;
    state.set_lang(lang);
    boot(state, window)
}

/// Opens the auditor's workspace with its passphrase. A wrong one is refused
/// after the store's wait, which grows with each wrong one in a row.
#[tauri::command(async)]
pub fn unlock(state: State<'_, AppState>, window: WebviewWindow, passphrase: String) -> Reply<Boot> {
    state.with_store_open(|s| Ok(s.unlock(&passphrase)?))?;
    boot(state, window)
}

/// Locks the auditor's workspace again (leaving the desk).
#[tauri::command(async)]
pub fn lock(state: State<'_, AppState>, window: WebviewWindow) -> Reply<Boot> {
    state.with_store_open(|s| {
        s.lock();
        Ok(())
    })?;
    boot(state, window)
}

/// Changes the auditor's passphrase: the current one, then the new one twice.
#[tauri::command(async)]
pub fn change_passphrase(
    state: State<'_, AppState>,
    current: String,
    passphrase: String,
    confirmation: String,
) -> Reply<()> {
    state.with_store(|s| Ok(s.set_passphrase(Some(&current), &passphrase, &confirmation)?))
}

/// An item's 変更履歴, newest first: who (role and key), when (local time),
/// and the values before and after, read back by the core.
#[tauri::command(async)]
pub fn item_history(
    state: State<'_, AppState>,
    year: FiscalYear,
    dept: String,
    item: String,
) -> Reply<Vec<HistoryView>> {
    let lang = state.localizer().lang();
    state.viewing(Some(&dept), |s| {
        Ok(s.item_history(year, &dept, &item)?
            .into_iter()
            .map(|change| HistoryView { at_text: local_time_text(&change.at, lang).unwrap_or_default(), change })
            .collect())
    })
}

/// Switches the window's language, remembers it, and returns its catalogue.
#[tauri::command(async)]
pub fn set_lang(state: State<'_, AppState>, window: WebviewWindow, lang: LangCode) -> Reply<String> {
    let lang: Lang = lang.into();
    state.with_store_open(|s| Ok(s.set_setting(KEY_LANG, lang.code())?))?;
    let names = state.set_lang(lang);
    set_title(&window, &state);
    Ok(catalogue_of(lang, &names))
}

/// Every campaign, newest first, with its year named in both languages.
#[tauri::command(async)]
pub fn campaigns(state: State<'_, AppState>) -> Reply<Vec<CampaignView>> {
    state.viewing(None, |s| {
        Ok(s.campaigns()?
            .into_iter()
            .map(|info| {
                let label = year_label(info.year);
                CampaignView { info, label }
            })
            .collect())
    })
}

/// What a new campaign can be opened with: years around today and the shipped checklists.
#[tauri::command(async)]
pub fn open_choices(state: State<'_, AppState>) -> Reply<OpenChoices> {
    let l = state.localizer();
    let current = FiscalYear::containing(Local::now().date_naive());
    let next = current.next();
    let years = [Some(current.previous()), Some(current), next].into_iter().flatten().map(year_label).collect();
    let mut checklists = Vec::new();
    for (id, src) in CHECKLISTS {
        let q = parse_questionnaire(src)
            .map_err(|e| CommandError::new(&l, &AppError::ShippedChecklist(format!("{id}: {e:?}"))))?;
        checklists.push(ChecklistChoice {
            id: id.to_owned(),
            title: q.meta.title.clone(),
            title_en: q.meta.title_en.clone(),
            sections: q.sections.len() as u32,
            items: q.item_count() as u32,
        });
    }
    Ok(OpenChoices { years, current, checklists })
}

/// Opens the campaign of a fiscal year with a shipped checklist, optionally
/// carrying answers over, with its deadline and contact.
#[tauri::command(async)]
pub fn open_campaign(
    state: State<'_, AppState>,
    year: FiscalYear,
    checklist: String,
    carry: bool,
    settings: Option<tenken_core::schedule::SettingsInput>,
) -> Reply<CampaignOpened> {
    state.with_store(|s| {
        let (_, src) = CHECKLISTS
            .iter()
            .find(|(id, _)| *id == checklist)
            .ok_or_else(|| AppError::UnknownChecklist(checklist.clone()))?;
        let q = parse_questionnaire(src).map_err(|e| AppError::ShippedChecklist(format!("{checklist}: {e:?}")))?;
        Ok(s.open_campaign_with(year, &q, src, carry, &settings.unwrap_or_default())?)
    })
}

/// The progress board of a campaign.
#[tauri::command(async)]
pub fn status(state: State<'_, AppState>, year: FiscalYear) -> Reply<Vec<SectionStatus>> {
    state.viewing(None, |s| Ok(s.status(year)?))
}

/// The consolidated rates of a campaign, with the heat-map cells' rates.
#[tauri::command(async)]
pub fn summary(state: State<'_, AppState>, year: FiscalYear) -> Reply<SummaryView> {
    state.viewing(None, |s| {
        let summary = s.summary(year)?;
        let cell_rates =
            summary.by_section.iter().map(|line| line.by_clause.iter().map(Counts::rate).collect()).collect();
        // Which cells the section's 系 and attributes leave out entirely (the core's applicability rule, item by item).
        let q = s.questionnaire(year)?;
        let lines: std::collections::HashMap<String, tenken_store::SectionStatus> =
            s.status(year)?.into_iter().map(|r| (r.code.clone(), r)).collect();
        let mut cell_excluded = Vec::with_capacity(summary.by_section.len());
        let mut section_paths = Vec::with_capacity(summary.by_section.len());
        for line in &summary.by_section {
            let (scope, path) =
                lines.get(&line.code).map_or((tenken_core::Scope::tiers(&[]), line.name.clone()), |r| {
                    (tenken_core::Scope { tiers: &r.tiers, attributes: &r.attributes }, r.path.clone())
                });
            cell_excluded.push(q.sections.iter().map(|c| !c.items.iter().any(|i| i.applies_to(scope))).collect());
            section_paths.push(path);
        }
        let repeats = s.repeat_cells(year)?;
        let cell_repeats = summary
            .by_section
            .iter()
            .map(|line| {
                let mine = repeats.get(&line.code);
                q.sections.iter().map(|c| mine.and_then(|m| m.get(&c.clause)).copied().unwrap_or(0)).collect()
            })
            .collect();
        Ok(SummaryView { summary, cell_rates, cell_excluded, section_paths, cell_repeats })
    })
}

/// Exports from the board and the consolidation: the 自己点検結果報告書 (PDF)
/// or the progress and rates of every section (.xlsx / .csv), made by the
/// same report code as the command line, written beside the database.
#[tauri::command(async)]
pub fn export_campaign(
    state: State<'_, AppState>,
    year: FiscalYear,
    kind: crate::export::ExportKind,
) -> Reply<crate::export::ExportWritten> {
    let l = state.localizer();
    let (year, data) = state.viewing(None, |s| Ok((year, s.report_data(year)?)))?;
    // Laid out and written outside the store's lock: the window stays usable.
    crate::export::write(state.db_path(), year, &data, kind, &l, Local::now().date_naive())
        .map_err(|e| CommandError::new(&l, &e))
}

/// The checklist a campaign asks (clause headings, summaries, evidence hints).
#[tauri::command(async)]
pub fn questionnaire(state: State<'_, AppState>, year: FiscalYear) -> Reply<Questionnaire> {
    state.with_store(|s| {
        let q = s.questionnaire(year)?;
        Ok(Questionnaire::clone(&q))
    })
}

/// One section's line on the board and its progress by clause.
#[tauri::command(async)]
pub fn section_overview(state: State<'_, AppState>, year: FiscalYear, dept: String) -> Reply<SectionOverview> {
    state.viewing(Some(&dept), |s| Ok(s.section_overview(year, &dept)?))
}

/// A section's whole checklist with its answers.
#[tauri::command(async)]
pub fn answers(state: State<'_, AppState>, year: FiscalYear, dept: String) -> Reply<Vec<ItemAnswer>> {
    state.viewing(Some(&dept), |s| Ok(s.answers(year, &dept)?))
}

/// Saves one answer at once (the store applies the rules and keeps history).
#[tauri::command(async)]
pub fn save_answer(
    state: State<'_, AppState>,
    year: FiscalYear,
    dept: String,
    item: String,
    input: AnswerInput,
) -> Reply<Answer> {
    state.with_store(|s| Ok(s.save_answer(year, &dept, &item, &input)?))
}

/// The auditor's 指摘 on a section's answers, as its terminal knows them
/// (brought by the distribution package; at the auditor, as marked).
#[tauri::command(async)]
pub fn section_findings(
    state: State<'_, AppState>,
    year: FiscalYear,
    dept: String,
) -> Reply<Vec<tenken_store::ReviewRow>> {
    state.viewing(Some(&dept), |s| Ok(s.section_findings(year, &dept)?))
}

/// What still keeps a section from submitting.
#[tauri::command(async)]
pub fn missing(state: State<'_, AppState>, year: FiscalYear, dept: String) -> Reply<Vec<Missing>> {
    state.viewing(Some(&dept), |s| Ok(s.missing(year, &dept)?))
}

/// 差戻し, with a reason.
#[tauri::command(async)]
pub fn reopen(state: State<'_, AppState>, year: FiscalYear, dept: String, reason: String) -> Reply<()> {
    state.with_store(|s| Ok(s.reopen(year, &dept, &reason)?))
}

/// The org tree and which departments are sections.
#[tauri::command(async)]
pub fn departments(state: State<'_, AppState>) -> Reply<DepartmentsView> {
    state.viewing(None, |s| {
        let departments = s.departments()?;
        let sections = department::sections(&departments).into_iter().map(|d| d.code.clone()).collect();
        Ok(DepartmentsView { departments, sections })
    })
}

/// Adds one department.
#[tauri::command(async)]
pub fn add_department(state: State<'_, AppState>, edit: DepartmentEdit) -> Reply<Department> {
    state.with_store(|s| Ok(s.add_department(&edit)?))
}

/// Changes one department's name, parent or tiers.
#[tauri::command(async)]
pub fn update_department(state: State<'_, AppState>, edit: DepartmentEdit) -> Reply<Department> {
    state.with_store(|s| Ok(s.update_department(&edit)?))
}

/// 廃止 of one department as of today (the app's today, as the header's).
#[tauri::command(async)]
pub fn retire_department(state: State<'_, AppState>, code: String) -> Reply<Department> {
    state.with_store(|s| Ok(s.retire_department(&code, crate::schedule::today())?))
}

/// Takes a retired department back into use.
#[tauri::command(async)]
pub fn restore_department(state: State<'_, AppState>, code: String) -> Reply<Department> {
    state.with_store(|s| Ok(s.restore_department(&code)?))
}

/// Imports departments from the bytes of a CSV file (UTF-8 or Shift_JIS), all or nothing.
#[tauri::command(async)]
pub fn import_departments(state: State<'_, AppState>, bytes: Vec<u8>) -> Reply<DepartmentImport> {
    state.with_store(|s| Ok(s.import_departments(&bytes)?))
}

/// The answers behind a cell of the consolidation.
#[tauri::command(async)]
pub fn drill(state: State<'_, AppState>, year: FiscalYear, filter: DrillFilter) -> Reply<Vec<DrillRow>> {
    state.viewing(filter.dept.as_deref(), |s| Ok(s.drill(year, &filter)?))
}

/// Sets the auditor's mark (確認済 / 指摘) on one answer.
#[tauri::command(async)]
pub fn set_review(
    state: State<'_, AppState>,
    year: FiscalYear,
    dept: String,
    item: String,
    input: ReviewInput,
) -> Reply<Review> {
    state.with_store(|s| Ok(s.set_review(year, &dept, &item, &input)?))
}

/// A stored time (RFC 3339, as the store writes it) for a person: the date in
/// 和暦 (Japanese) or spelled out (English), then the local hour and minute.
pub fn time_text(text: &str, lang: Lang) -> Option<String> {
    let t = chrono::DateTime::parse_from_rfc3339(text.trim()).ok()?;
    let date = tenken_i18n::date_words(lang, t.date_naive());
    Some(format!("{date} {}", t.format("%H:%M")))
}

/// A stored time in this computer's time zone, written as [`time_text`]
/// does: the audit log keeps each event's time as the terminal that made it
/// recorded it, and a history list reads best in one zone.
pub fn local_time_text(text: &str, lang: Lang) -> Option<String> {
    let t = chrono::DateTime::parse_from_rfc3339(text.trim()).ok()?.with_timezone(&Local);
    time_text(&t.to_rfc3339(), lang)
}

/// A stored time written for the user (see [`time_text`]); `None` if it is not one.
#[tauri::command(async)]
pub fn format_time(state: State<'_, AppState>, text: String) -> Reply<Option<String>> {
    Ok(time_text(&text, state.localizer().lang()))
}

/// A typed date written for the user: 和暦 in Japanese, `31 March 2027` in
/// English; `None` while the text is not (yet) a date.
#[tauri::command(async)]
pub fn format_date(state: State<'_, AppState>, text: String) -> Reply<Option<DateText>> {
    let l = state.localizer();
    Ok(parse_date(&text).ok().map(|d| DateText { iso: d.format("%Y-%m-%d").to_string(), display: l.date(d) }))
}

/// The About screen: version, the shipped checklists' hashes, the checklist
/// of each campaign in this database, and the third-party licenses.
#[tauri::command(async)]
pub fn about(state: State<'_, AppState>) -> Reply<crate::about::About> {
    let mut about = crate::about::about();
    about.campaigns = state.with_store(|s| {
        Ok(s.campaigns()?
            .into_iter()
            .map(|info| crate::about::CampaignChecklist {
                year: year_label(info.year),
                title: info.questionnaire_title,
                hash: info.questionnaire_hash,
            })
            .collect())
    })?;
    Ok(about)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_times_are_written_in_the_users_language() {
        assert_eq!(time_text("2026-11-23T16:50:47+09:00", Lang::Ja).as_deref(), Some("令和8年11月23日 16:50"));
        assert_eq!(time_text("2026-11-23T16:50:47+09:00", Lang::En).as_deref(), Some("23 November 2026 16:50"));
        assert_eq!(time_text("yesterday", Lang::Ja), None);
        // The same instant written in this computer's zone, whichever it is.
        let local = local_time_text("2026-11-23T16:50:47+09:00", Lang::Ja).unwrap();
        let expected = chrono::DateTime::parse_from_rfc3339("2026-11-23T16:50:47+09:00").unwrap().with_timezone(&Local);
        assert!(local.ends_with(&expected.format("%H:%M").to_string()), "{local}");
        assert_eq!(local_time_text("yesterday", Lang::En), None);
    }
}
