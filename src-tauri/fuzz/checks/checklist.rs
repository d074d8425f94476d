// The check of the `checklist` fuzz target, shared word for word with the
// corpus test in tenken-core (`tests/fuzz_corpus.rs` includes this file), so
// CI runs every seed and regression through it without cargo fuzz.
//
// A checklist is a file a clerk edits by hand: any bytes must give either a
// questionnaire that keeps every rule the parser promises, or a list of
// errors with positions inside the file. Never a panic.

/// Runs one input through the checklist parser and checks what it returns.
pub fn check_checklist(data: &[u8]) {
    // The app reads checklists as UTF-8 (`read_to_string`); other bytes never reach the parser.
    let Ok(src) = std::str::from_utf8(data) else { return };
    let parsed = tenken_core::questionnaire::parse_questionnaire(src);
    match &parsed {
        Ok(q) => check_valid(q),
        Err(errors) => check_errors(src, errors),
    }
    // Parsing is a pure function of the text.
    assert!(tenken_core::questionnaire::parse_questionnaire(src) == parsed, "a second parse differs");
}

fn check_valid(q: &tenken_core::Questionnaire) {
    use std::collections::HashSet;

    let valid_id = |id: &str| {
        id.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
            && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    };
    assert!(valid_id(&q.meta.id), "header id {:?}", q.meta.id);
    assert!(!q.meta.tiers.is_empty(), "no tiers");
    assert!(!q.sections.is_empty(), "no sections");
    let mut clauses = HashSet::new();
    let mut ids = HashSet::new();
    for s in &q.sections {
        assert!(clauses.insert(s.clause.as_str()), "clause {:?} twice", s.clause);
        assert!(!s.items.is_empty(), "clause {:?} without items", s.clause);
        for item in &s.items {
            assert!(valid_id(&item.id), "item id {:?}", item.id);
            assert!(ids.insert(item.id.as_str()), "item id {:?} twice", item.id);
            assert!(item.tiers.iter().all(|t| q.meta.tiers.contains(t)), "{}: undeclared tier", item.id);
            assert!(item.tiers.windows(2).all(|w| w[0] < w[1]), "{}: tiers not sorted and unique", item.id);
            assert!(!item.text.trim().is_empty(), "{}: empty text", item.id);
            assert!(q.item(&item.id).is_some_and(|(_, i)| i == item), "{}: not found by id", item.id);
        }
    }
    assert_eq!(q.item_count(), ids.len());

    // The identity: canonical JSON that reads back as the same checklist, and its SHA-256.
    let canonical = q.canonical_json();
    assert!(canonical.starts_with("{\"meta\":"), "canonical form {canonical:.80}");
    let back: tenken_core::Questionnaire = serde_json::from_str(&canonical).expect("canonical JSON reads back");
    assert!(back == *q, "canonical JSON does not round-trip");
    let hash = q.hash();
    assert!(hash.len() == 64 && hash.bytes().all(|b| b.is_ascii_hexdigit()), "hash {hash}");
    assert_eq!(back.hash(), hash);
}

fn check_errors(src: &str, errors: &[tenken_core::questionnaire::QuestionnaireError]) {
    use tenken_core::Describe;

    assert!(!errors.is_empty(), "refused without a reason");
    assert!(errors.windows(2).all(|w| (w[0].line, w[0].col) <= (w[1].line, w[1].col)), "errors not in file order");
    let lines = src.split('\n').count();
    for e in errors {
        // Line and column are 1-based and inside the file (0 only when the position is unknown).
        assert!(e.line >= 1 && e.line <= lines, "line {} of {lines}", e.line);
        assert!(e.col >= 1, "column {}", e.col);
        let m = e.message();
        assert!(!m.id.is_empty());
    }
}
