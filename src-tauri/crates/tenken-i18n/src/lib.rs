//! tenken-i18n: the one source of every user-visible string.
//!
//! Messages live in Fluent files under `locales/<lang>/`, compiled into the
//! binary so an isolated terminal needs nothing beside it. Japanese is the
//! default; English is complete, message for message (a test checks).

use std::fmt;
use std::str::FromStr;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use tenken_core::message::{Arg, Describe, Message};
use unic_langid::{LanguageIdentifier, langid};

/// A language tenken speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// 日本語 — the default.
    #[default]
    Ja,
    /// English.
    En,
}

impl Lang {
    /// Every language, Japanese first.
    pub const ALL: [Lang; 2] = [Lang::Ja, Lang::En];

    /// The code used in settings and on the command line.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ja => "ja",
            Lang::En => "en",
        }
    }

    /// Picks the language from a POSIX locale value such as `en_US.UTF-8`.
    /// Anything that is not English (including `C`) gives Japanese.
    pub fn from_locale(value: &str) -> Lang {
        if value.to_ascii_lowercase().starts_with("en") { Lang::En } else { Lang::Ja }
    }

    /// The language the environment asks for (`LC_ALL`, `LC_MESSAGES`, `LANG`).
    pub fn from_env() -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|k| std::env::var(k).ok())
            .find(|v| !v.is_empty())
            .map(|v| Lang::from_locale(&v))
            .unwrap_or_default()
    }

    fn langid(self) -> LanguageIdentifier {
        match self {
            Lang::Ja => langid!("ja"),
            Lang::En => langid!("en"),
        }
    }

    fn sources(self) -> &'static [&'static str] {
        match self {
            Lang::Ja => &[include_str!("../locales/ja/tenken.ftl")],
            Lang::En => &[include_str!("../locales/en/tenken.ftl")],
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A language code that tenken does not have.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language {0:?} (use ja or en)")]
pub struct UnknownLang(pub String);

impl FromStr for Lang {
    type Err = UnknownLang;
    fn from_str(s: &str) -> Result<Self, UnknownLang> {
        match s.trim().to_ascii_lowercase().as_str() {
            "ja" | "jp" | "ja-jp" | "日本語" => Ok(Lang::Ja),
            "en" | "en-us" | "en-gb" | "english" => Ok(Lang::En),
            _ => Err(UnknownLang(s.to_owned())),
        }
    }
}

/// Formats messages in one language. Cheap to share between threads.
pub struct Localizer {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
}

impl fmt::Debug for Localizer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Localizer").field("lang", &self.lang).finish()
    }
}

impl Localizer {
    /// Loads the catalogue of `lang`. The catalogue is compiled in and
    /// checked by the tests, so this cannot fail at run time.
    pub fn new(lang: Lang) -> Localizer {
        let mut bundle = FluentBundle::new_concurrent(vec![lang.langid()]);
        // Direction marks around arguments would show up as stray bytes in a
        // terminal and in PDFs; all our text is left-to-right.
        bundle.set_use_isolating(false);
        for src in lang.sources() {
            let resource = FluentResource::try_new((*src).to_owned()).unwrap_or_else(|(partial, _)| partial);
            // Duplicate ids are caught by the tests; keep the first definition.
            let _ = bundle.add_resource(resource);
        }
        Localizer { lang, bundle }
    }

    /// The language this localizer speaks.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Whether the catalogue has a message with this id.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// The text of a message without arguments.
    pub fn text(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The text of a message with named arguments.
    pub fn text_with(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let mut fargs = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Text(s) => fargs.set(*name, FluentValue::from(s.as_str())),
                Arg::Number(n) => fargs.set(*name, FluentValue::from(*n)),
            }
        }
        self.format(id, Some(&fargs))
    }

    /// Renders a message the core or the store produced.
    pub fn render(&self, message: &Message) -> String {
        self.text_with(message.id, &message.args)
    }

    /// Renders anything that can describe itself (every error of the headless crates).
    pub fn describe(&self, thing: &dyn Describe) -> String {
        self.render(&thing.message())
    }

    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            // A missing id is a programming error the tests catch; show the id
            // rather than nothing so a user can still report it.
            return id.to_owned();
        };
        let mut errors = Vec::new();
        self.bundle.format_pattern(pattern, args, &mut errors).into_owned()
    }

    /// Every message id in this catalogue (for tests and tooling).
    pub fn ids(&self) -> Vec<String> {
        let mut ids: Vec<String> = self
            .lang
            .sources()
            .iter()
            .filter_map(|src| FluentResource::try_new((*src).to_owned()).ok())
            .flat_map(|r| {
                r.entries()
                    .filter_map(|e| match e {
                        fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                        _ => None,
                    })
                    .collect::<Vec<_>>()
            })
            .collect();
        ids.sort();
        ids
    }
}
