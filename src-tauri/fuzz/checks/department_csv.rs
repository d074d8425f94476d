// The check of the `department_csv` fuzz target, shared word for word with the
// corpus test in tenken-core (`tests/fuzz_corpus.rs` includes this file).
//
// The auditor's org tree arrives as a CSV from Excel (UTF-8 or Shift_JIS):
// any bytes must give either a tree that keeps the promised rules or a typed
// refusal. Never a panic.

/// Runs one input through the department CSV reader and checks what it returns.
pub fn check_department_csv(data: &[u8]) {
    use std::collections::{HashMap, HashSet};
    use tenken_core::Describe;

    match tenken_core::department::parse_departments_csv(data, &[]) {
        Ok(all) => {
            assert!(!all.is_empty());
            let codes: HashSet<&str> = all.iter().map(|d| d.code.as_str()).collect();
            assert_eq!(codes.len(), all.len(), "duplicate codes accepted");
            let parent: HashMap<&str, Option<&str>> =
                all.iter().map(|d| (d.code.as_str(), d.parent.as_deref())).collect();
            for d in &all {
                assert!(!d.code.trim().is_empty() && !d.name.trim().is_empty());
                assert!(d.code == d.code.trim() && d.name == d.name.trim(), "cells not trimmed");
                // Every parent exists and following parents ends at the top.
                let mut at = d.parent.as_deref();
                let mut steps = 0;
                while let Some(p) = at {
                    assert!(codes.contains(p), "{}: unknown parent {p}", d.code);
                    steps += 1;
                    assert!(steps <= all.len(), "{}: cycle", d.code);
                    at = parent.get(p).copied().flatten();
                }
                let _ = tenken_core::department::path_name(&all, &d.code);
            }
            let _ = tenken_core::department::sections(&all);
            // Codes already known (here: the same rows) change nothing about a file that stands alone.
            let again = tenken_core::department::parse_departments_csv(data, &all);
            assert!(again.as_ref() == Ok(&all), "result depends on the known codes");
        }
        Err(e) => {
            assert!(!e.message().id.is_empty());
            assert!(!e.to_string().is_empty());
        }
    }
}
