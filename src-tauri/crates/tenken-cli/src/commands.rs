//! What each command does: read the arguments, call the store or the core,
//! print the result. No rules live here.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use tenken_core::answer::{AnswerInput, AnswerValue};
use tenken_core::campaign::{MissingReason, StateError};
use tenken_core::demo::WardScale;
use tenken_core::department;
use tenken_core::department_edit::{DepartmentEdit, DepartmentEditError};
use tenken_core::fiscal::FiscalYear;
use tenken_core::questionnaire::Questionnaire;
use tenken_core::role::Operation;
use tenken_core::{scaffold, sheet};
use tenken_i18n::{Lang, Localizer};
use tenken_store::input::{MAX_TEXT, read_input};
use tenken_store::{Store, StoreError};

use crate::cli::{
    AnswerCommand, CampaignCommand, DemoScale, DeptCommand, LogCommand, QuestionnaireCommand, ReportArgs,
    ReviewCommand, SectionArgs,
};
use crate::ctx::{Ctx, load_questionnaire, print_json, read_text};
use crate::error::CliError;
use crate::output::{self, percent, table};

type Result<T = ()> = std::result::Result<T, CliError>;

impl Ctx {
    /// `tenken init`.
    pub fn init(&self) -> Result {
        match Store::create(&self.db) {
            Ok(_) => self.say("cli-init-created", &[("path", self.db.display().to_string().into())]),
            Err(StoreError::AlreadyExists(_)) => {
                // Opening checks it really is a tenken database (and upgrades its schema).
                self.open()?;
                self.say("cli-init-exists", &[("path", self.db.display().to_string().into())]);
            }
            Err(e) => return Err(e.into()),
        }
        Ok(())
    }

    /// `tenken demo` (`--reports DIR`: also the sample reports).
    pub fn demo(&self, force: bool, scale: DemoScale, reports: Option<&Path>, font: Option<&Path>) -> Result {
        if force {
            // Writing the demo over a database replaces it whole, as restoring a backup does.
            if let Ok(mut current) = Store::open(&self.db) {
                self.unlock_for(&mut current, Some(Operation::RestoreBackup))?;
            }
            for p in tenken_store::backup::database_files(&self.db) {
                if p.exists() {
                    std::fs::remove_file(&p).map_err(CliError::write(&p))?;
                }
            }
        }
        let mut store = Store::open_or_create(&self.db)?;
        let this_year = FiscalYear::containing(chrono::Local::now().date_naive());
        let written = match scale {
            DemoScale::Small => store.write_demo(this_year)?,
            DemoScale::Ward => store.write_large_ward(WardScale::WARD, this_year, true)?.0,
        };
        self.say(
            "cli-demo-written",
            &[
                ("path", self.db.display().to_string().into()),
                ("sections", written.sections.into()),
                ("answers", written.answers.into()),
                ("year", self.l.year(this_year).into()),
            ],
        );
        if let Some(dir) = reports {
            crate::report_cmd::demo_reports(self, &mut store, this_year, dir, font)?;
        }
        Ok(())
    }

    /// `tenken dept …`.
    pub fn dept(&self, command: DeptCommand) -> Result {
        let mut store = if matches!(command, DeptCommand::List { .. }) {
            self.open()?
        } else {
            self.open_to_change(Some(Operation::EditDepartments))?
        };
        match command {
            DeptCommand::Import { file } => {
                let bytes = read_input(&file, MAX_TEXT)?;
                let r = store.import_departments(&bytes)?;
                self.say("cli-dept-imported", &[("added", r.added.into()), ("updated", r.updated.into())]);
            }
            DeptCommand::List { json } => {
                let all = store.departments()?;
                if json {
                    print_json(&all);
                    return Ok(());
                }
                let sections: Vec<&str> = department::sections(&all).iter().map(|d| d.code.as_str()).collect();
                let rows = all
                    .iter()
                    .map(|d| {
                        let kind = match d.retired_on {
                            Some(on) => self.l.text_with("dept-kind-retired", &[("date", self.date(on).into())]),
                            None if sections.contains(&d.code.as_str()) => self.l.text("dept-kind-section"),
                            None => self.l.text("dept-kind-group"),
                        };
                        vec![
                            d.code.clone(),
                            department::path_name(&all, &d.code),
                            kind,
                            output::tiers(&self.l, &d.tiers),
                            output::attributes(&self.l, &d.attributes),
                        ]
                    })
                    .collect();
                let h = ["col-code", "col-department", "col-kind", "col-tiers", "col-attributes"]
                    .map(|id| self.l.text(id))
                    .to_vec();
                output::out(&table(h, rows, &[]));
            }
            DeptCommand::Retire { code, on } => {
                let on = match on {
                    Some(text) => tenken_core::answer::parse_date(&text).map_err(tenken_store::StoreError::from)?,
                    None => chrono::Local::now().date_naive(),
                };
                let d = store.retire_department(&code, on)?;
                self.say(
                    "cli-dept-retired",
                    &[("code", d.code.clone().into()), ("name", d.name.into()), ("date", self.date(on).into())],
                );
            }
            DeptCommand::Attributes { code, attributes } => {
                let attributes = tenken_core::Attribute::parse_list(&attributes).map_err(CliError::UnknownAttribute)?;
                let all = store.departments()?;
                let d = all
                    .iter()
                    .find(|d| d.code == code)
                    .ok_or_else(|| StoreError::from(DepartmentEditError::UnknownDepartment(code.clone())))?;
                let edit = DepartmentEdit {
                    code: d.code.clone(),
                    name: d.name.clone(),
                    parent: d.parent.clone(),
                    tiers: d.tiers.clone(),
                    attributes,
                };
                let d = store.update_department(&edit)?;
                self.say(
                    "cli-dept-attributes",
                    &[
                        ("code", d.code.clone().into()),
                        ("name", d.name.into()),
                        ("attributes", output::attributes(&self.l, &d.attributes).into()),
                    ],
                );
            }
            DeptCommand::Restore { code } => {
                let d = store.restore_department(&code)?;
                self.say("cli-dept-restored", &[("code", d.code.clone().into()), ("name", d.name.into())]);
            }
        }
        Ok(())
    }

    /// `tenken campaign …`.
    pub fn campaign(&self, command: CampaignCommand) -> Result {
        match command {
            CampaignCommand::Open { year: fy, questionnaire, carry_over, settings } => {
                let (q, src) = load_questionnaire(&questionnaire)?;
                let mut store = self.open_to_change(Some(Operation::OpenCampaign))?;
                let opened = store.open_campaign_with(fy, &q, &src, carry_over, &settings.input())?;
                self.say(
                    "cli-campaign-opened",
                    &[
                        ("year", self.l.year(fy).into()),
                        ("title", q.meta.title.clone().into()),
                        ("sections", opened.sections.into()),
                        ("carried", opened.carried_over.into()),
                        ("hash", opened.questionnaire_hash[..12].to_owned().into()),
                    ],
                );
                if !opened.unmapped.is_empty() {
                    self.say(
                        "cli-campaign-unmapped",
                        &[("count", opened.unmapped.len().into()), ("items", opened.unmapped.join(", ").into())],
                    );
                }
            }
            CampaignCommand::List { json } => {
                let list = self.open()?.campaigns()?;
                if json {
                    print_json(&list);
                    return Ok(());
                }
                let rows = list
                    .iter()
                    .map(|c| {
                        vec![
                            c.year.to_string(),
                            self.l.year(c.year),
                            c.questionnaire_title.clone(),
                            format!("{} / {}", c.submitted, c.sections),
                            c.questionnaire_hash[..12].to_owned(),
                        ]
                    })
                    .collect();
                let h = ["col-year", "col-fiscal-year", "col-questionnaire", "col-submitted", "col-hash"]
                    .map(|id| self.l.text(id))
                    .to_vec();
                output::out(&table(h, rows, &[3]));
            }
            CampaignCommand::Close { year } => self.close_campaign(year)?,
            CampaignCommand::Set { campaign, settings } => self.campaign_set(campaign, settings.input())?,
            CampaignCommand::Show(args) => self.campaign_show(args)?,
            CampaignCommand::Assess { campaign, file, text } => self.campaign_assess(campaign, file, text)?,
            CampaignCommand::Staff { campaign, questionnaire, named } => {
                self.campaign_staff(campaign, &questionnaire, named)?
            }
            CampaignCommand::Theme { campaign, title, clause, item, clear: _ } => {
                self.campaign_theme(campaign, title, clause, item)?
            }
        }
        Ok(())
    }

    /// `tenken answer …`.
    pub fn answer(&self, command: AnswerCommand) -> Result {
        let mut store = match &command {
            AnswerCommand::Set { section, .. } => {
                self.open_to_change(Some(Operation::SaveAnswer { dept: &section.dept }))?
            }
            AnswerCommand::List { .. } => self.open()?,
        };
        match command {
            AnswerCommand::Set { section, item, value, comment, reason, plan, owner, due, evidence } => {
                let year = store.resolve_campaign(section.campaign)?;
                let input = AnswerInput {
                    value: AnswerValue::from_code(&value),
                    comment,
                    na_reason: reason,
                    plan_action: plan,
                    plan_owner: owner,
                    plan_due: due,
                    evidence,
                };
                let saved = store.save_answer(year, &section.dept, &item, &input)?;
                let label = saved.value.map(|v| self.l.value(v)).unwrap_or_default();
                self.say(
                    "cli-answer-saved",
                    &[("dept", section.dept.into()), ("item", item.into()), ("value", label.into())],
                );
            }
            AnswerCommand::List { section, json } => {
                let year = store.resolve_campaign(section.campaign)?;
                let list = store.answers(year, &section.dept)?;
                if json {
                    print_json(&list);
                    return Ok(());
                }
                let q = store.questionnaire(year)?;
                let blocks: Vec<String> = list.iter().map(|ia| self.answer_block(ia, &q)).collect();
                output::out(&blocks.join("\n"));
            }
        }
        Ok(())
    }

    /// One item of `tenken answer list`: the clause, id and answer on the
    /// first line, then the question, how it is checked (確認方法) and what
    /// to look at (着眼点) where the checklist says, where the evidence is, the comment or
    /// reason, and the plan with its owner and due date, as a section
    /// reads them on paper.
    fn answer_block(&self, ia: &tenken_store::ItemAnswer, q: &Questionnaire) -> String {
        let item = q.item(&ia.item_id).map(|(_, i)| i);
        let text = self.l.pick(&ia.text, ia.text_en.as_deref());
        let hint = item.and_then(|i| self.l.pick_opt(i.evidence_hint.as_deref(), i.evidence_hint_en.as_deref()));
        let value = match (&ia.answer, ia.applies) {
            (_, false) => self.l.auto_na(ia.auto_na.as_ref()),
            (None, true) => self.l.text("value-unanswered"),
            (Some(a), true) => {
                let v = a.value.map(|v| self.l.value(v)).unwrap_or_else(|| self.l.text("value-unanswered"));
                if a.unconfirmed { format!("{v} ({})", self.l.text("value-unconfirmed")) } else { v }
            }
        };
        let mut lines = vec![format!("{}  {}  {value}", ia.clause, ia.item_id), format!("  {text}")];
        let mut line = |id: &str, args: &[(&str, tenken_core::message::Arg)]| {
            lines.push(format!("  {}", self.l.text_with(id, args)));
        };
        if let Some(i) = item.filter(|i| !i.method.is_empty()) {
            let labels: Vec<String> = i.method.iter().map(|m| self.l.text(m.label_id())).collect();
            line("cli-answer-method", &[("methods", labels.join(&self.l.text("method-separator")).into())]);
        }
        let focus = item.and_then(|i| self.l.pick_opt(i.focus.as_deref(), i.focus_en.as_deref()));
        if let Some(f) = focus.filter(|f| !f.trim().is_empty()) {
            line("cli-answer-focus", &[("text", f.into())]);
        }
        if let Some(h) = hint.filter(|h| !h.trim().is_empty()) {
            line("cli-answer-evidence", &[("text", h.into())]);
        }
        if let Some(a) = ia.answer.as_ref().filter(|_| ia.applies) {
            if !a.na_reason.is_empty() {
                line("cli-answer-reason", &[("text", a.na_reason.clone().into())]);
            }
            if !a.comment.is_empty() {
                line("cli-answer-comment", &[("text", a.comment.clone().into())]);
            }
            if !a.evidence.is_empty() {
                line("cli-answer-evidence-location", &[("text", a.evidence.clone().into())]);
            }
            if let Some(p) = &a.plan {
                let owner = p
                    .owner
                    .clone()
                    .filter(|o| !o.trim().is_empty())
                    .unwrap_or_else(|| self.l.text("cli-answer-no-owner"));
                line(
                    "cli-answer-plan",
                    &[("action", p.action.clone().into()), ("owner", owner.into()), ("due", self.date(p.due).into())],
                );
            }
        }
        lines.join("\n")
    }

    /// `tenken submit`: with the 回答者 and the 所属長 who approved.
    pub fn submit(&self, section: SectionArgs, signoff: &tenken_core::schedule::SignOffInput) -> Result {
        let mut store = self.open_to_change(Some(Operation::Submit { dept: &section.dept }))?;
        let year = store.resolve_campaign(section.campaign)?;
        match store.submit(year, &section.dept, signoff) {
            Ok(signed) => {
                self.say("cli-submitted", &[("dept", section.dept.into()), ("year", self.l.year(year).into())]);
                self.say(
                    "cli-submitted-signoff",
                    &[
                        ("respondent", signed.respondent.into()),
                        ("approver", signed.approver.into()),
                        ("date", self.date(signed.approved_on).into()),
                    ],
                );
                Ok(())
            }
            Err(StoreError::State(StateError::Incomplete(missing))) => {
                let e = StoreError::State(StateError::Incomplete(missing.clone()));
                output::err(&self.l.describe(&e));
                for m in &missing {
                    let why = match m.reason {
                        MissingReason::Unanswered => "missing-unanswered",
                        MissingReason::Unconfirmed => "missing-unconfirmed",
                        MissingReason::NoEvidence => "missing-no-evidence",
                        MissingReason::FollowUp => "missing-follow-up",
                    };
                    let line = self.l.text_with(
                        "cli-missing-line",
                        &[
                            ("clause", m.clause.clone().into()),
                            ("item", m.item_id.clone().into()),
                            ("why", self.l.text(why).into()),
                        ],
                    );
                    output::err(&format!("  {line}"));
                }
                Err(CliError::Store(e))
            }
            Err(e) => Err(e.into()),
        }
    }

    /// `tenken review …`: the auditor's 確認済み / 指摘 on one answer, through
    /// the store function the window's 確認 button calls.
    pub fn review(&self, command: ReviewCommand) -> Result {
        match command {
            ReviewCommand::Set { section, item, mark, comment, grade, respond_by } => {
                let input = tenken_core::review::ReviewInput {
                    // clap accepts only the two codes.
                    mark: tenken_core::review::ReviewMark::from_code(&mark)
                        .unwrap_or(tenken_core::review::ReviewMark::Confirmed),
                    comment: comment.unwrap_or_default(),
                    grade: grade.as_deref().and_then(tenken_core::review::FindingGrade::from_code),
                    respond_by,
                };
                let mut store = self.open_to_change(Some(Operation::Review { dept: &section.dept }))?;
                let year = store.resolve_campaign(section.campaign)?;
                let review = store.set_review(year, &section.dept, &item, &input)?;
                let l = Localizer::with_grade_names(self.l.lang(), &store.grade_names()?);
                let id = if review.comment.is_empty() { "cli-review-set" } else { "cli-review-set-comment" };
                self.say(
                    id,
                    &[
                        ("dept", section.dept.into()),
                        ("item", item.into()),
                        ("mark", review_words(&l, &review).into()),
                        ("comment", review.comment.clone().into()),
                    ],
                );
            }
            ReviewCommand::List(args) => {
                let mut store = self.open()?;
                let year = store.resolve_campaign(args.campaign)?;
                let rows = store.reviews(year)?;
                let l = Localizer::with_grade_names(self.l.lang(), &store.grade_names()?);
                if args.json {
                    print_json(&rows);
                    return Ok(());
                }
                let rows = rows
                    .iter()
                    .map(|r| {
                        let at = r.marked_at.get(..10).unwrap_or(&r.marked_at).to_owned();
                        let by = r.review.respond_by.map(|d| self.date(d)).unwrap_or_default();
                        vec![
                            r.dept.clone(),
                            r.item.clone(),
                            review_words(&l, &r.review),
                            r.review.comment.clone(),
                            by,
                            at,
                        ]
                    })
                    .collect();
                let h = ["col-code", "col-item", "col-review", "col-comment", "col-respond-by", "col-marked-at"]
                    .map(|id| self.l.text(id))
                    .to_vec();
                output::out(&table(h, rows, &[]));
            }
            ReviewCommand::Grades { grade, ja, en, reset } => self.grades(grade, ja, en, reset)?,
        }
        Ok(())
    }

    /// `tenken review grades`: the four grades with the ward's words, after
    /// renaming one or giving it back the catalogue's.
    fn grades(&self, grade: Option<String>, ja: Option<String>, en: Option<String>, reset: bool) -> Result {
        use tenken_core::review::{FindingGrade, GradeName};
        let mut store = match &grade {
            Some(_) => self.open_to_change(Some(Operation::OpenCampaign))?,
            None => self.open()?,
        };
        // clap accepts only the four codes.
        if let Some(g) = grade.as_deref().and_then(FindingGrade::from_code) {
            if reset {
                store.reset_grade_name(g)?;
            } else {
                // A language not given keeps the grade's current word: the ward's, else the catalogue's.
                let catalogue = tenken_i18n::catalogue_grade_names();
                let ward = store.grade_names()?;
                let now = ward.iter().chain(&catalogue).find(|n| n.grade == g).cloned();
                let now = now.unwrap_or(GradeName { grade: g, ja: String::new(), en: String::new() });
                let input = GradeName { grade: g, ja: ja.unwrap_or(now.ja), en: en.unwrap_or(now.en) };
                store.set_grade_name(&input, &catalogue)?;
            }
        }
        let names = store.grade_names()?;
        let (ja, en) = (Localizer::with_grade_names(Lang::Ja, &names), Localizer::with_grade_names(Lang::En, &names));
        let rows = FindingGrade::ALL
            .iter()
            .map(|g| {
                let renamed =
                    if names.iter().any(|n| n.grade == *g) { self.l.text("cli-grade-renamed") } else { String::new() };
                vec![g.code().to_owned(), ja.text(g.label_id()), en.text(g.label_id()), renamed]
            })
            .collect();
        let h =
            ["col-grade-code", "col-grade-ja", "col-grade-en", "col-grade-renamed"].map(|id| self.l.text(id)).to_vec();
        output::out(&table(h, rows, &[]));
        Ok(())
    }

    /// `tenken reopen`.
    pub fn reopen(&self, section: SectionArgs, reason: &str) -> Result {
        let mut store = self.open_to_change(Some(Operation::Reopen { dept: &section.dept }))?;
        let year = store.resolve_campaign(section.campaign)?;
        store.reopen(year, &section.dept, reason)?;
        self.say("cli-reopened", &[("dept", section.dept.into()), ("reason", reason.trim().to_owned().into())]);
        Ok(())
    }

    /// `tenken status` (`--overdue`: only the sections past the deadline).
    pub fn status(&self, args: ReportArgs, overdue_only: bool) -> Result {
        let mut store = self.open()?;
        let year = store.resolve_campaign(args.campaign)?;
        let mut status = store.status(year)?;
        let board = store.board_deadlines(year, chrono::Local::now().date_naive())?;
        if overdue_only {
            status.retain(|s| board.overdue.contains(&s.code));
        }
        if args.json {
            print_json(&status);
            return Ok(());
        }
        self.say("cli-status-title", &[("year", self.l.year(year).into())]);
        let rows = status
            .iter()
            .map(|s| {
                vec![
                    s.code.clone(),
                    s.path.clone(),
                    self.l.phase(s.phase),
                    self.l.state(s.state),
                    format!("{} / {}", s.progress.answered, s.progress.applicable),
                    s.progress.unconfirmed.to_string(),
                    s.submitted_at.as_deref().map(|t| t.get(..10).unwrap_or(t).to_owned()).unwrap_or_default(),
                    s.reopened_at.as_deref().map(|t| t.get(..10).unwrap_or(t).to_owned()).unwrap_or_default(),
                    if board.overdue.contains(&s.code) { self.l.text("deadline-overdue") } else { String::new() },
                ]
            })
            .collect();
        if let Some(d) = board.notice.deadline {
            output::out(&self.deadline_line(&d));
        }
        let h = [
            "col-code",
            "col-department",
            "col-phase",
            "col-state",
            "col-answered",
            "col-unconfirmed",
            "col-submitted-at",
            "col-reopened-at",
            "col-deadline",
        ]
        .map(|id| self.l.text(id))
        .to_vec();
        output::out(&table(h, rows, &[4, 5]));
        let mut by_phase: BTreeMap<String, usize> = BTreeMap::new();
        for s in &status {
            *by_phase.entry(self.l.phase(s.phase)).or_default() += 1;
        }
        let counts = by_phase.iter().map(|(k, v)| format!("{k} {v}")).collect::<Vec<_>>().join(" / ");
        output::out(&counts);
        Ok(())
    }

    /// `tenken summary`.
    pub fn summary(&self, args: ReportArgs) -> Result {
        let mut store = self.open()?;
        let year = store.resolve_campaign(args.campaign)?;
        let s = store.summary(year)?;
        if args.json {
            print_json(&s);
            return Ok(());
        }
        let l = &self.l;
        self.say(
            "cli-summary-title",
            &[
                ("year", self.l.year(year).into()),
                ("submitted", s.sections_submitted.into()),
                ("total", s.sections_total.into()),
                ("rate", percent(s.rate).into()),
            ],
        );
        // Each table: the lines' own columns, then the rate and the counts, right-aligned.
        let counts_table =
            |title: &str,
             mut heads: Vec<String>,
             lines: Vec<(Vec<String>, Option<f64>, &tenken_core::aggregate::Counts)>| {
                output::out(&format!("\n{}", l.text(title)));
                let first = heads.len();
                heads.extend(
                    ["col-rate", "col-yes", "col-partial", "col-no", "col-na", "col-unanswered"].map(|id| l.text(id)),
                );
                let rows = lines
                    .into_iter()
                    .map(|(mut r, rate, c)| {
                        r.push(percent(rate));
                        r.extend([c.yes, c.partial, c.no, c.na, c.unanswered].map(|n| n.to_string()));
                        r
                    })
                    .collect();
                output::out(&table(heads, rows, &(first..first + 6).collect::<Vec<_>>()));
            };
        counts_table(
            "cli-summary-by-section",
            vec![l.text("col-code"), l.text("col-department")],
            s.by_section.iter().map(|x| (vec![x.code.clone(), x.name.clone()], x.rate, &x.counts)).collect(),
        );
        counts_table(
            "cli-summary-by-clause",
            vec![l.text("col-clause"), l.text("col-title")],
            s.by_clause
                .iter()
                .map(|x| {
                    let title = output::short(l.pick(&x.title, x.title_en.as_deref()), 20);
                    (vec![x.clause.clone(), title], x.rate, &x.counts)
                })
                .collect(),
        );
        counts_table(
            "cli-summary-by-tier",
            vec![l.text("col-tiers")],
            s.by_tier
                .iter()
                .map(|x| {
                    let name = x.tier.map_or_else(|| l.text("tier-common"), |t| l.text(&format!("tier-{}", t.code())));
                    (vec![name], x.rate, &x.counts)
                })
                .collect(),
        );
        Ok(())
    }

    /// `tenken questionnaire …`.
    pub fn questionnaire(&self, command: QuestionnaireCommand) -> Result {
        match command {
            QuestionnaireCommand::Validate { files } => self.validate_questionnaires(&files),
            QuestionnaireCommand::Show { file, json } => self.show_questionnaire(&file, json),
            QuestionnaireCommand::Scaffold { policy, id, out, force } => {
                self.scaffold_questionnaire(&policy, &id, out.as_deref(), force)
            }
            QuestionnaireCommand::ImportXlsx { file, sheet: sheet_name, id, out, force } => {
                let (name, rows) = crate::xlsx::read_rows(&file, sheet_name.as_deref())?;
                let header = sheet::SheetHeader { id: Some(id), ..Default::default() };
                let toml = sheet::questionnaire_toml_from_rows(&name, &rows, &header)
                    .map_err(|errors| CliError::Sheet { path: file.clone(), errors })?;
                self.emit(out.as_deref(), &toml, force)?;
                self.say_after_emit(
                    out.is_none(),
                    "cli-import-xlsx-done",
                    &[("sheet", name.into()), ("path", file.display().to_string().into())],
                );
                Ok(())
            }
        }
    }

    /// `tenken questionnaire validate`: every file is checked, each error
    /// reported, before the count of failed files ends the run.
    fn validate_questionnaires(&self, files: &[PathBuf]) -> Result {
        let mut failed = 0;
        for file in files {
            match load_questionnaire(file) {
                Ok((q, _)) => self.say(
                    "cli-validate-ok",
                    &[
                        ("path", file.display().to_string().into()),
                        ("sections", q.sections.len().into()),
                        ("items", q.item_count().into()),
                        ("hash", q.hash().into()),
                    ],
                ),
                Err(e) => {
                    self.report(&e);
                    failed += 1;
                }
            }
        }
        if failed > 0 { Err(CliError::Invalid(failed)) } else { Ok(()) }
    }

    /// `tenken questionnaire show`: the checklist's header and its sections
    /// with their item counts, or the whole checklist as JSON.
    fn show_questionnaire(&self, file: &Path, json: bool) -> Result {
        let (q, _) = load_questionnaire(file)?;
        if json {
            print_json(&q);
            return Ok(());
        }
        output::out(self.l.pick(&q.meta.title, q.meta.title_en.as_deref()));
        self.say(
            "cli-show-header",
            &[
                ("policy", q.meta.policy.clone().into()),
                ("effective", self.date(q.meta.policy_effective).into()),
                ("tiers", output::tiers(&self.l, &q.meta.tiers).into()),
            ],
        );
        for s in &q.sections {
            let t = self.l.pick(&s.title, s.title_en.as_deref());
            let priority = s.items.iter().filter(|i| i.priority).count();
            self.say(
                "cli-show-section",
                &[
                    ("clause", s.clause.clone().into()),
                    ("title", t.into()),
                    ("items", s.items.len().into()),
                    ("priority", priority.into()),
                ],
            );
        }
        self.say(
            "cli-show-total",
            &[("sections", q.sections.len().into()), ("items", q.item_count().into()), ("hash", q.hash().into())],
        );
        Ok(())
    }

    /// `tenken questionnaire scaffold`: a checklist drafted from a policy's
    /// text, then what the clerk must still place by hand (definitions,
    /// lines that fit no clause).
    fn scaffold_questionnaire(&self, policy: &Path, id: &str, out: Option<&Path>, force: bool) -> Result {
        let text = read_text(policy)?;
        let made = scaffold::scaffold(&text, id);
        self.emit(out, &made.toml, force)?;
        let to_stdout = out.is_none();
        self.say_after_emit(
            to_stdout,
            "cli-scaffold-done",
            &[
                ("clauses", made.clauses.into()),
                ("sections", made.sections.into()),
                ("parents", made.parents.into()),
                ("path", policy.display().to_string().into()),
            ],
        );
        if !made.definitions.is_empty() {
            let clauses = made.definitions.join(", ");
            self.say_after_emit(to_stdout, "cli-scaffold-definitions", &[("clauses", clauses.into())]);
        }
        if !made.unplaced.is_empty() {
            self.say_after_emit(to_stdout, "cli-scaffold-unplaced", &[("count", made.unplaced.len().into())]);
            for u in &made.unplaced {
                self.say_after_emit(
                    to_stdout,
                    "cli-scaffold-unplaced-line",
                    &[("line", u.line.into()), ("text", u.text.clone().into())],
                );
            }
        }
        Ok(())
    }

    /// `tenken log …`.
    pub fn log(&self, command: LogCommand) -> Result {
        let mut store = self.open()?;
        match command {
            LogCommand::Verify => match store.verify_log()? {
                Ok(n) => self.say("cli-log-verified", &[("count", n.into())]),
                Err(tamper) => return Err(CliError::Tampered(tamper)),
            },
            LogCommand::Export { out, force } => {
                let target = out.clone().unwrap_or_else(|| PathBuf::from("-"));
                if let Some(path) = &out {
                    output::refuse_existing(path, force)?;
                }
                let failed = |e: csv::Error| CliError::Write { path: target.clone(), source: std::io::Error::other(e) };
                let mut w = csv::Writer::from_writer(Vec::new());
                w.write_record(["seq", "at", "role", "key", "action", "subject", "before", "after", "prev", "hash"])
                    .map_err(failed)?;
                for e in store.events()? {
                    w.write_record([
                        e.seq.to_string().as_str(),
                        &e.body.at,
                        &e.body.actor.role,
                        e.body.actor.key.as_deref().unwrap_or(""),
                        &e.body.action,
                        &e.body.subject,
                        e.body.before.as_deref().unwrap_or(""),
                        e.body.after.as_deref().unwrap_or(""),
                        &e.prev,
                        &e.hash,
                    ])
                    .map_err(failed)?;
                }
                let body =
                    w.into_inner().map_err(|e| CliError::Write { path: target.clone(), source: e.into_error() })?;
                // UTF-8 with BOM, so Excel on Windows opens it without 文字化け.
                let mut bytes = b"\xEF\xBB\xBF".to_vec();
                bytes.extend(body);
                match out {
                    Some(path) => std::fs::write(&path, bytes).map_err(CliError::write(&path))?,
                    None => output::out(&String::from_utf8_lossy(&bytes)),
                }
            }
        }
        Ok(())
    }

    /// The summary after [`Ctx::emit`]: on standard error when the generated
    /// text went to standard output, so `… > my.toml` gives a file that is
    /// only TOML.
    fn say_after_emit(&self, to_stdout: bool, id: &str, args: &[(&str, tenken_core::message::Arg)]) {
        if to_stdout { output::err(&self.l.text_with(id, args)) } else { self.say(id, args) }
    }

    /// Writes generated text to a file (over an existing one only with
    /// `--force`) or to stdout.
    fn emit(&self, out: Option<&Path>, text: &str, force: bool) -> Result {
        match out {
            Some(path) => {
                output::refuse_existing(path, force)?;
                let mut f = std::fs::OpenOptions::new()
                    .write(true)
                    .create_new(!force)
                    .create(true)
                    .truncate(true)
                    .open(path)
                    .map_err(CliError::write(path))?;
                std::io::Write::write_all(&mut f, text.as_bytes()).map_err(CliError::write(path))
            }
            None => {
                output::out(text);
                Ok(())
            }
        }
    }
}

/// 確認済み, or 指摘（重大な不適合）, in the ward's words for the grade.
fn review_words(l: &Localizer, r: &tenken_core::review::Review) -> String {
    match (r.mark, r.grade) {
        (tenken_core::review::ReviewMark::Confirmed, _) => l.text("review-mark-confirmed"),
        (tenken_core::review::ReviewMark::Finding, None) => l.text("review-mark-finding"),
        (tenken_core::review::ReviewMark::Finding, Some(g)) => {
            l.text_with("review-finding-graded", &[("grade", l.text(g.label_id()).into())])
        }
    }
}
