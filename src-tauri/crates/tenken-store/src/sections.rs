//! Sections of a campaign (`campaign_sections`): a department taking part in
//! a year's 点検, with the name, tiers and attributes it had when the
//! campaign opened and where it stands (draft, submitted, reopened by 差戻し). Answers,
//! evidence, staff sheets, the board and the reports all start from a
//! section, so it has its own place below them; [`Tx::sections_of`] is the
//! one reader of a campaign's sections.

use rusqlite::{OptionalExtension, params};
use tenken_core::attribute::{Attribute, Scope};
use tenken_core::campaign::{self, SectionState};
use tenken_core::role::Operation;
use tenken_core::{FiscalYear, Tier};

use crate::{Result, Store, StoreError, Tx, attributes_from_text, audit_log, now, tiers_from_text};

fn state_from_text(text: &str) -> Result<SectionState> {
    SectionState::from_code(text).ok_or_else(|| StoreError::Corrupt(format!("unknown state {text:?}")))
}

/// A campaign section as stored.
#[derive(Clone)]
pub(crate) struct SectionRow {
    pub(crate) name: String,
    pub(crate) path: String,
    pub(crate) tiers: Vec<Tier>,
    pub(crate) attributes: Vec<Attribute>,
    pub(crate) state: SectionState,
    /// The last submission's time as stored (also kept after a 差戻し; see [`SectionStatus::of`](crate::SectionStatus::of)).
    pub(crate) submitted_at: Option<String>,
    /// The last 差戻し's time, from `section_events`.
    pub(crate) reopened_at: Option<String>,
    pub(crate) reopen_reason: Option<String>,
}

/// The columns of `campaign_sections` a [`SectionRow`] is read from, in
/// [`section_from_row`]'s order; always selected `FROM campaign_sections`.
const SECTION_COLUMNS: &str = "name, path, tiers, state, submitted_at, reopen_reason,
    (SELECT MAX(e.at) FROM section_events e
      WHERE e.year = campaign_sections.year AND e.dept = campaign_sections.dept AND e.action = 'reopen'),
    attributes";

/// A section row as stored, before its tiers and state are parsed (which can fail as corruption).
struct RawSection {
    name: String,
    path: String,
    tiers: String,
    state: String,
    submitted_at: Option<String>,
    reopen_reason: Option<String>,
    reopened_at: Option<String>,
    attributes: String,
}

/// Reads [`SECTION_COLUMNS`] starting at column `at`.
fn section_from_row(r: &rusqlite::Row<'_>, at: usize) -> rusqlite::Result<RawSection> {
    Ok(RawSection {
        name: r.get(at)?,
        path: r.get(at + 1)?,
        tiers: r.get(at + 2)?,
        state: r.get(at + 3)?,
        submitted_at: r.get(at + 4)?,
        reopen_reason: r.get(at + 5)?,
        reopened_at: r.get(at + 6)?,
        attributes: r.get(at + 7)?,
    })
}

impl SectionRow {
    /// What decides the section's items this campaign.
    pub(crate) fn scope(&self) -> Scope<'_> {
        Scope { tiers: &self.tiers, attributes: &self.attributes }
    }
}

impl RawSection {
    fn into_section(self) -> Result<SectionRow> {
        Ok(SectionRow {
            name: self.name,
            path: self.path,
            tiers: tiers_from_text(&self.tiers)?,
            attributes: attributes_from_text(&self.attributes)?,
            state: state_from_text(&self.state)?,
            submitted_at: self.submitted_at,
            reopened_at: self.reopened_at,
            reopen_reason: self.reopen_reason,
        })
    }
}

impl Store {
    /// 差戻し: makes a submitted section editable again, with a reason.
    pub fn reopen(&mut self, year: FiscalYear, dept: &str, reason: &str) -> Result<()> {
        self.transaction(|t| t.reopen(year, dept, reason))
    }
}

impl Tx<'_> {
    pub(crate) fn section(&mut self, year: FiscalYear, dept: &str) -> Result<SectionRow> {
        let row = self
            .tx
            .prepare_cached(&format!("SELECT {SECTION_COLUMNS} FROM campaign_sections WHERE year = ?1 AND dept = ?2"))?
            .query_row(params![year.year(), dept], |r| section_from_row(r, 0))
            .optional()?;
        let Some(row) = row else {
            let campaign: bool =
                self.tx.query_row("SELECT EXISTS (SELECT 1 FROM campaigns WHERE year = ?1)", [year.year()], |r| {
                    r.get(0)
                })?;
            if !campaign {
                return Err(StoreError::UnknownCampaign(year));
            }
            let known: bool =
                self.tx.query_row("SELECT EXISTS (SELECT 1 FROM departments WHERE code = ?1)", [dept], |r| r.get(0))?;
            return Err(if known {
                StoreError::NotInCampaign { code: dept.to_owned(), year }
            } else {
                StoreError::UnknownDepartment(dept.to_owned())
            });
        };
        row.into_section()
    }

    /// Fails with the right error unless `dept` takes part in the campaign of `year`.
    pub(crate) fn section_exists(&mut self, year: FiscalYear, dept: &str) -> Result<()> {
        self.section(year, dept).map(|_| ())
    }

    /// The section, once this installation may change its answers and it has not submitted:
    /// the gate of every change a section makes (answers, evidence files, staff sheets).
    pub(crate) fn editable_section(&mut self, year: FiscalYear, dept: &str) -> Result<SectionRow> {
        self.authorize(Operation::SaveAnswer { dept })?;
        let section = self.section(year, dept)?;
        campaign::ensure_editable(section.state)?;
        Ok(section)
    }

    /// [`Tx::editable_section`], and `item` one the section answers.
    pub(crate) fn editable_item(&mut self, year: FiscalYear, dept: &str, item: &str) -> Result<SectionRow> {
        let section = self.editable_section(year, dept)?;
        let q = self.questionnaire(year)?;
        let (_, it) = q.item(item).ok_or_else(|| StoreError::UnknownItem(item.to_owned()))?;
        if !it.applies_to(section.scope()) {
            return Err(StoreError::ItemNotApplicable { item: item.to_owned(), code: dept.to_owned() });
        }
        Ok(section)
    }

    /// See [`Store::reopen`].
    pub fn reopen(&mut self, year: FiscalYear, dept: &str, reason: &str) -> Result<()> {
        self.authorize(Operation::Reopen { dept })?;
        let section = self.section(year, dept)?;
        let state = campaign::reopen(section.state, reason)?;
        let stamp = now();
        self.tx.execute(
            "UPDATE campaign_sections SET state = ?3, reopen_reason = ?4 WHERE year = ?1 AND dept = ?2",
            params![year.year(), dept, state.code(), reason.trim()],
        )?;
        self.tx.execute(
            "INSERT INTO section_events (year, dept, action, reason, at) VALUES (?1, ?2, 'reopen', ?3, ?4)",
            params![year.year(), dept, reason.trim(), stamp],
        )?;
        let subject = format!("{}/{dept}", year.year());
        self.record("section.reopen", &subject, audit_log::json(&section.state), audit_log::json(&reason.trim()))?;
        Ok(())
    }

    pub(crate) fn section_codes(&mut self, year: FiscalYear) -> Result<Vec<String>> {
        let mut stmt =
            self.tx.prepare_cached("SELECT dept FROM campaign_sections WHERE year = ?1 ORDER BY position")?;
        let rows = stmt.query_map([year.year()], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every section of a campaign in one query, in board order: the one
    /// reader of a campaign's sections behind the board, the consolidation,
    /// the campaign list and the reports, so they cannot disagree.
    pub(crate) fn sections_of(&mut self, year: FiscalYear) -> Result<Vec<(String, SectionRow)>> {
        let mut stmt = self.tx.prepare_cached(&format!(
            "SELECT dept, {SECTION_COLUMNS} FROM campaign_sections WHERE year = ?1 ORDER BY position"
        ))?;
        let rows = stmt.query_map([year.year()], |r| Ok((r.get::<_, String>(0)?, section_from_row(r, 1)?)))?;
        let mut out = Vec::new();
        for row in rows {
            let (code, raw) = row?;
            out.push((code, raw.into_section()?));
        }
        Ok(out)
    }
}
