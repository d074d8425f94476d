//! The distribution package, both ends: what the auditor's database puts in
//! each section's package, and what a section terminal writes from the one
//! it opens. `Tx::distributions` and `Store::open_distribution` keep the
//! order of the steps; each step is here.

use std::collections::HashMap;
use std::sync::Arc;

use rusqlite::params;
use tenken_core::FiscalYear;
use tenken_core::answer::Answer;
use tenken_core::campaign::SectionState;
use tenken_core::department::Department;
use tenken_core::mapping::ItemMapping;
use tenken_core::questionnaire::{Questionnaire, parse_questionnaire};
use tenken_core::role::Operation;
use tenken_core::schedule::{CampaignSettings, Contact};
use tenken_exchange::rules::{self, Order};
use tenken_exchange::{Distribution, Kind, Refusal, ResponseSecret, SecretKey, SentFinding};

use super::{Outgoing, XResult, package_header, random_failed};
use crate::staff::StaffChecklist;
use crate::{StoreError, Tx, attributes_to_text, now, tiers_to_text};

/// What every distribution of a campaign carries alike, or picks its
/// section's part of: read once, before the sections' packages are built.
pub(super) struct Distributing {
    q: Arc<Questionnaire>,
    /// The checklist as the auditor loaded it (the package carries the text).
    source: String,
    all: Vec<Department>,
    /// The campaign last year's answers are carried from, and the shipped
    /// mapping when the checklist was rewritten since.
    previous: Option<FiscalYear>,
    mapping: Option<ItemMapping>,
    key: SecretKey,
    settings: CampaignSettings,
    contact: Option<Contact>,
    staff: Option<StaffChecklist>,
    /// Each section's 指摘, taken out as its package is built.
    findings: HashMap<String, Vec<SentFinding>>,
}

impl Tx<'_> {
    /// The start of a distribution: the auditor may distribute, the
    /// campaign is open, and what all its packages share; with the sections
    /// to distribute to (all of the campaign's when `depts` is empty).
    pub(super) fn distributing(&mut self, year: FiscalYear, depts: &[String]) -> XResult<(Vec<String>, Distributing)> {
        let t = self;
        t.authorize(Operation::Exchange)?;
        let view = t.campaign_view(year)?.ok_or(StoreError::UnknownCampaign(year))?;
        if view.closed {
            return Err(Refusal::CampaignClosed { year }.into());
        }
        let q = t.questionnaire(year)?;
        let source: String = t.tx.query_row(
            "SELECT q.source FROM campaigns c JOIN questionnaires q ON q.hash = c.questionnaire WHERE c.year = ?1",
            [year.year()],
            |r| r.get(0),
        )?;
        let codes = if depts.is_empty() { t.section_codes(year)? } else { depts.to_vec() };
        let all = t.departments()?;
        let previous = t.previous_year(year)?;
        let mapping = match previous {
            Some(p) => t.carry_mapping(p, &q)?,
            None => None,
        };
        let key = t.installation_key()?;
        let settings = t.campaign_settings(year)?;
        let contact = (!settings.contact.is_empty()).then(|| settings.contact.clone());
        let staff = t.staff_checklist(year)?;
        let mut findings: HashMap<String, Vec<SentFinding>> = Default::default();
        for r in t.reviews(year)? {
            if r.review.mark == tenken_core::review::ReviewMark::Finding {
                let f = SentFinding { item_id: r.item, review: r.review, marked_at: r.marked_at };
                findings.entry(r.dept).or_default().push(f);
            }
        }
        let campaign = Distributing { q, source, all, previous, mapping, key, settings, contact, staff, findings };
        Ok((codes, campaign))
    }

    /// One section's distribution package: its place in the tree, last
    /// year's answers, its state, 指摘 and 措置状況 rows, and a fresh secret
    /// its response must prove; built, signed and recorded as sent.
    pub(super) fn distribution(&mut self, year: FiscalYear, code: String, c: &mut Distributing) -> XResult<Outgoing> {
        let t = self;
        let s = t.section(year, &code)?;
        // Last year's answers, through the shipped mapping when the checklist was rewritten.
        let carry: Vec<Answer> = match c.previous {
            Some(p) => t.carried_answers(p, &code, &c.q, s.scope(), c.mapping.as_ref())?.0,
            None => Vec::new(),
        };
        let parent = c.all.iter().find(|d| d.code == code).and_then(|d| d.parent.clone());
        let ancestors = ancestors(&c.all, parent.clone());
        // A fresh secret per package: only a terminal that opened it can answer as this section.
        let secret = ResponseSecret::generate().map_err(random_failed)?;
        let last_response_revision: u32 = t.tx.query_row(
            "SELECT COALESCE(MAX(revision), 0) FROM packages_received
                 WHERE kind = 'response' AND year = ?1 AND dept = ?2",
            params![year.year(), code],
            |r| r.get(0),
        )?;
        let distribution = Distribution {
            section: Department {
                code: code.clone(),
                name: s.name.clone(),
                parent,
                tiers: s.tiers.clone(),
                retired_on: None,
                attributes: s.attributes.clone(),
            },
            ancestors,
            path: s.path.clone(),
            carried_from: c.previous.map(|p| p.year()),
            carry_over: carry,
            state: s.state,
            reopen_reason: s.reopen_reason.clone(),
            last_response_revision,
            response_secret: Some(secret.to_hex()),
            due: c.settings.due,
            contact: c.contact.clone(),
            evidence_required: c.settings.evidence_required,
            staff_checklist: c.staff.as_ref().map(|staff| staff.toml.clone()),
            staff_named: c.staff.as_ref().is_some_and(|staff| staff.named),
            staff_min_rate: c.staff.as_ref().and(c.settings.staff_min_rate),
            findings: c.findings.remove(&code).unwrap_or_default(),
            follow_ups: t.follow_up_rows(year, Some(&code))?.into_iter().map(|(_, f)| f.source).collect(),
            grade_names: t.grade_names()?,
        };
        let revision = t.next_revision(Kind::Distribution, year, &code)?;
        let header = package_header(year, &code, &c.q, revision)?;
        let bytes = tenken_exchange::build_distribution(&header, &distribution, &c.source, &c.key)?;
        t.send(Kind::Distribution, year, header, s.name, bytes, Some(&secret))
    }

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

/// A section's 部 from the top down, which its package carries so that the
/// terminal shows the same names; `parent` is the section's own.
fn ancestors(all: &[Department], parent: Option<String>) -> Vec<Department> {
    let mut ancestors = Vec::new();
    let mut at = parent;
    while let Some(p) = at.filter(|_| ancestors.len() <= all.len()) {
        let Some(d) = all.iter().find(|d| d.code == p) else { break };
        // A 部 retired since the campaign opened is still the section's 部 for this year.
        ancestors.push(Department { retired_on: None, ..d.clone() });
        at = d.parent.clone();
    }
    ancestors.reverse();
    ancestors
}
