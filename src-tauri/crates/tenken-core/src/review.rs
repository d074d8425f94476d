//! 確認済 / 指摘 — the auditor's mark on a section's answer. A 指摘 carries
//! a grade (重大な不適合 … 推奨事項) and may ask for a response by a date, so
//! the report can put the serious ones first and the section knows by when.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::answer::{MAX_TEXT_CHARS, parse_date};
use crate::message::{Describe, Message};

/// The auditor's judgement of one answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum ReviewMark {
    /// 確認済: the answer and its evidence were checked.
    Confirmed,
    /// 指摘: a finding the section has to act on; always with a comment.
    Finding,
}

impl ReviewMark {
    /// The code stored and shown in JSON.
    pub fn code(self) -> &'static str {
        match self {
            ReviewMark::Confirmed => "confirmed",
            ReviewMark::Finding => "finding",
        }
    }

    /// Reads the stored code.
    pub fn from_code(s: &str) -> Option<ReviewMark> {
        [ReviewMark::Confirmed, ReviewMark::Finding].into_iter().find(|m| m.code() == s.trim())
    }
}

/// How serious a 指摘 is, in the order the report lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum FindingGrade {
    /// 重大な不適合: a control the policy requires is missing.
    Major,
    /// 軽微な不適合: a control is in place but not kept in full.
    Minor,
    /// 観察事項: not a breach yet; worth watching.
    Observation,
    /// 推奨事項: a better practice suggested.
    Recommendation,
}

impl FindingGrade {
    /// Every grade, most serious first.
    pub const ALL: [FindingGrade; 4] =
        [FindingGrade::Major, FindingGrade::Minor, FindingGrade::Observation, FindingGrade::Recommendation];

    /// The code stored and typed on the command line.
    pub fn code(self) -> &'static str {
        match self {
            FindingGrade::Major => "major",
            FindingGrade::Minor => "minor",
            FindingGrade::Observation => "observation",
            FindingGrade::Recommendation => "recommendation",
        }
    }

    /// Reads a stored or typed code.
    pub fn from_code(s: &str) -> Option<FindingGrade> {
        FindingGrade::ALL.into_iter().find(|g| g.code() == s.trim())
    }

    /// The Fluent id of the grade's name.
    pub fn label_id(self) -> &'static str {
        match self {
            FindingGrade::Major => "grade-major",
            FindingGrade::Minor => "grade-minor",
            FindingGrade::Observation => "grade-observation",
            FindingGrade::Recommendation => "grade-recommendation",
        }
    }
}

/// A mark with the auditor's comment; a 指摘 with its grade and the date a
/// response is asked for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Review {
    pub mark: ReviewMark,
    pub comment: String,
    /// Always set on a 指摘 made since grades exist; `None` on a confirmation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub grade: Option<FindingGrade>,
    /// 回答期限: by when the section is asked to respond to the 指摘.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub respond_by: Option<NaiveDate>,
}

/// A mark as the auditor entered it (the CLI's options, the window's form).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ReviewInput {
    pub mark: ReviewMark,
    pub comment: String,
    pub grade: Option<FindingGrade>,
    /// As typed: `2027-01-29`, `令和9年1月29日`, `R9.1.29`; empty for none.
    pub respond_by: Option<String>,
}

impl ReviewInput {
    /// A confirmation (確認済) with an optional comment.
    pub fn confirmed(comment: &str) -> ReviewInput {
        ReviewInput { mark: ReviewMark::Confirmed, comment: comment.to_owned(), grade: None, respond_by: None }
    }

    /// A 指摘 of a grade, without a response date.
    pub fn finding(comment: &str, grade: FindingGrade) -> ReviewInput {
        ReviewInput { mark: ReviewMark::Finding, comment: comment.to_owned(), grade: Some(grade), respond_by: None }
    }
}

/// Why a review mark was refused.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ReviewError {
    #[error("a finding needs a comment")]
    FindingNeedsComment,
    #[error("the comment is longer than {0} characters")]
    TooLong(usize),
    #[error("the comment contains a control character")]
    ControlChar,
    #[error("a finding needs a grade")]
    FindingNeedsGrade,
    #[error("only a finding has a grade or a response date")]
    OnlyForFinding,
    #[error("{0:?} is not a date")]
    BadDate(String),
}

impl Describe for ReviewError {
    fn message(&self) -> Message {
        match self {
            ReviewError::FindingNeedsComment => Message::new("review-finding-needs-comment"),
            ReviewError::TooLong(max) => Message::new("review-too-long").arg("max", *max),
            ReviewError::ControlChar => Message::new("review-control-char"),
            ReviewError::FindingNeedsGrade => Message::new("review-finding-needs-grade"),
            ReviewError::OnlyForFinding => Message::new("review-only-for-finding"),
            ReviewError::BadDate(d) => Message::new("answer-bad-date").arg("date", d),
        }
    }
}

/// A finding must say what is wrong and how serious it is; a confirmation
/// may stay silent and has neither grade nor response date.
pub fn check_review(input: &ReviewInput) -> Result<Review, ReviewError> {
    let mark = input.mark;
    let comment = input.comment.trim();
    let respond_by = match input.respond_by.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
        Some(d) => Some(parse_date(d).map_err(|_| ReviewError::BadDate(d.to_owned()))?),
        None => None,
    };
    if comment.chars().count() > MAX_TEXT_CHARS {
        return Err(ReviewError::TooLong(MAX_TEXT_CHARS));
    }
    if crate::text::forbidden_char(comment, true).is_some() {
        return Err(ReviewError::ControlChar);
    }
    if mark == ReviewMark::Finding && comment.is_empty() {
        return Err(ReviewError::FindingNeedsComment);
    }
    match mark {
        ReviewMark::Finding if input.grade.is_none() => return Err(ReviewError::FindingNeedsGrade),
        ReviewMark::Confirmed if input.grade.is_some() || respond_by.is_some() => {
            return Err(ReviewError::OnlyForFinding);
        }
        _ => {}
    }
    Ok(Review { mark, comment: comment.to_owned(), grade: input.grade, respond_by })
}

/// The ward's own words for one grade, in both languages: a ward whose
/// policy names its grades differently (重大 / 要改善 …) keeps the four
/// levels and the order, and every screen, list and report says its words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct GradeName {
    pub grade: FindingGrade,
    pub ja: String,
    pub en: String,
}

/// How long a grade's name may be: it is a badge and a heading, not a sentence.
pub const MAX_GRADE_NAME_CHARS: usize = 20;

/// Why a grade's name was refused.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum GradeNameError {
    #[error("a grade's name in {0} is empty")]
    Empty(&'static str),
    #[error("a grade's name is longer than {0} characters")]
    TooLong(usize),
    #[error("a grade's name contains a control character or a line break")]
    ControlChar,
    #[error("{0:?} already names another grade")]
    Duplicate(String),
}

impl Describe for GradeNameError {
    fn message(&self) -> Message {
        match self {
            GradeNameError::Empty(lang) => Message::new("grade-name-empty").arg("lang", *lang),
            GradeNameError::TooLong(max) => Message::new("grade-name-too-long").arg("max", *max),
            GradeNameError::ControlChar => Message::new("grade-name-control-char"),
            GradeNameError::Duplicate(name) => Message::new("grade-name-duplicate").arg("name", name),
        }
    }
}

/// Checks a grade's new name against the names the other grades keep
/// (`others`: the ward's names of the other grades): both languages given,
/// one short line each, not the name of another grade.
pub fn check_grade_name(input: &GradeName, others: &[GradeName]) -> Result<GradeName, GradeNameError> {
    let ja = input.ja.trim();
    let en = input.en.trim();
    for (lang, name) in [("ja", ja), ("en", en)] {
        if name.is_empty() {
            return Err(GradeNameError::Empty(lang));
        }
        if name.chars().count() > MAX_GRADE_NAME_CHARS {
            return Err(GradeNameError::TooLong(MAX_GRADE_NAME_CHARS));
        }
        if crate::text::forbidden_char(name, false).is_some() {
            return Err(GradeNameError::ControlChar);
        }
    }
    if let Some(o) = others.iter().find(|o| o.grade != input.grade && (o.ja == ja || o.en == en)) {
        return Err(GradeNameError::Duplicate(if o.ja == ja { ja.to_owned() } else { en.to_owned() }));
    }
    Ok(GradeName { grade: input.grade, ja: ja.to_owned(), en: en.to_owned() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_grade_is_renamed_in_both_languages_on_one_line_and_unlike_the_others() {
        let name = |grade, ja: &str, en: &str| GradeName { grade, ja: ja.into(), en: en.into() };
        let others = [name(FindingGrade::Minor, "要改善", "Improve")];
        let ok = check_grade_name(&name(FindingGrade::Major, " 重大 ", " Serious "), &others).unwrap();
        assert_eq!((ok.ja.as_str(), ok.en.as_str()), ("重大", "Serious"));
        let refused = |ja: &str, en: &str| check_grade_name(&name(FindingGrade::Major, ja, en), &others).unwrap_err();
        assert_eq!(refused("重大", " "), GradeNameError::Empty("en"));
        assert_eq!(refused("重大\n不適合", "Serious"), GradeNameError::ControlChar);
        assert_eq!(refused(&"重".repeat(21), "Serious"), GradeNameError::TooLong(MAX_GRADE_NAME_CHARS));
        assert_eq!(refused("要改善", "Serious"), GradeNameError::Duplicate("要改善".into()));
        // Renaming a grade to its own current name is no clash.
        assert!(check_grade_name(&name(FindingGrade::Minor, "要改善", "Improve"), &others).is_ok());
    }

    #[test]
    fn a_finding_needs_a_comment_a_confirmation_does_not() {
        let minor = FindingGrade::Minor;
        assert_eq!(check_review(&ReviewInput::finding("  ", minor)), Err(ReviewError::FindingNeedsComment));
        assert_eq!(check_review(&ReviewInput::confirmed("")).unwrap().comment, "");
        let r = check_review(&ReviewInput::finding(" 委託契約書の写しが未提出 ", minor)).unwrap();
        assert_eq!(r.comment, "委託契約書の写しが未提出");
        assert_eq!(ReviewMark::from_code("finding"), Some(ReviewMark::Finding));
        assert_eq!(check_review(&ReviewInput::finding("未提出\u{1b}]0;x\u{7}", minor)), Err(ReviewError::ControlChar));
    }

    #[test]
    fn a_finding_has_a_grade_and_may_ask_for_a_response_by_a_date() {
        let mut input = ReviewInput::finding("持出し記録簿がない", FindingGrade::Major);
        input.respond_by = Some("令和9年1月29日".into());
        let r = check_review(&input).unwrap();
        assert_eq!((r.grade, r.respond_by), (Some(FindingGrade::Major), NaiveDate::from_ymd_opt(2027, 1, 29)));
        input.respond_by = Some("2027-02-30".into());
        assert_eq!(check_review(&input), Err(ReviewError::BadDate("2027-02-30".into())));
        input.respond_by = Some("  ".into());
        assert_eq!(check_review(&input).unwrap().respond_by, None);
        input.grade = None;
        assert_eq!(check_review(&input), Err(ReviewError::FindingNeedsGrade));
        let mut confirmed = ReviewInput::confirmed("");
        confirmed.grade = Some(FindingGrade::Minor);
        assert_eq!(check_review(&confirmed), Err(ReviewError::OnlyForFinding));
        assert_eq!(FindingGrade::from_code(" observation "), Some(FindingGrade::Observation));
        assert!(FindingGrade::Major < FindingGrade::Recommendation, "the report lists the serious first");
    }
}
