//! Writes the demo ward into an empty database through the ordinary operations.

use serde::{Deserialize, Serialize};
use tenken_core::demo::{DemoWard, DemoYear, WardScale, demo_ward, large_ward, ward_checklist_toml};
use tenken_core::questionnaire::{Questionnaire, parse_questionnaire};
use tenken_core::schedule::SettingsInput;
use tenken_core::{FiscalYear, shipped};

use crate::{Result, Store, StoreError, Tx};

/// What the demo put into the database.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DemoWritten {
    pub sections: u32,
    pub years: Vec<i32>,
    pub answers: u32,
}

impl Store {
    /// Fills an empty database with the demo ward (豊島区's checklist), the
    /// newer year being `this_year`. One transaction: all or nothing.
    pub fn write_demo(&mut self, this_year: FiscalYear) -> Result<DemoWritten> {
        let q = parse_questionnaire(shipped::TOSHIMA)
            .map_err(|e| StoreError::Corrupt(format!("shipped checklist does not validate: {e:?}")))?;
        let demo = demo_ward(&q, this_year, u64::try_from(this_year.year()).unwrap_or(0));
        self.transaction(|t| {
            t.ensure_empty()?;
            let imported = t.import_departments(demo.departments_csv.as_bytes())?;
            let mut answers = 0;
            for y in &demo.years {
                answers += t.write_year(y, &q, shipped::TOSHIMA, true)?;
            }
            let sections = demo.years.first().map_or(0, |y| y.sections.len() as u32);
            tracing::info!(departments = imported.added, answers, "demo written");
            Ok(DemoWritten { sections, years: demo.years.iter().map(|y| y.year.year()).collect(), answers })
        })
    }

    /// Fills an empty database with a generated large ward (see
    /// [`tenken_core::demo::large_ward`]) on a checklist grown to
    /// `scale.items` items. Without `newest_answers` the newest campaign is
    /// only opened (last year's answers carried over as drafts), ready for
    /// the sections' response packages, as on the day before the import.
    /// One transaction per fiscal year, so a year is all or nothing.
    pub fn write_large_ward(
        &mut self,
        scale: WardScale,
        this_year: FiscalYear,
        newest_answers: bool,
    ) -> Result<(DemoWritten, DemoWard, Questionnaire)> {
        let toml = ward_checklist_toml(scale.items);
        let q = parse_questionnaire(&toml)
            .map_err(|e| StoreError::Corrupt(format!("generated checklist does not validate: {e:?}")))?;
        let ward = large_ward(&q, scale, this_year, u64::try_from(this_year.year()).unwrap_or(0));
        self.transaction(|t| {
            t.ensure_empty()?;
            t.import_departments(ward.departments_csv.as_bytes())
        })?;
        let mut answers = 0;
        for y in &ward.years {
            let with_answers = newest_answers || y.year != this_year;
            answers += self.transaction(|t| t.write_year(y, &q, &toml, with_answers))?;
        }
        let written = DemoWritten {
            sections: scale.sections as u32,
            years: ward.years.iter().map(|y| y.year.year()).collect(),
            answers,
        };
        tracing::info!(sections = scale.sections, answers, "large ward written");
        Ok((written, ward, q))
    }
}

impl Tx<'_> {
    /// Refuses unless the database has neither departments nor campaigns.
    fn ensure_empty(&mut self) -> Result<()> {
        let empty: bool = self.connection().query_row(
            "SELECT NOT EXISTS (SELECT 1 FROM departments) AND NOT EXISTS (SELECT 1 FROM campaigns)",
            [],
            |r| r.get(0),
        )?;
        if empty { Ok(()) } else { Err(StoreError::NotEmpty) }
    }

    /// Opens one generated year's campaign and, with `answers`, enters its
    /// answers, submissions and reopenings through the ordinary operations.
    fn write_year(&mut self, y: &DemoYear, q: &Questionnaire, toml: &str, answers: bool) -> Result<u32> {
        self.open_campaign(y.year, q, toml, y.carry_over)?;
        let today = chrono::Local::now().date_naive();
        let due = tenken_core::demo::demo_deadline(y.year, today).format("%Y-%m-%d").to_string();
        self.set_campaign_settings(y.year, &SettingsInput { due: Some(due), ..y.settings.clone() })?;
        self.set_assessment(y.year, &y.assessment)?;
        self.set_theme(y.year, &y.theme)?;
        if let Some(toml) = y.staff_checklist {
            let staff = parse_questionnaire(toml)
                .map_err(|e| StoreError::Corrupt(format!("shipped staff checklist does not validate: {e:?}")))?;
            self.set_staff_checklist(y.year, &staff, toml, false)?;
        }
        let mut written = 0;
        if !answers {
            return Ok(0);
        }
        for s in &y.sections {
            for (item, input) in &s.answers {
                self.save_answer(y.year, &s.code, item, input)?;
                written += 1;
            }
            for e in &s.evidence {
                self.add_evidence(y.year, &s.code, &e.item, e.name, e.bytes)?;
            }
            if let Some(staff) = &s.staff {
                self.set_headcount(y.year, &s.code, staff.headcount)?;
                for sheet in &staff.sheets {
                    self.save_staff_sheet(y.year, &s.code, sheet)?;
                }
            }
            // 措置状況: a section that submits has answered every row; one under way, half of them.
            let rows = self.follow_ups(y.year, &s.code)?;
            let answering = if s.submit { rows.len() } else { rows.len() / 2 };
            for (k, f) in rows.iter().take(answering).enumerate() {
                let input = tenken_core::demo::demo_follow_up(k, y.year);
                self.save_follow_up(y.year, &s.code, &f.source.item_id, &input)?;
            }
            if s.submit {
                self.submit(y.year, &s.code, &s.signoff)?;
            }
            for (item, review) in &s.reviews {
                self.set_review(y.year, &s.code, item, review)?;
            }
            if let Some(reason) = &s.reopen {
                self.reopen(y.year, &s.code, reason)?;
            }
        }
        if !y.onsite_visits.is_empty() {
            let codes: Vec<String> = y.onsite_visits.iter().map(|(code, _)| (*code).to_owned()).collect();
            self.confirm_onsite(y.year, &codes)?;
            for (code, visit) in &y.onsite_visits {
                self.record_visit(y.year, code, visit)?;
            }
        }
        Ok(written)
    }
}
