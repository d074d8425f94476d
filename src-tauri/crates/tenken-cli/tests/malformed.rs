//! Runs the catalogue of malformed inputs in `tests/malformed-inputs.toml`:
//! each is refused with its message in both languages, and the database file
//! stays byte-identical.
#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde::Deserialize;
use sha2::{Digest, Sha256};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Catalogue {
    case: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    #[serde(default)]
    input: Option<String>,
    #[serde(default)]
    input_hex: Option<String>,
    #[serde(default)]
    base: Option<String>,
    /// A binary file to start from (a real package, say), cut or altered below.
    #[serde(default)]
    base_file: Option<String>,
    /// Keep only the first this many bytes of `base_file`.
    #[serde(default)]
    truncate: Option<usize>,
    /// Flip the lowest bit of the byte at this offset of `base_file`.
    #[serde(default)]
    flip: Option<usize>,
    #[serde(default)]
    replace: Vec<(String, String)>,
    /// `{file}` is a named pipe nobody writes to: reading it would never end.
    #[serde(default)]
    fifo: bool,
    /// The name `{file}` has (an evidence file is judged by its name too);
    /// `case-N.input` when absent.
    #[serde(default)]
    file_name: Option<String>,
    /// Pad the content with spaces to this many bytes (a file too large to write here).
    #[serde(default)]
    pad_to: Option<usize>,
    args: Vec<String>,
    ja: String,
    en: String,
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../..")
}

fn tenken(db: &Path) -> Command {
    let mut c = tenken_without_db();
    c.arg("--db").arg(db);
    c
}

fn tenken_without_db() -> Command {
    let mut c = Command::cargo_bin("tenken").unwrap();
    c.env_remove("TENKEN_DB").env("LANG", "ja_JP.UTF-8").current_dir(repo());
    c
}

/// A named pipe at `path` (`mkfifo`, present on every Unix this runs on).
fn make_fifo(path: &Path) {
    let made = std::process::Command::new("mkfifo").arg(path).status().unwrap();
    assert!(made.success(), "mkfifo {}", path.display());
}

fn sha(path: &Path) -> String {
    hex::encode(Sha256::digest(std::fs::read(path).unwrap()))
}

#[test]
fn every_malformed_input_in_the_catalogue_is_refused_and_changes_nothing() {
    let text = std::fs::read_to_string(repo().join("tests/malformed-inputs.toml")).unwrap();
    let catalogue: Catalogue = toml::from_str(&text).unwrap();
    assert!(catalogue.case.len() >= 30, "the catalogue should keep at least 30 cases");

    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ward.db");
    let csv = dir.path().join("d.csv");
    std::fs::write(
        &csv,
        "code,name,parent,tiers\nB1,区民部,,\nB1-1,戸籍住民課,B1,mynumber lgwan\nB1-2,広報課,B1,lgwan internet\n",
    )
    .unwrap();
    tenken(&db).arg("init").assert().success();
    tenken(&db).args(["dept", "import"]).arg(&csv).assert().success();
    tenken(&db)
        .args(["campaign", "open", "--year", "2026", "--questionnaire", "questionnaires/toshima.toml"])
        .assert()
        .success();
    tenken(&db).args(["campaign", "staff", "--questionnaire", "questionnaires/toshima-staff.toml"]).assert().success();

    let mut failures = Vec::new();
    for (n, case) in catalogue.case.iter().enumerate() {
        // Named pipes made by mkfifo and /dev devices are Unix files: on
        // Windows the case cannot be set up, so it is skipped, said aloud.
        if cfg!(windows) && (case.fifo || case.args.iter().any(|a| a.starts_with("/dev/"))) {
            println!("skipped on Windows: {} (a named pipe or a /dev device is a Unix file)", case.name);
            continue;
        }
        // A backslash or a colon cannot be in a Windows file name at all: said aloud and skipped there.
        if cfg!(windows) && case.file_name.as_deref().is_some_and(|f| f.contains(['\\', ':'])) {
            println!("skipped on Windows: {} (Windows file names cannot hold \\ or :)", case.name);
            continue;
        }
        let case_dir = dir.path().join(format!("case-{n}"));
        std::fs::create_dir_all(&case_dir).unwrap();
        let file = match &case.file_name {
            Some(name) => case_dir.join(name),
            None => dir.path().join(format!("case-{n}.input")),
        };
        let content: Option<Vec<u8>> = match (&case.input, &case.input_hex, &case.base) {
            (Some(s), _, _) => Some(s.clone().into_bytes()),
            (_, Some(h), _) => Some(hex::decode(h).unwrap()),
            _ if case.base_file.is_some() => {
                let mut b = std::fs::read(repo().join(case.base_file.as_deref().unwrap())).unwrap();
                if let Some(n) = case.truncate {
                    assert!(n < b.len(), "{}: truncate past the end", case.name);
                    b.truncate(n);
                }
                if let Some(at) = case.flip {
                    b[at] ^= 1;
                }
                Some(b)
            }
            (_, _, Some(base)) => {
                let mut s = std::fs::read_to_string(repo().join(base)).unwrap();
                for (from, to) in &case.replace {
                    assert!(s.contains(from.as_str()), "{}: {from:?} not in {base}", case.name);
                    s = s.replacen(from.as_str(), to, 1);
                }
                Some(s.into_bytes())
            }
            _ => None,
        };
        let content = content.map(|mut b| {
            if let Some(n) = case.pad_to {
                b.resize(n, b' ');
            }
            b
        });
        if let Some(bytes) = &content {
            std::fs::write(&file, bytes).unwrap();
        }
        if case.fifo {
            make_fifo(&file);
        }
        let args: Vec<String> = case
            .args
            .iter()
            .map(|a| {
                a.replace("{file}", file.to_str().unwrap())
                    .replace("{dir}", dir.path().to_str().unwrap())
                    .replace("{long}", &"長".repeat(4001))
            })
            .collect();
        let before = sha(&db);
        for (lang, expected) in [("ja", &case.ja), ("en", &case.en)] {
            // A case that names its own database file gets no other.
            let mut cmd = if args.iter().any(|a| a == "--db") { tenken_without_db() } else { tenken(&db) };
            // A refusal that hangs (a pipe read) fails the case instead of the whole run.
            let out =
                cmd.args(&args).args(["--lang", lang]).timeout(std::time::Duration::from_secs(60)).output().unwrap();
            // What the user sees: a refused package's reason is in the result table on stdout.
            let stderr = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
            if out.status.success() || !stderr.contains(expected.as_str()) {
                failures.push(format!(
                    "{} [{lang}]: exit {:?}, expected {expected:?} in:\n{stderr}",
                    case.name,
                    out.status.code()
                ));
            }
        }
        if sha(&db) != before {
            failures.push(format!("{}: the database changed", case.name));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        catalogue.case.len(),
        failures.join("\n")
    );
    eprintln!("{} malformed inputs refused, database unchanged after each", catalogue.case.len());
}
