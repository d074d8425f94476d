//! What every report test needs: the faces the command line would find, and
//! the options of a report made on a fixed day (so the files compare).
#![allow(dead_code)]

use tenken_report::{ReportFonts, ReportOptions};

/// The report faces as the command line gets them.
pub fn font() -> ReportFonts {
    tenken_report::load_font(None).unwrap_or_else(|e| {
        panic!(
            "no Japanese font on this machine ({e}): run tests/reports/setup.sh \
             (apt-get install fonts-morisawa-bizud-gothic) or set TENKEN_FONT"
        )
    })
}

/// A report made on 2026-11-22.
pub fn opts() -> ReportOptions {
    ReportOptions { generated_on: chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap() }
}
