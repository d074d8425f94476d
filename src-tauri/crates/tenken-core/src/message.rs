//! User-facing messages as data.
//!
//! The core never formats a sentence for a person: it names a message of the
//! Fluent catalogue (`tenken-i18n`) and the values to put in it. That keeps
//! the domain free of any language and lets the CLI, the window and the
//! reports say the same thing in Japanese or English.

use serde::Serialize;

/// A value put into a message.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Arg {
    /// Shown as written (codes, ids, file names, user text).
    Text(String),
    /// Shown as a number, with the locale's plural rules applied.
    Number(f64),
    /// Another message, rendered in the same language first: how a reason
    /// (an answer rule, a package fault) is put inside a sentence without its
    /// English `Display` text ending up in a Japanese message.
    Message(Box<Message>),
    /// A day, said in the reader's calendar by tenken-i18n (`Localizer::date`:
    /// 和暦 in Japanese, `1 January 2027` in English), never as ISO digits.
    Date(chrono::NaiveDate),
    /// A fiscal year, said as the reader names it by tenken-i18n
    /// (`Localizer::year`: 令和8年度, FY2026): an error of the store or of a
    /// package names the year as every screen and report does, not as `2026年度`.
    Year(crate::FiscalYear),
}

impl From<crate::FiscalYear> for Arg {
    fn from(y: crate::FiscalYear) -> Self {
        Arg::Year(y)
    }
}

impl From<chrono::NaiveDate> for Arg {
    fn from(d: chrono::NaiveDate) -> Self {
        Arg::Date(d)
    }
}

impl From<Message> for Arg {
    fn from(m: Message) -> Self {
        Arg::Message(Box::new(m))
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_owned())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Text(s.clone())
    }
}
impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Number(n as f64)
    }
}
impl From<i32> for Arg {
    fn from(n: i32) -> Self {
        Arg::Number(f64::from(n))
    }
}
impl From<u32> for Arg {
    fn from(n: u32) -> Self {
        Arg::Number(f64::from(n))
    }
}
impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Number(n as f64)
    }
}

/// A message of the catalogue with its arguments, rendered by `tenken-i18n`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Message {
    /// The Fluent message id, e.g. `answer-na-needs-reason`.
    pub id: &'static str,
    /// Named arguments, in the order they were given.
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    /// A message without arguments.
    pub fn new(id: &'static str) -> Self {
        Message { id, args: Vec::new() }
    }

    /// Adds one named argument (builder style).
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }
}

/// Anything that can tell a person what happened, in the catalogue's words.
///
/// Every error type of the headless crates implements it, so that a shell
/// never has to invent its own wording.
pub trait Describe {
    /// The message that explains this value to a user.
    fn message(&self) -> Message;
}

/// Why a file could not be read or written, in the catalogue's words: the
/// OS's own text (`No such file or directory (os error 2)`) is English and
/// would end up inside a Japanese sentence. Kinds without a message of their
/// own carry that text, which only the English catalogue shows. (Takes the
/// error, performs no I/O: the store and the CLI both describe with it.)
pub fn io_reason(e: &std::io::Error) -> Message {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::NotFound => Message::new("io-not-found"),
        K::PermissionDenied => Message::new("io-permission-denied"),
        K::AlreadyExists => Message::new("io-already-exists"),
        K::IsADirectory => Message::new("io-is-a-directory"),
        K::NotADirectory => Message::new("io-not-a-directory"),
        K::StorageFull | K::QuotaExceeded => Message::new("io-storage-full"),
        K::ReadOnlyFilesystem => Message::new("io-read-only"),
        _ => Message::new("io-other").arg("detail", e.to_string()),
    }
}
