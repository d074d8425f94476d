//! The fuzz seeds and regressions of `src-tauri/fuzz`, run through the same
//! checks as the fuzz targets, so `cargo test` (and CI, which has no cargo
//! fuzz) keeps every input that ever broke the parsers.
#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};

include!("../../../fuzz/checks/checklist.rs");
include!("../../../fuzz/checks/department_csv.rs");

/// Every file in `seeds/<target>` and `regressions/<target>`, with its path.
fn inputs(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let fuzz = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz");
    let mut out = Vec::new();
    for dir in ["seeds", "regressions"] {
        let Ok(entries) = std::fs::read_dir(fuzz.join(dir).join(target)) else { continue };
        for entry in entries {
            let path = entry.unwrap().path();
            if path.is_file() {
                let bytes = std::fs::read(&path).unwrap();
                out.push((path, bytes));
            }
        }
    }
    out.sort();
    out
}

fn run_all(target: &str, check: fn(&[u8])) -> usize {
    let all = inputs(target);
    for (path, bytes) in &all {
        if std::panic::catch_unwind(|| check(bytes)).is_err() {
            panic!("{} fails the {target} check", path.display());
        }
    }
    all.len()
}

#[test]
fn checklist_seeds_and_regressions_pass_the_fuzz_check() {
    assert!(run_all("checklist", check_checklist) >= 10);
}

#[test]
fn the_shipped_checklists_are_seeds_and_parse() {
    for name in ["toshima.toml", "edogawa.toml"] {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/seeds/checklist").join(name);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(tenken_core::questionnaire::parse_questionnaire(&text).is_ok(), "{name}");
    }
}

#[test]
fn department_csv_seeds_and_regressions_pass_the_fuzz_check() {
    assert!(run_all("department_csv", check_department_csv) >= 5);
}
