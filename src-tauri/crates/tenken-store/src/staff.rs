//! 職員セルフチェック in the database (schema v10): the staff checklist a
//! campaign asks, each section's 職員数, the sheets staff answered on the
//! section's terminal, and the roll-ups response packages brought to the
//! auditor. The rules (what a sheet must hold, when rates may be shown) are
//! the core's ([`tenken_core::staff`]).

use std::sync::Arc;

use rusqlite::{OptionalExtension, params};
use tenken_core::role::Operation;
use tenken_core::staff::{self, StaffRollup, StaffSheet, StaffSheetInput, StaffValue};
pub use tenken_core::staff_ward::SectionStaff;
use tenken_core::staff_ward::{self, StaffOverview};
use tenken_core::{FiscalYear, Questionnaire};

use crate::{Result, Store, StoreError, Tx, now};

/// A campaign's staff self-check: the checklist and whether staff answer named.
#[derive(Debug, Clone)]
pub struct StaffChecklist {
    pub questionnaire: Arc<Questionnaire>,
    /// The checklist as given (carried to the terminals in their distribution).
    pub toml: String,
    pub named: bool,
}

fn value_of(code: &str) -> Result<StaffValue> {
    StaffValue::ALL
        .into_iter()
        .find(|v| v.code() == code)
        .ok_or_else(|| StoreError::Corrupt(format!("staff answer {code}")))
}

impl Tx<'_> {
    /// Sets (or replaces) the staff self-check a campaign asks. The auditor's
    /// decision, like opening the campaign; logged as `campaign.staff`.
    pub fn set_staff_checklist(&mut self, year: FiscalYear, q: &Questionnaire, toml: &str, named: bool) -> Result<()> {
        self.authorize(Operation::OpenCampaign)?;
        staff::ensure_staff(q)?;
        self.questionnaire(year)?;
        self.write_staff_checklist(year, q, toml, named)?;
        let after = crate::audit_log::json(&(q.meta.id.as_str(), q.hash(), named));
        self.record("campaign.staff", &year.year().to_string(), None, after)?;
        Ok(())
    }

    /// Stores the checklist and the campaign's row (a terminal does this when a distribution brings them).
    pub(crate) fn write_staff_checklist(
        &mut self,
        year: FiscalYear,
        q: &Questionnaire,
        toml: &str,
        named: bool,
    ) -> Result<()> {
        let hash = self.store_questionnaire(q, toml)?;
        self.connection().execute(
            "INSERT INTO campaign_staff (year, questionnaire, named, set_at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (year) DO UPDATE SET questionnaire = excluded.questionnaire, named = excluded.named,
                set_at = excluded.set_at",
            params![year.year(), hash, named, now()],
        )?;
        Ok(())
    }

    /// The campaign's staff self-check, if it asks one.
    pub fn staff_checklist(&mut self, year: FiscalYear) -> Result<Option<StaffChecklist>> {
        let row: Option<(String, bool)> = self
            .connection()
            .query_row("SELECT questionnaire, named FROM campaign_staff WHERE year = ?1", [year.year()], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .optional()?;
        let Some((hash, named)) = row else { return Ok(None) };
        let questionnaire = self.questionnaire_by_hash(&hash)?;
        let toml: String =
            self.connection().query_row("SELECT source FROM questionnaires WHERE hash = ?1", [&hash], |r| r.get(0))?;
        Ok(Some(StaffChecklist { questionnaire, toml, named }))
    }

    fn require_staff_checklist(&mut self, year: FiscalYear) -> Result<StaffChecklist> {
        self.staff_checklist(year)?.ok_or_else(|| staff::StaffError::NoStaffChecklist.into())
    }

    /// The section head's 職員数 (logged as `staff.headcount`).
    pub fn set_headcount(&mut self, year: FiscalYear, dept: &str, headcount: u32) -> Result<()> {
        self.authorize(Operation::SaveAnswer { dept })?;
        self.section(year, dept)?;
        let n = staff::check_headcount(i64::from(headcount))?;
        let before: Option<u32> = self.connection().query_row(
            "SELECT headcount FROM campaign_sections WHERE year = ?1 AND dept = ?2",
            params![year.year(), dept],
            |r| r.get(0),
        )?;
        self.connection().execute(
            "UPDATE campaign_sections SET headcount = ?3 WHERE year = ?1 AND dept = ?2",
            params![year.year(), dept, n],
        )?;
        let subject = format!("{}/{dept}", year.year());
        self.record("staff.headcount", &subject, before.map(|b| b.to_string()), Some(n.to_string()))?;
        Ok(())
    }

    /// Saves one staff member's sheet, checked by the core. What is logged
    /// is that a sheet was saved and how many items it held — never the
    /// answers, nor who gave them in anonymous mode.
    pub fn save_staff_sheet(&mut self, year: FiscalYear, dept: &str, input: &StaffSheetInput) -> Result<u32> {
        let section = self.editable_section(year, dept)?;
        let c = self.require_staff_checklist(year)?;
        let sheet = staff::check_sheet(&c.questionnaire, section.scope(), c.named, input)?;
        self.insert_sheet(year, dept, &sheet, "terminal")?;
        let responses = self.staff_responses(year, dept)?;
        let subject = format!("{}/{dept}", year.year());
        self.record("staff.answer", &subject, None, Some(format!("{{\"items\":{}}}", sheet.answers.len())))?;
        Ok(responses)
    }

    fn insert_sheet(&mut self, year: FiscalYear, dept: &str, sheet: &StaffSheet, source: &str) -> Result<()> {
        self.connection().execute(
            "INSERT INTO staff_responses (year, dept, staff_no, answered_at, source) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![year.year(), dept, sheet.staff_no, now(), source],
        )?;
        let id = self.connection().last_insert_rowid();
        let mut stmt = self
            .connection()
            .prepare_cached("INSERT INTO staff_answers (response, item, value) VALUES (?1, ?2, ?3)")?;
        for (item, v) in &sheet.answers {
            stmt.execute(params![id, item, v.code()])?;
        }
        Ok(())
    }

    /// Imports sheets answered elsewhere (paper typed in, a form's export) from
    /// a CSV, all or none: every mistake is reported with its row and column.
    pub fn import_staff_csv(&mut self, year: FiscalYear, dept: &str, bytes: &[u8]) -> Result<u32> {
        let section = self.editable_section(year, dept)?;
        let c = self.require_staff_checklist(year)?;
        let sheets =
            staff::read_sheets_csv(&c.questionnaire, section.scope(), c.named, bytes).map_err(StoreError::StaffCsv)?;
        for s in &sheets {
            self.insert_sheet(year, dept, s, "import")?;
        }
        let subject = format!("{}/{dept}", year.year());
        self.record("staff.import", &subject, None, Some(format!("{{\"sheets\":{}}}", sheets.len())))?;
        Ok(sheets.len() as u32)
    }

    fn staff_responses(&mut self, year: FiscalYear, dept: &str) -> Result<u32> {
        Ok(self.connection().query_row(
            "SELECT COUNT(*) FROM staff_responses WHERE year = ?1 AND dept = ?2",
            params![year.year(), dept],
            |r| r.get(0),
        )?)
    }

    /// A section's roll-up: counted from the sheets kept here, or, where
    /// none are (the auditor's database), as its response package brought it.
    pub fn staff_rollup(&mut self, year: FiscalYear, dept: &str) -> Result<Option<StaffRollup>> {
        let Some(c) = self.staff_checklist(year)? else { return Ok(None) };
        let section = self.section(year, dept)?;
        let headcount: Option<u32> = self.connection().query_row(
            "SELECT headcount FROM campaign_sections WHERE year = ?1 AND dept = ?2",
            params![year.year(), dept],
            |r| r.get(0),
        )?;
        if self.staff_responses(year, dept)? == 0 {
            let received: Option<String> = self
                .connection()
                .query_row(
                    "SELECT rollup FROM staff_rollups WHERE year = ?1 AND dept = ?2",
                    params![year.year(), dept],
                    |r| r.get(0),
                )
                .optional()?;
            if let Some(json) = received {
                let r: StaffRollup = serde_json::from_str(&json).map_err(|e| StoreError::Corrupt(e.to_string()))?;
                return Ok(Some(r));
            }
        }
        let asked = staff::items_for(&c.questionnaire, section.scope());
        let sheets = self.sheets(year, dept)?;
        Ok(Some(StaffRollup::of(&asked, &sheets, headcount)))
    }

    /// The sheets kept here for a section (for counting only: never shown one by one).
    fn sheets(&mut self, year: FiscalYear, dept: &str) -> Result<Vec<StaffSheet>> {
        let mut stmt = self.connection().prepare_cached(
            "SELECT r.id, a.item, a.value FROM staff_responses r JOIN staff_answers a ON a.response = r.id
             WHERE r.year = ?1 AND r.dept = ?2 ORDER BY r.id",
        )?;
        let rows = stmt
            .query_map(params![year.year(), dept], |r| {
                Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut sheets: Vec<(i64, StaffSheet)> = Vec::new();
        for (id, item, value) in rows {
            let v = value_of(&value)?;
            match sheets.last_mut() {
                Some((last, s)) if *last == id => s.answers.push((item, v)),
                _ => sheets.push((id, StaffSheet { staff_no: None, answers: vec![(item, v)] })),
            }
        }
        Ok(sheets.into_iter().map(|(_, s)| s).collect())
    }

    /// Keeps the roll-up a response package brought (checked against the
    /// staff checklist first). Public for `tenken bench`, which fills a
    /// ward's auditor database the way its imports would.
    pub fn receive_rollup(&mut self, year: FiscalYear, dept: &str, rollup: &StaffRollup) -> Result<()> {
        let c = self.require_staff_checklist(year)?;
        let section = self.section(year, dept)?;
        rollup.check_received(&staff::items_for(&c.questionnaire, section.scope()))?;
        let json = serde_json::to_string(rollup).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        self.connection().execute(
            "INSERT INTO staff_rollups (year, dept, rollup, received_at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (year, dept) DO UPDATE SET rollup = excluded.rollup, received_at = excluded.received_at",
            params![year.year(), dept, json, now()],
        )?;
        if let Some(h) = rollup.headcount {
            self.connection().execute(
                "UPDATE campaign_sections SET headcount = ?3 WHERE year = ?1 AND dept = ?2",
                params![year.year(), dept, h],
            )?;
        }
        Ok(())
    }

    /// Every section's staff results, in campaign order (empty when the campaign asks no staff self-check).
    pub fn staff_summary(&mut self, year: FiscalYear) -> Result<Vec<SectionStaff>> {
        if self.staff_checklist(year)?.is_none() {
            return Ok(Vec::new());
        }
        let mut out = Vec::new();
        for (code, row) in self.sections_of(year)? {
            if let Some(rollup) = self.staff_rollup(year, &code)? {
                out.push(SectionStaff { code, name: row.name.clone(), path: row.path.clone(), rollup });
            }
        }
        Ok(out)
    }

    /// The ward's overview for the auditor (by 部, the heat map, the weakest
    /// items), compared with last year's campaign when it asked a staff
    /// self-check; `None` when this campaign asks none.
    pub fn staff_overview(&mut self, year: FiscalYear) -> Result<Option<(StaffChecklist, StaffOverview)>> {
        let Some(c) = self.staff_checklist(year)? else { return Ok(None) };
        let this = self.staff_summary(year)?;
        let last_year = year.previous();
        let last = match self.staff_checklist(last_year)? {
            Some(_) => Some(self.staff_summary(last_year)?),
            None => None,
        };
        let o = staff_ward::overview(&c.questionnaire, &this, last.as_deref().map(|l| (last_year, l)));
        Ok(Some((c, o)))
    }

    /// The ids of the staff items a section's staff are asked, in checklist
    /// order (its 系 and 属性 decide, as for the section's own items).
    pub fn staff_items_asked(&mut self, year: FiscalYear, dept: &str) -> Result<Vec<String>> {
        let c = self.require_staff_checklist(year)?;
        let section = self.section(year, dept)?;
        Ok(staff::items_for(&c.questionnaire, section.scope()).iter().map(|i| i.id.clone()).collect())
    }
}

impl Store {
    /// See [`Tx::staff_overview`].
    pub fn staff_overview(&mut self, year: FiscalYear) -> Result<Option<(StaffChecklist, StaffOverview)>> {
        self.read(|t| {
            t.authorize(Operation::View { dept: None })?;
            t.staff_overview(year)
        })
    }

    /// See [`Tx::staff_items_asked`].
    pub fn staff_items_asked(&mut self, year: FiscalYear, dept: &str) -> Result<Vec<String>> {
        self.read(|t| {
            t.authorize(Operation::View { dept: Some(dept) })?;
            t.staff_items_asked(year, dept)
        })
    }

    /// See [`Tx::set_staff_checklist`].
    pub fn set_staff_checklist(&mut self, year: FiscalYear, q: &Questionnaire, toml: &str, named: bool) -> Result<()> {
        self.transaction(|t| t.set_staff_checklist(year, q, toml, named))
    }

    /// See [`Tx::set_headcount`].
    pub fn set_headcount(&mut self, year: FiscalYear, dept: &str, headcount: u32) -> Result<()> {
        self.transaction(|t| t.set_headcount(year, dept, headcount))
    }

    /// See [`Tx::save_staff_sheet`].
    pub fn save_staff_sheet(&mut self, year: FiscalYear, dept: &str, input: &StaffSheetInput) -> Result<u32> {
        self.transaction(|t| t.save_staff_sheet(year, dept, input))
    }

    /// See [`Tx::import_staff_csv`].
    pub fn import_staff_csv(&mut self, year: FiscalYear, dept: &str, bytes: &[u8]) -> Result<u32> {
        self.transaction(|t| t.import_staff_csv(year, dept, bytes))
    }

    /// See [`Tx::staff_checklist`].
    pub fn staff_checklist(&mut self, year: FiscalYear) -> Result<Option<StaffChecklist>> {
        self.read(|t| t.staff_checklist(year))
    }

    /// See [`Tx::staff_rollup`]: what the section head (or, for one section, the auditor) sees.
    pub fn staff_rollup(&mut self, year: FiscalYear, dept: &str) -> Result<Option<StaffRollup>> {
        self.read(|t| {
            t.authorize(Operation::View { dept: Some(dept) })?;
            t.staff_rollup(year, dept)
        })
    }

    /// See [`Tx::staff_summary`].
    pub fn staff_summary(&mut self, year: FiscalYear) -> Result<Vec<SectionStaff>> {
        self.read(|t| {
            t.authorize(Operation::View { dept: None })?;
            t.staff_summary(year)
        })
    }
}
