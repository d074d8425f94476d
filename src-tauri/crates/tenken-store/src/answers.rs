//! 回答: a section's answer to each item of its checklist. Answers are
//! upserted, never deleted, and a trigger keeps every replaced value in
//! `answer_history`. Saving, listing, carrying over, the exchange and the
//! counts of the board all read and write answers through the one column list
//! and row reader here, so they have their own place, above the sections they
//! belong to.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};
use tenken_core::FiscalYear;
use tenken_core::answer::{Answer, AnswerInput, AnswerMap, AnswerValue, ImprovementPlan, Mark, Marks, check_answer};
use tenken_core::attribute::AutoNaReason;
use tenken_core::questionnaire::Questionnaire;

use crate::{Result, Store, Tx, now};

/// One item of a section's checklist with its answer (if any).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ItemAnswer {
    pub clause: String,
    pub item_id: String,
    pub text: String,
    pub text_en: Option<String>,
    pub priority: bool,
    /// False when the section's tiers or attributes make the item 該当なし automatically.
    pub applies: bool,
    /// Why, when it does not apply (printed beside the item instead of a reason typed by hand).
    pub auto_na: Option<AutoNaReason>,
    pub answer: Option<Answer>,
    pub revision: u32,
    pub saved_at: Option<String>,
}

pub(crate) const ANSWER_COLUMNS: &str =
    "item, value, comment, na_reason, plan_action, plan_owner, plan_due, unconfirmed, evidence";

/// How many columns [`ANSWER_COLUMNS`] names: the first index after them.
pub(crate) const AFTER_ANSWER: usize = 9;

pub(crate) fn answer_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<(String, Option<String>, Answer)> {
    let item: String = row.get(0)?;
    let value: Option<String> = row.get(1)?;
    let due: Option<String> = row.get(6)?;
    let action: Option<String> = row.get(4)?;
    let plan = match (action, due.as_deref().and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())) {
        (Some(action), Some(due)) => Some(ImprovementPlan { action, owner: row.get(5)?, due }),
        _ => None,
    };
    let answer = Answer {
        item_id: item.clone(),
        value: value.as_deref().and_then(AnswerValue::from_code),
        comment: row.get(2)?,
        na_reason: row.get(3)?,
        plan,
        unconfirmed: row.get::<_, i64>(7)? != 0,
        evidence: row.get(8)?,
    };
    Ok((item, value, answer))
}

impl Store {
    /// Saves one answer (one transaction; the earlier value goes to history).
    pub fn save_answer(&mut self, year: FiscalYear, dept: &str, item: &str, input: &AnswerInput) -> Result<Answer> {
        self.transaction(|t| t.save_answer(year, dept, item, input))
    }

    /// A section's whole checklist with its answers.
    pub fn answers(&mut self, year: FiscalYear, dept: &str) -> Result<Vec<ItemAnswer>> {
        self.read(|t| t.answers(year, dept))
    }

    /// Every earlier value of one answer, oldest first.
    pub fn answer_history(&mut self, year: FiscalYear, dept: &str, item: &str) -> Result<Vec<Answer>> {
        self.read(|t| t.answer_history(year, dept, item))
    }
}

impl Tx<'_> {
    pub(crate) fn answer_map(&mut self, year: FiscalYear, dept: &str) -> Result<AnswerMap> {
        let mut stmt =
            self.tx.prepare_cached(&format!("SELECT {ANSWER_COLUMNS} FROM answers WHERE year = ?1 AND dept = ?2"))?;
        let rows = stmt.query_map(params![year.year(), dept], answer_from_row)?;
        let mut map = AnswerMap::default();
        for row in rows {
            let (item, _, answer) = row?;
            map.insert(item, answer);
        }
        Ok(map)
    }

    pub(crate) fn write_answer(&mut self, year: FiscalYear, dept: &str, a: &Answer, stamp: &str) -> Result<()> {
        let plan = a.plan.as_ref();
        self.tx
            .prepare_cached(
                "INSERT INTO answers (year, dept, item, value, comment, na_reason, plan_action, plan_owner, plan_due,
                                      unconfirmed, saved_at, evidence)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
                 ON CONFLICT (year, dept, item) DO UPDATE SET
                    value = excluded.value, comment = excluded.comment, na_reason = excluded.na_reason,
                    plan_action = excluded.plan_action, plan_owner = excluded.plan_owner,
                    plan_due = excluded.plan_due, unconfirmed = excluded.unconfirmed,
                    saved_at = excluded.saved_at, evidence = excluded.evidence, revision = answers.revision + 1",
            )?
            .execute(params![
                year.year(),
                dept,
                a.item_id,
                a.value.map(AnswerValue::code),
                a.comment,
                a.na_reason,
                plan.map(|p| p.action.as_str()),
                plan.and_then(|p| p.owner.as_deref()),
                plan.map(|p| p.due.format("%Y-%m-%d").to_string()),
                a.unconfirmed,
                stamp,
                a.evidence,
            ])?;
        Ok(())
    }

    /// See [`Store::save_answer`].
    pub fn save_answer(&mut self, year: FiscalYear, dept: &str, item: &str, input: &AnswerInput) -> Result<Answer> {
        self.editable_item(year, dept, item)?;
        let answer = check_answer(item, input, year)?;
        let before = self.answer_of(year, dept, item)?;
        self.write_answer(year, dept, &answer, &now())?;
        let subject = crate::audit_log::item_subject(year, dept, item);
        let logged = tenken_core::history::logged_answer;
        self.record("answer.save", &subject, before.as_ref().and_then(logged), logged(&answer))?;
        Ok(answer)
    }

    /// The stored answer of one item, if any.
    fn answer_of(&mut self, year: FiscalYear, dept: &str, item: &str) -> Result<Option<Answer>> {
        let mut stmt = self.tx.prepare_cached(&format!(
            "SELECT {ANSWER_COLUMNS} FROM answers WHERE year = ?1 AND dept = ?2 AND item = ?3"
        ))?;
        Ok(stmt.query_row(params![year.year(), dept, item], |r| answer_from_row(r).map(|(_, _, a)| a)).optional()?)
    }

    /// See [`Store::answers`].
    pub fn answers(&mut self, year: FiscalYear, dept: &str) -> Result<Vec<ItemAnswer>> {
        let section = self.section(year, dept)?;
        let q = self.questionnaire(year)?;
        let mut stmt = self.tx.prepare_cached(&format!(
            "SELECT {ANSWER_COLUMNS}, revision, saved_at FROM answers WHERE year = ?1 AND dept = ?2"
        ))?;
        let mut stored: HashMap<String, (Answer, u32, String)> = HashMap::new();
        let rows = stmt.query_map(params![year.year(), dept], |r| {
            let (item, _, a) = answer_from_row(r)?;
            Ok((item, a, r.get::<_, u32>(AFTER_ANSWER)?, r.get::<_, String>(AFTER_ANSWER + 1)?))
        })?;
        for row in rows {
            let (item, a, rev, at) = row?;
            stored.insert(item, (a, rev, at));
        }
        Ok(q.items()
            .filter(|(_, i)| i.asked_of(section.scope()))
            .map(|(s, i)| {
                let found = stored.remove(&i.id);
                ItemAnswer {
                    clause: s.clause.clone(),
                    item_id: i.id.clone(),
                    text: i.text.clone(),
                    text_en: i.text_en.clone(),
                    priority: i.priority,
                    applies: i.applies_to(section.scope()),
                    auto_na: i.auto_na_reason(section.scope()),
                    revision: found.as_ref().map_or(0, |f| f.1),
                    saved_at: found.as_ref().map(|f| f.2.clone()),
                    answer: found.map(|f| f.0),
                }
            })
            .collect())
    }

    /// See [`Store::answer_history`].
    pub fn answer_history(&mut self, year: FiscalYear, dept: &str, item: &str) -> Result<Vec<Answer>> {
        let mut stmt = self.tx.prepare_cached(&format!(
            "SELECT {ANSWER_COLUMNS} FROM answer_history WHERE year = ?1 AND dept = ?2 AND item = ?3 ORDER BY id"
        ))?;
        let rows = stmt.query_map(params![year.year(), dept, item], |r| answer_from_row(r).map(|(_, _, a)| a))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub(crate) fn all_answers(&mut self, year: FiscalYear) -> Result<HashMap<String, AnswerMap>> {
        let mut stmt =
            self.tx.prepare_cached(&format!("SELECT {ANSWER_COLUMNS}, dept FROM answers WHERE year = ?1"))?;
        let rows = stmt.query_map([year.year()], |r| Ok((r.get::<_, String>(AFTER_ANSWER)?, answer_from_row(r)?)))?;
        let mut out: HashMap<String, AnswerMap> = HashMap::new();
        for row in rows {
            let (dept, (item, _, a)) = row?;
            out.entry(dept).or_default().insert(item, a);
        }
        Ok(out)
    }

    /// Each section's [`Marks`] — an answer's value and whether it is
    /// confirmed, all that counting needs — read straight from the rows: no
    /// text, no key per answer, the item found by its place in `q`. The
    /// consolidation of a ward reads tens of thousands of answers; whole
    /// answers in maps by id were half of `tenken summary`. An answer to an
    /// item `q` no longer has is not counted, as the checklist decides.
    pub(crate) fn all_answer_marks(&mut self, year: FiscalYear, q: &Questionnaire) -> Result<HashMap<String, Marks>> {
        let place = q.item_places();
        // Every place is below the count of items, so indexing a section's marks cannot fail.
        let items = q.items().count();
        let mut stmt = self
            .tx
            .prepare_cached("SELECT dept, item, value, unconfirmed FROM answers WHERE year = ?1 ORDER BY dept")?;
        let mut rows = stmt.query([year.year()])?;
        let mut out: HashMap<String, Marks> = HashMap::new();
        // Rows come section by section: a section's code is copied once, not per row.
        let mut current: Option<(String, Marks)> = None;
        while let Some(r) = rows.next()? {
            let dept = r.get_ref(0)?.as_str().map_err(rusqlite::Error::from)?;
            if current.as_ref().is_none_or(|(d, _)| d != dept) {
                if let Some((d, m)) = current.take() {
                    out.insert(d, m);
                }
                let m = out.remove(dept).unwrap_or_else(|| vec![Mark::default(); items]);
                current = Some((dept.to_owned(), m));
            }
            let item = r.get_ref(1)?.as_str().map_err(rusqlite::Error::from)?;
            let (Some(&i), Some((_, marks))) = (place.get(item), current.as_mut()) else { continue };
            marks[i] = Mark {
                value: r.get_ref(2)?.as_str_or_null().map_err(rusqlite::Error::from)?.and_then(AnswerValue::from_code),
                unconfirmed: r.get::<_, i64>(3)? != 0,
            };
        }
        if let Some((d, m)) = current {
            out.insert(d, m);
        }
        Ok(out)
    }
}
