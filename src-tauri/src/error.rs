//! What a command can refuse, and how the refusal reaches the window.
//!
//! Errors stay typed until the last moment; the window receives one sentence
//! rendered by `tenken-i18n` in the language the user chose, never a code.

use serde::Serialize;
use tenken_core::message::{Describe, Message};
use tenken_i18n::Localizer;
use tenken_store::StoreError;
use thiserror::Error;

/// Every refusal of a command.
#[derive(Debug, Error)]
pub enum AppError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("unknown checklist {0}")]
    UnknownChecklist(String),
    #[error("unknown language {0}")]
    UnknownLang(String),
    #[error("the database could not be opened: {0}")]
    NotOpen(String),
    #[error("a shipped checklist does not validate: {0}")]
    ShippedChecklist(String),
}

impl Describe for AppError {
    fn message(&self) -> Message {
        match self {
            AppError::Store(e) => e.message(),
            AppError::UnknownChecklist(id) => Message::new("app-error-unknown-checklist").arg("id", id),
            AppError::UnknownLang(l) => Message::new("app-error-unknown-lang").arg("lang", l),
            AppError::NotOpen(detail) => Message::new("app-error-not-open").arg("detail", detail),
            AppError::ShippedChecklist(detail) => Message::new("app-error-shipped").arg("detail", detail),
        }
    }
}

/// A refusal as the window receives it: one sentence in the user's language,
/// with what the window needs to show it beside the field it concerns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct CommandError {
    pub message: String,
    /// The catalogue id of the refusal (`answer-na-needs-reason`).
    pub id: String,
    /// The field the refusal names, when it names one (`comment`, `plan`, `name` …).
    pub field: Option<String>,
}

/// Renders a message for the window. Some catalogue messages speak to the
/// command line (`--reason …`); where the catalogue has a window wording
/// under `app-<id>`, that one is used instead.
pub fn render(l: &Localizer, message: &Message) -> String {
    let window_id = format!("app-{}", message.id);
    if l.has(&window_id) { l.text_with(&window_id, &message.args) } else { l.render(message) }
}

impl CommandError {
    /// Renders an error in the user's language.
    pub fn new(l: &Localizer, e: &dyn Describe) -> Self {
        let m = e.message();
        let field = m.args.iter().find_map(|(k, a)| match a {
            tenken_core::message::Arg::Text(t) if *k == "field" => Some(t.clone()),
            _ => None,
        });
        CommandError { message: render(l, &m), id: m.id.to_owned(), field }
    }
}

#[cfg(test)]
mod tests {
    use tenken_core::answer::AnswerError;
    use tenken_core::text::TypedTextError;
    use tenken_i18n::Lang;

    use super::*;

    /// Every `app-…` id written in the app's sources exists in both languages
    /// (tenken-i18n checks the headless crates; the UI's ids are checked by Vitest).
    #[test]
    fn every_app_id_in_the_sources_exists() {
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let langs = Lang::ALL.map(Localizer::new);
        let mut missing = Vec::new();
        for entry in std::fs::read_dir(&src).unwrap().flatten() {
            let text = std::fs::read_to_string(entry.path()).unwrap();
            for literal in text.split('"').skip(1).step_by(2) {
                let is_id = literal.starts_with("app-")
                    && literal.len() > 4
                    && literal.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
                if is_id && langs.iter().any(|l| !l.has(literal)) {
                    missing.push(literal.to_owned());
                }
            }
        }
        assert!(missing.is_empty(), "ids not in both catalogues: {missing:?}");
    }

    #[test]
    fn window_wording_replaces_command_line_wording() {
        for lang in Lang::ALL {
            let l = Localizer::new(lang);
            let m = CommandError::new(&l, &AppError::Store(StoreError::Answer(AnswerError::NaNeedsReason))).message;
            assert!(!m.contains("--"), "{lang}: {m}");
            assert!(!m.starts_with("app-"), "{lang}: {m}");
        }
        let ja = Localizer::new(Lang::Ja);
        assert!(CommandError::new(&ja, &AppError::UnknownChecklist("x".into())).message.contains('x'));
    }

    #[test]
    fn a_refusal_names_its_field_and_reads_as_japanese_sentences() {
        let ja = Localizer::new(Lang::Ja);
        let answer = |e: AnswerError| CommandError::new(&ja, &AppError::Store(StoreError::Answer(e)));
        let long = answer(AnswerError::Text(TypedTextError::TooLong { field: "owner", max: 200 }));
        assert_eq!((long.id.as_str(), long.field.as_deref()), ("answer-too-long", Some("owner")));
        let reason = answer(AnswerError::NaNeedsReason);
        assert_eq!((reason.id.as_str(), reason.field.as_deref()), ("answer-na-needs-reason", None));
        // The window's Japanese sentences use 。 and （）, not a half-width colon or a dash.
        for e in [
            reason,
            long,
            answer(AnswerError::BadDate("x".into())),
            answer(AnswerError::Text(TypedTextError::ControlChar { field: "comment" })),
            answer(AnswerError::NeedsPlan(tenken_core::AnswerValue::No)),
        ] {
            assert!(!e.message.contains(" — ") && !e.message.contains(": "), "{}", e.message);
        }
    }
}
