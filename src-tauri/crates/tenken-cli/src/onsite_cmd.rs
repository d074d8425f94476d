//! `tenken onsite plan | rules | confirm | list | visit`: 実地監査, the
//! ranked proposal with its reasons, the ward's rules, the auditor's
//! selection and the visits, through the store functions the window calls.

use tenken_core::FiscalYear;
use tenken_core::onsite::{OnsiteRules, VisitInput, VisitResult};
use tenken_core::role::Operation;
use tenken_store::{OnsiteSelected, Store};

use crate::cli::OnsiteCommand;
use crate::ctx::Ctx;
use crate::error::CliError;
use crate::output::{self, table};

type Result<T = ()> = std::result::Result<T, CliError>;

impl Ctx {
    /// See the module docs.
    pub fn onsite(&self, command: OnsiteCommand) -> Result {
        match command {
            OnsiteCommand::Plan { campaign, json } => self.onsite_plan(campaign, json),
            OnsiteCommand::Rules { rotation_years, visits_per_year } => {
                let rules = if rotation_years.is_none() && visits_per_year.is_none() {
                    Store::open_to_read(&self.db)?.onsite_rules()?
                } else {
                    let mut store = self.open_to_change(Some(Operation::OpenCampaign))?;
                    let now = store.onsite_rules()?;
                    store.set_onsite_rules(OnsiteRules {
                        rotation_years: rotation_years.unwrap_or(now.rotation_years),
                        visits_per_year: visits_per_year.unwrap_or(now.visits_per_year),
                    })?
                };
                self.say(
                    "cli-onsite-rules",
                    &[("years", rules.rotation_years.into()), ("visits", rules.visits_per_year.into())],
                );
                Ok(())
            }
            OnsiteCommand::Confirm { campaign, depts } => {
                let mut store = self.open_to_change(Some(Operation::OpenCampaign))?;
                let year = store.resolve_campaign(campaign)?;
                let depts = if depts.is_empty() {
                    let plan = store.onsite_plan(year)?;
                    plan.candidates.into_iter().filter(|c| c.proposed).map(|c| c.code).collect()
                } else {
                    depts
                };
                let selected = store.confirm_onsite(year, &depts)?;
                self.say("cli-onsite-confirmed", &[("count", selected.len().into())]);
                self.print_selection(&selected);
                Ok(())
            }
            OnsiteCommand::List { campaign, json } => {
                let mut store = Store::open_to_read(&self.db)?;
                let year = store.resolve_campaign(campaign)?;
                let selected = store.onsite_selection(year)?;
                if json {
                    output::out(&serde_json::to_string_pretty(&selected).unwrap_or_default());
                } else {
                    self.print_selection(&selected);
                }
                Ok(())
            }
            OnsiteCommand::Visit { section, date, auditors, result, findings } => {
                let mut store = self.open_to_change(Some(Operation::OpenCampaign))?;
                let year = store.resolve_campaign(section.campaign)?;
                let input = VisitInput { date, auditors, result: VisitResult::from_code(&result), findings };
                let visit = store.record_visit(year, &section.dept, &input)?;
                self.say(
                    "cli-onsite-visit-saved",
                    &[
                        ("dept", section.dept.into()),
                        ("date", self.date(visit.date).into()),
                        ("result", self.l.text(visit.result.label_id()).into()),
                    ],
                );
                Ok(())
            }
        }
    }

    /// The ranked list: proposed ones marked, each with its reasons.
    fn onsite_plan(&self, campaign: Option<FiscalYear>, json: bool) -> Result {
        let mut store = Store::open_to_read(&self.db)?;
        let year = store.resolve_campaign(campaign)?;
        let plan = store.onsite_plan(year)?;
        if json {
            output::out(&serde_json::to_string_pretty(&plan).unwrap_or_default());
            return Ok(());
        }
        let mark = self.l.text("cli-onsite-proposed-mark");
        let lines = plan
            .candidates
            .iter()
            .filter(|c| c.score > 0)
            .map(|c| {
                let reasons: Vec<String> = c.reasons.iter().map(|r| self.l.onsite_reason(r)).collect();
                vec![
                    if c.proposed { mark.clone() } else { String::new() },
                    c.code.clone(),
                    c.name.clone(),
                    c.score.to_string(),
                    reasons.join(&self.l.text("attribute-separator")),
                ]
            })
            .collect();
        let h = ["col-onsite-proposed", "col-code", "col-department", "col-onsite-score", "col-onsite-reasons"]
            .map(|id| self.l.text(id))
            .to_vec();
        output::out(&table(h, lines, &[3]));
        output::out(&self.l.text_with(
            "cli-onsite-rules",
            &[("years", plan.rules.rotation_years.into()), ("visits", plan.rules.visits_per_year.into())],
        ));
        if plan.rotation_needs_per_year > plan.rules.visits_per_year {
            output::out(&self.l.text_with(
                "onsite-rotation-short",
                &[("needed", plan.rotation_needs_per_year.into()), ("visits", plan.rules.visits_per_year.into())],
            ));
        }
        Ok(())
    }

    /// The selection with each visit, or how to make one.
    fn print_selection(&self, selected: &[OnsiteSelected]) {
        if selected.is_empty() {
            output::out(&self.l.text("cli-onsite-none"));
            return;
        }
        let lines = selected
            .iter()
            .map(|s| {
                let reasons: Vec<String> = s.reasons.iter().map(|r| self.l.onsite_reason(r)).collect();
                let visit = s.visit.as_ref().map_or_else(
                    || self.l.text("onsite-not-visited"),
                    |v| format!("{}\n{}\n{}", self.date(v.date), v.auditors, self.l.text(v.result.label_id())),
                );
                vec![
                    s.code.clone(),
                    s.name.clone(),
                    reasons.join(&self.l.text("attribute-separator")),
                    visit,
                    s.visit.as_ref().map(|v| v.findings.clone()).unwrap_or_default(),
                ]
            })
            .collect();
        let h = ["col-code", "col-department", "col-onsite-reasons", "col-onsite-visit", "col-onsite-findings"]
            .map(|id| self.l.text(id))
            .to_vec();
        output::out(&table(h, lines, &[]));
    }
}
