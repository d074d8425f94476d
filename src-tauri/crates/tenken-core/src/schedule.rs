//! 提出期限, 問い合わせ先 and the report's 責任者・担当者: what the auditor
//! sets on a campaign so that sections know by when and whom to ask, and
//! the report names who ran the inspection.
//!
//! The rules live here; "today" is always passed in (the core has no clock).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::answer::parse_date;
use crate::campaign::SectionState;
use crate::fiscal::FiscalYear;
use crate::message::{Describe, Message};
use crate::text::{TypedTextError, check_typed};

/// The longest name, 課 or 所属 accepted (a person's name or a section's name
/// as written on a 決裁 sheet; a pasted paragraph is a mistake).
pub const MAX_NAME_CHARS: usize = 60;
/// The longest 内線 (extension) accepted: `1234`, `03-1234-5678 内線 1234`.
pub const MAX_PHONE_CHARS: usize = 40;
/// The longest mail address accepted (RFC 5321's path limit).
pub const MAX_MAIL_CHARS: usize = 254;

/// 問い合わせ先: whom a section asks about the inspection.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Contact {
    /// The 課 that answers questions (情報政策課).
    pub unit: String,
    /// 内線 or telephone number, as written.
    pub phone: String,
    /// Mail address.
    pub mail: String,
}

impl Contact {
    /// Whether nothing is set (the screens then show no contact line).
    pub fn is_empty(&self) -> bool {
        self.unit.is_empty() && self.phone.is_empty() && self.mail.is_empty()
    }
}

/// 責任者 and 担当者 of the inspection, each with their 所属, printed in the
/// audit report's 概要 instead of blank lines.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Officers {
    /// 責任者 (氏名).
    pub lead: String,
    /// 責任者's 所属 (and title).
    pub lead_unit: String,
    /// 担当者 (氏名).
    pub staff: String,
    /// 担当者's 所属.
    pub staff_unit: String,
}

impl Officers {
    /// Whether nothing is set.
    pub fn is_empty(&self) -> bool {
        self.lead.is_empty() && self.lead_unit.is_empty() && self.staff.is_empty() && self.staff_unit.is_empty()
    }
}

/// Everything the auditor sets on a campaign besides its checklist.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CampaignSettings {
    /// 提出期限.
    pub due: Option<NaiveDate>,
    pub contact: Contact,
    pub officers: Officers,
    /// 重点項目 answered 実施している need their 証跡の所在 before the
    /// section can submit (the auditor's choice for the year).
    #[serde(default)]
    pub evidence_required: bool,
    /// The 職員セルフチェック response rate (percent of 職員数) a section
    /// needs before it can submit; `None`: no minimum.
    #[serde(default)]
    pub staff_min_rate: Option<u8>,
}

/// What the auditor typed (the CLI's options, the window's form); `None`
/// keeps the stored value, an empty text clears it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SettingsInput {
    /// 提出期限 as typed: `2027-01-29`, `令和9年1月29日`, `R9.1.29`, full-width digits.
    pub due: Option<String>,
    pub contact_unit: Option<String>,
    pub contact_phone: Option<String>,
    pub contact_mail: Option<String>,
    pub lead: Option<String>,
    pub lead_unit: Option<String>,
    pub staff: Option<String>,
    pub staff_unit: Option<String>,
    /// Whether 重点項目 answered 実施している need their 証跡の所在; `None` keeps it.
    #[serde(default)]
    pub evidence_required: Option<bool>,
    /// The minimum staff response rate in percent (`50`, `５０%`); empty clears it.
    #[serde(default)]
    pub staff_min_rate: Option<String>,
}

/// Why a setting was refused.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum SettingsError {
    #[error("{0:?} is not a date")]
    BadDate(String),
    #[error("deadline {due} is before the campaign's start {start}")]
    DueBeforeStart { due: NaiveDate, start: NaiveDate },
    #[error("deadline {due} is after the fiscal year's end {end}")]
    DueAfterYear { due: NaiveDate, end: NaiveDate },
    #[error(transparent)]
    Text(#[from] TypedTextError),
    #[error("{0:?} is not a mail address")]
    BadMail(String),
    #[error("{0:?} is not a percentage from 1 to 100")]
    BadRate(String),
}

impl Describe for SettingsError {
    fn message(&self) -> Message {
        match self {
            SettingsError::BadDate(s) => Message::new("settings-bad-date").arg("date", s),
            SettingsError::DueBeforeStart { due, start } => {
                Message::new("settings-due-before-start").arg("due", *due).arg("start", *start)
            }
            SettingsError::DueAfterYear { due, end } => {
                Message::new("settings-due-after-year").arg("due", *due).arg("end", *end)
            }
            SettingsError::Text(e) => e.message("settings-too-long", "settings-control-char"),
            SettingsError::BadMail(s) => Message::new("settings-bad-mail").arg("mail", s),
            SettingsError::BadRate(s) => Message::new("settings-bad-rate").arg("rate", s),
        }
    }
}

/// The first day a campaign's 提出期限 may fall on: the day it was opened,
/// or its fiscal year's first day for a year opened before it began. A
/// year recorded after it ended has no such day in it: then the fiscal
/// year's first day too.
pub fn campaign_start(year: FiscalYear, opened: NaiveDate) -> NaiveDate {
    if (year.start()..=year.end()).contains(&opened) { opened } else { year.start() }
}

/// Reads and checks a 提出期限: a date as clerks write it, not before the
/// campaign's start ([`campaign_start`]) and not after its fiscal year's end
/// (a deadline is for this year's inspection, not the next).
pub fn check_due(text: &str, year: FiscalYear, opened: NaiveDate) -> Result<NaiveDate, SettingsError> {
    let due = parse_date(text).map_err(|_| SettingsError::BadDate(text.trim().to_owned()))?;
    let start = campaign_start(year, opened);
    if due < start {
        return Err(SettingsError::DueBeforeStart { due, start });
    }
    if due > year.end() {
        return Err(SettingsError::DueAfterYear { due, end: year.end() });
    }
    Ok(due)
}

/// One line of text a person typed: trimmed, at most `max` characters, no
/// control or bidi characters ([`crate::text::forbidden_char`]).
pub fn one_line(field: &'static str, s: &str, max: usize) -> Result<String, SettingsError> {
    let s = s.trim();
    check_typed(field, s, max, false)?;
    Ok(s.to_owned())
}

/// A mail address as far as a clerk can get it wrong: one `@` with text on
/// both sides, a dot in the domain, no spaces. Empty is allowed (no mail).
fn check_mail(s: &str) -> Result<String, SettingsError> {
    let s = one_line("contact-mail", s, MAX_MAIL_CHARS)?;
    if s.is_empty() {
        return Ok(s);
    }
    let ok = match s.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && s.chars().all(|c| c.is_ascii_graphic())
        }
        None => false,
    };
    if ok { Ok(s) } else { Err(SettingsError::BadMail(s)) }
}

/// Applies what the auditor typed to the stored settings, checking each
/// field; the result is what to store. `opened` is the day the campaign was
/// opened (today, when it is being opened).
pub fn apply_settings(
    current: &CampaignSettings,
    input: &SettingsInput,
    year: FiscalYear,
    opened: NaiveDate,
) -> Result<CampaignSettings, SettingsError> {
    let mut next = current.clone();
    if let Some(due) = &input.due {
        next.due = if due.trim().is_empty() { None } else { Some(check_due(due, year, opened)?) };
    }
    let fields: [(&Option<String>, &'static str, usize, &mut String); 6] = [
        (&input.contact_unit, "contact-unit", MAX_NAME_CHARS, &mut next.contact.unit),
        (&input.contact_phone, "contact-phone", MAX_PHONE_CHARS, &mut next.contact.phone),
        (&input.lead, "lead", MAX_NAME_CHARS, &mut next.officers.lead),
        (&input.lead_unit, "lead-unit", MAX_NAME_CHARS, &mut next.officers.lead_unit),
        (&input.staff, "staff", MAX_NAME_CHARS, &mut next.officers.staff),
        (&input.staff_unit, "staff-unit", MAX_NAME_CHARS, &mut next.officers.staff_unit),
    ];
    for (value, field, max, target) in fields {
        if let Some(v) = value {
            *target = one_line(field, v, max)?;
        }
    }
    if let Some(mail) = &input.contact_mail {
        next.contact.mail = check_mail(mail)?;
    }
    if let Some(required) = input.evidence_required {
        next.evidence_required = required;
    }
    if let Some(rate) = &input.staff_min_rate {
        next.staff_min_rate = check_rate(rate)?;
    }
    Ok(next)
}

/// A percentage as typed (`50`, `５０`, `50%`), 1–100; empty: none.
fn check_rate(text: &str) -> Result<Option<u8>, SettingsError> {
    use unicode_normalization::UnicodeNormalization;
    let t: String = text.nfkc().collect::<String>();
    let t = t.trim().trim_end_matches('%').trim();
    if t.is_empty() {
        return Ok(None);
    }
    match t.parse::<u8>() {
        Ok(n) if (1..=100).contains(&n) => Ok(Some(n)),
        _ => Err(SettingsError::BadRate(text.trim().chars().take(20).collect())),
    }
}

/// The deadline as a screen shows it on a given day: the date, the days
/// left (0 on the day itself), and whether it has passed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Deadline {
    pub due: NaiveDate,
    /// 残り日数: days from `today` to the deadline; negative once it has passed.
    pub days_left: i32,
    /// 期限超過: the deadline's day is over.
    pub overdue: bool,
}

/// 残り日数 and 期限超過 of `due` on `today`.
pub fn deadline(due: NaiveDate, today: NaiveDate) -> Deadline {
    let days = (due - today).num_days();
    let days_left = i32::try_from(days).unwrap_or(if days < 0 { i32::MIN } else { i32::MAX });
    Deadline { due, days_left, overdue: days_left < 0 }
}

/// Whether a section is 期限超過: the deadline has passed and it has not
/// submitted (a section sent back after the deadline is overdue again).
pub fn section_overdue(due: Option<NaiveDate>, today: NaiveDate, state: SectionState) -> bool {
    state != SectionState::Submitted && due.is_some_and(|d| deadline(d, today).overdue)
}

/// 提出時の確認: who answered (回答者) and which 所属長 approved, and on
/// which day, typed at submission (not a login).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SignOff {
    /// 回答者 (氏名).
    pub respondent: String,
    /// 所属長 (氏名).
    pub approver: String,
    /// 承認日.
    pub approved_on: NaiveDate,
}

/// What was typed in the submit dialog or on the command line.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SignOffInput {
    pub respondent: String,
    pub approver: String,
    /// 承認日 as typed; empty means today.
    pub approved_on: Option<String>,
}

/// Why a submission's sign-off was refused.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum SignOffError {
    #[error("{0} is required")]
    Required(&'static str),
    #[error("{0}")]
    Field(SettingsError),
    #[error("approval date {date} is after today {today}")]
    ApprovedInFuture { date: NaiveDate, today: NaiveDate },
    #[error("approval date {date} is before the fiscal year's start {start}")]
    ApprovedBeforeYear { date: NaiveDate, start: NaiveDate },
}

impl Describe for SignOffError {
    fn message(&self) -> Message {
        match self {
            SignOffError::Required(field) => Message::new("signoff-required").arg("field", *field),
            SignOffError::Field(e) => e.message(),
            SignOffError::ApprovedInFuture { date, today } => {
                Message::new("signoff-approved-in-future").arg("date", *date).arg("today", *today)
            }
            SignOffError::ApprovedBeforeYear { date, start } => {
                Message::new("signoff-approved-before-year").arg("date", *date).arg("start", *start)
            }
        }
    }
}

/// Checks a sign-off: both names given (one line, at most
/// [`MAX_NAME_CHARS`]), the approval date a date from the fiscal year's
/// start to `today` (today when left empty).
pub fn check_signoff(input: &SignOffInput, year: FiscalYear, today: NaiveDate) -> Result<SignOff, SignOffError> {
    let respondent = one_line("respondent", &input.respondent, MAX_NAME_CHARS).map_err(SignOffError::Field)?;
    if respondent.is_empty() {
        return Err(SignOffError::Required("respondent"));
    }
    let approver = one_line("approver", &input.approver, MAX_NAME_CHARS).map_err(SignOffError::Field)?;
    if approver.is_empty() {
        return Err(SignOffError::Required("approver"));
    }
    let approved_on = match input.approved_on.as_deref().map(str::trim) {
        Some(s) if !s.is_empty() => {
            parse_date(s).map_err(|_| SignOffError::Field(SettingsError::BadDate(s.to_owned())))?
        }
        _ => today,
    };
    if approved_on > today {
        return Err(SignOffError::ApprovedInFuture { date: approved_on, today });
    }
    if approved_on < year.start() {
        return Err(SignOffError::ApprovedBeforeYear { date: approved_on, start: year.start() });
    }
    Ok(SignOff { respondent, approver, approved_on })
}

/// A sign-off that arrived in a response package, checked as a typed one
/// would be, except against today: the terminal's clock is its own.
pub fn check_received_signoff(s: &SignOff, year: FiscalYear) -> Result<SignOff, SignOffError> {
    let input = SignOffInput {
        respondent: s.respondent.clone(),
        approver: s.approver.clone(),
        approved_on: Some(s.approved_on.format("%Y-%m-%d").to_string()),
    };
    check_signoff(&input, year, s.approved_on.max(year.start()))
}

/// A deadline and contact that arrived in a distribution package, checked
/// as typed ones would be (the deadline within the fiscal year: the
/// terminal opened the campaign on its own day, not the auditor's).
pub fn check_received_notice(
    due: Option<NaiveDate>,
    contact: Option<&Contact>,
    evidence_required: bool,
    staff_min_rate: Option<u8>,
    year: FiscalYear,
) -> Result<CampaignSettings, SettingsError> {
    let input = SettingsInput {
        due: due.map(|d| d.format("%Y-%m-%d").to_string()),
        contact_unit: contact.map(|c| c.unit.clone()),
        contact_phone: contact.map(|c| c.phone.clone()),
        contact_mail: contact.map(|c| c.mail.clone()),
        evidence_required: Some(evidence_required),
        staff_min_rate: Some(staff_min_rate.map(|r| r.to_string()).unwrap_or_default()),
        ..Default::default()
    };
    apply_settings(&CampaignSettings::default(), &input, year, year.start())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, dd).unwrap()
    }

    fn fy() -> FiscalYear {
        FiscalYear::new(2026).unwrap()
    }

    #[test]
    fn deadline_is_read_as_clerks_write_it() {
        let opened = d(2026, 6, 1);
        assert_eq!(check_due("2027-01-29", fy(), opened), Ok(d(2027, 1, 29)));
        assert_eq!(check_due("令和9年1月29日", fy(), opened), Ok(d(2027, 1, 29)));
        assert_eq!(check_due("R9.1.29", fy(), opened), Ok(d(2027, 1, 29)));
        assert_eq!(check_due("２０２７－０１－２９", fy(), opened), Ok(d(2027, 1, 29)));
        assert_eq!(check_due("2027-02-30", fy(), opened), Err(SettingsError::BadDate("2027-02-30".into())));
        assert_eq!(check_due("来月末", fy(), opened), Err(SettingsError::BadDate("来月末".into())));
    }

    #[test]
    fn deadline_lies_between_the_start_and_the_years_end() {
        let opened = d(2026, 6, 1);
        assert_eq!(
            check_due("2026-05-31", fy(), opened),
            Err(SettingsError::DueBeforeStart { due: d(2026, 5, 31), start: opened })
        );
        assert_eq!(check_due("2026-06-01", fy(), opened), Ok(opened));
        assert_eq!(check_due("2027-03-31", fy(), opened), Ok(d(2027, 3, 31)));
        assert_eq!(
            check_due("2027-04-01", fy(), opened),
            Err(SettingsError::DueAfterYear { due: d(2027, 4, 1), end: d(2027, 3, 31) })
        );
        // Opened before the year began, or recorded after it ended: the year's first day.
        assert_eq!(campaign_start(fy(), d(2026, 3, 20)), d(2026, 4, 1));
        assert_eq!(campaign_start(fy(), d(2027, 5, 1)), d(2026, 4, 1));
        assert_eq!(check_due("2026-04-01", fy(), d(2027, 5, 1)), Ok(d(2026, 4, 1)));
    }

    #[test]
    fn days_left_count_to_the_deadline_and_then_below_zero() {
        let due = d(2027, 1, 29);
        assert_eq!(deadline(due, d(2027, 1, 19)), Deadline { due, days_left: 10, overdue: false });
        assert_eq!(deadline(due, due), Deadline { due, days_left: 0, overdue: false });
        assert_eq!(deadline(due, d(2027, 2, 1)), Deadline { due, days_left: -3, overdue: true });
        assert!(section_overdue(Some(due), d(2027, 1, 30), SectionState::Draft));
        assert!(section_overdue(Some(due), d(2027, 1, 30), SectionState::Reopened));
        assert!(!section_overdue(Some(due), d(2027, 1, 30), SectionState::Submitted));
        assert!(!section_overdue(Some(due), due, SectionState::Draft));
        assert!(!section_overdue(None, d(2030, 1, 1), SectionState::Draft));
    }

    #[test]
    fn contact_and_officers_follow_the_text_rules() {
        let input = SettingsInput {
            contact_unit: Some(" 情報政策課 ".into()),
            contact_phone: Some("内線 2345".into()),
            contact_mail: Some("joho@city.example.lg.jp".into()),
            lead: Some("山田 太郎".into()),
            ..Default::default()
        };
        let s = apply_settings(&CampaignSettings::default(), &input, fy(), d(2026, 6, 1)).unwrap();
        assert_eq!(
            s.contact,
            Contact {
                unit: "情報政策課".into(), phone: "内線 2345".into(), mail: "joho@city.example.lg.jp".into()
            }
        );
        assert_eq!(s.officers.lead, "山田 太郎");
        // Untouched fields stay; an empty text clears.
        let clear = SettingsInput { contact_phone: Some(String::new()), ..Default::default() };
        let s2 = apply_settings(&s, &clear, fy(), d(2026, 6, 1)).unwrap();
        assert_eq!(s2.contact.phone, "");
        assert_eq!(s2.contact.unit, "情報政策課");
        let bad = |input: SettingsInput| apply_settings(&s, &input, fy(), d(2026, 6, 1)).unwrap_err();
        assert_eq!(
            bad(SettingsInput { contact_mail: Some("joho@".into()), ..Default::default() }),
            SettingsError::BadMail("joho@".into())
        );
        assert_eq!(
            bad(SettingsInput { contact_mail: Some("joho city@example.jp".into()), ..Default::default() }),
            SettingsError::BadMail("joho city@example.jp".into())
        );
        assert_eq!(
            bad(SettingsInput { lead: Some("山田\u{1b}[2J".into()), ..Default::default() }),
            SettingsError::Text(TypedTextError::ControlChar { field: "lead" })
        );
        assert_eq!(
            bad(SettingsInput { contact_unit: Some("課".repeat(61)), ..Default::default() }),
            SettingsError::Text(TypedTextError::TooLong { field: "contact-unit", max: MAX_NAME_CHARS })
        );
    }

    #[test]
    fn a_submission_names_who_answered_and_who_approved() {
        let today = d(2026, 11, 20);
        let input =
            SignOffInput { respondent: "佐藤 花子".into(), approver: "鈴木 一郎".into(), approved_on: None };
        assert_eq!(
            check_signoff(&input, fy(), today),
            Ok(SignOff { respondent: "佐藤 花子".into(), approver: "鈴木 一郎".into(), approved_on: today })
        );
        let on = SignOffInput { approved_on: Some("令和8年11月18日".into()), ..input.clone() };
        assert_eq!(check_signoff(&on, fy(), today).unwrap().approved_on, d(2026, 11, 18));
        let missing = SignOffInput { approver: "  ".into(), ..input.clone() };
        assert_eq!(check_signoff(&missing, fy(), today), Err(SignOffError::Required("approver")));
        let nobody = SignOffInput { respondent: String::new(), ..input.clone() };
        assert_eq!(check_signoff(&nobody, fy(), today), Err(SignOffError::Required("respondent")));
        let future = SignOffInput { approved_on: Some("2026-11-21".into()), ..input.clone() };
        assert_eq!(
            check_signoff(&future, fy(), today),
            Err(SignOffError::ApprovedInFuture { date: d(2026, 11, 21), today })
        );
        let early = SignOffInput { approved_on: Some("2026-03-31".into()), ..input.clone() };
        assert!(matches!(check_signoff(&early, fy(), today), Err(SignOffError::ApprovedBeforeYear { .. })));
        let bad = SignOffInput { approved_on: Some("2026-02-30".into()), ..input };
        assert_eq!(
            check_signoff(&bad, fy(), today),
            Err(SignOffError::Field(SettingsError::BadDate("2026-02-30".into())))
        );
    }
}
