//! Exchange between two separate databases (the auditor's and a section's)
//! through files only: distribution, carry-over, answers, responses, revisions,
//! duplicates, refusals (each with its message), tampering, backups.
#![allow(clippy::unwrap_used)]

mod support;
use support::*;

use std::path::{Path, PathBuf};

use tenken_core::answer::{AnswerInput, AnswerValue};
use tenken_core::message::Describe;
use tenken_core::questionnaire::parse_questionnaire;
use tenken_core::{FiscalYear, SectionState};
use tenken_exchange::{Fingerprint, Party, Refusal};
use tenken_i18n::{Lang, Localizer};
use tenken_store::Store;
use tenken_store::exchange::{ExchangeError, ImportRun, Outcome, Outgoing, Taken, Verified};

const EDOGAWA: &str = include_str!("../../../../questionnaires/edogawa.toml");
fn yes() -> AnswerInput {
    AnswerInput { value: Some(AnswerValue::Yes), ..Default::default() }
}

/// One machine: a folder with its database (and `backups/` beside it).
struct Site {
    dir: tempfile::TempDir,
}

impl Site {
    fn new() -> Site {
        Site { dir: tempfile::tempdir().unwrap() }
    }

    fn db(&self) -> PathBuf {
        self.dir.path().join("tenken.db")
    }

    fn store(&self) -> Store {
        Store::open_or_create(&self.db()).unwrap()
    }

    /// Writes packages to a folder of this machine ("the USB stick").
    fn write(&self, folder: &str, packages: &[Outgoing]) -> Vec<PathBuf> {
        let dir = self.dir.path().join(folder);
        std::fs::create_dir_all(&dir).unwrap();
        packages
            .iter()
            .map(|p| {
                let path = dir.join(&p.file_name);
                std::fs::write(&path, &p.bytes).unwrap();
                path
            })
            .collect()
    }

    /// The database file's bytes with no connection open (WAL checkpointed and gone).
    fn bytes(&self) -> Vec<u8> {
        let mut wal = self.db().into_os_string();
        wal.push("-wal");
        assert!(!PathBuf::from(wal).exists(), "a connection is still open");
        std::fs::read(self.db()).unwrap()
    }

    fn backups(&self) -> Vec<PathBuf> {
        let dir = self.dir.path().join("backups");
        let mut v: Vec<PathBuf> = std::fs::read_dir(dir).map_or_else(
            |_| Vec::new(),
            |d| d.flatten().map(|e| e.path()).filter(|p| !p.to_string_lossy().contains(".restore-")).collect(),
        );
        v.sort();
        v
    }
}

/// Another database: `departments` and one campaign of `year` asking `checklist` (its TOML).
fn site_with(departments: &str, year: FiscalYear, checklist: &str) -> Site {
    let site = Site::new();
    let mut s = site.store();
    s.import_departments(departments.as_bytes()).unwrap();
    s.open_campaign(year, &parse_questionnaire(checklist).unwrap(), checklist, false).unwrap();
    drop(s);
    site
}

/// The auditor: departments, 2025 with 戸籍住民課's answers submitted, 2026 opened.
fn auditor() -> Site {
    let site = Site::new();
    let mut s = site.store();
    s.import_departments(DEPARTMENTS.as_bytes()).unwrap();
    s.open_campaign(fy(2025), &toshima(), TOSHIMA, false).unwrap();
    answer_all(&mut s, fy(2025), "B1-1");
    s.submit(fy(2025), "B1-1", &signed()).unwrap();
    s.open_campaign(fy(2026), &toshima(), TOSHIMA, false).unwrap();
    site
}

fn read(path: &Path) -> Verified {
    Verified::new(std::fs::read(path).unwrap()).unwrap()
}

fn import(store: &mut Store, paths: &[PathBuf]) -> ImportRun {
    let files = paths.iter().map(|p| (p.display().to_string(), Ok(std::fs::read(p).unwrap()))).collect();
    store.import_files(files, false, &mut |_, _, _| {})
}

fn outcome(run: &ImportRun, i: usize) -> &Taken {
    match &run.lines[i].result {
        Ok(t) => t,
        Err(e) => panic!("line {i} refused: {e:?}"),
    }
}

fn refusal(run: &ImportRun, i: usize) -> &ExchangeError {
    match &run.lines[i].result {
        Ok(t) => panic!("line {i} taken: {t:?}"),
        Err(e) => e,
    }
}

#[track_caller]
fn assert_says(e: &dyn Describe, ja: &str, en: &str) {
    let j = Localizer::new(Lang::Ja).describe(e);
    let n = Localizer::new(Lang::En).describe(e);
    assert!(j.contains(ja), "ja: {j}");
    assert!(n.contains(en), "en: {n}");
}

/// Distribution files for 2026 (both sections) on the auditor's stick.
fn distribute(a: &Site, depts: &[&str]) -> Vec<PathBuf> {
    let codes: Vec<String> = depts.iter().map(|d| (*d).to_owned()).collect();
    let out = a.store().distribute(fy(2026), &codes).unwrap();
    a.write("stick", &out)
}

/// A section terminal set up from a distribution file, every item answered yes.
fn section_from(file: &Path, dept: &str) -> Site {
    let site = Site::new();
    let mut s = site.store();
    let t = s.open_distribution(&read(file)).unwrap();
    assert_eq!(t.outcome, Outcome::SetUp);
    answer_all(&mut s, fy(2026), dept);
    site
}

fn respond(section: &Site, dept: &str) -> PathBuf {
    let out = section.store().respond(None, Some(dept)).unwrap();
    section.write("stick", &[out]).remove(0)
}

#[test]
fn round_trip_through_files_with_carry_over_two_revisions_and_a_duplicate() {
    let a = auditor();
    let files = distribute(&a, &[]);
    assert_eq!(files.len(), 2);
    let name = files[0].file_name().unwrap().to_string_lossy().into_owned();
    assert_eq!(name, "令和8年度_B1-1_戸籍住民課_配布.tenken");
    let auditor_fp = a.store().identity().unwrap().fingerprint;

    // The section's own database: set up from the file alone.
    let sec = Site::new();
    let mut s = sec.store();
    let t = s.open_distribution(&read(&files[0])).unwrap();
    assert_eq!(t.outcome, Outcome::SetUp);
    assert!(t.pinned_now);
    assert_eq!(t.signer, auditor_fp);
    let applicable = s.answers(fy(2026), "B1-1").unwrap().iter().filter(|a| a.applies).count() as u32;
    assert_eq!(t.answers, applicable, "last year's answers carried over");
    assert!(
        s.answers(fy(2026), "B1-1").unwrap().iter().filter(|a| a.applies).all(|a| a
            .answer
            .as_ref()
            .unwrap()
            .unconfirmed),
        "carried-over answers are 未確認 drafts"
    );
    assert_eq!(s.campaigns().unwrap()[0].questionnaire_hash, toshima().hash());
    assert_eq!(s.pins().unwrap()[0].fingerprint, auditor_fp);
    // Opening the same file again changes nothing.
    assert_eq!(s.open_distribution(&read(&files[0])).unwrap().outcome, Outcome::AlreadyOpened);

    // Revision 1: confirmed answers, not yet submitted.
    answer_all(&mut s, fy(2026), "B1-1");
    drop(s);
    let r1 = respond(&sec, "B1-1");
    assert_eq!(r1.file_name().unwrap().to_string_lossy(), "令和8年度_B1-1_戸籍住民課_回答_第1版.tenken");

    let mut store = a.store();
    let run = import(&mut store, std::slice::from_ref(&r1));
    let t = outcome(&run, 0);
    assert_eq!(t.outcome, Outcome::Imported);
    assert!(t.pinned_now);
    assert_eq!(t.signer, sec.store().identity().unwrap().fingerprint);
    assert!(run.backup.is_some(), "a backup precedes the first change");
    let status = store.status(fy(2026)).unwrap();
    let b11 = status.iter().find(|s| s.code == "B1-1").unwrap();
    assert_eq!(b11.state, SectionState::Draft);
    assert_eq!(b11.progress.answered, applicable);
    drop(store);

    // Revision 2: one answer changed to 一部実施 with a plan, then submitted.
    let mut s = sec.store();
    let partial = AnswerInput {
        value: Some(AnswerValue::Partial),
        comment: Some("端末1台が未設定".into()),
        plan_action: Some("残りの端末を設定する".into()),
        plan_due: Some("2027-03-31".into()),
        evidence: Some("端末管理台帳（課内共有フォルダ「庶務」）".into()),
        ..Default::default()
    };
    s.save_answer(fy(2026), "B1-1", "toshima-6-3-1-a", &partial).unwrap();
    s.submit(fy(2026), "B1-1", &signed()).unwrap();
    drop(s);
    let r2 = respond(&sec, "B1-1");

    // The folder holds both revisions, newest name first: imported oldest first regardless.
    let mut store = a.store();
    let run = import(&mut store, &[r2.clone(), r1.clone()]);
    assert_eq!(outcome(&run, 0).outcome, Outcome::Superseded { previous: 1 });
    assert_eq!(outcome(&run, 1).outcome, Outcome::AlreadyImported);
    let status = store.status(fy(2026)).unwrap();
    assert_eq!(status.iter().find(|s| s.code == "B1-1").unwrap().state, SectionState::Submitted);
    let row = store.answers(fy(2026), "B1-1").unwrap().into_iter().find(|a| a.item_id == "toshima-6-3-1-a").unwrap();
    let answer = row.answer.unwrap();
    assert_eq!(answer.value, Some(AnswerValue::Partial));
    assert_eq!(answer.evidence, "端末管理台帳（課内共有フォルダ「庶務」）", "証跡の所在 travels with the answer");
    let history = store.answer_history(fy(2026), "B1-1", "toshima-6-3-1-a").unwrap();
    assert_eq!(history.last().unwrap().value, Some(AnswerValue::Yes), "the superseded answer is kept in history");
    assert_eq!(history.last().unwrap().evidence, "", "with the 証跡の所在 it had");
    drop(store);

    // Importing the same files again (also under another name) changes nothing and makes no backup.
    let before = a.bytes();
    let backups = a.backups();
    let copy = a.dir.path().join("copy.tenken");
    std::fs::copy(&r2, &copy).unwrap();
    let mut store = a.store();
    let run = import(&mut store, &[r2, copy, r1]);
    assert!(run.lines.iter().all(|l| matches!(&l.result, Ok(t) if t.outcome == Outcome::AlreadyImported)));
    assert!(run.backup.is_none());
    drop(store);
    assert_eq!(a.bytes(), before);
    assert_eq!(a.backups(), backups);
}

#[test]
fn an_older_revision_is_refused_and_the_database_is_unchanged() {
    let a = auditor();
    let files = distribute(&a, &["B1-1"]);
    let sec = section_from(&files[0], "B1-1");
    let r1 = respond(&sec, "B1-1");
    let r2 = respond(&sec, "B1-1");
    let mut store = a.store();
    assert_eq!(outcome(&import(&mut store, &[r2]), 0).outcome, Outcome::Imported);
    drop(store);
    let before = a.bytes();
    let mut store = a.store();
    let run = import(&mut store, &[r1]);
    let e = refusal(&run, 0);
    assert!(matches!(e, ExchangeError::Refused(Refusal::Outdated { revision: 1, current: 2 })), "{e:?}");
    assert_says(e, "第1版は古い版です（第2版を取り込み済み）", "Revision 1 is outdated (revision 2");
    assert!(run.backup.is_none());
    drop(store);
    assert_eq!(a.bytes(), before);
}

/// Flips every byte of a small response (two ways) and truncates it at every
/// length, and flips every byte of a full-size response; imports them all:
/// every one refused, no backup made, the database byte-identical.
#[test]
fn every_flipped_byte_is_refused_and_the_database_file_stays_byte_identical() {
    let a = auditor();
    let files = distribute(&a, &["B1-1"]);
    // A small response: a section that has answered two items.
    let sec = Site::new();
    let mut s = sec.store();
    s.open_distribution(&read(&files[0])).unwrap();
    drop(s);
    let small_sec = {
        // No carried-over drafts: answer two items on a terminal set up from a
        // distribution for a section with nothing from last year (B1-2).
        let files = distribute(&a, &["B1-2"]);
        let site = Site::new();
        let mut st = site.store();
        st.open_distribution(&read(&files[0])).unwrap();
        st.save_answer(fy(2026), "B1-2", "toshima-5-a", &yes()).unwrap();
        st.save_answer(fy(2026), "B1-2", "toshima-5-b", &yes()).unwrap();
        drop(st);
        site
    };
    let small = std::fs::read(respond(&small_sec, "B1-2")).unwrap();
    let full = std::fs::read(respond(&sec, "B1-1")).unwrap();

    let mut variants: Vec<Vec<u8>> = Vec::new();
    for i in 0..small.len() {
        for mask in [0x01u8, 0xFF] {
            let mut v = small.clone();
            v[i] ^= mask;
            variants.push(v);
        }
    }
    for len in 0..small.len() {
        variants.push(small[..len].to_vec());
    }
    // The full-size response (60-odd carried-over answers): every byte flipped once.
    for i in 0..full.len() {
        let mut v = full.clone();
        v[i] ^= 0x20;
        variants.push(v);
    }
    let count = variants.len();

    let before = a.bytes();
    let mut store = a.store();
    let inputs = variants.into_iter().enumerate().map(|(i, v)| (format!("variant {i}"), Ok(v))).collect();
    let run = store.import_files(inputs, false, &mut |_, _, _| {});
    let taken: Vec<&str> = run.lines.iter().filter(|l| l.result.is_ok()).map(|l| l.label.as_str()).collect();
    assert!(taken.is_empty(), "accepted: {taken:?}");
    assert!(run.backup.is_none(), "a refused package makes no backup");
    drop(store);
    assert_eq!(a.bytes(), before, "the database file changed");
    assert!(a.backups().is_empty());
    eprintln!(
        "tamper variants refused: {count} (small package {} bytes, full package {} bytes)",
        small.len(),
        full.len()
    );
    // And the genuine ones still import.
    let mut store = a.store();
    let ok = store.import_files(vec![("small".into(), Ok(small)), ("full".into(), Ok(full))], false, &mut |_, _, _| {});
    assert!(ok.lines.iter().all(|l| l.result.is_ok()), "{:?}", ok.lines);
}

/// Imports one file expecting a refusal, and checks the database file did not change.
fn refused_unchanged(site: &Site, file: &Path) -> ExchangeError {
    let before = site.bytes();
    let mut store = site.store();
    let mut run = import(&mut store, &[file.to_owned()]);
    assert!(run.backup.is_none());
    drop(store);
    assert_eq!(site.bytes(), before, "a refused package changed the database");
    match run.lines.remove(0).result {
        Ok(t) => panic!("taken: {t:?}"),
        Err(e) => e,
    }
}

#[test]
fn a_distribution_given_to_import_is_refused() {
    let a = auditor();
    let files = distribute(&a, &["B1-1"]);
    let e = refused_unchanged(&a, &files[0]);
    assert!(matches!(e, ExchangeError::Refused(Refusal::WrongKind { .. })), "{e:?}");
    assert_says(&e, "これは配布パッケージです", "This is a distribution package");
}

#[test]
fn a_response_for_a_campaign_the_auditor_does_not_have_is_refused() {
    let a = auditor();
    let sec = section_from(&distribute(&a, &["B1-1"])[0], "B1-1");
    let r = respond(&sec, "B1-1");
    // Another auditor's database, with only 2025.
    let other = site_with(DEPARTMENTS, fy(2025), TOSHIMA);
    let e = refused_unchanged(&other, &r);
    assert!(matches!(e, ExchangeError::Refused(Refusal::UnknownCampaign { year }) if year.year() == 2026), "{e:?}");
    assert_says(&e, "令和8年度の点検はこのデータベースにありません", "no inspection for FY2026");
}

#[test]
fn a_response_from_an_unknown_department_is_refused() {
    let a = auditor();
    let sec = section_from(&distribute(&a, &["B1-1"])[0], "B1-1");
    let r = respond(&sec, "B1-1");
    let other = site_with("code,name,parent,tiers\nZ1,別区総務部,,\nZ1-1,別区総務課,Z1,lgwan\n", fy(2026), TOSHIMA);
    let e = refused_unchanged(&other, &r);
    assert!(matches!(&e, ExchangeError::Refused(Refusal::UnknownDepartment { code }) if code == "B1-1"), "{e:?}");
    assert_says(
        &e,
        "所属コード「B1-1」はこのデータベースにありません",
        "Department code \"B1-1\" is not in this database",
    );
}

#[test]
fn a_response_to_a_distribution_this_auditor_never_sent_is_refused() {
    let a = auditor();
    let sec = section_from(&distribute(&a, &["B1-1"])[0], "B1-1");
    let r = respond(&sec, "B1-1");
    // Same departments and campaign, but this database never distributed.
    let other = auditor();
    let e = refused_unchanged(&other, &r);
    assert!(
        matches!(&e, ExchangeError::Refused(Refusal::NotDistributed { code, year }) if code == "B1-1" && year.year() == 2026)
    );
    assert_says(&e, "配布パッケージを送っていません", "No distribution package for FY2026 was sent");
    // The auditor who did send it takes it.
    let mut store = a.store();
    assert!(import(&mut store, &[r]).lines[0].result.is_ok());
}

#[test]
fn a_response_signed_by_another_key_is_refused_until_repinned_and_a_new_terminal_continues_the_numbering() {
    let a = auditor();
    let files = distribute(&a, &["B1-1"]);
    let first = section_from(&files[0], "B1-1");
    let r1 = respond(&first, "B1-1");
    let r2 = respond(&first, "B1-1");
    let mut store = a.store();
    assert!(import(&mut store, &[r1, r2]).lines.iter().all(|l| l.result.is_ok()));
    drop(store);

    // The terminal is replaced: a new installation, a new key, the same distribution file.
    let second = section_from(&files[0], "B1-1");
    let new_fp = second.store().identity().unwrap().fingerprint;
    let r = respond(&second, "B1-1");
    let e = refused_unchanged(&a, &r);
    let ExchangeError::Refused(Refusal::SignerChanged { party: Party::Section(code), presented, .. }) = &e else {
        panic!("{e:?}")
    };
    assert_eq!(code, "B1-1");
    assert_eq!(presented, &new_fp);
    assert_says(
        &e,
        &format!("tenken key repin --dept B1-1 --fingerprint {new_fp}"),
        &format!("tenken key repin --dept B1-1 --fingerprint {new_fp}"),
    );
    assert_says(&e, "鍵が以前と違います", "has changed");

    // After the phone call: re-pin. Its first response is numbered 1, older than 2: refused as outdated.
    let mut store = a.store();
    store.repin(&Party::Section("B1-1".into()), Fingerprint::parse(&new_fp).unwrap(), false).unwrap();
    let e = import(&mut store, &[r]).lines.remove(0).result.unwrap_err();
    assert!(matches!(e, ExchangeError::Refused(Refusal::Outdated { revision: 1, current: 2 })), "{e:?}");
    // A new distribution tells the new terminal where the numbering stands.
    let again = store.distribute(fy(2026), &["B1-1".to_owned()]).unwrap();
    drop(store);
    let file = a.write("stick2", &again).remove(0);
    assert!(file.to_string_lossy().ends_with("_配布_第2版.tenken"));
    let t = second.store().open_distribution(&read(&file)).unwrap();
    assert_eq!(t.outcome, Outcome::Updated { previous: 1 });
    let r3 = respond(&second, "B1-1");
    assert!(r3.to_string_lossy().ends_with("_回答_第3版.tenken"), "{r3:?}");
    let mut store = a.store();
    let run = import(&mut store, &[r3]);
    assert_eq!(outcome(&run, 0).outcome, Outcome::Superseded { previous: 2 });
    let pins = store.pins().unwrap();
    let pin = pins.iter().find(|p| p.party == "dept:B1-1").unwrap();
    assert_eq!((pin.fingerprint.as_str(), pin.how.as_str()), (new_fp.as_str(), "repin"));
    assert!(pin.public_key.is_some(), "the full key is recorded once a package with it arrived");
}

#[test]
fn a_response_for_a_closed_campaign_is_refused_and_closed_campaigns_distribute_nothing() {
    let a = auditor();
    let sec = section_from(&distribute(&a, &["B1-1"])[0], "B1-1");
    let r = respond(&sec, "B1-1");
    let mut store = a.store();
    assert!(store.close_campaign(fy(2026)).unwrap());
    assert!(!store.close_campaign(fy(2026)).unwrap());
    let e = store.distribute(fy(2026), &[]).unwrap_err();
    assert!(matches!(e, ExchangeError::Refused(Refusal::CampaignClosed { year }) if year.year() == 2026), "{e:?}");
    drop(store);
    let e = refused_unchanged(&a, &r);
    assert!(matches!(e, ExchangeError::Refused(Refusal::CampaignClosed { year }) if year.year() == 2026), "{e:?}");
    assert_says(&e, "令和8年度の点検は締め切られています", "The inspection of FY2026 is closed");
}

#[test]
fn a_terminal_refuses_a_distribution_from_another_auditor_and_one_for_another_checklist() {
    let a = auditor();
    let files = distribute(&a, &["B1-1"]);
    let sec = section_from(&files[0], "B1-1");
    // Another auditor installation distributes to the same section.
    let b = auditor();
    let other = distribute(&b, &["B1-1"]);
    let b_fp = b.store().identity().unwrap().fingerprint;
    let before = sec.bytes();
    let e = sec.store().open_distribution(&read(&other[0])).unwrap_err();
    assert_eq!(sec.bytes(), before);
    assert!(matches!(&e, ExchangeError::Refused(Refusal::SignerChanged { party: Party::Auditor, .. })), "{e:?}");
    assert_says(
        &e,
        &format!("tenken key repin --auditor --fingerprint {b_fp}"),
        &format!("tenken key repin --auditor --fingerprint {b_fp}"),
    );

    // A terminal whose 2026 campaign asks another checklist.
    let c = site_with(DEPARTMENTS, fy(2026), EDOGAWA);
    let before = c.bytes();
    let e = c.store().open_distribution(&read(&files[0])).unwrap_err();
    assert_eq!(c.bytes(), before);
    assert!(
        matches!(e, ExchangeError::Refused(Refusal::QuestionnaireMismatch { year }) if year.year() == 2026),
        "{e:?}"
    );
    assert_says(&e, "別の自己点検票", "different checklist");
}

#[test]
fn a_reopen_travels_to_the_terminal_in_a_new_distribution() {
    let a = auditor();
    let files = distribute(&a, &["B1-1"]);
    let sec = section_from(&files[0], "B1-1");
    sec.store().submit(fy(2026), "B1-1", &signed()).unwrap();
    let r1 = respond(&sec, "B1-1");
    let mut store = a.store();
    import(&mut store, &[r1]);
    store.reopen(fy(2026), "B1-1", "改善計画の期限を記入してください").unwrap();
    let again = store.distribute(fy(2026), &["B1-1".to_owned()]).unwrap();
    drop(store);
    let file = a.write("stick2", &again).remove(0);
    let t = sec.store().open_distribution(&read(&file)).unwrap();
    assert!(t.reopened);
    assert_eq!(t.state, SectionState::Reopened);
    let mut s = sec.store();
    s.save_answer(fy(2026), "B1-1", "toshima-5-a", &yes()).unwrap();
    s.submit(fy(2026), "B1-1", &signed()).unwrap();
    drop(s);
    let r2 = respond(&sec, "B1-1");
    let mut store = a.store();
    let run = import(&mut store, &[r2]);
    assert_eq!(outcome(&run, 0).outcome, Outcome::Superseded { previous: 1 });
    assert_eq!(outcome(&run, 0).state, SectionState::Submitted);
}

/// No backup, no import: where the backup cannot be made (`backups` is a
/// file, not a folder), every line of the run says so and the database is
/// byte for byte as it was. Once it can be made, the same files go in.
#[test]
fn an_import_whose_backup_cannot_be_made_takes_nothing() {
    let a = auditor();
    let files = distribute(&a, &["B1-1", "B1-2"]);
    let sections = [section_from(&files[0], "B1-1"), section_from(&files[1], "B1-2")];
    let responses = [respond(&sections[0], "B1-1"), respond(&sections[1], "B1-2")];
    let blocker = a.dir.path().join("backups");
    std::fs::write(&blocker, "not a folder").unwrap();
    let before = a.bytes();
    let mut store = a.store();
    let run = import(&mut store, &responses);
    for i in 0..2 {
        assert!(matches!(refusal(&run, i), ExchangeError::BackupFailed(_)), "{:?}", run.lines[i]);
    }
    assert!(run.backup.is_none());
    drop(store);
    assert_eq!(a.bytes(), before, "a run without its backup left a change behind");

    std::fs::remove_file(&blocker).unwrap();
    let mut store = a.store();
    let run = import(&mut store, &responses);
    assert_eq!(outcome(&run, 0).outcome, Outcome::Imported);
    assert_eq!(outcome(&run, 1).outcome, Outcome::Imported);
    assert_eq!(a.backups(), vec![run.backup.clone().unwrap()]);
}

#[test]
fn a_backup_is_made_before_an_import_and_restoring_it_brings_the_database_back() {
    let a = auditor();
    let sec = section_from(&distribute(&a, &["B1-1"])[0], "B1-1");
    let r = respond(&sec, "B1-1");
    let key = a.store().identity().unwrap();
    let before_answers = a.store().answers(fy(2026), "B1-1").unwrap();
    let mut store = a.store();
    let run = import(&mut store, &[r]);
    let backup = run.backup.clone().unwrap();
    assert_eq!(a.backups(), vec![backup.clone()]);
    assert_ne!(store.answers(fy(2026), "B1-1").unwrap(), before_answers);
    drop(store);

    let restored = Store::restore_backup(&a.db(), &backup).unwrap();
    let previous = restored.previous.unwrap();
    assert!(previous.exists(), "the state before the restore is kept too");
    let mut store = a.store();
    assert_eq!(store.answers(fy(2026), "B1-1").unwrap(), before_answers);
    assert_eq!(store.identity().unwrap(), key, "restoring keeps the installation's key");
    drop(store);

    // Something that is not a tenken database is refused and nothing is replaced.
    let before = a.bytes();
    let text = a.dir.path().join("notes.db");
    std::fs::write(&text, "not a database").unwrap();
    let e = Store::restore_backup(&a.db(), &text).unwrap_err();
    assert!(matches!(e, tenken_store::StoreError::NotADatabase(_)), "{e:?}");
    assert_eq!(a.bytes(), before);

    // Onto a new machine, where there is no database yet: the backup becomes
    // it, whole, and no temporary file is left beside it or in backups/.
    let fresh = tempfile::tempdir().unwrap();
    let db = fresh.path().join("新しい端末").join("tenken.db");
    std::fs::create_dir_all(db.parent().unwrap()).unwrap();
    let restored = Store::restore_backup(&db, &backup).unwrap();
    assert!(restored.previous.is_none(), "there was nothing to keep");
    assert_eq!(Store::open(&db).unwrap().answers(fy(2026), "B1-1").unwrap(), before_answers);
    let folder = db.parent().unwrap();
    let names = |d: &Path| -> Vec<String> {
        std::fs::read_dir(d).unwrap().flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect()
    };
    let left = [names(folder), names(&folder.join("backups"))].concat();
    assert!(left.iter().all(|n| !n.starts_with('.')), "{left:?}");
}

/// The auditor's log shows what was done on the isolated terminal, by whom
/// (the terminal's key), each event once across revisions, chain intact.
#[test]
fn the_terminals_own_log_events_arrive_in_the_auditors_log_once_each() {
    let a = auditor();
    let files = distribute(&a, &["B1-1"]);
    let sec = section_from(&files[0], "B1-1");
    let item = "toshima-5-a";
    let partial = AnswerInput {
        value: Some(AnswerValue::Partial),
        comment: Some("一部の職員が未確認。".into()),
        plan_action: Some("未確認の職員に周知する。".into()),
        plan_due: Some("2027-03-31".into()),
        ..Default::default()
    };
    sec.store().save_answer(fy(2026), "B1-1", item, &partial).unwrap();
    let terminal_key = sec.store().identity().unwrap().fingerprint;
    let first = respond(&sec, "B1-1");
    let subject = format!("2026/B1-1/{item}");

    let mut s = a.store();
    let before = s.events().unwrap().len();
    outcome(&import(&mut s, std::slice::from_ref(&first)), 0);
    let history = s.events_about(&subject).unwrap();
    let from_terminal: Vec<_> = history.iter().filter(|e| e.body.actor.role == "section").collect();
    assert_eq!(from_terminal.len(), 2, "the yes, then the partial: {history:?}");
    assert!(from_terminal.iter().all(|e| e.body.actor.key.as_deref() == Some(terminal_key.as_str())));
    assert_eq!(from_terminal[1].body.action, "answer.save");
    assert!(from_terminal[1].body.after.as_deref().unwrap().contains("未確認の職員に周知する。"));
    let taken = s.events().unwrap().len() - before;
    assert_eq!(s.verify_log().unwrap(), Ok(before + taken));

    // Submit on the terminal and send again: only the new events are added.
    sec.store().submit(fy(2026), "B1-1", &signed()).unwrap();
    let second = respond(&sec, "B1-1");
    let n = s.events().unwrap().len();
    outcome(&import(&mut s, std::slice::from_ref(&second)), 0);
    let added: Vec<_> = s.events().unwrap().into_iter().skip(n).collect();
    let actions: Vec<&str> = added.iter().map(|e| e.body.action.as_str()).collect();
    assert_eq!(actions, ["package.receive", "section.submit"], "{added:?}");
    assert!(s.verify_log().unwrap().is_ok());
}

/// A package whose log names another section is refused whole, nothing changed.
#[test]
fn a_response_carrying_another_sections_log_events_is_refused() {
    let log = vec![tenken_exchange::SentLogEvent {
        seq: 1,
        at: "2026-06-01T10:00:00+09:00".into(),
        action: "answer.save".into(),
        subject: "2026/B1-2/toshima-5-a".into(),
        before: None,
        after: None,
    }];
    let e = tenken_exchange::rules::check_log(2026, "B1-1", &log).unwrap_err();
    assert_eq!(e, Refusal::ForeignLogEvent { seq: 1 });
    assert_says(&e, "この所属についての記録ではありません", "not about this section");
    let mut twice = log.clone();
    twice[0].subject = "2026/B1-1/toshima-5-a".into();
    twice.push(twice[0].clone());
    assert_eq!(tenken_exchange::rules::check_log(2026, "B1-1", &twice).unwrap_err(), Refusal::LogOutOfOrder { seq: 1 });
    let mut other_action = twice[..1].to_vec();
    other_action[0].action = "review.set".into();
    assert_eq!(
        tenken_exchange::rules::check_log(2026, "B1-1", &other_action).unwrap_err(),
        Refusal::ForeignLogEvent { seq: 1 }
    );
    // A subject that merely starts with the code (B1-10) is another section.
    let mut prefix = twice[..1].to_vec();
    prefix[0].subject = "2026/B1-10/toshima-5-a".into();
    assert!(tenken_exchange::rules::check_log(2026, "B1-1", &prefix).is_err());
}

/// The terminal's own signing key, as its database keeps it (what a hostile terminal has).
fn terminal_key(site: &Site) -> tenken_exchange::SecretKey {
    let conn = rusqlite::Connection::open(site.db()).unwrap();
    let secret: Vec<u8> = conn.query_row("SELECT secret FROM installation_key", [], |r| r.get(0)).unwrap();
    tenken_exchange::SecretKey::from_bytes(&secret).unwrap()
}

/// The package id and response secret a distribution file carries.
fn distribution_of(file: &Path) -> (String, Option<tenken_exchange::ResponseSecret>) {
    let v = read(file);
    let tenken_exchange::Contents::Distribution { distribution, .. } = &v.package().contents else { panic!() };
    let secret = distribution.response_secret.as_deref().map(|h| tenken_exchange::ResponseSecret::from_hex(h).unwrap());
    (v.package().manifest.package_id.clone(), secret)
}

/// A response for `dept` made by hand with `key`, naming `distribution_id`,
/// proven with `secret` if given: an empty draft, valid in every other respect.
fn forged(
    site: &Site,
    key: &tenken_exchange::SecretKey,
    dept: &str,
    revision: u32,
    distribution_id: &str,
    secret: Option<&tenken_exchange::ResponseSecret>,
) -> PathBuf {
    forged_with(site, key, dept, revision, distribution_id, secret, |_| {})
}

/// [`forged`], with the response changed by `edit` before it is signed.
fn forged_with(
    site: &Site,
    key: &tenken_exchange::SecretKey,
    dept: &str,
    revision: u32,
    distribution_id: &str,
    secret: Option<&tenken_exchange::ResponseSecret>,
    edit: impl FnOnce(&mut tenken_exchange::Response),
) -> PathBuf {
    let header = tenken_exchange::Header {
        package_id: tenken_exchange::new_package_id().unwrap(),
        campaign: fy(2026),
        department: dept.to_owned(),
        questionnaire_hash: toshima().hash(),
        revision,
        created_at: "2026-11-29T10:00:00+09:00".to_owned(),
    };
    let signer = key.public().to_hex();
    let proof = secret.map(|s| {
        s.prove(&tenken_exchange::ProofInput {
            campaign: fy(2026),
            department: dept,
            package_id: &header.package_id,
            revision,
            signer: &signer,
            distribution_id,
        })
    });
    let mut response = tenken_exchange::Response { proof, ..tenken_exchange::Response::draft(distribution_id) };
    edit(&mut response);
    let bytes = tenken_exchange::build_response(&header, &response, &[], key).unwrap();
    let dir = site.dir.path().join("forged");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("{}.tenken", header.package_id));
    std::fs::write(&path, bytes).unwrap();
    path
}

/// Issue I: B1-1's terminal signs a response for B1-2 with its own key and
/// B1-2's distribution id. Refused (it never opened B1-2's distribution),
/// nothing pinned; B1-2's genuine response is then taken with B1-2's key.
#[test]
fn a_section_cannot_answer_for_another_section_and_the_genuine_response_is_then_taken() {
    let a = auditor();
    let files = distribute(&a, &["B1-1", "B1-2"]);
    let b11 = section_from(&files[0], "B1-1");
    let mut store = a.store();
    assert!(outcome(&import(&mut store, &[respond(&b11, "B1-1")]), 0).pinned_now);
    drop(store);

    let key = terminal_key(&b11);
    let (b12_id, b12_secret) = distribution_of(&files[1]);
    let (_, b11_secret) = distribution_of(&files[0]);
    assert!(b12_secret.is_some() && b11_secret.is_some() && b12_secret != b11_secret);
    // Without a proof, and with a proof under its own section's secret: both refused, nothing changed.
    for secret in [None, b11_secret.as_ref()] {
        let attack = forged(&b11, &key, "B1-2", 1, &b12_id, secret);
        let e = refused_unchanged(&a, &attack);
        assert!(
            matches!(&e, ExchangeError::Refused(Refusal::NotBound { code, year }) if code == "B1-2" && year.year() == 2026),
            "{e:?}"
        );
        assert_says(
            &e,
            "所属「B1-2」の端末で最新の配布パッケージを開き直し",
            "On section \"B1-2\"'s terminal, open the latest distribution package again",
        );
    }
    assert!(a.store().pins().unwrap().iter().all(|p| p.party != "dept:B1-2"), "nothing pinned for B1-2");

    let b12 = section_from(&files[1], "B1-2");
    let mut store = a.store();
    let run = import(&mut store, &[respond(&b12, "B1-2")]);
    let t = outcome(&run, 0);
    assert_eq!((t.outcome, t.pinned_now), (Outcome::Imported, true));
    let b12_fp = b12.store().identity().unwrap().fingerprint;
    let pins = store.pins().unwrap();
    assert_eq!(pins.iter().find(|p| p.party == "dept:B1-2").unwrap().fingerprint, b12_fp);
    let pin_events: Vec<_> =
        store.events().unwrap().into_iter().filter(|e| e.body.action == "key.pin").map(|e| e.body.subject).collect();
    assert_eq!(pin_events, ["2026/B1-1", "2026/B1-2"]);
}

/// One terminal that opened both sections' distributions answers for both:
/// genuine, but one key for two sections needs the auditor's confirmation.
#[test]
fn a_key_pinned_to_another_section_is_taken_only_when_the_auditor_confirms() {
    let a = auditor();
    let files = distribute(&a, &["B1-1", "B1-2"]);
    let shared = section_from(&files[0], "B1-1");
    let mut s = shared.store();
    s.open_distribution(&read(&files[1])).unwrap();
    answer_all(&mut s, fy(2026), "B1-2");
    drop(s);
    let fp = shared.store().identity().unwrap().fingerprint;
    let mut store = a.store();
    outcome(&import(&mut store, &[respond(&shared, "B1-1")]), 0);
    drop(store);

    let r = respond(&shared, "B1-2");
    let e = refused_unchanged(&a, &r);
    let ExchangeError::Refused(Refusal::SharedKey { code, others, pinned, presented }) = &e else { panic!("{e:?}") };
    assert_eq!((code.as_str(), others.as_slice()), ("B1-2", ["B1-1".to_owned()].as_slice()));
    assert_eq!((pinned, presented), (&fp, &fp));
    assert_says(&e, &format!("所属「B1-1」に登録済みの指紋 {fp}"), &format!("pinned for \"B1-1\": {fp}"));
    assert_says(&e, "「tenken package import --allow-shared-key ファイル」", "--allow-shared-key");
    assert_says(&e, &format!("署名した鍵の指紋 {fp}"), &format!("signer's fingerprint {fp}"));

    // Confirmed: taken, pinned, and both the confirmation and the pin are in the audit log.
    let mut store = a.store();
    let files = vec![(r.display().to_string(), Ok(std::fs::read(&r).unwrap()))];
    let run = store.import_files(files, true, &mut |_, _, _| {});
    let t = outcome(&run, 0);
    assert_eq!(
        (t.outcome, t.pinned_now, t.shared_with.as_slice()),
        (Outcome::Imported, true, ["B1-1".to_owned()].as_slice())
    );
    let events = store.events().unwrap();
    let keys: Vec<(&str, &str)> = events
        .iter()
        .filter(|e| e.body.action.starts_with("key."))
        .map(|e| (e.body.action.as_str(), e.body.subject.as_str()))
        .collect();
    assert_eq!(keys, [("key.pin", "2026/B1-1"), ("key.share-allowed", "2026/B1-2"), ("key.pin", "2026/B1-2")]);
    let allowed = events.iter().find(|e| e.body.action == "key.share-allowed").unwrap();
    assert!(
        allowed.body.after.as_deref().unwrap().contains(&fp) && allowed.body.after.as_deref().unwrap().contains("B1-1")
    );
    assert!(store.verify_log().unwrap().is_ok());
    // From now on the key is B1-2's pin too: a newer response needs no confirmation.
    drop(store);
    let mut store = a.store();
    let run = import(&mut store, &[respond(&shared, "B1-2")]);
    assert!(matches!(outcome(&run, 0).outcome, Outcome::Superseded { previous: 1 }));
}

/// A revision at the top of its range would leave the section nothing newer to send.
#[test]
fn a_revision_far_ahead_is_refused_and_the_section_can_still_send_the_next_one() {
    let a = auditor();
    let files = distribute(&a, &["B1-1"]);
    let sec = section_from(&files[0], "B1-1");
    let mut store = a.store();
    outcome(&import(&mut store, &[respond(&sec, "B1-1")]), 0);
    drop(store);
    let (id, secret) = distribution_of(&files[0]);
    let key = terminal_key(&sec);
    for revision in [u32::MAX, 1 + tenken_exchange::rules::MAX_REVISION_STEP + 1] {
        let far = forged(&sec, &key, "B1-1", revision, &id, secret.as_ref());
        let e = refused_unchanged(&a, &far);
        assert!(matches!(e, ExchangeError::Refused(Refusal::RevisionTooFar { current: 1, max: 1001, .. })), "{e:?}");
        assert_says(&e, &format!("第{revision}版は版番号が飛びすぎています"), "jumps too far");
        assert_says(&e, "受け取り済みの最新は第1版", "the latest received is revision 1");
    }
    // The section's own next response is taken; so is the furthest jump allowed after it.
    let mut store = a.store();
    let next = respond(&sec, "B1-1");
    assert_eq!(outcome(&import(&mut store, &[next]), 0).outcome, Outcome::Superseded { previous: 1 });
    let edge = forged(&sec, &key, "B1-1", 2 + tenken_exchange::rules::MAX_REVISION_STEP, &id, secret.as_ref());
    assert_eq!(outcome(&import(&mut store, &[edge]), 0).outcome, Outcome::Superseded { previous: 2 });
}

/// Distributions sent before responses were bound (no secret in their row):
/// their unproven responses are taken until a bound distribution is sent.
#[test]
fn a_response_to_a_distribution_sent_before_binding_is_taken_until_a_bound_one_is_sent() {
    let a = auditor();
    let files = distribute(&a, &["B1-1"]);
    {
        let conn = rusqlite::Connection::open(a.db()).unwrap();
        conn.execute("UPDATE packages_sent SET response_secret = NULL", []).unwrap();
    }
    let sec = section_from(&files[0], "B1-1");
    let (id, _) = distribution_of(&files[0]);
    let key = terminal_key(&sec);
    let mut store = a.store();
    outcome(&import(&mut store, &[forged(&sec, &key, "B1-1", 1, &id, None)]), 0);
    // A new distribution carries a secret: an unproven response naming the old one is refused from now on.
    store.distribute(fy(2026), &["B1-1".to_owned()]).unwrap();
    drop(store);
    let e = refused_unchanged(&a, &forged(&sec, &key, "B1-1", 2, &id, None));
    assert!(matches!(e, ExchangeError::Refused(Refusal::NotBound { .. })), "{e:?}");
}

#[test]
fn the_deadline_and_contact_travel_to_the_terminal_and_the_signoff_comes_back() {
    let a = auditor();
    let settings = tenken_core::schedule::SettingsInput {
        due: Some("2027-03-31".to_owned()),
        contact_unit: Some("情報政策課".to_owned()),
        contact_phone: Some("内線 2345".to_owned()),
        contact_mail: Some("joho@city.example.lg.jp".to_owned()),
        lead: Some("山田 隆".to_owned()),
        ..Default::default()
    };
    a.store().set_campaign_settings(fy(2026), &settings).unwrap();
    let files = distribute(&a, &["B1-1"]);
    let sec = section_from(&files[0], "B1-1");
    let mut s = sec.store();
    let on_terminal = s.campaign_settings(fy(2026)).unwrap();
    assert_eq!(on_terminal.due, chrono::NaiveDate::from_ymd_opt(2027, 3, 31));
    assert_eq!(on_terminal.contact.mail, "joho@city.example.lg.jp");
    // The officers are the auditor's business: they stay at the auditor's.
    assert_eq!(on_terminal.officers.lead, "");
    s.submit(fy(2026), "B1-1", &signed()).unwrap();
    drop(s);
    let r = respond(&sec, "B1-1");
    let mut store = a.store();
    let run = import(&mut store, &[r]);
    assert_eq!(outcome(&run, 0).state, SectionState::Submitted);
    let history = store.submissions(fy(2026), "B1-1").unwrap();
    let signoff = history.last().unwrap().signoff.as_ref().unwrap();
    assert_eq!((signoff.respondent.as_str(), signoff.approver.as_str()), ("佐藤 花子", "鈴木 一郎"));
    let board = store.board_deadlines(fy(2026), chrono::NaiveDate::from_ymd_opt(2027, 4, 1).unwrap()).unwrap();
    assert_eq!(board.overdue, ["B1-2"]);
    assert_eq!(board.signoffs[0].dept, "B1-1");
}

/// 証跡の所在 required by the auditor reaches the terminal in the
/// distribution: the section cannot submit a 重点項目 answered 実施している
/// without it, can once it is written, and the auditor takes the response.
#[test]
fn the_evidence_requirement_travels_to_the_terminal_and_holds_back_submission() {
    use tenken_core::campaign::{MissingReason, StateError};
    use tenken_core::schedule::SettingsInput;
    let a = auditor();
    let require = SettingsInput { evidence_required: Some(true), ..Default::default() };
    a.store().set_campaign_settings(fy(2026), &require).unwrap();
    let files = distribute(&a, &["B1-1"]);
    let sec = section_from(&files[0], "B1-1");
    let mut s = sec.store();
    assert!(s.campaign_settings(fy(2026)).unwrap().evidence_required, "the terminal was told");
    let missing = s.missing(fy(2026), "B1-1").unwrap();
    assert!(!missing.is_empty() && missing.iter().all(|m| m.reason == MissingReason::NoEvidence), "{missing:?}");
    let priority: Vec<String> = missing.iter().map(|m| m.item_id.clone()).collect();
    assert!(priority.contains(&"toshima-5-b".to_owned()), "a 重点項目 of the checklist");
    match s.submit(fy(2026), "B1-1", &signed()) {
        Err(tenken_store::StoreError::State(e @ StateError::Incomplete(_))) => {
            assert_says(&e, "証跡の所在が未記入の重点項目", "without where their evidence is kept")
        }
        other => panic!("expected Incomplete, got {other:?}"),
    }
    for id in &priority {
        let yes = AnswerInput {
            value: Some(AnswerValue::Yes),
            evidence: Some("課内共有フォルダ「庶務」の記録簿".into()),
            ..Default::default()
        };
        s.save_answer(fy(2026), "B1-1", id, &yes).unwrap();
    }
    s.submit(fy(2026), "B1-1", &signed()).unwrap();
    drop(s);
    let r = respond(&sec, "B1-1");
    let mut store = a.store();
    let run = import(&mut store, &[r]);
    assert_eq!(outcome(&run, 0).outcome, Outcome::Imported);
    let status = store.status(fy(2026)).unwrap();
    assert_eq!(status.iter().find(|s| s.code == "B1-1").unwrap().state, SectionState::Submitted);
}

/// A small real file of each kind a section attaches (made by hand, valid by content).
const SCAN_PDF: &[u8] = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
const SCREEN_PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0";

/// Issue K: evidence files travel in the response, hashed in the signed
/// manifest; the auditor reads them back byte for byte, a later revision
/// replaces them, and a file swapped inside the package is refused with the
/// database unchanged.
#[test]
fn evidence_files_travel_with_the_response_and_a_swapped_one_is_refused() {
    let a = auditor();
    let files = distribute(&a, &["B1-2"]);
    let sec = Site::new();
    let mut s = sec.store();
    s.open_distribution(&read(&files[0])).unwrap();
    s.save_answer(fy(2026), "B1-2", "toshima-5-a", &yes()).unwrap();
    s.add_evidence(fy(2026), "B1-2", "toshima-5-a", "持出し管理簿.pdf", SCAN_PDF).unwrap();
    s.add_evidence(fy(2026), "B1-2", "toshima-5-a", "設定画面.png", SCREEN_PNG).unwrap();
    // The same bytes on a second item travel once.
    s.add_evidence(fy(2026), "B1-2", "toshima-5-b", "設定画面.png", SCREEN_PNG).unwrap();
    drop(s);
    let first = respond(&sec, "B1-2");
    let opened = read(&first);
    assert_eq!(opened.package().evidence.len(), 2, "one member per distinct file");
    let listed: Vec<&str> = opened.package().manifest.members.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(listed.iter().filter(|n| n.starts_with("evidence/")).count(), 2, "{listed:?}");

    // A file swapped for another of the same size: the manifest's hash no longer holds.
    let mut swapped = std::fs::read(&first).unwrap();
    let at = swapped.windows(SCAN_PDF.len()).position(|w| w == SCAN_PDF).unwrap();
    swapped[at + 9] = b'2';
    let bad = sec.dir.path().join("swapped.tenken");
    std::fs::write(&bad, &swapped).unwrap();
    let e = refused_unchanged(&a, &bad);
    assert_says(&e, "作成後に書き換えられています", "changed after it was made");

    let mut store = a.store();
    assert_eq!(outcome(&import(&mut store, &[first]), 0).outcome, Outcome::Imported);
    let at_auditor = store.evidence_files(fy(2026), "B1-2").unwrap();
    assert_eq!(at_auditor.len(), 3);
    let (f, bytes) = store.evidence_content(fy(2026), "B1-2", "toshima-5-a", "持出し管理簿.pdf").unwrap();
    assert_eq!(bytes, SCAN_PDF);
    assert_eq!(f.kind, tenken_core::evidence::EvidenceKind::Pdf);
    drop(store);

    // The section takes one off and sends again: the auditor's copy follows.
    let mut s = sec.store();
    s.remove_evidence(fy(2026), "B1-2", "toshima-5-b", "設定画面.png").unwrap();
    drop(s);
    let second = respond(&sec, "B1-2");
    let mut store = a.store();
    assert!(matches!(outcome(&import(&mut store, &[second]), 0).outcome, Outcome::Superseded { .. }));
    let names: Vec<(String, String)> =
        store.evidence_files(fy(2026), "B1-2").unwrap().into_iter().map(|f| (f.item_id, f.name)).collect();
    assert_eq!(
        names,
        [
            ("toshima-5-a".to_owned(), "持出し管理簿.pdf".to_owned()),
            ("toshima-5-a".to_owned(), "設定画面.png".to_owned())
        ]
    );
    let log = store.events().unwrap();
    assert!(log.iter().any(|e| e.body.action == "evidence.receive"), "the replacement is logged");
    assert!(log.iter().any(|e| e.body.action == "evidence.add"), "the terminal's own events arrive");
}

/// Issue K: what a section cannot attach, and what it cannot change once submitted.
#[test]
fn a_terminal_refuses_files_that_are_not_what_they_say_and_files_after_submission() {
    let a = auditor();
    let files = distribute(&a, &["B1-2"]);
    let sec = Site::new();
    let mut s = sec.store();
    s.open_distribution(&read(&files[0])).unwrap();
    let e = s.add_evidence(fy(2026), "B1-2", "toshima-5-a", "台帳.pdf", b"MZ\x90\0 an executable").unwrap_err();
    assert_says(&e, "中身が PDF ではありません", "its content is not PDF");
    let e = s.add_evidence(fy(2026), "B1-2", "toshima-5-a", "..\\台帳.pdf", SCAN_PDF).unwrap_err();
    assert_says(&e, "フォルダの区切り", "folder separator");
    let e = s.add_evidence(fy(2026), "B1-2", "no-such-item", "台帳.pdf", SCAN_PDF).unwrap_err();
    assert!(matches!(e, tenken_store::StoreError::UnknownItem(_)), "{e:?}");
    s.add_evidence(fy(2026), "B1-2", "toshima-5-a", "台帳.pdf", SCAN_PDF).unwrap();
    let e = s.add_evidence(fy(2026), "B1-2", "toshima-5-a", "台帳.pdf", SCAN_PDF).unwrap_err();
    assert_says(&e, "すでに添付されています", "already has");
    assert_eq!(s.evidence_files(fy(2026), "B1-2").unwrap().len(), 1, "the refusals added nothing");
    answer_all(&mut s, fy(2026), "B1-2");
    s.submit(fy(2026), "B1-2", &signed()).unwrap();
    let e = s.add_evidence(fy(2026), "B1-2", "toshima-5-b", "設定画面.png", SCREEN_PNG).unwrap_err();
    assert_says(&e, "提出済み", "submitted");
    let e = s.remove_evidence(fy(2026), "B1-2", "toshima-5-a", "台帳.pdf").unwrap_err();
    assert_says(&e, "提出済み", "submitted");
}

const STAFF: &str = include_str!("../../../../questionnaires/toshima-staff.toml");

/// One staff member answering every item asked of B1-2 with `value`.
fn staff_sheet(s: &mut Store, value: tenken_core::staff::StaffValue) -> u32 {
    let c = s.staff_checklist(fy(2026)).unwrap().unwrap();
    let status = s.status(fy(2026)).unwrap().into_iter().find(|x| x.code == "B1-2").unwrap();
    let scope = tenken_core::Scope { tiers: &status.tiers, attributes: &status.attributes };
    let answers =
        tenken_core::staff::items_for(&c.questionnaire, scope).iter().map(|i| (i.id.clone(), value)).collect();
    s.save_staff_sheet(fy(2026), "B1-2", &tenken_core::staff::StaffSheetInput { staff_no: None, answers }).unwrap()
}

/// Issue L: the staff self-check travels to the terminal; what comes back
/// is counts per item only, and none at all while fewer than three answered.
#[test]
fn an_anonymous_staff_roll_up_carries_counts_only_and_none_below_three() {
    use tenken_core::staff::StaffValue;
    let a = auditor();
    let staff = parse_questionnaire(STAFF).unwrap();
    a.store().set_staff_checklist(fy(2026), &staff, STAFF, false).unwrap();
    let files = distribute(&a, &["B1-2"]);
    let sec = Site::new();
    let mut s = sec.store();
    s.open_distribution(&read(&files[0])).unwrap();
    assert!(s.staff_checklist(fy(2026)).unwrap().is_some(), "the terminal got the staff checklist");
    s.set_headcount(fy(2026), "B1-2", 5).unwrap();
    staff_sheet(&mut s, StaffValue::Yes);
    assert_eq!(staff_sheet(&mut s, StaffValue::No), 2);
    drop(s);

    // Two answered: the package says how many, and nothing per item.
    let first = respond(&sec, "B1-2");
    let opened = read(&first);
    let tenken_exchange::Contents::Response(r) = &opened.package().contents else { panic!() };
    let rollup = r.staff.clone().unwrap();
    assert_eq!((rollup.responses, rollup.headcount, rollup.items.len()), (2, Some(5), 0));
    let mut store = a.store();
    import(&mut store, &[first]);
    let seen = store.staff_rollup(fy(2026), "B1-2").unwrap().unwrap();
    assert_eq!(seen.responses, 2);
    assert_eq!(seen.rate("toshima-staff-5-a"), None, "no rates below three");
    drop(store);

    // A third: counts per item, and in the whole response each staff item appears once (its tally).
    let mut s = sec.store();
    staff_sheet(&mut s, StaffValue::Unknown);
    drop(s);
    let second = respond(&sec, "B1-2");
    let verified = read(&second);
    let tenken_exchange::Contents::Response(r) = &verified.package().contents else { panic!() };
    let json = serde_json::to_string(r).unwrap();
    let rollup = r.staff.clone().unwrap();
    assert_eq!(rollup.responses, 3);
    for t in &rollup.items {
        assert_eq!(t.total(), 3);
        assert_eq!(json.matches(&format!("\"{}\"", t.item_id)).count(), 1, "{} appears beyond its tally", t.item_id);
    }
    assert!(!json.contains("staff_no") && !json.contains("\"unknown\":\""), "no sheet travels");
    let mut store = a.store();
    import(&mut store, &[second]);
    let seen = store.staff_rollup(fy(2026), "B1-2").unwrap().unwrap();
    assert_eq!(seen.rate("toshima-staff-5-a"), Some(1.0 / 3.0));
    let summary = store.staff_summary(fy(2026)).unwrap();
    assert_eq!(summary.iter().find(|s| s.code == "B1-2").unwrap().rollup.responses, 3);
}

/// Issue L: a staff sheet is checked by the core, and a staff checklist must be one.
#[test]
fn staff_sheets_and_checklists_that_break_the_rules_are_refused() {
    use tenken_core::staff::{StaffSheetInput, StaffValue};
    let a = auditor();
    let mut s = a.store();
    let e = s.set_staff_checklist(fy(2026), &toshima(), TOSHIMA, false).unwrap_err();
    assert_says(&e, "職員セルフチェックではありません", "is not a staff self-check");
    let e = s.save_staff_sheet(fy(2026), "B1-2", &StaffSheetInput { staff_no: None, answers: vec![] }).unwrap_err();
    assert_says(&e, "職員セルフチェックが設定されていません", "has no staff self-check");
    let staff = parse_questionnaire(STAFF).unwrap();
    s.set_staff_checklist(fy(2026), &staff, STAFF, true).unwrap();
    let one = vec![("toshima-staff-5-a".to_owned(), StaffValue::Yes)];
    let e =
        s.save_staff_sheet(fy(2026), "B1-2", &StaffSheetInput { staff_no: None, answers: one.clone() }).unwrap_err();
    assert_says(&e, "記名式です", "named");
    let e = s
        .save_staff_sheet(fy(2026), "B1-2", &StaffSheetInput { staff_no: Some("01234".into()), answers: one })
        .unwrap_err();
    assert_says(&e, "未回答が", "unanswered");
    let e = s.set_headcount(fy(2026), "B1-2", 0).unwrap_err();
    assert_says(&e, "1 から 2000", "from 1 to 2000");
}

/// Issue L: a minimum staff response rate travels to the terminal and holds
/// back the submission until enough staff have answered.
#[test]
fn a_minimum_staff_response_rate_holds_back_submission_on_the_terminal() {
    use tenken_core::schedule::SettingsInput;
    use tenken_core::staff::StaffValue;
    let a = auditor();
    let staff = parse_questionnaire(STAFF).unwrap();
    let mut s = a.store();
    s.set_staff_checklist(fy(2026), &staff, STAFF, false).unwrap();
    let e = s
        .set_campaign_settings(
            fy(2026),
            &SettingsInput { staff_min_rate: Some("１５０%".into()), ..Default::default() },
        )
        .unwrap_err();
    assert_says(&e, "1 から 100 までの数", "from 1 to 100");
    s.set_campaign_settings(fy(2026), &SettingsInput { staff_min_rate: Some("５０%".into()), ..Default::default() })
        .unwrap();
    drop(s);
    let files = distribute(&a, &["B1-2"]);
    let sec = Site::new();
    let mut s = sec.store();
    s.open_distribution(&read(&files[0])).unwrap();
    assert_eq!(s.campaign_settings(fy(2026)).unwrap().staff_min_rate, Some(50), "the terminal was told");
    answer_all(&mut s, fy(2026), "B1-2");
    let e = s.submit(fy(2026), "B1-2", &signed()).unwrap_err();
    assert_says(&e, "先に職員数を入力してください", "enter the number of staff first");
    s.set_headcount(fy(2026), "B1-2", 5).unwrap();
    staff_sheet(&mut s, StaffValue::Yes);
    staff_sheet(&mut s, StaffValue::No);
    let e = s.submit(fy(2026), "B1-2", &signed()).unwrap_err();
    assert_says(&e, "職員数 5人のうち 2人で、監査担当が求める回答率 50%（3人）", "2 of 5 staff");
    staff_sheet(&mut s, StaffValue::Unknown);
    s.submit(fy(2026), "B1-2", &signed()).unwrap();
}

/// Issue M: a 指摘's grade, text and 回答期限 travel to the section in its
/// next distribution; one the auditor withdraws leaves the terminal too.
#[test]
fn the_auditors_findings_reach_the_section_in_its_next_distribution() {
    use tenken_core::review::{FindingGrade, ReviewInput, ReviewMark};
    let a = auditor();
    let finding = ReviewInput {
        mark: ReviewMark::Finding,
        comment: "持出しの許可記録が一部ない。".into(),
        grade: Some(FindingGrade::Minor),
        respond_by: Some("令和9年1月29日".into()),
    };
    a.store().set_review(fy(2026), "B1-1", "toshima-5-a", &finding).unwrap();
    let files = distribute(&a, &["B1-1"]);
    let sec = section_from(&files[0], "B1-1");
    let mut s = sec.store();
    let seen = s.section_findings(fy(2026), "B1-1").unwrap();
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].item, "toshima-5-a");
    assert_eq!(seen[0].review.grade, Some(FindingGrade::Minor));
    assert_eq!(seen[0].review.comment, "持出しの許可記録が一部ない。");
    assert_eq!(seen[0].review.respond_by, chrono::NaiveDate::from_ymd_opt(2027, 1, 29));
    drop(s);

    // Withdrawn (now 確認済み): the next distribution takes it away on the terminal.
    let confirmed = ReviewInput { mark: ReviewMark::Confirmed, comment: String::new(), grade: None, respond_by: None };
    a.store().set_review(fy(2026), "B1-1", "toshima-5-a", &confirmed).unwrap();
    let again = distribute(&a, &["B1-1"]);
    let mut s = sec.store();
    s.open_distribution(&read(&again[0])).unwrap();
    assert!(s.section_findings(fy(2026), "B1-1").unwrap().is_empty());
}

/// Issue M: last year's improvement plan and 指摘 come back as 措置状況 rows
/// when the campaign carries over; they travel to the terminal and back, a
/// section submits only once every row is answered, and a response that
/// answers a row nobody asked is refused with the database unchanged.
#[test]
fn last_years_plans_and_findings_are_followed_up_through_the_packages() {
    use tenken_core::follow_up::{FollowUpInput, FollowUpState};
    use tenken_core::review::{FindingGrade, ReviewInput};
    let site = Site::new();
    let mut s = site.store();
    s.import_departments(DEPARTMENTS.as_bytes()).unwrap();
    s.open_campaign(fy(2025), &toshima(), TOSHIMA, false).unwrap();
    answer_all(&mut s, fy(2025), "B1-2");
    let partial = AnswerInput {
        value: Some(AnswerValue::Partial),
        plan_action: Some("手順書を改訂する".into()),
        plan_owner: Some("庶務係長".into()),
        plan_due: Some("2025-12-31".into()),
        ..Default::default()
    };
    s.save_answer(fy(2025), "B1-2", "toshima-5-a", &partial).unwrap();
    s.submit(fy(2025), "B1-2", &signed()).unwrap();
    s.set_review(fy(2025), "B1-2", "toshima-5-b", &ReviewInput::finding("記録がない", FindingGrade::Minor)).unwrap();
    s.set_review(fy(2025), "B1-2", "toshima-5-a", &ReviewInput::confirmed("")).unwrap();
    s.open_campaign(fy(2026), &toshima(), TOSHIMA, true).unwrap();
    let rows = s.follow_ups(fy(2026), "B1-2").unwrap();
    let ids: Vec<&str> = rows.iter().map(|r| r.source.item_id.as_str()).collect();
    assert_eq!(ids, ["toshima-5-a", "toshima-5-b"], "the plan and the 指摘; a confirmation is not followed up");
    assert!(rows[0].source.plan.is_some() && rows[1].source.finding.is_some());
    assert!(rows[0].overdue, "its date, 2025-12-31, has passed");
    assert!(s.follow_ups(fy(2026), "B1-1").unwrap().is_empty(), "a section without plans has none");
    drop(s);

    // The terminal gets the rows with the items' words, and cannot submit before answering them.
    let files = site.write("stick", &site.store().distribute(fy(2026), &["B1-2".to_owned()]).unwrap());
    let sec = section_from(&files[0], "B1-2");
    let mut t = sec.store();
    let here = t.follow_ups(fy(2026), "B1-2").unwrap();
    assert_eq!(here.len(), 2);
    assert!(!here[0].source.text.is_empty());
    let e = t.submit(fy(2026), "B1-2", &signed()).unwrap_err();
    assert_says(&e, "2項目", "2");
    let missing = t.missing(fy(2026), "B1-2").unwrap();
    assert!(missing.iter().all(|m| m.reason == tenken_core::campaign::MissingReason::FollowUp), "{missing:?}");
    let done = FollowUpInput { state: Some(FollowUpState::Done), ..Default::default() };
    let late = FollowUpInput {
        state: Some(FollowUpState::InProgress),
        new_due: Some("令和9年3月31日".into()),
        ..Default::default()
    };
    t.save_follow_up(fy(2026), "B1-2", "toshima-5-a", &late).unwrap();
    let e = t.save_follow_up(fy(2026), "B1-2", "toshima-6-4-d", &done).unwrap_err();
    assert_says(&e, "前年度の改善計画・指摘事項がありません", "has no improvement plan or finding");
    t.save_follow_up(fy(2026), "B1-2", "toshima-5-b", &done).unwrap();
    t.submit(fy(2026), "B1-2", &signed()).unwrap();
    drop(t);
    let response = respond(&sec, "B1-2");

    // A response that answers a row the auditor never asked: refused, nothing changes.
    let opened = read(&response);
    let tenken_exchange::Contents::Response(r) = &opened.package().contents else { panic!() };
    assert_eq!(r.follow_ups.len(), 2);
    let mut store = site.store();
    let before = store.follow_ups(fy(2026), "B1-2").unwrap();
    let mut sent = r.follow_ups.clone();
    sent[0].item_id = "toshima-6-4-d".into();
    let (distribution_id, secret) = distribution_of(&files[0]);
    let key = terminal_key(&sec);
    let bad = forged_with(&sec, &key, "B1-2", 5, &distribution_id, secret.as_ref(), |r| r.follow_ups = sent);
    let run = import(&mut store, &[bad]);
    let e = refusal(&run, 0);
    assert!(matches!(e, ExchangeError::Refused(Refusal::InvalidFollowUp(_))), "{e:?}");
    assert_eq!(store.follow_ups(fy(2026), "B1-2").unwrap(), before);

    // The real one: the auditor sees where each stands.
    import(&mut store, &[response]);
    let seen = store.follow_ups(fy(2026), "B1-2").unwrap();
    let states: Vec<_> = seen.iter().map(|f| f.answer.as_ref().map(|a| a.state)).collect();
    assert_eq!(states, [Some(FollowUpState::InProgress), Some(FollowUpState::Done)]);
    assert!(!seen[0].overdue, "a new date in the future lifts 期限超過");
    let counts = store.follow_up_counts(fy(2026)).unwrap();
    assert_eq!((counts["B1-2"].total, counts["B1-2"].answered, counts["B1-2"].done), (2, 2, 1));
}
