//! 前年度の改善計画・指摘事項の措置状況: how last year's plans and 指摘
//! stand, by section, then every row that needs attention (期限超過, 未着手,
//! 取りやめ or 未回答) with what the section said (new date, reason).

use tenken_core::follow_up::{FollowUpAnswer, FollowUpState};
use tenken_core::report::{FollowUpRow, ReportData};

use crate::labels::Words;
use crate::layout::{Align, Cell, Column, Layout, MM, Row};
use crate::parts::{TABLE_SIZE, TEXT_SIZE};

/// The chapter's body (the caller adds the heading). With no rows, it says so.
pub(crate) fn follow_ups(l: &mut Layout<'_>, w: &Words<'_>, data: &ReportData) {
    let rows = &data.follow_ups;
    if rows.is_empty() {
        l.paragraph(&w.t("report-follow-up-none"), TEXT_SIZE, 3.0 * MM);
        return;
    }
    note(l, w, rows);
    by_section(l, w, data);
    needing_attention(l, w, data);
}

/// How last year's rows stand, counted by state, with how many are past their date.
fn note(l: &mut Layout<'_>, w: &Words<'_>, rows: &[FollowUpRow]) {
    let count = |s: Option<FollowUpState>| rows.iter().filter(|r| r.answer.as_ref().map(|a| a.state) == s).count();
    l.paragraph(
        &w.tw(
            "report-follow-up-note",
            &[
                ("total", rows.len().into()),
                ("done", count(Some(FollowUpState::Done)).into()),
                ("in_progress", count(Some(FollowUpState::InProgress)).into()),
                ("not_started", count(Some(FollowUpState::NotStarted)).into()),
                ("dropped", count(Some(FollowUpState::Dropped)).into()),
                ("unanswered", count(None).into()),
                ("overdue", rows.iter().filter(|r| r.overdue).count().into()),
            ],
        ),
        TEXT_SIZE,
        3.0 * MM,
    );
}

/// The rows of each section (課) by state, for the sections that have any.
fn by_section(l: &mut Layout<'_>, w: &Words<'_>, data: &ReportData) {
    let rows = &data.follow_ups;
    l.heading(&w.t("report-follow-up-h-by-section"), 2);
    let state = |id: &str| w.t(id);
    let cols = [
        Column::new(w.t("report-col-code"), 13.0, Align::Left),
        Column::new(w.t("report-col-section"), 47.0, Align::Left),
        Column::new(w.t("report-col-follow-ups"), 16.0, Align::Right),
        Column::new(state("follow-up-done"), 16.0, Align::Right),
        Column::new(state("follow-up-in-progress"), 16.0, Align::Right),
        Column::new(state("follow-up-not-started"), 16.0, Align::Right),
        Column::new(state("follow-up-dropped"), 17.0, Align::Right),
        Column::new(w.t("report-col-unanswered"), 16.0, Align::Right),
        Column::new(w.t("report-col-overdue"), 17.0, Align::Right),
    ];
    let table: Vec<Row> = data
        .sections
        .iter()
        .filter_map(|s| {
            let mine: Vec<&FollowUpRow> = rows.iter().filter(|r| r.dept == s.code).collect();
            if mine.is_empty() {
                return None;
            }
            let n = |f: &dyn Fn(&FollowUpRow) -> bool| mine.iter().filter(|r| f(r)).count().to_string();
            let is = |st: FollowUpState| move |r: &FollowUpRow| r.answer.as_ref().is_some_and(|a| a.state == st);
            Some(Row::Cells(vec![
                Cell::figure(s.code.clone()),
                Cell::text(s.name.clone()),
                Cell::right(mine.len().to_string()),
                Cell::right(n(&is(FollowUpState::Done))),
                Cell::right(n(&is(FollowUpState::InProgress))),
                Cell::right(n(&is(FollowUpState::NotStarted))),
                Cell::right(n(&is(FollowUpState::Dropped))),
                Cell::right(n(&|r: &FollowUpRow| r.answer.is_none())),
                Cell::right(n(&|r: &FollowUpRow| r.overdue)),
            ]))
        })
        .collect();
    l.table(&cols, &table, TABLE_SIZE);
}

/// The rows the committee must hear about: past their date, not started,
/// dropped, or not answered, each with its plan or 指摘 and what the section
/// said. 完了 and 対応中 on a new date still ahead are only counted (above).
fn needing_attention(l: &mut Layout<'_>, w: &Words<'_>, data: &ReportData) {
    let open: Vec<&FollowUpRow> = data
        .follow_ups
        .iter()
        .filter(|r| match &r.answer {
            _ if r.overdue => true,
            None => true,
            Some(a) => matches!(a.state, FollowUpState::NotStarted | FollowUpState::Dropped),
        })
        .collect();
    if open.is_empty() {
        return;
    }
    l.heading(&w.t("report-follow-up-h-open"), 2);
    let cols = [
        Column::new(w.t("report-col-section"), 30.0, Align::Left),
        Column::new(w.t("report-col-clause"), 14.0, Align::Left),
        Column::new(w.t("report-col-follow-up-source"), 70.0, Align::Left),
        Column::new(w.t("report-col-follow-up-state"), 45.0, Align::Left),
        Column::new(w.t("report-col-overdue"), 15.0, Align::Left),
    ];
    let table: Vec<Row> = open
        .iter()
        .map(|r| {
            let name = data.sections.iter().find(|s| s.code == r.dept).map_or(r.dept.as_str(), |s| s.name.as_str());
            let text = w.l.pick(&r.source.text, r.source.text_en.as_deref());
            let source = if text.is_empty() { r.source.item_id.clone() } else { text.to_owned() };
            let mut note = Vec::new();
            if let Some(p) = &r.source.plan {
                note.push(w.tw(
                    "report-follow-up-plan",
                    &[("action", p.action.clone().into()), ("due", w.date(p.due).into())],
                ));
            }
            if let Some(f) = &r.source.finding {
                note.push(w.tw("report-follow-up-finding", &[("text", f.comment.clone().into())]));
            }
            Row::Cells(vec![
                Cell::text(name.to_owned()),
                Cell::figure(r.source.clause.clone()),
                Cell::noted(source, note.join("\n")),
                Cell::text(state_words(w, r.answer.as_ref())),
                Cell::text(if r.overdue { w.t("report-follow-up-overdue-mark") } else { String::new() }),
            ])
        })
        .collect();
    l.table(&cols, &table, TABLE_SIZE);
}

/// 対応中（令和9年2月28日まで）, 未着手：理由, or 未回答.
fn state_words(w: &Words<'_>, a: Option<&FollowUpAnswer>) -> String {
    let Some(a) = a else { return w.t("report-follow-up-unanswered") };
    let mut s = w.t(a.state.label_id());
    if let Some(d) = a.new_due {
        s.push_str(&w.tw("report-follow-up-until", &[("date", w.date(d).into())]));
    }
    if let Some(r) = &a.reason {
        s.push('\n');
        s.push_str(r);
    }
    if let Some(n) = &a.note {
        s.push('\n');
        s.push_str(n);
    }
    s
}
