//! Issue I, part 2: a section must not be able to answer for another section.
//! The real `tenken` binary on separate databases (the auditor's and the
//! terminals'), with the hostile package made the way a terminal could: its
//! own installation key, another section's distribution id.
#![allow(clippy::unwrap_used)]

mod support;

use std::path::{Path, PathBuf};

use predicates::prelude::*;
use predicates::str::contains;
use support::{Machine, find, s};
use tenken_exchange::{Contents, Header, ProofInput, Response, ResponseSecret, SecretKey};

/// The auditor with the demo ward, and distribution files for these sections on its stick.
fn auditor_distributing(depts: &[&str]) -> (Machine, PathBuf) {
    let auditor = Machine::new();
    auditor.cmd(&["demo"]).assert().success();
    let stick = auditor.path("stick");
    let mut args = vec!["package", "distribute", "--out", s(&stick)];
    for d in depts {
        args.extend(["--dept", d]);
    }
    auditor.cmd(&args).assert().success();
    (auditor, stick)
}

/// A section terminal that opened these distribution files.
fn terminal(files: &[PathBuf]) -> Machine {
    let t = Machine::new();
    t.cmd(&["init"]).assert().success();
    for f in files {
        t.cmd(&["package", "open", s(f)]).assert().success();
    }
    t
}

/// The terminal's next response for `dept`, written to its stick, which must be revision `revision`.
fn respond(t: &Machine, dept: &str, revision: u32) -> PathBuf {
    let out = t.path("stick");
    t.cmd(&["package", "respond", "--dept", dept, "--out", s(&out)]).assert().success();
    let found: Vec<PathBuf> = std::fs::read_dir(&out)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            name.contains(&format!("_{dept}_")) && name.ends_with(&format!("_回答_第{revision}版.tenken"))
        })
        .collect();
    assert_eq!(found.len(), 1, "{dept} revision {revision} in {out:?}: {found:?}");
    found.into_iter().next().unwrap()
}

/// A terminal's signing key as its own database keeps it: what a hostile clerk there has.
fn key_of(t: &Machine) -> SecretKey {
    let conn = rusqlite::Connection::open(t.db()).unwrap();
    let secret: Vec<u8> = conn.query_row("SELECT secret FROM installation_key", [], |r| r.get(0)).unwrap();
    SecretKey::from_bytes(&secret).unwrap()
}

/// A package made by hand: a response for `dept` signed with `key`, naming
/// the distribution in `distribution_file` (id, year, checklist from it),
/// proven with `secret` if given. An empty draft, valid in every other respect.
fn forge(
    dir: &Path,
    key: &SecretKey,
    dept: &str,
    revision: u32,
    distribution_file: &Path,
    secret: Option<&ResponseSecret>,
) -> PathBuf {
    let d = tenken_exchange::open(&std::fs::read(distribution_file).unwrap()).unwrap();
    let header = Header {
        package_id: tenken_exchange::new_package_id().unwrap(),
        campaign: d.manifest.campaign,
        department: dept.to_owned(),
        questionnaire_hash: d.manifest.questionnaire_hash.clone(),
        revision,
        created_at: "2026-11-29T10:00:00+09:00".to_owned(),
    };
    let signer = key.public().to_hex();
    let proof = secret.map(|s| {
        s.prove(&ProofInput {
            campaign: header.campaign,
            department: dept,
            package_id: &header.package_id,
            revision,
            signer: &signer,
            distribution_id: &d.manifest.package_id,
        })
    });
    let response = Response { proof, ..Response::draft(d.manifest.package_id.clone()) };
    let bytes = tenken_exchange::build_response(&header, &response, &[], key).unwrap();
    std::fs::create_dir_all(dir).unwrap();
    let path = dir.join(format!("回答_{dept}_第{revision}版.tenken"));
    std::fs::write(&path, bytes).unwrap();
    path
}

/// The secret a distribution file gives its section's terminal.
fn secret_of(distribution_file: &Path) -> ResponseSecret {
    match tenken_exchange::open(&std::fs::read(distribution_file).unwrap()).unwrap().contents {
        Contents::Distribution { distribution, .. } => {
            ResponseSecret::from_hex(distribution.response_secret.as_deref().unwrap()).unwrap()
        }
        Contents::Response(_) => panic!("not a distribution"),
    }
}

#[test]
fn section_5010s_key_answering_as_5020_is_refused_and_5020s_own_response_is_then_taken() {
    let (auditor, stick) = auditor_distributing(&["5010", "5020"]);
    let (d5010, d5020) = (find(&stick, "_5010_"), find(&stick, "_5020_"));
    let t5010 = terminal(std::slice::from_ref(&d5010));
    auditor
        .cmd(&["package", "import", s(&respond(&t5010, "5010", 1))])
        .assert()
        .success()
        .stdout(contains(format!("所属「5010」の鍵を初めて登録しました（指紋：{}）。", t5010.fingerprint())));

    // 5010's terminal signs a response for 5020 with its own key and 5020's distribution id.
    let key = key_of(&t5010);
    let attack = forge(&t5010.path("forged"), &key, "5020", 1, &d5020, None);
    let before = auditor.files();
    auditor.cmd(&["package", "import", s(&attack)]).assert().code(1).stdout(
        contains("所属「5020」の回答パッケージは、")
            .and(contains("配布パッケージを開いた端末で作られたことを確認できません。取り込んでいません。"))
            .and(contains("所属「5020」の端末で最新の配布パッケージを開き直し"))
            .and(contains("取込 0件・更新 0件・取込済み 0件・拒否 1件"))
            .and(contains("バックアップは作成していません"))
            .and(contains("鍵を初めて登録しました").not()),
    );
    auditor.cmd(&["--lang", "en", "package", "import", s(&attack)]).assert().code(1).stdout(
        contains("does not prove that it was made on a terminal that opened")
            .and(contains("On section \"5020\"'s terminal, open the latest distribution package again")),
    );
    // With a proof made under 5010's own secret: just the same.
    let with_own = forge(&t5010.path("forged2"), &key, "5020", 1, &d5020, Some(&secret_of(&d5010)));
    auditor.cmd(&["package", "import", s(&with_own)]).assert().code(1).stdout(contains("確認できません"));
    assert_eq!(auditor.files(), before, "a refusal changed or left a file");
    assert!(!auditor.stdout(&["key", "show"]).contains("所属 5020"), "nothing pinned for 5020");

    // 5020's genuine response is taken and pins 5020's own key.
    let t5020 = terminal(std::slice::from_ref(&d5020));
    auditor.cmd(&["package", "import", s(&respond(&t5020, "5020", 1))]).assert().success().stdout(
        contains("取込 1件・更新 0件・取込済み 0件・拒否 0件")
            .and(contains(format!("所属「5020」の鍵を初めて登録しました（指紋：{}）。", t5020.fingerprint()))),
    );
    let log = auditor.stdout(&["log", "export"]);
    assert_eq!(log.matches("key.pin").count(), 2, "{log}");
}

#[test]
fn a_terminal_answering_for_two_sections_needs_allow_shared_key_and_it_is_logged() {
    let (auditor, stick) = auditor_distributing(&["5010", "5020"]);
    let (d5010, d5020) = (find(&stick, "_5010_"), find(&stick, "_5020_"));
    // One terminal opened both sections' distributions: genuine, with both secrets.
    let shared = terminal(&[d5010, d5020]);
    let fp = shared.fingerprint();
    auditor.cmd(&["package", "import", s(&respond(&shared, "5010", 1))]).assert().success();
    let r = respond(&shared, "5020", 1);
    let before = auditor.files();
    auditor.cmd(&["package", "import", s(&r)]).assert().code(1).stdout(
        contains("所属「5020」の回答パッケージは、所属「5010」の鍵として登録済みの鍵で署名されています")
            .and(contains(format!("署名した鍵の指紋 {fp}、所属「5010」に登録済みの指紋 {fp}")))
            .and(contains("「tenken package import --allow-shared-key ファイル」")),
    );
    auditor.cmd(&["--lang", "en", "package", "import", s(&r)]).assert().code(1).stdout(
        contains("is signed by a key already pinned to section \"5010\"")
            .and(contains(format!("signer's fingerprint {fp}, pinned for \"5010\": {fp}"))),
    );
    assert_eq!(auditor.files(), before, "a refusal changed or left a file");

    auditor.cmd(&["package", "import", "--allow-shared-key", s(&r)]).assert().success().stdout(
        contains("取込 1件")
            .and(contains(format!("所属「5020」の鍵（指紋 {fp}）は所属「5010」と同じ鍵です")))
            .and(contains("所属「5020」の鍵を初めて登録しました")),
    );
    let log = auditor.stdout(&["log", "export"]);
    let line = log.lines().find(|l| l.contains("key.share-allowed")).unwrap_or_else(|| panic!("{log}"));
    assert!(line.contains("5020") && line.contains("5010") && line.contains(&fp), "{line}");
    assert!(log.lines().any(|l| l.contains("key.pin") && l.contains("5020")), "{log}");
    auditor.cmd(&["log", "verify"]).assert().success();
}

#[test]
fn a_revision_at_the_top_of_its_range_is_refused_and_the_section_can_still_send_a_newer_one() {
    let (auditor, stick) = auditor_distributing(&["5010"]);
    let d5010 = find(&stick, "_5010_");
    let t = terminal(std::slice::from_ref(&d5010));
    auditor.cmd(&["package", "import", s(&respond(&t, "5010", 1))]).assert().success();
    let top = forge(&t.path("forged"), &key_of(&t), "5010", u32::MAX, &d5010, Some(&secret_of(&d5010)));
    let before = auditor.files();
    auditor.cmd(&["package", "import", s(&top)]).assert().code(1).stdout(contains(
        "第4294967295版は版番号が飛びすぎています（受け取り済みの最新は第1版で、今受け付けるのは第1001版まで）。取り込んでいません。",
    ));
    auditor.cmd(&["--lang", "en", "package", "import", s(&top)]).assert().code(1).stdout(contains(
        "Revision 4294967295 jumps too far (the latest received is revision 1; at most revision 1001",
    ));
    assert_eq!(auditor.files(), before, "a refusal changed or left a file");
    // The section's next response is taken as usual.
    auditor
        .cmd(&["package", "import", s(&respond(&t, "5010", 2))])
        .assert()
        .success()
        .stdout(contains("取込 0件・更新 1件"));
}

/// A re-pin cannot do what the import refuses: trust section 5010's key as
/// 5020's without the auditor's explicit confirmation, which is logged.
#[test]
fn repinning_a_key_already_trusted_for_another_section_needs_allow_shared_key() {
    let (auditor, stick) = auditor_distributing(&["5010", "5020"]);
    let t5010 = terminal(&[find(&stick, "_5010_")]);
    let fp = t5010.fingerprint();
    auditor.cmd(&["package", "import", s(&respond(&t5010, "5010", 1))]).assert().success();
    let before = auditor.files();
    auditor.cmd(&["key", "repin", "--dept", "5020", "--fingerprint", &fp]).assert().failure().stderr(
        contains(format!("鍵 {fp} はすでに所属「5010」の鍵として登録されています"))
            .and(contains("所属「5020」には登録していません"))
            .and(contains("--allow-shared-key")),
    );
    auditor.cmd(&["--lang", "en", "key", "repin", "--dept", "5020", "--fingerprint", &fp]).assert().failure().stderr(
        contains(format!("Key {fp} is already trusted as department \"5010\"'s key"))
            .and(contains("it was not registered for \"5020\"")),
    );
    assert_eq!(auditor.files(), before, "a refused re-pin changed or left a file");

    auditor.cmd(&["key", "repin", "--dept", "5020", "--fingerprint", &fp, "--allow-shared-key"]).assert().success();
    let log = auditor.stdout(&["log", "export"]);
    let line = log.lines().find(|l| l.contains("key.share-allowed")).unwrap_or_else(|| panic!("{log}"));
    assert!(line.contains("5020") && line.contains("5010") && line.contains(&fp), "{line}");
    auditor.cmd(&["log", "verify"]).assert().success();
}
