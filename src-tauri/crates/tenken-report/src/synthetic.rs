//! Synthetic campaigns of any size, for the benchmark and for tests that must
//! not need a database: a large ward is 250 sections × 120 items.

use chrono::{Duration, NaiveDate};
use tenken_core::aggregate::{SectionAnswers, summarise};
use tenken_core::answer::{Answer, AnswerMap, AnswerValue, ImprovementPlan};
use tenken_core::campaign::SectionState;
use tenken_core::questionnaire::{Questionnaire, parse_questionnaire};
use tenken_core::report::{ItemDetail, Officers, PreviousYear, ReportData, SectionDetail};
use tenken_core::review::{FindingGrade, Review, ReviewMark};
use tenken_core::theme::Theme;
use tenken_core::{Attribute, FiscalYear, Scope, Tier, shipped};

const COMMENTS: &[&str] = &[
    "一部の端末で設定が完了していない。",
    "会計年度任用職員の一部が研修を未受講。",
    "手順書はあるが、組織改正後の改訂が済んでいない。",
    "記録はあるが、月によって記入漏れがある。",
    "課としての手順を定めていない。",
    "委託契約にセキュリティ要件の条項がない。",
];
const PLANS: &[&str] = &[
    "端末の設定を情報政策課と確認し、残りの端末に適用する。",
    "未受講者に年度内の受講を指示し、受講状況を係長が確認する。",
    "手順書を改訂し、所属長の確認を受けて課内に周知する。",
    "記録簿の確認を月末の定例業務に加え、庶務係長が点検する。",
    "次回の契約更新時に委託先と協議し、セキュリティ条項を追加する。",
];
const OWNERS: &[&str] = &["庶務係長", "課長補佐", "情報化推進員", "管理係長"];
const BU: &[&str] =
    &["政策経営部", "総務部", "区民部", "保健福祉部", "子ども家庭部", "都市整備部", "環境清掃部", "教育委員会事務局"];
const KA: &[&str] =
    &["企画課", "総務課", "庶務課", "管理課", "事業課", "調整課", "支援課", "相談課", "窓口課", "施設課"];

/// A tiny deterministic generator (no dependency, same data every run).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn unit(&mut self) -> f64 {
        (self.next() % 10_000) as f64 / 10_000.0
    }
}

/// The shipped Toshima checklist, its items repeated until it has `items` of them.
pub fn questionnaire(items: usize) -> Questionnaire {
    let mut q = match parse_questionnaire(shipped::TOSHIMA) {
        Ok(q) => q,
        Err(_) => unreachable!("the shipped checklist is validated by tenken-core's tests"),
    };
    let base: Vec<_> = q.items().map(|(s, i)| (s.clause.clone(), i.clone())).collect();
    let mut n = q.item_count();
    let mut round = 2;
    while n < items {
        for (clause, item) in &base {
            if n >= items {
                break;
            }
            let mut copy = item.clone();
            copy.id = format!("{}-r{round}", item.id);
            if let Some(s) = q.sections.iter_mut().find(|s| &s.clause == clause) {
                s.items.push(copy);
                n += 1;
            }
        }
        round += 1;
    }
    q
}

fn section_answers(q: &Questionnaire, scope: Scope<'_>, rng: &mut Lcg, year: FiscalYear, skill: f64) -> AnswerMap {
    let mut out = AnswerMap::default();
    for (_, item) in q.items().filter(|(_, i)| i.applies_to(scope)) {
        let value = tenken_core::demo::value_by_skill(rng.unit(), skill, 0.04, 0.6);
        let (comment, plan, na_reason) = match value {
            AnswerValue::Partial | AnswerValue::No => (
                COMMENTS[rng.below(COMMENTS.len())].to_owned(),
                Some(ImprovementPlan {
                    action: PLANS[rng.below(PLANS.len())].to_owned(),
                    owner: Some(OWNERS[rng.below(OWNERS.len())].to_owned()),
                    due: year.start() + Duration::days(120 + rng.below(240) as i64),
                }),
                String::new(),
            ),
            AnswerValue::Na => (String::new(), None, "当課では該当する業務を行っていない。".to_owned()),
            _ => (String::new(), None, String::new()),
        };
        out.insert(
            item.id.clone(),
            Answer {
                item_id: item.id.clone(),
                value: Some(value),
                comment,
                na_reason,
                plan,
                unconfirmed: false,
                evidence: String::new(),
            },
        );
    }
    out
}

/// A campaign of `sections` sections answering a checklist of `items` items,
/// with last year's summary, a few sections not submitted and some 指摘.
pub fn campaign(sections: usize, items: usize) -> ReportData {
    let q = questionnaire(items);
    let year = FiscalYear::new(2026).unwrap_or_else(|_| unreachable!("2026 is in range"));
    let mut rng = Lcg(20_261_122);
    let mut details = Vec::new();
    let mut this_answers = Vec::new();
    let mut last_answers = Vec::new();
    for i in 0..sections {
        let (detail, answers, last_year) = synthetic_section(&q, year, &mut rng, i, sections);
        last_answers.push(last_year);
        details.push(detail);
        this_answers.push(answers);
    }
    let summary = ward_summary(&q, &details, &this_answers, None);
    let previous = ward_summary(&q, &details, &last_answers, Some(SectionState::Submitted));
    let departments = details.iter().map(SectionDetail::bu).collect::<std::collections::BTreeSet<_>>().len() as u32;
    ReportData {
        year,
        opened_on: NaiveDate::from_ymd_opt(2026, 9, 1),
        closed_on: None,
        due: NaiveDate::from_ymd_opt(2027, 1, 29),
        contact: tenken_core::schedule::Contact {
            unit: "情報政策課".to_owned(),
            phone: "内線 2345".to_owned(),
            mail: "joho@city.example.lg.jp".to_owned(),
        },
        officers: Officers { responsible: Some("情報政策課長".to_owned()), staff: None },
        assessment: "提出のあった所属では、外部記録媒体の管理に一部実施の回答が多く、持出し記録の運用に差が見られた。\n\n次年度は外部記録媒体の管理を重点テーマとし、記録簿の様式を統一する。".to_owned(),
        theme: Theme {
            title: "令和8年度 重点テーマ：外部記録媒体の管理".to_owned(),
            clauses: vec!["6.(4)".to_owned()],
            items: vec!["toshima-6-5-e".to_owned(), "toshima-6-6-e".to_owned()],
        },
        summary,
        previous: Some(PreviousYear { year: year.previous(), summary: previous }),
        sections: details,
        departments,
        questionnaire: q,
        staff: None,
        follow_ups: Vec::new(),
        onsite: Vec::new(),
        onsite_proposed: Vec::new(),
        grade_names: Vec::new(),
    }
}

/// The tiers of the synthetic sections, in turn.
const TIER_SETS: [&[Tier]; 4] = [
    &[Tier::Lgwan, Tier::Internet],
    &[Tier::Mynumber, Tier::Lgwan],
    &[Tier::Lgwan],
    &[Tier::Mynumber, Tier::Lgwan, Tier::Internet],
];

/// Section (課) number `i` of `sections`: its detail, this year's answers
/// and last year's. Every tenth is still a draft and some are sent back
/// (差戻し); the rest submitted and signed off.
fn synthetic_section(
    q: &Questionnaire,
    year: FiscalYear,
    rng: &mut Lcg,
    i: usize,
    sections: usize,
) -> (SectionDetail, AnswerMap, AnswerMap) {
    let bu = BU[i * BU.len() / sections.max(1)];
    let name =
        format!("{}{}", KA[i % KA.len()], if i >= KA.len() { format!("{}", i / KA.len() + 1) } else { String::new() });
    let tiers = TIER_SETS[i % TIER_SETS.len()].to_vec();
    // The second section is the 主管課: it also answers the 主管課 items.
    let attributes = if i == 1 { vec![Attribute::Central, Attribute::SystemOwner] } else { Vec::new() };
    let scope = Scope { tiers: &tiers, attributes: &attributes };
    let skill = 0.6 + 0.35 * rng.unit();
    let state = match i % 10 {
        8 => SectionState::Draft,
        9 if i % 20 == 9 => SectionState::Reopened,
        _ => SectionState::Submitted,
    };
    let last_year = section_answers(q, scope, rng, year.previous(), skill - 0.05);
    let answers = section_answers(q, scope, rng, year, skill);
    let items = item_details(q, scope, &answers, rng);
    let detail = SectionDetail {
        code: format!("{:04}", 1000 + i),
        name: name.clone(),
        path: format!("{bu} / {name}"),
        tiers: tiers.clone(),
        attributes,
        state,
        submitted_on: (state == SectionState::Submitted).then(|| year.start() + Duration::days(200 + (i % 30) as i64)),
        reopened_on: (state == SectionState::Reopened).then(|| year.start() + Duration::days(210 + (i % 30) as i64)),
        reopen_reason: (state == SectionState::Reopened).then(|| "改善計画の期限が年度末を過ぎています。".to_owned()),
        signoff: (state == SectionState::Submitted).then(|| tenken_core::schedule::SignOff {
            respondent: "佐藤 美咲".to_owned(),
            approver: "中村 浩一".to_owned(),
            approved_on: year.start() + Duration::days(198 + (i % 30) as i64),
        }),
        items,
    };
    (detail, answers, last_year)
}

/// Each item asked of a section with its answer, and now and then the
/// auditor's review: about one in a hundred, a third of those 指摘.
fn item_details(q: &Questionnaire, scope: Scope<'_>, answers: &AnswerMap, rng: &mut Lcg) -> Vec<ItemDetail> {
    q.items()
        .filter(|(_, it)| it.asked_of(scope))
        .map(|(s, it)| {
            let review = (rng.below(97) == 0).then(|| {
                let finding = rng.below(3) == 0;
                Review {
                    mark: if finding { ReviewMark::Finding } else { ReviewMark::Confirmed },
                    comment: "証跡（記録簿の写し）の提出を求める。".to_owned(),
                    grade: finding.then(|| FindingGrade::ALL[rng.below(4)]),
                    respond_by: finding.then(|| NaiveDate::from_ymd_opt(2027, 1, 29)).flatten(),
                }
            });
            ItemDetail {
                clause: s.clause.clone(),
                item_id: it.id.clone(),
                applies: it.applies_to(scope),
                auto_na: it.auto_na_reason(scope),
                answer: answers.get(&it.id).cloned(),
                review,
                repeat: false,
                evidence_files: Vec::new(),
            }
        })
        .collect()
}

/// The ward's summary over one year's answers of every section; `state`,
/// when given, stands for every section's (last year's were all submitted).
fn ward_summary(
    q: &Questionnaire,
    details: &[SectionDetail],
    answers: &[AnswerMap],
    state: Option<SectionState>,
) -> tenken_core::aggregate::Summary {
    let lines: Vec<SectionAnswers<'_>> = details
        .iter()
        .zip(answers)
        .map(|(d, a)| SectionAnswers {
            code: &d.code,
            name: &d.name,
            scope: d.scope(),
            state: state.unwrap_or(d.state),
            answers: a,
        })
        .collect();
    summarise(q, &lines)
}

/// The campaign cut down to one section (what the store gives a section's result sheet).
pub fn one_section(data: &ReportData, index: usize) -> ReportData {
    let mut d = data.clone();
    let keep = d.sections.remove(index.min(d.sections.len().saturating_sub(1)));
    d.summary.by_section = data.summary.by_section.iter().filter(|s| s.code == keep.code).cloned().collect();
    d.summary.sections_total = 1;
    d.summary.sections_submitted = u32::from(keep.state == SectionState::Submitted);
    if let Some(line) = d.summary.by_section.first() {
        d.summary.overall = line.counts;
        d.summary.rate = line.rate;
        for (c, counts) in d.summary.by_clause.iter_mut().zip(&line.by_clause) {
            c.counts = *counts;
            c.rate = counts.rate();
        }
    }
    d.sections = vec![keep];
    d
}
