//! 年度 and 和暦.
//!
//! A Japanese fiscal year runs from 1 April to 31 March and is named after the
//! calendar year it starts in: 令和8年度 = 2026-04-01 … 2027-03-31. Era names
//! (和暦) are derived from the Gregorian date by chrono, never typed by hand.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::message::{Describe, Message};

/// The years tenken accepts for a campaign. Outside this a year is almost
/// certainly a typo (`20226`, `226`).
pub const YEAR_RANGE: std::ops::RangeInclusive<i32> = 2000..=2099;

/// A fiscal year (年度), identified by the calendar year of its 1 April.
/// Read from JSON (packages, the window's IPC) through [`FiscalYear::new`],
/// so an implausible year is refused at the boundary like anywhere else.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "i64", into = "i32")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(type = "number"))]
pub struct FiscalYear(i32);

impl TryFrom<i64> for FiscalYear {
    type Error = YearOutOfRange;

    fn try_from(year: i64) -> Result<Self, YearOutOfRange> {
        FiscalYear::new(year)
    }
}

impl From<FiscalYear> for i32 {
    fn from(y: FiscalYear) -> i32 {
        y.0
    }
}

/// A year that cannot be a campaign's 年度.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("fiscal year {0} is outside {min}..={max}", min = YEAR_RANGE.start(), max = YEAR_RANGE.end())]
pub struct YearOutOfRange(pub i64);

impl Describe for YearOutOfRange {
    fn message(&self) -> Message {
        Message::new("error-year-out-of-range")
            .arg("year", self.0.to_string())
            .arg("min", *YEAR_RANGE.start())
            .arg("max", *YEAR_RANGE.end())
    }
}

/// Why a typed year is not a campaign's 年度.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum YearParseError {
    /// Not digits at all (`令和8`, `２０２６年`): the caller says it cannot be read.
    #[error("{0:?} is not a year")]
    NotANumber(String),
    /// Digits, but no year tenken accepts.
    #[error(transparent)]
    OutOfRange(#[from] YearOutOfRange),
}

impl FiscalYear {
    /// A year as a person types it on a command line or in a file: Gregorian
    /// digits, full-width too (`２０２６`, NFKC), surrounding spaces ignored.
    /// Every place a typed year enters (the command line's `--campaign` and
    /// `--year`) reads it here, so the range is checked before anything runs.
    pub fn parse(text: &str) -> Result<FiscalYear, YearParseError> {
        use unicode_normalization::UnicodeNormalization;
        let folded: String = text.nfkc().collect();
        let digits = folded.trim();
        let unsigned = digits.strip_prefix('-').unwrap_or(digits);
        let year = match digits.parse::<i64>() {
            Ok(year) if unsigned.bytes().all(|b| b.is_ascii_digit()) => year,
            _ => return Err(YearParseError::NotANumber(text.to_owned())),
        };
        Ok(FiscalYear::new(year)?)
    }

    /// The fiscal year starting on 1 April of `year`, if the year is plausible.
    pub fn new(year: i64) -> Result<Self, YearOutOfRange> {
        match i32::try_from(year) {
            Ok(y) if YEAR_RANGE.contains(&y) => Ok(FiscalYear(y)),
            _ => Err(YearOutOfRange(year)),
        }
    }

    /// The fiscal year a date falls in (January–March belong to the year before).
    pub fn containing(date: NaiveDate) -> Self {
        let y = if date.month() >= 4 { date.year() } else { date.year() - 1 };
        FiscalYear(y)
    }

    /// The Gregorian year of its first day.
    pub fn year(self) -> i32 {
        self.0
    }

    /// 1 April.
    pub fn start(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.0, 4, 1).unwrap_or(NaiveDate::MIN)
    }

    /// 31 March of the next calendar year.
    pub fn end(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.0 + 1, 3, 31).unwrap_or(NaiveDate::MAX)
    }

    /// The fiscal year after this one, if tenken still accepts it.
    pub fn next(self) -> Option<FiscalYear> {
        FiscalYear::new(i64::from(self.0) + 1).ok()
    }

    /// The fiscal year before this one (for carry-over and year-over-year change).
    pub fn previous(self) -> FiscalYear {
        FiscalYear(self.0 - 1)
    }

    /// The Japanese label, `令和8年度`.
    ///
    /// The era is the newest one that had begun by the calendar year the
    /// fiscal year starts in, which is how offices name the year of an era
    /// change: 2019 → 令和元年度, 1989 → 平成元年度.
    pub fn label_ja(self) -> String {
        let era = ERAS.iter().find(|e| e.start.year() <= self.0).unwrap_or(&ERAS[ERAS.len() - 1]);
        format!("{}{}年度", era.name, era_year(self.0 - era.start.year() + 1))
    }

    /// The English label, `FY2026`.
    pub fn label_en(self) -> String {
        format!("FY{}", self.0)
    }
}

impl std::fmt::Display for FiscalYear {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

struct Era {
    name: &'static str,
    start: NaiveDate,
}

const fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, d) {
        Some(d) => d,
        None => NaiveDate::MIN,
    }
}

/// Eras since the adoption of the Gregorian calendar (明治6年), newest first.
const ERAS: [Era; 5] = [
    Era { name: "令和", start: ymd(2019, 5, 1) },
    Era { name: "平成", start: ymd(1989, 1, 8) },
    Era { name: "昭和", start: ymd(1926, 12, 25) },
    Era { name: "大正", start: ymd(1912, 7, 30) },
    Era { name: "明治", start: ymd(1868, 1, 25) },
];

fn era_year(n: i32) -> String {
    if n == 1 { "元".to_owned() } else { n.to_string() }
}

/// A date in 和暦: `令和8年11月22日`. Dates before 明治 are written in the Gregorian form.
pub fn wareki(date: NaiveDate) -> String {
    match ERAS.iter().find(|e| e.start <= date) {
        Some(era) => {
            format!("{}{}年{}月{}日", era.name, era_year(date.year() - era.start.year() + 1), date.month(), date.day())
        }
        None => date.format("%Y-%m-%d").to_string(),
    }
}

/// Reads a date written in 和暦, as clerks write it since every screen and
/// report shows dates that way: `令和9年3月31日`, `令和元年5月1日`, and the
/// short forms `R9.3.31`, `R9/3/31`, `H31.4.30` (digits already half-width).
/// `None` when it is not such a date, or names a day the era did not have
/// (`平成31年5月1日` was already 令和): the caller says how to write it.
pub fn parse_wareki(s: &str) -> Option<NaiveDate> {
    let s: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    let (era, rest) = ERAS.iter().find_map(|e| {
        let initial = match e.name {
            "令和" => "R",
            "平成" => "H",
            "昭和" => "S",
            "大正" => "T",
            _ => "M",
        };
        s.strip_prefix(e.name)
            .or_else(|| s.strip_prefix(initial))
            .or_else(|| s.strip_prefix(&initial.to_ascii_lowercase()))
            .map(|rest| (e, rest))
    })?;
    let numbers: Vec<&str> = if let Some(body) = rest.strip_suffix('日') {
        let (year, body) = body.split_once('年')?;
        let (month, day) = body.split_once('月')?;
        vec![year, month, day]
    } else {
        rest.split(['.', '/', '-']).collect()
    };
    let [year, month, day] = numbers.as_slice() else { return None };
    let year: i32 = if *year == "元" { 1 } else { year.parse().ok()? };
    let (month, day): (u32, u32) = (month.parse().ok()?, day.parse().ok()?);
    if year < 1 {
        return None;
    }
    let date = NaiveDate::from_ymd_opt(era.start.year().checked_add(year - 1)?, month, day)?;
    let next = ERAS.iter().rev().find(|e| e.start > era.start).map(|e| e.start);
    (date >= era.start && next.is_none_or(|n| date < n)).then_some(date)
}

/// A date as written in an English report: `22 November 2026`.
pub fn english_date(date: NaiveDate) -> String {
    date.format("%-d %B %Y").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_years_are_read_with_full_width_digits_and_checked_for_range() {
        assert_eq!(FiscalYear::parse("2026"), Ok(FiscalYear(2026)));
        assert_eq!(FiscalYear::parse(" ２０２６ "), Ok(FiscalYear(2026)), "full-width digits, spaces around");
        assert_eq!(FiscalYear::parse("1868"), Err(YearParseError::OutOfRange(YearOutOfRange(1868))));
        assert_eq!(FiscalYear::parse("-5"), Err(YearParseError::OutOfRange(YearOutOfRange(-5))));
        for unreadable in ["令和8", "2026年", "+2026", "", "20 26", "99999999999999999999"] {
            assert_eq!(
                FiscalYear::parse(unreadable),
                Err(YearParseError::NotANumber(unreadable.to_owned())),
                "{unreadable:?}"
            );
        }
    }

    #[test]
    fn wareki_dates_read_as_clerks_write_them() {
        let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
        assert_eq!(parse_wareki("令和9年3月31日"), Some(d(2027, 3, 31)));
        assert_eq!(parse_wareki("令和 9年 3月 31日"), Some(d(2027, 3, 31)));
        assert_eq!(parse_wareki("令和元年5月1日"), Some(d(2019, 5, 1)));
        assert_eq!(parse_wareki("R9.3.31"), Some(d(2027, 3, 31)));
        assert_eq!(parse_wareki("r9/3/31"), Some(d(2027, 3, 31)));
        assert_eq!(parse_wareki("H31.4.30"), Some(d(2019, 4, 30)));
        // Days the era did not have, and what is not a date.
        assert_eq!(parse_wareki("平成31年5月1日"), None);
        assert_eq!(parse_wareki("令和1年4月30日"), None);
        assert_eq!(parse_wareki("令和9年2月30日"), None);
        assert_eq!(parse_wareki("令和0年1月1日"), None);
        assert_eq!(parse_wareki("令和9年3月"), None);
        assert_eq!(parse_wareki("2027-03-31"), None);
    }

    fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, dd).unwrap()
    }

    #[test]
    fn fiscal_year_runs_april_to_march() {
        let fy = FiscalYear::new(2026).unwrap();
        assert_eq!(fy.start(), d(2026, 4, 1));
        assert_eq!(fy.end(), d(2027, 3, 31));
        assert_eq!(FiscalYear::containing(d(2027, 3, 31)), fy);
        assert_eq!(FiscalYear::containing(d(2026, 4, 1)), fy);
        assert_eq!(FiscalYear::containing(d(2026, 3, 31)), fy.previous());
    }

    #[test]
    fn fiscal_year_labels_follow_the_era_in_force() {
        assert_eq!(FiscalYear::new(2026).unwrap().label_ja(), "令和8年度");
        assert_eq!(FiscalYear::new(2019).unwrap().label_ja(), "令和元年度");
        assert_eq!(FiscalYear::new(2018).unwrap().label_ja(), "平成30年度");
        assert_eq!(FiscalYear::new(2026).unwrap().label_en(), "FY2026");
    }

    #[test]
    fn a_year_read_from_json_is_checked_like_a_typed_one() {
        let y: FiscalYear = serde_json::from_str("2026").unwrap();
        assert_eq!(y.year(), 2026);
        assert_eq!(serde_json::to_string(&y).unwrap(), "2026");
        let e = serde_json::from_str::<FiscalYear>("20226").unwrap_err();
        assert!(e.to_string().contains("20226"), "{e}");
        assert!(serde_json::from_str::<FiscalYear>("1999").is_err());
    }

    #[test]
    fn implausible_years_are_refused() {
        assert_eq!(FiscalYear::new(1999), Err(YearOutOfRange(1999)));
        assert_eq!(FiscalYear::new(20226), Err(YearOutOfRange(20226)));
        assert!(FiscalYear::new(2099).is_ok());
    }

    #[test]
    fn dates_in_wareki_switch_era_on_the_day() {
        assert_eq!(wareki(d(2026, 11, 22)), "令和8年11月22日");
        assert_eq!(wareki(d(2019, 4, 30)), "平成31年4月30日");
        assert_eq!(wareki(d(2019, 5, 1)), "令和元年5月1日");
        assert_eq!(wareki(d(1989, 1, 7)), "昭和64年1月7日");
        assert_eq!(english_date(d(2026, 11, 22)), "22 November 2026");
    }
}
