//! `tenken follow-up list | answer`: 措置状況, the follow-up of last year's
//! improvement plans and 指摘, through the store functions the window calls.

use tenken_core::follow_up::{self, FollowUpInput, FollowUpState};
use tenken_core::role::Operation;
use tenken_store::{FollowUp, Store};

use crate::cli::FollowUpCommand;
use crate::ctx::Ctx;
use crate::error::CliError;
use crate::output::{self, table};

type Result<T = ()> = std::result::Result<T, CliError>;

impl Ctx {
    /// See the module docs.
    pub fn follow_up(&self, command: FollowUpCommand) -> Result {
        match command {
            FollowUpCommand::List { dept, campaign, json } => {
                let mut store = Store::open_to_read(&self.db)?;
                let year = store.resolve_campaign(campaign)?;
                match dept {
                    Some(d) => {
                        let rows = store.follow_ups(year, &d)?;
                        if json {
                            output::out(&serde_json::to_string_pretty(&rows).unwrap_or_default());
                        } else {
                            self.print_follow_ups(&rows);
                        }
                    }
                    None => {
                        let counts = store.follow_up_counts(year)?;
                        if json {
                            output::out(&serde_json::to_string_pretty(&counts).unwrap_or_default());
                            return Ok(());
                        }
                        let lines = store
                            .status(year)?
                            .into_iter()
                            .filter_map(|s| {
                                let c = counts.get(&s.code)?;
                                Some(vec![
                                    s.code.clone(),
                                    s.path.clone(),
                                    c.total.to_string(),
                                    c.answered.to_string(),
                                    c.done.to_string(),
                                    c.overdue.to_string(),
                                ])
                            })
                            .collect::<Vec<_>>();
                        if lines.is_empty() {
                            output::out(&self.l.text("cli-follow-up-none"));
                            return Ok(());
                        }
                        let h = [
                            "col-code",
                            "col-department",
                            "col-follow-ups",
                            "col-follow-up-answered",
                            "col-done",
                            "col-overdue",
                        ]
                        .map(|id| self.l.text(id))
                        .to_vec();
                        output::out(&table(h, lines, &[2, 3, 4, 5]));
                    }
                }
            }
            FollowUpCommand::Answer { section, item, state, new_due, reason, note } => {
                // An unknown word is refused by the core's rule, which lists the four states.
                let state = FollowUpState::parse(&state);
                let mut store = self.open_to_change(Some(Operation::SaveAnswer { dept: &section.dept }))?;
                let year = store.resolve_campaign(section.campaign)?;
                let input = FollowUpInput { state, new_due, reason, note };
                let a = store.save_follow_up(year, &section.dept, &item, &input)?;
                self.say(
                    "cli-follow-up-saved",
                    &[
                        ("dept", section.dept.into()),
                        ("item", item.into()),
                        ("state", self.l.text(a.state.label_id()).into()),
                    ],
                );
            }
        }
        Ok(())
    }

    /// One section's rows: what last year asked, where it stands, and 期限超過.
    fn print_follow_ups(&self, rows: &[FollowUp]) {
        if rows.is_empty() {
            output::out(&self.l.text("cli-follow-up-none"));
            return;
        }
        let lines = rows
            .iter()
            .map(|f| {
                let s = &f.source;
                let last_year = match (&s.plan, &s.finding) {
                    (Some(p), _) => self.l.text_with(
                        "cli-follow-up-plan",
                        &[("action", p.action.clone().into()), ("due", self.date(p.due).into())],
                    ),
                    (None, Some(r)) => self.l.text_with("cli-follow-up-finding", &[("text", r.comment.clone().into())]),
                    (None, None) => String::new(),
                };
                let state = match &f.answer {
                    Some(a) => {
                        let mut w = self.l.text(a.state.label_id());
                        if let Some(d) = a.new_due {
                            w.push_str(&format!("（{}）", self.date(d)));
                        }
                        if let Some(r) = &a.reason {
                            w.push_str(&format!("：{r}"));
                        }
                        w
                    }
                    None => self.l.text("value-unanswered"),
                };
                let overdue = if f.overdue { self.l.text("col-overdue") } else { String::new() };
                vec![
                    s.clause.clone(),
                    format!("{}\n{}", s.item_id, self.l.pick(&s.text, s.text_en.as_deref())),
                    last_year,
                    state,
                    overdue,
                ]
            })
            .collect();
        let h = ["col-clause", "col-item", "col-follow-up-last-year", "col-follow-up-state", "col-overdue"]
            .map(|id| self.l.text(id))
            .to_vec();
        output::out(&table(h, lines, &[]));
        let c =
            follow_up::counts(rows.iter().map(|f| (&f.source, f.answer.as_ref())), chrono::Local::now().date_naive());
        output::out(&self.l.text_with(
            "cli-follow-up-counts",
            &[("total", c.total.into()), ("answered", c.answered.into()), ("overdue", c.overdue.into())],
        ));
    }
}
