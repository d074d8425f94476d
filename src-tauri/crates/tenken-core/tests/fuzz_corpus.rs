//! The fuzz seeds and regressions of `src-tauri/fuzz`, run through the same
//! checks as the fuzz targets, so `cargo test` (and CI, which has no cargo
//! fuzz) keeps every input that ever broke the parsers.
#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};

include!("../../../fuzz/checks/checklist.rs");
include!("../../../fuzz/checks/department_csv.rs");

include!("../../../fuzz/corpus.rs");

#[test]
fn checklist_seeds_and_regressions_pass_the_fuzz_check() {
    assert!(run_all("checklist", check_checklist) >= 10);
}

#[test]
fn the_shipped_checklists_are_seeds_and_parse() {
    for name in ["toshima.toml", "edogawa.toml"] {
        let path = fuzz_dir().join("seeds/checklist").join(name);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(tenken_core::questionnaire::parse_questionnaire(&text).is_ok(), "{name}");
    }
}

#[test]
fn department_csv_seeds_and_regressions_pass_the_fuzz_check() {
    assert!(run_all("department_csv", check_department_csv) >= 5);
}
