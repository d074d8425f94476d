//! `tenken campaign set`, `show` and `assess`: the campaign's 提出期限,
//! 問い合わせ先 and 責任者・担当者, the auditor's 総評, and the deadline line
//! other commands print.

use std::path::PathBuf;

use tenken_core::FiscalYear;
use tenken_core::assessment::{Assessment, assurance_warning};
use tenken_core::questionnaire::Questionnaire;
use tenken_core::role::Operation;
use tenken_core::schedule::{CampaignSettings, Deadline, SettingsInput};
use tenken_core::text::visible;
use tenken_core::theme::{Theme, ThemeInput};
use tenken_store::{CampaignNotice, Store};

use crate::cli::ReportArgs;
use crate::ctx::Ctx;
use crate::error::CliError;
use crate::output;

type Result<T = ()> = std::result::Result<T, CliError>;

impl Ctx {
    /// 提出期限 with 残り日数 (or 期限超過), as one line.
    pub(crate) fn deadline_line(&self, d: &Deadline) -> String {
        let left = if d.overdue {
            self.l.text_with("deadline-overdue-days", &[("days", (-i64::from(d.days_left)).into())])
        } else {
            self.l.text_with("deadline-days-left", &[("days", d.days_left.into())])
        };
        self.l.text_with("cli-deadline", &[("date", self.date(d.due).into()), ("left", left.into())])
    }

    fn print_settings(&self, notice: &CampaignNotice) {
        let s: &CampaignSettings = &notice.settings;
        match &notice.deadline {
            Some(d) => output::out(&self.deadline_line(d)),
            None => output::out(&self.l.text("cli-deadline-none")),
        }
        let c = &s.contact;
        let sep = self.l.text("contact-separator");
        let contact = [c.unit.as_str(), c.phone.as_str(), c.mail.as_str()]
            .iter()
            .filter(|p| !p.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(&sep);
        let o = &s.officers;
        let named = |name: &str, unit: &str| match (name.is_empty(), unit.is_empty()) {
            (true, _) => String::new(),
            (false, true) => name.to_owned(),
            (false, false) => format!("{name}（{unit}）"),
        };
        for (label, value) in [
            ("contact-label", contact),
            ("officer-lead", named(&o.lead, &o.lead_unit)),
            ("officer-staff", named(&o.staff, &o.staff_unit)),
        ] {
            let value = if value.is_empty() { self.l.text("settings-unset") } else { value };
            output::out(&format!("{}　{value}", self.l.text(label)));
        }
        let evidence = if s.evidence_required { "evidence-required-yes" } else { "evidence-required-no" };
        output::out(&format!("{}　{}", self.l.text("evidence-required-label"), self.l.text(evidence)));
        let rate = match s.staff_min_rate {
            Some(r) => self.l.text_with("staff-min-rate-value", &[("rate", u32::from(r).into())]),
            None => self.l.text("settings-unset"),
        };
        output::out(&format!("{}　{rate}", self.l.text("staff-min-rate-label")));
    }

    /// `tenken campaign set`: changes what was given, keeps the rest.
    pub fn campaign_set(&self, campaign: Option<FiscalYear>, input: SettingsInput) -> Result {
        let mut store = self.open_to_change(Some(Operation::OpenCampaign))?;
        let year = store.resolve_campaign(campaign)?;
        store.set_campaign_settings(year, &input)?;
        self.say("cli-campaign-settings-saved", &[("year", self.l.year(year).into())]);
        let notice = store.campaign_notice(year, chrono::Local::now().date_naive())?;
        self.print_settings(&notice);
        Ok(())
    }

    /// `tenken campaign show`.
    pub fn campaign_show(&self, args: ReportArgs) -> Result {
        let mut store = Store::open_to_read(&self.db)?;
        let year = store.resolve_campaign(args.campaign)?;
        let notice = store.campaign_notice(year, chrono::Local::now().date_naive())?;
        if args.json {
            output::out(&serde_json::to_string_pretty(&notice).unwrap_or_default());
            return Ok(());
        }
        self.say("cli-campaign-show-title", &[("year", self.l.year(year).into())]);
        self.print_settings(&notice);
        let a = store.assessment(year)?;
        if a.text.is_empty() {
            output::out(&format!("{}　{}", self.l.text("assessment-label"), self.l.text("settings-unset")));
        } else {
            output::out(&self.l.text("assessment-label"));
            for line in a.text.lines() {
                output::out(&format!("  {line}"));
            }
            self.warn_assurance(&a);
        }
        let theme = store.theme(year)?;
        let q = store.questionnaire(year)?;
        self.print_theme(&theme, &q);
        Ok(())
    }

    /// `tenken campaign theme`: sets (or with `--clear` removes) the 重点テーマ
    /// and prints what was saved.
    pub fn campaign_theme(
        &self,
        campaign: Option<FiscalYear>,
        title: Option<String>,
        clauses: Vec<String>,
        items: Vec<String>,
    ) -> Result {
        let input = ThemeInput { title: title.unwrap_or_default(), clauses, items };
        let mut store = self.open_to_change(Some(Operation::OpenCampaign))?;
        let year = store.resolve_campaign(campaign)?;
        let theme = store.set_theme(year, &input)?;
        let id = if theme.is_empty() { "cli-theme-cleared" } else { "cli-theme-saved" };
        self.say(id, &[("year", self.l.year(year).into())]);
        if !theme.is_empty() {
            let q = store.questionnaire(year)?;
            self.print_theme(&theme, &q);
        }
        Ok(())
    }

    /// The theme's title, then each chosen clause with its title and each
    /// chosen item with its question.
    fn print_theme(&self, theme: &Theme, q: &Questionnaire) {
        if theme.is_empty() {
            output::out(&format!("{}　{}", self.l.text("theme-label"), self.l.text("settings-unset")));
            return;
        }
        output::out(&format!("{}　{}", self.l.text("theme-label"), visible(&theme.title)));
        for s in q.sections.iter().filter(|s| theme.clauses.contains(&s.clause)) {
            let line = self.l.text_with(
                "cli-theme-clause",
                &[("clause", s.clause.clone().into()), ("title", self.l.pick(&s.title, s.title_en.as_deref()).into())],
            );
            output::out(&format!("  {line}"));
        }
        for (_, i) in q.items().filter(|(_, i)| theme.items.contains(&i.id)) {
            let line = self.l.text_with(
                "cli-theme-item",
                &[("item", i.id.clone().into()), ("text", self.l.pick(&i.text, i.text_en.as_deref()).into())],
            );
            output::out(&format!("  {line}"));
        }
    }

    /// `tenken campaign assess`: writes the 総評 and warns, without refusing,
    /// about wording that reads as an assurance.
    pub fn campaign_assess(&self, campaign: Option<FiscalYear>, file: Option<PathBuf>, text: Option<String>) -> Result {
        let typed = match (file, text) {
            (Some(path), _) => crate::ctx::read_text(&path)?,
            (None, Some(text)) => text,
            (None, None) => String::new(),
        };
        let mut store = self.open_to_change(Some(Operation::OpenCampaign))?;
        let year = store.resolve_campaign(campaign)?;
        let a = store.set_assessment(year, &typed)?;
        let id = if a.text.is_empty() { "cli-assessment-cleared" } else { "cli-assessment-saved" };
        self.say(id, &[("year", self.l.year(year).into()), ("chars", a.text.chars().count().into())]);
        self.warn_assurance(&a);
        Ok(())
    }

    fn warn_assurance(&self, a: &Assessment) {
        if let Some(m) = assurance_warning(a) {
            output::err(&self.l.render(&m));
        }
    }
}
