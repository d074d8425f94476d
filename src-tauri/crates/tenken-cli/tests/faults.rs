//! Faults of the machine, with the real `tenken` binary: a full disk,
//! a read-only database or folder, another tenken holding the database, an
//! input too large to read. Each is said for what it is, in Japanese and in
//! English, the database stays as it was and nothing is left behind.
//!
//! Some cases need what only root may do (mounting a small disk, making a
//! file immutable); where that is not possible the test says why and skips,
//! and where root would ignore a permission the test uses `chattr +i`,
//! which binds root too.
#![allow(clippy::unwrap_used)]
#![cfg(unix)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;
use sha2::{Digest, Sha256};

fn tenken(db: &Path) -> Command {
    let mut c = Command::cargo_bin("tenken").unwrap();
    c.env_remove("TENKEN_DB").env_remove("LC_ALL").env_remove("LC_MESSAGES").env("LANG", "ja_JP.UTF-8");
    c.arg("--db").arg(db);
    c
}

fn ok(db: &Path, args: &[&str]) -> String {
    let out = tenken(db).args(args).output().unwrap();
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// What the user sees of a run, stdout and stderr together.
fn seen(out: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr))
}

/// Runs `args` in both languages; each must fail and say `ja` / `en`.
fn refused(db: &Path, args: &[&str], ja: &str, en: &str) {
    for (lang, expected) in [("ja", ja), ("en", en)] {
        let out = tenken(db).args(args).args(["--lang", lang]).output().unwrap();
        let text = seen(&out);
        assert!(!out.status.success(), "{args:?} [{lang}] succeeded:\n{text}");
        assert!(text.contains(expected), "{args:?} [{lang}]: expected {expected:?} in:\n{text}");
    }
}

/// Every file under `dir` with the SHA-256 of its content: what "nothing
/// changed and nothing left behind" is compared with.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, String> {
    let mut files = BTreeMap::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap().flatten() {
            let p = entry.path();
            let kind = entry.file_type().unwrap();
            if kind.is_dir() {
                stack.push(p);
            } else if kind.is_file() {
                files.insert(p.clone(), hex::encode(Sha256::digest(std::fs::read(&p).unwrap())));
            }
        }
    }
    files
}

const DEPARTMENTS: &str = "code,name,parent,tiers\nB1,区民部,,\nB1-1,戸籍住民課,B1,mynumber lgwan\n";

fn questionnaire() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../questionnaires/toshima.toml")
}

/// A database with departments and an open campaign, in its own folder.
fn ward(dir: &Path) -> PathBuf {
    let db = dir.join("ward.db");
    let csv = dir.join("d.csv");
    std::fs::write(&csv, DEPARTMENTS).unwrap();
    ok(&db, &["init"]);
    ok(&db, &["dept", "import", csv.to_str().unwrap()]);
    ok(&db, &["campaign", "open", "--year", "2026", "--questionnaire", questionnaire().to_str().unwrap()]);
    db
}

/// The auditor's database (the demo ward) and a good response package of
/// section 7010 made on a second database.
fn auditor_and_response(dir: &Path) -> (PathBuf, PathBuf) {
    let auditor = dir.join("auditor/tenken.db");
    ok(&auditor, &["demo"]);
    let stick = dir.join("stick");
    ok(&auditor, &["package", "distribute", "--dept", "7010", "--out", stick.to_str().unwrap()]);
    let dist = only_file(&stick);
    let section = dir.join("section/tenken.db");
    ok(&section, &["init"]);
    ok(&section, &["package", "open", dist.to_str().unwrap()]);
    let answers: serde_json::Value =
        serde_json::from_str(&ok(&section, &["answer", "list", "--dept", "7010", "--json"])).unwrap();
    let item = answers.as_array().unwrap().iter().find(|a| a["applies"].as_bool().unwrap()).unwrap()["item_id"]
        .as_str()
        .unwrap()
        .to_owned();
    ok(&section, &["answer", "set", "--dept", "7010", "--item", &item, "--value", "yes"]);
    let out = dir.join("response");
    ok(&section, &["package", "respond", "--out", out.to_str().unwrap()]);
    (auditor, only_file(&out))
}

fn only_file(dir: &Path) -> PathBuf {
    let files: Vec<PathBuf> = std::fs::read_dir(dir).unwrap().flatten().map(|e| e.path()).collect();
    assert_eq!(files.len(), 1, "{files:?}");
    files.into_iter().next().unwrap()
}

/// While another process holds the write lock, reading commands work and a
/// change says the database is in use — never that a good package was refused.
#[test]
fn readers_work_beside_a_writer_and_a_change_says_the_database_is_in_use() {
    let dir = tempfile::tempdir().unwrap();
    let (db, response) = auditor_and_response(dir.path());
    let folder = db.parent().unwrap().to_owned();
    let csv = dir.path().join("findings.csv");

    // Taken first: reading the files from this process while it holds the
    // lock would release it (POSIX locks belong to the process, and end
    // with any of its descriptors of the file).
    let before = snapshot(&folder);
    let writer = rusqlite::Connection::open(&db).unwrap();
    writer.execute_batch("BEGIN IMMEDIATE").unwrap();

    for args in [
        vec!["status"],
        vec!["dept", "list"],
        vec!["campaign", "list"],
        vec!["summary"],
        vec!["answer", "list", "--dept", "7010"],
        vec!["key", "show"],
        vec!["log", "verify"],
        vec!["export", "findings", "--output", csv.to_str().unwrap()],
    ] {
        let out = tenken(&db).args(&args).output().unwrap();
        assert!(out.status.success(), "{args:?} while another tenken writes: {}", seen(&out));
    }
    assert!(csv.is_file());

    for (lang, expected, not) in [
        (
            "ja",
            "ほかの tenken（別の画面や端末）が更新中です。その処理が終わるのを待って、もう一度実行してください",
            "拒否",
        ),
        ("en", "in use by another tenken", "refused"),
    ] {
        let out = tenken(&db).args(["package", "import", response.to_str().unwrap(), "--lang", lang]).output().unwrap();
        let text = seen(&out);
        assert!(!out.status.success(), "{text}");
        assert!(text.contains(expected), "[{lang}] expected {expected:?} in:\n{text}");
        assert!(!text.contains(not), "[{lang}] a good package called {not:?}:\n{text}");
    }
    writer.execute_batch("ROLLBACK").unwrap();
    drop(writer);
    // The reading commands and the refused import changed nothing; the
    // import's safety backup (made while reading) may be there.
    let after: BTreeMap<_, _> =
        snapshot(&folder).into_iter().filter(|(p, _)| !p.starts_with(folder.join("backups"))).collect();
    let before: BTreeMap<_, _> = before.into_iter().filter(|(p, _)| !p.starts_with(folder.join("backups"))).collect();
    assert_eq!(after, before, "the database changed while another tenken held it");

    // Once the other is done, the same package is taken.
    let out = ok(&db, &["package", "import", response.to_str().unwrap()]);
    assert!(out.contains("取込"), "{out}");
}

/// Runs `tenken args` with the file size limited to `blocks` of the shell (512 or 1024 bytes; as a full disk
/// would stop it; SIGXFSZ ignored, so a write fails instead of killing the program).
fn with_file_limit(db: &Path, blocks: u32, args: &[&str]) -> Output {
    let bin = assert_cmd::cargo::cargo_bin("tenken");
    let mut script = format!("trap '' XFSZ; ulimit -f {blocks}; exec '{}' --db '{}'", bin.display(), db.display());
    for a in args {
        script.push_str(&format!(" '{a}'"));
    }
    std::process::Command::new("sh")
        .arg("-c")
        .arg(script)
        .env_remove("TENKEN_DB")
        .env("LANG", "ja_JP.UTF-8")
        .output()
        .unwrap()
}

/// No room for the whole file: `init`, `backup create` and the backup
/// before a `package import` fail, leave no empty or half file, and leave
/// the database as it was (so `init` afterwards simply works).
#[test]
fn a_full_disk_leaves_no_half_written_database_or_backup() {
    let dir = tempfile::tempdir().unwrap();
    let (db, response) = auditor_and_response(dir.path());
    let folder = db.parent().unwrap().to_owned();
    let before = snapshot(&folder);
    for args in [vec!["backup", "create"], vec!["package", "import", response.to_str().unwrap()]] {
        let out = with_file_limit(&db, 64, &args);
        assert!(!out.status.success(), "{args:?} with no room: {}", seen(&out));
        assert_eq!(snapshot(&folder), before, "{args:?} left something behind or changed the database");
        let text = seen(&out);
        assert!(!text.contains("拒否"), "{args:?}: a good package called refused:\n{text}");
        assert!(
            text.contains("ディスクに書き込めませんでした")
                || text.contains("バックアップを作成できなかったため、何も取り込んでいません"),
            "{args:?}: {text}"
        );
    }

    let fresh = dir.path().join("new/tenken.db");
    let out = with_file_limit(&fresh, 64, &["init"]);
    assert!(!out.status.success(), "init with no room: {}", seen(&out));
    assert!(snapshot(fresh.parent().unwrap()).is_empty(), "init left a file behind");
    ok(&fresh, &["init"]);
    ok(&fresh, &["dept", "list"]);
}

/// A real full disk (a 1 MiB tmpfs, filled up): the message says the disk is full.
/// Mounting needs root; elsewhere the test says so and skips.
#[test]
fn a_really_full_disk_is_said_to_be_full() {
    let dir = tempfile::tempdir().unwrap();
    let mount = dir.path().join("small");
    std::fs::create_dir(&mount).unwrap();
    let mounted = std::process::Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=1m", "tenken-test", mount.to_str().unwrap()])
        .output();
    if !mounted.as_ref().is_ok_and(|o| o.status.success()) {
        eprintln!("skipped: cannot mount a small tmpfs here (needs root): {mounted:?}");
        return;
    }
    struct Unmount<'a>(&'a Path);
    impl Drop for Unmount<'_> {
        fn drop(&mut self) {
            let _ = std::process::Command::new("umount").arg(self.0).status();
        }
    }
    let _unmount = Unmount(&mount);
    // Filled up to the last byte: init has no room for its database.
    fill(&mount.join("filler"));
    let db = mount.join("tenken.db");
    refused(&db, &["init"], "空き容量が足りない", "not enough free disk space");
    assert_eq!(snapshot(&mount).len(), 1, "init on a full disk left {:?}", snapshot(&mount));

    // A ward made while there was room; then the disk fills up. A backup
    // says the disk could not be written and leaves nothing; even reading needs a little
    // room (SQLite's `-shm` index), and says so rather than "I/O error".
    std::fs::remove_file(mount.join("filler")).unwrap();
    let db = ward(&mount);
    fill(&mount.join("filler"));
    let before = snapshot(&mount);
    refused(&db, &["backup", "create"], "ディスクに書き込めませんでした", "The disk could not be written");
    refused(&db, &["status"], "ディスクに書き込めませんでした", "The disk could not be written");
    // SQLite's own `-wal`/`-shm` (empty, it could not close them on a full
    // disk) are its working files, not a half backup; the next open with
    // room tidies them away.
    let without_sidecars = |m: BTreeMap<PathBuf, String>| -> BTreeMap<PathBuf, String> {
        m.into_iter()
            .filter(|(p, _)| !p.to_string_lossy().ends_with("-wal") && !p.to_string_lossy().ends_with("-shm"))
            .collect()
    };
    assert_eq!(without_sidecars(snapshot(&mount)), before, "a backup on a full disk left something behind");
    std::fs::remove_file(mount.join("filler")).unwrap();
    ok(&db, &["status"]);
    let mut after = snapshot(&mount);
    after.insert(mount.join("filler"), before[&mount.join("filler")].clone());
    assert_eq!(after, before, "with room again, nothing is left and the database is as it was");
}

/// Writes zeros into `path` until the disk is full.
fn fill(path: &Path) {
    use std::io::Write;
    let mut f = std::fs::File::create(path).unwrap();
    let block = vec![0u8; 4096];
    while f.write_all(&block).is_ok() {}
    let _ = f.flush();
}

/// Makes `path` immutable (`chattr +i`, which binds root too) until dropped;
/// `None` where the file system or the user cannot.
struct Immutable(PathBuf);
impl Immutable {
    fn make(path: &Path) -> Option<Immutable> {
        let done = std::process::Command::new("chattr").arg("+i").arg(path).output().ok()?;
        done.status.success().then(|| Immutable(path.to_owned()))
    }
}
impl Drop for Immutable {
    fn drop(&mut self) {
        let _ = std::process::Command::new("chattr").arg("-i").arg(&self.0).status();
    }
}

/// Whether this process may write `path` whatever its permissions say (root).
fn can_still_write(path: &Path) -> bool {
    std::fs::OpenOptions::new().append(true).open(path).is_ok()
}

/// A read-only database is said to be read-only, before SQLite leaves any
/// `-wal`/`-shm` file; once it is writable again every command works.
#[test]
fn a_read_only_database_is_said_to_be_read_only_and_nothing_is_left_behind() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let db = ward(dir.path());
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o444)).unwrap();
    let guard = if can_still_write(&db) { Immutable::make(&db) } else { None };
    if can_still_write(&db) {
        eprintln!("skipped: this user writes read-only files and chattr +i is not available here");
        return;
    }
    let before = snapshot(dir.path());
    for args in [vec!["status"], vec!["answer", "set", "--dept", "B1-1", "--item", "toshima-5-a", "--value", "yes"]] {
        refused(&db, &args, "は読み取り専用のため使えません", "is read-only and cannot be used");
        assert_eq!(snapshot(dir.path()), before, "{args:?} left something behind");
    }
    drop(guard);
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o644)).unwrap();
    ok(&db, &["answer", "set", "--dept", "B1-1", "--item", "toshima-5-a", "--value", "yes"]);
    ok(&db, &["status"]);
}

/// A database in a folder tenken cannot write to is said to be so — not
/// "not an SQLite file" — and nothing is created there.
#[test]
fn a_database_in_a_read_only_folder_is_said_to_be_in_a_read_only_folder() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("ro");
    std::fs::create_dir(&folder).unwrap();
    let db = ward(&folder);
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o555)).unwrap();
    let probe = folder.join("probe");
    let guard = if std::fs::write(&probe, b"").is_ok() {
        std::fs::remove_file(&probe).unwrap();
        Immutable::make(&folder)
    } else {
        None
    };
    if std::fs::write(&probe, b"").is_ok() {
        std::fs::remove_file(&probe).unwrap();
        eprintln!("skipped: this user writes into read-only folders and chattr +i is not available here");
        return;
    }
    let before = snapshot(&folder);
    refused(&db, &["status"], "のあるフォルダーに書き込めません", "cannot be written to");
    assert_eq!(snapshot(&folder), before);
    drop(guard);
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o755)).unwrap();
    ok(&db, &["status"]);
}

/// An input larger than any real one is refused before it is read, with its size.
#[test]
fn an_input_too_large_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let db = ward(dir.path());
    let csv = dir.path().join("huge.csv");
    // Sparse: 17 MiB that take no room on the disk.
    std::fs::File::create(&csv).unwrap().set_len(17 * 1024 * 1024).unwrap();
    let before = snapshot(dir.path());
    refused(
        &db,
        &["dept", "import", csv.to_str().unwrap()],
        "は大きすぎます（17.0 MB、上限 16.0 MB）",
        "is too large (17.0 MB; the limit is 16.0 MB)",
    );
    assert_eq!(snapshot(dir.path()), before);
}

/// An older tenken left a 0-byte database when `init` failed on a full disk:
/// `init` replaces it instead of refusing it as "not a tenken database". A
/// file with data in it is still never replaced.
#[test]
fn init_replaces_an_empty_file_left_by_a_failed_init_but_never_one_with_data() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("tenken.db");
    std::fs::write(&db, b"").unwrap();
    ok(&db, &["init"]);
    ok(&db, &["key", "show"]);
    let other = dir.path().join("notes.db");
    std::fs::write(&other, b"not a database, but someone's file").unwrap();
    tenken(&other).arg("init").assert().failure();
    assert_eq!(std::fs::read(&other).unwrap(), b"not a database, but someone's file");
}
