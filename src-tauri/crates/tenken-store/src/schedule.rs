//! A campaign's 提出期限, 問い合わせ先 and 責任者・担当者 (schema v7's
//! `campaign_settings`), and the read model screens use to show them with
//! 残り日数 and 期限超過. The rules are `tenken_core::schedule`'s.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};
use tenken_core::campaign::SectionState;
use tenken_core::role::Operation;
use tenken_core::schedule::{
    self, CampaignSettings, Contact, Deadline, Officers, SettingsInput, SignOff, apply_settings,
};
use tenken_core::{FiscalYear, Questionnaire};

use crate::{CampaignOpened, Result, Store, StoreError, Tx, audit_log, now};

/// What a screen shows about a campaign's deadline and contact on a given day.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CampaignNotice {
    pub year: FiscalYear,
    pub settings: CampaignSettings,
    /// The deadline with 残り日数 on the day asked about, if one is set.
    pub deadline: Option<Deadline>,
    /// The first day the deadline may be set to (for the form's hint).
    pub start: NaiveDate,
}

/// The auditor's board beyond progress: which sections are 期限超過 and who
/// answered and approved each submitted one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct BoardDeadlines {
    pub notice: CampaignNotice,
    /// Codes of the unsubmitted sections past the deadline, in board order.
    pub overdue: Vec<String>,
    /// The sign-off of each section's latest submission.
    pub signoffs: Vec<SectionSignOff>,
}

/// One section's latest sign-off.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SectionSignOff {
    pub dept: String,
    pub signoff: SignOff,
}

impl Store {
    /// Opens a campaign and sets its deadline, contact and officers in the
    /// same transaction: a refused deadline leaves no campaign behind.
    pub fn open_campaign_with(
        &mut self,
        year: FiscalYear,
        q: &Questionnaire,
        source: &str,
        carry: bool,
        settings: &SettingsInput,
    ) -> Result<CampaignOpened> {
        self.transaction(|t| {
            let opened = t.open_campaign(year, q, source, carry)?;
            if *settings != SettingsInput::default() {
                t.set_campaign_settings(year, settings)?;
            }
            Ok(opened)
        })
    }

    /// Changes a campaign's deadline, contact or officers (the auditor's).
    pub fn set_campaign_settings(&mut self, year: FiscalYear, input: &SettingsInput) -> Result<CampaignSettings> {
        self.transaction(|t| t.set_campaign_settings(year, input))
    }

    /// A campaign's deadline, contact and officers as stored.
    pub fn campaign_settings(&mut self, year: FiscalYear) -> Result<CampaignSettings> {
        self.read(|t| t.campaign_settings(year))
    }

    /// The deadline with 残り日数 on `today`, and the contact.
    pub fn campaign_notice(&mut self, year: FiscalYear, today: NaiveDate) -> Result<CampaignNotice> {
        self.read(|t| t.campaign_notice(year, today))
    }

    /// 期限超過 and sign-offs for the auditor's board on `today`.
    pub fn board_deadlines(&mut self, year: FiscalYear, today: NaiveDate) -> Result<BoardDeadlines> {
        self.read(|t| t.board_deadlines(year, today))
    }
}

impl Tx<'_> {
    /// The day a campaign was opened on this installation.
    fn opened_on(&mut self, year: FiscalYear) -> Result<NaiveDate> {
        let at: String = self
            .tx
            .query_row("SELECT opened_at FROM campaigns WHERE year = ?1", [year.year()], |r| r.get(0))
            .optional()?
            .ok_or(StoreError::UnknownCampaign(year))?;
        // RFC 3339 as `now()` writes it; the date is its first ten characters.
        at.get(..10)
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
            .ok_or_else(|| StoreError::Corrupt(format!("campaign {} opened at {at:?}", year.year())))
    }

    /// See [`Store::campaign_settings`]; all empty when nothing was set.
    pub fn campaign_settings(&mut self, year: FiscalYear) -> Result<CampaignSettings> {
        self.opened_on(year)?;
        let row = self
            .tx
            .prepare_cached(
                "SELECT due, contact_unit, contact_phone, contact_mail, lead, lead_unit, staff, staff_unit,
                        evidence_required, staff_min_rate
                 FROM campaign_settings WHERE year = ?1",
            )?
            .query_row([year.year()], |r| {
                Ok((
                    r.get::<_, Option<String>>(0)?,
                    Contact { unit: r.get(1)?, phone: r.get(2)?, mail: r.get(3)? },
                    Officers { lead: r.get(4)?, lead_unit: r.get(5)?, staff: r.get(6)?, staff_unit: r.get(7)? },
                    r.get::<_, i64>(8)? != 0,
                    r.get::<_, Option<u8>>(9)?,
                ))
            })
            .optional()?;
        let Some((due, contact, officers, evidence_required, staff_min_rate)) = row else {
            return Ok(CampaignSettings::default());
        };
        let due = match due {
            Some(d) => Some(
                NaiveDate::parse_from_str(&d, "%Y-%m-%d")
                    .map_err(|_| StoreError::Corrupt(format!("deadline {d:?}")))?,
            ),
            None => None,
        };
        Ok(CampaignSettings { due, contact, officers, evidence_required, staff_min_rate })
    }

    /// Writes the settings as given (checked by the caller or by the core).
    pub(crate) fn write_campaign_settings(&mut self, year: FiscalYear, s: &CampaignSettings) -> Result<()> {
        self.tx.execute(
            "INSERT INTO campaign_settings (year, due, contact_unit, contact_phone, contact_mail,
                                            lead, lead_unit, staff, staff_unit, updated_at, evidence_required,
                                            staff_min_rate)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
             ON CONFLICT (year) DO UPDATE SET due = excluded.due, contact_unit = excluded.contact_unit,
                contact_phone = excluded.contact_phone, contact_mail = excluded.contact_mail,
                lead = excluded.lead, lead_unit = excluded.lead_unit, staff = excluded.staff,
                staff_unit = excluded.staff_unit, updated_at = excluded.updated_at,
                evidence_required = excluded.evidence_required, staff_min_rate = excluded.staff_min_rate",
            params![
                year.year(),
                s.due.map(|d| d.format("%Y-%m-%d").to_string()),
                s.contact.unit,
                s.contact.phone,
                s.contact.mail,
                s.officers.lead,
                s.officers.lead_unit,
                s.officers.staff,
                s.officers.staff_unit,
                now(),
                s.evidence_required,
                s.staff_min_rate,
            ],
        )?;
        Ok(())
    }

    /// See [`Store::set_campaign_settings`]. Recorded in the audit log as
    /// `campaign.settings` with the values before and after.
    pub fn set_campaign_settings(&mut self, year: FiscalYear, input: &SettingsInput) -> Result<CampaignSettings> {
        self.authorize(Operation::OpenCampaign)?;
        let opened = self.opened_on(year)?;
        let before = self.campaign_settings(year)?;
        let after = apply_settings(&before, input, year, opened)?;
        if after != before {
            self.write_campaign_settings(year, &after)?;
            self.record(
                "campaign.settings",
                &year.year().to_string(),
                audit_log::json(&before),
                audit_log::json(&after),
            )?;
        }
        Ok(after)
    }

    /// See [`Store::campaign_notice`].
    pub fn campaign_notice(&mut self, year: FiscalYear, today: NaiveDate) -> Result<CampaignNotice> {
        let settings = self.campaign_settings(year)?;
        let start = schedule::campaign_start(year, self.opened_on(year)?);
        Ok(CampaignNotice { year, deadline: settings.due.map(|d| schedule::deadline(d, today)), settings, start })
    }

    /// See [`Store::board_deadlines`].
    pub fn board_deadlines(&mut self, year: FiscalYear, today: NaiveDate) -> Result<BoardDeadlines> {
        let notice = self.campaign_notice(year, today)?;
        let states: Vec<(String, String)> = {
            let mut stmt = self
                .tx
                .prepare_cached("SELECT dept, state FROM campaign_sections WHERE year = ?1 ORDER BY position")?;
            stmt.query_map([year.year()], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?
        };
        let mut overdue = Vec::new();
        for (code, state) in states {
            let state = SectionState::from_code(&state)
                .ok_or_else(|| StoreError::Corrupt(format!("unknown state {state:?}")))?;
            if schedule::section_overdue(notice.settings.due, today, state) {
                overdue.push(code);
            }
        }
        let signoffs =
            self.signoffs(year)?.into_iter().map(|(dept, signoff)| SectionSignOff { dept, signoff }).collect();
        Ok(BoardDeadlines { notice, overdue, signoffs })
    }
}
