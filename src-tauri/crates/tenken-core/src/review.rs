//! 確認済 / 指摘 — the auditor's mark on a section's answer.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::answer::MAX_TEXT_CHARS;
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

/// A mark with the auditor's comment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Review {
    pub mark: ReviewMark,
    pub comment: String,
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
}

impl Describe for ReviewError {
    fn message(&self) -> Message {
        match self {
            ReviewError::FindingNeedsComment => Message::new("review-finding-needs-comment"),
            ReviewError::TooLong(max) => Message::new("review-too-long").arg("max", *max),
            ReviewError::ControlChar => Message::new("review-control-char"),
        }
    }
}

/// A finding must say what is wrong; a confirmation may stay silent.
pub fn check_review(mark: ReviewMark, comment: &str) -> Result<Review, ReviewError> {
    let comment = comment.trim();
    if comment.chars().count() > MAX_TEXT_CHARS {
        return Err(ReviewError::TooLong(MAX_TEXT_CHARS));
    }
    if crate::text::forbidden_char(comment, true).is_some() {
        return Err(ReviewError::ControlChar);
    }
    if mark == ReviewMark::Finding && comment.is_empty() {
        return Err(ReviewError::FindingNeedsComment);
    }
    Ok(Review { mark, comment: comment.to_owned() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_finding_needs_a_comment_a_confirmation_does_not() {
        assert_eq!(check_review(ReviewMark::Finding, "  "), Err(ReviewError::FindingNeedsComment));
        assert_eq!(check_review(ReviewMark::Confirmed, "").unwrap().comment, "");
        let r = check_review(ReviewMark::Finding, " 委託契約書の写しが未提出 ").unwrap();
        assert_eq!(r.comment, "委託契約書の写しが未提出");
        assert_eq!(ReviewMark::from_code("finding"), Some(ReviewMark::Finding));
        assert_eq!(check_review(ReviewMark::Finding, "未提出\u{1b}]0;x\u{7}"), Err(ReviewError::ControlChar));
    }
}
