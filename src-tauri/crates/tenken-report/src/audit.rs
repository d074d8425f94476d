//! 自己点検結果報告書 — the consolidated report the auditor gives the CISO and
//! the 情報セキュリティ委員会.
//!
//! In the order a municipal internal-audit report uses: 概要 (purpose, what
//! was inspected, when, by whom, against which criteria), the summary, the
//! results by section, clause and tier with a section × clause heat-map and
//! the change against last year, the sections not yet submitted, every item
//! that asks for improvement with its plan, and the auditor's findings by grade.

use std::collections::HashMap;

use tenken_core::aggregate::{Counts, RateBand, SectionSummary};
use tenken_core::campaign::Phase;
use tenken_core::report::ReportData;
use tenken_core::review::FindingGrade;
use tenken_i18n::Localizer;

use crate::labels::Words;
use crate::layout::{Align, Cell, Column, Content, Layout, MM, Rendered, Rgb8, Row, WIDTH};
use crate::parts::{self, TABLE_SIZE, TEXT_SIZE};
use crate::{ReportError, ReportFonts, ReportOptions};

/// Lays out the 自己点検結果報告書 of the campaign in `data`.
pub fn audit_report(
    data: &ReportData,
    fonts: &ReportFonts,
    l10n: &Localizer,
    opts: &ReportOptions,
) -> Result<Rendered, ReportError> {
    let (l, name) = lay_out(data, fonts, l10n, opts, false);
    l.finish(&name, opts.generated_on)
}

/// What the 自己点検結果報告書 says, block by block, from the same layout as
/// the PDF: the .docx is written from it.
pub(crate) fn audit_outline(
    data: &ReportData,
    fonts: &ReportFonts,
    l10n: &Localizer,
    opts: &ReportOptions,
) -> Vec<crate::layout::Block> {
    let (mut l, _) = lay_out(data, fonts, l10n, opts, true);
    l.take_outline()
}

/// Every page of the report, and the document's name (`title year`).
fn lay_out<'f>(
    data: &ReportData,
    fonts: &'f ReportFonts,
    l10n: &Localizer,
    opts: &ReportOptions,
    record: bool,
) -> (Layout<'f>, String) {
    let ward = Localizer::with_grade_names(l10n.lang(), &data.grade_names);
    let w = Words::new(&ward);
    let meta = &data.questionnaire.meta;
    let title = w.t("report-audit-title");
    let municipality = w.municipality(meta);
    let year = w.year(data.year);
    let mut l = Layout::new(fonts, title.clone(), [municipality, year.as_str()].join(w.sep()));
    if record {
        l.record();
    }
    let mut toc: Vec<(String, usize)> = Vec::new();

    // Cover, with the table of contents filled in at the end.
    l.cover();
    l.line(&w.tw("report-generated-on", &[("date", w.date(opts.generated_on).into())]), 9.0, Align::Right, false);
    l.gap(22.0 * MM);
    l.line(&w.tw("report-audit-cover-year", &[("year", year.clone().into())]), 14.0, Align::Center, false);
    l.gap(3.0 * MM);
    l.title(&title);
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
    theme(&mut l, &w, data);

    if let Some(staff) = &data.staff {
        chapter(&mut l, &mut toc, w.t("report-audit-h-staff"));
        staff_results(&mut l, &w, data, staff);
    }

    chapter(&mut l, &mut toc, w.t("report-audit-h-not-submitted"));
    not_submitted(&mut l, &w, data);

    chapter(&mut l, &mut toc, w.t("report-audit-h-improvements"));
    improvements(&mut l, &w, data);

    chapter(&mut l, &mut toc, w.t("report-audit-h-reviews"));
    reviews(&mut l, &w, data);

    let follow_ups = data.previous.is_some() || !data.follow_ups.is_empty();
    if follow_ups {
        chapter(&mut l, &mut toc, w.t("report-audit-h-follow-ups"));
        crate::follow_up::follow_ups(&mut l, &w, data);
    }

    // 第8 after 措置状況, 第7 in a first year that has none.
    let n = if follow_ups { 8 } else { 7 };
    chapter(&mut l, &mut toc, w.tw("report-audit-h-onsite", &[("n", n.into())]));
    crate::onsite::onsite(&mut l, &w, data);

    l.toc(0, toc_top, &toc, 10.0);
    (l, format!("{title} {year}"))
}

/// 総評, the auditor's own words, at the head of the results: one paragraph
/// per line as typed, an empty line kept as space. Nothing when none is written.
fn assessment(l: &mut Layout<'_>, w: &Words<'_>, data: &ReportData) {
    if data.assessment.trim().is_empty() {
        return;
    }
    l.heading(&w.t("report-audit-h-assessment"), 2);
    for para in data.assessment.lines() {
        if para.trim().is_empty() {
            l.gap(2.0 * MM);
        } else {
            l.paragraph(para, TEXT_SIZE, 4.0 * MM);
        }
    }
    l.gap(4.0 * MM);
}

/// 重点テーマの結果, the last part of the detailed results: the theme's
/// title, the clauses and items chosen, and the rate of each section over
/// those items (scored as everywhere else, by `tenken_core::theme`).
/// Nothing when no theme is set.
fn theme(l: &mut Layout<'_>, w: &Words<'_>, data: &ReportData) {
    let Some(s) = data.theme_summary() else {
        return;
    };
    let q = &data.questionnaire;
    let theme = &data.theme;
    l.heading(&w.t("report-audit-h-theme"), 2);
    l.paragraph(&theme.title, TEXT_SIZE, 2.0 * MM);
    l.paragraph(
        &w.tw(
            "report-audit-theme-note",
            &[("rate", Words::percent(s.rate).into()), ("items", theme.checklist(q).item_count().into())],
        ),
        TEXT_SIZE,
        2.0 * MM,
    );

    l.heading(&w.t("report-audit-h-theme-scope"), 3);
    let cols = [
        Column::new(w.t("report-col-clause"), 16.0, Align::Left),
        Column::new(w.t("report-col-theme-subject"), 158.0, Align::Left),
    ];
    let mut rows = Vec::new();
    for section in q.sections.iter().filter(|c| theme.clauses.contains(&c.clause)) {
        rows.push(Row::Cells(vec![
            Cell::figure(section.clause.clone()),
            Cell::text(
                w.tw("report-audit-theme-whole-clause", &[("title", w.clause_title(section).to_owned().into())]),
            ),
        ]));
    }
    for (section, item) in q.items().filter(|(c, i)| !theme.clauses.contains(&c.clause) && theme.items.contains(&i.id))
    {
        rows.push(Row::Cells(vec![Cell::figure(section.clause.clone()), Cell::text(w.item_text(item).to_owned())]));
    }
    l.table(&cols, &rows, TABLE_SIZE);

    l.heading(&w.t("report-audit-h-theme-by-section"), 3);
    let cols = [
        Column::new(w.t("report-col-code"), 13.0, Align::Left),
        Column::new(w.t("report-col-section"), 41.0, Align::Left),
        Column::new(w.t("report-col-state"), 18.0, Align::Left),
        Column::new(w.t("report-col-answered"), 17.0, Align::Right),
        Column::new(w.t("report-col-rate"), 15.0, Align::Right),
        Column::new(w.t("report-col-overall"), 15.0, Align::Right),
        Column::new(w.t("report-col-chart"), 55.0, Align::Left),
    ];
    let rows: Vec<Row> = s
        .by_section
        .iter()
        .zip(&data.summary.by_section)
        .map(|(line, all)| {
            Row::Cells(vec![
                Cell::figure(line.code.clone()),
                Cell::text(line.name.clone()),
                Cell::text(w.state(line.state)),
                Cell::right(format!(
                    "{} / {}",
                    line.counts.scored() + line.counts.na,
                    line.counts.total() - line.counts.excluded
                )),
                Cell::right(Words::percent(line.rate)),
                Cell::right(Words::percent(all.rate)),
                Cell::graphic(Content::Bar { now: line.rate, before: None }),
            ])
        })
        .collect();
    l.table(&cols, &rows, TABLE_SIZE);
}

/// 職員セルフチェックの結果: who answered (by section, with 職員数 and
/// 回答率), the ward's share of はい per item, the weakest items. Sections
/// where fewer than three answered show their count only.
fn staff_results(l: &mut Layout<'_>, w: &Words<'_>, data: &ReportData, staff: &tenken_core::report::StaffResults) {
    let all = staff.total();
    let o = staff.overview(&data.sections);
    let last_year = o.last_year.map(|y| w.year(y));
    staff_note(l, w, staff, &all, &o, last_year.as_deref());
    staff_weakest(l, w, staff, &o, last_year.as_deref());
    staff_by_bu(l, w, &o, last_year.as_deref());
    staff_by_section(l, w, data, staff);

    l.heading(&w.t("report-audit-h-staff-by-item"), 2);
    let compare = last_year.as_deref().map(|y| (y, o.items.as_slice()));
    parts::staff_item_table(l, w, &staff.checklist, &all, compare);
}

/// The staff self-check's opening words: which checklist, how many
/// sections and staff answered against 職員数, how many sections were too
/// few to show rates; then the ward's 回答率 against last year's, when
/// last year asked one too.
fn staff_note(
    l: &mut Layout<'_>,
    w: &Words<'_>,
    staff: &tenken_core::report::StaffResults,
    all: &tenken_core::staff::StaffRollup,
    o: &tenken_core::staff_ward::StaffOverview,
    last_year: Option<&str>,
) {
    let answered = staff.sections.iter().filter(|(_, r)| r.responses > 0).count();
    let few = staff.sections.iter().filter(|(_, r)| r.responses > 0 && !r.shows_rates()).count();
    l.paragraph(
        &w.tw(
            "report-audit-staff-note",
            &[
                ("title", staff.checklist.meta.title.clone().into()),
                ("sections", answered.into()),
                ("responses", all.responses.into()),
                ("headcount", all.headcount.unwrap_or(0).into()),
                ("rate", Words::percent(all.response_rate()).into()),
                ("few", few.into()),
                ("min", tenken_core::staff::MIN_RESPONSES_FOR_RATES.into()),
            ],
        ),
        TEXT_SIZE,
        3.0 * MM,
    );
    if let Some(year) = last_year {
        l.paragraph(
            &w.tw(
                "report-audit-staff-last-year",
                &[
                    ("year", year.into()),
                    ("rate", Words::percent(o.ward.last_year).into()),
                    ("change", Words::change(o.ward.response_rate, o.ward.last_year).into()),
                ],
            ),
            TEXT_SIZE,
            3.0 * MM,
        );
    }
}

/// The three items the ward's staff answered はい least, each with its
/// share (and last year's, when there is one): what the committee should
/// hear about first. Nothing when no item shows a rate.
fn staff_weakest(
    l: &mut Layout<'_>,
    w: &Words<'_>,
    staff: &tenken_core::report::StaffResults,
    o: &tenken_core::staff_ward::StaffOverview,
    last_year: Option<&str>,
) {
    let names: Vec<String> = o
        .weakest
        .iter()
        .take(3)
        .filter_map(|id| {
            let (_, item) = staff.checklist.item(id)?;
            let rate = o.items.iter().find(|i| i.item_id == *id)?;
            let before = match (last_year, rate.last_year) {
                (Some(year), Some(_)) => w.tw(
                    "report-audit-staff-weak-last-year",
                    &[
                        ("year", year.into()),
                        ("rate", Words::percent(rate.last_year).into()),
                        ("change", Words::change(rate.rate, rate.last_year).into()),
                    ],
                ),
                _ => String::new(),
            };
            Some(w.tw(
                "report-audit-staff-weak-item",
                &[
                    ("item", w.item_text(item).to_owned().into()),
                    ("rate", Words::percent(rate.rate).into()),
                    ("before", before.into()),
                ],
            ))
        })
        .collect();
    if !names.is_empty() {
        l.paragraph(&w.tw("report-audit-staff-weakest", &[("items", names.join("\n").into())]), TEXT_SIZE, 3.0 * MM);
    }
}

/// Who answered, by 部: sections, responses, 職員数 and 回答率, with last
/// year's rate and the change when last year asked a staff self-check too.
fn staff_by_bu(l: &mut Layout<'_>, w: &Words<'_>, o: &tenken_core::staff_ward::StaffOverview, last_year: Option<&str>) {
    l.heading(&w.t("report-audit-h-staff-by-bu"), 2);
    let mut cols = vec![
        Column::new(w.t("report-col-bu"), 60.0, Align::Left),
        Column::new(w.t("report-col-staff-sections"), 18.0, Align::Right),
        Column::new(w.t("report-col-staff-responses"), 18.0, Align::Right),
        Column::new(w.t("report-col-staff-headcount"), 18.0, Align::Right),
        Column::new(w.t("report-col-staff-rate"), 18.0, Align::Right),
    ];
    if let Some(year) = last_year {
        cols.push(Column::new(year.to_owned(), 20.0, Align::Right));
        cols.push(Column::new(w.t("report-col-staff-change"), 22.0, Align::Right));
    }
    let rows: Vec<Row> = o
        .by_bu
        .iter()
        .map(|b| {
            let mut cells = vec![
                Cell::text(b.bu.clone()),
                Cell::right(b.sections.to_string()),
                Cell::right(b.responses.to_string()),
                Cell::right(b.headcount.to_string()),
                Cell::right(Words::percent(b.response_rate)),
            ];
            if last_year.is_some() {
                cells.push(Cell::right(Words::percent(b.last_year)));
                cells.push(Cell::right(Words::change(b.response_rate, b.last_year)));
            }
            Row::Cells(cells)
        })
        .collect();
    l.table(&cols, &rows, TABLE_SIZE);
}

/// Who answered, by section (課), with the section's share of はい over
/// all its answers; a section with fewer than the minimum shows its count only.
fn staff_by_section(l: &mut Layout<'_>, w: &Words<'_>, data: &ReportData, staff: &tenken_core::report::StaffResults) {
    l.heading(&w.t("report-audit-h-staff-by-section"), 2);
    let cols = [
        Column::new(w.t("report-col-code"), 13.0, Align::Left),
        Column::new(w.t("report-col-section"), 60.0, Align::Left),
        Column::new(w.t("report-col-staff-responses"), 18.0, Align::Right),
        Column::new(w.t("report-col-staff-headcount"), 18.0, Align::Right),
        Column::new(w.t("report-col-staff-rate"), 18.0, Align::Right),
        Column::new(w.t("report-col-staff-yes-share"), 47.0, Align::Right),
    ];
    let rows: Vec<Row> = staff
        .sections
        .iter()
        .filter_map(|(code, r)| {
            let s = data.sections.iter().find(|s| s.code == *code)?;
            let share = if r.responses == 0 {
                String::new()
            } else if r.shows_rates() {
                let yes: u32 = r.items.iter().map(|t| t.yes).sum();
                let total: u32 = r.items.iter().map(|t| t.total()).sum();
                Words::percent((total > 0).then(|| f64::from(yes) / f64::from(total)))
            } else {
                w.tw("report-staff-too-few", &[("min", tenken_core::staff::MIN_RESPONSES_FOR_RATES.into())])
            };
            Some(Row::Cells(vec![
                Cell::figure(code.clone()),
                Cell::text(s.name.clone()),
                Cell::right(r.responses.to_string()),
                Cell::right(r.headcount.map(|h| h.to_string()).unwrap_or_default()),
                Cell::right(Words::percent(r.response_rate())),
                Cell::right(share),
            ]))
        })
        .collect();
    l.table(&cols, &rows, TABLE_SIZE);
}

/// A chapter is listed in the table of contents. The first starts on the
/// page after the cover; the others follow on the same page when there is
/// room (the heading keeps room for what comes under it), so no page holds
/// only a short table.
fn chapter(l: &mut Layout<'_>, toc: &mut Vec<(String, usize)>, title: String) {
    if toc.is_empty() {
        l.new_page();
    } else {
        l.gap(4.0 * MM);
    }
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
    let [criteria, questionnaire] = w.basis(&data.questionnaire);
    l.pairs(
        &[criteria, questionnaire, (w.t("report-audit-method"), w.t("report-audit-method-value"))],
        36.0 * MM,
        TEXT_SIZE,
    );
}

fn summary(l: &mut Layout<'_>, w: &Words<'_>, data: &ReportData) {
    assessment(l, w, data);
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
                        ("excluded", c.excluded.into()),
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
            (w.t("report-audit-evidence"), evidence_count(w, data)),
        ],
        40.0 * MM,
        TEXT_SIZE,
    );
    l.gap(4.0 * MM);
    l.heading(&w.t("report-audit-h-distribution"), 3);
    parts::distribution_legend(l, w);
    l.distribution(&c, 9.0 * MM);

    by_department(l, w, data);
}

/// 証跡ファイル: how many, from how many sections, and their size together.
fn evidence_count(w: &Words<'_>, data: &ReportData) -> String {
    let per_section: Vec<(usize, u64)> = data
        .sections
        .iter()
        .map(|s| {
            let files = s.items.iter().flat_map(|d| &d.evidence_files);
            files.fold((0, 0), |(n, b), f| (n + 1, b + f.size))
        })
        .filter(|(n, _)| *n > 0)
        .collect();
    let count: usize = per_section.iter().map(|(n, _)| n).sum();
    let size: u64 = per_section.iter().map(|(_, b)| b).sum();
    w.tw(
        "report-audit-evidence-value",
        &[
            ("count", count.into()),
            ("sections", per_section.len().into()),
            ("size", tenken_core::evidence::size_text(size).into()),
        ],
    )
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
        b.now.merge(&line.counts);
        if let Some(c) = before.get(line.code.as_str()) {
            b.before.merge(c);
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

/// 点検結果の詳細: by section, by clause, by tier, the heat map and the
/// change against last year, one function each.
fn results(l: &mut Layout<'_>, w: &Words<'_>, data: &ReportData) {
    let before_section: HashMap<&str, Option<f64>> = data
        .previous
        .as_ref()
        .map(|p| p.summary.by_section.iter().map(|x| (x.code.as_str(), x.rate)).collect())
        .unwrap_or_default();
    results_by_section(l, w, data, &before_section);
    results_by_clause(l, w, data);
    results_by_tier(l, w, data);
    // 4. Heat-map.
    l.heading(&w.t("report-audit-h-heatmap"), 2);
    l.paragraph(&w.t("report-audit-heatmap-note"), 8.0, 0.0);
    heat_legend(l, w);
    heatmap(l, w, data);
    results_change(l, w, data, &before_section);
}

/// 1. The rate of each section, grouped by 部, against last year's.
fn results_by_section(
    l: &mut Layout<'_>,
    w: &Words<'_>,
    data: &ReportData,
    before_section: &HashMap<&str, Option<f64>>,
) {
    let s = &data.summary;
    l.heading(&w.t("report-audit-h-by-section"), 2);
    parts::rate_legend(l, w, data);
    let cols = [
        Column::new(w.t("report-col-code"), 13.0, Align::Left),
        Column::new(w.t("report-col-section"), 41.0, Align::Left),
        Column::new(w.t("report-col-state"), 18.0, Align::Left),
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
            Cell::figure(line.code.clone()),
            Cell::text(line.name.clone()),
            Cell::text(w.state(line.state)),
            Cell::right(format!("{} / {}", line.progress.answered, line.progress.applicable)),
            Cell::right(Words::percent(line.rate)),
            Cell::right(if data.previous.is_some() { Words::percent(before) } else { "—".to_owned() }),
            Cell::graphic(Content::Bar { now: line.rate, before }),
        ]));
    }
    l.table(&cols, &rows, TABLE_SIZE);
}

/// 2. The rate and the answer distribution of each clause.
fn results_by_clause(l: &mut Layout<'_>, w: &Words<'_>, data: &ReportData) {
    let s = &data.summary;
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
                Cell::figure(c.clause.clone()),
                Cell::text(w.clause_title(q)),
                Cell::graphic(Content::Stack(c.counts)),
            ])
        })
        .collect();
    l.table(&cols, &rows, TABLE_SIZE);
}

/// 3. The rate of each tier, and of each audience when items have more than one.
fn results_by_tier(l: &mut Layout<'_>, w: &Words<'_>, data: &ReportData) {
    let s = &data.summary;
    l.heading(&w.t("report-audit-h-by-tier"), 2);
    parts::rate_legend(l, w, data);
    let before_tier: HashMap<Option<tenken_core::Tier>, Option<f64>> = data
        .previous
        .as_ref()
        .map(|p| p.summary.by_tier.iter().map(|t| (t.tier, t.rate)).collect())
        .unwrap_or_default();
    let lines = s.by_tier.iter().map(|t| RateLine {
        label: w.tier(t.tier),
        counts: t.counts,
        rate: t.rate,
        before: before_tier.get(&t.tier).copied().flatten(),
    });
    rate_table(l, w, w.t("report-col-tier"), lines);

    // The 主管課 items answer other questions than the section items: counted apart.
    if s.by_audience.len() > 1 {
        l.heading(&w.t("report-audit-h-by-audience"), 3);
        let before: HashMap<tenken_core::Audience, Option<f64>> = data
            .previous
            .as_ref()
            .map(|p| p.summary.by_audience.iter().map(|a| (a.audience, a.rate)).collect())
            .unwrap_or_default();
        let lines = s.by_audience.iter().map(|a| RateLine {
            label: w.t(a.audience.label_id()),
            counts: a.counts,
            rate: a.rate,
            before: before.get(&a.audience).copied().flatten(),
        });
        rate_table(l, w, w.t("report-col-audience"), lines);
    }
}

/// 5. The change against last year, by clause and by section.
fn results_change(l: &mut Layout<'_>, w: &Words<'_>, data: &ReportData, before_section: &HashMap<&str, Option<f64>>) {
    let s = &data.summary;
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

/// A row of the change tables: a clause number or section code `a` (a
/// figure), its title or name `b`, the two rates and the change.
fn change_row(a: String, b: String, now: Option<f64>, before: Option<f64>) -> Row {
    Row::Cells(vec![
        Cell::figure(a),
        Cell::text(b),
        Cell::right(Words::percent(before)),
        Cell::right(Words::percent(now)),
        Cell::right(Words::change(now, before)),
        Cell::graphic(Content::Bar { now, before }),
    ])
}

/// The heat-map's palette, the window's own (`ui/src/app.css`): orange for
/// low rates, blue for high, readable with the common colour-vision
/// deficiencies; dark text on every fill.
pub(crate) const HEAT_UNDER_50: Rgb8 = [0xFD, 0xB8, 0x63];
/// 50–74 %.
pub(crate) const HEAT_50: Rgb8 = [0xFE, 0xE0, 0xB6];
/// 75–89 %.
pub(crate) const HEAT_75: Rgb8 = [0xD1, 0xE5, 0xF0];
/// 90–100 %.
pub(crate) const HEAT_90: Rgb8 = [0x92, 0xC5, 0xDE];
/// 対象外（系）.
pub(crate) const HEAT_EXCLUDED: Rgb8 = [0xE0, 0xE0, 0xE0];
/// 未回答 and 該当なし: white, with the word.
const HEAT_WHITE: Rgb8 = [0xFF, 0xFF, 0xFF];

/// The fill of a rate: its band's colour, the window's palette.
pub(crate) fn heat_fill(rate: f64) -> Rgb8 {
    match RateBand::of(rate) {
        RateBand::Under50 => HEAT_UNDER_50,
        RateBand::From50 => HEAT_50,
        RateBand::From75 => HEAT_75,
        RateBand::From90 => HEAT_90,
    }
}

/// A heat-map cell from its counts: the rate, else why there is none.
fn heat_cell(w: &Words<'_>, c: &Counts) -> Cell {
    let (fill, text) = match c.rate() {
        Some(rate) => (heat_fill(rate), tenken_i18n::cell_percent(rate)),
        None if c.unanswered > 0 => (HEAT_WHITE, w.t("report-heat-unanswered")),
        None if c.na > 0 => (HEAT_WHITE, w.t("report-heat-na")),
        None if c.excluded > 0 => (HEAT_EXCLUDED, w.t("report-heat-excluded")),
        None => (HEAT_WHITE, w.t("report-heat-unanswered")),
    };
    Cell::graphic(Content::Heat { fill, text })
}

fn heat_legend(l: &mut Layout<'_>, w: &Words<'_>) {
    use crate::layout::Legend;
    let entries = [
        (Legend::Swatch(HEAT_UNDER_50), w.t("report-heat-under-50")),
        (Legend::Swatch(HEAT_50), w.t("report-heat-50")),
        (Legend::Swatch(HEAT_75), w.t("report-heat-75")),
        (Legend::Swatch(HEAT_90), w.t("report-heat-90")),
        (Legend::Empty, w.t("report-heat-unanswered")),
        (Legend::Swatch(HEAT_EXCLUDED), w.t("report-heat-excluded")),
    ];
    l.legend_row(&entries, 7.0);
}

/// Section × clause: one row per section (its code and name, grouped by 部),
/// one column per clause, numbered; the numbers' clauses and titles follow the table.
fn heatmap(l: &mut Layout<'_>, w: &Words<'_>, data: &ReportData) {
    let s = &data.summary;
    let n = s.by_clause.len().max(1) as f32;
    let name_mm = 44.0;
    let total_mm = 12.0;
    let each = ((WIDTH / MM) - name_mm - total_mm) / n;
    // The words 未回答 / 該当なし / 対象外 must fit a cell.
    let word = ["report-heat-unanswered", "report-heat-na", "report-heat-excluded"]
        .map(|id| l.width(&w.t(id), 1.0))
        .into_iter()
        .fold(0.0, f32::max);
    let size = ((each * MM - 1.0) / word.max(0.1)).clamp(3.5, 6.5);
    let mut cols = vec![Column::new(w.t("report-col-section"), name_mm, Align::Left)];
    for i in 1..=s.by_clause.len() {
        cols.push(Column::new(i.to_string(), each, Align::Center));
    }
    cols.push(Column::new(w.t("report-col-overall"), total_mm, Align::Center));
    let mut rows = Vec::new();
    let mut bu = None;
    for (line, detail) in s.by_section.iter().zip(&data.sections) {
        let this_bu = detail.bu();
        if bu.as_deref() != Some(this_bu.as_str()) {
            rows.push(Row::Group(if this_bu.is_empty() { "—".to_owned() } else { this_bu.clone() }));
            bu = Some(this_bu);
        }
        let mut cells = vec![Cell::text(format!("{}　{}", line.code, line.name))];
        cells.extend(line.by_clause.iter().map(|c| heat_cell(w, c)));
        cells.push(heat_cell(w, &line.counts));
        rows.push(Row::Cells(cells));
    }
    let mut all = vec![Cell::text(w.t("report-total"))];
    all.extend(s.by_clause.iter().map(|c| heat_cell(w, &c.counts)));
    all.push(heat_cell(w, &s.overall));
    rows.push(Row::Cells(all));
    l.table(&cols, &rows, size);

    // The key of the numbered columns.
    l.heading(&w.t("report-heat-key"), 3);
    let key_cols = [
        Column::new("", 8.0, Align::Right),
        Column::new(w.t("report-col-clause"), 16.0, Align::Left),
        Column::new(w.t("report-col-title"), 63.0, Align::Left),
    ];
    let entries: Vec<[String; 3]> = s
        .by_clause
        .iter()
        .zip(&data.questionnaire.sections)
        .enumerate()
        .map(|(i, (c, q))| [(i + 1).to_string(), c.clause.clone(), w.clause_title(q).to_owned()])
        .collect();
    // Two lists side by side: half the clauses each.
    let half = entries.len().div_ceil(2);
    let mut cols = key_cols.to_vec();
    cols.extend(key_cols.iter().cloned());
    let rows: Vec<Row> = (0..half)
        .map(|i| {
            // Number and clause are figures, the title words.
            let key =
                |e: &[String; 3]| [Cell::figure(e[0].clone()), Cell::figure(e[1].clone()), Cell::text(e[2].clone())];
            let mut cells: Vec<Cell> = key(&entries[i]).to_vec();
            match entries.get(i + half) {
                Some(e) => cells.extend(key(e)),
                None => cells.extend((0..3).map(|_| Cell::text(""))),
            }
            Row::Cells(cells)
        })
        .collect();
    l.table(&cols, &rows, TABLE_SIZE);
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
    let reasons: HashMap<&str, (&str, Option<String>)> = data
        .sections
        .iter()
        .map(|s| {
            let reason = s.reopen_reason.as_ref().map(|r| {
                let date = s.reopened_on.map(|d| w.date(d)).unwrap_or_default();
                w.tw("report-reopened-value", &[("date", date.into()), ("reason", r.clone().into())])
            });
            (s.code.as_str(), (s.path.as_str(), reason))
        })
        .collect();
    let cols = [
        Column::new(w.t("report-col-code"), 13.0, Align::Left),
        Column::new(w.t("report-col-section"), 53.0, Align::Left),
        Column::new(w.t("report-col-state"), 18.0, Align::Left),
        Column::new(w.t("report-col-phase"), 16.0, Align::Left),
        Column::new(w.t("report-col-answered"), 20.0, Align::Right),
        Column::new(w.t("report-col-reopen-reason"), 54.0, Align::Left),
    ];
    let rows: Vec<Row> = pending
        .iter()
        .map(|s| {
            let (path, reason) = reasons.get(s.code.as_str()).cloned().unwrap_or((s.name.as_str(), None));
            let phase = w.phase(s.phase);
            Row::Cells(vec![
                Cell::figure(s.code.clone()),
                Cell::text(path),
                Cell::text(w.state(s.state)),
                Cell::text(phase),
                Cell::right(format!("{} / {}", s.progress.answered, s.progress.applicable)),
                Cell::text(reason.unwrap_or_default()),
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
    let repeats = data.improvements().filter(|f| f.detail.repeat).count();
    if repeats > 0 {
        l.paragraph(&w.tw("report-audit-repeats-note", &[("count", repeats.into())]), TEXT_SIZE, 0.0);
    }
    l.gap(2.0);
    let cols = [
        Column::new(w.t("report-col-clause"), 13.0, Align::Left),
        Column::new(w.t("report-col-item"), 46.0, Align::Left),
        Column::new(w.t("report-col-answer"), 22.0, Align::Left),
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
            Cell::figure(f.clause.clause.clone()),
            Cell::text(w.item_text(f.item)),
            Cell::text(w.answer(f.detail)),
            Cell::text(parts::comment_text(w, f.detail, false)),
            Cell::text(plan),
            Cell::figure(due),
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
        Column::new(w.t("report-col-answer"), 22.0, Align::Left),
        Column::new(w.t("report-col-finding"), 62.0, Align::Left),
    ];
    // Grouped by grade, the most serious first; 指摘 made before grades existed last.
    let mut findings: Vec<_> = data.review_findings().collect();
    findings.sort_by_key(|f| f.detail.review.as_ref().and_then(|r| r.grade).map_or(usize::MAX, |g| g as usize));
    let mut rows: Vec<Row> = Vec::new();
    let mut group: Option<Option<FindingGrade>> = None;
    for f in findings {
        let Some(review) = f.detail.review.as_ref() else { continue };
        if group != Some(review.grade) {
            group = Some(review.grade);
            let name = review.grade.map_or_else(|| w.t("report-grade-none"), |g| w.t(g.label_id()));
            rows.push(Row::Group(name));
        }
        let mut text = review.comment.clone();
        if let Some(by) = review.respond_by {
            text.push('\n');
            text.push_str(&w.tw("report-respond-by", &[("date", w.date(by).into())]));
        }
        rows.push(Row::Cells(vec![
            Cell::text(format!("{}\n{}", f.section.code, f.section.name)),
            Cell::figure(f.clause.clause.clone()),
            Cell::text(w.item_text(f.item)),
            Cell::text(w.answer(f.detail)),
            Cell::text(text),
        ]));
    }
    l.table(&cols, &rows, TABLE_SIZE);
}

/// One line of a table of rates: what it counts, the counts, this year's
/// rate and last year's (drawn as the bar beside).
struct RateLine {
    label: String,
    counts: tenken_core::aggregate::Counts,
    rate: Option<f64>,
    before: Option<f64>,
}

/// The table of rates by tier or by audience: label, counts, rate and a bar
/// against last year.
fn rate_table(l: &mut Layout<'_>, w: &Words<'_>, heading: String, lines: impl Iterator<Item = RateLine>) {
    let mut cols = vec![Column::new(heading, 42.0, Align::Left)];
    cols.extend(parts::count_columns(w));
    cols.push(Column::new(w.t("report-col-rate"), 15.0, Align::Right));
    cols.push(Column::new(w.t("report-col-chart"), 54.5 + 62.5 - parts::COUNT_COLUMNS_MM, Align::Left));
    let rows: Vec<Row> = lines
        .map(|line| {
            let mut cells = vec![Cell::text(line.label)];
            cells.extend(parts::count_cells(&line.counts));
            cells.push(Cell::right(Words::percent(line.rate)));
            cells.push(Cell::graphic(Content::Bar { now: line.rate, before: line.before }));
            Row::Cells(cells)
        })
        .collect();
    l.table(&cols, &rows, TABLE_SIZE);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heat_map_cells_take_the_windows_palette_by_the_percent_written_in_them() {
        assert_eq!(heat_fill(0.0), [0xFD, 0xB8, 0x63]);
        assert_eq!(heat_fill(0.494), HEAT_UNDER_50);
        assert_eq!(heat_fill(0.496), [0xFE, 0xE0, 0xB6], "written as 50");
        assert_eq!(heat_fill(0.74), HEAT_50);
        assert_eq!(heat_fill(0.75), [0xD1, 0xE5, 0xF0]);
        assert_eq!(heat_fill(0.89), HEAT_75);
        assert_eq!(heat_fill(0.9), [0x92, 0xC5, 0xDE]);
        assert_eq!(heat_fill(1.0), HEAT_90);
        assert_eq!(HEAT_EXCLUDED, [0xE0, 0xE0, 0xE0]);
    }

    #[test]
    fn a_cell_without_a_rate_says_why_and_other_tiers_are_grey() {
        let l10n = Localizer::new(tenken_i18n::Lang::Ja);
        let w = Words::new(&l10n);
        let cell = |c: Counts| match heat_cell(&w, &c).content {
            Content::Heat { fill, text } => (fill, text),
            other => panic!("{other:?}"),
        };
        assert_eq!(cell(Counts { unanswered: 2, ..Counts::default() }), (HEAT_WHITE, "未回答".to_owned()));
        assert_eq!(cell(Counts { excluded: 3, ..Counts::default() }), (HEAT_EXCLUDED, "対象外".to_owned()));
        assert_eq!(cell(Counts { na: 1, excluded: 3, ..Counts::default() }), (HEAT_WHITE, "該当なし".to_owned()));
        assert_eq!(cell(Counts { yes: 3, partial: 1, excluded: 3, ..Counts::default() }), (HEAT_75, "88".to_owned()));
    }
}
