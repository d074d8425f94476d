//! 提出 with its sign-off (回答者, 所属長, 承認日) and the 提出履歴 that
//! shows it. The rules are `tenken_core::campaign::submit` and
//! `tenken_core::schedule::check_signoff`.

use chrono::{Local, NaiveDate};
use rusqlite::params;
use serde::{Deserialize, Serialize};
use tenken_core::FiscalYear;
use tenken_core::campaign;
use tenken_core::role::Operation;
use tenken_core::schedule::{SignOff, SignOffInput, check_signoff};

use crate::{Result, Store, Tx, audit_log, now};

/// One line of a section's 提出履歴: a submission with who answered and
/// approved, or a 差戻し with its reason.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SubmissionEvent {
    /// `submit` or `reopen`.
    pub action: String,
    /// RFC 3339, as recorded.
    pub at: String,
    pub reason: Option<String>,
    /// `None` for 差戻し and for submissions made before sign-offs existed.
    pub signoff: Option<SignOff>,
}

impl Store {
    /// 提出: locks the section's answers if nothing is missing, recording who
    /// answered and which 所属長 approved.
    pub fn submit(&mut self, year: FiscalYear, dept: &str, signoff: &SignOffInput) -> Result<SignOff> {
        self.transaction(|t| t.submit(year, dept, signoff))
    }

    /// A section's 提出履歴, oldest first.
    pub fn submissions(&mut self, year: FiscalYear, dept: &str) -> Result<Vec<SubmissionEvent>> {
        self.read(|t| t.submissions(year, dept))
    }
}

/// Reads a stored sign-off; `None` when the event has none (or a damaged date).
fn signoff_of(respondent: Option<String>, approver: Option<String>, on: Option<String>) -> Option<SignOff> {
    let approved_on = NaiveDate::parse_from_str(on.as_deref()?, "%Y-%m-%d").ok()?;
    Some(SignOff { respondent: respondent?, approver: approver?, approved_on })
}

impl Tx<'_> {
    /// See [`Store::submit`]. The approval date defaults to today and may not lie after it.
    pub fn submit(&mut self, year: FiscalYear, dept: &str, input: &SignOffInput) -> Result<SignOff> {
        self.authorize(Operation::Submit { dept })?;
        let section = self.section(year, dept)?;
        let missing = self.missing(year, dept)?;
        let state = campaign::submit(section.state, missing)?;
        // The staff self-check's minimum response rate, when the auditor set one.
        if let Some(rollup) = self.staff_rollup(year, dept)? {
            tenken_core::staff::check_response_rate(&rollup, self.campaign_settings(year)?.staff_min_rate)?;
        }
        let signoff = check_signoff(input, year, Local::now().date_naive())?;
        let stamp = now();
        self.tx.execute(
            "UPDATE campaign_sections SET state = ?3, submitted_at = ?4 WHERE year = ?1 AND dept = ?2",
            params![year.year(), dept, state.code(), stamp],
        )?;
        self.insert_submit_event(year, dept, &stamp, Some(&signoff))?;
        let subject = format!("{}/{dept}", year.year());
        self.record("section.submit", &subject, audit_log::json(&section.state), audit_log::json(&(state, &signoff)))?;
        Ok(signoff)
    }

    /// Adds a `submit` line to `section_events` (also for a submission a
    /// response package brings).
    pub(crate) fn insert_submit_event(
        &mut self,
        year: FiscalYear,
        dept: &str,
        at: &str,
        signoff: Option<&SignOff>,
    ) -> Result<()> {
        self.tx.execute(
            "INSERT INTO section_events (year, dept, action, at, respondent, approver, approved_on)
             VALUES (?1, ?2, 'submit', ?3, ?4, ?5, ?6)",
            params![
                year.year(),
                dept,
                at,
                signoff.map(|s| s.respondent.as_str()),
                signoff.map(|s| s.approver.as_str()),
                signoff.map(|s| s.approved_on.format("%Y-%m-%d").to_string()),
            ],
        )?;
        Ok(())
    }

    /// See [`Store::submissions`].
    pub fn submissions(&mut self, year: FiscalYear, dept: &str) -> Result<Vec<SubmissionEvent>> {
        self.section_exists(year, dept)?;
        let mut stmt = self.tx.prepare_cached(
            "SELECT action, at, reason, respondent, approver, approved_on FROM section_events
             WHERE year = ?1 AND dept = ?2 ORDER BY id",
        )?;
        let rows = stmt.query_map(params![year.year(), dept], |r| {
            Ok(SubmissionEvent {
                action: r.get(0)?,
                at: r.get(1)?,
                reason: r.get(2)?,
                signoff: signoff_of(r.get(3)?, r.get(4)?, r.get(5)?),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The sign-off of each submitted section's latest submission that has
    /// one, in board order (a section sent back has none until it submits again).
    pub fn signoffs(&mut self, year: FiscalYear) -> Result<Vec<(String, SignOff)>> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT e.dept, e.respondent, e.approver, e.approved_on FROM section_events e
             JOIN campaign_sections s ON s.year = e.year AND s.dept = e.dept
             WHERE e.year = ?1 AND s.state = 'submitted' AND e.id = (SELECT MAX(id) FROM section_events x
                                           WHERE x.year = e.year AND x.dept = e.dept AND x.action = 'submit')
             ORDER BY s.position",
        )?;
        let rows = stmt
            .query_map([year.year()], |r| Ok((r.get::<_, String>(0)?, signoff_of(r.get(1)?, r.get(2)?, r.get(3)?))))?;
        let mut out = Vec::new();
        for row in rows {
            if let (dept, Some(s)) = row? {
                out.push((dept, s));
            }
        }
        Ok(out)
    }

    /// The sign-off of one section's latest submission, if it has one.
    pub fn signoff(&mut self, year: FiscalYear, dept: &str) -> Result<Option<SignOff>> {
        Ok(self.submissions(year, dept)?.into_iter().rev().find(|e| e.action == "submit").and_then(|e| e.signoff))
    }
}
