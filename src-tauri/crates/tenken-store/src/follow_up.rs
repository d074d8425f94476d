//! 措置状況 in the database (schema v11, `follow_ups`): what last year left
//! each section to follow up, and where the section says it stands. The
//! rules (what each state needs, when a row is 期限超過) are the core's
//! ([`tenken_core::follow_up`]).

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::params;
use serde::{Deserialize, Serialize};
use tenken_core::FiscalYear;
use tenken_core::follow_up::{
    self, FollowUpAnswer, FollowUpCounts, FollowUpError, FollowUpInput, FollowUpSource, FollowUpState,
};
use tenken_core::review::ReviewMark;
use tenken_core::role::Operation;

use crate::{Result, Store, StoreError, Tx, now};

/// One follow-up row as the section's and the auditor's screens show it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct FollowUp {
    pub source: FollowUpSource,
    pub answer: Option<FollowUpAnswer>,
    /// 期限超過 today.
    pub overdue: bool,
    pub saved_at: Option<String>,
}

fn corrupt(e: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt(format!("follow-up: {e}"))
}

fn day(s: Option<String>) -> Result<Option<NaiveDate>> {
    s.map(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").map_err(corrupt)).transpose()
}

type Row = (String, String, Option<String>, Option<String>, Option<String>, Option<String>, Option<String>);

fn follow_up_of(row: Row, today: NaiveDate) -> Result<(String, FollowUp)> {
    let (dept, source, state, new_due, reason, note, saved_at) = row;
    let source: FollowUpSource = serde_json::from_str(&source).map_err(corrupt)?;
    let answer = match state {
        Some(code) => Some(FollowUpAnswer {
            state: FollowUpState::ALL.into_iter().find(|s| s.code() == code).ok_or_else(|| corrupt(&code))?,
            new_due: day(new_due)?,
            reason,
            note,
        }),
        None => None,
    };
    let overdue = follow_up::is_overdue(&source, answer.as_ref(), today);
    Ok((dept, FollowUp { source, answer, overdue, saved_at }))
}

/// Today as the computer's calendar has it (期限超過 is a matter of days).
fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

impl Tx<'_> {
    /// Last year's plans and 指摘 of a section, as rows to follow up this year.
    pub(crate) fn previous_follow_ups(&mut self, previous: FiscalYear, dept: &str) -> Result<Vec<FollowUpSource>> {
        let Ok(answers) = self.answer_map(previous, dept) else { return Ok(Vec::new()) };
        let q = self.questionnaire(previous)?;
        let mut answers: Vec<_> = answers.into_values().collect();
        // In checklist order, so the rows read as the checklist does.
        let order: HashMap<&str, usize> = q.items().enumerate().map(|(n, (_, i))| (i.id.as_str(), n)).collect();
        answers.sort_by_key(|a| order.get(a.item_id.as_str()).copied().unwrap_or(usize::MAX));
        let reviews: Vec<_> = self
            .reviews(previous)?
            .into_iter()
            .filter(|r| r.dept == dept && r.review.mark == ReviewMark::Finding)
            .collect();
        Ok(follow_up::sources(&q, previous.year(), &answers, reviews.iter().map(|r| (r.item.as_str(), &r.review))))
    }

    /// Keeps what a section must follow up in `year` (opening a carried-over
    /// campaign, or a distribution arriving): rows no longer asked go, the
    /// answers of rows still asked stay.
    pub(crate) fn write_follow_ups(&mut self, year: FiscalYear, dept: &str, sources: &[FollowUpSource]) -> Result<()> {
        let keep: Vec<&str> = sources.iter().map(|s| s.item_id.as_str()).collect();
        self.connection().execute(
            "DELETE FROM follow_ups WHERE year = ?1 AND dept = ?2 AND item NOT IN (SELECT value FROM json_each(?3))",
            params![year.year(), dept, serde_json::to_string(&keep).map_err(corrupt)?],
        )?;
        for s in sources {
            let json = serde_json::to_string(s).map_err(corrupt)?;
            self.connection().execute(
                "INSERT INTO follow_ups (year, dept, item, source) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (year, dept, item) DO UPDATE SET source = excluded.source",
                params![year.year(), dept, s.item_id, json],
            )?;
        }
        Ok(())
    }

    /// A section's follow-ups, in the order last year's checklist has them.
    pub fn follow_ups(&mut self, year: FiscalYear, dept: &str) -> Result<Vec<FollowUp>> {
        self.authorize(Operation::View { dept: Some(dept) })?;
        self.section_exists(year, dept)?;
        Ok(self.follow_up_rows(year, Some(dept))?.into_iter().map(|(_, f)| f).collect())
    }

    /// Every follow-up of a campaign, or of one section, with its section's code.
    pub(crate) fn follow_up_rows(&mut self, year: FiscalYear, dept: Option<&str>) -> Result<Vec<(String, FollowUp)>> {
        // Two statements, so that one section's rows are found by the key (an
        // import asks once per section) and the whole campaign's in one pass.
        const COLUMNS: &str = "SELECT dept, source, state, new_due, reason, note, saved_at FROM follow_ups";
        let row = |r: &rusqlite::Row<'_>| -> rusqlite::Result<Row> {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?))
        };
        let rows = match dept {
            Some(d) => self
                .connection()
                .prepare_cached(&format!("{COLUMNS} WHERE year = ?1 AND dept = ?2 ORDER BY rowid"))?
                .query_map(params![year.year(), d], row)?
                .collect::<rusqlite::Result<Vec<Row>>>()?,
            None => self
                .connection()
                .prepare_cached(&format!("{COLUMNS} WHERE year = ?1 ORDER BY dept, rowid"))?
                .query_map(params![year.year()], row)?
                .collect::<rusqlite::Result<Vec<Row>>>()?,
        };
        let today = today();
        rows.into_iter().map(|r| follow_up_of(r, today)).collect()
    }

    /// Every section's follow-ups of a campaign (the auditor's board and report).
    pub fn all_follow_ups(&mut self, year: FiscalYear) -> Result<HashMap<String, Vec<FollowUp>>> {
        let mut out: HashMap<String, Vec<FollowUp>> = HashMap::new();
        for (dept, f) in self.follow_up_rows(year, None)? {
            out.entry(dept).or_default().push(f);
        }
        Ok(out)
    }

    /// How each section's follow-ups stand today.
    pub fn follow_up_counts(&mut self, year: FiscalYear) -> Result<HashMap<String, FollowUpCounts>> {
        let today = today();
        Ok(self
            .all_follow_ups(year)?
            .into_iter()
            .map(|(dept, rows)| {
                let c = follow_up::counts(rows.iter().map(|f| (&f.source, f.answer.as_ref())), today);
                (dept, c)
            })
            .collect())
    }

    /// The section's answer to one follow-up (logged as `follow_up.save`).
    pub fn save_follow_up(
        &mut self,
        year: FiscalYear,
        dept: &str,
        item: &str,
        input: &FollowUpInput,
    ) -> Result<FollowUpAnswer> {
        self.editable_section(year, dept)?;
        let rows = self.follow_up_rows(year, Some(dept))?;
        let Some((_, before)) = rows.into_iter().find(|(_, f)| f.source.item_id == item) else {
            return Err(FollowUpError::NoSuchFollowUp(item.to_owned()).into());
        };
        let answer = follow_up::check_answer(input, year.start())?;
        let stamp = now();
        self.write_follow_up_answer(year, dept, item, &answer, &stamp)?;
        let subject = format!("{}/{dept}/{item}", year.year());
        let before = before.answer.as_ref().and_then(crate::audit_log::json);
        self.record("follow_up.save", &subject, before, crate::audit_log::json(&answer))?;
        Ok(answer)
    }

    pub(crate) fn write_follow_up_answer(
        &mut self,
        year: FiscalYear,
        dept: &str,
        item: &str,
        a: &FollowUpAnswer,
        stamp: &str,
    ) -> Result<()> {
        self.connection().execute(
            "UPDATE follow_ups SET state = ?4, new_due = ?5, reason = ?6, note = ?7, saved_at = ?8
             WHERE year = ?1 AND dept = ?2 AND item = ?3",
            params![
                year.year(),
                dept,
                item,
                a.state.code(),
                a.new_due.map(|d| d.format("%Y-%m-%d").to_string()),
                a.reason,
                a.note,
                stamp
            ],
        )?;
        Ok(())
    }

    /// The follow-ups a section has not answered (they hold back 提出).
    pub(crate) fn unanswered_follow_ups(&mut self, year: FiscalYear, dept: &str) -> Result<Vec<FollowUpSource>> {
        Ok(self
            .follow_up_rows(year, Some(dept))?
            .into_iter()
            .filter(|(_, f)| f.answer.is_none())
            .map(|(_, f)| f.source)
            .collect())
    }

    /// The answers a response package brought: each checked again by the
    /// core's rules, and only for rows the section was asked.
    pub(crate) fn receive_follow_up_answers(
        &mut self,
        year: FiscalYear,
        dept: &str,
        answers: &[(String, FollowUpAnswer, String)],
    ) -> Result<()> {
        let asked: Vec<String> =
            self.follow_up_rows(year, Some(dept))?.into_iter().map(|(_, f)| f.source.item_id).collect();
        for (item, a, saved_at) in answers {
            if !asked.contains(item) {
                return Err(FollowUpError::NoSuchFollowUp(item.clone()).into());
            }
            let input = FollowUpInput {
                state: Some(a.state),
                new_due: a.new_due.map(|d| d.format("%Y-%m-%d").to_string()),
                reason: a.reason.clone(),
                note: a.note.clone(),
            };
            let checked = follow_up::check_answer(&input, year.start())?;
            self.write_follow_up_answer(year, dept, item, &checked, saved_at)?;
        }
        Ok(())
    }
}

impl Store {
    /// See [`Tx::follow_ups`].
    pub fn follow_ups(&mut self, year: FiscalYear, dept: &str) -> Result<Vec<FollowUp>> {
        self.read(|t| t.follow_ups(year, dept))
    }

    /// See [`Tx::save_follow_up`].
    pub fn save_follow_up(
        &mut self,
        year: FiscalYear,
        dept: &str,
        item: &str,
        input: &FollowUpInput,
    ) -> Result<FollowUpAnswer> {
        self.transaction(|t| t.save_follow_up(year, dept, item, input))
    }

    /// See [`Tx::follow_up_counts`].
    pub fn follow_up_counts(&mut self, year: FiscalYear) -> Result<HashMap<String, FollowUpCounts>> {
        self.read(|t| {
            t.authorize(Operation::View { dept: None })?;
            t.follow_up_counts(year)
        })
    }

    /// See [`Tx::all_follow_ups`].
    pub fn all_follow_ups(&mut self, year: FiscalYear) -> Result<HashMap<String, Vec<FollowUp>>> {
        self.read(|t| {
            t.authorize(Operation::View { dept: None })?;
            t.all_follow_ups(year)
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::{StoreError, demo_store};

    /// A distribution that asks fewer follow-ups takes the others off the
    /// terminal, and the rows still asked keep the answers already given.
    #[test]
    fn rows_no_longer_asked_go_and_the_rest_keep_their_answers() {
        let (_dir, mut store, year) = demo_store();
        let (dept, rows) = store
            .all_follow_ups(year)
            .unwrap()
            .into_iter()
            .find(|(_, rows)| rows.len() >= 2 && rows[1].answer.is_some())
            .expect("the demo has a section with two follow-ups, the second answered");
        let kept = rows[1].clone();
        store
            .transaction::<_, StoreError>(|t| t.write_follow_ups(year, &dept, std::slice::from_ref(&kept.source)))
            .unwrap();
        let after = store.follow_ups(year, &dept).unwrap();
        assert_eq!(after.len(), 1, "only the row still asked is left");
        assert_eq!(after[0].source.item_id, kept.source.item_id);
        assert_eq!(after[0].answer, kept.answer, "its answer stays");
    }
}
