//! `tenken campaign staff` and `tenken staff answer | import | template |
//! headcount | summary`: the 職員セルフチェック, through the store functions
//! the window's staff mode and roll-up call.

use std::path::Path;

use tenken_core::FiscalYear;
use tenken_core::role::Operation;
use tenken_core::staff::{self, StaffSheetInput, StaffValue};
use tenken_core::staff_ward::{self, StaffCellKind, StaffOverview};
use tenken_store::{SectionStaff, Store, StoreError};

use crate::cli::StaffCommand;
use crate::ctx::{Ctx, load_questionnaire};
use crate::error::CliError;
use crate::output::{self, change, percent, table};

type Result<T = ()> = std::result::Result<T, CliError>;

impl Ctx {
    /// `tenken campaign staff`: the staff checklist a campaign asks.
    pub(crate) fn campaign_staff(&self, campaign: Option<FiscalYear>, file: &Path, named: bool) -> Result {
        let (q, src) = load_questionnaire(file)?;
        let mut store = self.open_to_change(Some(Operation::OpenCampaign))?;
        let year = store.resolve_campaign(campaign)?;
        store.set_staff_checklist(year, &q, &src, named)?;
        self.say(
            "cli-staff-set",
            &[
                ("year", self.l.year(year).into()),
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
                let asked = store.staff_items_asked(year, &section.dept)?;
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
                let mut header = store.staff_items_asked(year, &section.dept)?;
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
                let overview = match &dept {
                    Some(d) => {
                        let Some(checklist) = store.staff_checklist(year)? else {
                            return Err(StoreError::from(staff::StaffError::NoStaffChecklist).into());
                        };
                        let rollup = store.staff_rollup(year, d)?.unwrap_or_default();
                        let status = store.status(year)?.into_iter().find(|s| s.code == *d);
                        let (name, path) = status.map(|s| (s.name, s.path)).unwrap_or_default();
                        let row = SectionStaff { code: d.clone(), name, path, rollup };
                        (checklist.questionnaire.clone(), staff_ward::overview(&checklist.questionnaire, &[row], None))
                    }
                    None => match store.staff_overview(year)? {
                        Some((c, o)) => (c.questionnaire, o),
                        None => return Err(StoreError::from(staff::StaffError::NoStaffChecklist).into()),
                    },
                };
                if json {
                    output::out(&serde_json::to_string_pretty(&overview.1).unwrap_or_default());
                    return Ok(());
                }
                self.print_staff(&overview.1, &overview.0, dept.is_some());
            }
        }
        Ok(())
    }

    /// The roll-up by section; for the ward, the response rate by 部 and
    /// overall; then the weakest items, each beside last year's share.
    fn print_staff(&self, o: &StaffOverview, q: &tenken_core::Questionnaire, one: bool) {
        let hidden = self.l.text("staff-rates-hidden");
        let lines = o
            .sections
            .iter()
            .map(|r| {
                let weakest = r
                    .weakest
                    .and_then(|k| {
                        let k = k as usize;
                        Some((r.cells.get(k)?.rate?, o.items.get(k)?.item_id.as_str()))
                    })
                    .map(|(rate, id)| format!("{id} {}", percent(Some(rate))))
                    .unwrap_or_else(|| {
                        let few = r.cells.iter().any(|c| c.kind == StaffCellKind::TooFew);
                        if few { hidden.clone() } else { String::new() }
                    });
                vec![
                    r.code.clone(),
                    r.path.clone(),
                    r.responses.to_string(),
                    r.headcount.map(|h| h.to_string()).unwrap_or_default(),
                    percent(r.response_rate),
                    weakest,
                ]
            })
            .collect();
        let h = self.texts(&[
            "col-code",
            "col-department",
            "col-staff-responses",
            "col-staff-headcount",
            "col-staff-rate",
            "col-staff-weakest",
        ]);
        output::out(&table(h, lines, &[2, 3, 4]));
        let last_year = o.last_year.map(|y| self.l.year(y));
        if !one {
            self.print_rates(o, last_year.as_deref());
        }
        if o.weakest.is_empty() {
            if one || o.ward.responses > 0 {
                output::out(&self.l.text_with("staff-too-few", &[("min", staff::MIN_RESPONSES_FOR_RATES.into())]));
            }
            return;
        }
        output::out(&self.l.text("staff-weakest-heading"));
        for id in &o.weakest {
            let Some(i) = o.items.iter().find(|i| i.item_id == *id) else { continue };
            let text = q.item(id).map(|(_, it)| self.l.pick(&it.text, it.text_en.as_deref()).to_owned());
            let mut line = format!("  {} {}  {}", percent(i.rate), id, text.unwrap_or_default());
            if let (Some(year), Some(_)) = (&last_year, i.last_year) {
                line.push_str(&self.l.text_with(
                    "staff-weak-last-year",
                    &[
                        ("year", year.clone().into()),
                        ("rate", percent(i.last_year).into()),
                        ("change", change(i.rate, i.last_year).into()),
                    ],
                ));
            }
            output::out(&line);
        }
    }

    /// The response rate by 部 and overall (with last year's beside it).
    fn print_rates(&self, o: &StaffOverview, last_year: Option<&str>) {
        output::out(&self.l.text("staff-by-bu-heading"));
        let mut heads =
            vec!["col-staff-bu", "col-staff-sections", "col-staff-responses", "col-staff-headcount", "col-staff-rate"];
        if last_year.is_some() {
            heads.extend(["col-staff-last-year", "col-staff-change"]);
        }
        let lines = o
            .by_bu
            .iter()
            .map(|b| {
                let mut row = vec![
                    b.bu.clone(),
                    b.sections.to_string(),
                    b.responses.to_string(),
                    b.headcount.to_string(),
                    percent(b.response_rate),
                ];
                if last_year.is_some() {
                    row.extend([percent(b.last_year), change(b.response_rate, b.last_year)]);
                }
                row
            })
            .collect();
        output::out(&table(self.texts(&heads), lines, &[1, 2, 3, 4, 5, 6]));
        let w = &o.ward;
        output::out(&self.l.text_with(
            "staff-ward-rate",
            &[
                ("rate", percent(w.response_rate).into()),
                ("responses", w.responses.into()),
                ("headcount", w.headcount.into()),
            ],
        ));
        if let Some(year) = last_year {
            output::out(&self.l.text_with(
                "staff-ward-rate-last",
                &[
                    ("year", year.to_owned().into()),
                    ("rate", percent(w.last_year).into()),
                    ("change", change(w.response_rate, w.last_year).into()),
                ],
            ));
        }
        if w.without_headcount > 0 {
            output::out(&self.l.text_with("staff-without-headcount", &[("count", w.without_headcount.into())]));
        }
    }

    /// The catalogue's words for each id, in order (a table's headings).
    fn texts(&self, ids: &[&str]) -> Vec<String> {
        ids.iter().map(|id| self.l.text(id)).collect()
    }
}
