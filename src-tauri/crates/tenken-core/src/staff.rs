//! 職員セルフチェック: every member of staff answers a short checklist about
//! their own behaviour (はい / いいえ / わからない), on the section's terminal,
//! one after another; the section head and the auditor see only the roll-up.
//!
//! The rules of privacy live here, once: a roll-up is counts per item, never
//! who answered what, and where fewer than [`MIN_RESPONSES_FOR_RATES`] people
//! answered nobody is shown a rate (a rate of two answers names the two).

use std::collections::{BTreeMap, HashSet};

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::attribute::Scope;
use crate::message::{Describe, Message};
use crate::questionnaire::{ChecklistKind, Item, Questionnaire};

/// A value typed by a person: NFKC (full-width digits become half-width), trimmed.
fn nfkc_trim(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    s.nfkc().collect::<String>().trim().to_owned()
}

/// Below this many responses a roll-up shows counts of responses only, no rates.
pub const MIN_RESPONSES_FOR_RATES: u32 = 3;
/// A section's 職員数 is at most this (a ward's largest office is far smaller).
pub const MAX_HEADCOUNT: u32 = 2000;
/// 職員番号 in named mode: at most this many characters.
pub const MAX_STAFF_NO_CHARS: usize = 32;

/// One staff member's answer to one item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum StaffValue {
    /// はい: the desired answer.
    Yes,
    /// いいえ.
    No,
    /// わからない: a gap of its own, never counted as yes.
    Unknown,
}

impl StaffValue {
    /// Every value, in the order the form lists them (keys 1–3 choose them).
    pub const ALL: [StaffValue; 3] = [StaffValue::Yes, StaffValue::No, StaffValue::Unknown];

    /// The code stored and carried.
    pub fn code(self) -> &'static str {
        match self {
            StaffValue::Yes => "yes",
            StaffValue::No => "no",
            StaffValue::Unknown => "unknown",
        }
    }

    /// A value as a person or a spreadsheet writes it: the code, the Japanese
    /// word, or the key 1–3 (full-width digits too).
    pub fn parse_lenient(s: &str) -> Option<StaffValue> {
        let t: String = nfkc_trim(s).to_lowercase();
        match t.as_str() {
            "yes" | "はい" | "1" | "y" => Some(StaffValue::Yes),
            "no" | "いいえ" | "2" | "n" => Some(StaffValue::No),
            "unknown" | "わからない" | "分からない" | "3" | "?" => Some(StaffValue::Unknown),
            _ => None,
        }
    }
}

/// One staff member's whole sheet, checked: every item the section's staff
/// are asked, once each, in checklist order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct StaffSheet {
    /// 職員番号 in named mode; `None` in anonymous mode.
    pub staff_no: Option<String>,
    pub answers: Vec<(String, StaffValue)>,
}

/// What a staff member entered, before the rules are applied.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct StaffSheetInput {
    pub staff_no: Option<String>,
    pub answers: Vec<(String, StaffValue)>,
}

/// Why a staff sheet (or a staff setting) is refused.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum StaffError {
    #[error("{0} is not a staff self-check")]
    NotStaffChecklist(String),
    #[error("no staff self-check in this campaign")]
    NoStaffChecklist,
    #[error("unknown staff item {0}")]
    UnknownItem(String),
    #[error("staff item {0} answered twice")]
    Duplicate(String),
    #[error("{count} staff items unanswered, first {first}")]
    Unanswered { count: usize, first: String },
    #[error("a staff number is needed in named mode")]
    StaffNoNeeded,
    #[error("no staff number is taken in anonymous mode")]
    StaffNoInAnonymous,
    #[error("the staff number is not valid")]
    BadStaffNo,
    #[error("headcount {0} is out of range")]
    BadHeadcount(i64),
    #[error("the roll-up is not consistent: {0}")]
    BadRollup(String),
    #[error("{responses} of {headcount} staff answered, fewer than {min}%")]
    RateTooLow { responses: u32, headcount: u32, min: u8 },
    #[error("the number of staff is needed before submitting")]
    HeadcountNeeded { min: u8 },
}

impl Describe for StaffError {
    fn message(&self) -> Message {
        match self {
            StaffError::NotStaffChecklist(id) => Message::new("staff-not-staff-checklist").arg("id", id),
            StaffError::NoStaffChecklist => Message::new("staff-no-checklist"),
            StaffError::UnknownItem(id) => Message::new("staff-unknown-item").arg("item", id),
            StaffError::Duplicate(id) => Message::new("staff-duplicate").arg("item", id),
            StaffError::Unanswered { count, first } => {
                Message::new("staff-unanswered").arg("count", *count).arg("first", first)
            }
            StaffError::StaffNoNeeded => Message::new("staff-no-needed"),
            StaffError::StaffNoInAnonymous => Message::new("staff-no-in-anonymous"),
            StaffError::BadStaffNo => Message::new("staff-bad-staff-no").arg("max", MAX_STAFF_NO_CHARS),
            StaffError::BadHeadcount(n) => {
                Message::new("staff-bad-headcount").arg("count", *n).arg("max", MAX_HEADCOUNT)
            }
            StaffError::BadRollup(d) => Message::new("staff-bad-rollup").arg("detail", d),
            StaffError::RateTooLow { responses, headcount, min } => Message::new("staff-rate-too-low")
                .arg("responses", *responses)
                .arg("headcount", *headcount)
                .arg("min", u32::from(*min))
                .arg("needed", needed(*headcount, *min)),
            StaffError::HeadcountNeeded { min } => Message::new("staff-headcount-needed").arg("min", u32::from(*min)),
        }
    }
}

/// The staff items a section's staff are asked (the section's tiers and attributes decide, as for its own items).
pub fn items_for<'a>(q: &'a Questionnaire, scope: Scope<'_>) -> Vec<&'a Item> {
    q.items().map(|(_, i)| i).filter(|i| i.applies_to(scope)).collect()
}

/// Refuses a checklist that is not a staff self-check.
pub fn ensure_staff(q: &Questionnaire) -> Result<(), StaffError> {
    if q.meta.kind == ChecklistKind::Staff { Ok(()) } else { Err(StaffError::NotStaffChecklist(q.meta.id.clone())) }
}

/// Checks one staff member's sheet: every item asked of the section answered
/// once, nothing else; a 職員番号 exactly when the campaign is in named mode.
pub fn check_sheet(
    q: &Questionnaire,
    scope: Scope<'_>,
    named: bool,
    input: &StaffSheetInput,
) -> Result<StaffSheet, StaffError> {
    let staff_no = match (&input.staff_no, named) {
        (Some(n), true) => {
            let n = nfkc_trim(n);
            if n.is_empty() {
                return Err(StaffError::StaffNoNeeded);
            }
            if n.chars().count() > MAX_STAFF_NO_CHARS || crate::text::forbidden_char(&n, false).is_some() {
                return Err(StaffError::BadStaffNo);
            }
            Some(n)
        }
        (None, true) => return Err(StaffError::StaffNoNeeded),
        (Some(n), false) if !n.trim().is_empty() => return Err(StaffError::StaffNoInAnonymous),
        _ => None,
    };
    let asked = items_for(q, scope);
    let mut given: BTreeMap<&str, StaffValue> = BTreeMap::new();
    for (id, v) in &input.answers {
        if !asked.iter().any(|i| i.id == *id) {
            return Err(StaffError::UnknownItem(id.clone()));
        }
        if given.insert(id.as_str(), *v).is_some() {
            return Err(StaffError::Duplicate(id.clone()));
        }
    }
    let missing: Vec<&str> = asked.iter().map(|i| i.id.as_str()).filter(|id| !given.contains_key(id)).collect();
    if let Some(first) = missing.first() {
        return Err(StaffError::Unanswered { count: missing.len(), first: (*first).to_owned() });
    }
    Ok(StaffSheet { staff_no, answers: asked.iter().map(|i| (i.id.clone(), given[i.id.as_str()])).collect() })
}

/// Reads a 職員数 as typed (full-width digits too).
pub fn parse_headcount(s: &str) -> Result<u32, StaffError> {
    let t = nfkc_trim(s);
    let n: i64 = t.parse().map_err(|_| StaffError::BadHeadcount(-1))?;
    check_headcount(n)
}

/// A 職員数 in range.
pub fn check_headcount(n: i64) -> Result<u32, StaffError> {
    match u32::try_from(n) {
        Ok(v) if (1..=MAX_HEADCOUNT).contains(&v) => Ok(v),
        _ => Err(StaffError::BadHeadcount(n)),
    }
}

/// The counts of one staff item.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct StaffTally {
    pub item_id: String,
    pub yes: u32,
    pub no: u32,
    pub unknown: u32,
}

impl StaffTally {
    /// Everyone who answered the item.
    pub fn total(&self) -> u32 {
        self.yes + self.no + self.unknown
    }
}

/// A section's staff results as they may leave the terminal: how many
/// answered, of how many, and counts per item. Never who answered what.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct StaffRollup {
    /// Staff who answered.
    pub responses: u32,
    /// 職員数 as the section head entered it (`None` until entered).
    pub headcount: Option<u32>,
    /// One tally per item asked, in checklist order.
    pub items: Vec<StaffTally>,
}

impl StaffRollup {
    /// Counts the sheets of a section, one tally per item asked (zeroes where nobody answered yet).
    pub fn of(asked: &[&Item], sheets: &[StaffSheet], headcount: Option<u32>) -> StaffRollup {
        let mut items: Vec<StaffTally> =
            asked.iter().map(|i| StaffTally { item_id: i.id.clone(), ..Default::default() }).collect();
        for s in sheets {
            for (id, v) in &s.answers {
                if let Some(t) = items.iter_mut().find(|t| t.item_id == *id) {
                    match v {
                        StaffValue::Yes => t.yes += 1,
                        StaffValue::No => t.no += 1,
                        StaffValue::Unknown => t.unknown += 1,
                    }
                }
            }
        }
        StaffRollup { responses: sheets.len() as u32, headcount, items }
    }

    /// The roll-up as it may leave the terminal: where too few answered for
    /// rates, the counts per item stay behind too (they would name the few).
    pub fn shareable(&self) -> StaffRollup {
        if self.shows_rates() { self.clone() } else { StaffRollup { items: Vec::new(), ..self.clone() } }
    }

    /// Whether rates may be shown: enough people answered that none is singled out.
    pub fn shows_rates(&self) -> bool {
        self.responses >= MIN_RESPONSES_FOR_RATES
    }

    /// The share of はい for an item, if rates may be shown.
    pub fn rate(&self, item: &str) -> Option<f64> {
        if !self.shows_rates() {
            return None;
        }
        self.items.iter().find(|t| t.item_id == item).and_then(tally_rate)
    }

    /// 回答率: responses over 職員数 (may exceed 1 if the headcount is stale; shown as is).
    pub fn response_rate(&self) -> Option<f64> {
        self.headcount.filter(|h| *h > 0).map(|h| f64::from(self.responses) / f64::from(h))
    }

    /// The items with the lowest share of はい, weakest first (only where rates may be shown).
    pub fn weakest(&self, n: usize) -> Vec<(&StaffTally, f64)> {
        if !self.shows_rates() {
            return Vec::new();
        }
        let mut v: Vec<(&StaffTally, f64)> = self.items.iter().filter_map(|t| tally_rate(t).map(|r| (t, r))).collect();
        v.sort_by(|a, b| a.1.total_cmp(&b.1).then_with(|| a.0.item_id.cmp(&b.0.item_id)));
        v.truncate(n);
        v
    }

    /// Checks a roll-up a package brings against the staff checklist: known
    /// items asked of the section, each once, counts that add up.
    pub fn check_received(&self, asked: &[&Item]) -> Result<(), StaffError> {
        let mut seen = HashSet::new();
        for t in &self.items {
            if !asked.iter().any(|i| i.id == t.item_id) {
                return Err(StaffError::UnknownItem(t.item_id.clone()));
            }
            if !seen.insert(t.item_id.as_str()) {
                return Err(StaffError::Duplicate(t.item_id.clone()));
            }
            if t.total() > self.responses {
                return Err(StaffError::BadRollup(format!(
                    "{}: {} answers of {}",
                    t.item_id,
                    t.total(),
                    self.responses
                )));
            }
        }
        if let Some(h) = self.headcount {
            check_headcount(i64::from(h))?;
        }
        if self.responses > MAX_HEADCOUNT * 2 {
            return Err(StaffError::BadRollup(format!("{} responses", self.responses)));
        }
        Ok(())
    }

    /// Adds another section's roll-up (for a 部 or the whole ward).
    pub fn add(&mut self, other: &StaffRollup) {
        self.responses += other.responses;
        self.headcount = match (self.headcount, other.headcount) {
            (Some(a), Some(b)) => Some(a + b),
            (a, b) => a.or(b),
        };
        for t in &other.items {
            match self.items.iter_mut().find(|x| x.item_id == t.item_id) {
                Some(x) => {
                    x.yes += t.yes;
                    x.no += t.no;
                    x.unknown += t.unknown;
                }
                None => self.items.push(t.clone()),
            }
        }
    }
}

/// How many of `headcount` staff must answer for `min` percent (rounded up).
pub fn needed(headcount: u32, min: u8) -> u32 {
    (headcount * u32::from(min)).div_ceil(100)
}

/// Whether a section's staff answered enough for it to submit, when the
/// campaign asks a minimum response rate (`min`, percent of 職員数).
pub fn check_response_rate(rollup: &StaffRollup, min: Option<u8>) -> Result<(), StaffError> {
    let Some(min) = min else { return Ok(()) };
    let Some(headcount) = rollup.headcount else { return Err(StaffError::HeadcountNeeded { min }) };
    if rollup.responses < needed(headcount, min) {
        return Err(StaffError::RateTooLow { responses: rollup.responses, headcount, min });
    }
    Ok(())
}

/// The share of はい among those who answered the item (わからない is not はい).
pub fn tally_rate(t: &StaffTally) -> Option<f64> {
    let total = t.total();
    (total > 0).then(|| f64::from(t.yes) / f64::from(total))
}

/// One mistake of a staff CSV, at the row and column Excel shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffCsvError {
    /// The row as Excel numbers it (the header is row 1).
    pub row: usize,
    /// The column's header (an item id, or 職員番号).
    pub column: String,
    pub kind: StaffCsvErrorKind,
}

/// What is wrong in a cell or a row of a staff CSV.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StaffCsvErrorKind {
    /// Not はい / いいえ / わからない (or yes / no / unknown, 1–3).
    BadValue(String),
    /// The sheet breaks a rule of [`check_sheet`].
    Sheet(StaffError),
    /// The file is not a CSV of text.
    NotText,
    /// No header names an item asked of the section.
    NoItemColumns,
}

impl Describe for StaffCsvError {
    fn message(&self) -> Message {
        let at = |m: Message| m.arg("row", self.row).arg("column", self.column.as_str());
        match &self.kind {
            StaffCsvErrorKind::BadValue(v) => at(Message::new("staff-csv-bad-value").arg("value", v)),
            StaffCsvErrorKind::Sheet(e) => at(Message::new("staff-csv-sheet").arg("detail", e.message())),
            StaffCsvErrorKind::NotText => Message::new("staff-csv-not-text"),
            StaffCsvErrorKind::NoItemColumns => Message::new("staff-csv-no-items"),
        }
    }
}

/// The column a 職員番号 may be given in.
const STAFF_NO_COLUMN: [&str; 3] = ["職員番号", "staff_no", "staff no"];

/// Reads staff sheets answered elsewhere (paper typed in, a form's export):
/// a header row naming the item ids (and, in named mode, 職員番号), then one
/// row per staff member. Every row is checked as [`check_sheet`] checks a
/// sheet typed on the terminal; all mistakes are listed, with their row and
/// column, and nothing is taken unless every row is right.
pub fn read_sheets_csv(
    q: &Questionnaire,
    scope: Scope<'_>,
    named: bool,
    bytes: &[u8],
) -> Result<Vec<StaffSheet>, Vec<StaffCsvError>> {
    let fail = |kind| vec![StaffCsvError { row: 1, column: String::new(), kind }];
    let text = crate::text::decode_text(bytes).ok_or_else(|| fail(StaffCsvErrorKind::NotText))?;
    let mut reader = csv::ReaderBuilder::new().has_headers(true).flexible(true).from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|_| fail(StaffCsvErrorKind::NotText))?
        .iter()
        .map(|h| nfkc_trim(h.trim_start_matches('\u{feff}')))
        .collect();
    let asked = items_for(q, scope);
    if !headers.iter().any(|h| asked.iter().any(|i| i.id == *h)) {
        return Err(fail(StaffCsvErrorKind::NoItemColumns));
    }
    let staff_no_at = headers.iter().position(|h| STAFF_NO_COLUMN.contains(&h.to_lowercase().as_str()));
    let mut excel = crate::department::ExcelRows::new(&text);
    let mut sheets = Vec::new();
    let mut errors = Vec::new();
    for record in reader.records() {
        let Ok(record) = record else {
            errors.push(StaffCsvError { row: 0, column: String::new(), kind: StaffCsvErrorKind::NotText });
            continue;
        };
        let row = record.position().map_or(0, |p| excel.row_at(p.byte() as usize));
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let mut answers = Vec::new();
        let mut bad = false;
        for (k, cell) in record.iter().enumerate() {
            let Some(h) = headers.get(k) else { continue };
            if Some(k) == staff_no_at || cell.trim().is_empty() {
                continue;
            }
            match StaffValue::parse_lenient(cell) {
                Some(v) => answers.push((h.clone(), v)),
                None => {
                    bad = true;
                    errors.push(StaffCsvError {
                        row,
                        column: h.clone(),
                        kind: StaffCsvErrorKind::BadValue(cell.chars().take(40).collect()),
                    });
                }
            }
        }
        if bad {
            continue;
        }
        let staff_no = staff_no_at.and_then(|k| record.get(k)).map(str::to_owned).filter(|s| !s.trim().is_empty());
        match check_sheet(q, scope, named, &StaffSheetInput { staff_no, answers }) {
            Ok(s) => sheets.push(s),
            Err(e) => {
                let column = match &e {
                    StaffError::UnknownItem(c) | StaffError::Duplicate(c) => c.clone(),
                    StaffError::Unanswered { first, .. } => first.clone(),
                    _ => STAFF_NO_COLUMN[0].to_owned(),
                };
                errors.push(StaffCsvError { row, column, kind: StaffCsvErrorKind::Sheet(e) });
            }
        }
    }
    if errors.is_empty() { Ok(sheets) } else { Err(errors) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questionnaire::parse_questionnaire;
    use crate::tier::Tier;

    fn staff() -> Questionnaire {
        parse_questionnaire(crate::shipped::STAFF[0]).unwrap()
    }

    fn scope_of(tiers: &[Tier]) -> Scope<'_> {
        Scope { tiers, attributes: &[] }
    }

    fn sheet(q: &Questionnaire, tiers: &[Tier], v: StaffValue) -> StaffSheet {
        let answers = items_for(q, scope_of(tiers)).iter().map(|i| (i.id.clone(), v)).collect();
        check_sheet(q, scope_of(tiers), false, &StaffSheetInput { staff_no: None, answers }).unwrap()
    }

    #[test]
    fn a_sheet_answers_every_item_asked_once_and_nothing_else() {
        let q = staff();
        let tiers = [Tier::Lgwan];
        let asked = items_for(&q, scope_of(&tiers));
        assert!(asked.len() >= 20 && asked.len() < q.items().count(), "mynumber-only items are left out");
        let mut input = StaffSheetInput {
            staff_no: None,
            answers: asked.iter().map(|i| (i.id.clone(), StaffValue::Yes)).collect(),
        };
        assert!(check_sheet(&q, scope_of(&tiers), false, &input).is_ok());
        let last = input.answers.pop().unwrap();
        assert_eq!(
            check_sheet(&q, scope_of(&tiers), false, &input),
            Err(StaffError::Unanswered { count: 1, first: last.0.clone() })
        );
        input.answers.push(last.clone());
        input.answers.push(last.clone());
        assert_eq!(check_sheet(&q, scope_of(&tiers), false, &input), Err(StaffError::Duplicate(last.0.clone())));
        input.answers.pop();
        // Named mode needs a 職員番号 (full-width digits read as half-width); anonymous mode takes none.
        assert_eq!(check_sheet(&q, scope_of(&tiers), true, &input), Err(StaffError::StaffNoNeeded));
        input.staff_no = Some("０１２３４".into());
        assert_eq!(check_sheet(&q, scope_of(&tiers), true, &input).unwrap().staff_no.as_deref(), Some("01234"));
        assert_eq!(check_sheet(&q, scope_of(&tiers), false, &input), Err(StaffError::StaffNoInAnonymous));
    }

    #[test]
    fn fewer_than_three_responses_show_no_rates_and_unknown_is_not_yes() {
        let q = staff();
        let tiers = [Tier::Lgwan];
        let asked = items_for(&q, scope_of(&tiers));
        let two = [sheet(&q, &tiers, StaffValue::Yes), sheet(&q, &tiers, StaffValue::Unknown)];
        let r = StaffRollup::of(&asked, &two, Some(5));
        assert_eq!(r.responses, 2);
        assert!(!r.shows_rates());
        assert_eq!(r.rate(&asked[0].id), None);
        assert!(r.weakest(3).is_empty());
        let three = [two[0].clone(), two[1].clone(), sheet(&q, &tiers, StaffValue::No)];
        let r = StaffRollup::of(&asked, &three, Some(5));
        assert_eq!(r.rate(&asked[0].id), Some(1.0 / 3.0), "わからない counts as a gap, not as はい");
        assert_eq!(r.response_rate(), Some(0.6));
        assert!(r.check_received(&asked).is_ok());
        let mut lying = r.clone();
        lying.items[0].yes = 9;
        assert!(matches!(lying.check_received(&asked), Err(StaffError::BadRollup(_))));
    }

    #[test]
    fn a_staff_csv_is_taken_whole_or_its_mistakes_are_named_by_row_and_column() {
        let q = staff();
        let tiers = [Tier::Lgwan];
        let asked = items_for(&q, scope_of(&tiers));
        let header = asked.iter().map(|i| i.id.as_str()).collect::<Vec<_>>().join(",");
        let row = |v: &str| vec![v; asked.len()].join(",");
        let good = format!("{header}\n{}\n{}\n", row("はい"), row("3"));
        let sheets = read_sheets_csv(&q, scope_of(&tiers), false, good.as_bytes()).unwrap();
        assert_eq!(sheets.len(), 2);
        assert_eq!(sheets[1].answers[0].1, StaffValue::Unknown);
        let mut third = vec!["はい"; asked.len()];
        third[2] = "たぶん";
        let bad = format!("{header}\n{}\n{}\n", row("いいえ"), third.join(","));
        let errors = read_sheets_csv(&q, scope_of(&tiers), false, bad.as_bytes()).unwrap_err();
        assert_eq!(errors.len(), 1);
        assert_eq!((errors[0].row, errors[0].column.as_str()), (3, asked[2].id.as_str()));
        // A row with a cell left empty: named at its row, by the first item missing.
        let mut short = vec!["はい"; asked.len()];
        short[4] = "";
        let errors =
            read_sheets_csv(&q, scope_of(&tiers), false, format!("{header}\n{}\n", short.join(",")).as_bytes())
                .unwrap_err();
        assert_eq!((errors[0].row, errors[0].column.as_str()), (2, asked[4].id.as_str()));
    }

    #[test]
    fn a_minimum_response_rate_counts_whole_people() {
        let r = |responses, headcount| StaffRollup { responses, headcount, items: Vec::new() };
        assert_eq!(check_response_rate(&r(0, None), None), Ok(()));
        assert_eq!(check_response_rate(&r(3, None), Some(50)), Err(StaffError::HeadcountNeeded { min: 50 }));
        // 50 % of 5 is 2.5 people: 3 are needed.
        assert_eq!(
            check_response_rate(&r(2, Some(5)), Some(50)),
            Err(StaffError::RateTooLow { responses: 2, headcount: 5, min: 50 })
        );
        assert_eq!(check_response_rate(&r(3, Some(5)), Some(50)), Ok(()));
    }

    #[test]
    fn values_are_read_as_people_write_them() {
        assert_eq!(StaffValue::parse_lenient(" はい "), Some(StaffValue::Yes));
        assert_eq!(StaffValue::parse_lenient("２"), Some(StaffValue::No));
        assert_eq!(StaffValue::parse_lenient("わからない"), Some(StaffValue::Unknown));
        assert_eq!(StaffValue::parse_lenient("たぶん"), None);
        assert_eq!(parse_headcount("６０"), Ok(60));
        assert!(parse_headcount("0").is_err());
        assert!(parse_headcount("五").is_err());
    }
}
