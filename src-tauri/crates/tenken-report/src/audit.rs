//! 自己点検結果報告書 — the consolidated report the auditor gives the CISO and
//! the 情報セキュリティ委員会.
//!
//! In the order a municipal internal-audit report uses: 概要 (purpose, what
//! was inspected, when, by whom, against which criteria), the summary, the
//! results by section, clause and tier with a section × clause heat-map and
//! the change against last year, the sections not yet submitted, every item
//! that asks for improvement with its plan, and the auditor's findings.

use std::collections::HashMap;

use tenken_core::aggregate::{Counts, SectionSummary};
use tenken_core::campaign::Phase;
use tenken_core::report::ReportData;
use tenken_i18n::Localizer;

use crate::labels::Words;
use crate::layout::{Align, Cell, Column, Content, Layout, MM, Rendered, Row, WIDTH};
use crate::parts::{self, TABLE_SIZE, TEXT_SIZE};
use crate::{FontFace, ReportError, ReportOptions};

/// Lays out the 自己点検結果報告書 of the campaign in `data`.
pub fn audit_report(
    data: &ReportData,
    font: &FontFace,
    l10n: &Localizer,
    opts: &ReportOptions,
) -> Result<Rendered, ReportError> {
    let w = Words::new(l10n);
    let meta = &data.questionnaire.meta;
    let title = w.t("report-audit-title");
    let municipality = w.municipality(meta);
    let year = w.year(data.year);
    let mut l = Layout::new(font, title.clone(), [municipality, year.as_str()].join(w.sep()));
    let mut toc: Vec<(String, usize)> = Vec::new();

    // Cover, with the table of contents filled in at the end.
    l.cover();
    l.line(&w.tw("report-generated-on", &[("date", w.date(opts.generated_on).into())]), 9.0, Align::Right, false);
    l.gap(22.0 * MM);
    l.line(&w.tw("report-audit-cover-year", &[("year", year.clone().into())]), 14.0, Align::Center, false);
    l.gap(3.0 * MM);
    l.line(&title, 22.0, Align::Center, true);
    l.gap(3.0 * MM);
    l.line(&w.tw("report-audit-cover-subject", &[("policy", w.policy(meta).into())]), 10.5, Align::Center, false);
    l.gap(10.0 * MM);
    l.line(municipality, 14.0, Align::Center, false);
    l.gap(16.0 * MM);
    l.line(&w.t("report-toc"), 11.0, Align::Center, true);
    let toc_top = l.y + 3.0 * MM;

    chapter(&mut l, &mut toc, w.t("report-audit-h-overview"));
    overview(&mut l, &w, data, opts);

    chapter(&mut l, &mut toc, w.t("report-audit-h-summary"));
    summary(&mut l, &w, data);

    chapter(&mut l, &mut toc, w.t("report-audit-h-results"));
    results(&mut l, &w, data);

    chapter(&mut l, &mut toc, w.t("report-audit-h-not-submitted"));
    not_submitted(&mut l, &w, data);

    chapter(&mut l, &mut toc, w.t("report-audit-h-improvements"));
    improvements(&mut l, &w, data);

    chapter(&mut l, &mut toc, w.t("report-audit-h-reviews"));
    reviews(&mut l, &w, data);

    l.toc(0, toc_top, &toc, 10.0);
    l.finish(&format!("{title} {year}"), opts.generated_on)
}

/// A chapter starts on a new page and is listed in the table of contents.
fn chapter(l: &mut Layout<'_>, toc: &mut Vec<(String, usize)>, title: String) {
    l.new_page();
    l.heading(&title, 1);
    toc.push((title, l.page_index()));
}

fn overview(l: &mut Layout<'_>, w: &Words<'_>, data: &ReportData, opts: &crate::ReportOptions) {
    let meta = &data.questionnaire.meta;
    l.heading(&w.t("report-audit-h-purpose"), 2);
    l.paragraph(&w.tw("report-audit-purpose", &[("policy", w.policy(meta).into())]), TEXT_SIZE, 4.0 * MM);

    l.heading(&w.t("report-audit-h-scope"), 2);
    let tiers = meta
        .tiers
        .iter()
        .map(|t| {
            let n = data.sections.iter().filter(|s| s.tiers.contains(t)).count();
            w.tw("report-audit-tier-count", &[("tier", w.tier(Some(*t)).into()), ("count", n.into())])
        })
        .collect::<Vec<_>>()
        .join(if w.en() { "; " } else { "、" });
    let priority = data.questionnaire.sections.iter().flat_map(|s| &s.items).filter(|i| i.priority).count();
    let pairs = vec![
        (
            w.t("report-audit-scope-sections"),
            w.tw(
                "report-audit-scope-sections-value",
                &[("sections", data.sections.len().into()), ("departments", data.departments.into())],
            ),
        ),
        (w.t("report-audit-scope-tiers"), tiers),
        (
            w.t("report-audit-scope-items"),
            w.tw(
                "report-audit-scope-items-value",
                &[
                    ("items", data.questionnaire.item_count().into()),
                    ("clauses", data.questionnaire.sections.len().into()),
                    ("priority", priority.into()),
                ],
            ),
        ),
    ];
    l.pairs(&pairs, 36.0 * MM, TEXT_SIZE);

    l.heading(&w.t("report-audit-h-period"), 2);
    let start = data.opened_on.map_or_else(|| w.date(data.year.start()), |d| w.date(d));
    let period = match data.period_end() {
        Some(end) => w.tw("report-audit-period-closed", &[("start", start.into()), ("end", w.date(end).into())]),
        None => {
            w.tw("report-audit-period-open", &[("start", start.into()), ("today", w.date(opts.generated_on).into())])
        }
    };
    l.paragraph(&period, TEXT_SIZE, 4.0 * MM);

    l.heading(&w.t("report-audit-h-people"), 2);
    let person = |v: &Option<String>| v.clone().unwrap_or_else(|| w.blank());
    l.pairs(
        &[
            (w.t("report-audit-responsible"), person(&data.officers.responsible)),
            (w.t("report-audit-staff"), person(&data.officers.staff)),
        ],
        36.0 * MM,
        TEXT_SIZE,
    );

    l.heading(&w.t("report-audit-h-criteria"), 2);
    l.pairs(
        &[
            (
                w.t("report-field-criteria"),
                w.tw(
                    "report-criteria-value",
                    &[("policy", w.policy(meta).into()), ("effective", w.date(meta.policy_effective).into())],
                ),
            ),
            (
                w.t("report-field-questionnaire"),
                w.tw(
                    "report-questionnaire-value",
                    &[
                        ("title", w.questionnaire_title(meta).into()),
                        ("hash", data.questionnaire.hash()[..12].to_owned().into()),
                    ],
                ),
            ),
            (w.t("report-audit-method"), w.t("report-audit-method-value")),
        ],
        36.0 * MM,
        TEXT_SIZE,
    );
}

fn summary(l: &mut Layout<'_>, w: &Words<'_>, data: &ReportData) {
    let s = &data.summary;
    let share =
        if s.sections_total > 0 { Some(f64::from(s.sections_submitted) / f64::from(s.sections_total)) } else { None };
    let mut rate = Words::percent(s.rate);
    if let Some(p) = &data.previous {
        rate = w.tw(
            "report-audit-rate-with-previous",
            &[
                ("rate", rate.into()),
                ("year", w.year(p.year).into()),
                ("previous", Words::percent(p.summary.rate).into()),
                ("change", w.change_points(s.rate, p.summary.rate).into()),
            ],
        );
    }
    let improvements = data.improvements().count();
    let partial =
        data.improvements().filter(|f| f.detail.effective_value() == Some(tenken_core::AnswerValue::Partial)).count();
    let c = s.overall;
    l.pairs(
        &[
            (
                w.t("report-audit-submitted"),
                w.tw(
                    "report-audit-submitted-value",
                    &[
                        ("submitted", s.sections_submitted.into()),
                        ("total", s.sections_total.into()),
                        ("share", Words::percent(share).into()),
                    ],
                ),
            ),
            (w.t("report-audit-overall-rate"), rate),
            (
                w.t("report-audit-breakdown"),
                w.tw(
                    "report-audit-breakdown-value",
                    &[
                        ("yes", c.yes.into()),
                        ("partial", c.partial.into()),
                        ("no", c.no.into()),
                        ("na", c.na.into()),
                        ("unanswered", c.unanswered.into()),
                    ],
                ),
            ),
            (
                w.t("report-audit-improvements"),
                w.tw(
                    "report-audit-improvements-value",
                    &[
                        ("count", improvements.into()),
                        ("partial", partial.into()),
                        ("no", (improvements - partial).into()),
                    ],
                ),
            ),
            (
                w.t("report-audit-findings"),
                w.tw("report-audit-findings-value", &[("count", data.review_findings().count().into())]),
            ),
        ],
        40.0 * MM,
        TEXT_SIZE,
    );
    l.gap(4.0 * MM);
    l.heading(&w.t("report-audit-h-distribution"), 3);
    parts::distribution_legend(l, w);
    let h = 9.0 * MM;
    l.ensure(h + 4.0);
    let top = l.y;
    l.stack(crate::layout::LEFT, top, WIDTH, h, &c);
    l.y += h + 4.0;

    by_department(l, w, data);
}

/// 部別の実施率: the sections' counts added up by 部, with last year's rate.
fn by_department(l: &mut Layout<'_>, w: &Words<'_>, data: &ReportData) {
    struct Bu {
        name: String,
        sections: u32,
        submitted: u32,
        now: Counts,
        before: Counts,
    }
    fn add(a: &mut Counts, b: &Counts) {
        a.yes += b.yes;
        a.partial += b.partial;
        a.no += b.no;
        a.na += b.na;
        a.unanswered += b.unanswered;
    }
    let before: HashMap<&str, &Counts> = data
        .previous
        .as_ref()
        .map(|p| p.summary.by_section.iter().map(|s| (s.code.as_str(), &s.counts)).collect())
        .unwrap_or_default();
    let mut list: Vec<Bu> = Vec::new();
    for (line, detail) in data.summary.by_section.iter().zip(&data.sections) {
        let name = detail.bu();
        let at = match list.iter().position(|b| b.name == name) {
            Some(i) => i,
            None => {
                list.push(Bu { name, sections: 0, submitted: 0, now: Counts::default(), before: Counts::default() });
                list.len() - 1
            }
        };
        let b = &mut list[at];
        b.sections += 1;
        b.submitted += u32::from(line.phase == Phase::Submitted);
        add(&mut b.now, &line.counts);
        if let Some(c) = before.get(line.code.as_str()) {
            add(&mut b.before, c);
        }
    }
    l.heading(&w.t("report-audit-h-by-department"), 3);
    parts::rate_legend(l, w, data);
    let cols = [
        Column::new(w.t("report-col-department"), 44.0, Align::Left),
        Column::new(w.t("report-col-submitted"), 20.0, Align::Right),
        Column::new(w.t("report-col-rate"), 15.0, Align::Right),
        Column::new(w.t("report-col-previous"), 15.0, Align::Right),
        Column::new(w.t("report-col-chart"), 80.0, Align::Left),
    ];
    let has_previous = data.previous.is_some();
    let rows: Vec<Row> = list
        .iter()
        .map(|b| {
            let prev = if has_previous { b.before.rate() } else { None };
            Row::Cells(vec![
                Cell::text(if b.name.is_empty() { "—".to_owned() } else { b.name.clone() }),
                Cell::right(format!("{} / {}", b.submitted, b.sections)),
                Cell::right(Words::percent(b.now.rate())),
                Cell::right(Words::percent(prev)),
                Cell::graphic(Content::Bar { now: b.now.rate(), before: prev }),
            ])
        })
        .collect();
    l.table(&cols, &rows, TABLE_SIZE);
}

fn results(l: &mut Layout<'_>, w: &Words<'_>, data: &ReportData) {
    let s = &data.summary;
    let before_section: HashMap<&str, Option<f64>> = data
        .previous
        .as_ref()
        .map(|p| p.summary.by_section.iter().map(|x| (x.code.as_str(), x.rate)).collect())
        .unwrap_or_default();

    // 1. By section, grouped by 部.
    l.heading(&w.t("report-audit-h-by-section"), 2);
    parts::rate_legend(l, w, data);
    let cols = [
        Column::new(w.t("report-col-code"), 13.0, Align::Left),
        Column::new(w.t("report-col-section"), 44.0, Align::Left),
        Column::new(w.t("report-col-state"), 15.0, Align::Left),
        Column::new(w.t("report-col-answered"), 17.0, Align::Right),
        Column::new(w.t("report-col-rate"), 15.0, Align::Right),
        Column::new(w.t("report-col-previous"), 15.0, Align::Right),
        Column::new(w.t("report-col-chart"), 55.0, Align::Left),
    ];
    let mut rows = Vec::new();
    let mut bu = None;
    for (line, detail) in s.by_section.iter().zip(&data.sections) {
        let this_bu = detail.bu();
        if bu.as_deref() != Some(this_bu.as_str()) {
            rows.push(Row::Group(if this_bu.is_empty() { "—".to_owned() } else { this_bu.clone() }));
            bu = Some(this_bu);
        }
        let before = before_section.get(line.code.as_str()).copied().flatten();
        rows.push(Row::Cells(vec![
            Cell::text(line.code.clone()),
            Cell::text(line.name.clone()),
            Cell::text(w.state(line.state)),
            Cell::right(format!("{} / {}", line.progress.answered, line.progress.applicable)),
            Cell::right(Words::percent(line.rate)),
            Cell::right(if data.previous.is_some() { Words::percent(before) } else { "—".to_owned() }),
            Cell::graphic(Content::Bar { now: line.rate, before }),
        ]));
    }
    l.table(&cols, &rows, TABLE_SIZE);

    // 2. By clause.
    l.heading(&w.t("report-audit-h-by-clause"), 2);
    parts::rate_legend(l, w, data);
    parts::clause_table(l, w, data, s);
    l.heading(&w.t("report-audit-h-distribution-clause"), 3);
    parts::distribution_legend(l, w);
    let cols = [
        Column::new(w.t("report-col-clause"), 14.0, Align::Left),
        Column::new(w.t("report-col-title"), 60.0, Align::Left),
        Column::new(w.t("report-col-distribution"), 100.0, Align::Left),
    ];
    let rows: Vec<Row> = s
        .by_clause
        .iter()
        .zip(&data.questionnaire.sections)
        .map(|(c, q)| {
            Row::Cells(vec![
                Cell::text(c.clause.clone()),
                Cell::text(w.clause_title(q)),
                Cell::graphic(Content::Stack(c.counts)),
            ])
        })
        .collect();
    l.table(&cols, &rows, TABLE_SIZE);

    // 3. By tier.
    l.heading(&w.t("report-audit-h-by-tier"), 2);
    parts::rate_legend(l, w, data);
    let before_tier: HashMap<Option<tenken_core::Tier>, Option<f64>> = data
        .previous
        .as_ref()
        .map(|p| p.summary.by_tier.iter().map(|t| (t.tier, t.rate)).collect())
        .unwrap_or_default();
    let mut cols = vec![Column::new(w.t("report-col-tier"), 42.0, Align::Left)];
    cols.extend(parts::count_columns(w, 12.5));
    cols.push(Column::new(w.t("report-col-rate"), 15.0, Align::Right));
    cols.push(Column::new(w.t("report-col-chart"), 54.5, Align::Left));
    let rows: Vec<Row> = s
        .by_tier
        .iter()
        .map(|t| {
            let mut cells = vec![Cell::text(w.tier(t.tier))];
            cells.extend(parts::count_cells(&t.counts));
            cells.push(Cell::right(Words::percent(t.rate)));
            cells
                .push(Cell::graphic(Content::Bar { now: t.rate, before: before_tier.get(&t.tier).copied().flatten() }));
            Row::Cells(cells)
        })
        .collect();
    l.table(&cols, &rows, TABLE_SIZE);

    // 4. Heat-map.
    l.new_page();
    l.heading(&w.t("report-audit-h-heatmap"), 2);
    l.paragraph(&w.t("report-audit-heatmap-note"), 8.0, 0.0);
    heat_legend(l, w);
    heatmap(l, w, data);

    // 5. Change against last year.
    l.heading(&w.t("report-audit-h-change"), 2);
    let Some(prev) = &data.previous else {
        l.paragraph(&w.t("report-audit-no-previous"), TEXT_SIZE, 4.0 * MM);
        return;
    };
    l.paragraph(
        &w.tw("report-audit-change-note", &[("year", w.year(prev.year).into()), ("this", w.year(data.year).into())]),
        8.0,
        0.0,
    );
    parts::rate_legend(l, w, data);
    l.heading(&w.t("report-audit-h-change-clause"), 3);
    let before = parts::previous_by_clause(data);
    let cols = change_columns(w, data, w.t("report-col-clause"), 14.0, w.t("report-col-title"), 60.0);
    let rows: Vec<Row> = s
        .by_clause
        .iter()
        .zip(&data.questionnaire.sections)
        .map(|(c, q)| {
            let b = before.get(c.clause.as_str()).copied().flatten();
            change_row(c.clause.clone(), w.clause_title(q).to_owned(), c.rate, b)
        })
        .collect();
    l.table(&cols, &rows, TABLE_SIZE);

    l.heading(&w.t("report-audit-h-change-section"), 3);
    let cols = change_columns(w, data, w.t("report-col-code"), 14.0, w.t("report-col-section"), 60.0);
    let rows: Vec<Row> = s
        .by_section
        .iter()
        .map(|x: &SectionSummary| {
            let b = before_section.get(x.code.as_str()).copied().flatten();
            change_row(x.code.clone(), x.name.clone(), x.rate, b)
        })
        .collect();
    l.table(&cols, &rows, TABLE_SIZE);
}

fn change_columns(
    w: &Words<'_>,
    data: &ReportData,
    first: String,
    first_mm: f32,
    second: String,
    second_mm: f32,
) -> Vec<Column> {
    let prev = data.previous.as_ref().map(|p| w.year(p.year)).unwrap_or_default();
    vec![
        Column::new(first, first_mm, Align::Left),
        Column::new(second, second_mm, Align::Left),
        Column::new(prev, 18.0, Align::Right),
        Column::new(w.year(data.year), 18.0, Align::Right),
        Column::new(w.t("report-col-change"), 22.0, Align::Right),
        Column::new(w.t("report-col-chart"), 174.0 - first_mm - second_mm - 58.0, Align::Left),
    ]
}

fn change_row(a: String, b: String, now: Option<f64>, before: Option<f64>) -> Row {
    Row::Cells(vec![
        Cell::text(a),
        Cell::text(b),
        Cell::right(Words::percent(before)),
        Cell::right(Words::percent(now)),
        Cell::right(Words::change(now, before)),
        Cell::graphic(Content::Bar { now, before }),
    ])
}

fn heat_legend(l: &mut Layout<'_>, w: &Words<'_>) {
    use crate::layout::Legend;
    let entries: Vec<(Legend, String)> = [0.0, 0.25, 0.5, 0.75, 1.0]
        .into_iter()
        .map(|r: f32| (Legend::Fill(0.25 + 0.75 * r), format!("{:.0}%", r * 100.0)))
        .chain(std::iter::once((Legend::Fill(1.0), w.t("report-heat-none"))))
        .collect();
    l.legend_row(&entries, 7.0);
}

/// Section × clause: one row per section (grouped by 部), one column per clause.
fn heatmap(l: &mut Layout<'_>, w: &Words<'_>, data: &ReportData) {
    let s = &data.summary;
    let n = s.by_clause.len().max(1) as f32;
    let name_mm = 38.0;
    let total_mm = 12.0;
    let each = ((WIDTH / MM) - name_mm - total_mm) / n;
    let size = (each * MM / 2.3).min(6.5);
    let mut cols = vec![Column::new(w.t("report-col-section"), name_mm, Align::Left)];
    for c in &s.by_clause {
        let mut col = Column::new(c.clause.clone(), each, Align::Center);
        col.vertical = true;
        cols.push(col);
    }
    let mut total = Column::new(w.t("report-col-overall"), total_mm, Align::Center);
    total.vertical = true;
    cols.push(total);
    let mut rows = Vec::new();
    let mut bu = None;
    for (line, detail) in s.by_section.iter().zip(&data.sections) {
        let this_bu = detail.bu();
        if bu.as_deref() != Some(this_bu.as_str()) {
            rows.push(Row::Group(if this_bu.is_empty() { "—".to_owned() } else { this_bu.clone() }));
            bu = Some(this_bu);
        }
        let mut cells = vec![Cell::text(line.name.clone())];
        cells.extend(line.by_clause.iter().map(|c| Cell::graphic(Content::Heat(c.rate()))));
        cells.push(Cell::graphic(Content::Heat(line.rate)));
        rows.push(Row::Cells(cells));
    }
    let mut all = vec![Cell::text(w.t("report-total"))];
    all.extend(s.by_clause.iter().map(|c| Cell::graphic(Content::Heat(c.rate))));
    all.push(Cell::graphic(Content::Heat(s.rate)));
    rows.push(Row::Cells(all));
    l.table(&cols, &rows, size);
}

fn not_submitted(l: &mut Layout<'_>, w: &Words<'_>, data: &ReportData) {
    let pending: Vec<_> = data.summary.by_section.iter().filter(|s| s.phase != Phase::Submitted).collect();
    if pending.is_empty() {
        l.paragraph(&w.t("report-audit-all-submitted"), TEXT_SIZE, 4.0 * MM);
        return;
    }
    l.paragraph(
        &w.tw(
            "report-audit-not-submitted-note",
            &[("count", pending.len().into()), ("total", data.summary.sections_total.into())],
        ),
        TEXT_SIZE,
        0.0,
    );
    l.gap(2.0);
    let reasons: HashMap<&str, (&str, Option<&str>)> =
        data.sections.iter().map(|s| (s.code.as_str(), (s.path.as_str(), s.reopen_reason.as_deref()))).collect();
    let cols = [
        Column::new(w.t("report-col-code"), 13.0, Align::Left),
        Column::new(w.t("report-col-section"), 55.0, Align::Left),
        Column::new(w.t("report-col-state"), 16.0, Align::Left),
        Column::new(w.t("report-col-phase"), 16.0, Align::Left),
        Column::new(w.t("report-col-answered"), 20.0, Align::Right),
        Column::new(w.t("report-col-reopen-reason"), 54.0, Align::Left),
    ];
    let rows: Vec<Row> = pending
        .iter()
        .map(|s| {
            let (path, reason) = reasons.get(s.code.as_str()).copied().unwrap_or((s.name.as_str(), None));
            let phase = match s.phase {
                Phase::NotStarted => w.t("phase-not-started"),
                Phase::InProgress => w.t("phase-in-progress"),
                Phase::Submitted => w.t("phase-submitted"),
            };
            Row::Cells(vec![
                Cell::text(s.code.clone()),
                Cell::text(path),
                Cell::text(w.state(s.state)),
                Cell::text(phase),
                Cell::right(format!("{} / {}", s.progress.answered, s.progress.applicable)),
                Cell::text(reason.unwrap_or("")),
            ])
        })
        .collect();
    l.table(&cols, &rows, TABLE_SIZE);
}

fn improvements(l: &mut Layout<'_>, w: &Words<'_>, data: &ReportData) {
    let count = data.improvements().count();
    if count == 0 {
        l.paragraph(&w.t("report-audit-no-improvements"), TEXT_SIZE, 4.0 * MM);
        return;
    }
    l.paragraph(&w.tw("report-audit-improvements-note", &[("count", count.into())]), TEXT_SIZE, 0.0);
    l.gap(2.0);
    let cols = [
        Column::new(w.t("report-col-clause"), 13.0, Align::Left),
        Column::new(w.t("report-col-item"), 47.0, Align::Left),
        Column::new(w.t("report-col-answer"), 21.0, Align::Left),
        Column::new(w.t("report-col-situation"), 35.0, Align::Left),
        Column::new(w.t("report-col-plan"), 35.0, Align::Left),
        Column::new(w.t("report-col-due"), 23.0, Align::Left),
    ];
    let mut per_section: HashMap<&str, usize> = HashMap::new();
    for f in data.improvements() {
        *per_section.entry(f.section.code.as_str()).or_default() += 1;
    }
    let mut rows = Vec::new();
    let mut current = None;
    for f in data.improvements() {
        if current != Some(f.section.code.as_str()) {
            current = Some(f.section.code.as_str());
            let n = per_section.get(f.section.code.as_str()).copied().unwrap_or(0);
            rows.push(Row::Group(w.tw(
                "report-audit-group",
                &[
                    ("code", f.section.code.clone().into()),
                    ("path", f.section.path.clone().into()),
                    ("count", n.into()),
                    ("state", w.state(f.section.state).into()),
                ],
            )));
        }
        let (plan, due) = parts::plan_cells(w, f.detail);
        rows.push(Row::Cells(vec![
            Cell::text(f.clause.clause.clone()),
            Cell::text(w.item_text(f.item)),
            Cell::text(w.answer(f.detail)),
            Cell::text(parts::comment_text(w, f.detail, false)),
            Cell::text(plan),
            Cell::text(due),
        ]));
    }
    l.table(&cols, &rows, TABLE_SIZE);
}

fn reviews(l: &mut Layout<'_>, w: &Words<'_>, data: &ReportData) {
    let confirmed = data
        .rows()
        .filter(|f| f.detail.review.as_ref().is_some_and(|r| r.mark == tenken_core::review::ReviewMark::Confirmed))
        .count();
    let findings = data.review_findings().count();
    l.paragraph(
        &w.tw("report-audit-reviews-note", &[("confirmed", confirmed.into()), ("findings", findings.into())]),
        TEXT_SIZE,
        0.0,
    );
    if findings == 0 {
        return;
    }
    l.gap(2.0);
    let cols = [
        Column::new(w.t("report-col-section"), 28.0, Align::Left),
        Column::new(w.t("report-col-clause"), 13.0, Align::Left),
        Column::new(w.t("report-col-item"), 49.0, Align::Left),
        Column::new(w.t("report-col-answer"), 21.0, Align::Left),
        Column::new(w.t("report-col-finding"), 63.0, Align::Left),
    ];
    let rows: Vec<Row> = data
        .review_findings()
        .map(|f| {
            Row::Cells(vec![
                Cell::text(format!("{}\n{}", f.section.code, f.section.name)),
                Cell::text(f.clause.clause.clone()),
                Cell::text(w.item_text(f.item)),
                Cell::text(w.answer(f.detail)),
                Cell::text(f.detail.review.as_ref().map(|r| r.comment.clone()).unwrap_or_default()),
            ])
        })
        .collect();
    l.table(&cols, &rows, TABLE_SIZE);
}
