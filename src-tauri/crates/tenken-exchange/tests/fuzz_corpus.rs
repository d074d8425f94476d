//! The fuzz seeds and regressions of `src-tauri/fuzz`, run through the same
//! checks as the fuzz targets, so `cargo test` (and CI, which has no cargo
//! fuzz) keeps every input that ever broke the package reader.
#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};

include!("../../../fuzz/checks/package.rs");

include!("../../../fuzz/corpus.rs");

#[test]
fn package_seeds_and_regressions_pass_the_fuzz_check() {
    assert!(run_all("package", check_package) >= 5);
    // The genuine seeds open: the fuzzer starts from packages that get all the way through.
    for name in ["response-v1.tenken", "response-full.tenken", "distribution.tenken"] {
        let bytes = std::fs::read(fuzz_dir().join("seeds/package").join(name)).unwrap();
        tenken_exchange::open(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
}

/// Packages written before deadlines, contacts and sign-offs existed (the
/// committed seeds are such packages) still open, with those fields absent.
#[test]
fn packages_of_the_previous_format_still_open_without_deadline_contact_or_signoff() {
    let bytes = std::fs::read(fuzz_dir().join("seeds/package/distribution.tenken")).unwrap();
    assert!(!String::from_utf8_lossy(&bytes).contains("\"due\""), "the seed predates deadlines");
    match tenken_exchange::open(&bytes).unwrap().contents {
        tenken_exchange::Contents::Distribution { distribution, .. } => {
            assert_eq!(distribution.due, None);
            assert_eq!(distribution.contact, None);
        }
        other => panic!("{other:?}"),
    }
    let bytes = std::fs::read(fuzz_dir().join("seeds/package/response-full.tenken")).unwrap();
    match tenken_exchange::open(&bytes).unwrap().contents {
        tenken_exchange::Contents::Response(r) => {
            assert!(!r.events.is_empty());
            assert!(r.events.iter().all(|e| e.signoff.is_none()));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn signed_package_seeds_and_regressions_pass_the_fuzz_check() {
    assert!(run_all("package_signed", check_signed_package) >= 5);
    // The target's own writer makes packages the reader accepts (else it fuzzes nothing behind the signature).
    for name in ["response.bin", "distribution.bin"] {
        let bytes = std::fs::read(fuzz_dir().join("seeds/package_signed").join(name)).unwrap();
        let package = signed_package(bytes[0], &bytes[1..]);
        tenken_exchange::open(&package).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
}

/// Writes the package seeds (run by hand: `cargo test -p tenken-exchange --test fuzz_corpus -- --ignored`).
#[test]
#[ignore = "writes src-tauri/fuzz/seeds/package*; run by hand when the format changes"]
fn write_package_seeds() {
    use tenken_core::answer::{Answer, AnswerValue};
    use tenken_core::campaign::SectionState;
    use tenken_exchange::{Distribution, Header, Response, SecretKey, SentAnswer, SentEvent, SentHistory};

    let key = SecretKey::from_seed(SIGNED_SEED);
    let header = Header {
        package_id: "0123456789abcdef0123456789abcdef".to_owned(),
        campaign: tenken_core::FiscalYear::new(2026).unwrap(),
        department: "B1-1".to_owned(),
        questionnaire_hash: "ab".repeat(32),
        revision: 1,
        created_at: "2026-11-23T10:00:00+09:00".to_owned(),
    };
    let answer = |id: &str, value: AnswerValue| Answer {
        item_id: id.to_owned(),
        value: Some(value),
        comment: "確認済".to_owned(),
        na_reason: if value == AnswerValue::Na { "該当する端末がない".to_owned() } else { String::new() },
        plan: matches!(value, AnswerValue::Partial | AnswerValue::No).then(|| {
            serde_json::from_str(r#"{"action":"手順書を改訂する","owner":"情報政策課長","due":"2027-03-31"}"#).unwrap()
        }),
        unconfirmed: false,
        evidence: String::new(),
    };
    let sent = |a: Answer| SentAnswer { answer: a, revision: 2, saved_at: "2026-11-23T10:00:00+09:00".to_owned() };
    let response = Response {
        distribution_id: "fedcba9876543210fedcba9876543210".to_owned(),
        state: SectionState::Submitted,
        submitted_at: Some("2026-11-24T09:00:00+09:00".to_owned()),
        answers: vec![
            sent(answer("s-6-1-a", AnswerValue::Yes)),
            sent(answer("s-6-3-1-a", AnswerValue::Partial)),
            sent(answer("s-6-3-1-b", AnswerValue::Na)),
        ],
        history: vec![SentHistory {
            answer: answer("s-6-1-a", AnswerValue::No),
            revision: 1,
            saved_at: "2026-11-22T10:00:00+09:00".to_owned(),
            replaced_at: "2026-11-23T10:00:00+09:00".to_owned(),
        }],
        events: vec![SentEvent {
            action: "submit".to_owned(),
            reason: None,
            at: "2026-11-24T09:00:00+09:00".to_owned(),
            signoff: None,
        }],
        log: vec![],
        proof: None,
        evidence: Vec::new(),
        staff: None,
        follow_ups: Vec::new(),
    };
    let toml = std::fs::read_to_string(fuzz_dir().join("seeds/checklist/sample.toml")).unwrap();
    let q = tenken_core::questionnaire::parse_questionnaire(&toml).unwrap();
    let section = tenken_core::Department {
        code: "B1-1".to_owned(),
        name: "戸籍住民課".to_owned(),
        parent: Some("B1".to_owned()),
        tiers: vec![tenken_core::Tier::Mynumber, tenken_core::Tier::Lgwan],
        retired_on: None,
        attributes: vec![],
    };
    let distribution = Distribution {
        ancestors: vec![tenken_core::Department {
            code: "B1".to_owned(),
            name: "区民部".to_owned(),
            parent: None,
            tiers: vec![],
            retired_on: None,
            attributes: vec![],
        }],
        section,
        path: "区民部 / 戸籍住民課".to_owned(),
        carried_from: Some(2025),
        carry_over: vec![answer("s-6-1-a", AnswerValue::Yes)],
        state: SectionState::Reopened,
        reopen_reason: Some("証跡を添付してください".to_owned()),
        last_response_revision: 3,
        response_secret: None,
        due: None,
        contact: None,
        evidence_required: false,
        staff_checklist: None,
        staff_named: false,
        staff_min_rate: None,
        findings: Vec::new(),
        follow_ups: Vec::new(),
        grade_names: Vec::new(),
    };

    let full = tenken_exchange::build_response(&header, &response, &[], &key).unwrap();
    let dist = tenken_exchange::build_distribution(
        &Header { questionnaire_hash: q.hash(), ..header.clone() },
        &distribution,
        &toml,
        &key,
    )
    .unwrap();
    let golden =
        std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/response-v1.tenken")).unwrap();
    let mut flipped = full.clone();
    let at = flipped.len() / 3;
    flipped[at] ^= 0x01;
    // The golden package's members, re-zipped with a signature by another key.
    let members = {
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(&golden)).unwrap();
        (0..archive.len())
            .map(|i| {
                let mut f = archive.by_index(i).unwrap();
                let mut data = Vec::new();
                std::io::Read::read_to_end(&mut f, &mut data).unwrap();
                (f.name().unwrap().to_string(), data)
            })
            .collect::<Vec<_>>()
    };
    let forged = {
        use ed25519_dalek::Signer;
        hex::encode(ed25519_dalek::SigningKey::from_bytes(&[3; 32]).sign(&members[0].1).to_bytes())
    };
    let other_key = write_members(&[
        (&members[0].0, &members[0].1),
        (&members[1].0, forged.as_bytes()),
        (&members[2].0, &members[2].1),
    ]);
    let unexpected = write_members(&[
        (&members[0].0, &members[0].1),
        (&members[1].0, &members[1].1),
        (&members[2].0, &members[2].1),
        ("../evil.exe", b"MZ"),
    ]);

    let dir = fuzz_dir().join("seeds/package");
    std::fs::create_dir_all(&dir).unwrap();
    let seeds: [(&str, &[u8]); 10] = [
        ("response-v1.tenken", &golden),
        ("response-full.tenken", &full),
        ("distribution.tenken", &dist),
        ("truncated-half.tenken", &full[..full.len() / 2]),
        ("truncated-end-record.tenken", &full[..full.len() - 1]),
        ("flipped-byte.tenken", &flipped),
        ("other-signer.tenken", &other_key),
        ("unsafe-member-name.tenken", &unexpected),
        ("local-header-only.tenken", b"PK\x03\x04"),
        ("not-a-zip.tenken", "所属,回答\n".as_bytes()),
    ];
    for (name, bytes) in seeds {
        std::fs::write(dir.join(name), bytes).unwrap();
    }

    let dir = fuzz_dir().join("seeds/package_signed");
    std::fs::create_dir_all(&dir).unwrap();
    let json = serde_json::to_vec(&response).unwrap();
    let with = |flags: u8, body: &[u8]| [&[flags][..], body].concat();
    let mut dist_body = toml.clone().into_bytes();
    dist_body.push(0xFF);
    dist_body.extend(serde_json::to_vec(&distribution).unwrap());
    let seeds = [
        ("response.bin", with(0, &json)),
        ("distribution.bin", with(1, &dist_body)),
        ("response-revision-0.bin", with(2, &json)),
        ("response-bad-campaign.bin", with(4, &json)),
        ("distribution-no-department.bin", with(9, &dist_body)),
        ("response-not-json.bin", with(0, b"not json")),
        ("distribution-no-separator.bin", with(1, toml.as_bytes())),
    ];
    for (name, bytes) in seeds {
        std::fs::write(dir.join(name), bytes).unwrap();
    }
}
