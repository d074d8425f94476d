//! `tenken campaign staff` and `tenken staff answer | import | template |
//! headcount | summary`: the 職員セルフチェック, through the store functions
//! the window's staff mode and roll-up call.

use std::path::Path;

use tenken_core::role::Operation;
use tenken_core::staff::{self, StaffRollup, StaffSheetInput, StaffValue};
use tenken_store::{SectionStaff, Store, StoreError};

use crate::cli::StaffCommand;
use crate::commands::{Ctx, load_questionnaire};
use crate::error::CliError;
use crate::output::{self, percent, table};

type Result<T = ()> = std::result::Result<T, CliError>;

impl Ctx {
    /// `tenken campaign staff`: the staff checklist a campaign asks.
    pub(crate) fn campaign_staff(&self, campaign: Option<i64>, file: &Path, named: bool) -> Result {
        let (q, src) = load_questionnaire(file)?;
        let mut store = self.open_to_change(Some(Operation::OpenCampaign))?;
        let year = store.resolve_campaign(campaign)?;
        store.set_staff_checklist(year, &q, &src, named)?;
        self.say(
            "cli-staff-set",
            &[
                ("year", self.year_label(year.year()).into()),
                ("title", q.meta.title.clone().into()),
                ("items", q.items().count().into()),
                ("named", if named { "named" } else { "anonymous" }.into()),
            ],
        );
        Ok(())
    }

    /// See the module docs.
    pub fn staff(&self, command: StaffCommand) -> Result {
        match command {
            StaffCommand::Answer { section, staff_no, answers } => {
                let mut store = self.open_to_change(Some(Operation::SaveAnswer { dept: &section.dept }))?;
                let year = store.resolve_campaign(section.campaign)?;
                let asked = self.asked(&mut store, year, &section.dept)?;
                let values: Vec<&str> = answers.split([',', '、', ' ']).filter(|v| !v.trim().is_empty()).collect();
                let mut given = Vec::with_capacity(values.len());
                for (k, v) in values.iter().enumerate() {
                    let value = StaffValue::parse_lenient(v).ok_or_else(|| {
                        let column = asked.get(k).cloned().unwrap_or_default();
                        StoreError::StaffCsv(vec![staff::StaffCsvError {
                            row: k + 1,
                            column,
                            kind: staff::StaffCsvErrorKind::BadValue((*v).to_owned()),
                        }])
                    })?;
                    // Values past the items asked are named as unknown items by the core.
                    let id = asked.get(k).cloned().unwrap_or_else(|| format!("#{}", k + 1));
                    given.push((id, value));
                }
                let n = store.save_staff_sheet(year, &section.dept, &StaffSheetInput { staff_no, answers: given })?;
                self.say("cli-staff-answered", &[("dept", section.dept.into()), ("count", n.into())]);
            }
            StaffCommand::Import { section, file } => {
                let excel = file.extension().is_some_and(|e| e.eq_ignore_ascii_case("xlsx"));
                let bytes = if excel {
                    crate::xlsx::first_sheet_as_csv(&file)?
                } else {
                    tenken_store::input::read_input(&file, tenken_store::input::MAX_TEXT).map_err(StoreError::from)?
                };
                let mut store = self.open_to_change(Some(Operation::SaveAnswer { dept: &section.dept }))?;
                let year = store.resolve_campaign(section.campaign)?;
                match store.import_staff_csv(year, &section.dept, &bytes) {
                    Ok(n) => self.say("cli-staff-imported", &[("dept", section.dept.into()), ("count", n.into())]),
                    Err(StoreError::StaffCsv(errors)) => {
                        for e in &errors {
                            output::err(&self.l.describe(e));
                        }
                        return Err(StoreError::StaffCsv(errors).into());
                    }
                    Err(e) => return Err(e.into()),
                }
            }
            StaffCommand::Template { section } => {
                let mut store = Store::open_to_read(&self.db)?;
                let year = store.resolve_campaign(section.campaign)?;
                let named = store.staff_checklist(year)?.is_some_and(|c| c.named);
                let mut header = self.asked(&mut store, year, &section.dept)?;
                if named {
                    header.insert(0, "職員番号".to_owned());
                }
                output::out(&header.join(","));
            }
            StaffCommand::Headcount { section, count } => {
                let n = staff::parse_headcount(&count).map_err(StoreError::from)?;
                let mut store = self.open_to_change(Some(Operation::SaveAnswer { dept: &section.dept }))?;
                let year = store.resolve_campaign(section.campaign)?;
                store.set_headcount(year, &section.dept, n)?;
                self.say("cli-staff-headcount", &[("dept", section.dept.into()), ("count", n.into())]);
            }
            StaffCommand::Summary { campaign, dept, json } => {
                let mut store = Store::open_to_read(&self.db)?;
                let year = store.resolve_campaign(campaign)?;
                let Some(checklist) = store.staff_checklist(year)? else {
                    return Err(StoreError::from(staff::StaffError::NoStaffChecklist).into());
                };
                let mut rows: Vec<SectionStaff> = match &dept {
                    Some(d) => {
                        let rollup = store.staff_rollup(year, d)?.unwrap_or_default();
                        let status = store.status(year)?.into_iter().find(|s| s.code == *d);
                        let (name, path) = status.map(|s| (s.name, s.path)).unwrap_or_default();
                        vec![SectionStaff { code: d.clone(), name, path, rollup }]
                    }
                    None => store.staff_summary(year)?,
                };
                if json {
                    output::out(&serde_json::to_string_pretty(&rows).unwrap_or_default());
                    return Ok(());
                }
                self.print_staff(&mut rows, &checklist.questionnaire, dept.is_some());
            }
        }
        Ok(())
    }

    /// The ids of the staff items a section's staff are asked, in order.
    fn asked(&self, store: &mut Store, year: tenken_core::FiscalYear, dept: &str) -> Result<Vec<String>> {
        let checklist = store.staff_checklist(year)?.ok_or(StoreError::Staff(staff::StaffError::NoStaffChecklist))?;
        let scope_row = store.status(year)?.into_iter().find(|s| s.code == dept);
        let Some(s) = scope_row else {
            return Err(StoreError::NotInCampaign { code: dept.to_owned(), year: year.year() }.into());
        };
        let scope = tenken_core::Scope { tiers: &s.tiers, attributes: &s.attributes };
        Ok(staff::items_for(&checklist.questionnaire, scope).iter().map(|i| i.id.clone()).collect())
    }

    /// The roll-up by section, then (for one section, or the ward) the weakest items.
    fn print_staff(&self, rows: &mut [SectionStaff], q: &tenken_core::Questionnaire, one: bool) {
        let hidden = self.l.text("staff-rates-hidden");
        let lines = rows
            .iter()
            .map(|s| {
                let r = &s.rollup;
                let weakest = r
                    .weakest(1)
                    .first()
                    .map(|(t, rate)| format!("{} {}", t.item_id, percent(Some(*rate))))
                    .unwrap_or_else(
                        || if r.shows_rates() || r.responses == 0 { String::new() } else { hidden.clone() },
                    );
                vec![
                    s.code.clone(),
                    s.path.clone(),
                    r.responses.to_string(),
                    r.headcount.map(|h| h.to_string()).unwrap_or_default(),
                    percent(r.response_rate()),
                    weakest,
                ]
            })
            .collect();
        let h = [
            "col-code",
            "col-department",
            "col-staff-responses",
            "col-staff-headcount",
            "col-staff-rate",
            "col-staff-weakest",
        ]
        .map(|id| self.l.text(id))
        .to_vec();
        output::out(&table(h, lines, &[2, 3, 4]));
        let mut all = StaffRollup::default();
        for s in rows.iter() {
            all.add(&s.rollup);
        }
        let weakest = all.weakest(5);
        if weakest.is_empty() {
            if one || all.responses > 0 {
                output::out(&self.l.text_with("staff-too-few", &[("min", staff::MIN_RESPONSES_FOR_RATES.into())]));
            }
            return;
        }
        output::out(&self.l.text("staff-weakest-heading"));
        for (t, rate) in weakest {
            let text = q.item(&t.item_id).map(|(_, i)| i.text.clone()).unwrap_or_default();
            output::out(&format!("  {} {}  {}", percent(Some(rate)), t.item_id, text));
        }
    }
}
