//! 実地監査: the sections visited on site this year, why each was chosen,
//! and what the visit found. Before the auditor confirms a selection, the
//! chapter prints the ranking's proposal, marked as not yet confirmed.

use tenken_core::onsite::OnsiteReason;
use tenken_core::report::ReportData;

use crate::labels::Words;
use crate::layout::{Align, Cell, Column, Layout, MM, Row};
use crate::parts::{TABLE_SIZE, TEXT_SIZE};

/// The chapter's body (the caller adds the heading).
pub(crate) fn onsite(l: &mut Layout<'_>, w: &Words<'_>, data: &ReportData) {
    let reasons = |r: &[OnsiteReason]| r.iter().map(|r| w.l.onsite_reason(r)).collect::<Vec<_>>().join("\n");
    if data.onsite.is_empty() {
        if data.onsite_proposed.is_empty() {
            l.paragraph(&w.t("report-onsite-none"), TEXT_SIZE, 3.0 * MM);
            return;
        }
        l.paragraph(&w.t("report-onsite-proposed-note"), TEXT_SIZE, 3.0 * MM);
        let cols = [
            Column::new(w.t("report-col-code"), 13.0, Align::Left),
            Column::new(w.t("report-col-section"), 45.0, Align::Left),
            Column::new(w.t("report-col-onsite-reasons"), 116.0, Align::Left),
        ];
        let rows: Vec<Row> = data
            .onsite_proposed
            .iter()
            .map(|c| {
                Row::Cells(vec![
                    Cell::text(c.code.clone()),
                    Cell::text(c.name.clone()),
                    Cell::text(reasons(&c.reasons)),
                ])
            })
            .collect();
        l.table(&cols, &rows, TABLE_SIZE);
        return;
    }
    let visited = data.onsite.iter().filter(|s| s.visit.is_some()).count();
    l.paragraph(
        &w.tw("report-onsite-note", &[("selected", data.onsite.len().into()), ("visited", visited.into())]),
        TEXT_SIZE,
        3.0 * MM,
    );
    let cols = [
        Column::new(w.t("report-col-section"), 34.0, Align::Left),
        Column::new(w.t("report-col-onsite-reasons"), 50.0, Align::Left),
        Column::new(w.t("report-col-onsite-visit"), 40.0, Align::Left),
        Column::new(w.t("report-col-onsite-findings"), 50.0, Align::Left),
    ];
    let rows: Vec<Row> = data
        .onsite
        .iter()
        .map(|s| {
            let (visit, findings) = match &s.visit {
                Some(v) => {
                    (format!("{}\n{}\n{}", w.date(v.date), v.auditors, w.t(v.result.label_id())), v.findings.clone())
                }
                None => (w.t("onsite-not-visited"), String::new()),
            };
            Row::Cells(vec![
                Cell::text(format!("{}\n{}", s.code, s.name)),
                Cell::text(reasons(&s.reasons)),
                Cell::text(visit),
                Cell::text(findings),
            ])
        })
        .collect();
    l.table(&cols, &rows, TABLE_SIZE);
}
