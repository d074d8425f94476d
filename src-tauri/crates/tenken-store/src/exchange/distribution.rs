//! The distribution package as a section terminal takes it: what it writes
//! from the one it opens. `Store::open_distribution` keeps the order of the
//! steps; each step is here.

use rusqlite::params;
use tenken_core::FiscalYear;
use tenken_core::campaign::SectionState;
use tenken_core::questionnaire::{Questionnaire, parse_questionnaire};
use tenken_exchange::Distribution;
use tenken_exchange::rules::{self, Order};

use super::XResult;
use crate::{StoreError, Tx, attributes_to_text, now, tiers_to_text};

impl Tx<'_> {
    /// The section and its 部 as the auditor has them, so the terminal's
    /// tree shows the same names.
    pub(super) fn write_distributed_departments(&mut self, d: &Distribution) -> XResult<()> {
        for dep in d.ancestors.iter().chain(std::iter::once(&d.section)) {
            self.tx.execute(
                "INSERT INTO departments (code, name, parent, tiers, attributes, position)
                 VALUES (?1, ?2, ?3, ?4, ?5, (SELECT COALESCE(MAX(position), 0) + 1 FROM departments))
                 ON CONFLICT (code) DO UPDATE SET name = excluded.name, parent = excluded.parent,
                    tiers = excluded.tiers, attributes = excluded.attributes",
                params![dep.code, dep.name, dep.parent, tiers_to_text(&dep.tiers), attributes_to_text(&dep.attributes)],
            )?;
        }
        Ok(())
    }

    /// The campaign as the auditor runs it: opened with the distributed
    /// checklist on a terminal that has none yet (`new`), the staff
    /// self-check as the auditor set it, and the deadline and contact when
    /// the package brings newer ones.
    pub(super) fn set_up_distributed_campaign(
        &mut self,
        year: FiscalYear,
        new: bool,
        q: &Questionnaire,
        questionnaire_toml: &str,
        d: &Distribution,
    ) -> XResult<()> {
        if new {
            let hash = self.store_questionnaire(q, questionnaire_toml)?;
            self.tx.execute(
                "INSERT INTO campaigns (year, questionnaire, opened_at) VALUES (?1, ?2, ?3)",
                params![year.year(), hash, now()],
            )?;
        }
        // The staff self-check as the auditor set it (parsed and checked when the package opened).
        if let Some(toml) = &d.staff_checklist {
            let staff = parse_questionnaire(toml).map_err(|_| StoreError::Corrupt("staff checklist".to_owned()))?;
            self.write_staff_checklist(year, &staff, toml, d.staff_named)?;
        }
        // A newer package brings the deadline and contact as the auditor has them now.
        if let Some(notice) = rules::received_notice(d, year)? {
            self.write_campaign_settings(year, &notice)?;
        }
        Ok(())
    }

    /// The section in the campaign, with its name, place and scope as the
    /// auditor has them.
    pub(super) fn write_distributed_section(&mut self, year: FiscalYear, code: &str, d: &Distribution) -> XResult<()> {
        self.tx.execute(
            "INSERT INTO campaign_sections (year, dept, name, path, tiers, attributes, position)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6,
                     (SELECT COALESCE(MAX(position), -1) + 1 FROM campaign_sections WHERE year = ?1))
             ON CONFLICT (year, dept) DO UPDATE SET name = excluded.name, path = excluded.path,
                tiers = excluded.tiers, attributes = excluded.attributes",
            params![
                year.year(),
                code,
                d.section.name,
                d.path,
                tiers_to_text(&d.section.tiers),
                attributes_to_text(&d.section.attributes)
            ],
        )?;
        Ok(())
    }

    /// What the auditor's review sends the section: its 指摘, last year's
    /// plans and 指摘 to report on (措置状況), and the ward's names for the
    /// grades; each checked before it replaces what the terminal had.
    pub(super) fn write_distributed_reviews(
        &mut self,
        year: FiscalYear,
        code: &str,
        q: &Questionnaire,
        d: &Distribution,
    ) -> XResult<()> {
        let findings = rules::received_findings(q, d.section.scope(), d)?;
        self.replace_findings(year, code, &findings)?;
        rules::check_received_follow_ups(&d.follow_ups)?;
        self.write_follow_ups(year, code, &d.follow_ups)?;
        self.replace_grade_names(&d.grade_names)?;
        Ok(())
    }

    /// A newer distribution of a section this terminal had submitted, which
    /// the auditor sent back (差戻し): the section is reopened here too,
    /// with the auditor's reason, and the event recorded at `stamp`.
    pub(super) fn reopen_if_sent_back(
        &mut self,
        year: FiscalYear,
        code: &str,
        order: Order,
        local: SectionState,
        d: &Distribution,
        stamp: &str,
    ) -> XResult<Option<String>> {
        let reopen = match order {
            Order::Newer { .. } => rules::reopen_on_terminal(local, d),
            _ => None,
        };
        if let Some(reason) = &reopen {
            self.tx.execute(
                "UPDATE campaign_sections SET state = 'reopened', reopen_reason = ?3 WHERE year = ?1 AND dept = ?2",
                params![year.year(), code, reason],
            )?;
            self.tx.execute(
                "INSERT INTO section_events (year, dept, action, reason, at) VALUES (?1, ?2, 'reopen', ?3, ?4)",
                params![year.year(), code, reason, stamp],
            )?;
        }
        Ok(reopen)
    }
}
