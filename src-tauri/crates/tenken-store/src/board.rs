//! Where a campaign stands: the progress board (each section's
//! [`SectionStatus`]), the consolidated rates (集計), and what still keeps a
//! section from submitting. These are reads that count sections' answers
//! against their checklist and write nothing: the views, the reports, the
//! 実地監査 selection and 提出 build on them, and the sections and answers they
//! read never call back, so they have their own place, above those two.

use serde::{Deserialize, Serialize};
use tenken_core::answer::Marks;
use tenken_core::attribute::Attribute;
use tenken_core::campaign::{self, Missing, Phase, Progress, SectionState};
use tenken_core::{FiscalYear, Tier, aggregate};

use crate::sections::SectionRow;
use crate::{Result, Store, Tx};

/// A section's line on the progress board.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SectionStatus {
    pub code: String,
    pub name: String,
    /// 部 / 課, for people who know the tree by names.
    pub path: String,
    pub tiers: Vec<Tier>,
    /// 所属の属性 as they were when the campaign opened.
    pub attributes: Vec<Attribute>,
    pub state: SectionState,
    pub phase: Phase,
    pub progress: Progress,
    /// When the submission in force was made; `None` while the section is not
    /// submitted, also after a 差戻し (the old submission stays in its history).
    pub submitted_at: Option<String>,
    /// When the 差戻し in force was made (only while the section is reopened).
    pub reopened_at: Option<String>,
    pub reopen_reason: Option<String>,
}

impl SectionStatus {
    /// A section's line of the board, built the one way every view builds it:
    /// the dates and reason shown are the ones in force for its state.
    pub(crate) fn of(code: String, row: SectionRow, progress: Progress) -> SectionStatus {
        let reopened = row.state == SectionState::Reopened;
        SectionStatus {
            phase: progress.phase(row.state),
            code,
            name: row.name,
            path: row.path,
            tiers: row.tiers,
            attributes: row.attributes,
            state: row.state,
            progress,
            submitted_at: row.submitted_at.filter(|_| row.state == SectionState::Submitted),
            reopened_at: row.reopened_at.filter(|_| reopened),
            reopen_reason: row.reopen_reason.filter(|_| reopened),
        }
    }
}

impl Store {
    /// What still keeps a section from submitting.
    pub fn missing(&mut self, year: FiscalYear, dept: &str) -> Result<Vec<Missing>> {
        self.read(|t| t.missing(year, dept))
    }

    /// The progress board of a campaign.
    pub fn status(&mut self, year: FiscalYear) -> Result<Vec<SectionStatus>> {
        self.read(|t| t.status(year))
    }

    /// The consolidated rates of a campaign.
    pub fn summary(&mut self, year: FiscalYear) -> Result<aggregate::Summary> {
        self.read(|t| t.summary(year))
    }
}

impl Tx<'_> {
    /// See [`Store::missing`].
    pub fn missing(&mut self, year: FiscalYear, dept: &str) -> Result<Vec<Missing>> {
        let section = self.section(year, dept)?;
        let q = self.questionnaire(year)?;
        let answers = self.answer_map(year, dept)?;
        let evidence_required = self.campaign_settings(year)?.evidence_required;
        let mut missing = campaign::missing_for_submit(&q, section.scope(), &answers, evidence_required);
        missing.extend(self.unanswered_follow_ups(year, dept)?.into_iter().map(|f| campaign::Missing {
            item_id: f.item_id,
            clause: f.clause,
            reason: campaign::MissingReason::FollowUp,
        }));
        Ok(missing)
    }

    /// See [`Store::status`]. Read like [`Tx::summary`]: the campaign's sections
    /// in one query ([`Tx::sections_of`]) and every answer's value in another.
    pub fn status(&mut self, year: FiscalYear) -> Result<Vec<SectionStatus>> {
        let q = self.questionnaire(year)?;
        let answers = self.all_answer_marks(year, &q)?;
        let empty = Marks::new();
        Ok(self
            .sections_of(year)?
            .into_iter()
            .map(|(code, s)| {
                let progress = Progress::of(&q, s.scope(), answers.get(&code).unwrap_or(&empty));
                SectionStatus::of(code, s, progress)
            })
            .collect())
    }

    /// See [`Store::summary`].
    pub fn summary(&mut self, year: FiscalYear) -> Result<aggregate::Summary> {
        let q = self.questionnaire(year)?;
        let answers = self.all_answer_marks(year, &q)?;
        let rows = self.sections_of(year)?;
        let empty = Marks::new();
        let inputs: Vec<_> = rows
            .iter()
            .map(|(code, s)| aggregate::SectionAnswers {
                code,
                name: &s.name,
                scope: s.scope(),
                state: s.state,
                answers: answers.get(code).unwrap_or(&empty),
            })
            .collect();
        Ok(aggregate::summarise(&q, &inputs))
    }
}
