//! 重点テーマ: the clauses and items the auditor picks out for a campaign
//! (schema v8's `campaign_themes`), logged as `campaign.theme` with the
//! theme before and after. The core checks it against the campaign's
//! checklist; this file loads, asks and writes.

use rusqlite::{OptionalExtension, params};
use tenken_core::FiscalYear;
use tenken_core::role::Operation;
use tenken_core::theme::{Theme, ThemeInput, check_theme};

use crate::{Result, Store, Tx, audit_log, now};

fn list(json: &str) -> Vec<String> {
    serde_json::from_str(json).unwrap_or_default()
}

impl Tx<'_> {
    /// See [`Store::theme`].
    pub fn theme(&mut self, year: FiscalYear) -> Result<Theme> {
        let row: Option<(String, String, String)> = self
            .connection()
            .query_row("SELECT title, clauses, items FROM campaign_themes WHERE year = ?1", [year.year()], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })
            .optional()?;
        Ok(row
            .map(|(title, clauses, items)| Theme { title, clauses: list(&clauses), items: list(&items) })
            .unwrap_or_default())
    }

    /// See [`Store::set_theme`].
    pub fn set_theme(&mut self, year: FiscalYear, input: &ThemeInput) -> Result<Theme> {
        self.authorize(Operation::OpenCampaign)?;
        self.resolve_campaign(Some(year))?;
        let q = self.questionnaire(year)?;
        let after = check_theme(input, &q)?;
        let before = self.theme(year)?;
        if after != before {
            if after.is_empty() {
                self.connection().execute("DELETE FROM campaign_themes WHERE year = ?1", [year.year()])?;
            } else {
                self.connection().execute(
                    "INSERT INTO campaign_themes (year, title, clauses, items, updated_at) VALUES (?1, ?2, ?3, ?4, ?5)
                     ON CONFLICT (year) DO UPDATE SET title = excluded.title, clauses = excluded.clauses,
                         items = excluded.items, updated_at = excluded.updated_at",
                    params![
                        year.year(),
                        after.title,
                        serde_json::to_string(&after.clauses).unwrap_or_default(),
                        serde_json::to_string(&after.items).unwrap_or_default(),
                        now()
                    ],
                )?;
            }
            self.record("campaign.theme", &year.year().to_string(), audit_log::json(&before), audit_log::json(&after))?;
            tracing::info!(year = year.year(), clauses = after.clauses.len(), items = after.items.len(), "theme saved");
        }
        Ok(after)
    }
}

impl Store {
    /// A campaign's 重点テーマ (empty when none is set).
    pub fn theme(&mut self, year: FiscalYear) -> Result<Theme> {
        self.read(|t| t.theme(year))
    }

    /// Writes a campaign's 重点テーマ (the auditor's), one transaction; an
    /// empty theme (no title, nothing chosen) clears it.
    pub fn set_theme(&mut self, year: FiscalYear, input: &ThemeInput) -> Result<Theme> {
        self.transaction(|t| t.set_theme(year, input))
    }
}

#[cfg(test)]
mod tests {
    use tenken_core::theme::ThemeError;

    use super::*;
    use crate::StoreError;

    #[test]
    fn the_theme_is_kept_logged_in_the_report_data_and_a_refusal_changes_nothing() {
        let (_dir, mut s, year) = crate::demo_store();
        let logged = |s: &mut Store| s.events().unwrap().iter().filter(|e| e.body.action == "campaign.theme").count();
        let demo = s.theme(year).unwrap();
        assert!(demo.title.contains("重点テーマ：外部記録媒体の管理"), "{demo:?}");
        assert_eq!(demo.clauses, vec!["6.(4)".to_owned()]);
        let before_log = logged(&mut s);

        let input = ThemeInput {
            title: "令和8年度 重点テーマ：パスワード".to_owned(),
            clauses: vec!["6.(6)".to_owned()],
            items: vec!["toshima-6-4-d".to_owned()],
        };
        let saved = s.set_theme(year, &input).unwrap();
        assert_eq!(s.theme(year).unwrap(), saved);
        assert_eq!(s.report_data(year).unwrap().theme, saved);
        assert_eq!(logged(&mut s), before_log + 1);

        let unknown = ThemeInput { clauses: vec!["6.(99)".to_owned()], ..input.clone() };
        assert!(matches!(
            s.set_theme(year, &unknown),
            Err(StoreError::Theme(ThemeError::UnknownClause { clause })) if clause == "6.(99)"
        ));
        assert!(
            matches!(s.set_theme(FiscalYear::new(2030).unwrap(), &input), Err(StoreError::UnknownCampaign(y)) if y.year() == 2030)
        );
        assert_eq!(s.theme(year).unwrap(), saved, "a refusal changes nothing");
        assert_eq!(logged(&mut s), before_log + 1);

        s.set_theme(year, &ThemeInput::default()).unwrap();
        assert!(s.theme(year).unwrap().is_empty());
        assert_eq!(logged(&mut s), before_log + 2);
    }
}
