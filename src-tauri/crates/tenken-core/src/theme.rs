//! 重点テーマ: the clauses and items the auditor picks out for the year
//! (「令和8年度 重点テーマ：外部記録媒体の管理」). The sections see those items
//! marked, the heat map can show only them, and the report has a chapter on
//! their results, rated with the same scoring as everything else
//! ([`crate::aggregate::summarise`] over the theme's part of the checklist).

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::aggregate::{SectionAnswers, Summary, summarise};
use crate::message::{Describe, Message};
use crate::questionnaire::Questionnaire;

/// The longest title accepted, in characters.
pub const MAX_THEME_TITLE_CHARS: usize = 100;

/// The theme as the auditor enters it (the window's form, the CLI's arguments).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ThemeInput {
    pub title: String,
    /// Clause numbers as the checklist writes them (`6.(4)`).
    #[serde(default)]
    pub clauses: Vec<String>,
    /// Item ids (`toshima-6-5-e`).
    #[serde(default)]
    pub items: Vec<String>,
}

/// A year's 重点テーマ as kept: the title, and the clauses and items in
/// checklist order, each once. Empty (the default) when none is set.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Theme {
    pub title: String,
    #[serde(default)]
    pub clauses: Vec<String>,
    #[serde(default)]
    pub items: Vec<String>,
}

/// Why a theme was refused; the field it belongs to is in the message id.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ThemeError {
    #[error("a theme with clauses or items needs a title")]
    TitleRequired,
    #[error("the theme's title is longer than {max} characters")]
    TooLong { max: usize },
    #[error("the theme's title contains a control character")]
    ControlChar,
    #[error("clause {clause} is not in the campaign's checklist")]
    UnknownClause { clause: String },
    #[error("item {item} is not in the campaign's checklist")]
    UnknownItem { item: String },
    #[error("a theme needs at least one clause or item")]
    NothingChosen,
}

impl Describe for ThemeError {
    fn message(&self) -> Message {
        match self {
            ThemeError::TitleRequired => Message::new("theme-title-required"),
            ThemeError::TooLong { max } => Message::new("theme-title-too-long").arg("max", *max),
            ThemeError::ControlChar => Message::new("theme-title-control-char"),
            ThemeError::UnknownClause { clause } => Message::new("theme-unknown-clause").arg("clause", clause.clone()),
            ThemeError::UnknownItem { item } => Message::new("theme-unknown-item").arg("item", item.clone()),
            ThemeError::NothingChosen => Message::new("theme-nothing-chosen"),
        }
    }
}

impl ThemeError {
    /// The form field the refusal belongs to (the window puts it there).
    pub fn field(&self) -> &'static str {
        match self {
            ThemeError::TitleRequired | ThemeError::TooLong { .. } | ThemeError::ControlChar => "title",
            ThemeError::UnknownClause { .. } | ThemeError::UnknownItem { .. } | ThemeError::NothingChosen => "clauses",
        }
    }
}

/// Checks a theme against the campaign's checklist: a title (at most
/// [`MAX_THEME_TITLE_CHARS`], no control characters) as soon as anything is
/// chosen, and every clause and item in the checklist (the first unknown one
/// is named). Nothing at all (no title, nothing chosen) is the empty theme,
/// which clears it. Clauses and items come back in checklist order, each once.
pub fn check_theme(input: &ThemeInput, q: &Questionnaire) -> Result<Theme, ThemeError> {
    let title = input.title.trim().to_owned();
    let clauses: Vec<&str> = input.clauses.iter().map(|c| c.trim()).filter(|c| !c.is_empty()).collect();
    let items: Vec<&str> = input.items.iter().map(|i| i.trim()).filter(|i| !i.is_empty()).collect();
    if title.is_empty() && clauses.is_empty() && items.is_empty() {
        return Ok(Theme::default());
    }
    if title.is_empty() {
        return Err(ThemeError::TitleRequired);
    }
    if title.chars().count() > MAX_THEME_TITLE_CHARS {
        return Err(ThemeError::TooLong { max: MAX_THEME_TITLE_CHARS });
    }
    if crate::text::forbidden_char(&title, false).is_some() {
        return Err(ThemeError::ControlChar);
    }
    if let Some(c) = clauses.iter().find(|c| !q.sections.iter().any(|s| s.clause == **c)) {
        return Err(ThemeError::UnknownClause { clause: (*c).to_owned() });
    }
    if let Some(i) = items.iter().find(|i| q.item(i).is_none()) {
        return Err(ThemeError::UnknownItem { item: (*i).to_owned() });
    }
    if clauses.is_empty() && items.is_empty() {
        return Err(ThemeError::NothingChosen);
    }
    Ok(Theme {
        title,
        clauses: q.sections.iter().filter(|s| clauses.contains(&s.clause.as_str())).map(|s| s.clause.clone()).collect(),
        items: q.items().filter(|(_, i)| items.contains(&i.id.as_str())).map(|(_, i)| i.id.clone()).collect(),
    })
}

impl Theme {
    /// No theme is set.
    pub fn is_empty(&self) -> bool {
        self.title.is_empty() && self.clauses.is_empty() && self.items.is_empty()
    }

    /// Whether an item is in the theme: listed itself, or its clause is.
    pub fn covers(&self, q: &Questionnaire, item_id: &str) -> bool {
        self.items.iter().any(|i| i == item_id)
            || q.item(item_id).is_some_and(|(s, _)| self.clauses.contains(&s.clause))
    }

    /// The clauses with at least one item in the theme, in checklist order
    /// (the heat map's filter shows these columns).
    pub fn clauses_touched(&self, q: &Questionnaire) -> Vec<String> {
        q.sections.iter().filter(|s| s.items.iter().any(|i| self.covers(q, &i.id))).map(|s| s.clause.clone()).collect()
    }

    /// The checklist cut down to the theme's items (clauses without any left out).
    pub fn checklist(&self, q: &Questionnaire) -> Questionnaire {
        let mut cut = q.clone();
        for s in &mut cut.sections {
            let clause_in = self.clauses.contains(&s.clause);
            s.items.retain(|i| clause_in || self.items.contains(&i.id));
        }
        cut.sections.retain(|s| !s.items.is_empty());
        cut
    }
}

/// The theme's results: the ordinary summary ([`summarise`]) over the
/// theme's items only, so the rate by section and by clause is scored as
/// everywhere else. `None` when no theme is set.
pub fn theme_summary(theme: &Theme, q: &Questionnaire, sections: &[SectionAnswers<'_>]) -> Option<Summary> {
    (!theme.is_empty()).then(|| summarise(&theme.checklist(q), sections))
}

#[cfg(test)]
mod tests {

    use super::*;
    use crate::answer::{AnswerValue, answered};
    use crate::campaign::SectionState;
    use crate::questionnaire::{SAMPLE_TOML, parse_questionnaire};
    use crate::tier::Tier;

    fn input(title: &str, clauses: &[&str], items: &[&str]) -> ThemeInput {
        ThemeInput {
            title: title.to_owned(),
            clauses: clauses.iter().map(|c| (*c).to_owned()).collect(),
            items: items.iter().map(|i| (*i).to_owned()).collect(),
        }
    }

    #[test]
    fn a_theme_is_kept_in_checklist_order_and_covers_its_clauses_items() {
        let q = parse_questionnaire(SAMPLE_TOML).unwrap();
        let t =
            check_theme(&input(" 重点テーマ：外部記録媒体の管理 ", &["6.(3)①"], &["s-6-1-a", "s-6-1-a"]), &q).unwrap();
        assert_eq!(t.title, "重点テーマ：外部記録媒体の管理");
        assert_eq!(t.clauses, vec!["6.(3)①".to_owned()]);
        assert_eq!(t.items, vec!["s-6-1-a".to_owned()]);
        assert!(t.covers(&q, "s-6-1-a"));
        assert!(t.covers(&q, "s-6-3-1-b"), "an item of a chosen clause is in the theme");
        let only_item = check_theme(&input("媒体", &[], &["s-6-3-1-b"]), &q).unwrap();
        assert!(!only_item.covers(&q, "s-6-3-1-a"));
        assert!(!only_item.covers(&q, "s-6-1-a"));
        assert_eq!(only_item.clauses_touched(&q), vec!["6.(3)①".to_owned()]);
    }

    #[test]
    fn unknown_clauses_and_items_are_named_and_an_empty_theme_clears_it() {
        let q = parse_questionnaire(SAMPLE_TOML).unwrap();
        assert_eq!(
            check_theme(&input("媒体", &["6.(1)", "6.(99)"], &[]), &q),
            Err(ThemeError::UnknownClause { clause: "6.(99)".to_owned() })
        );
        assert_eq!(
            check_theme(&input("媒体", &[], &["s-9-9"]), &q),
            Err(ThemeError::UnknownItem { item: "s-9-9".to_owned() })
        );
        assert_eq!(check_theme(&input("", &["6.(1)"], &[]), &q), Err(ThemeError::TitleRequired));
        assert_eq!(check_theme(&input("媒体", &[], &[]), &q), Err(ThemeError::NothingChosen));
        assert_eq!(
            check_theme(&input(&"あ".repeat(MAX_THEME_TITLE_CHARS + 1), &["6.(1)"], &[]), &q),
            Err(ThemeError::TooLong { max: MAX_THEME_TITLE_CHARS })
        );
        assert_eq!(check_theme(&input("媒体\u{202E}", &["6.(1)"], &[]), &q), Err(ThemeError::ControlChar));
        let cleared = check_theme(&input("  ", &[" "], &[]), &q).unwrap();
        assert!(cleared.is_empty());
        assert_eq!(cleared, Theme::default());
    }

    #[test]
    fn the_results_are_the_ordinary_rates_over_the_theme_items() {
        let q = parse_questionnaire(SAMPLE_TOML).unwrap();
        let a: crate::answer::AnswerMap = [
            answered("s-6-1-a", AnswerValue::No),
            answered("s-6-3-1-a", AnswerValue::Yes),
            answered("s-6-3-1-b", AnswerValue::Partial),
        ]
        .into_iter()
        .collect();
        let tiers = [Tier::Mynumber];
        let sections = [SectionAnswers {
            code: "A",
            name: "甲課",
            scope: crate::attribute::Scope::tiers(&tiers),
            state: SectionState::Submitted,
            answers: &a,
        }];
        assert_eq!(theme_summary(&Theme::default(), &q, &sections), None);
        let t = check_theme(&input("媒体", &["6.(3)①"], &[]), &q).unwrap();
        let s = theme_summary(&t, &q, &sections).unwrap();
        // 6.(1)'s 未実施 is outside the theme: yes 1 + partial 0.5 over 2.
        assert_eq!(s.by_section[0].rate, Some(0.75));
        assert_eq!(s.rate, Some(0.75));
        assert_eq!(s.by_clause.len(), 1);
        assert_eq!(s.by_clause[0].clause, "6.(3)①");
    }
}
