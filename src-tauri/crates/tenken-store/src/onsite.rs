//! 実地監査: the ranked proposal, the auditor's confirmed selection and the
//! visits (schema v12's `onsite_selection` and `onsite_visits`), and the
//! ward's rules (rotation years, visits a year) in `settings`. The core
//! ranks and checks; this file gathers the facts and writes, logging
//! `onsite.rules`, `onsite.select` and `onsite.visit`.

use std::collections::{BTreeSet, HashMap};

use chrono::NaiveDate;
use rusqlite::params;
use tenken_core::FiscalYear;
use tenken_core::aggregate::Summary;
use tenken_core::onsite::{
    OnsiteError, OnsitePlan, OnsiteRules, OnsiteSelected, SectionSignals, Visit, VisitInput, VisitResult, check_rules,
    check_visit, rank,
};
use tenken_core::role::Operation;

use crate::{Result, Store, StoreError, Tx, audit_log, now};

const RULES_KEY: &str = "onsite.rules";

/// Today as the computer's calendar has it (a visit cannot be in the future).
fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

impl Tx<'_> {
    /// The ward's rules for choosing (the defaults until the auditor sets them).
    pub fn onsite_rules(&mut self) -> Result<OnsiteRules> {
        Ok(self.setting(RULES_KEY)?.and_then(|s| serde_json::from_str(&s).ok()).unwrap_or_default())
    }

    /// See [`Store::set_onsite_rules`].
    pub fn set_onsite_rules(&mut self, rules: OnsiteRules) -> Result<OnsiteRules> {
        self.authorize(Operation::OpenCampaign)?;
        let after = check_rules(rules)?;
        let before = self.onsite_rules()?;
        if after != before {
            self.set_setting(RULES_KEY, &serde_json::to_string(&after).unwrap_or_default())?;
            self.record("onsite.rules", "ward", audit_log::json(&before), audit_log::json(&after))?;
        }
        Ok(after)
    }

    /// See [`Store::onsite_plan`].
    pub fn onsite_plan(&mut self, year: FiscalYear) -> Result<OnsitePlan> {
        let summary = self.summary(year)?;
        let repeats: HashMap<String, u32> =
            self.repeat_cells(year)?.into_iter().map(|(dept, by)| (dept, by.values().sum())).collect();
        self.onsite_plan_from(year, &summary, &repeats)
    }

    /// The ranking from the year's summary and each section's count of 再発,
    /// which the audit report has already worked out: it proposes the visits
    /// without consolidating the year a second time.
    pub(crate) fn onsite_plan_from(
        &mut self,
        year: FiscalYear,
        summary: &Summary,
        repeats: &HashMap<String, u32>,
    ) -> Result<OnsitePlan> {
        let rules = self.onsite_rules()?;
        let follow_ups = self.follow_up_counts(year)?;
        let last_visits = self.last_visits(year)?;
        let first_year: i32 = self
            .connection()
            .query_row("SELECT MIN(year) FROM campaigns", [], |r| r.get::<_, Option<i32>>(0))?
            .unwrap_or(year.year());
        let signals: Vec<SectionSignals> = summary
            .by_section
            .iter()
            .map(|s| SectionSignals {
                code: s.code.clone(),
                name: s.name.clone(),
                rate: s.rate,
                na: s.counts.na,
                answered: s.counts.scored() + s.counts.na,
                repeats: repeats.get(&s.code).copied().unwrap_or(0),
                overdue: follow_ups.get(&s.code).map_or(0, |c| c.overdue),
                last_visit: last_visits.get(&s.code).copied(),
            })
            .collect();
        Ok(rank(year.year(), first_year, rules, summary.rate, &signals))
    }

    /// Each section's last visit up to `year`.
    fn last_visits(&mut self, year: FiscalYear) -> Result<HashMap<String, i32>> {
        let mut stmt = self
            .connection()
            .prepare_cached("SELECT dept, MAX(year) FROM onsite_visits WHERE year <= ?1 GROUP BY dept")?;
        let rows = stmt.query_map([year.year()], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i32>(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// See [`Store::onsite_selection`].
    pub fn onsite_selection(&mut self, year: FiscalYear) -> Result<Vec<OnsiteSelected>> {
        let mut stmt = self.connection().prepare_cached(
            "SELECT s.dept, d.name, s.reasons, s.confirmed_at, v.visited_on, v.auditors, v.result, v.findings
             FROM onsite_selection s JOIN departments d ON d.code = s.dept
             LEFT JOIN onsite_visits v ON v.year = s.year AND v.dept = s.dept
             WHERE s.year = ?1 ORDER BY s.dept",
        )?;
        type Row = (String, String, String, String, Option<String>, Option<String>, Option<String>, Option<String>);
        let rows: Vec<Row> = stmt
            .query_map([year.year()], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?, r.get(7)?))
            })?
            .collect::<rusqlite::Result<_>>()?;
        rows.into_iter()
            .map(|(code, name, reasons, confirmed_at, on, auditors, result, findings)| {
                let reasons = serde_json::from_str(&reasons)
                    .map_err(|e| StoreError::Corrupt(format!("on-site reasons of {code}: {e}")))?;
                let visit = match (on, auditors, result) {
                    (Some(on), Some(auditors), Some(result)) => Some(visit_of(&on, auditors, &result, findings)?),
                    _ => None,
                };
                Ok(OnsiteSelected { code, name, reasons, confirmed_at, visit })
            })
            .collect()
    }

    /// See [`Store::confirm_onsite`].
    pub fn confirm_onsite(&mut self, year: FiscalYear, depts: &[String]) -> Result<Vec<OnsiteSelected>> {
        self.authorize(Operation::OpenCampaign)?;
        let chosen: BTreeSet<&str> = depts.iter().map(|d| d.trim()).filter(|d| !d.is_empty()).collect();
        if chosen.is_empty() {
            return Err(OnsiteError::EmptySelection.into());
        }
        for dept in &chosen {
            self.section_exists(year, dept)?;
        }
        let before = self.onsite_selection(year)?;
        if let Some(visited) = before.iter().find(|s| s.visit.is_some() && !chosen.contains(s.code.as_str())) {
            return Err(OnsiteError::VisitRecorded(visited.code.clone()).into());
        }
        // The ranking is worked out only when a newly chosen section needs
        // its reasons; one already selected keeps the reasons it had.
        let plan = if chosen.iter().any(|d| !before.iter().any(|s| s.code == *d)) {
            Some(self.onsite_plan(year)?)
        } else {
            None
        };
        let stamp = now();
        self.connection().execute("DELETE FROM onsite_selection WHERE year = ?1 AND dept NOT IN (SELECT dept FROM onsite_visits WHERE year = ?1)", [year.year()])?;
        for dept in &chosen {
            let reasons = plan
                .iter()
                .flat_map(|p| &p.candidates)
                .find(|c| c.code == *dept)
                .map(|c| c.reasons.clone())
                .unwrap_or_default();
            let kept = before.iter().find(|s| s.code == *dept);
            self.connection().execute(
                "INSERT INTO onsite_selection (year, dept, reasons, confirmed_at) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (year, dept) DO NOTHING",
                params![
                    year.year(),
                    dept,
                    serde_json::to_string(kept.map_or(&reasons, |k| &k.reasons)).unwrap_or_default(),
                    kept.map_or(stamp.as_str(), |k| k.confirmed_at.as_str())
                ],
            )?;
        }
        let after = self.onsite_selection(year)?;
        let codes = |v: &[OnsiteSelected]| v.iter().map(|s| s.code.clone()).collect::<Vec<_>>();
        if codes(&before) != codes(&after) {
            self.record(
                "onsite.select",
                &year.year().to_string(),
                audit_log::json(&codes(&before)),
                audit_log::json(&codes(&after)),
            )?;
            tracing::info!(year = year.year(), sections = after.len(), "on-site selection confirmed");
        }
        Ok(after)
    }

    /// See [`Store::record_visit`].
    pub fn record_visit(&mut self, year: FiscalYear, dept: &str, input: &VisitInput) -> Result<Visit> {
        self.authorize(Operation::OpenCampaign)?;
        self.section_exists(year, dept)?;
        let selected = self.onsite_selection(year)?;
        let Some(row) = selected.into_iter().find(|s| s.code == dept) else {
            return Err(OnsiteError::NotSelected(dept.to_owned()).into());
        };
        let visit = check_visit(input, year.start(), today())?;
        self.connection().execute(
            "INSERT INTO onsite_visits (year, dept, visited_on, auditors, result, findings, saved_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
             ON CONFLICT (year, dept) DO UPDATE SET visited_on = excluded.visited_on, auditors = excluded.auditors,
                 result = excluded.result, findings = excluded.findings, saved_at = excluded.saved_at",
            params![
                year.year(),
                dept,
                visit.date.format("%Y-%m-%d").to_string(),
                visit.auditors,
                visit.result.code(),
                visit.findings,
                now()
            ],
        )?;
        if row.visit.as_ref() != Some(&visit) {
            let subject = format!("{}/{dept}", year.year());
            self.record(
                "onsite.visit",
                &subject,
                row.visit.as_ref().and_then(audit_log::json),
                audit_log::json(&visit),
            )?;
        }
        Ok(visit)
    }
}

/// A stored visit read back; an unknown result or date is a damaged database.
fn visit_of(on: &str, auditors: String, result: &str, findings: Option<String>) -> Result<Visit> {
    let date =
        NaiveDate::parse_from_str(on, "%Y-%m-%d").map_err(|_| StoreError::Corrupt(format!("visit date {on:?}")))?;
    let result = VisitResult::from_code(result)
        .ok_or_else(|| StoreError::Corrupt(format!("unknown visit result {result:?}")))?;
    Ok(Visit { date, auditors, result, findings: findings.unwrap_or_default() })
}

impl Store {
    /// The ward's rules for choosing on-site audits.
    pub fn onsite_rules(&mut self) -> Result<OnsiteRules> {
        self.read(|t| t.onsite_rules())
    }

    /// Sets the rotation years and visits a year (the auditor's), logged.
    pub fn set_onsite_rules(&mut self, rules: OnsiteRules) -> Result<OnsiteRules> {
        self.transaction(|t| t.set_onsite_rules(rules))
    }

    /// Every section of a campaign ranked for an on-site audit, with reasons.
    pub fn onsite_plan(&mut self, year: FiscalYear) -> Result<OnsitePlan> {
        self.read(|t| t.onsite_plan(year))
    }

    /// The sections confirmed for a visit this year, with their visits.
    pub fn onsite_selection(&mut self, year: FiscalYear) -> Result<Vec<OnsiteSelected>> {
        self.read(|t| t.onsite_selection(year))
    }

    /// Confirms the year's selection (replacing the last one, keeping any
    /// section already visited), one transaction, logged.
    pub fn confirm_onsite(&mut self, year: FiscalYear, depts: &[String]) -> Result<Vec<OnsiteSelected>> {
        self.transaction(|t| t.confirm_onsite(year, depts))
    }

    /// Records (or corrects) the visit of a selected section, logged.
    pub fn record_visit(&mut self, year: FiscalYear, dept: &str, input: &VisitInput) -> Result<Visit> {
        self.transaction(|t| t.record_visit(year, dept, input))
    }
}

/// The codes selected, for the tests.
#[cfg(test)]
fn selected_codes(store: &mut Store, year: FiscalYear) -> Vec<String> {
    store.onsite_selection(year).map(|v| v.into_iter().map(|s| s.code).collect()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::demo_store as demo;

    #[test]
    fn the_audit_report_proposes_the_sections_the_plan_proposes() {
        let (_dir, mut store, year) = demo();
        let plan = store.onsite_plan(year).unwrap();
        let report = store.report_data(year).unwrap();
        assert!(report.onsite.is_empty(), "the demo confirms nothing");
        let codes =
            |v: Vec<&tenken_core::onsite::OnsiteCandidate>| v.into_iter().map(|c| c.code.clone()).collect::<Vec<_>>();
        let planned = codes(plan.candidates.iter().filter(|c| c.proposed).collect());
        assert!(!planned.is_empty());
        assert_eq!(codes(report.onsite_proposed.iter().collect()), planned);
        // Reasons included, 再発 among them, counted the same way twice.
        assert_eq!(report.onsite_proposed, plan.candidates.into_iter().filter(|c| c.proposed).collect::<Vec<_>>());
    }

    #[test]
    fn a_confirmed_selection_keeps_its_reasons_and_a_visit_needs_a_selected_section() {
        let (_dir, mut store, year) = demo();
        let plan = store.onsite_plan(year).unwrap();
        let proposed: Vec<String> = plan.candidates.iter().filter(|c| c.proposed).map(|c| c.code.clone()).collect();
        assert!(!proposed.is_empty());
        let first = plan.candidates.iter().find(|c| c.proposed).unwrap();
        assert!(!first.reasons.is_empty(), "a proposed section says why");
        let confirmed = store.confirm_onsite(year, &proposed).unwrap();
        assert_eq!(confirmed.iter().map(|s| s.code.clone()).collect::<Vec<_>>(), {
            let mut p = proposed.clone();
            p.sort();
            p
        });
        assert_eq!(confirmed.iter().find(|s| s.code == first.code).unwrap().reasons, first.reasons);

        let not_selected = plan.candidates.iter().find(|c| !proposed.contains(&c.code)).unwrap().code.clone();
        let input = VisitInput {
            date: year.start().format("%Y-%m-%d").to_string(),
            auditors: "監査 太郎".into(),
            result: Some(VisitResult::Good),
            findings: String::new(),
        };
        let err = store.record_visit(year, &not_selected, &input).unwrap_err();
        assert!(matches!(err, StoreError::Onsite(OnsiteError::NotSelected(_))), "{err:?}");
        store.record_visit(year, &first.code, &input).unwrap();
        // A visited section cannot be dropped from the selection; the database is unchanged.
        let before = selected_codes(&mut store, year);
        let err = store.confirm_onsite(year, std::slice::from_ref(&not_selected)).unwrap_err();
        assert!(matches!(err, StoreError::Onsite(OnsiteError::VisitRecorded(_))), "{err:?}");
        assert_eq!(selected_codes(&mut store, year), before);
        // Visited this year: next year's ranking counts from it.
        let row = store.onsite_selection(year).unwrap().into_iter().find(|s| s.code == first.code).unwrap();
        assert_eq!(row.visit.map(|v| v.result), Some(VisitResult::Good));
    }

    #[test]
    fn rules_out_of_bounds_leave_the_settings_unchanged() {
        let (_dir, mut store, _) = demo();
        let err = store.set_onsite_rules(OnsiteRules { rotation_years: 0, visits_per_year: 3 }).unwrap_err();
        assert!(matches!(err, StoreError::Onsite(OnsiteError::RotationYears(0))));
        assert_eq!(store.onsite_rules().unwrap(), OnsiteRules::default());
        let set = store.set_onsite_rules(OnsiteRules { rotation_years: 4, visits_per_year: 10 }).unwrap();
        assert_eq!(store.onsite_rules().unwrap(), set);
    }
}
