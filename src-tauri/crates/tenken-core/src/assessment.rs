//! 総評: the auditor's overall assessment of a year, printed at the head of
//! the results in the audit report that goes to the 情報セキュリティ委員会.
//!
//! A self-inspection is the sections' own account, not an audit: guidance on
//! internal audit warns that its report must not read as an assurance
//! (「問題は発見されなかった」). Such wording is found here and shown to the
//! auditor as a warning; it never blocks saving, because the auditor may
//! have good reason and is the one who signs.

use serde::{Deserialize, Serialize};
use thiserror::Error;
use unicode_normalization::UnicodeNormalization;

use crate::message::{Describe, Message};

/// The longest 総評 accepted, in characters: about two A4 pages of text.
pub const MAX_ASSESSMENT_CHARS: usize = 4000;

/// Wording that reads as an assurance, as people write it. Matched after
/// NFKC and with spaces removed, so 「問題は 発見されなかった」 and
/// full-width letters are found too.
const ASSURANCE: &[&str] = &[
    "問題は発見されなかった",
    "問題は発見されませんでした",
    "問題は見られなかった",
    "問題は見られませんでした",
    "問題はなかった",
    "問題はありませんでした",
    "問題はない",
    "問題ありません",
    "指摘事項はなかった",
    "指摘事項はありません",
    "適切に実施されている",
    "適切に運用されている",
    "適正に運用されている",
    "適正である",
    "万全",
    "保証する",
    "保証します",
    "no issues were found",
    "no problems were found",
    "fully compliant",
    "we assure",
];

/// A 総評 as it is kept: line breaks as `\n`, trailing space trimmed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Assessment {
    /// The paragraphs, separated by line breaks; empty when none is written.
    pub text: String,
    /// The assurance wording found in it (shown as a warning, never refused).
    pub assurance: Vec<String>,
}

/// Why a 総評 was refused.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum AssessmentError {
    #[error("the overall assessment is longer than {max} characters")]
    TooLong { max: usize },
    #[error("the overall assessment contains a control character")]
    ControlChar,
}

impl Describe for AssessmentError {
    fn message(&self) -> Message {
        match self {
            AssessmentError::TooLong { max } => Message::new("assessment-too-long").arg("max", *max),
            AssessmentError::ControlChar => Message::new("assessment-control-char"),
        }
    }
}

/// Checks a 総評 as typed (several paragraphs allowed) and lists the
/// assurance wording in it.
pub fn check_assessment(typed: &str) -> Result<Assessment, AssessmentError> {
    let text: String =
        typed.replace("\r\n", "\n").replace('\r', "\n").lines().map(str::trim_end).collect::<Vec<_>>().join("\n");
    let text = text.trim_matches('\n').to_owned();
    if text.chars().count() > MAX_ASSESSMENT_CHARS {
        return Err(AssessmentError::TooLong { max: MAX_ASSESSMENT_CHARS });
    }
    if crate::text::forbidden_char(&text, true).is_some() {
        return Err(AssessmentError::ControlChar);
    }
    let assurance = assurance_wording(&text);
    Ok(Assessment { text, assurance })
}

/// The assurance phrases a text uses, in the order of [`ASSURANCE`] and as
/// written there (the warning quotes them).
pub fn assurance_wording(text: &str) -> Vec<String> {
    let folded = fold(text);
    ASSURANCE.iter().filter(|p| folded.contains(&fold(p))).map(|p| (*p).to_owned()).collect()
}

/// NFKC, lower case, no spaces: how a phrase is compared.
fn fold(text: &str) -> String {
    text.nfkc().filter(|c| !c.is_whitespace()).flat_map(char::to_lowercase).collect()
}

/// The warning the screens and the CLI show for assurance wording.
pub fn assurance_warning(a: &Assessment) -> Option<Message> {
    (!a.assurance.is_empty())
        .then(|| Message::new("assessment-assurance-warning").arg("phrases", a.assurance.join("」「")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn assurance_wording_is_found_however_it_is_spaced_or_typed() {
        let a = check_assessment("全体として改善が進んだ。\r\n\r\n重大な 問題は　発見されなかった。").unwrap();
        assert_eq!(a.text, "全体として改善が進んだ。\n\n重大な 問題は　発見されなかった。");
        assert_eq!(a.assurance, vec!["問題は発見されなかった".to_owned()]);
        assert!(assurance_warning(&a).is_some());
        assert_eq!(assurance_wording("No issues were found."), vec!["no issues were found".to_owned()]);
        assert_eq!(assurance_wording("ＮＯ ＩＳＳＵＥＳ were  found"), vec!["no issues were found".to_owned()]);
    }

    #[test]
    fn a_self_inspection_summary_in_plain_words_gets_no_warning() {
        let a = check_assessment(
            "提出20所属のうち、外部記録媒体の管理に一部実施が多く見られた。\n次年度は重点テーマとして取り上げる。",
        )
        .unwrap();
        assert!(a.assurance.is_empty());
        assert_eq!(assurance_warning(&a), None);
        assert_eq!(check_assessment("  \n ").unwrap().text, "");
    }

    #[test]
    fn overlong_text_and_control_characters_are_refused() {
        let long = "あ".repeat(MAX_ASSESSMENT_CHARS + 1);
        assert_eq!(check_assessment(&long), Err(AssessmentError::TooLong { max: MAX_ASSESSMENT_CHARS }));
        assert_eq!(check_assessment("総評\u{1b}[31m"), Err(AssessmentError::ControlChar));
        assert_eq!(check_assessment("総評\u{202E}"), Err(AssessmentError::ControlChar));
    }
}
