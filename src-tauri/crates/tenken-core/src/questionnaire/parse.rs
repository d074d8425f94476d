//! Reading a checklist from TOML, reporting every mistake with its position.
//!
//! Parsing runs in passes so that one run tells the editor about every
//! problem, not just the first: (1) TOML syntax, with recovery; (2) a walk
//! over the (recovered) document that checks each key against the format
//! (unknown keys, missing keys, wrong types, empty or placeholder text);
//! (3) the rules that span several places (ids, clauses, tiers), on the same
//! document; each runs whatever the others found. Only a file without any
//! error goes on to (4), serde into typed records.

use std::collections::HashMap;
use std::ops::Range;

use chrono::NaiveDate;
use serde::Deserialize;
use thiserror::Error;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::{CheckMethod, ChecklistKind, Item, Questionnaire, QuestionnaireMeta, Section};
use crate::attribute::{Attribute, Audience};
use crate::message::{Describe, Message};
use crate::tier::Tier;

/// The prefix `tenken questionnaire scaffold` puts into text that a person
/// still has to write. A file containing it does not validate.
pub const PLACEHOLDER_PREFIX: &str = "TODO";

/// What is wrong at one place of a checklist file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QuestionnaireErrorKind {
    /// Not valid TOML; `detail` is the TOML parser's own explanation.
    Syntax { detail: String },
    /// A key the format does not have (often a typo).
    UnknownKey { key: String, table: &'static str, allowed: String },
    /// A required key is absent.
    MissingKey { key: &'static str, table: &'static str },
    /// A key has a value of the wrong kind.
    WrongType { key: String, expected: &'static str },
    /// A text key is empty.
    EmptyText { key: String },
    /// A text still holds a scaffold placeholder.
    Placeholder { key: String },
    /// A tier name that does not exist.
    UnknownTier { tier: String },
    /// An item names a tier the questionnaire header does not list.
    TierNotDeclared { tier: String },
    /// A `method` that is none of 閲覧 / ヒアリング / 視察 / 突合 (or their codes).
    UnknownMethod { method: String },
    /// The same method twice in one item's `method` (閲覧 and review are the same).
    DuplicateMethod { method: String },
    /// An `audience` that is neither section (所属) nor central (主管課).
    UnknownAudience { audience: String },
    /// A `requires` entry that is no department attribute.
    UnknownAttribute { attribute: String },
    /// A header `kind` that is neither section (所属) nor staff (職員).
    UnknownKind { kind: String },
    /// An item of a staff checklist without its 正しいやり方 (`practice`).
    StaffNeedsPractice { id: String },
    /// A staff checklist's item with `audience` or `requires`, which only a section checklist has.
    NotForStaff { key: String },
    /// An item id is used twice.
    DuplicateItemId { id: String, first_line: usize },
    /// Two sections carry the same clause.
    DuplicateClause { clause: String, first_line: usize },
    /// An id with characters other than a–z, 0–9 and `-`.
    InvalidId { id: String },
    /// `[[item]]` or `[[section.item]]` with no `[[section]]` before it.
    ItemWithoutSection,
    /// A `[[section]]` with no items under it.
    SectionWithoutItems { clause: String },
    /// The file has no `[[section]]` at all.
    NoSections,
}

/// One validation error with its position (1-based line and column; 0 when unknown).
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("{line}:{col}: {kind:?}")]
pub struct QuestionnaireError {
    pub line: usize,
    pub col: usize,
    pub kind: QuestionnaireErrorKind,
}

impl Describe for QuestionnaireError {
    fn message(&self) -> Message {
        use QuestionnaireErrorKind as K;
        match &self.kind {
            K::Syntax { detail } => Message::new("q-syntax").arg("detail", detail),
            K::UnknownKey { key, table, allowed } => {
                Message::new("q-unknown-key").arg("key", key).arg("table", *table).arg("allowed", allowed)
            }
            K::MissingKey { key, table } => Message::new("q-missing-key").arg("key", *key).arg("table", *table),
            K::WrongType { key, expected } => Message::new("q-wrong-type").arg("key", key).arg("expected", *expected),
            K::EmptyText { key } => Message::new("q-empty-text").arg("key", key),
            K::Placeholder { key } => Message::new("q-placeholder").arg("key", key),
            K::UnknownTier { tier } => Message::new("q-unknown-tier").arg("tier", tier),
            K::TierNotDeclared { tier } => Message::new("q-tier-not-declared").arg("tier", tier),
            K::UnknownMethod { method } => Message::new("q-unknown-method").arg("method", method),
            K::DuplicateMethod { method } => Message::new("q-duplicate-method").arg("method", method),
            K::UnknownAudience { audience } => Message::new("q-unknown-audience").arg("audience", audience),
            K::UnknownAttribute { attribute } => Message::new("q-unknown-attribute").arg("attribute", attribute),
            K::UnknownKind { kind } => Message::new("q-unknown-kind").arg("kind", kind),
            K::StaffNeedsPractice { id } => Message::new("q-staff-needs-practice").arg("id", id),
            K::NotForStaff { key } => Message::new("q-not-for-staff").arg("key", key),
            K::DuplicateItemId { id, first_line } => {
                Message::new("q-duplicate-id").arg("id", id).arg("first", *first_line)
            }
            K::DuplicateClause { clause, first_line } => {
                Message::new("q-duplicate-clause").arg("clause", clause).arg("first", *first_line)
            }
            K::InvalidId { id } => Message::new("q-invalid-id").arg("id", id),
            K::ItemWithoutSection => Message::new("q-item-without-section"),
            K::SectionWithoutItems { clause } => Message::new("q-section-without-items").arg("clause", clause),
            K::NoSections => Message::new("q-no-sections"),
        }
    }
}

#[derive(Clone, Copy)]
enum Expect {
    Text,
    Bool,
    Date,
    TextList,
}

impl Expect {
    fn code(self) -> &'static str {
        match self {
            Expect::Text => "text",
            Expect::Bool => "bool",
            Expect::Date => "date",
            Expect::TextList => "text-list",
        }
    }
}

struct KeySpec {
    name: &'static str,
    expect: Expect,
    required: bool,
}

const fn key(name: &'static str, expect: Expect, required: bool) -> KeySpec {
    KeySpec { name, expect, required }
}

const HEADER_KEYS: &[KeySpec] = &[
    key("id", Expect::Text, true),
    key("municipality", Expect::Text, true),
    key("municipality_en", Expect::Text, false),
    key("title", Expect::Text, true),
    key("title_en", Expect::Text, false),
    key("policy", Expect::Text, true),
    key("policy_en", Expect::Text, false),
    key("policy_effective", Expect::Date, true),
    key("tiers", Expect::TextList, true),
    key("kind", Expect::Text, false),
];

const SECTION_KEYS: &[KeySpec] = &[
    key("clause", Expect::Text, true),
    key("title", Expect::Text, true),
    key("title_en", Expect::Text, false),
    key("summary", Expect::Text, true),
    key("summary_en", Expect::Text, false),
];

const ITEM_KEYS: &[KeySpec] = &[
    key("id", Expect::Text, true),
    key("text", Expect::Text, true),
    key("text_en", Expect::Text, false),
    key("tiers", Expect::TextList, false),
    key("evidence_hint", Expect::Text, false),
    key("evidence_hint_en", Expect::Text, false),
    key("priority", Expect::Bool, false),
    key("method", Expect::TextList, false),
    key("focus", Expect::Text, false),
    key("focus_en", Expect::Text, false),
    key("audience", Expect::Text, false),
    key("requires", Expect::TextList, false),
    key("practice", Expect::Text, false),
    key("practice_en", Expect::Text, false),
];

/// Maps byte offsets to 1-based line and column (columns count characters,
/// which is what an editor shows for Japanese text).
///
/// A file with thousands of mistakes asks for thousands of positions, so a
/// lookup must not scan from the start of the file: that made parsing
/// quadratic (100 KB of unknown keys took over a second, 1 MB minutes, and a
/// package may carry a 32 MB checklist; found while setting up fuzzing).
/// The counts at the start of every [`POSITION_BLOCK`] bytes are kept, so a
/// lookup scans at most one block.
struct Positions<'a> {
    src: &'a str,
    blocks: Vec<BlockStart>,
}

/// Bytes per block of [`Positions`]: a lookup scans at most this many.
const POSITION_BLOCK: usize = 256;

/// The counts before the first byte of a block.
#[derive(Clone, Copy)]
struct BlockStart {
    /// Line feeds before the block.
    newlines: usize,
    /// Characters before the block (bytes that do not continue a UTF-8 sequence).
    chars: usize,
    /// Characters before the start of the line the block starts in.
    line_start_chars: usize,
}

/// Whether a byte starts a character (is not a UTF-8 continuation byte).
/// Counting these over any byte range is exact, even when a block boundary
/// falls inside a character: its lead byte is counted once, before the boundary.
fn starts_char(b: u8) -> bool {
    b & 0xC0 != 0x80
}

impl<'a> Positions<'a> {
    fn new(src: &'a str) -> Self {
        let bytes = src.as_bytes();
        let mut blocks = Vec::with_capacity(bytes.len() / POSITION_BLOCK + 1);
        let (mut newlines, mut chars, mut line_start_chars) = (0, 0, 0);
        for i in 0..=bytes.len() {
            if i % POSITION_BLOCK == 0 {
                blocks.push(BlockStart { newlines, chars, line_start_chars });
            }
            let Some(&b) = bytes.get(i) else { break };
            chars += usize::from(starts_char(b));
            if b == b'\n' {
                newlines += 1;
                line_start_chars = chars;
            }
        }
        Positions { src, blocks }
    }

    fn at(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.src.len());
        while !self.src.is_char_boundary(offset) {
            offset -= 1;
        }
        let block = offset / POSITION_BLOCK;
        let Some(start) = self.blocks.get(block) else { return (0, 0) };
        let bytes = self.src.as_bytes();
        let seg = bytes.get(block * POSITION_BLOCK..offset).unwrap_or_default();
        let count = |s: &[u8]| s.iter().filter(|&&b| starts_char(b)).count();
        let line = start.newlines + seg.iter().filter(|&&b| b == b'\n').count() + 1;
        let col = match seg.iter().rposition(|&b| b == b'\n') {
            Some(i) => count(seg.get(i + 1..).unwrap_or_default()),
            None => start.chars + count(seg) - start.line_start_chars,
        } + 1;
        (line, col)
    }

    fn error(&self, span: Range<usize>, kind: QuestionnaireErrorKind) -> QuestionnaireError {
        let (line, col) = self.at(span.start);
        QuestionnaireError { line, col, kind }
    }
}

/// Parses and validates a checklist. Returns every error found, in file order.
///
/// Every pass runs on whatever the earlier ones could read, so one run lists
/// every mistake: the key walk and the cross-item rules run on the document
/// TOML's recovery rebuilt around a syntax error, and the rules (ids, clauses,
/// tiers) run even where a key is unknown or a value has the wrong type. Only
/// what a syntax error may have caused is left out: after one, a key, item or
/// section that seems missing may just be on the broken line, and anything
/// else reported on a broken line repeats it.
pub fn parse_questionnaire(src: &str) -> Result<Questionnaire, Vec<QuestionnaireError>> {
    let pos = Positions::new(src);
    let (doc, syntax_errors) = DeTable::parse_recoverable(src);
    let mut errors: Vec<_> = syntax_errors
        .iter()
        .map(|e| {
            let span = e.span().unwrap_or(0..0);
            pos.error(span, QuestionnaireErrorKind::Syntax { detail: e.message().trim().to_owned() })
        })
        .collect();

    let mut later = Vec::new();
    check_document(&doc, &pos, &mut later);
    check_rules(doc.get_ref(), &pos, &mut later);
    if !errors.is_empty() {
        let broken: std::collections::HashSet<usize> = errors.iter().map(|e| e.line).collect();
        later.retain(|e| !broken.contains(&e.line) && !may_follow_a_syntax_error(&e.kind));
    }
    errors.extend(later);
    if !errors.is_empty() {
        errors.sort_by_key(|e| (e.line, e.col));
        return Err(errors);
    }

    match RawDocument::deserialize(toml::de::Deserializer::from(doc)) {
        Ok(raw) => build(raw, &pos),
        // The walk and the rules check every key the records have, so this
        // only happens for values serde rejects in ways they do not model.
        Err(e) => {
            let span = e.span().unwrap_or(0..0);
            Err(vec![pos.error(span, QuestionnaireErrorKind::Syntax { detail: e.message().to_owned() })])
        }
    }
}

/// Errors about something absent, which a syntax error elsewhere may have
/// swallowed (the recovered document lacks whatever the broken line held).
fn may_follow_a_syntax_error(kind: &QuestionnaireErrorKind) -> bool {
    use QuestionnaireErrorKind as K;
    matches!(kind, K::MissingKey { .. } | K::SectionWithoutItems { .. } | K::NoSections | K::ItemWithoutSection)
}

fn find<'a, 'i>(table: &'a DeTable<'i>, name: &str) -> Option<&'a Spanned<DeValue<'i>>> {
    table.iter().find(|(k, _)| k.get_ref() == name).map(|(_, v)| v)
}

fn check_document(doc: &Spanned<DeTable<'_>>, pos: &Positions<'_>, errors: &mut Vec<QuestionnaireError>) {
    let table = doc.get_ref();
    for (k, v) in table.iter() {
        match k.get_ref().as_ref() {
            "questionnaire" | "section" => {}
            "item" => errors.push(pos.error(v.span(), QuestionnaireErrorKind::ItemWithoutSection)),
            other => errors.push(pos.error(
                k.span(),
                QuestionnaireErrorKind::UnknownKey {
                    key: other.to_owned(),
                    table: "top",
                    allowed: "[questionnaire], [[section]]".to_owned(),
                },
            )),
        }
    }

    match find(table, "questionnaire") {
        None => errors.push(pos.error(0..0, QuestionnaireErrorKind::MissingKey { key: "questionnaire", table: "top" })),
        Some(v) => {
            match v.get_ref() {
                DeValue::Table(t) => check_table(t, v.span(), "questionnaire", HEADER_KEYS, &[], pos, errors),
                _ => errors.push(pos.error(
                    v.span(),
                    QuestionnaireErrorKind::WrongType { key: "questionnaire".into(), expected: "table" },
                )),
            }
        }
    }

    match find(table, "section") {
        None => errors.push(pos.error(0..0, QuestionnaireErrorKind::NoSections)),
        Some(v) => match v.get_ref() {
            DeValue::Array(sections) => {
                if sections.is_empty() {
                    errors.push(pos.error(v.span(), QuestionnaireErrorKind::NoSections));
                }
                for s in sections.iter() {
                    check_section(s, pos, errors);
                }
            }
            // `[[section.item]]` before any `[[section]]` makes `section` a plain table.
            DeValue::Table(t) if find(t, "item").is_some() => {
                errors.push(pos.error(v.span(), QuestionnaireErrorKind::ItemWithoutSection))
            }
            _ => errors.push(pos.error(
                v.span(),
                QuestionnaireErrorKind::WrongType { key: "section".into(), expected: "array-of-tables" },
            )),
        },
    }
}

fn check_section(s: &Spanned<DeValue<'_>>, pos: &Positions<'_>, errors: &mut Vec<QuestionnaireError>) {
    let DeValue::Table(t) = s.get_ref() else {
        errors.push(
            pos.error(
                s.span(),
                QuestionnaireErrorKind::WrongType { key: "section".into(), expected: "array-of-tables" },
            ),
        );
        return;
    };
    check_table(t, s.span(), "section", SECTION_KEYS, &["item"], pos, errors);
    let clause = find(t, "clause").and_then(|c| c.get_ref().as_str()).unwrap_or("?").to_owned();
    match find(t, "item") {
        None => errors.push(pos.error(s.span(), QuestionnaireErrorKind::SectionWithoutItems { clause })),
        Some(items) => match items.get_ref() {
            DeValue::Array(list) => {
                if list.is_empty() {
                    errors.push(pos.error(items.span(), QuestionnaireErrorKind::SectionWithoutItems { clause }));
                }
                for item in list.iter() {
                    match item.get_ref() {
                        DeValue::Table(it) => check_table(it, item.span(), "item", ITEM_KEYS, &[], pos, errors),
                        _ => errors.push(pos.error(
                            item.span(),
                            QuestionnaireErrorKind::WrongType { key: "item".into(), expected: "array-of-tables" },
                        )),
                    }
                }
            }
            _ => errors.push(pos.error(
                items.span(),
                QuestionnaireErrorKind::WrongType { key: "item".into(), expected: "array-of-tables" },
            )),
        },
    }
}

fn check_table(
    table: &DeTable<'_>,
    span: Range<usize>,
    name: &'static str,
    spec: &[KeySpec],
    nested: &[&str],
    pos: &Positions<'_>,
    errors: &mut Vec<QuestionnaireError>,
) {
    for (k, v) in table.iter() {
        let key = k.get_ref().as_ref();
        if nested.contains(&key) {
            continue;
        }
        let Some(ks) = spec.iter().find(|s| s.name == key) else {
            let allowed = spec.iter().map(|s| s.name).chain(nested.iter().copied()).collect::<Vec<_>>().join(", ");
            errors.push(
                pos.error(k.span(), QuestionnaireErrorKind::UnknownKey { key: key.to_owned(), table: name, allowed }),
            );
            continue;
        };
        check_value(key, ks.expect, v, pos, errors);
    }
    for ks in spec.iter().filter(|s| s.required) {
        if find(table, ks.name).is_none() {
            errors.push(pos.error(span.clone(), QuestionnaireErrorKind::MissingKey { key: ks.name, table: name }));
        }
    }
}

fn check_text(key: &str, text: &str, span: Range<usize>, pos: &Positions<'_>, errors: &mut Vec<QuestionnaireError>) {
    if text.trim().is_empty() {
        errors.push(pos.error(span, QuestionnaireErrorKind::EmptyText { key: key.to_owned() }));
    } else if text.trim_start().starts_with(PLACEHOLDER_PREFIX) {
        errors.push(pos.error(span, QuestionnaireErrorKind::Placeholder { key: key.to_owned() }));
    }
}

fn check_value(
    key: &str,
    expect: Expect,
    v: &Spanned<DeValue<'_>>,
    pos: &Positions<'_>,
    errors: &mut Vec<QuestionnaireError>,
) {
    let wrong = || QuestionnaireErrorKind::WrongType { key: key.to_owned(), expected: expect.code() };
    match (expect, v.get_ref()) {
        (Expect::Text, DeValue::String(s)) => check_text(key, s, v.span(), pos, errors),
        (Expect::Bool, DeValue::Boolean(_)) => {}
        (Expect::Date, DeValue::Datetime(dt)) if dt.date.is_some() && dt.time.is_none() => {}
        // The scaffold writes its placeholder date as text, so it cannot pass for a date.
        (Expect::Date, DeValue::String(s)) if s.trim_start().starts_with(PLACEHOLDER_PREFIX) => {
            errors.push(pos.error(v.span(), QuestionnaireErrorKind::Placeholder { key: key.to_owned() }))
        }
        (Expect::TextList, DeValue::Array(list)) => {
            for element in list.iter() {
                match element.get_ref() {
                    DeValue::String(s) => check_text(key, s, element.span(), pos, errors),
                    _ => errors.push(pos.error(element.span(), wrong())),
                }
            }
        }
        _ => errors.push(pos.error(v.span(), wrong())),
    }
}

#[derive(Deserialize)]
struct RawDocument {
    questionnaire: RawHeader,
    section: Vec<Spanned<RawSection>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHeader {
    id: Spanned<String>,
    municipality: String,
    municipality_en: Option<String>,
    title: String,
    title_en: Option<String>,
    policy: String,
    policy_en: Option<String>,
    policy_effective: Spanned<toml::value::Datetime>,
    tiers: Spanned<Vec<Spanned<String>>>,
    kind: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSection {
    clause: Spanned<String>,
    title: String,
    title_en: Option<String>,
    summary: String,
    summary_en: Option<String>,
    item: Vec<RawItem>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawItem {
    id: Spanned<String>,
    text: String,
    text_en: Option<String>,
    tiers: Option<Vec<Spanned<String>>>,
    evidence_hint: Option<String>,
    evidence_hint_en: Option<String>,
    #[serde(default)]
    priority: bool,
    method: Option<Vec<String>>,
    focus: Option<String>,
    focus_en: Option<String>,
    audience: Option<String>,
    requires: Option<Vec<String>>,
    practice: Option<String>,
    practice_en: Option<String>,
}

fn valid_id(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
        && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Whether a text is one the walk already refuses (empty or a placeholder),
/// so the rules do not report it a second time as a bad id.
fn unwritten(text: &str) -> bool {
    text.trim().is_empty() || text.trim_start().starts_with(PLACEHOLDER_PREFIX)
}

/// The strings of a list value with their spans; other elements are the walk's to report.
fn strings<'a>(v: &'a Spanned<DeValue<'_>>) -> Vec<(&'a str, Range<usize>)> {
    v.get_ref()
        .as_array()
        .map(|list| list.iter().filter_map(|e| e.get_ref().as_str().map(|s| (s, e.span()))).collect())
        .unwrap_or_default()
}

/// Reads tier names, reporting each unknown one and, when `declared` is
/// given, each the header does not list.
fn tiers_of(
    list: &[(&str, Range<usize>)],
    declared: Option<&[Tier]>,
    pos: &Positions<'_>,
    errors: &mut Vec<QuestionnaireError>,
) -> Vec<Tier> {
    let mut out = Vec::new();
    for (name, span) in list {
        // The same names the department CSV and the spreadsheet accept
        // (`lgwan`, `LGWAN接続系`, `マイナンバー利用事務系` …).
        match Tier::parse_lenient(name) {
            Some(tier) if declared.is_some_and(|d| !d.contains(&tier)) => errors
                .push(pos.error(span.clone(), QuestionnaireErrorKind::TierNotDeclared { tier: (*name).to_owned() })),
            Some(tier) => {
                if !out.contains(&tier) {
                    out.push(tier);
                }
            }
            None => {
                errors.push(pos.error(span.clone(), QuestionnaireErrorKind::UnknownTier { tier: (*name).to_owned() }))
            }
        }
    }
    out.sort();
    out
}

/// The rules that span several places (ids well-formed and unique, clauses
/// unique, tiers known and declared), read straight from the document so
/// that they run even where another key of the same table is wrong.
fn check_rules(doc: &DeTable<'_>, pos: &Positions<'_>, errors: &mut Vec<QuestionnaireError>) {
    let header = header_rules(doc, pos, errors);
    let mut seen_ids: HashMap<String, usize> = HashMap::new();
    let mut seen_clauses: HashMap<String, usize> = HashMap::new();
    let sections = find(doc, "section").and_then(|v| v.get_ref().as_array());
    for section in sections.iter().flat_map(|a| a.iter()).filter_map(|s| s.get_ref().as_table()) {
        if let Some(clause) = find(section, "clause")
            && let Some(text) = clause.get_ref().as_str().filter(|c| !unwritten(c))
        {
            let (line, _) = pos.at(clause.span().start);
            if let Some(first_line) = earlier_line(&mut seen_clauses, text, line) {
                errors.push(pos.error(
                    clause.span(),
                    QuestionnaireErrorKind::DuplicateClause { clause: text.to_owned(), first_line },
                ));
            }
        }
        let items = find(section, "item").and_then(|v| v.get_ref().as_array());
        for item in items.iter().flat_map(|a| a.iter()).filter_map(|i| i.get_ref().as_table()) {
            if let Some(v) = find(item, "id")
                && let Some(id) = checked_id(v, pos, errors)
            {
                let (line, _) = pos.at(v.span().start);
                if let Some(first_line) = earlier_line(&mut seen_ids, &id, line) {
                    errors.push(pos.error(v.span(), QuestionnaireErrorKind::DuplicateItemId { id, first_line }));
                }
            }
            item_rules(item, &header, pos, errors);
        }
    }
}

/// An id as written (not a placeholder), reported when it is not
/// well-formed; the checklist's id and every item's follow the same rule.
fn checked_id(v: &Spanned<DeValue<'_>>, pos: &Positions<'_>, errors: &mut Vec<QuestionnaireError>) -> Option<String> {
    v.get_ref().as_str().filter(|id| !unwritten(id)).map(|id| {
        if !valid_id(id) {
            errors.push(pos.error(v.span(), QuestionnaireErrorKind::InvalidId { id: id.to_owned() }));
        }
        id.to_owned()
    })
}

/// The line a clause or id was first written on, when this is not the
/// first time; otherwise this line is remembered as its first.
fn earlier_line(seen: &mut HashMap<String, usize>, key: &str, line: usize) -> Option<usize> {
    match seen.get(key) {
        Some(&first_line) => Some(first_line),
        None => {
            seen.insert(key.to_owned(), line);
            None
        }
    }
}

/// What the checklist's header says that the items' rules depend on.
struct HeaderRules {
    /// The tiers the header declares, when it lists them.
    declared: Option<Vec<Tier>>,
    /// Whether the checklist is a staff self-check (職員セルフチェック).
    staff: bool,
}

/// Checks the `[questionnaire]` header's id, kind and tiers, and keeps
/// what the items are then checked against.
fn header_rules(doc: &DeTable<'_>, pos: &Positions<'_>, errors: &mut Vec<QuestionnaireError>) -> HeaderRules {
    let mut rules = HeaderRules { declared: None, staff: false };
    let Some(header) = find(doc, "questionnaire").and_then(|v| v.get_ref().as_table()) else {
        return rules;
    };
    if let Some(id) = find(header, "id") {
        checked_id(id, pos, errors);
    }
    if let Some(kind) = find(header, "kind")
        && let Some(name) = kind.get_ref().as_str().filter(|k| !unwritten(k))
    {
        match ChecklistKind::parse_lenient(name) {
            Some(k) => rules.staff = k == ChecklistKind::Staff,
            None => errors.push(pos.error(kind.span(), QuestionnaireErrorKind::UnknownKind { kind: name.to_owned() })),
        }
    }
    if let Some(tiers) = find(header, "tiers").filter(|t| t.get_ref().is_array()) {
        let list = strings(tiers);
        let parsed = tiers_of(&list, None, pos, errors);
        if tiers.get_ref().as_array().is_some_and(|a| a.is_empty()) {
            errors.push(pos.error(tiers.span(), QuestionnaireErrorKind::EmptyText { key: "tiers".into() }));
        }
        rules.declared = Some(parsed);
    }
    rules
}

/// The rules of one item that reach beyond it: tiers known and declared,
/// methods, audience and required attributes known, and what a staff
/// self-check's items may not (audience, requires) or must (practice) have.
fn item_rules(item: &DeTable<'_>, header: &HeaderRules, pos: &Positions<'_>, errors: &mut Vec<QuestionnaireError>) {
    if let Some(tiers) = find(item, "tiers") {
        tiers_of(&strings(tiers), header.declared.as_deref(), pos, errors);
    }
    if let Some(method) = find(item, "method") {
        methods_of(method, pos, errors);
    }
    if let Some(audience) = find(item, "audience")
        && let Some(name) = audience.get_ref().as_str().filter(|a| !unwritten(a))
        && Audience::parse_lenient(name).is_none()
    {
        errors.push(pos.error(audience.span(), QuestionnaireErrorKind::UnknownAudience { audience: name.to_owned() }));
    }
    if header.staff {
        for key in ["audience", "requires"] {
            if let Some(v) = find(item, key) {
                errors.push(pos.error(v.span(), QuestionnaireErrorKind::NotForStaff { key: key.to_owned() }));
            }
        }
        if find(item, "practice").is_none()
            && let Some(id) = find(item, "id").and_then(|v| v.get_ref().as_str())
        {
            let at = find(item, "id").map(|v| v.span()).unwrap_or(0..0);
            errors.push(pos.error(at, QuestionnaireErrorKind::StaffNeedsPractice { id: id.to_owned() }));
        }
    }
    if let Some(requires) = find(item, "requires") {
        for (name, span) in strings(requires).into_iter().filter(|(name, _)| !unwritten(name)) {
            if Attribute::parse_lenient(name).is_none() {
                errors.push(pos.error(span, QuestionnaireErrorKind::UnknownAttribute { attribute: name.to_owned() }));
            }
        }
    }
}

/// Checks an item's `method`: at least one, each a known method, none
/// twice (a repeated method is refused rather than dropped: 閲覧 next to
/// review is more likely a slip for another method than meant twice).
/// Elements that are not text, empty or placeholders are the walk's to report.
fn methods_of(v: &Spanned<DeValue<'_>>, pos: &Positions<'_>, errors: &mut Vec<QuestionnaireError>) {
    if v.get_ref().as_array().is_some_and(|a| a.is_empty()) {
        errors.push(pos.error(v.span(), QuestionnaireErrorKind::EmptyText { key: "method".into() }));
    }
    let mut seen = Vec::new();
    for (name, span) in strings(v).into_iter().filter(|(name, _)| !unwritten(name)) {
        match CheckMethod::parse_lenient(name) {
            Some(m) if seen.contains(&m) => {
                errors.push(pos.error(span, QuestionnaireErrorKind::DuplicateMethod { method: name.to_owned() }))
            }
            Some(m) => seen.push(m),
            None => errors.push(pos.error(span, QuestionnaireErrorKind::UnknownMethod { method: name.to_owned() })),
        }
    }
}

/// Methods the rules have already accepted, in [`CheckMethod`] order.
fn known_methods(list: &[String]) -> Vec<CheckMethod> {
    let mut out: Vec<CheckMethod> = list.iter().filter_map(|m| CheckMethod::parse_lenient(m)).collect();
    out.sort();
    out.dedup();
    out
}

/// Attributes the rules have already accepted, sorted, once each.
fn known_attributes(list: &[String]) -> Vec<Attribute> {
    let mut out: Vec<Attribute> = list.iter().filter_map(|a| Attribute::parse_lenient(a)).collect();
    out.sort();
    out.dedup();
    out
}

/// Tier names the rules have already accepted.
fn known_tiers(list: &[Spanned<String>]) -> Vec<Tier> {
    let mut out: Vec<Tier> = list.iter().filter_map(|t| Tier::parse_lenient(t.get_ref())).collect();
    out.sort();
    out.dedup();
    out
}

/// The questionnaire from records every check has passed.
fn build(raw: RawDocument, pos: &Positions<'_>) -> Result<Questionnaire, Vec<QuestionnaireError>> {
    let h = raw.questionnaire;
    let effective = h
        .policy_effective
        .get_ref()
        .date
        .and_then(|d| NaiveDate::from_ymd_opt(i32::from(d.year), u32::from(d.month), u32::from(d.day)));
    let Some(policy_effective) = effective else {
        return Err(vec![pos.error(
            h.policy_effective.span(),
            QuestionnaireErrorKind::WrongType { key: "policy_effective".into(), expected: "date" },
        )]);
    };
    let meta = QuestionnaireMeta {
        id: h.id.into_inner(),
        municipality: h.municipality,
        municipality_en: h.municipality_en,
        title: h.title,
        title_en: h.title_en,
        policy: h.policy,
        policy_en: h.policy_en,
        policy_effective,
        tiers: known_tiers(h.tiers.get_ref()),
        kind: h.kind.as_deref().and_then(ChecklistKind::parse_lenient).unwrap_or_default(),
    };
    let sections = raw
        .section
        .into_iter()
        .map(|s| {
            let s = s.into_inner();
            let items = s
                .item
                .into_iter()
                .map(|it| Item {
                    id: it.id.into_inner(),
                    text: it.text,
                    text_en: it.text_en,
                    tiers: it.tiers.as_deref().map(known_tiers).unwrap_or_default(),
                    evidence_hint: it.evidence_hint,
                    evidence_hint_en: it.evidence_hint_en,
                    priority: it.priority,
                    method: it.method.as_deref().map(known_methods).unwrap_or_default(),
                    focus: it.focus,
                    focus_en: it.focus_en,
                    audience: it.audience.as_deref().and_then(Audience::parse_lenient).unwrap_or_default(),
                    requires: it.requires.as_deref().map(known_attributes).unwrap_or_default(),
                    practice: it.practice,
                    practice_en: it.practice_en,
                })
                .collect();
            Section {
                clause: s.clause.into_inner(),
                title: s.title,
                title_en: s.title_en,
                summary: s.summary,
                summary_en: s.summary_en,
                items,
            }
        })
        .collect();
    Ok(Questionnaire { meta, sections })
}

#[cfg(test)]
mod tests {
    use super::super::SAMPLE_TOML;
    use super::*;
    use QuestionnaireErrorKind as K;

    fn errors(src: &str) -> Vec<QuestionnaireError> {
        parse_questionnaire(src).expect_err("the file should be refused")
    }

    #[test]
    fn sample_parses_with_sections_items_and_tiers() {
        let q = parse_questionnaire(SAMPLE_TOML).unwrap();
        assert_eq!(q.meta.id, "sample");
        assert_eq!(q.meta.policy_effective, NaiveDate::from_ymd_opt(2025, 4, 1).unwrap());
        assert_eq!(q.sections.len(), 2);
        assert_eq!(q.sections[1].clause, "6.(3)①");
        assert_eq!(q.sections[1].items[0].tiers, vec![Tier::Mynumber]);
        assert!(q.sections[1].items[0].priority);
        assert!(q.sections[0].items[0].tiers.is_empty());
    }

    #[test]
    fn unknown_key_is_reported_with_line_column_and_the_allowed_keys() {
        let src = SAMPLE_TOML.replace("evidence_hint = \"任命記録\"", "evidence = \"任命記録\"");
        let errs = errors(&src);
        assert_eq!(errs.len(), 1);
        let line = src.lines().position(|l| l.starts_with("evidence =")).unwrap() + 1;
        assert_eq!((errs[0].line, errs[0].col), (line, 1));
        match &errs[0].kind {
            K::UnknownKey { key, table, allowed } => {
                assert_eq!(key, "evidence");
                assert_eq!(*table, "item");
                assert!(allowed.contains("evidence_hint"));
            }
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn every_error_is_reported_not_just_the_first() {
        let src = SAMPLE_TOML
            .replace("id = \"s-6-3-1-b\"", "id = \"s-6-1-a\"")
            .replace("tiers = [\"mynumber\"]", "tiers = [\"mynumbr\"]")
            .replace("text = \"課の情報セキュリティ責任者を定めているか。\"", "text = \"  \"")
            .replace("summary = \"他の領域と通信できないようにする。\"", "summary = \"x\"\nfoo = 1");
        let kinds: Vec<_> = errors(&src).into_iter().map(|e| e.kind).collect();
        assert!(kinds.contains(&K::EmptyText { key: "text".into() }), "{kinds:?}");
        assert!(kinds.iter().any(|k| matches!(k, K::UnknownKey { key, .. } if key == "foo")), "{kinds:?}");
        // Key and type errors do not hide the cross-item rules: all four at once.
        assert!(kinds.contains(&K::UnknownTier { tier: "mynumbr".into() }), "{kinds:?}");
        assert!(kinds.iter().any(|k| matches!(k, K::DuplicateItemId { id, .. } if id == "s-6-1-a")), "{kinds:?}");
        assert_eq!(kinds.len(), 4, "{kinds:?}");
    }

    /// Three independent mistakes, one of each stage: a syntax error, an
    /// unknown key and a rule (an unknown tier) — all in one run, in file order.
    #[test]
    fn syntax_key_and_rule_mistakes_are_listed_in_one_run() {
        let src = SAMPLE_TOML
            .replace("title = \"組織体制\"", "title = \"組織体制")
            .replace("evidence_hint = \"任命記録\"", "evidence = \"任命記録\"")
            .replace("tiers = [\"mynumber\"]\n", "tiers = [\"wifi\"]\n");
        let errs = errors(&src);
        let kinds: Vec<_> = errs.iter().map(|e| &e.kind).collect();
        assert_eq!(errs.len(), 3, "{errs:?}");
        assert!(matches!(kinds[0], K::Syntax { .. }), "{kinds:?}");
        assert!(matches!(kinds[1], K::UnknownKey { key, .. } if key == "evidence"), "{kinds:?}");
        assert_eq!(kinds[2], &K::UnknownTier { tier: "wifi".into() });
        let line = |prefix: &str| src.lines().position(|l| l.starts_with(prefix)).unwrap() + 1;
        assert_eq!(errs[0].line, line("title = \"組織体制"));
        assert_eq!(errs[1].line, line("evidence ="));
        assert_eq!(errs[2].line, line("tiers = [\"wifi\"]"));
    }

    #[test]
    fn a_placeholder_date_is_refused_as_a_placeholder() {
        let src = SAMPLE_TOML.replace("policy_effective = 2025-04-01", "policy_effective = \"TODO: 施行日\"");
        assert_eq!(errors(&src)[0].kind, K::Placeholder { key: "policy_effective".into() });
    }

    #[test]
    fn duplicate_id_names_the_first_line() {
        let src = SAMPLE_TOML.replace("id = \"s-6-3-1-b\"", "id = \"s-6-1-a\"");
        let errs = errors(&src);
        let first = src.lines().position(|l| l == "id = \"s-6-1-a\"").unwrap() + 1;
        assert_eq!(errs.len(), 1);
        assert_eq!(errs[0].kind, K::DuplicateItemId { id: "s-6-1-a".into(), first_line: first });
    }

    #[test]
    fn tier_must_exist_and_be_declared_by_the_questionnaire() {
        let undeclared = SAMPLE_TOML.replace("tiers = [\"mynumber\"]\n", "tiers = [\"school\"]\n");
        assert_eq!(errors(&undeclared)[0].kind, K::TierNotDeclared { tier: "school".into() });
        let unknown = SAMPLE_TOML.replace("tiers = [\"mynumber\"]\n", "tiers = [\"wifi\"]\n");
        assert_eq!(errors(&unknown)[0].kind, K::UnknownTier { tier: "wifi".into() });
    }

    #[test]
    fn tiers_may_be_written_with_the_japanese_names_the_csv_accepts() {
        let q = parse_questionnaire(SAMPLE_TOML).unwrap();
        let src = SAMPLE_TOML.replace("tiers = [\"mynumber\"]\n", "tiers = [\"マイナンバー利用事務系\"]\n");
        assert_ne!(src, SAMPLE_TOML);
        let ja = parse_questionnaire(&src).unwrap();
        assert_eq!(ja.sections[1].items[0].tiers, q.sections[1].items[0].tiers);
        let wide = SAMPLE_TOML.replace("tiers = [\"mynumber\"]\n", "tiers = [\"ＬＧＷＡＮ接続系\"]\n");
        assert_eq!(parse_questionnaire(&wide).unwrap().sections[1].items[0].tiers, vec![Tier::Lgwan]);
        let school = SAMPLE_TOML.replace("tiers = [\"mynumber\"]\n", "tiers = [\"校務接続系\"]\n");
        assert_eq!(errors(&school)[0].kind, K::TierNotDeclared { tier: "校務接続系".into() }, "declared tiers only");
    }

    #[test]
    fn missing_clause_and_missing_questionnaire_are_named() {
        let src = SAMPLE_TOML.replace("clause = \"6.(1)\"\n", "");
        assert!(errors(&src).iter().any(|e| e.kind == K::MissingKey { key: "clause", table: "section" }));
        let headless = &SAMPLE_TOML[SAMPLE_TOML.find("[[section]]").unwrap()..];
        assert!(errors(headless).iter().any(|e| e.kind == K::MissingKey { key: "questionnaire", table: "top" }));
    }

    #[test]
    fn item_before_any_section_is_explained() {
        let head = &SAMPLE_TOML[..SAMPLE_TOML.find("[[section]]").unwrap()];
        let src = format!("{head}\n[[section.item]]\nid = \"a\"\ntext = \"x\"\n");
        assert!(errors(&src).iter().any(|e| e.kind == K::ItemWithoutSection));
        let src = format!("{head}\n[[item]]\nid = \"a\"\ntext = \"x\"\n");
        assert!(errors(&src).iter().any(|e| e.kind == K::ItemWithoutSection));
    }

    #[test]
    fn section_without_items_and_file_without_sections_are_refused() {
        let src = SAMPLE_TOML.replacen(
            "[[section]]",
            "[[section]]\nclause = \"5\"\ntitle = \"t\"\nsummary = \"s\"\n\n[[section]]",
            1,
        );
        assert!(errors(&src).iter().any(|e| e.kind == K::SectionWithoutItems { clause: "5".into() }));
        let head = &SAMPLE_TOML[..SAMPLE_TOML.find("[[section]]").unwrap()];
        assert!(errors(head).iter().any(|e| e.kind == K::NoSections));
    }

    #[test]
    fn wrong_types_syntax_and_placeholders_are_reported() {
        let src = SAMPLE_TOML.replace("priority = true", "priority = \"yes\"");
        assert_eq!(errors(&src)[0].kind, K::WrongType { key: "priority".into(), expected: "bool" });
        let src = SAMPLE_TOML.replace("policy_effective = 2025-04-01", "policy_effective = \"令和7年4月1日\"");
        assert_eq!(errors(&src)[0].kind, K::WrongType { key: "policy_effective".into(), expected: "date" });
        let src = SAMPLE_TOML.replace("summary = \"責任者を置き、役割を決める。\"", "summary = \"TODO: 要約を書く\"");
        assert_eq!(errors(&src)[0].kind, K::Placeholder { key: "summary".into() });
        let src = SAMPLE_TOML.replace("title = \"組織体制\"", "title = \"組織体制");
        assert!(matches!(errors(&src)[0].kind, K::Syntax { .. }));
        let src = SAMPLE_TOML.replace("id = \"s-6-1-a\"", "id = \"S 6 1\"");
        assert_eq!(errors(&src)[0].kind, K::InvalidId { id: "S 6 1".into() });
    }

    #[test]
    fn duplicate_clause_is_refused() {
        let src = SAMPLE_TOML.replace("clause = \"6.(3)①\"", "clause = \"6.(1)\"");
        assert!(errors(&src).iter().any(|e| matches!(&e.kind, K::DuplicateClause { clause, .. } if clause == "6.(1)")));
    }

    /// SAMPLE_TOML's first item with `lines` added after its evidence hint.
    fn with_item_keys(lines: &str) -> String {
        SAMPLE_TOML.replace("evidence_hint = \"任命記録\"\n", &format!("evidence_hint = \"任命記録\"\n{lines}\n"))
    }

    #[test]
    fn method_and_focus_are_read_in_japanese_or_as_codes_and_kept_in_one_order() {
        let src = with_item_keys(
            "method = [\"突合\", \"閲覧\", \"interview\"]\nfocus = \"任命の記録と課内の周知を見る。\"\nfocus_en = \"Look at the record.\"",
        );
        let q = parse_questionnaire(&src).unwrap();
        let item = &q.sections[0].items[0];
        assert_eq!(item.method, [CheckMethod::Review, CheckMethod::Interview, CheckMethod::Reconciliation]);
        assert_eq!(item.focus.as_deref(), Some("任命の記録と課内の周知を見る。"));
        assert_eq!(item.focus_en.as_deref(), Some("Look at the record."));
        // Written as codes, in another order, in full width: the same checklist.
        let codes = with_item_keys(
            "method = [\"review\", \"ＩＮＴＥＲＶＩＥＷ\", \"reconciliation\"]\nfocus = \"任命の記録と課内の周知を見る。\"\nfocus_en = \"Look at the record.\"",
        );
        assert_eq!(parse_questionnaire(&codes).unwrap().hash(), q.hash());
        // The canonical form has the codes, and the keys change the hash.
        assert!(q.canonical_json().contains("\"method\":[\"review\",\"interview\",\"reconciliation\"]"));
        assert_ne!(q.hash(), parse_questionnaire(SAMPLE_TOML).unwrap().hash());
        let (_, other) = q.item("s-6-3-1-a").unwrap();
        assert!(other.method.is_empty() && other.focus.is_none());
        let only = with_item_keys("method = [\"視察\"]");
        assert_eq!(parse_questionnaire(&only).unwrap().sections[0].items[0].method, [CheckMethod::Observation]);
    }

    #[test]
    fn an_unknown_or_repeated_method_and_an_empty_or_placeholder_focus_are_all_reported() {
        let src = with_item_keys(
            "method = [\"閲覧\", \"実査\", \"review\", \"\"]\nfocus = \"TODO: 着眼点\"\nfocus_en = \" \"",
        );
        let errs = errors(&src);
        let kinds: Vec<_> = errs.iter().map(|e| e.kind.clone()).collect();
        assert_eq!(
            kinds,
            [
                K::UnknownMethod { method: "実査".into() },
                K::DuplicateMethod { method: "review".into() },
                K::EmptyText { key: "method".into() },
                K::Placeholder { key: "focus".into() },
                K::EmptyText { key: "focus_en".into() },
            ]
        );
        let line = src.lines().position(|l| l.starts_with("method =")).unwrap() + 1;
        assert_eq!((errs[0].line, errs[0].col), (line, 17), "at the unknown name");
        let m = errs[0].message();
        assert_eq!((m.id, m.args.len()), ("q-unknown-method", 1));
        assert_eq!(errs[1].message().id, "q-duplicate-method");
        // An empty list says nothing: refused like an empty text.
        assert_eq!(errors(&with_item_keys("method = []"))[0].kind, K::EmptyText { key: "method".into() });
        // Not a list.
        assert_eq!(
            errors(&with_item_keys("method = \"閲覧\""))[0].kind,
            K::WrongType { key: "method".into(), expected: "text-list" }
        );
        // A misspelt key is named with the allowed ones, which include the new keys.
        match &errors(&with_item_keys("focuss = \"x\""))[0].kind {
            K::UnknownKey { allowed, .. } => assert!(allowed.contains("method") && allowed.contains("focus_en")),
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn audience_and_requires_are_read_in_japanese_or_as_codes() {
        use crate::attribute::{Attribute, Audience};
        let src = with_item_keys("audience = \"主管課\"\nrequires = [\"窓口あり\", \"outsourcing\", \"委託\"]");
        let q = parse_questionnaire(&src).unwrap();
        let item = &q.sections[0].items[0];
        assert_eq!(item.audience, Audience::Central);
        assert_eq!(item.requires, [Attribute::Outsourcing, Attribute::Counter], "sorted, once each");
        let codes = with_item_keys("audience = \"central\"\nrequires = [\"counter\", \"outsourcing\"]");
        assert_eq!(parse_questionnaire(&codes).unwrap().hash(), q.hash());
        assert!(q.canonical_json().contains("\"audience\":\"central\""));
        // Written out as the default, the audience changes nothing.
        let default = with_item_keys("audience = \"section\"");
        assert_eq!(parse_questionnaire(&default).unwrap().hash(), parse_questionnaire(SAMPLE_TOML).unwrap().hash());
    }

    /// SAMPLE_TOML as a staff self-check: `kind = "staff"` and a 正しいやり方 per item.
    fn staff_sample() -> String {
        SAMPLE_TOML
            .replace(
                "tiers = [\"mynumber\", \"lgwan\", \"internet\"]\n",
                "tiers = [\"mynumber\", \"lgwan\", \"internet\"]\nkind = \"職員\"\n",
            )
            .replace("\ntext = ", "\npractice = \"席を離れるときは画面をロックする。\"\ntext = ")
    }

    #[test]
    fn a_staff_self_check_is_a_checklist_of_its_own_kind_with_the_right_way_on_each_item() {
        use super::super::ChecklistKind;
        let q = parse_questionnaire(&staff_sample()).unwrap();
        assert_eq!(q.meta.kind, ChecklistKind::Staff);
        assert!(q.items().all(|(_, i)| i.practice.as_deref() == Some("席を離れるときは画面をロックする。")));
        assert!(q.canonical_json().contains("\"kind\":\"staff\""));
        assert_eq!(parse_questionnaire(SAMPLE_TOML).unwrap().meta.kind, ChecklistKind::Section);
        // Without the right way, with a section checklist's keys, or of an unknown kind: refused, each where it stands.
        let bare = staff_sample().replacen("practice = \"席を離れるときは画面をロックする。\"\n", "", 1);
        assert_eq!(errors(&bare)[0].kind, K::StaffNeedsPractice { id: "s-6-1-a".into() });
        let central = staff_sample().replacen(
            "evidence_hint = \"任命記録\"\n",
            "evidence_hint = \"任命記録\"\naudience = \"central\"\n",
            1,
        );
        assert_eq!(errors(&central)[0].kind, K::NotForStaff { key: "audience".into() });
        let odd = staff_sample().replace("kind = \"職員\"", "kind = \"全庁\"");
        assert_eq!(errors(&odd)[0].kind, K::UnknownKind { kind: "全庁".into() });
        assert_eq!(errors(&odd)[0].message().id, "q-unknown-kind");
    }

    #[test]
    fn an_unknown_audience_or_attribute_is_reported_where_it_stands() {
        let src = with_item_keys("audience = \"全庁\"\nrequires = [\"窓口あり\", \"会計\"]");
        let kinds: Vec<_> = errors(&src).into_iter().map(|e| e.kind).collect();
        assert_eq!(
            kinds,
            [K::UnknownAudience { audience: "全庁".into() }, K::UnknownAttribute { attribute: "会計".into() }]
        );
        assert_eq!(errors(&src)[1].message().id, "q-unknown-attribute");
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let pos = Positions::new("あい\nうえお");
        assert_eq!(pos.at("あい\nうえ".len()), (2, 3));
    }

    /// The block table gives what counting from the start of the file gives,
    /// at every offset, across block boundaries inside lines and characters.
    #[test]
    fn positions_agree_with_counting_from_the_start() {
        let src = format!("{}\n\n{}x\r\n{}", "a".repeat(300), "情報".repeat(200), "項目\n".repeat(100));
        let pos = Positions::new(&src);
        for offset in (0..=src.len()).filter(|&o| src.is_char_boundary(o)) {
            let before = &src[..offset];
            let line = before.matches('\n').count() + 1;
            let line_start = before.rfind('\n').map_or(0, |i| i + 1);
            let col = before[line_start..].chars().count() + 1;
            assert_eq!(pos.at(offset), (line, col), "offset {offset}");
        }
        // Past the end or inside a character: the nearest position before.
        assert_eq!(pos.at(src.len() + 10), pos.at(src.len()));
        let inside = src.find('情').unwrap() + 1;
        assert_eq!(pos.at(inside), pos.at(inside - 1));
    }

    /// Regression: every error used to count lines from the start of the file,
    /// so a file of many mistakes took quadratic time (found while setting up fuzzing).
    #[test]
    fn thousands_of_errors_on_one_line_are_reported_quickly() {
        let keys: Vec<String> = (0..20_000).map(|i| format!("k{i} = 1")).collect();
        let src = format!("questionnaire = {{ {} }}\n", keys.join(", "));
        let started = std::time::Instant::now();
        let errs = errors(&src);
        assert!(errs.iter().filter(|e| matches!(e.kind, K::UnknownKey { .. })).count() == 20_000);
        let last = errs.iter().map(|e| e.col).max().unwrap();
        assert_eq!(last, src.rfind("k19999").unwrap() + 1);
        // Generous even for a debug build on a slow machine; the quadratic version took minutes here.
        assert!(started.elapsed() < std::time::Duration::from_secs(20), "{:?}", started.elapsed());
    }
}
