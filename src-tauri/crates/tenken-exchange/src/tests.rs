//! The package format against hostile bytes: every refusal with its message
//! in both languages, and every byte of a small package flipped.
#![allow(clippy::unwrap_used)]

use tenken_core::answer::{Answer, AnswerValue};
use tenken_core::campaign::SectionState;
use tenken_core::message::Describe;
use tenken_i18n::{Lang, Localizer};

use crate::format::{MANIFEST, RESPONSE, SIGNATURE, assemble, write_zip};
use crate::{Contents, Header, Kind, Limits, PackageError, Response, SecretKey, SentAnswer, open, open_with_limits};

fn key() -> SecretKey {
    SecretKey::from_seed([9; 32])
}

fn header() -> Header {
    Header {
        package_id: "0123456789abcdef0123456789abcdef".to_owned(),
        campaign: tenken_core::FiscalYear::new(2026).unwrap(),
        department: "B1-1".to_owned(),
        questionnaire_hash: "ab".repeat(32),
        revision: 1,
        created_at: "2026-11-23T10:00:00+09:00".to_owned(),
    }
}

fn response() -> Response {
    let answer = |id: &str| SentAnswer {
        answer: Answer {
            item_id: id.to_owned(),
            value: Some(AnswerValue::Yes),
            comment: "確認済".to_owned(),
            na_reason: String::new(),
            plan: None,
            unconfirmed: false,
            evidence: String::new(),
        },
        revision: 1,
        saved_at: "2026-11-23T10:00:00+09:00".to_owned(),
    };
    Response {
        answers: vec![answer("toshima-5-a"), answer("toshima-5-b")],
        ..Response::draft("fedcba9876543210fedcba9876543210")
    }
}

/// A small, genuine response package.
fn package() -> Vec<u8> {
    crate::build_response(&header(), &response(), &[], &key()).unwrap()
}

/// The members of a package, as the writer put them.
fn members(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    (0..archive.len())
        .map(|i| {
            let mut f = archive.by_index(i).unwrap();
            let mut data = Vec::new();
            std::io::Read::read_to_end(&mut f, &mut data).unwrap();
            (f.name().unwrap().to_string(), data)
        })
        .collect()
}

/// A zip written exactly as the writer writes (so only the tested fault differs).
fn craft(members: &[(&str, &[u8])]) -> Vec<u8> {
    write_zip(members).unwrap()
}

fn both(e: &dyn Describe) -> (String, String) {
    (Localizer::new(Lang::Ja).describe(e), Localizer::new(Lang::En).describe(e))
}

#[track_caller]
fn assert_says(e: &PackageError, ja: &str, en: &str) {
    let (j, n) = both(e);
    assert!(j.contains(ja), "ja: {j}");
    assert!(n.contains(en), "en: {n}");
    assert!(!j.starts_with("pkg-") && !n.starts_with("pkg-"), "raw id shown: {j} / {n}");
}

#[test]
fn a_genuine_package_opens_with_its_contents() {
    let bytes = package();
    let p = open(&bytes).unwrap();
    assert_eq!(p.manifest.kind, Kind::Response);
    assert_eq!(p.manifest.department, "B1-1");
    assert_eq!(p.signer, key().public());
    assert_eq!(p.sha256, crate::sha256_hex(&bytes));
    assert_eq!(p.contents, Contents::Response(response()));
    let names: Vec<String> = members(&bytes).into_iter().map(|(n, _)| n).collect();
    assert_eq!(names, [MANIFEST, SIGNATURE, RESPONSE]);
    // Deterministic: the same contents and key make the same bytes.
    assert_eq!(package(), bytes);
}

#[test]
fn not_a_zip_is_refused() {
    for bytes in [&b"hello, this is text"[..], "所属,回答\n".as_bytes(), &[0u8; 64][..]] {
        let e = open(bytes).unwrap_err();
        assert_eq!(e, PackageError::NotAPackage);
        assert_says(&e, "tenken のパッケージ（.tenken）ではありません", "not a tenken package");
    }
}

#[test]
fn a_truncated_file_is_refused_at_every_length() {
    let bytes = package();
    for len in 0..bytes.len() {
        assert!(open(&bytes[..len]).is_err(), "prefix of {len} bytes accepted");
    }
    let e = open(&bytes[..bytes.len() / 2]).unwrap_err();
    assert_eq!(e, PackageError::Truncated);
    assert_says(&e, "途中で切れています", "ends too early");
    assert_eq!(open(b"").unwrap_err(), PackageError::Truncated);
}

/// Every byte of a small package flipped two ways (lowest bit, all bits): every variant refused.
#[test]
fn every_flipped_byte_is_refused() {
    let bytes = package();
    let mut tried = 0;
    for i in 0..bytes.len() {
        for mask in [0x01u8, 0xFF] {
            let mut v = bytes.clone();
            v[i] ^= mask;
            assert!(open(&v).is_err(), "byte {i} ^ {mask:#04x} accepted");
            tried += 1;
        }
    }
    assert_eq!(tried, bytes.len() * 2);
    eprintln!("flipped-byte variants tried: {tried} (package of {} bytes)", bytes.len());
}

#[test]
fn a_signature_by_another_key_is_refused() {
    let bytes = package();
    let m = members(&bytes);
    let manifest = &m[0].1;
    let forged = hex::encode(SecretKey::from_seed([3; 32]).sign(manifest));
    let e = open(&craft(&[(MANIFEST, manifest), (SIGNATURE, forged.as_bytes()), (RESPONSE, &m[2].1)])).unwrap_err();
    assert_eq!(e, PackageError::BadSignature);
    assert_says(&e, "電子署名が一致しません", "signature does not match");
    // A signature that is not even hex.
    let e = open(&craft(&[(MANIFEST, manifest), (SIGNATURE, b"not a signature"), (RESPONSE, &m[2].1)])).unwrap_err();
    assert_eq!(e, PackageError::BadSignature);
}

#[test]
fn changed_contents_with_a_recomputed_zip_are_refused() {
    let m = members(&package());
    let changed = String::from_utf8(m[2].1.clone()).unwrap().replace("\"yes\"", "\"no\"");
    let e = open(&craft(&[(MANIFEST, &m[0].1), (SIGNATURE, &m[1].1), (RESPONSE, changed.as_bytes())])).unwrap_err();
    assert_eq!(e, PackageError::MemberMismatch(RESPONSE.to_owned()));
    assert_says(&e, "目録の内容と一致しません", "does not match its manifest");
}

#[test]
fn member_paths_outside_the_package_are_refused() {
    let m = members(&package());
    for bad in ["../response.json", "/etc/passwd", "..\\response.json", "C:/x", "a/../../b"] {
        let e = open(&craft(&[(MANIFEST, &m[0].1), (SIGNATURE, &m[1].1), (bad, &m[2].1)])).unwrap_err();
        assert!(matches!(&e, PackageError::UnsafeName(n) if n == bad), "{bad}: {e:?}");
        assert_says(&e, "危険な名前", "dangerous name");
    }
}

#[test]
fn unexpected_and_missing_members_are_refused() {
    let m = members(&package());
    let e = open(&craft(&[(MANIFEST, &m[0].1), (SIGNATURE, &m[1].1), (RESPONSE, &m[2].1), ("evil.exe", b"MZ")]))
        .unwrap_err();
    assert_eq!(e, PackageError::UnexpectedMember("evil.exe".to_owned()));
    assert_says(&e, "想定外の「evil.exe」", "unexpected \"evil.exe\"");
    // A member of the other kind.
    let e =
        open(&craft(&[(MANIFEST, &m[0].1), (SIGNATURE, &m[1].1), (RESPONSE, &m[2].1), ("distribution.json", b"{}")]))
            .unwrap_err();
    assert_eq!(e, PackageError::UnexpectedMember("distribution.json".to_owned()));
    let e = open(&craft(&[(MANIFEST, &m[0].1), (SIGNATURE, &m[1].1)])).unwrap_err();
    assert_eq!(e, PackageError::MissingMember(RESPONSE.to_owned()));
    assert_says(&e, "「response.json」がありません", "has no \"response.json\"");
}

#[test]
fn a_member_twice_is_refused() {
    let m = members(&package());
    let mut bytes =
        craft(&[(MANIFEST, &m[0].1), (SIGNATURE, &m[1].1), (RESPONSE, &m[2].1), ("responsf.json", &m[2].1)]);
    // Rename the fourth member to a second response.json, in its local and central headers.
    let from = b"responsf.json";
    let positions: Vec<usize> = (0..bytes.len() - from.len()).filter(|&i| &bytes[i..i + from.len()] == from).collect();
    assert_eq!(positions.len(), 2);
    for p in positions {
        bytes[p..p + from.len()].copy_from_slice(RESPONSE.as_bytes());
    }
    let e = open(&bytes).unwrap_err();
    assert!(
        matches!(&e, PackageError::DuplicateMember(n) if n == RESPONSE) || matches!(e, PackageError::Damaged(_)),
        "{e:?}"
    );
    assert_says(&PackageError::DuplicateMember(RESPONSE.to_owned()), "2つあります", "twice");
}

#[test]
fn members_and_packages_over_the_bounds_are_refused() {
    let bytes = package();
    // A member over its bound (declared size, checked before reading).
    let small = Limits { member: 100, ..Limits::DEFAULT };
    let e = open_with_limits(&bytes, &small).unwrap_err();
    assert!(matches!(&e, PackageError::MemberTooLarge { name, max: 100, .. } if name == RESPONSE), "{e:?}");
    assert_says(&e, "大きすぎます", "too large");
    // The manifest has its own, smaller bound.
    let e = open_with_limits(&bytes, &Limits { manifest: 64, ..Limits::DEFAULT }).unwrap_err();
    assert!(matches!(&e, PackageError::MemberTooLarge { name, .. } if name == MANIFEST), "{e:?}");
    // All members together over the total.
    let e = open_with_limits(&bytes, &Limits { total: 1000, ..Limits::DEFAULT }).unwrap_err();
    assert!(matches!(e, PackageError::TooLarge { max: 1000, .. }), "{e:?}");
    // The whole file over the default bound: refused before anything is parsed.
    let mut huge = vec![0u8; usize::try_from(Limits::DEFAULT.file).unwrap() + 1];
    huge[..4].copy_from_slice(b"PK\x03\x04");
    let e = open(&huge).unwrap_err();
    assert_eq!(e, PackageError::TooLarge { size: Limits::DEFAULT.file + 1, max: Limits::DEFAULT.file });
    assert_says(&e, "ファイルが大きすぎます", "file is too large");
    // A central directory that declares a member far larger than the bound (a zip bomb's trick).
    let m = members(&bytes);
    let mut bomb = craft(&[(MANIFEST, &m[0].1), (SIGNATURE, &m[1].1), (RESPONSE, &m[2].1)]);
    let central = (0..bomb.len() - 4).filter(|&i| &bomb[i..i + 4] == b"PK\x01\x02").nth(2).unwrap();
    bomb[central + 24..central + 28].copy_from_slice(&0x7FFF_FFF0u32.to_le_bytes());
    let e = open(&bomb).unwrap_err();
    assert!(matches!(&e, PackageError::MemberTooLarge { name, size: 0x7FFF_FFF0, .. } if name == RESPONSE), "{e:?}");
}

#[test]
fn compressed_or_encrypted_entries_are_refused() {
    let mut bytes = package();
    // Compression method 8 (deflate) in every local and central header.
    for sig in [&b"PK\x03\x04"[..], &b"PK\x01\x02"[..]] {
        let offset = if sig[2] == 3 { 8 } else { 10 };
        let at: Vec<usize> = (0..bytes.len() - 4).filter(|&i| &bytes[i..i + 4] == sig).collect();
        for p in at {
            bytes[p + offset] = 8;
        }
    }
    let e = open(&bytes).unwrap_err();
    assert!(matches!(e, PackageError::Unsupported | PackageError::Damaged(_)), "{e:?}");
    assert_says(&PackageError::Unsupported, "圧縮または暗号化", "compression or encryption");
}

#[test]
fn an_unknown_format_version_is_refused() {
    let m = members(&package());
    let newer = String::from_utf8(m[0].1.clone()).unwrap().replace("\"format_version\": 1", "\"format_version\": 2");
    let e = open(&craft(&[(MANIFEST, newer.as_bytes()), (SIGNATURE, &m[1].1), (RESPONSE, &m[2].1)])).unwrap_err();
    assert_eq!(e, PackageError::UnknownVersion { found: 2, supported: 1 });
    assert_says(&e, "第2版", "version 2");
}

#[test]
fn a_manifest_that_is_not_ours_is_refused() {
    let m = members(&package());
    let e =
        open(&craft(&[(MANIFEST, b"{\"format\":\"other\"}"), (SIGNATURE, &m[1].1), (RESPONSE, &m[2].1)])).unwrap_err();
    assert_eq!(e, PackageError::NotAPackage);
    let e = open(&craft(&[(MANIFEST, b"{\"format\":\"tenken-package\",\"format_version\":1}"), (SIGNATURE, &m[1].1)]))
        .unwrap_err();
    assert!(matches!(e, PackageError::BadManifest(_)), "{e:?}");
    assert_says(&e, "目録（manifest.json）が読めません", "manifest (manifest.json) cannot be read");
    let e = open(&craft(&[(MANIFEST, "目録".as_bytes()), (SIGNATURE, &m[1].1)])).unwrap_err();
    assert!(matches!(e, PackageError::BadManifest(_)), "{e:?}");
}

#[test]
fn signed_but_unreadable_contents_are_refused() {
    let e = open(&assemble(&header(), Kind::Response, &[(RESPONSE, b"not json")], &key()).unwrap()).unwrap_err();
    assert!(matches!(e, PackageError::BadContents(_)), "{e:?}");
    assert_says(&e, "内容が読めません", "contents cannot be read");
    // Fields of the manifest are checked too, even when signed.
    let mut h = header();
    h.package_id = "../../etc".to_owned();
    let json = serde_json::to_vec(&response()).unwrap();
    let e = open(&assemble(&h, Kind::Response, &[(RESPONSE, &json)], &key()).unwrap()).unwrap_err();
    assert_eq!(e, PackageError::BadManifest("package_id".to_owned()));
    let mut h = header();
    h.revision = 0;
    let e = open(&assemble(&h, Kind::Response, &[(RESPONSE, &json)], &key()).unwrap()).unwrap_err();
    assert_eq!(e, PackageError::BadManifest("revision".to_owned()));
    // A year no campaign can have, signed all the same (only a changed tenken
    // writes one): refused by the field's name, as the other fields are.
    let m = members(&package());
    let manifest = String::from_utf8(m[0].1.clone()).unwrap().replace("\"campaign\": 2026", "\"campaign\": 1999");
    assert!(manifest.contains("\"campaign\": 1999"), "{manifest}");
    let signature = hex::encode(key().sign(manifest.as_bytes()));
    let e = open(&craft(&[(MANIFEST, manifest.as_bytes()), (SIGNATURE, signature.as_bytes()), (RESPONSE, &m[2].1)]))
        .unwrap_err();
    assert_eq!(e, PackageError::BadManifest("campaign".to_owned()));
    assert_says(&e, "目録（manifest.json）の年度が正しくありません", "invalid fiscal year");
}

#[test]
fn a_distribution_carries_its_checklist_and_refuses_one_that_does_not_match() {
    let q = tenken_core::questionnaire::parse_questionnaire(tenken_core::shipped::TOSHIMA).unwrap();
    let mut h = header();
    h.questionnaire_hash = q.hash();
    let d = crate::Distribution {
        section: tenken_core::Department {
            code: "B1-1".into(),
            name: "戸籍住民課".into(),
            parent: None,
            tiers: vec![tenken_core::Tier::Mynumber],
            retired_on: None,
            attributes: vec![],
        },
        ancestors: vec![],
        path: "戸籍住民課".into(),
        carried_from: None,
        carry_over: vec![],
        state: SectionState::Draft,
        reopen_reason: None,
        last_response_revision: 0,
        response_secret: Some("5e".repeat(32)),
        due: chrono::NaiveDate::from_ymd_opt(2027, 1, 29),
        contact: Some(tenken_core::schedule::Contact {
            unit: "情報政策課".into(),
            phone: "内線 2345".into(),
            mail: "joho@city.example.lg.jp".into(),
        }),
        evidence_required: false,
        staff_checklist: None,
        staff_named: false,
        staff_min_rate: None,
        findings: Vec::new(),
        follow_ups: Vec::new(),
        grade_names: Vec::new(),
    };
    let bytes = crate::build_distribution(&h, &d, tenken_core::shipped::TOSHIMA, &key()).unwrap();
    match open(&bytes).unwrap().contents {
        Contents::Distribution { distribution, questionnaire, .. } => {
            assert_eq!(distribution, d);
            assert_eq!(questionnaire.hash(), q.hash());
        }
        other => panic!("{other:?}"),
    }
    // A secret that is not 64 lower-case hex digits is refused, never half-read.
    let mut odd = d.clone();
    odd.response_secret = Some("5E".repeat(32));
    let e = crate::build_distribution(&h, &odd, tenken_core::shipped::TOSHIMA, &key()).unwrap_err();
    assert_eq!(e, crate::BuildError::Refused(PackageError::BadContents("response_secret".to_owned())));
    h.questionnaire_hash = "cd".repeat(32);
    let e = crate::build_distribution(&h, &d, tenken_core::shipped::TOSHIMA, &key()).unwrap_err();
    assert!(matches!(e, crate::BuildError::Refused(PackageError::BadContents(_))), "{e:?}");
}

#[test]
fn a_response_proof_must_be_64_hex_digits() {
    let mut r = response();
    r.proof = Some("ab".repeat(31));
    let e = crate::build_response(&header(), &r, &[], &key()).unwrap_err();
    assert_eq!(e, crate::BuildError::Refused(PackageError::BadContents("proof".to_owned())));
    r.proof = Some("ab".repeat(32));
    assert!(crate::build_response(&header(), &r, &[], &key()).is_ok());
}

#[test]
#[ignore = "writes the golden fixture; run once by hand when the format version changes"]
fn write_golden_fixture() {
    std::fs::write(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/response-v1.tenken"), package()).unwrap();
}

/// A package written by this version must open in every later version: if a
/// `zip` upgrade changed the bytes its writer makes, the layout check would
/// refuse every older package. This fails first, so the change is noticed.
#[test]
fn the_golden_package_still_opens_and_is_still_written_byte_for_byte() {
    let golden = include_bytes!("../tests/fixtures/response-v1.tenken");
    let p = open(golden).unwrap();
    assert_eq!(p.contents, Contents::Response(response()));
    assert_eq!(package(), golden.to_vec());
}

#[test]
fn the_manifest_department_is_read_like_every_code_and_refused_in_the_readers_language() {
    let json = serde_json::to_vec(&response()).unwrap();
    let mut h = header();
    h.department = "Ｂ１－１".to_owned();
    let opened = open(&assemble(&h, Kind::Response, &[(RESPONSE, &json)], &key()).unwrap()).unwrap();
    assert_eq!(opened.manifest.department, "B1-1", "full-width digits are the same code");
    h.department = "1".repeat(tenken_core::department::MAX_CODE_CHARS + 1);
    let e = open(&assemble(&h, Kind::Response, &[(RESPONSE, &json)], &key()).unwrap()).unwrap_err();
    assert_eq!(e, PackageError::BadManifest("department".to_owned()));
    assert_says(
        &e,
        "目録（manifest.json）の所属コード（空か、長すぎます）が正しくありません",
        "invalid department code",
    );
    let ja = Localizer::new(Lang::Ja).describe(&e);
    assert!(!ja.contains("department") && !ja.contains("not valid"), "{ja}");
    // Building such a package says why in the same language, not the English Display.
    let built = crate::BuildError::Refused(e);
    let ja = Localizer::new(Lang::Ja).describe(&built);
    assert!(ja.starts_with("パッケージを作成できませんでした：パッケージの目録"), "{ja}");
    assert!(!ja.contains("manifest is not valid"), "{ja}");
}

const PDF: &[u8] = b"%PDF-1.4\n%%EOF\n";

fn listed(item: &str, name: &str, bytes: &[u8]) -> tenken_core::evidence::EvidenceFile {
    tenken_core::evidence::EvidenceFile {
        item_id: item.to_owned(),
        name: name.to_owned(),
        kind: tenken_core::evidence::EvidenceKind::from_name(name).unwrap(),
        size: bytes.len() as u64,
        sha256: crate::sha256_hex(bytes),
        added_at: "2026-11-23T10:00:00+09:00".to_owned(),
    }
}

/// A response with one listed file, assembled and signed as the writer
/// would, but without the writer's own check: what a hostile maker can sign.
fn with_member(r: &Response, member: &str, bytes: &[u8]) -> Vec<u8> {
    let json = serde_json::to_vec(r).unwrap();
    assemble(&header(), Kind::Response, &[(RESPONSE, &json), (member, bytes)], &key()).unwrap()
}

#[test]
fn an_evidence_file_opens_byte_for_byte_under_its_hash() {
    let mut r = response();
    r.evidence = vec![listed("toshima-5-a", "管理簿.pdf", PDF)];
    let bytes = crate::build_response(&header(), &r, &[PDF], &key()).unwrap();
    let p = open(&bytes).unwrap();
    assert_eq!(p.evidence.get(&crate::sha256_hex(PDF)).map(Vec::as_slice), Some(PDF));
}

#[test]
fn signed_evidence_that_is_not_what_it_says_is_refused() {
    // An executable listed as a PDF, signed by its maker.
    let exe = b"MZ\x90\0\x03\0\0\0";
    let mut r = response();
    r.evidence = vec![listed("toshima-5-a", "管理簿.pdf", PDF)];
    r.evidence[0].sha256 = crate::sha256_hex(exe);
    r.evidence[0].size = exe.len() as u64;
    let e = open(&with_member(&r, &crate::format::evidence_member(&crate::sha256_hex(exe)), exe)).unwrap_err();
    assert!(matches!(e, PackageError::BadEvidence(_)), "{e:?}");
    assert_says(&e, "中身が PDF ではありません", "its content is not PDF");

    // A name that leaves the folder.
    let mut r = response();
    r.evidence = vec![listed("toshima-5-a", "../管理簿.pdf", PDF)];
    let e = open(&with_member(&r, &crate::format::evidence_member(&crate::sha256_hex(PDF)), PDF)).unwrap_err();
    assert_says(&e, "フォルダの区切り", "folder separator");

    // A member nobody lists.
    let e = open(&with_member(&response(), &crate::format::evidence_member(&crate::sha256_hex(PDF)), PDF)).unwrap_err();
    assert!(matches!(e, PackageError::UnexpectedMember(_)), "{e:?}");

    // A member under another file's hash: the bytes were swapped and the manifest re-signed.
    let mut r = response();
    r.evidence = vec![listed("toshima-5-a", "管理簿.pdf", PDF)];
    let other = b"%PDF-1.4\n% another\n";
    let e = open(&with_member(&r, &crate::format::evidence_member(&crate::sha256_hex(PDF)), other)).unwrap_err();
    assert!(matches!(e, PackageError::MemberMismatch(_)), "{e:?}");

    // A file of more than 5 MB.
    let mut big = PDF.to_vec();
    big.resize(5 * 1024 * 1024 + 1, b' ');
    let mut r = response();
    r.evidence = vec![listed("toshima-5-a", "大きい.pdf", &big)];
    let e = open(&with_member(&r, &crate::format::evidence_member(&crate::sha256_hex(&big)), &big)).unwrap_err();
    assert_says(&e, "1ファイルの上限 5.0 MB", "more than the 5.0 MB");
}
