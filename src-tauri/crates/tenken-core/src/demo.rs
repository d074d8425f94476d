//! The demo ward: a living system for a newcomer to look at.
//!
//! Twenty sections in seven 部, two fiscal years of answers (last year all
//! submitted, this year carried over and under way: some submitted, some in
//! progress, some not started, one sent back). Generated deterministically
//! from a seed, then written through the same store functions a clerk's
//! actions use, so the demo can never hold data the rules would refuse.

use chrono::{Duration, NaiveDate};

use crate::answer::{AnswerInput, AnswerValue};
use crate::attribute::{Attribute, Scope};
use crate::fiscal::FiscalYear;
use crate::questionnaire::Questionnaire;
use crate::schedule::{SettingsInput, SignOffInput};
use crate::tier::Tier;

/// What to do for one section in one year.
#[derive(Debug, Clone, PartialEq)]
pub struct DemoSection {
    pub code: String,
    /// (item id, what the section enters), in order.
    pub answers: Vec<(String, AnswerInput)>,
    pub submit: bool,
    /// Sent back after submitting, with this reason.
    pub reopen: Option<String>,
    /// Who answered and approved, for the submission.
    pub signoff: SignOffInput,
    /// 証跡ファイル attached before submitting, so the sample shows them.
    pub evidence: Vec<DemoEvidence>,
    /// 職員数 and the staff's self-check sheets.
    pub staff: Option<DemoStaff>,
    /// The auditor's marks on the submitted answers (this year only): a 指摘
    /// the report lists and the section sees in its answering panel.
    pub reviews: Vec<(String, crate::review::ReviewInput)>,
}

/// The auditor's marks in the demo: on three submitted sections, a 確認済み
/// on the first answer done, and on two of them a 指摘 on the first answer
/// that needs improvement.
fn demo_reviews(index: usize, answers: &[(String, AnswerInput)]) -> Vec<(String, crate::review::ReviewInput)> {
    use crate::review::{FindingGrade, ReviewInput, ReviewMark};
    if !matches!(index, 0..=2) {
        return Vec::new();
    }
    let mut out = Vec::new();
    let weak = answers.iter().find(|(_, a)| matches!(a.value, Some(AnswerValue::Partial | AnswerValue::No)));
    if let (Some((id, _)), true) = (weak, index > 0) {
        out.push((
            id.clone(),
            ReviewInput {
                mark: ReviewMark::Finding,
                comment: "改善計画の担当と期限は妥当。実施の記録（日付と確認者）を残し、次回の点検で示すこと。"
                    .to_owned(),
                grade: Some(if index == 1 { FindingGrade::Minor } else { FindingGrade::Observation }),
                respond_by: None,
            },
        ));
    }
    if let Some((id, _)) = answers.iter().find(|(_, a)| a.value == Some(AnswerValue::Yes)) {
        out.push((
            id.clone(),
            ReviewInput { mark: ReviewMark::Confirmed, comment: String::new(), grade: None, respond_by: None },
        ));
    }
    out
}

/// A section's staff in the demo: its 職員数 and the sheets of those who answered.
#[derive(Debug, Clone, PartialEq)]
pub struct DemoStaff {
    pub headcount: u32,
    pub sheets: Vec<crate::staff::StaffSheetInput>,
}

/// 職員数 of the demo's sections, in ward order: from a 5-person office to a 60-person one.
const DEMO_HEADCOUNTS: [u32; 20] = [12, 60, 8, 25, 40, 18, 30, 22, 15, 9, 45, 35, 5, 20, 28, 16, 11, 33, 7, 14];

/// The staff sheets of the demo: most sections answered by most of their
/// staff; the 5-person section (index 12) by only two, under the threshold
/// for rates; this year the last two not yet. Items differ in how often
/// staff get them right, so the roll-up has weak items to show; last year
/// (`last`) every section answered and each item was a little weaker, so
/// the comparison shows progress. A generator of its own keeps every other
/// part of the demo as it was.
fn demo_staff(
    staff_q: &Questionnaire,
    scope: Scope<'_>,
    index: usize,
    n: usize,
    seed: u64,
    last: bool,
) -> Option<DemoStaff> {
    let headcount = DEMO_HEADCOUNTS.get(index).copied().unwrap_or(10);
    let year_seed = if last { 0x4c41_5354 } else { 0 };
    let mut rng = fastrand::Rng::with_seed(seed ^ 0x5354_4146 ^ year_seed ^ index as u64);
    let asked = crate::staff::items_for(staff_q, scope);
    let responses = match index {
        12 => 2,
        i if i + 2 >= n && !last => 0,
        _ => ((f64::from(headcount) * (0.5 + 0.45 * rng.f64())).round() as u32).max(3),
    };
    // How often the ward's staff get each item right (the same items are weak everywhere).
    let mut ward = fastrand::Rng::with_seed(seed ^ 0x4954_454d);
    let lower = if last { 0.08 } else { 0.0 };
    let right: Vec<f64> = asked.iter().map(|_| 0.62 + 0.36 * ward.f64() - lower).collect();
    let sheets = (0..responses)
        .map(|_| crate::staff::StaffSheetInput {
            staff_no: None,
            answers: asked
                .iter()
                .zip(&right)
                .map(|(i, p)| {
                    let roll = rng.f64();
                    let v = if roll < *p {
                        crate::staff::StaffValue::Yes
                    } else if roll < p + (1.0 - p) * 0.35 {
                        crate::staff::StaffValue::Unknown
                    } else {
                        crate::staff::StaffValue::No
                    };
                    (i.id.clone(), v)
                })
                .collect(),
        })
        .collect();
    Some(DemoStaff { headcount, sheets })
}

/// The demo's 措置状況 answer to the `k`-th follow-up of a section: most
/// plans done, some under way to the year's end, a few not started or
/// dropped with a reason, so the chapter and the board show every state.
pub fn demo_follow_up(k: usize, year: FiscalYear) -> crate::follow_up::FollowUpInput {
    use crate::follow_up::{FollowUpInput, FollowUpState};
    let (state, new_due, reason, note) = match k % 7 {
        1 | 4 => {
            (FollowUpState::InProgress, Some(year.end() - Duration::days(31)), None, Some("手順書の改訂案を作成済み。"))
        }
        5 => (FollowUpState::NotStarted, None, Some("担当者の異動で着手が遅れている。"), None),
        6 if k > 6 => (FollowUpState::Dropped, None, Some("業務の見直しで当該の手順が不要になった。"), None),
        _ => (FollowUpState::Done, None, None, Some("課内会議で実施を確認した。")),
    };
    FollowUpInput {
        state: Some(state),
        new_due: new_due.map(|d| d.format("%Y-%m-%d").to_string()),
        reason: reason.map(str::to_owned),
        note: note.map(str::to_owned),
    }
}

/// One sample evidence file of the demo: a scanned 管理簿 (PDF), a
/// screenshot (PNG) and a 台帳 excerpt (xlsx), made for the demo and marked
/// as samples inside.
#[derive(Debug, Clone, PartialEq)]
pub struct DemoEvidence {
    pub item: String,
    pub name: &'static str,
    pub bytes: &'static [u8],
}

/// The sample files with the words of the item they go with.
const DEMO_FILES: [(&str, &str, &[u8]); 3] = [
    ("貸出簿", "外部記録媒体 貸出簿（令和8年度）.pdf", include_bytes!("../demo-evidence/media-log.pdf")),
    ("画面ロック", "端末ロック設定画面.png", include_bytes!("../demo-evidence/screen-lock.png")),
    ("情報資産台帳", "情報資産台帳（抜粋）.xlsx", include_bytes!("../demo-evidence/asset-register.xlsx")),
];

/// The sample files a section attaches: each to the first of its answered
/// items whose question names the record.
fn demo_evidence(q: &Questionnaire, answered: &[(String, AnswerInput)]) -> Vec<DemoEvidence> {
    DEMO_FILES
        .iter()
        .filter_map(|(words, name, bytes)| {
            let (id, _) = answered.iter().find(|(id, a)| {
                a.value == Some(crate::AnswerValue::Yes) && q.item(id).is_some_and(|(_, it)| it.text.contains(words))
            })?;
            Some(DemoEvidence { item: id.clone(), name, bytes })
        })
        .collect()
}

/// One fiscal year of the demo.
#[derive(Debug, Clone, PartialEq)]
pub struct DemoYear {
    pub year: FiscalYear,
    /// Whether the campaign opens with last year's answers carried over.
    pub carry_over: bool,
    /// The contact and officers (the deadline comes from [`demo_deadline`]).
    pub settings: SettingsInput,
    /// The auditor's 総評, so the sample report shows where it goes.
    pub assessment: String,
    /// The 重点テーマ (empty: none), so the sample report has its chapter.
    pub theme: crate::theme::ThemeInput,
    /// The 職員セルフチェック the year asks (its TOML), if any.
    pub staff_checklist: Option<&'static str>,
    pub sections: Vec<DemoSection>,
    /// 実地監査 made that year (section code and visit), so the ranking of
    /// the next year counts from them and the report lists them.
    pub onsite_visits: Vec<(&'static str, crate::onsite::VisitInput)>,
}

/// Last year's on-site audits of the demo: three sections, each result once,
/// in the autumn of that fiscal year.
fn demo_visits(year: FiscalYear) -> Vec<(&'static str, crate::onsite::VisitInput)> {
    use crate::onsite::{VisitInput, VisitResult};
    let on = |days: u64| (year.start() + chrono::Days::new(days)).format("%Y-%m-%d").to_string();
    vec![
        (
            "1020",
            VisitInput {
                date: on(190),
                auditors: "情報政策課 監査担当 山田、佐藤".to_owned(),
                result: Some(VisitResult::Good),
                findings: "持出し記録簿と実物の照合ができていた。".to_owned(),
            },
        ),
        (
            "5020",
            VisitInput {
                date: on(204),
                auditors: "情報政策課 監査担当 山田".to_owned(),
                result: Some(VisitResult::SomeImprovement),
                findings: "退職者のアカウント削除に1か月の遅れがあった。".to_owned(),
            },
        ),
        (
            "6030",
            VisitInput {
                date: on(218),
                auditors: "情報政策課 監査担当 佐藤".to_owned(),
                result: Some(VisitResult::Improvement),
                findings: "USBメモリの管理簿がなく、持出しの記録が残っていなかった。".to_owned(),
            },
        ),
    ]
}

/// The demo's 総評 of this year: what was checked and what remains, without
/// assurance wording (see [`crate::assessment`]).
const DEMO_ASSESSMENT: &str = "本年度は全所属を対象に自己点検を行い、提出のあった所属の回答を集計した。\n\
外部記録媒体の持出し管理と、異動・退職者のアカウント整理に「一部実施」の回答が多く、記録簿の様式や確認の頻度が所属によって異なっていた。\n\
重点テーマとした外部記録媒体の管理では、持出し記録の確認を所属長が行っているかどうかに差があった。\n\
未提出の所属には期限内の提出を求めるとともに、改善計画の期限が年度末を過ぎるものは見直しを依頼する。";

/// The demo's 重点テーマ of this year: 外部記録媒体の管理, i.e. the clause
/// that asks for the media register (6.(4) 物理的セキュリティ対策 in
/// toshima.toml) and, from other clauses, the items about removable media.
pub fn demo_theme(q: &Questionnaire) -> crate::theme::ThemeInput {
    let clauses: Vec<String> = q
        .sections
        .iter()
        .filter(|s| s.items.iter().any(|i| i.text.contains("外部記録媒体の台帳")))
        .map(|s| s.clause.clone())
        .collect();
    crate::theme::ThemeInput {
        title: "重点テーマ：外部記録媒体の管理".to_owned(),
        items: q
            .items()
            .filter(|(s, i)| !clauses.contains(&s.clause) && i.text.contains("記録媒体"))
            .map(|(_, i)| i.id.clone())
            .collect(),
        clauses,
    }
}

/// The demo's 総評 of last year.
const DEMO_ASSESSMENT_LAST: &str = "前年度の点検では、パスワードの管理と執務室の施錠に改善を要する回答が見られた。各所属の改善計画の進み具合は、本年度の点検で確認する。";

/// The whole demo: the org tree as a CSV (imported like any other) and the years.
#[derive(Debug, Clone, PartialEq)]
pub struct DemoWard {
    pub departments_csv: String,
    pub years: Vec<DemoYear>,
}

/// (部 code, 部 name, [(課 code, 課 name, tiers)]).
type Bu = (&'static str, &'static str, &'static [(&'static str, &'static str, &'static [Tier])]);

const M: Tier = Tier::Mynumber;
const L: Tier = Tier::Lgwan;
const I: Tier = Tier::Internet;
const S: Tier = Tier::School;

const WARD: &[Bu] = &[
    ("10", "政策経営部", &[("1010", "企画課", &[L, I]), ("1020", "情報政策課", &[L, I]), ("1030", "広報課", &[L, I])]),
    ("20", "総務部", &[("2010", "総務課", &[L, I]), ("2020", "人事課", &[L]), ("2030", "防災危機管理課", &[M, L, I])]),
    ("30", "区民部", &[("3010", "区民課", &[M, L]), ("3020", "税務課", &[M, L]), ("3030", "国民健康保険課", &[M, L])]),
    (
        "40",
        "保健福祉部",
        &[("4010", "福祉総務課", &[M, L]), ("4020", "高齢者福祉課", &[M, L]), ("4030", "障害福祉課", &[M, L])],
    ),
    ("50", "子ども家庭部", &[("5010", "子育て支援課", &[M, L, I]), ("5020", "保育課", &[M, L])]),
    ("60", "都市整備部", &[("6010", "都市計画課", &[L, I]), ("6020", "建築審査課", &[L]), ("6030", "住宅課", &[L])]),
    (
        "70",
        "教育委員会事務局",
        &[("7010", "教育総務課", &[L, I, S]), ("7020", "学務課", &[L, S]), ("7030", "指導課", &[I, S])],
    ),
];

/// The demo ward's 所属の属性 by section code; the sections not listed have none.
/// 情報政策課 is the 主管課 that answers the 主管課 items.
const ATTRIBUTES: &[(&str, &[Attribute])] = {
    use Attribute::{Central, Counter, MyNumberData, Outsourcing, SystemOwner};
    &[
        ("1020", &[Central, SystemOwner, Outsourcing]),
        ("1030", &[Outsourcing]),
        ("2020", &[SystemOwner, Outsourcing]),
        ("2030", &[Outsourcing]),
        ("3010", &[Counter, MyNumberData, SystemOwner]),
        ("3020", &[Counter, MyNumberData, Outsourcing]),
        ("3030", &[Counter, MyNumberData, Outsourcing]),
        ("4010", &[Counter, MyNumberData]),
        ("4020", &[Counter, MyNumberData, Outsourcing]),
        ("4030", &[Counter, MyNumberData, Outsourcing]),
        ("5010", &[Counter, MyNumberData]),
        ("5020", &[Counter, MyNumberData, Outsourcing]),
        ("6020", &[Counter]),
        ("6030", &[Counter, Outsourcing]),
        ("7010", &[SystemOwner, Outsourcing]),
        ("7020", &[Counter]),
    ]
};

fn attributes_of(code: &str) -> &'static [Attribute] {
    ATTRIBUTES.iter().find(|(c, _)| *c == code).map_or(&[], |(_, a)| a)
}

const YES_NOTES: &[&str] = &[
    "年度当初の課内会議で確認した。",
    "手順書に沿って実施し、記録を課内共有フォルダに保管している。",
    "庶務担当が四半期ごとに点検している。",
    "異動者には着任時に説明している。",
];
/// (what was found, what will be done) — a comment and the plan that answers it.
const PARTIAL_FINDINGS: &[(&str, &str)] = &[
    ("一部の端末で設定が完了していない。", "端末の設定を情報政策課と確認し、残りの端末に適用する。"),
    ("会計年度任用職員の一部が未受講。", "未受講者に年度内の受講を指示し、受講状況を係長が確認する。"),
    ("手順書はあるが、組織改正後の改訂が済んでいない。", "手順書を改訂し、所属長の確認を受けて課内に周知する。"),
    ("記録はあるが、月によって記入漏れがある。", "記録簿の確認を月末の定例業務に加え、庶務係長が点検する。"),
];
const NO_FINDINGS: &[(&str, &str)] = &[
    ("課としての手順を定めていない。", "次回の課内会議で手順を定め、全職員に周知する。"),
    ("担当者の異動で引き継ぎが途切れ、実施できていない。", "担当と副担当を定め、引き継ぎ書に手順を記載する。"),
    ("委託契約にセキュリティ要件の条項がない。", "次回の契約更新時に委託先と協議し、セキュリティ条項を追加する。"),
];
const OWNERS: &[&str] = &["庶務係長", "課長補佐", "情報化推進員", "管理係長"];
const NA_REASONS: &[&str] = &[
    "当課では該当する業務を行っていない。",
    "当課は外部委託を行っていない。",
    "当課は公式SNSアカウントを保有していない。",
];

const RESPONDENTS: &[&str] = &["佐藤 美咲", "鈴木 健太", "高橋 直子", "田中 翔", "伊藤 由美", "渡辺 大輔", "山本 彩"];
const APPROVERS: &[&str] = &["中村 浩一", "小林 真理子", "加藤 誠", "吉田 恵", "山田 隆"];

/// The demo's contact and officers: 情報政策課 runs the inspection.
pub fn demo_settings() -> SettingsInput {
    SettingsInput {
        due: None,
        contact_unit: Some("政策経営部 情報政策課".to_owned()),
        contact_phone: Some("内線 2345".to_owned()),
        contact_mail: Some("joho-seisaku@city.example.lg.jp".to_owned()),
        lead: Some("山田 隆".to_owned()),
        lead_unit: Some("情報政策課長・CISO補佐".to_owned()),
        staff: Some("井上 さくら".to_owned()),
        staff_unit: Some("情報政策課 情報セキュリティ係".to_owned()),
        // Off, as a new campaign has it: the demo's sections answer the way
        // a ward starts; the auditor turns it on in 点検の設定.
        evidence_required: None,
        staff_min_rate: None,
    }
}

/// The demo's 提出期限 of `year` seen on `today`: late January for a year
/// already over, else two weeks from today (at most the year's last day).
pub fn demo_deadline(year: FiscalYear, today: NaiveDate) -> NaiveDate {
    if today > year.end() {
        year.end() - Duration::days(60)
    } else {
        (today.max(year.start()) + Duration::days(14)).min(year.end())
    }
}

/// A demo sign-off: names from the lists, approved `on` (today when `None`).
fn signoff(rng: &mut fastrand::Rng, on: Option<NaiveDate>) -> SignOffInput {
    SignOffInput {
        respondent: pick(rng, RESPONDENTS).to_owned(),
        approver: pick(rng, APPROVERS).to_owned(),
        approved_on: on.map(|d| d.format("%Y-%m-%d").to_string()),
    }
}

/// Where the demo's sections keep their records.
const PLACES: &[&str] =
    &["課内共有フォルダ「庶務」", "庶務係の書庫", "課長席後ろの施錠キャビネット", "文書管理システム"];

/// This year's 証跡の所在 on a 重点項目 answered 実施している: the first
/// record the checklist names, kept in one of [`PLACES`] (chosen from the
/// section and item, so the answers' random stream is that of every earlier demo).
fn with_evidence(q: &Questionnaire, code: &str, id: &str, mut input: AnswerInput) -> AnswerInput {
    let Some((_, item)) = q.item(id) else { return input };
    if input.value != Some(AnswerValue::Yes) || !item.priority {
        return input;
    }
    let Some(record) = item.evidence_hint.as_deref().and_then(|h| h.split(['、', '，']).next()) else { return input };
    let place = PLACES[(code.len() + id.len() + code.bytes().map(usize::from).sum::<usize>()) % PLACES.len()];
    input.evidence = Some(format!("{record}（{place}）"));
    input
}

fn pick<'a>(rng: &mut fastrand::Rng, list: &[&'a str]) -> &'a str {
    list[rng.usize(..list.len())]
}

/// The value a section of `skill` (0..1) gives an item, from a uniform
/// `roll` in 0..1: 該当なし for the first `na` of rolls, then 実施 as often as
/// its skill, and of the rest `partial` 一部実施 and the others 未実施. The
/// demo and the report benchmark's synthetic wards both answer this way.
pub fn value_by_skill(roll: f64, skill: f64, na: f64, partial: f64) -> AnswerValue {
    if roll < na {
        AnswerValue::Na
    } else if roll < na + skill {
        AnswerValue::Yes
    } else if roll < na + skill + (1.0 - skill) * partial {
        AnswerValue::Partial
    } else {
        AnswerValue::No
    }
}

/// One answer as a clerk of a section of `skill` (0..1) would give it.
fn answer(rng: &mut fastrand::Rng, year: FiscalYear, skill: f64) -> AnswerInput {
    let value = value_by_skill(rng.f64(), skill, 0.05, 0.65);
    let mut input = AnswerInput { value: Some(value), ..Default::default() };
    match value {
        AnswerValue::Yes if rng.f64() < 0.3 => input.comment = Some(pick(rng, YES_NOTES).to_owned()),
        AnswerValue::Yes => {}
        AnswerValue::Na => input.na_reason = Some(pick(rng, NA_REASONS).to_owned()),
        AnswerValue::Partial | AnswerValue::No => {
            let findings = if value == AnswerValue::No { NO_FINDINGS } else { PARTIAL_FINDINGS };
            let (note, plan) = findings[rng.usize(..findings.len())];
            input.comment = Some(note.to_owned());
            input.plan_action = Some(plan.to_owned());
            input.plan_owner = Some(pick(rng, OWNERS).to_owned());
            let due = year.start() + Duration::days(120 + rng.i64(0..240));
            input.plan_due = Some(due.format("%Y-%m-%d").to_string());
        }
    }
    input
}

/// Builds the demo for `q`, the newer fiscal year being `this_year`.
pub fn demo_ward(q: &Questionnaire, this_year: FiscalYear, seed: u64) -> DemoWard {
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut csv = String::from("所属コード,所属名,親コード,系,属性\n");
    let mut sections = Vec::new();
    for (bu_code, bu_name, kas) in WARD {
        csv.push_str(&format!("{bu_code},{bu_name},,,\n"));
        for (code, name, tiers) in *kas {
            let tiers_cell = tiers.iter().map(|t| t.code()).collect::<Vec<_>>().join(" ");
            let attributes = attributes_of(code);
            let attributes_cell = attributes.iter().map(|a| a.japanese()).collect::<Vec<_>>().join(" ");
            csv.push_str(&format!("{code},{name},{bu_code},{tiers_cell},{attributes_cell}\n"));
            sections.push((*code, Scope { tiers, attributes }));
        }
    }

    let last_year = this_year.previous();
    // The ward's 職員セルフチェック (both years): the shipped one of the same ward.
    let staff_toml = crate::shipped::STAFF.iter().copied().find(|t| {
        crate::questionnaire::parse_questionnaire(t).is_ok_and(|s| s.meta.municipality == q.meta.municipality)
    });
    let staff_q = staff_toml.and_then(|t| crate::questionnaire::parse_questionnaire(t).ok());
    // Names come from a generator of their own, so the answers stay those of every earlier demo.
    let mut names = fastrand::Rng::with_seed(seed ^ 0x5349_474e);
    let mut last = Vec::new();
    let mut this = Vec::new();
    let n = sections.len();
    for (index, (code, scope)) in sections.into_iter().enumerate() {
        let skill = 0.55 + 0.4 * rng.f64();
        let items: Vec<&str> = q.items().filter(|(_, i)| i.applies_to(scope)).map(|(_, i)| i.id.as_str()).collect();
        last.push(DemoSection {
            code: code.to_owned(),
            answers: items.iter().map(|id| ((*id).to_owned(), answer(&mut rng, last_year, skill))).collect(),
            submit: true,
            reopen: None,
            signoff: signoff(&mut names, Some(last_year.end() - Duration::days(62))),
            evidence: Vec::new(),
            staff: staff_q.as_ref().and_then(|sq| demo_staff(sq, scope, index, n, seed, true)),
            reviews: Vec::new(),
        });
        // This year: 12 submitted (one of them then sent back), 5 under way, the rest not started.
        let (share, submit) = match index {
            i if i < 12 => (1.0, true),
            i if i < n - 3 => (0.3 + 0.5 * rng.f64(), false),
            _ => (0.0, false),
        };
        let confirmed = (items.len() as f64 * share).round() as usize;
        let better = (skill + 0.1).min(0.97);
        let answers: Vec<(String, AnswerInput)> = items
            .iter()
            .take(confirmed)
            .map(|id| ((*id).to_owned(), with_evidence(q, code, id, answer(&mut rng, this_year, better))))
            .collect();
        // Three sections show evidence files: two submitted, one still answering.
        let evidence = if matches!(index, 0 | 1) || index == 12 { demo_evidence(q, &answers) } else { Vec::new() };
        let staff = staff_q.as_ref().and_then(|sq| demo_staff(sq, scope, index, n, seed, false));
        let reviews = demo_reviews(index, &answers);
        this.push(DemoSection {
            reviews,
            staff,
            code: code.to_owned(),
            answers,
            evidence,
            submit,
            reopen: (index == 3)
                .then(|| "改善計画の期限が年度末を過ぎています。見直して再提出してください。".to_owned()),
            signoff: signoff(&mut names, None),
        });
    }
    DemoWard {
        departments_csv: csv,
        years: vec![
            DemoYear {
                year: last_year,
                carry_over: false,
                settings: demo_settings(),
                assessment: DEMO_ASSESSMENT_LAST.to_owned(),
                theme: Default::default(),
                staff_checklist: staff_toml,
                sections: last,
                onsite_visits: demo_visits(last_year),
            },
            DemoYear {
                year: this_year,
                carry_over: true,
                settings: demo_settings(),
                assessment: DEMO_ASSESSMENT.to_owned(),
                theme: demo_theme(q),
                staff_checklist: staff_toml,
                sections: this,
                onsite_visits: Vec::new(),
            },
        ],
    }
}

/// How big a generated ward is: the benchmark's large ward is 250 sections,
/// a 120-item checklist and five fiscal years.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WardScale {
    pub sections: usize,
    pub items: usize,
    pub years: usize,
}

impl WardScale {
    /// A large ward (特別区 of the bigger kind): 250 sections, 120 items, 5 years.
    pub const WARD: WardScale = WardScale { sections: 250, items: 120, years: 5 };
}

/// The shipped Toshima checklist grown to `items` items, as TOML that parses
/// like any other: its items are repeated (ids suffixed `-r2`, `-r3`, …) under
/// their own clauses. A large ward's checklist is longer than the shipped
/// one; this keeps the benchmark's wording real instead of placeholder text.
pub fn ward_checklist_toml(items: usize) -> String {
    let base = match crate::questionnaire::parse_questionnaire(crate::shipped::TOSHIMA) {
        Ok(q) => q,
        Err(_) => unreachable!("the shipped checklist is validated by this crate's tests"),
    };
    let mut sections: Vec<(&crate::questionnaire::Section, Vec<(String, &crate::questionnaire::Item)>)> =
        base.sections.iter().map(|s| (s, s.items.iter().map(|i| (i.id.clone(), i)).collect())).collect();
    let mut n = base.item_count();
    let mut round = 2;
    while n < items {
        for (s, its) in &mut sections {
            for item in &s.items {
                if n >= items {
                    break;
                }
                its.push((format!("{}-r{round}", item.id), item));
                n += 1;
            }
        }
        round += 1;
    }
    let quote = |v: &str| toml::Value::String(v.to_owned()).to_string();
    let opt = |out: &mut String, key: &str, v: &Option<String>| {
        if let Some(v) = v {
            out.push_str(&format!("{key} = {}\n", quote(v)));
        }
    };
    let list = |tiers: &[Tier]| tiers.iter().map(|t| quote(t.code())).collect::<Vec<_>>().join(", ");
    let m = &base.meta;
    let mut out = format!(
        "# Generated: {} grown to {items} items for a ward-scale test.\n[questionnaire]\nid = {}\n\
         municipality = {}\ntitle = {}\npolicy = {}\npolicy_effective = {}\ntiers = [{}]\n",
        m.title,
        quote(&format!("{}-{items}", m.id)),
        quote(&m.municipality),
        quote(&m.title),
        quote(&m.policy),
        m.policy_effective.format("%Y-%m-%d"),
        list(&m.tiers),
    );
    opt(&mut out, "municipality_en", &m.municipality_en);
    opt(&mut out, "title_en", &m.title_en);
    opt(&mut out, "policy_en", &m.policy_en);
    for (s, its) in &sections {
        out.push_str(&format!(
            "\n[[section]]\nclause = {}\ntitle = {}\nsummary = {}\n",
            quote(&s.clause),
            quote(&s.title),
            quote(&s.summary)
        ));
        opt(&mut out, "title_en", &s.title_en);
        opt(&mut out, "summary_en", &s.summary_en);
        for (id, i) in its {
            out.push_str(&format!("\n[[section.item]]\nid = {}\ntext = {}\n", quote(id), quote(&i.text)));
            opt(&mut out, "text_en", &i.text_en);
            if !i.tiers.is_empty() {
                out.push_str(&format!("tiers = [{}]\n", list(&i.tiers)));
            }
            opt(&mut out, "evidence_hint", &i.evidence_hint);
            opt(&mut out, "evidence_hint_en", &i.evidence_hint_en);
            if !i.method.is_empty() {
                let codes: Vec<String> = i.method.iter().map(|m| quote(m.code())).collect();
                out.push_str(&format!("method = [{}]\n", codes.join(", ")));
            }
            opt(&mut out, "focus", &i.focus);
            opt(&mut out, "focus_en", &i.focus_en);
            if i.priority {
                out.push_str("priority = true\n");
            }
        }
    }
    out
}

/// 部 of a generated ward (more are numbered when a ward needs more).
const WARD_BU: &[&str] = &[
    "政策経営部",
    "総務部",
    "区民部",
    "文化観光部",
    "保健福祉部",
    "健康推進部",
    "子ども家庭部",
    "環境清掃部",
    "都市整備部",
    "土木部",
    "危機管理部",
    "会計管理室",
    "教育委員会事務局",
    "選挙管理委員会事務局",
];
/// 課 names of a generated ward, combined with 部 to stay plausible.
const WARD_KA: &[&str] = &[
    "総務課",
    "企画調整課",
    "管理課",
    "事業課",
    "相談支援課",
    "窓口サービス課",
    "施設課",
    "計画課",
    "指導課",
    "調査課",
    "地域連携課",
    "経理課",
    "推進課",
    "整備課",
    "保険年金課",
];
/// Details added to a finding, so comments have the length real ones have.
const DETAILS: &[&str] = &[
    "対象は課内の端末{n}台のうち{m}台。",
    "{n}名中{m}名が対象で、残りは次回の研修日程に合わせて対応する予定。",
    "前回点検（{n}月）の指摘事項で、一部は対応済み。",
    "係内で分担を見直し、{n}月から記録の様式を改めた。",
];

fn detail(rng: &mut fastrand::Rng) -> String {
    let n = rng.u32(6..30);
    pick(rng, DETAILS).replace("{n}", &n.to_string()).replace("{m}", &rng.u32(1..n / 2 + 2).to_string())
}

/// A large generated ward for benchmarks and for trying tenken at scale:
/// `scale.sections` sections in 部 of up to ten 課, tiers mixed as in a real
/// ward, `scale.years` fiscal years ending with `this_year`. Every year but
/// the newest is complete (a few sections never submitted); in the newest,
/// about 85% have submitted, 10% are under way and 5% have not started.
/// Comments and plans are Japanese sentences of realistic length.
/// Deterministic for a seed.
pub fn large_ward(q: &Questionnaire, scale: WardScale, this_year: FiscalYear, seed: u64) -> DemoWard {
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut names = fastrand::Rng::with_seed(seed ^ 0x5349_474e);
    let mut csv = String::from("所属コード,所属名,親コード,系\n");
    let mut sections: Vec<(String, Vec<Tier>, f64)> = Vec::with_capacity(scale.sections);
    let has_school = q.meta.tiers.contains(&Tier::School);
    let bu_count = scale.sections.div_ceil(10);
    for b in 0..bu_count {
        let bu_code = format!("{:03}", b + 1);
        let bu_name = match WARD_BU.get(b) {
            Some(n) => (*n).to_owned(),
            None => format!("{}（第{}）", WARD_BU[b % WARD_BU.len()], b / WARD_BU.len() + 1),
        };
        csv.push_str(&format!("{bu_code},{bu_name},,\n"));
        let kas = (scale.sections - b * 10).min(10);
        let offset = rng.usize(..WARD_KA.len());
        for k in 0..kas {
            let code = format!("{bu_code}{:02}", k + 1);
            let name = WARD_KA[(offset + k) % WARD_KA.len()];
            let mut tiers = vec![Tier::Lgwan];
            if rng.f64() < 0.35 {
                tiers.insert(0, Tier::Mynumber);
            }
            if rng.f64() < 0.6 {
                tiers.push(Tier::Internet);
            }
            if has_school && rng.f64() < 0.05 {
                tiers.push(Tier::School);
            }
            let cell = tiers.iter().map(|t| t.code()).collect::<Vec<_>>().join(" ");
            csv.push_str(&format!("{code},{name},{bu_code},{cell}\n"));
            sections.push((code, tiers, 0.55 + 0.4 * rng.f64()));
        }
    }
    let first = this_year.year() - scale.years.saturating_sub(1) as i32;
    let mut years = Vec::with_capacity(scale.years);
    for (n, y) in (first..=this_year.year()).enumerate() {
        let Ok(year) = FiscalYear::new(i64::from(y)) else { continue };
        let newest = y == this_year.year();
        let mut out = Vec::with_capacity(sections.len());
        for (code, tiers, skill) in &mut sections {
            // Sections get a little better every year.
            *skill = (*skill + 0.03).min(0.97);
            let scope = Scope::tiers(tiers);
            let items: Vec<&str> = q.items().filter(|(_, i)| i.applies_to(scope)).map(|(_, i)| i.id.as_str()).collect();
            let roll = rng.f64();
            let (share, submit) = match (newest, roll) {
                (true, r) if r < 0.85 => (1.0, true),
                (true, r) if r < 0.95 => (0.2 + 0.6 * rng.f64(), false),
                (true, _) => (0.0, false),
                (false, r) if r < 0.98 => (1.0, true),
                (false, _) => (0.6, false),
            };
            let confirmed = (items.len() as f64 * share).round() as usize;
            let answers = items
                .iter()
                .take(confirmed)
                .map(|id| {
                    let mut input = answer(&mut rng, year, *skill);
                    if input.plan_action.is_some() {
                        let note = input.comment.take().unwrap_or_default();
                        input.comment = Some(format!("{note}{}", detail(&mut rng)));
                    }
                    ((*id).to_owned(), input)
                })
                .collect();
            let on = (!newest).then(|| year.end() - Duration::days(62));
            out.push(DemoSection {
                code: code.clone(),
                answers,
                submit,
                reopen: None,
                signoff: signoff(&mut names, on),
                evidence: Vec::new(),
                staff: None,
                reviews: Vec::new(),
            });
        }
        years.push(DemoYear {
            year,
            carry_over: n > 0,
            settings: demo_settings(),
            assessment: String::new(),
            theme: Default::default(),
            sections: out,
            staff_checklist: None,
            onsite_visits: Vec::new(),
        });
    }
    DemoWard { departments_csv: csv, years }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answer::check_answer;
    use crate::department::{parse_departments_csv, sections};
    use crate::questionnaire::parse_questionnaire;
    use crate::shipped::TOSHIMA;

    #[test]
    fn demo_has_twenty_sections_and_only_answers_the_rules_accept() {
        let q = parse_questionnaire(TOSHIMA).unwrap();
        let fy = FiscalYear::new(2026).unwrap();
        let demo = demo_ward(&q, fy, 7);
        let depts = parse_departments_csv(demo.departments_csv.as_bytes(), &[]).unwrap();
        assert_eq!(sections(&depts).len(), 20);
        for y in &demo.years {
            for s in &y.sections {
                for (item, input) in &s.answers {
                    check_answer(item, input, y.year).unwrap();
                }
            }
        }
        let this = &demo.years[1];
        assert_eq!(this.sections.iter().filter(|s| s.submit).count(), 12);
        assert!(this.sections.iter().any(|s| s.answers.is_empty()));
        assert_eq!(demo, demo_ward(&q, fy, 7), "the demo is deterministic");
    }

    #[test]
    fn the_ward_checklist_parses_with_the_asked_number_of_items() {
        let toml = ward_checklist_toml(120);
        let q = parse_questionnaire(&toml).unwrap();
        assert_eq!(q.item_count(), 120);
        let shipped = parse_questionnaire(TOSHIMA).unwrap();
        assert_eq!(q.sections.len(), shipped.sections.len());
        assert!(q.item("toshima-5-a-r2").is_some());
        // The shipped size or less is the shipped checklist's items unchanged.
        assert_eq!(parse_questionnaire(&ward_checklist_toml(10)).unwrap().item_count(), shipped.item_count());
    }

    #[test]
    fn a_large_ward_has_its_sections_years_and_mix_and_only_valid_answers() {
        let q = parse_questionnaire(&ward_checklist_toml(120)).unwrap();
        let fy = FiscalYear::new(2026).unwrap();
        let scale = WardScale { sections: 250, items: 120, years: 5 };
        let ward = large_ward(&q, scale, fy, 1);
        let depts = parse_departments_csv(ward.departments_csv.as_bytes(), &[]).unwrap();
        let secs = sections(&depts);
        assert_eq!(secs.len(), 250);
        assert!(secs.iter().any(|d| d.tiers.contains(&Tier::Mynumber)));
        assert!(secs.iter().any(|d| !d.tiers.contains(&Tier::Mynumber)));
        assert_eq!(ward.years.len(), 5);
        assert_eq!(ward.years.last().unwrap().year, fy);
        let newest = ward.years.last().unwrap();
        let unsubmitted = newest.sections.iter().filter(|s| !s.submit).count();
        assert!((10..80).contains(&unsubmitted), "{unsubmitted} unsubmitted");
        let answers: usize = ward.years.iter().flat_map(|y| &y.sections).map(|s| s.answers.len()).sum();
        assert!(answers > 100_000, "{answers} answers");
        for y in &ward.years {
            for s in y.sections.iter().take(20) {
                for (item, input) in &s.answers {
                    check_answer(item, input, y.year).unwrap();
                }
            }
        }
        assert_eq!(ward, large_ward(&q, scale, fy, 1), "deterministic");
    }
}
