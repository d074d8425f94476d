//! Crash safety: the real binary is killed with SIGKILL (on Windows
//! TerminateProcess, just as abrupt) at random moments while it saves answers. After every kill, every save the program
//! acknowledged must be there, nothing half-written may be visible, and
//! SQLite's integrity check must pass.
#![allow(clippy::unwrap_used)]

use std::collections::HashMap;
use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const DEPARTMENTS: &str = "code,name,parent,tiers\nB1,区民部,,\nB1-1,戸籍住民課,B1,mynumber lgwan\n";
const KILLS: usize = 100;

fn tenken(db: &Path) -> Command {
    let mut c = Command::new(assert_cmd::cargo::cargo_bin("tenken"));
    c.env_remove("TENKEN_DB").env("LANG", "ja_JP.UTF-8").arg("--db").arg(db);
    c
}

/// The value a run saves: derived from its number, so a row whose comment
/// and value disagree would be a half-written save.
fn value_of(run: usize) -> &'static str {
    if run.is_multiple_of(3) { "partial" } else { "yes" }
}

/// A small deterministic generator for the kill delays (no clock-seeded randomness in tests).
struct Lcg(u64);
impl Lcg {
    fn next_below(&mut self, n: u64) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

#[test]
fn acknowledged_answers_survive_sigkill_at_random_moments() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("crash.db");
    let csv = dir.path().join("d.csv");
    std::fs::write(&csv, DEPARTMENTS).unwrap();
    let q = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../questionnaires/toshima.toml");
    assert!(tenken(&db).arg("init").status().unwrap().success());
    assert!(tenken(&db).args(["dept", "import"]).arg(&csv).status().unwrap().success());
    assert!(
        tenken(&db).args(["campaign", "open", "--year", "2026", "--questionnaire"]).arg(&q).status().unwrap().success()
    );
    let items = ["toshima-5-a", "toshima-5-b", "toshima-6-1-a", "toshima-6-3-1-a"];

    // Measure how long one save takes, so kills land before, during and after it.
    let t = Instant::now();
    assert!(
        tenken(&db)
            .args(["answer", "set", "--dept", "B1-1", "--item", items[0], "--value", "yes"])
            .status()
            .unwrap()
            .success()
    );
    let one_save = t.elapsed().as_micros().max(1000) as u64;

    let mut rng = Lcg(0x7465_6e6b);
    let mut acknowledged: HashMap<&str, usize> = HashMap::new();
    let (mut killed_before_ack, mut finished) = (0, 0);
    for run in 1..=KILLS {
        let item = items[run % items.len()];
        let value = value_of(run);
        let comment = format!("run {run}");
        let mut cmd = tenken(&db);
        cmd.args(["answer", "set", "--dept", "B1-1", "--item", item, "--value", value, "--comment", &comment]);
        if value == "partial" {
            cmd.args(["--plan", &format!("plan {run}"), "--due", "2027-03-31"]);
        }
        let mut child = cmd.stdout(Stdio::piped()).stderr(Stdio::null()).spawn().unwrap();
        std::thread::sleep(Duration::from_micros(rng.next_below(one_save * 3 / 2)));
        let _ = child.kill(); // SIGKILL / TerminateProcess; an error means it had already exited
        let _ = child.wait().unwrap();
        let mut out = String::new();
        child.stdout.take().unwrap().read_to_string(&mut out).unwrap();
        if out.contains("保存しました") {
            acknowledged.insert(item, run);
            finished += 1;
        } else {
            killed_before_ack += 1;
        }

        let conn = rusqlite::Connection::open(&db).unwrap();
        let check: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
        assert_eq!(check, "ok", "after run {run}");
        for (item, acked_run) in &acknowledged {
            let (value, comment, plan): (String, String, Option<String>) = conn
                .query_row(
                    "SELECT value, comment, plan_action FROM answers WHERE year = 2026 AND dept = 'B1-1' AND item = ?1",
                    [item],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .unwrap();
            let stored_run: usize = comment.strip_prefix("run ").unwrap().parse().unwrap();
            assert!(stored_run >= *acked_run, "run {acked_run} was acknowledged for {item} but {stored_run} is stored");
            assert_eq!(value, value_of(stored_run), "half-written answer for {item}: {comment} with {value}");
            assert_eq!(plan.is_some(), value == "partial", "plan and value disagree for {item}");
        }
    }
    eprintln!(
        "crash test: {KILLS} kills, {finished} saves acknowledged before the kill, {killed_before_ack} killed earlier"
    );
    assert!(finished > 0 && killed_before_ack > 0, "the kills should land both before and after saves");
}
