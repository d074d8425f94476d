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
        // (「職員等」「関係団体等」 are terms, not lists of examples, so only brackets are looked for.)
        assert!(!item.text.contains('（'), "{} keeps examples in brackets in the question", item.id);
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
    if let Some(text) = seed("000_d73f66296609ae63.txt") {
        let policy = clause_list(&clause_tree(&text));
        for c in have {
            assert!(policy.iter().any(|p| p == c), "clause {c} is not in the 豊島 policy");
        }
    }
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
    if let Some(text) = seed("003_033b498d9c109fc0.txt") {
        let policy = clause_list(&clause_tree(&text));
        for c in have {
            assert!(policy.iter().any(|p| p == c), "clause {c} is not in the 江戸川 policy");
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
