//! The response package, as a section terminal makes it: which of the
//! sections opened here answers, what the distribution it opened says, and
//! the 措置状況 it sends back. `Tx::response` keeps the order of the steps.

use rusqlite::params;
use tenken_core::FiscalYear;
use tenken_exchange::{Contents, Package, ResponseSecret, SentFollowUp};

use super::{ExchangeError, XResult};
use crate::{StoreError, Tx, fiscal_year_at};

impl Tx<'_> {
    /// The section a response is made for, among those whose distribution
    /// was opened here: of `year` (else the newest), `dept` when given;
    /// none, or several, is an error that says so.
    pub(super) fn answering_section(
        &mut self,
        year: Option<FiscalYear>,
        dept: Option<&str>,
    ) -> XResult<(FiscalYear, String)> {
        let mut setups: Vec<(FiscalYear, String)> = {
            let mut stmt = self.tx.prepare_cached(
                "SELECT DISTINCT year, dept FROM packages_received WHERE kind = 'distribution'
                     ORDER BY year DESC, dept",
            )?;
            stmt.query_map([], |r| Ok((fiscal_year_at(r, 0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?
        };
        if let Some(y) = year {
            setups.retain(|(sy, _)| *sy == y);
        } else if let Some(newest) = setups.first().map(|(y, _)| *y) {
            setups.retain(|(sy, _)| *sy == newest);
        }
        if let Some(d) = dept {
            setups.retain(|(_, sd)| sd == d);
        }
        match setups.as_slice() {
            [] => Err(ExchangeError::NoDistribution),
            [one] => Ok(one.clone()),
            many => Err(ExchangeError::SeveralSections(many.iter().map(|(_, d)| d.clone()).collect())),
        }
    }

    /// The newest distribution opened for the section: its package id, the
    /// auditor's count of this section's responses (a replaced terminal
    /// continues from it), and the secret that proves this terminal opened
    /// it (none in older packages).
    pub(super) fn opened_distribution(
        &mut self,
        year: FiscalYear,
        code: &str,
    ) -> XResult<(String, u32, Option<ResponseSecret>)> {
        let (distribution_id, distribution_bytes): (String, Vec<u8>) = self.tx.query_row(
            "SELECT package_id, bytes FROM packages_received WHERE kind = 'distribution' AND year = ?1 AND dept = ?2
                 ORDER BY revision DESC LIMIT 1",
            params![year.year(), code],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let corrupt = || ExchangeError::from(StoreError::Corrupt("stored distribution package".to_owned()));
        let (imported_there, secret) = match tenken_exchange::open(&distribution_bytes) {
            Ok(Package { contents: Contents::Distribution { distribution, .. }, .. }) => {
                let secret = match distribution.response_secret.as_deref() {
                    Some(hex) => Some(ResponseSecret::from_hex(hex).ok_or_else(corrupt)?),
                    None => None,
                };
                (distribution.last_response_revision, secret)
            }
            _ => return Err(corrupt()),
        };
        Ok((distribution_id, imported_there, secret))
    }

    /// The section's 措置状況 answers, as the auditor imports them: the
    /// rows it has answered, each with when it was saved.
    pub(super) fn sent_follow_ups(&mut self, year: FiscalYear, code: &str) -> XResult<Vec<SentFollowUp>> {
        Ok(self
            .follow_up_rows(year, Some(code))?
            .into_iter()
            .filter_map(|(_, f)| {
                Some(SentFollowUp {
                    item_id: f.source.item_id,
                    answer: f.answer?,
                    saved_at: f.saved_at.unwrap_or_default(),
                })
            })
            .collect())
    }
}
