//! The words and numbers of the reports, in the reader's language.

use chrono::NaiveDate;
use tenken_core::answer::AnswerValue;
use tenken_core::campaign::SectionState;
use tenken_core::fiscal::FiscalYear;
use tenken_core::message::Arg;
use tenken_core::questionnaire::{Item, Questionnaire, QuestionnaireMeta, Section};
use tenken_core::report::ItemDetail;
use tenken_core::tier::Tier;
use tenken_i18n::{Lang, Localizer};

/// The report's vocabulary, bound to one language.
pub(crate) struct Words<'a> {
    pub l: &'a Localizer,
}

impl<'a> Words<'a> {
    pub fn new(l: &'a Localizer) -> Self {
        Words { l }
    }

    pub fn en(&self) -> bool {
        self.l.lang() == Lang::En
    }

    pub fn t(&self, id: &str) -> String {
        self.l.text(id)
    }

    pub fn tw(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.l.text_with(id, args)
    }

    /// 令和8年11月22日 / 22 November 2026.
    pub fn date(&self, d: NaiveDate) -> String {
        self.l.date(d)
    }

    /// 令和8年度 / FY2026.
    pub fn year(&self, y: FiscalYear) -> String {
        self.l.year(y)
    }

    /// See [`tenken_i18n::percent`].
    pub fn percent(rate: Option<f64>) -> String {
        tenken_i18n::percent(rate)
    }

    /// See [`tenken_i18n::change`].
    pub fn change(now: Option<f64>, before: Option<f64>) -> String {
        tenken_i18n::change(now, before)
    }

    /// [`Words::change`] with its unit, for sentences.
    pub fn change_points(&self, now: Option<f64>, before: Option<f64>) -> String {
        match (now, before) {
            (Some(_), Some(_)) => self.tw("report-points", &[("value", Self::change(now, before).into())]),
            _ => "—".to_owned(),
        }
    }

    pub fn value(&self, v: AnswerValue) -> String {
        self.l.value(v)
    }

    pub fn state(&self, s: SectionState) -> String {
        self.l.state(s)
    }

    pub fn phase(&self, p: tenken_core::campaign::Phase) -> String {
        self.l.phase(p)
    }

    pub fn tier(&self, t: Option<Tier>) -> String {
        match t {
            Some(t) => self.t(&format!("tier-{}", t.code())),
            None => self.t("tier-common"),
        }
    }

    pub fn tiers(&self, tiers: &[Tier]) -> String {
        let sep = if self.en() { ", " } else { "、" };
        tiers.iter().map(|t| self.tier(Some(*t))).collect::<Vec<_>>().join(sep)
    }

    /// What a section answered to an item, as the reader should see it.
    pub fn answer(&self, d: &ItemDetail) -> String {
        if !d.applies {
            return self.l.auto_na(d.auto_na.as_ref());
        }
        match &d.answer {
            Some(a) if a.value.is_some() && a.unconfirmed => {
                let v = a.value.map(|v| self.value(v)).unwrap_or_default();
                self.tw("report-answer-unconfirmed", &[("value", v.into())])
            }
            Some(a) if d.repeat => {
                let v = a.value.map_or_else(|| self.t("value-unanswered"), |v| self.value(v));
                self.tw("report-answer-repeat", &[("value", v.into())])
            }
            Some(a) => a.value.map_or_else(|| self.t("value-unanswered"), |v| self.value(v)),
            None => self.t("value-unanswered"),
        }
    }

    pub fn clause_title<'s>(&self, s: &'s Section) -> &'s str {
        self.l.pick(&s.title, s.title_en.as_deref())
    }

    pub fn item_text<'s>(&self, i: &'s Item) -> &'s str {
        self.l.pick(&i.text, i.text_en.as_deref())
    }

    /// 確認方法 and 着眼点 of an item as the lines under its question, or
    /// nothing when the checklist gives neither.
    pub fn item_note(&self, i: &Item) -> String {
        let mut lines = Vec::new();
        if !i.method.is_empty() {
            let labels: Vec<String> = i.method.iter().map(|m| self.t(m.label_id())).collect();
            lines.push(self.tw("report-item-method", &[("methods", labels.join(&self.t("method-separator")).into())]));
        }
        let focus = self.l.pick_opt(i.focus.as_deref(), i.focus_en.as_deref());
        if let Some(f) = focus.filter(|f| !f.trim().is_empty()) {
            lines.push(self.tw("report-item-focus", &[("text", f.into())]));
        }
        lines.join("\n")
    }

    pub fn municipality<'s>(&self, m: &'s QuestionnaireMeta) -> &'s str {
        self.l.pick(&m.municipality, m.municipality_en.as_deref())
    }

    pub fn policy<'s>(&self, m: &'s QuestionnaireMeta) -> &'s str {
        self.l.pick(&m.policy, m.policy_en.as_deref())
    }

    pub fn questionnaire_title<'s>(&self, m: &'s QuestionnaireMeta) -> &'s str {
        self.l.pick(&m.title, m.title_en.as_deref())
    }

    /// 点検の基準 and 点検票 as both the audit report and a section's report
    /// state them: the policy with its effective date, the checklist's title
    /// with the start of its hash, so a reader can tell which checklist was
    /// answered.
    pub fn basis(&self, q: &Questionnaire) -> [(String, String); 2] {
        let m = &q.meta;
        [
            (
                self.t("report-field-criteria"),
                self.tw(
                    "report-criteria-value",
                    &[("policy", self.policy(m).into()), ("effective", self.date(m.policy_effective).into())],
                ),
            ),
            (
                self.t("report-field-questionnaire"),
                self.tw(
                    "report-questionnaire-value",
                    &[("title", self.questionnaire_title(m).into()), ("hash", q.hash()[..12].to_owned().into())],
                ),
            ),
        ]
    }

    /// The gap between parts of a running header: an ideographic space in Japanese.
    pub fn sep(&self) -> &'static str {
        if self.en() { "  ·  " } else { "　" }
    }

    /// A blank to fill in by hand, for a value the database does not know.
    pub fn blank(&self) -> String {
        "＿".repeat(14)
    }
}
