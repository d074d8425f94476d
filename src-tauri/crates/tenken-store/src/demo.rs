//! Writes the demo ward into an empty database through the ordinary operations.

use serde::{Deserialize, Serialize};
use tenken_core::demo::demo_ward;
use tenken_core::questionnaire::parse_questionnaire;
use tenken_core::{FiscalYear, shipped};

use crate::{Result, Store, StoreError};

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
            let empty: bool = t.connection().query_row(
                "SELECT NOT EXISTS (SELECT 1 FROM departments) AND NOT EXISTS (SELECT 1 FROM campaigns)",
                [],
                |r| r.get(0),
            )?;
            if !empty {
                return Err(StoreError::NotEmpty);
            }
            let imported = t.import_departments(demo.departments_csv.as_bytes())?;
            let mut answers = 0;
            for y in &demo.years {
                t.open_campaign(y.year, &q, shipped::TOSHIMA, y.carry_over)?;
                for s in &y.sections {
                    for (item, input) in &s.answers {
                        t.save_answer(y.year, &s.code, item, input)?;
                        answers += 1;
                    }
                    if s.submit {
                        t.submit(y.year, &s.code)?;
                    }
                    if let Some(reason) = &s.reopen {
                        t.reopen(y.year, &s.code, reason)?;
                    }
                }
            }
            let sections = demo.years.first().map_or(0, |y| y.sections.len() as u32);
            tracing::info!(departments = imported.added, answers, "demo written");
            Ok(DemoWritten { sections, years: demo.years.iter().map(|y| y.year.year()).collect(), answers })
        })
    }
}
