//! 総評: the auditor's overall assessment of a campaign (schema v8's
//! `campaign_assessments`), logged as `campaign.assessment` with the text
//! before and after. The core checks the text and finds assurance wording;
//! this file loads, asks and writes.

use rusqlite::{OptionalExtension, params};
use tenken_core::FiscalYear;
use tenken_core::assessment::{Assessment, check_assessment};
use tenken_core::role::Operation;

use crate::{Result, Store, Tx, audit_log, now};

impl Tx<'_> {
    /// See [`Store::assessment`].
    pub fn assessment(&mut self, year: FiscalYear) -> Result<Assessment> {
        let text: Option<String> = self
            .connection()
            .query_row("SELECT text FROM campaign_assessments WHERE year = ?1", [year.year()], |r| r.get(0))
            .optional()?;
        // Read back through the same check, so the warning is shown again.
        Ok(check_assessment(&text.unwrap_or_default())?)
    }

    /// See [`Store::set_assessment`].
    pub fn set_assessment(&mut self, year: FiscalYear, typed: &str) -> Result<Assessment> {
        self.authorize(Operation::OpenCampaign)?;
        self.resolve_campaign(Some(year))?;
        let after = check_assessment(typed)?;
        let before = self.assessment(year)?;
        if after.text != before.text {
            self.connection().execute(
                "INSERT INTO campaign_assessments (year, text, updated_at) VALUES (?1, ?2, ?3)
                 ON CONFLICT (year) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at",
                params![year.year(), after.text, now()],
            )?;
            self.record(
                "campaign.assessment",
                &year.year().to_string(),
                audit_log::json(&before.text),
                audit_log::json(&after.text),
            )?;
            tracing::info!(year = year.year(), chars = after.text.chars().count(), "overall assessment saved");
        }
        Ok(after)
    }
}

impl Store {
    /// A campaign's 総評 with the assurance wording found in it (empty text when none is written).
    pub fn assessment(&mut self, year: FiscalYear) -> Result<Assessment> {
        self.read(|t| t.assessment(year))
    }

    /// Writes a campaign's 総評 (the auditor's), one transaction; an empty
    /// text clears it. Assurance wording is returned, never refused.
    pub fn set_assessment(&mut self, year: FiscalYear, text: &str) -> Result<Assessment> {
        self.transaction(|t| t.set_assessment(year, text))
    }
}

#[cfg(test)]
mod tests {
    use tenken_core::assessment::AssessmentError;

    use super::*;
    use crate::StoreError;

    #[test]
    fn the_assessment_is_kept_logged_warned_about_and_a_refusal_changes_nothing() {
        let (_dir, mut s, year) = crate::demo_store();
        let demo = s.assessment(year).unwrap();
        assert!(!demo.text.is_empty() && demo.assurance.is_empty(), "the demo writes one in plain words: {demo:?}");

        let saved = s.set_assessment(year, "媒体管理に課題が残る。\r\n\r\n重大な問題は発見されなかった。").unwrap();
        assert_eq!(saved.assurance, vec!["問題は発見されなかった".to_owned()]);
        let again = s.assessment(year).unwrap();
        assert_eq!(again.text, "媒体管理に課題が残る。\n\n重大な問題は発見されなかった。");
        assert_eq!(again.assurance, saved.assurance);
        assert_eq!(s.report_data(year).unwrap().assessment, again.text);

        let long = "あ".repeat(tenken_core::assessment::MAX_ASSESSMENT_CHARS + 1);
        assert!(matches!(s.set_assessment(year, &long), Err(StoreError::Assessment(AssessmentError::TooLong { .. }))));
        assert!(matches!(
            s.set_assessment(FiscalYear::new(2030).unwrap(), "x"),
            Err(StoreError::UnknownCampaign(y)) if y.year() == 2030
        ));
        assert_eq!(s.assessment(year).unwrap(), again, "a refusal changes nothing");

        let events = s.events().unwrap();
        let logged: Vec<_> =
            events.iter().filter(|e| e.body.action == "campaign.assessment" && e.body.subject == "2026").collect();
        assert_eq!(logged.len(), 2, "the demo's and this one");
    }
}
