//! The shipped checklists against the policies they come from.
#![allow(clippy::unwrap_used)]

use std::path::PathBuf;

use tenken_core::questionnaire::parse_questionnaire;
use tenken_core::scaffold::{clause_list, clause_tree};
use tenken_core::{Questionnaire, Tier, shipped};

fn seed(name: &str) -> Option<String> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../../shared/seeds").join(name);
    match std::fs::read_to_string(&path) {
        Ok(text) => Some(text),
        Err(_) => {
            eprintln!("skipped: {} is absent (CI has ../shared beside the clone)", path.display());
            None
        }
    }
}

fn clauses(q: &Questionnaire) -> Vec<&str> {
    q.sections.iter().map(|s| s.clause.as_str()).collect()
}

fn check_common(q: &Questionnaire) {
    assert!(q.item_count() >= 40, "{}: only {} items", q.meta.id, q.item_count());
    for (section, item) in q.items() {
        assert!(section.items.len() >= 2, "{}: clause {} has a single item", q.meta.id, section.clause);
        assert!(item.text_en.as_deref().is_some_and(|t| !t.trim().is_empty()), "{} has no English text", item.id);
        assert!(
            item.evidence_hint.as_deref().is_some_and(|t| !t.trim().is_empty()),
            "{} has no evidence hint",
            item.id
        );
        assert!(item.evidence_hint_en.is_some(), "{} has no English evidence hint", item.id);
        // A yes/no question: 「…か。」, possibly with a note in brackets after it.
        let core = item.text.trim_end_matches('。');
        let core = match core.strip_suffix('）').and_then(|c| c.rfind('（').map(|i| &c[..i])) {
            Some(before_note) => before_note,
            None => core,
        };
        assert!(core.ends_with('か'), "{} is not a question: {}", item.id, item.text);
        // An item is a concrete question, not 「適切に対応しているか」 alone.
        let vague = ["適切に対応しているか", "適切に実施しているか", "適切に管理しているか"];
        assert!(!vague.iter().any(|v| item.text.trim_end_matches('。') == *v), "{} is vague", item.id);
        assert!(item.text.chars().count() >= 15, "{} is too short to be concrete: {}", item.id, item.text);
        assert!(section.summary_en.is_some() && section.title_en.is_some(), "clause {} lacks English", section.clause);
    }
    // 確認方法 and 着眼点: on at least a dozen items, the focus in both languages,
    // and the question beside it one plain sentence (its examples moved to the focus).
    let with_focus: Vec<_> = q.items().filter(|(_, i)| !i.method.is_empty() && i.focus.is_some()).collect();
    assert!(with_focus.len() >= 12, "{}: only {} items say how they are checked", q.meta.id, with_focus.len());
    for (_, item) in q.items().filter(|(_, i)| i.focus.is_some() || !i.method.is_empty()) {
        assert!(item.focus.is_some() && !item.method.is_empty(), "{}: method and focus go together", item.id);
        assert!(item.focus_en.is_some(), "{} has no English focus", item.id);
        // (「職員等」「関係団体等」 are terms, not lists of examples, so only brackets are looked for.
        // A short gloss such as 管理者権限（特権ID） names the same thing twice and may stay.)
        for (_, rest) in item.text.match_indices('（').map(|(i, _)| item.text.split_at(i)) {
            let inside = rest.trim_start_matches('（').split('）').next().unwrap_or("");
            let gloss = inside.chars().count() <= 10 && !inside.contains(['、', '・']) && !inside.contains("含む");
            assert!(gloss, "{} keeps examples in brackets in the question: {}", item.id, item.text);
        }
    }
    let priority = q.items().filter(|(_, i)| i.priority).count();
    assert!(priority > 0 && priority < q.item_count(), "{}: priority flags should mark a subset", q.meta.id);
}

#[test]
fn toshima_covers_every_clause_that_asks_for_action_and_cites_only_real_clauses() {
    let q = parse_questionnaire(shipped::TOSHIMA).unwrap();
    check_common(&q);
    let have = clauses(&q);
    let required = [
        "5", "6.(1)", "6.(2)", "6.(3)①", "6.(3)②", "6.(3)③", "6.(4)", "6.(5)", "6.(6)", "6.(7)", "6.(8)", "6.(9)", "7",
        "8",
    ];
    for c in required {
        assert!(have.contains(&c), "豊島 clause {c} has no section");
    }
    assert!(!have.contains(&"6.(3)"), "6.(3)①②③ each stand on their own");
    // 6.(3)① is about the My Number zone only.
    let sep = q.sections.iter().find(|s| s.clause == "6.(3)①").unwrap();
    assert!(sep.items.iter().all(|i| i.tiers == vec![Tier::Mynumber]));
    assert!(q.meta.tiers.contains(&Tier::School));
    cites_only_clauses_of_its_policy(&have, "000_d73f66296609ae63.txt");
}

#[test]
fn edogawa_covers_every_clause_that_asks_for_action_and_cites_only_real_clauses() {
    let q = parse_questionnaire(shipped::EDOGAWA).unwrap();
    check_common(&q);
    let have = clauses(&q);
    let required = ["6", "7.(1)", "7.(2)", "7.(3)", "7.(4)", "7.(5)", "7.(6)", "7.(7)", "7.(8)", "8", "9", "10"];
    for c in required {
        assert!(have.contains(&c), "江戸川 clause {c} has no section");
    }
    assert!(!q.meta.tiers.contains(&Tier::School), "江戸川's policy has no 校務接続系");
    cites_only_clauses_of_its_policy(&have, "003_033b498d9c109fc0.txt");
}

/// Every clause a checklist cites is one its ward's policy has (said and
/// skipped where the seeds are absent, like every seed test).
fn cites_only_clauses_of_its_policy(have: &[&str], seed_name: &str) {
    if let Some(text) = seed(seed_name) {
        let policy = clause_list(&clause_tree(&text));
        for c in have {
            assert!(policy.iter().any(|p| p == c), "clause {c} is not in the policy {seed_name}");
        }
    }
}

/// The project summarises clauses in its own words: no run of 25 characters
/// of a policy sentence appears in a checklist.
#[test]
fn checklists_do_not_copy_the_policy_text() {
    for (toml, seed_name) in
        [(shipped::TOSHIMA, "000_d73f66296609ae63.txt"), (shipped::EDOGAWA, "003_033b498d9c109fc0.txt")]
    {
        let Some(text) = seed(seed_name) else { continue };
        let policy: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        let q = parse_questionnaire(toml).unwrap();
        let mut texts: Vec<&str> = q.sections.iter().map(|s| s.summary.as_str()).collect();
        texts.extend(q.items().map(|(_, i)| i.text.as_str()));
        for t in texts {
            let chars: Vec<char> = t.chars().filter(|c| !c.is_whitespace()).collect();
            for window in chars.windows(25) {
                let run: String = window.iter().collect();
                assert!(!policy.contains(&run), "copied from {seed_name}: {run}");
            }
        }
    }
}

/// Words that name what only the IT department (情報政策課, a system's
/// 所管課) can see: a section item that uses them gets 「実施している」 from
/// every section that cannot check. Such controls belong to 主管課 items.
const IT_ONLY: &[&str] = &[
    "ネットワーク構成",
    "構成図",
    "セキュリティクラウド",
    "ファイアウォール",
    "CSIRT",
    "定義ファイル",
    "通信機器",
    "認証サーバ",
    "区の全端末",
];

/// Words a section can answer to only when it runs a system of its own.
const SYSTEM_OWNER_ONLY: &[&str] = &["修正プログラム", "脆弱性"];

/// Themes cities add today; each has at least one item (by a word its text uses).
const THEMES: &[(&str, &[&str])] = &[
    ("テレワーク", &["テレワーク", "在宅"]),
    ("生成AI", &["生成AI"]),
    ("暗号化", &["暗号"]),
    ("特定個人情報", &["特定個人情報", "事務取扱担当者"]),
    ("複合機・印刷物", &["複合機", "印刷"]),
    ("メール誤送信・BCC", &["BCC"]),
    ("私物端末・私物USB", &["私物"]),
    ("Web会議", &["Web会議"]),
    ("異動・退職者のアカウント", &["異動", "退職"]),
    ("入退室・来訪者", &["来訪者"]),
    ("リース返却・廃棄時の消去", &["消去"]),
];

/// Checklists v2: section items ask what a section does or sees, one control
/// per question; the 主管課 has its own items; the new themes are covered.
#[test]
fn section_items_are_answerable_by_a_section_and_the_new_themes_are_covered() {
    use tenken_core::attribute::{Attribute, Audience};
    for src in shipped::ALL {
        let q = parse_questionnaire(src).unwrap();
        let id = &q.meta.id;
        let (central, section): (Vec<_>, Vec<_>) =
            q.items().map(|(_, i)| i).partition(|i| i.audience == Audience::Central);
        assert!((70..=90).contains(&section.len()), "{id}: {} section items", section.len());
        assert!((15..=25).contains(&central.len()), "{id}: {} 主管課 items", central.len());
        for item in &section {
            let words = format!("{} {}", item.text, item.evidence_hint.as_deref().unwrap_or(""));
            for w in IT_ONLY {
                assert!(!words.contains(w), "{}: a section item names {w}, which only the IT department sees", item.id);
            }
            if !item.requires.contains(&Attribute::SystemOwner) {
                for w in SYSTEM_OWNER_ONLY {
                    assert!(!words.contains(w), "{}: names {w} but does not require system_owner", item.id);
                }
            }
        }
        for (_, item) in q.items() {
            assert!(!item.text.contains("かつ"), "{}: two controls joined by かつ: {}", item.id, item.text);
            assert!(!item.text.contains("本年度の自己点検"), "{}: asks about the checklist itself", item.id);
        }
        for (theme, words) in THEMES {
            assert!(q.items().any(|(_, i)| words.iter().any(|w| i.text.contains(w))), "{id}: no item on {theme}");
        }
        let priority = q.items().filter(|(_, i)| i.priority).count();
        assert!((10..=25).contains(&priority), "{id}: {priority} 重点項目");
    }
}

/// The 職員セルフチェック: one per ward, of the staff kind, 20–30 plain
/// questions each with its 正しいやり方 in both languages, citing only clauses
/// of its own policy and copying none of its text.
#[test]
fn staff_self_checks_teach_the_right_way_and_cite_their_own_policy() {
    use tenken_core::questionnaire::ChecklistKind;
    for (src, section_src, seed_name) in [
        (shipped::STAFF[0], shipped::TOSHIMA, "000_d73f66296609ae63.txt"),
        (shipped::STAFF[1], shipped::EDOGAWA, "003_033b498d9c109fc0.txt"),
    ] {
        let q = parse_questionnaire(src).unwrap();
        let section = parse_questionnaire(section_src).unwrap();
        let id = &q.meta.id;
        assert_eq!(q.meta.kind, ChecklistKind::Staff, "{id}");
        assert_eq!(q.meta.municipality, section.meta.municipality);
        assert!((20..=30).contains(&q.item_count()), "{id}: {} items", q.item_count());
        for (s, item) in q.items() {
            assert!(item.practice.as_deref().is_some_and(|p| !p.trim().is_empty()), "{}: no 正しいやり方", item.id);
            assert!(item.practice_en.is_some() && item.text_en.is_some(), "{}: no English", item.id);
            assert!(item.text.trim_end_matches('。').ends_with('か'), "{} is not a question", item.id);
            assert!(item.requires.is_empty() && item.audience == tenken_core::Audience::Section);
            assert!(
                section.sections.iter().any(|c| c.clause == s.clause),
                "{}: clause {} is not one the ward's checklist cites",
                item.id,
                s.clause
            );
        }
        if let Some(text) = seed(seed_name) {
            let policy: String = text.chars().filter(|c| !c.is_whitespace()).collect();
            for (_, item) in q.items() {
                for t in [&item.text, item.practice.as_ref().unwrap()] {
                    let chars: Vec<char> = t.chars().filter(|c| !c.is_whitespace()).collect();
                    for window in chars.windows(25) {
                        let run: String = window.iter().collect();
                        assert!(!policy.contains(&run), "{}: copied from {seed_name}: {run}", item.id);
                    }
                }
            }
        }
    }
}
