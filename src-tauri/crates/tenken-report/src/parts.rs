//! Pieces both reports use: the per-clause table, legends, the item list.

use std::collections::HashMap;

use tenken_core::aggregate::{Counts, Summary};
use tenken_core::answer::AnswerValue;
use tenken_core::report::{ItemDetail, ReportData};
use tenken_core::review::ReviewMark;

use crate::labels::Words;
use crate::layout::{Align, Cell, Column, Content, G_NA, G_PARTIAL, G_YES, Layout, Legend, Row};

/// Body text size of tables.
pub(crate) const TABLE_SIZE: f32 = 7.5;
/// Body text size of paragraphs.
pub(crate) const TEXT_SIZE: f32 = 9.5;

/// Counts as cells: 実施, 一部, 未実施, 該当なし, 未回答, and 対象外（系） apart.
pub(crate) fn count_cells(c: &Counts) -> Vec<Cell> {
    [c.yes, c.partial, c.no, c.na, c.unanswered, c.excluded].into_iter().map(|n| Cell::right(n.to_string())).collect()
}

/// The width of the count columns together.
pub(crate) const COUNT_COLUMNS_MM: f32 = 6.0 * COUNT_MM;
const COUNT_MM: f32 = 12.5;

/// Count columns, in the order of [`count_cells`] ([`COUNT_COLUMNS_MM`] wide).
pub(crate) fn count_columns(w: &Words<'_>) -> Vec<Column> {
    let width_mm = COUNT_MM;
    [
        "report-col-yes",
        "report-col-partial",
        "report-col-no",
        "report-col-na",
        "report-col-unanswered",
        "report-col-excluded",
    ]
    .into_iter()
    .map(|id| Column::new(w.t(id), width_mm, Align::Right))
    .collect()
}

/// The legend of the answer distribution bars.
pub(crate) fn distribution_legend(l: &mut Layout<'_>, w: &Words<'_>) {
    // The note on 対象外 goes on a line of its own so the swatches stay on one line.
    l.legend_row(
        &[
            (Legend::Fill(G_YES), w.t("value-yes")),
            (Legend::Fill(G_PARTIAL), w.t("value-partial")),
            (Legend::Hatch, w.t("value-no")),
            (Legend::Fill(G_NA), w.t("report-legend-na")),
            (Legend::Empty, w.t("report-legend-unanswered")),
        ],
        7.0,
    );
    l.paragraph(&w.t("report-legend-excluded"), 7.0, 0.0);
}

/// The legend of rate bars (this year, last year if there is one).
pub(crate) fn rate_legend(l: &mut Layout<'_>, w: &Words<'_>, data: &ReportData) {
    let mut entries =
        vec![(Legend::Fill(G_YES), w.tw("report-legend-this-year", &[("year", w.year(data.year).into())]))];
    if let Some(p) = &data.previous {
        entries.push((Legend::Outline, w.tw("report-legend-last-year", &[("year", w.year(p.year).into())])));
    }
    l.legend_row(&entries, 7.0);
}

/// Last year's rate of each clause, by clause number.
pub(crate) fn previous_by_clause(data: &ReportData) -> HashMap<&str, Option<f64>> {
    data.previous
        .as_ref()
        .map(|p| p.summary.by_clause.iter().map(|c| (c.clause.as_str(), c.rate)).collect())
        .unwrap_or_default()
}

/// 条項別の実施状況: counts, rate and a bar (with last year's rate) per clause, and the total.
pub(crate) fn clause_table(l: &mut Layout<'_>, w: &Words<'_>, data: &ReportData, summary: &Summary) {
    let before = previous_by_clause(data);
    let mut cols = vec![
        Column::new(w.t("report-col-clause"), 14.0, Align::Left),
        Column::new(w.t("report-col-title"), 174.0 - 14.0 - COUNT_COLUMNS_MM - 15.0 - 30.0, Align::Left),
    ];
    cols.extend(count_columns(w));
    cols.push(Column::new(w.t("report-col-rate"), 15.0, Align::Right));
    cols.push(Column::new(w.t("report-col-chart"), 30.0, Align::Left));
    let mut rows: Vec<Row> = summary
        .by_clause
        .iter()
        .zip(&data.questionnaire.sections)
        .map(|(c, s)| {
            let mut cells = vec![Cell::figure(c.clause.clone()), Cell::text(w.clause_title(s))];
            cells.extend(count_cells(&c.counts));
            cells.push(Cell::right(Words::percent(c.rate)));
            let prev = before.get(c.clause.as_str()).copied().flatten();
            cells.push(Cell::graphic(Content::Bar { now: c.rate, before: prev.filter(|_| data.previous.is_some()) }));
            Row::Cells(cells)
        })
        .collect();
    let mut total = vec![Cell::text(""), Cell::text(w.t("report-total"))];
    total.extend(count_cells(&summary.overall));
    total.push(Cell::right(Words::percent(summary.rate)));
    let prev_total = data.previous.as_ref().and_then(|p| p.summary.rate);
    total.push(Cell::graphic(Content::Bar { now: summary.rate, before: prev_total }));
    rows.push(Row::Cells(total));
    l.table(&cols, &rows, TABLE_SIZE);
}

/// The text of the comment cell: comment, reason for 該当なし, the auditor's mark.
pub(crate) fn comment_text(w: &Words<'_>, d: &ItemDetail, with_review: bool) -> String {
    let mut parts = Vec::new();
    if let Some(a) = &d.answer {
        if !a.comment.is_empty() {
            parts.push(a.comment.clone());
        }
        if !a.na_reason.is_empty() && (a.value == Some(AnswerValue::Na) || !d.applies) {
            parts.push(w.tw("report-na-reason", &[("reason", a.na_reason.clone().into())]));
        }
        if !a.evidence.is_empty() {
            parts.push(w.tw("report-evidence-location", &[("evidence", a.evidence.clone().into())]));
        }
    }
    if !d.evidence_files.is_empty() {
        let files: Vec<String> = d
            .evidence_files
            .iter()
            .map(|f| {
                let size = tenken_core::evidence::size_text(f.size);
                w.tw("report-evidence-file", &[("name", f.name.clone().into()), ("size", size.into())])
            })
            .collect();
        let files = files.join(&w.t("report-evidence-file-separator"));
        parts.push(w.tw("report-evidence-files", &[("files", files.into())]));
    }
    if with_review && let Some(r) = &d.review {
        let id = match r.mark {
            ReviewMark::Finding => "report-review-finding",
            ReviewMark::Confirmed => "report-review-confirmed",
        };
        parts.push(w.tw(id, &[("comment", r.comment.clone().into())]));
    }
    parts.join("\n")
}

/// The improvement plan with its owner, and the due date, as two cells.
pub(crate) fn plan_cells(w: &Words<'_>, d: &ItemDetail) -> (String, String) {
    match d.answer.as_ref().and_then(|a| a.plan.as_ref()) {
        Some(p) => {
            let mut text = p.action.clone();
            if let Some(o) = &p.owner {
                text.push('\n');
                text.push_str(&w.tw("report-plan-owner", &[("owner", o.clone().into())]));
            }
            (text, w.date(p.due))
        }
        None => (String::new(), String::new()),
    }
}

/// 職員セルフチェック, item by item: はい / いいえ / わからない and the share of
/// はい, or — where fewer than three answered (counts would name them). With
/// `last_year` (its name and the ward's items), last year's share and the
/// change stand beside this year's.
pub(crate) fn staff_item_table(
    l: &mut Layout<'_>,
    w: &Words<'_>,
    checklist: &tenken_core::Questionnaire,
    rollup: &tenken_core::staff::StaffRollup,
    last_year: Option<(&str, &[tenken_core::staff_ward::StaffItemRate])>,
) {
    let item_width = if last_year.is_some() { 70.0 } else { 100.0 };
    let mut cols = vec![
        Column::new(w.t("report-col-clause"), 14.0, Align::Left),
        Column::new(w.t("report-col-staff-item"), item_width, Align::Left),
        Column::new(w.t("report-col-staff-yes"), 14.0, Align::Right),
        Column::new(w.t("report-col-staff-no"), 14.0, Align::Right),
        Column::new(w.t("report-col-staff-unknown"), 17.0, Align::Right),
        Column::new(w.t("report-col-staff-share"), 15.0, Align::Right),
    ];
    if let Some((year, _)) = last_year {
        cols.push(Column::new(year.to_owned(), 16.0, Align::Right));
        cols.push(Column::new(w.t("report-col-staff-change"), 14.0, Align::Right));
    }
    let shown = rollup.shows_rates();
    let rows: Vec<Row> = rollup
        .items
        .iter()
        .filter_map(|t| {
            let (clause, item) = checklist.item(&t.item_id)?;
            let count = |n: u32| if shown { n.to_string() } else { "—".to_owned() };
            let rate = rollup.rate(&t.item_id);
            let mut cells = vec![
                Cell::figure(clause.clause.clone()),
                Cell::text(w.item_text(item).to_owned()),
                Cell::right(count(t.yes)),
                Cell::right(count(t.no)),
                Cell::right(count(t.unknown)),
                Cell::right(Words::percent(rate)),
            ];
            if let Some((_, items)) = last_year {
                let before = items.iter().find(|i| i.item_id == t.item_id).and_then(|i| i.last_year);
                cells.push(Cell::right(Words::percent(before)));
                cells.push(Cell::right(Words::change(rate, before)));
            }
            Some(Row::Cells(cells))
        })
        .collect();
    l.table(&cols, &rows, TABLE_SIZE);
}
