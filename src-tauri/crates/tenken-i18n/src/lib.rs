//! tenken-i18n: the one source of every user-visible string.
//!
//! Messages live in Fluent files under `locales/<lang>/`, compiled into the
//! binary so an isolated terminal needs nothing beside it. Japanese is the
//! default; English is complete, message for message (a test checks).

use std::fmt;
use std::str::FromStr;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use tenken_core::aggregate::shown_units;
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

    /// The Fluent sources of this language, compiled in: the window formats its
    /// own messages from the same text (see `src-tauri`).
    pub fn sources(self) -> &'static [&'static str] {
        match self {
            Lang::Ja => &[
                include_str!("../locales/ja/tenken.ftl"),
                include_str!("../locales/ja/report.ftl"),
                include_str!("../locales/ja/exchange.ftl"),
                include_str!("../locales/ja/app.ftl"),
                include_str!("../locales/ja/roles.ftl"),
                include_str!("../locales/ja/about.ftl"),
                include_str!("../locales/ja/faults.ftl"),
            ],
            Lang::En => &[
                include_str!("../locales/en/tenken.ftl"),
                include_str!("../locales/en/report.ftl"),
                include_str!("../locales/en/exchange.ftl"),
                include_str!("../locales/en/app.ftl"),
                include_str!("../locales/en/roles.ftl"),
                include_str!("../locales/en/about.ftl"),
                include_str!("../locales/en/faults.ftl"),
            ],
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

    /// The catalogue of `lang` with the ward's own words for the grades of a
    /// 指摘 put over the catalogue's (see [`ward_words`]): every message that
    /// names a grade then says the ward's word, in the CLI, the reports and
    /// (through the same Fluent text) the window.
    pub fn with_grade_names(lang: Lang, names: &[tenken_core::review::GradeName]) -> Localizer {
        let mut l = Localizer::new(lang);
        let words = ward_words(lang, names);
        if !words.is_empty()
            && let Ok(resource) = FluentResource::try_new(words)
        {
            l.bundle.add_resource_overriding(resource);
        }
        l
    }

    /// The language this localizer speaks.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// A checklist's own wording in this language: the English text when
    /// this localizer speaks English and the checklist gives one, otherwise
    /// the Japanese (every `*_en` field is optional).
    pub fn pick<'a>(&self, ja: &'a str, en: Option<&'a str>) -> &'a str {
        self.pick_opt(Some(ja), en).unwrap_or(ja)
    }

    /// [`Localizer::pick`] for wording the checklist may leave out in both
    /// languages (an evidence hint, a 着眼点).
    pub fn pick_opt<'a>(&self, ja: Option<&'a str>, en: Option<&'a str>) -> Option<&'a str> {
        match (self.lang, en) {
            (Lang::En, Some(en)) => Some(en),
            _ => ja,
        }
    }

    /// The words for an item that is 該当なし by itself, with why in a short
    /// phrase (対象外の系, or the attribute the section lacks): every list,
    /// sheet and report says it this way.
    pub fn auto_na(&self, reason: Option<&tenken_core::attribute::AutoNaReason>) -> String {
        match reason {
            Some(tenken_core::attribute::AutoNaReason::Attribute { attribute }) => {
                let name = self.text(attribute.label_id());
                self.text_with("value-auto-na-attribute", &[("attribute", name.into())])
            }
            _ => self.text("value-auto-na"),
        }
    }

    /// Why a section is proposed for 実地監査, in a short phrase: the ranked
    /// list, the CLI and the report say each reason this way.
    pub fn onsite_reason(&self, reason: &tenken_core::onsite::OnsiteReason) -> String {
        use tenken_core::onsite::OnsiteReason as R;
        let pct = |permille: u32| percent(Some(f64::from(permille) / 1000.0));
        match reason {
            R::RotationDue { years, rotation } => self.text_with(
                "onsite-reason-rotation-due",
                &[("years", (*years).into()), ("rotation", (*rotation).into())],
            ),
            R::LowRate { rate_permille, ward_permille } => self.text_with(
                "onsite-reason-low-rate",
                &[("rate", pct(*rate_permille).into()), ("ward", pct(*ward_permille).into())],
            ),
            R::Repeats { count } => self.text_with("onsite-reason-repeats", &[("count", (*count).into())]),
            R::Overdue { count } => self.text_with("onsite-reason-overdue", &[("count", (*count).into())]),
            R::ManyNa { count, answered } => {
                self.text_with("onsite-reason-many-na", &[("count", (*count).into()), ("answered", (*answered).into())])
            }
            R::SinceLastVisit { years } => {
                self.text_with("onsite-reason-since-last-visit", &[("years", (*years).into())])
            }
            R::NeverVisited => self.text("onsite-reason-never-visited"),
        }
    }

    /// Whether the catalogue has a message with this id.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// A day in the reader's calendar (see [`date_words`]).
    pub fn date(&self, d: chrono::NaiveDate) -> String {
        date_words(self.lang, d)
    }

    /// The catalogue's name of a section state (下書き, 提出済み …).
    pub fn state(&self, s: tenken_core::campaign::SectionState) -> String {
        self.text(&format!("state-{}", s.code()))
    }

    /// The catalogue's name of a progress phase (未着手, 回答中, 提出済み).
    pub fn phase(&self, p: tenken_core::campaign::Phase) -> String {
        use tenken_core::campaign::Phase;
        self.text(match p {
            Phase::NotStarted => "phase-not-started",
            Phase::InProgress => "phase-in-progress",
            Phase::Submitted => "phase-submitted",
        })
    }

    /// The catalogue's name of an answer value (実施している …).
    pub fn value(&self, v: tenken_core::AnswerValue) -> String {
        self.text(&format!("value-{}", v.code()))
    }

    /// A fiscal year in the reader's words (see [`year_words`]).
    pub fn year(&self, y: tenken_core::FiscalYear) -> String {
        year_words(self.lang, y)
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
                Arg::Message(m) => fargs.set(*name, FluentValue::from(self.render(m))),
                Arg::Date(d) => fargs.set(*name, FluentValue::from(self.date(*d))),
                Arg::Year(y) => fargs.set(*name, FluentValue::from(self.year(*y))),
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

/// A day in the reader's calendar: `令和9年1月1日` in Japanese (元年 for an
/// era's first), `1 January 2027` in English. The one place a date becomes
/// words, for messages ([`Arg::Date`]), reports, the CLI and the window.
pub fn date_words(lang: Lang, d: chrono::NaiveDate) -> String {
    match lang {
        Lang::Ja => tenken_core::fiscal::wareki(d),
        Lang::En => tenken_core::fiscal::english_date(d),
    }
}

/// A fiscal year as the reader names it: `令和8年度` in Japanese, `FY2026`
/// in English. The one place a year becomes words, as [`date_words`] is for days:
/// messages ([`Arg::Year`]), reports, the CLI and the window.
pub fn year_words(lang: Lang, y: tenken_core::FiscalYear) -> String {
    match lang {
        Lang::Ja => y.label_ja(),
        Lang::En => y.label_en(),
    }
}

/// The catalogue's own names of the four grades in both languages: what a
/// new name must not clash with where the ward kept them.
pub fn catalogue_grade_names() -> Vec<tenken_core::review::GradeName> {
    let (ja, en) = (Localizer::new(Lang::Ja), Localizer::new(Lang::En));
    tenken_core::review::FindingGrade::ALL
        .into_iter()
        .map(|grade| tenken_core::review::GradeName {
            grade,
            ja: ja.text(grade.label_id()),
            en: en.text(grade.label_id()),
        })
        .collect()
}

/// The ward's words for the grades as Fluent messages of `lang` (`grade-major
/// = …`), to be laid over the catalogue: the window appends them to the
/// catalogue it is sent. Each name is a Fluent string literal, so no
/// character of it can be read as Fluent syntax.
pub fn ward_words(lang: Lang, names: &[tenken_core::review::GradeName]) -> String {
    names
        .iter()
        .map(|n| {
            let name = match lang {
                Lang::Ja => &n.ja,
                Lang::En => &n.en,
            };
            let literal: String = name
                .chars()
                .flat_map(|c| match c {
                    '"' => vec!['\\', '"'],
                    '\\' => vec!['\\', '\\'],
                    c => vec![c],
                })
                .collect();
            format!("{} = {{ \"{literal}\" }}\n", n.grade.label_id())
        })
        .collect()
}

/// How many decimals a rate and its change are written with, in every
/// screen, list and paper; the window receives it through its boot payload.
pub const RATE_DECIMALS: u8 = 1;

/// A rate as every screen, list and paper writes it: 75.0%, or — when
/// nothing was scored (the same in both languages). Rounded by
/// [`tenken_core::aggregate::shown_units`], as its heat-map cell is coloured.
pub fn percent(rate: Option<f64>) -> String {
    rate.map_or_else(|| "—".to_owned(), |r| format!("{}%", units_text(shown_units(r * 100.0, RATE_DECIMALS))))
}

/// A heat-map cell's figure on paper: the whole percent its colour is judged by (75).
pub fn cell_percent(rate: f64) -> String {
    shown_units(rate * 100.0, 0).to_string()
}

/// How a rate moved since last year, in percentage points: ▲ +3.2 / ▼ −1.0 /
/// ±0.0, or — when either year has no rate. The arrow says it without colour.
pub fn change(now: Option<f64>, before: Option<f64>) -> String {
    match (now, before) {
        (Some(a), Some(b)) => {
            let units = shown_units((a - b) * 100.0, RATE_DECIMALS);
            let magnitude = units_text(units.abs());
            match units.signum() {
                1 => format!("▲ +{magnitude}"),
                -1 => format!("▼ −{magnitude}"),
                _ => format!("±{magnitude}"),
            }
        }
        _ => "—".to_owned(),
    }
}

/// Units of the last place shown ([`shown_units`] at [`RATE_DECIMALS`]) as digits: 63 → 6.3.
fn units_text(units: i64) -> String {
    let places = usize::from(RATE_DECIMALS);
    let digits = format!("{:0>width$}", units.unsigned_abs(), width = places + 1);
    let (whole, fraction) = digits.split_at(digits.len() - places);
    let sign = if units < 0 { "-" } else { "" };
    if places == 0 { format!("{sign}{whole}") } else { format!("{sign}{whole}.{fraction}") }
}

#[cfg(test)]
mod date_tests {
    use tenken_core::onsite::OnsiteError;

    use super::*;

    #[test]
    fn a_date_in_a_message_is_said_in_the_readers_calendar_never_as_iso_digits() {
        let d = |y, m, dd| chrono::NaiveDate::from_ymd_opt(y, m, dd).unwrap_or_default();
        let refusal = OnsiteError::DateInFuture(d(2027, 1, 1));
        let ja = Localizer::new(Lang::Ja).describe(&refusal);
        let en = Localizer::new(Lang::En).describe(&refusal);
        assert!(ja.contains("令和9年1月1日"), "{ja}");
        assert!(en.contains("1 January 2027"), "{en}");
        assert!(!ja.contains("2027-01-01") && !en.contains("2027-01-01"), "{ja} / {en}");
        assert_eq!(date_words(Lang::Ja, d(2019, 5, 1)), "令和元年5月1日");
    }
}

#[cfg(test)]
mod grade_tests {
    use tenken_core::review::{FindingGrade, GradeName};

    use super::*;

    #[test]
    fn the_wards_grade_names_replace_the_catalogues_even_with_fluent_syntax_in_them() {
        let names = [GradeName { grade: FindingGrade::Major, ja: "重大{ $x }\"ね\\".into(), en: "Serious".into() }];
        let ja = Localizer::with_grade_names(Lang::Ja, &names);
        assert_eq!(ja.text("grade-major"), "重大{ $x }\"ね\\");
        assert_eq!(
            ja.text("grade-minor"),
            Localizer::new(Lang::Ja).text("grade-minor"),
            "the others keep the catalogue's"
        );
        let en = Localizer::with_grade_names(Lang::En, &names);
        assert_eq!(en.text("grade-major"), "Serious");
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn rates_and_their_change_are_written_one_way() {
        assert_eq!(super::percent(Some(0.75)), "75.0%");
        assert_eq!(super::percent(None), "—");
        assert_eq!(super::change(Some(0.8), Some(0.75)), "▲ +5.0");
        assert_eq!(super::change(Some(0.5), Some(0.6)), "▼ −10.0");
        assert_eq!(super::change(Some(0.5), Some(0.5004)), "±0.0");
        assert_eq!(super::change(Some(0.5), None), "—");
    }

    #[test]
    fn a_half_is_rounded_up_as_people_round_on_paper_and_in_the_window_alike() {
        // 四捨五入, not the round-half-even of Rust's own formatting (6.2%).
        assert_eq!(super::percent(Some(1.0 / 16.0)), "6.3%");
        assert_eq!(super::percent(Some(5.0 / 16.0)), "31.3%");
        assert_eq!(super::percent(Some(71.0 / 80.0)), "88.8%");
        // 28.75 %, held in binary a hair below the half.
        assert_eq!(super::percent(Some(23.0 / 80.0)), "28.8%");
        assert_eq!(super::percent(Some(1.0)), "100.0%");
        assert_eq!(super::percent(Some(0.0)), "0.0%");
        assert_eq!(super::change(Some(0.5), Some(0.5625)), "▼ −6.3");
        assert_eq!(super::change(Some(0.5625), Some(0.5)), "▲ +6.3");
        assert_eq!(super::change(Some(0.75), Some(0.5)), "▲ +25.0");
        // A cell's figure and its colour come from the same rounding: 149/200 reads 75 and is coloured 75–89.
        assert_eq!(super::cell_percent(149.0 / 200.0), "75");
        assert_eq!(tenken_core::aggregate::RateBand::of(149.0 / 200.0), tenken_core::aggregate::RateBand::From75);
        assert_eq!(super::cell_percent(1.0 / 8.0), "13");
    }

    use super::*;

    fn parse_all(lang: Lang) -> Vec<String> {
        let mut errors = Vec::new();
        for src in lang.sources() {
            if let Err((_, e)) = FluentResource::try_new((*src).to_owned()) {
                errors.extend(e.into_iter().map(|e| format!("{e:?}")));
            }
        }
        errors
    }

    #[test]
    fn a_checklists_own_wording_is_english_only_where_it_gives_english() {
        let (ja, en) = (Localizer::new(Lang::Ja), Localizer::new(Lang::En));
        assert_eq!(ja.pick("職員の遵守義務", Some("Staff duty")), "職員の遵守義務");
        assert_eq!(en.pick("職員の遵守義務", Some("Staff duty")), "Staff duty");
        assert_eq!(en.pick("職員の遵守義務", None), "職員の遵守義務", "no English: the Japanese");
        assert_eq!(en.pick_opt(None, Some("Roster")), Some("Roster"));
        assert_eq!(ja.pick_opt(None, Some("Roster")), None);
        assert_eq!(en.pick_opt(Some("名簿"), None), Some("名簿"));
    }

    #[test]
    fn catalogues_parse_without_errors() {
        for lang in Lang::ALL {
            assert_eq!(parse_all(lang), Vec::<String>::new(), "{lang}");
        }
    }

    #[test]
    fn japanese_and_english_have_the_same_messages() {
        let ja = Localizer::new(Lang::Ja).ids();
        let en = Localizer::new(Lang::En).ids();
        let only_ja: Vec<_> = ja.iter().filter(|id| !en.contains(id)).collect();
        let only_en: Vec<_> = en.iter().filter(|id| !ja.contains(id)).collect();
        assert!(only_ja.is_empty() && only_en.is_empty(), "only ja: {only_ja:?}, only en: {only_en:?}");
        let mut dedup = ja.clone();
        dedup.dedup();
        assert_eq!(dedup.len(), ja.len(), "an id is defined twice");
    }

    #[test]
    fn a_reason_inside_a_message_is_in_the_same_language() {
        let reason = Message::new("answer-too-long").arg("field", "comment").arg("max", 4000);
        let m = Message::new("pkg-invalid-answer").arg("item", "x-1").arg("detail", reason);
        let ja = Localizer::new(Lang::Ja).render(&m);
        assert!(ja.contains("コメントが長すぎます"), "{ja}");
        assert!(!ja.contains("comment"), "{ja}");
        let en = Localizer::new(Lang::En).render(&m);
        assert!(en.contains("The comment is too long"), "{en}");
    }

    #[test]
    fn arguments_and_selectors_are_filled_in() {
        let ja = Localizer::new(Lang::Ja);
        let m =
            Message::new("state-incomplete").arg("count", 3).arg("unconfirmed", 0).arg("evidence", 0).arg("first", "x");
        assert_eq!(
            ja.render(&m),
            "まだ提出できません。未回答・未確認の項目が3項目あります。以下の項目に回答してから提出してください。"
        );
        let m =
            Message::new("state-incomplete").arg("count", 3).arg("unconfirmed", 0).arg("evidence", 2).arg("first", "x");
        assert!(ja.render(&m).contains("（うち証跡の所在が未記入の重点項目 2項目）"), "{}", ja.render(&m));
        let m =
            Message::new("state-incomplete").arg("count", 1).arg("unconfirmed", 1).arg("evidence", 0).arg("first", "x");
        let en = Localizer::new(Lang::En).render(&m);
        assert!(en.starts_with("Not ready to submit — one item is unanswered or unconfirmed (1 of them"), "{en}");
        let m = Message::new("answer-needs-plan").arg("value", "partial");
        assert!(ja.render(&m).starts_with("「一部実施」には改善計画が必要です"));
    }

    #[test]
    fn a_missing_id_shows_the_id_rather_than_nothing() {
        assert_eq!(Localizer::new(Lang::Ja).text("no-such-message"), "no-such-message");
    }

    #[test]
    fn language_comes_from_codes_and_locales() {
        assert_eq!("en".parse::<Lang>(), Ok(Lang::En));
        assert_eq!("JA".parse::<Lang>(), Ok(Lang::Ja));
        assert!("fr".parse::<Lang>().is_err());
        assert_eq!(Lang::from_locale("en_US.UTF-8"), Lang::En);
        assert_eq!(Lang::from_locale("ja_JP.UTF-8"), Lang::Ja);
        assert_eq!(Lang::from_locale("C.UTF-8"), Lang::Ja);
    }

    /// A placeable, in the text a reader sees: like a closing bracket, a
    /// half-width colon must not follow it in a Japanese sentence.
    const PLACEABLE: char = '\u{FFFC}';

    /// The texts of a pattern as a reader sees them: the pattern with each
    /// placeable as one mark, then each variant of a select on its own.
    fn texts(pattern: &fluent_syntax::ast::Pattern<&str>, out: &mut Vec<String>) {
        use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
        let mut flat = String::new();
        for element in &pattern.elements {
            match element {
                PatternElement::TextElement { value } => flat.push_str(value),
                PatternElement::Placeable {
                    expression: Expression::Inline(InlineExpression::StringLiteral { value }),
                } => {
                    flat.push_str(value);
                }
                PatternElement::Placeable { expression } => {
                    flat.push(PLACEABLE);
                    if let Expression::Select { variants, .. } = expression {
                        for variant in variants {
                            texts(&variant.value, out);
                        }
                    }
                }
            }
        }
        out.push(flat);
    }

    fn is_japanese(c: char) -> bool {
        matches!(c, '\u{3000}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{ff00}'..='\u{ffef}')
    }

    /// The problems of one Japanese text: a half-width dash, or a half-width
    /// colon right after a Japanese character, a closing bracket or a placeable.
    fn half_width_separators(text: &str) -> Vec<&'static str> {
        let mut found = Vec::new();
        if text.contains('—') {
            found.push("—");
        }
        let chars: Vec<char> = text.chars().collect();
        if chars.windows(2).any(|w| w[1] == ':' && (is_japanese(w[0]) || w[0] == PLACEABLE)) {
            found.push(":");
        }
        found
    }

    /// No half-width 「 — 」 or 「: 」 inside Japanese sentences: the problem and
    /// what to do are two sentences (「A。B」), a label or a place is followed by
    /// 「：」 (「シート「x」A3：…」「（例：…）」). What the user types stays as it is
    /// (`{ $key } = "…"`, `--db`, `HH:MM`): such a colon follows no Japanese character.
    #[test]
    fn japanese_sentences_use_japanese_punctuation() {
        let mut offending = Vec::new();
        for src in Lang::Ja.sources() {
            let resource = FluentResource::try_new((*src).to_owned()).unwrap_or_else(|(partial, _)| partial);
            for entry in resource.entries() {
                let fluent_syntax::ast::Entry::Message(message) = entry else { continue };
                let mut all = Vec::new();
                for pattern in message.value.iter().chain(message.attributes.iter().map(|a| &a.value)) {
                    texts(pattern, &mut all);
                }
                if !all.iter().any(|t| t.chars().any(is_japanese)) {
                    continue;
                }
                for text in &all {
                    for what in half_width_separators(text) {
                        offending.push(format!("{} ({what}): {}", message.id.name, text.replace(PLACEABLE, "{…}")));
                    }
                }
            }
        }
        assert!(offending.is_empty(), "half-width separators in Japanese messages: {offending:#?}");
    }

    #[test]
    fn the_punctuation_check_sees_the_old_separators() {
        let none: [&str; 0] = [];
        assert_eq!(half_width_separators("TOML の書き方に誤りがあります — 引用符を確認してください。"), ["—"]);
        assert_eq!(half_width_separators(&format!("シート「x」{PLACEABLE}{PLACEABLE}: 「名前」が空です")), [":"]);
        assert_eq!(half_width_separators("（例: 令和8年度なら 2026）"), [":"]);
        assert_eq!(half_width_separators("シート「x」A3：「名前」が空です。値を入力してください。"), none);
        assert_eq!(half_width_separators("「TODO: 見出し」や 16:50 は入力の例"), none);
    }

    /// Every message id written as a literal in the headless crates' sources
    /// must exist: a typo would otherwise show a raw id to a user.
    #[test]
    fn every_id_used_in_the_sources_exists() {
        let crates = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let prefixes = [
            "q-", "dept-", "answer-", "state-", "store-", "cli-", "col-", "phase-", "value-", "tier-", "sheet-",
            "error-", "missing-", "review-", "report-", "export-", "pkg-", "key-", "backup-", "log-", "app-", "role-",
            "auth-", "bench-",
        ];
        let ja = Localizer::new(Lang::Ja);
        let mut missing = Vec::new();
        let mut stack = vec![crates];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).unwrap().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    if !path.ends_with("target") {
                        stack.push(path);
                    }
                    continue;
                }
                if path.extension().is_none_or(|e| e != "rs") || path.components().any(|c| c.as_os_str() == "tests") {
                    continue;
                }
                let src = std::fs::read_to_string(&path).unwrap();
                for literal in src.split('"').skip(1).step_by(2) {
                    let looks_like_id = prefixes.iter().any(|p| literal.starts_with(p))
                        && literal.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                        && literal.matches('-').count() >= 1
                        && !literal.ends_with('-');
                    if looks_like_id && !ja.has(literal) {
                        missing.push(format!("{}: {literal}", path.display()));
                    }
                }
            }
        }
        assert!(missing.is_empty(), "ids used but not in the catalogue: {missing:#?}");
    }
}
