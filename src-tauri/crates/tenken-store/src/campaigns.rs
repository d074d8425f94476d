//! 年度の点検 (campaigns): a fiscal year's check, opened once with its
//! checklist from the departments of the day, and the carry-over of last
//! year's answers (as 未確認 drafts) and follow-ups into it. Opening a
//! campaign writes sections, answers and follow-ups, and the campaign list
//! counts sections, so it has its own place above them; they do not call
//! back into it.

use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};
use tenken_core::answer::Answer;
use tenken_core::attribute::Scope;
use tenken_core::campaign::SectionState;
use tenken_core::department;
use tenken_core::role::Operation;
use tenken_core::{FiscalYear, Questionnaire};

use crate::{Result, Store, StoreError, Tx, attributes_to_text, audit_log, fiscal_year_at, now, tiers_to_text};

/// A campaign as lists show it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CampaignInfo {
    pub year: FiscalYear,
    /// 令和8年度.
    pub label: String,
    pub questionnaire_id: String,
    pub questionnaire_title: String,
    pub questionnaire_hash: String,
    pub opened_at: String,
    pub carried_from: Option<i32>,
    pub sections: u32,
    pub submitted: u32,
}

/// The result of opening a campaign.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CampaignOpened {
    pub year: FiscalYear,
    pub questionnaire_hash: String,
    pub sections: u32,
    /// Answers carried over from the previous campaign as 未確認 drafts.
    pub carried_over: u32,
    /// Last year's items whose answers have no place in this checklist
    /// (removed, and not mapped to a successor), in id order.
    pub unmapped: Vec<String>,
}

impl Store {
    /// Opens the campaign of a fiscal year with a checklist.
    pub fn open_campaign(
        &mut self,
        year: FiscalYear,
        q: &Questionnaire,
        source: &str,
        carry: bool,
    ) -> Result<CampaignOpened> {
        self.transaction(|t| t.open_campaign(year, q, source, carry))
    }

    /// Every campaign, newest first.
    pub fn campaigns(&mut self) -> Result<Vec<CampaignInfo>> {
        self.read(|t| t.campaigns())
    }

    /// The year asked for, or the newest campaign.
    pub fn resolve_campaign(&mut self, year: Option<FiscalYear>) -> Result<FiscalYear> {
        self.read(|t| t.resolve_campaign(year))
    }
}

impl Tx<'_> {
    /// See [`Store::open_campaign`].
    pub fn open_campaign(
        &mut self,
        year: FiscalYear,
        q: &Questionnaire,
        source: &str,
        carry: bool,
    ) -> Result<CampaignOpened> {
        self.authorize(Operation::OpenCampaign)?;
        if q.meta.kind == tenken_core::questionnaire::ChecklistKind::Staff {
            return Err(StoreError::StaffChecklist(q.meta.id.clone()));
        }
        let exists: bool =
            self.tx
                .query_row("SELECT EXISTS (SELECT 1 FROM campaigns WHERE year = ?1)", [year.year()], |r| r.get(0))?;
        if exists {
            return Err(StoreError::CampaignExists(year));
        }
        let previous: Option<i32> = if carry {
            let p = self
                .tx
                .query_row("SELECT MAX(year) FROM campaigns WHERE year < ?1", [year.year()], |r| r.get(0))
                .optional()?
                .flatten();
            Some(p.ok_or(StoreError::NothingToCarryOver)?)
        } else {
            None
        };
        let all = self.departments()?;
        let sections = department::sections(&all);
        if sections.is_empty() {
            return Err(StoreError::NoSections);
        }
        let hash = self.store_questionnaire(q, source)?;
        self.tx.execute(
            "INSERT INTO campaigns (year, questionnaire, opened_at, carried_from) VALUES (?1, ?2, ?3, ?4)",
            params![year.year(), hash, now(), previous],
        )?;
        for (position, s) in sections.iter().enumerate() {
            self.tx.execute(
                "INSERT INTO campaign_sections (year, dept, name, path, tiers, attributes, position)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![
                    year.year(),
                    s.code,
                    s.name,
                    department::path_name(&all, &s.code),
                    tiers_to_text(&s.tiers),
                    attributes_to_text(&s.attributes),
                    position as i64
                ],
            )?;
        }
        let mut carried = 0;
        let mut unmapped = std::collections::BTreeSet::new();
        if let Some(prev) = previous {
            let prev_year = FiscalYear::new(i64::from(prev))?;
            let stamp = now();
            let mapping = self.carry_mapping(prev_year, q)?;
            for s in &sections {
                let (drafts, lost) = self.carried_answers(prev_year, &s.code, q, s.scope(), mapping.as_ref())?;
                for a in &drafts {
                    self.write_answer(year, &s.code, a, &stamp)?;
                    carried += 1;
                }
                unmapped.extend(lost);
                // 措置状況: last year's plans and 指摘 come back as rows to follow up.
                let follow_ups = self.previous_follow_ups(prev_year, &s.code)?;
                self.write_follow_ups(year, &s.code, &follow_ups)?;
            }
        }
        self.record("campaign.open", &year.year().to_string(), None, audit_log::json(&(&hash, carried)))?;
        tracing::info!(year = year.year(), sections = sections.len(), carried, "campaign opened");
        Ok(CampaignOpened {
            year,
            questionnaire_hash: hash,
            sections: sections.len() as u32,
            carried_over: carried,
            unmapped: unmapped.into_iter().collect(),
        })
    }

    /// The shipped mapping from the checklist of `previous` to `q`, when `q`
    /// rewrote it (`None` for the same checklist, or when none was shipped).
    /// Found once per carry-over, not once per section.
    pub(crate) fn carry_mapping(
        &mut self,
        previous: FiscalYear,
        q: &Questionnaire,
    ) -> Result<Option<tenken_core::mapping::ItemMapping>> {
        let old_hash = self.questionnaire(previous)?.hash();
        Ok(if old_hash == q.hash() { None } else { tenken_core::shipped::mapping(&old_hash, q) })
    }

    /// A section's answers of `previous` as 未確認 drafts for checklist `q`:
    /// through `mapping` (see [`Tx::carry_mapping`]), by item id otherwise.
    /// Also returns the old items whose answers found no place. The auditor's
    /// carry-over and a distribution's both use it.
    pub(crate) fn carried_answers(
        &mut self,
        previous: FiscalYear,
        dept: &str,
        q: &Questionnaire,
        scope: Scope<'_>,
        mapping: Option<&tenken_core::mapping::ItemMapping>,
    ) -> Result<(Vec<Answer>, Vec<String>)> {
        let Ok(old) = self.answer_map(previous, dept) else { return Ok((Vec::new(), Vec::new())) };
        let old: Vec<Answer> = old.into_values().collect();
        Ok(tenken_core::mapping::carry_answers(mapping, &old, q, |id| {
            q.item(id).is_some_and(|(_, i)| i.applies_to(scope))
        }))
    }

    /// See [`Store::campaigns`]. The counts come from the same reader as the
    /// board's ([`Tx::sections_of`]).
    pub fn campaigns(&mut self) -> Result<Vec<CampaignInfo>> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT c.year, q.qid, q.title, q.hash, c.opened_at, c.carried_from
             FROM campaigns c JOIN questionnaires q ON q.hash = c.questionnaire ORDER BY c.year DESC",
        )?;
        let rows = stmt.query_map([], |r| {
            let year = fiscal_year_at(r, 0)?;
            Ok(CampaignInfo {
                year,
                label: year.label_ja(),
                questionnaire_id: r.get(1)?,
                questionnaire_title: r.get(2)?,
                questionnaire_hash: r.get(3)?,
                opened_at: r.get(4)?,
                carried_from: r.get(5)?,
                sections: 0,
                submitted: 0,
            })
        })?;
        let mut out: Vec<CampaignInfo> = rows.collect::<rusqlite::Result<_>>()?;
        drop(stmt);
        for c in &mut out {
            let sections = self.sections_of(c.year)?;
            c.sections = sections.len() as u32;
            c.submitted = sections.iter().filter(|(_, s)| s.state == SectionState::Submitted).count() as u32;
        }
        Ok(out)
    }

    /// See [`Store::resolve_campaign`].
    pub fn resolve_campaign(&mut self, year: Option<FiscalYear>) -> Result<FiscalYear> {
        match year {
            Some(fy) => {
                let exists: bool =
                    self.tx.query_row("SELECT EXISTS (SELECT 1 FROM campaigns WHERE year = ?1)", [fy.year()], |r| {
                        r.get(0)
                    })?;
                if exists { Ok(fy) } else { Err(StoreError::UnknownCampaign(fy)) }
            }
            None => {
                let newest: Option<i64> = self.tx.query_row("SELECT MAX(year) FROM campaigns", [], |r| r.get(0))?;
                Ok(FiscalYear::new(newest.ok_or(StoreError::NoCampaign)?)?)
            }
        }
    }
}
