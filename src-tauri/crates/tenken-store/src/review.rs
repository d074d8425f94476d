//! The auditor's review marks (確認済 / 指摘) and this installation's settings.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};
use tenken_core::FiscalYear;
use tenken_core::review::{FindingGrade, GradeName, Review, ReviewInput, ReviewMark, check_grade_name, check_review};

use crate::{Result, Store, StoreError, Tx, now};

/// A review mark with the answer it is on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ReviewRow {
    pub dept: String,
    pub item: String,
    pub review: Review,
    pub marked_at: String,
}

impl Tx<'_> {
    /// Sets the auditor's mark on one answer (replacing the earlier mark, which is kept in history).
    pub fn set_review(&mut self, year: FiscalYear, dept: &str, item: &str, input: &ReviewInput) -> Result<Review> {
        self.authorize(tenken_core::role::Operation::Review { dept })?;
        self.section_exists(year, dept)?;
        let q = self.questionnaire(year)?;
        if q.item(item).is_none() {
            return Err(StoreError::UnknownItem(item.to_owned()));
        }
        let review = check_review(input)?;
        let before: Option<Review> = self
            .connection()
            .query_row(
                "SELECT mark, comment, grade, respond_by FROM reviews WHERE year = ?1 AND dept = ?2 AND item = ?3",
                params![year.year(), dept, item],
                |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get(2)?, r.get(3)?)),
            )
            .optional()?
            .map(|(mark, comment, grade, respond_by)| review_of(&mark, comment, grade, respond_by))
            .transpose()?;
        self.connection().execute(
            "INSERT INTO reviews (year, dept, item, mark, comment, marked_at, grade, respond_by)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
             ON CONFLICT (year, dept, item) DO UPDATE SET
                mark = excluded.mark, comment = excluded.comment, marked_at = excluded.marked_at,
                grade = excluded.grade, respond_by = excluded.respond_by",
            params![
                year.year(),
                dept,
                item,
                review.mark.code(),
                review.comment,
                now(),
                review.grade.map(FindingGrade::code),
                review.respond_by.map(|d| d.format("%Y-%m-%d").to_string()),
            ],
        )?;
        let subject = crate::audit_log::item_subject(year, dept, item);
        self.record(
            "review.set",
            &subject,
            before.as_ref().and_then(crate::audit_log::json),
            crate::audit_log::json(&review),
        )?;
        Ok(review)
    }

    /// Every review mark of a campaign, by section then item.
    pub fn reviews(&mut self, year: FiscalYear) -> Result<Vec<ReviewRow>> {
        let mut stmt = self.connection().prepare_cached(
            "SELECT dept, item, mark, comment, marked_at, grade, respond_by FROM reviews WHERE year = ?1
             ORDER BY dept, item",
        )?;
        let rows = stmt.query_map([year.year()], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, Option<String>>(5)?,
                r.get::<_, Option<String>>(6)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (dept, item, mark, comment, marked_at, grade, respond_by) = row?;
            out.push(ReviewRow { dept, item, review: review_of(&mark, comment, grade, respond_by)?, marked_at });
        }
        Ok(out)
    }

    /// The auditor's 指摘 as a distribution brought them to the section's
    /// terminal: each kept (its earlier text goes to history), and a 指摘
    /// the auditor has since withdrawn taken away.
    pub(crate) fn replace_findings(
        &mut self,
        year: FiscalYear,
        dept: &str,
        findings: &[tenken_exchange::SentFinding],
    ) -> Result<()> {
        let keep: Vec<&str> = findings.iter().map(|f| f.item_id.as_str()).collect();
        self.connection().execute(
            "DELETE FROM reviews WHERE year = ?1 AND dept = ?2 AND mark = 'finding'
             AND item NOT IN (SELECT value FROM json_each(?3))",
            params![year.year(), dept, serde_json::to_string(&keep).map_err(|e| StoreError::Corrupt(e.to_string()))?],
        )?;
        for f in findings {
            let r = &f.review;
            self.connection().execute(
                "INSERT INTO reviews (year, dept, item, mark, comment, marked_at, grade, respond_by)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                 ON CONFLICT (year, dept, item) DO UPDATE SET
                    mark = excluded.mark, comment = excluded.comment, marked_at = excluded.marked_at,
                    grade = excluded.grade, respond_by = excluded.respond_by
                 WHERE reviews.marked_at IS NOT excluded.marked_at",
                params![
                    year.year(),
                    dept,
                    f.item_id,
                    r.mark.code(),
                    r.comment,
                    f.marked_at,
                    r.grade.map(FindingGrade::code),
                    r.respond_by.map(|d| d.format("%Y-%m-%d").to_string()),
                ],
            )?;
        }
        Ok(())
    }

    /// The 指摘 on one section's answers, for the section's own screens.
    pub fn section_findings(&mut self, year: FiscalYear, dept: &str) -> Result<Vec<ReviewRow>> {
        self.authorize(tenken_core::role::Operation::View { dept: Some(dept) })?;
        self.section_exists(year, dept)?;
        Ok(self.reviews(year)?.into_iter().filter(|r| r.dept == dept && r.review.mark == ReviewMark::Finding).collect())
    }

    /// A setting of this installation, if set.
    pub fn setting(&mut self, key: &str) -> Result<Option<String>> {
        Ok(self
            .connection()
            .prepare_cached("SELECT value FROM settings WHERE key = ?1")?
            .query_row([key], |r| r.get(0))
            .optional()?)
    }

    /// Stores a setting of this installation.
    pub fn set_setting(&mut self, key: &str, value: &str) -> Result<()> {
        self.connection()
            .prepare_cached(
                "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            )?
            .execute(params![key, value])?;
        Ok(())
    }
}

impl Tx<'_> {
    /// The ward's own names of the grades (only those it renamed), most serious first.
    pub fn grade_names(&mut self) -> Result<Vec<GradeName>> {
        let mut stmt = self.connection().prepare_cached("SELECT grade, name_ja, name_en FROM grade_names")?;
        let rows: Vec<(String, String, String)> =
            stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?.collect::<rusqlite::Result<_>>()?;
        let mut names = rows
            .into_iter()
            .map(|(g, ja, en)| {
                let grade =
                    FindingGrade::from_code(&g).ok_or_else(|| StoreError::Corrupt(format!("unknown grade {g:?}")))?;
                Ok(GradeName { grade, ja, en })
            })
            .collect::<Result<Vec<_>>>()?;
        names.sort_by_key(|n| n.grade);
        Ok(names)
    }

    /// See [`Store::set_grade_name`].
    pub fn set_grade_name(&mut self, input: &GradeName, catalogue: &[GradeName]) -> Result<GradeName> {
        self.authorize(tenken_core::role::Operation::OpenCampaign)?;
        let before = self.grade_names()?;
        // What each other grade is called now: the ward's word, else the catalogue's.
        let called: Vec<GradeName> =
            catalogue.iter().map(|c| before.iter().find(|b| b.grade == c.grade).unwrap_or(c).clone()).collect();
        let after = check_grade_name(input, &called)?;
        let old = before.iter().find(|n| n.grade == after.grade);
        if old != Some(&after) {
            self.connection().execute(
                "INSERT INTO grade_names (grade, name_ja, name_en, updated_at) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (grade) DO UPDATE SET name_ja = excluded.name_ja, name_en = excluded.name_en,
                     updated_at = excluded.updated_at",
                params![after.grade.code(), after.ja, after.en, now()],
            )?;
            self.record(
                "grade.name",
                after.grade.code(),
                old.and_then(crate::audit_log::json),
                crate::audit_log::json(&after),
            )?;
        }
        Ok(after)
    }

    /// The ward's names a distribution brought to a section's terminal, put
    /// in place of any earlier ones; each checked by the core's rule (a
    /// package is not trusted to be well-formed), all or none.
    pub(crate) fn replace_grade_names(&mut self, names: &[GradeName]) -> Result<()> {
        let checked = names.iter().map(|n| check_grade_name(n, &[])).collect::<std::result::Result<Vec<_>, _>>()?;
        if checked == self.grade_names()? {
            return Ok(());
        }
        self.connection().execute("DELETE FROM grade_names", [])?;
        for n in &checked {
            self.connection().execute(
                "INSERT INTO grade_names (grade, name_ja, name_en, updated_at) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (grade) DO UPDATE SET name_ja = excluded.name_ja, name_en = excluded.name_en",
                params![n.grade.code(), n.ja, n.en, now()],
            )?;
        }
        Ok(())
    }

    /// See [`Store::reset_grade_name`].
    pub fn reset_grade_name(&mut self, grade: FindingGrade) -> Result<()> {
        self.authorize(tenken_core::role::Operation::OpenCampaign)?;
        let before = self.grade_names()?.into_iter().find(|n| n.grade == grade);
        if let Some(old) = before {
            self.connection().execute("DELETE FROM grade_names WHERE grade = ?1", [grade.code()])?;
            self.record("grade.name", grade.code(), crate::audit_log::json(&old), None)?;
        }
        Ok(())
    }
}

impl Store {
    /// The ward's own names of the grades (only those it renamed).
    pub fn grade_names(&mut self) -> Result<Vec<GradeName>> {
        self.read(|t| t.grade_names())
    }

    /// Renames a grade in both languages (the auditor's), logged as
    /// `grade.name`. `catalogue` is the catalogue's own names of the four
    /// grades (`tenken_i18n::catalogue_grade_names`): a new name may not be
    /// what another grade is called.
    pub fn set_grade_name(&mut self, input: &GradeName, catalogue: &[GradeName]) -> Result<GradeName> {
        self.transaction(|t| t.set_grade_name(input, catalogue))
    }

    /// Gives a grade back the catalogue's words, logged.
    pub fn reset_grade_name(&mut self, grade: FindingGrade) -> Result<()> {
        self.transaction(|t| t.reset_grade_name(grade))
    }
}

/// A stored mark read back; an unknown code or date is a damaged database.
pub(crate) fn review_of(
    mark: &str,
    comment: String,
    grade: Option<String>,
    respond_by: Option<String>,
) -> Result<Review> {
    let mark =
        ReviewMark::from_code(mark).ok_or_else(|| StoreError::Corrupt(format!("unknown review mark {mark:?}")))?;
    let grade = match grade {
        Some(g) => {
            Some(FindingGrade::from_code(&g).ok_or_else(|| StoreError::Corrupt(format!("unknown grade {g:?}")))?)
        }
        None => None,
    };
    let respond_by = match respond_by {
        Some(d) => Some(
            NaiveDate::parse_from_str(&d, "%Y-%m-%d")
                .map_err(|_| StoreError::Corrupt(format!("review response date {d:?}")))?,
        ),
        None => None,
    };
    Ok(Review { mark, comment, grade, respond_by })
}

impl Store {
    /// See [`Tx::set_review`].
    pub fn set_review(&mut self, year: FiscalYear, dept: &str, item: &str, input: &ReviewInput) -> Result<Review> {
        self.transaction(|t| t.set_review(year, dept, item, input))
    }

    /// See [`Tx::section_findings`].
    pub fn section_findings(&mut self, year: FiscalYear, dept: &str) -> Result<Vec<ReviewRow>> {
        self.read(|t| t.section_findings(year, dept))
    }

    /// See [`Tx::reviews`].
    pub fn reviews(&mut self, year: FiscalYear) -> Result<Vec<ReviewRow>> {
        self.read(|t| t.reviews(year))
    }

    /// See [`Tx::setting`].
    pub fn setting(&mut self, key: &str) -> Result<Option<String>> {
        self.read(|t| t.setting(key))
    }

    /// See [`Tx::set_setting`].
    pub fn set_setting(&mut self, key: &str, value: &str) -> Result<()> {
        self.transaction(|t| t.set_setting(key, value))
    }
}
