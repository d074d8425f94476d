// The runner both fuzz-corpus tests share (tenken-core's and
// tenken-exchange's `tests/fuzz_corpus.rs` include it): every seed and
// regression of a fuzz target, passed through that target's check.

/// `src-tauri/fuzz`, seen from the crate whose test includes this file.
fn fuzz_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz")
}

/// Every file in `seeds/<target>` and `regressions/<target>`, with its path.
fn inputs(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for dir in ["seeds", "regressions"] {
        let Ok(entries) = std::fs::read_dir(fuzz_dir().join(dir).join(target)) else { continue };
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

/// Runs `check` on every input of `target`; says how many there were, and
/// names the file whose input made the check panic.
fn run_all(target: &str, check: fn(&[u8])) -> usize {
    let all = inputs(target);
    for (path, bytes) in &all {
        if std::panic::catch_unwind(|| check(bytes)).is_err() {
            panic!("{} fails the {target} check", path.display());
        }
    }
    all.len()
}
