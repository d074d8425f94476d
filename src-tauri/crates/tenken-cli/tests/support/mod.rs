//! What every CLI test file needs: a folder standing for one machine, the
//! real `tenken` binary run on its database in Japanese (unless told
//! otherwise), and the checks that a refusal says what is wrong in both
//! languages and changes nothing. Each test file includes it with `mod support;`.
#![allow(dead_code, clippy::unwrap_used)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::str::contains;
use sha2::{Digest, Sha256};

/// The repository's top folder (for `questionnaires/` and `tests/`).
pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../..")
}

/// The shipped 豊島区 checklist.
pub fn toshima() -> PathBuf {
    repo().join("questionnaires/toshima.toml")
}

/// A path as the `&str` an argument list takes.
pub fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// The one file in `dir` whose name contains `part`.
pub fn find(dir: &Path, part: &str) -> PathBuf {
    let found: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.file_name().unwrap().to_string_lossy().contains(part))
        .collect();
    assert_eq!(found.len(), 1, "{part} in {dir:?}: {found:?}");
    found.into_iter().next().unwrap()
}

/// A folder standing for one machine, with its database `tenken.db`.
pub struct Machine {
    pub dir: tempfile::TempDir,
}

impl Machine {
    /// An empty folder (no database yet).
    pub fn new() -> Machine {
        Machine { dir: tempfile::tempdir().unwrap() }
    }

    /// A database made by `tenken init` with these departments (a CSV text)
    /// imported: where most tests of one command start.
    pub fn with_departments(csv: &str) -> Machine {
        let m = Machine::new();
        m.cmd(&["init"]).assert().success();
        let file = m.path("departments.csv");
        std::fs::write(&file, csv).unwrap();
        m.cmd(&["dept", "import", s(&file)]).assert().success();
        m
    }

    /// The database file.
    pub fn db(&self) -> PathBuf {
        self.dir.path().join("tenken.db")
    }

    /// A file in the folder.
    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// `tenken` in Japanese, run in the machine's folder (so a relative name
    /// is one of its files), with nothing of the caller's environment that
    /// would choose another database, language or passphrase.
    pub fn bare(&self) -> Command {
        let mut c = Command::cargo_bin("tenken").unwrap();
        c.env_remove("TENKEN_DB")
            .env_remove("TENKEN_PASSPHRASE")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "ja_JP.UTF-8")
            .current_dir(self.dir.path());
        c
    }

    /// `tenken --db <folder>/tenken.db …`.
    pub fn cmd(&self, args: &[&str]) -> Command {
        self.cmd_at(&self.db(), args)
    }

    /// `tenken --db <db> …`: a command on another database file of this machine.
    pub fn cmd_at(&self, db: &Path, args: &[&str]) -> Command {
        let mut c = self.bare();
        c.arg("--db").arg(db).args(args);
        c
    }

    /// Standard output of a command that must succeed.
    pub fn stdout(&self, args: &[&str]) -> String {
        let out = self.cmd(args).output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    }

    /// This installation's fingerprint, as `tenken key show` prints it.
    pub fn fingerprint(&self) -> String {
        self.stdout(&["key", "show"]).lines().next().unwrap().rsplit([' ', '：']).next().unwrap().to_owned()
    }

    /// Every file under the machine's folder, with its bytes: what a refusal
    /// must leave as it was (the database, its backups, what was written out).
    pub fn files(&self) -> Vec<(PathBuf, Vec<u8>)> {
        fn walk(dir: &Path, out: &mut Vec<(PathBuf, Vec<u8>)>) {
            for e in std::fs::read_dir(dir).unwrap().flatten() {
                let p = e.path();
                if p.is_dir() {
                    walk(&p, out);
                } else {
                    out.push((p.clone(), std::fs::read(&p).unwrap()));
                }
            }
        }
        let mut out = Vec::new();
        walk(self.dir.path(), &mut out);
        out.sort();
        out
    }

    /// Standard output of a command that must succeed, read as JSON.
    pub fn json(&self, args: &[&str]) -> serde_json::Value {
        serde_json::from_str(&self.stdout(args)).unwrap()
    }

    /// SHA-256 of the database file: a refusal must leave it byte for byte.
    pub fn db_hash(&self) -> String {
        hex::encode(Sha256::digest(std::fs::read(self.db()).unwrap()))
    }

    /// Runs a command that must be refused: exit code 1, the message on
    /// stderr in Japanese and in English, the database unchanged.
    pub fn refused(&self, args: &[&str], ja: &str, en: &str) {
        self.refused_with(1, args, ja, en);
    }

    /// Runs a command whose arguments must be refused before it runs: exit
    /// code 2 (the command line was wrong), otherwise as [`Self::refused`].
    pub fn refused_as_usage(&self, args: &[&str], ja: &str, en: &str) {
        self.refused_with(2, args, ja, en);
    }

    fn refused_with(&self, code: i32, args: &[&str], ja: &str, en: &str) {
        let before = self.db_hash();
        self.cmd(args).assert().code(code).stderr(contains(ja));
        let mut en_args = args.to_vec();
        en_args.extend(["--lang", "en"]);
        self.cmd(&en_args).assert().code(code).stderr(contains(en));
        assert_eq!(self.db_hash(), before, "database changed by refused command {args:?}");
    }
}
