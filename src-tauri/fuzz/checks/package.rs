// The checks of the `package` and `package_signed` fuzz targets, shared word
// for word with the corpus test in tenken-exchange (`tests/fuzz_corpus.rs`
// includes this file), so CI runs every seed and regression through them
// without cargo fuzz.
//
// A package arrives on a USB stick from a terminal the auditor does not
// control: any bytes must give either a verified package or a typed
// refusal. Never a panic, never memory beyond the limits.

use tenken_exchange::{Contents, Limits, Package, PackageError};

/// `package`: the bytes as a file on the stick.
pub fn check_package(data: &[u8]) {
    let opened = tenken_exchange::open(data);
    // Tighter limits refuse more, never less, and never panic either.
    let tight = Limits { file: 4096, member: 1024, total: 2048, manifest: 512, entries: 4 };
    let small = tenken_exchange::open_with_limits(data, &tight);
    if small.is_ok() {
        assert!(opened == small, "tight limits accepted what the default limits refuse");
    }
    check_opened(data, &opened);
}

/// What every result of `open` must satisfy.
fn check_opened(data: &[u8], opened: &Result<Package, PackageError>) {
    use tenken_core::Describe;
    match opened {
        Ok(p) => {
            assert_eq!(p.sha256, tenken_exchange::sha256_hex(data));
            assert_eq!(p.manifest.format_version, tenken_exchange::FORMAT_VERSION);
            assert_eq!(p.manifest.signer, p.signer.to_hex());
            assert!(p.manifest.revision > 0);
            match &p.contents {
                Contents::Distribution { distribution, questionnaire, questionnaire_toml } => {
                    assert_eq!(p.manifest.kind, tenken_exchange::Kind::Distribution);
                    assert_eq!(distribution.section.code, p.manifest.department);
                    assert_eq!(questionnaire.hash(), p.manifest.questionnaire_hash);
                    let reparsed = tenken_core::questionnaire::parse_questionnaire(questionnaire_toml);
                    assert!(reparsed.as_ref().is_ok_and(|q| q == questionnaire.as_ref()), "checklist differs");
                }
                Contents::Response(_) => assert_eq!(p.manifest.kind, tenken_exchange::Kind::Response),
            }
            // The same bytes open to the same package.
            assert!(tenken_exchange::open(data).as_ref() == Ok(p), "a second open differs");
        }
        Err(e) => {
            assert!(!e.message().id.is_empty());
            assert!(!e.to_string().is_empty());
        }
    }
}

/// The key the `package_signed` target signs with (the seed the crate's own tests use).
const SIGNED_SEED: [u8; 32] = [9; 32];

/// `package_signed`: a correctly zipped and signed package around fuzzed
/// contents, to reach what lies behind the signature (the manifest's fields,
/// the checklist, the JSON contents), which random bytes almost never do.
///
/// Input: one byte of flags, then the contents. Flags bit 0: distribution
/// (else response). Bits 1–3 spoil one manifest field each (revision 0,
/// campaign out of range, empty department). A distribution's contents are
/// `questionnaire.toml`, a 0xFF byte (never in UTF-8), `distribution.json`.
pub fn check_signed_package(data: &[u8]) {
    let Some((&flags, body)) = data.split_first() else { return };
    let bytes = signed_package(flags, body);
    let opened = tenken_exchange::open(&bytes);
    check_opened(&bytes, &opened);
    if let Ok(p) = &opened {
        // What opens can be made again from its contents, and opens to the same contents.
        let header = tenken_exchange::Header {
            package_id: p.manifest.package_id.clone(),
            campaign: p.manifest.campaign,
            department: p.manifest.department.clone(),
            questionnaire_hash: p.manifest.questionnaire_hash.clone(),
            revision: p.manifest.revision,
            created_at: p.manifest.created_at.clone(),
        };
        let key = tenken_exchange::SecretKey::from_seed(SIGNED_SEED);
        let rebuilt = match &p.contents {
            Contents::Response(r) => {
                let files: Vec<&[u8]> = p.evidence.values().map(Vec::as_slice).collect();
                tenken_exchange::build_response(&header, r, &files, &key)
            }
            Contents::Distribution { distribution, questionnaire_toml, .. } => {
                tenken_exchange::build_distribution(&header, distribution, questionnaire_toml, &key)
            }
        };
        let rebuilt = rebuilt.expect("contents that opened can be packaged again");
        let again = tenken_exchange::open(&rebuilt).expect("a rebuilt package opens");
        assert!(again.contents == p.contents, "contents changed through a rebuild");
        assert!(again.evidence == p.evidence, "evidence files changed through a rebuild");
    }
}

/// Zips and signs `body` the way the writer does (format.rs `assemble` and `write_zip`).
fn signed_package(flags: u8, body: &[u8]) -> Vec<u8> {
    use ed25519_dalek::Signer;
    use tenken_exchange::format::{
        DISTRIBUTION, FORMAT_NAME, MANIFEST, MemberDigest, QUESTIONNAIRE, RESPONSE, SIGNATURE,
    };

    let distribution = flags & 1 == 1;
    let members: Vec<(&str, &[u8])> = if distribution {
        let (toml, json) = match body.iter().position(|&b| b == 0xFF) {
            Some(i) => (&body[..i], &body[i + 1..]),
            None => (body, &[][..]),
        };
        vec![(QUESTIONNAIRE, toml), (DISTRIBUTION, json)]
    } else {
        vec![(RESPONSE, body)]
    };
    // Fields that would make a good package, unless a flag spoils them.
    let questionnaire_hash = std::str::from_utf8(members[0].1)
        .ok()
        .filter(|_| distribution)
        .and_then(|t| tenken_core::questionnaire::parse_questionnaire(t).ok())
        .map_or_else(|| "ab".repeat(32), |q| q.hash());
    let department = members
        .get(1)
        .and_then(|(_, json)| serde_json::from_slice::<serde_json::Value>(json).ok())
        .and_then(|v| v.pointer("/section/code").and_then(|c| c.as_str()).map(str::to_owned))
        .unwrap_or_else(|| "B1-1".to_owned());
    let key = ed25519_dalek::SigningKey::from_bytes(&SIGNED_SEED);
    let manifest = tenken_exchange::Manifest {
        format: FORMAT_NAME.to_owned(),
        format_version: tenken_exchange::FORMAT_VERSION,
        kind: if distribution { tenken_exchange::Kind::Distribution } else { tenken_exchange::Kind::Response },
        package_id: "0123456789abcdef0123456789abcdef".to_owned(),
        campaign: tenken_core::FiscalYear::new(2026).expect("2026 is in range"),
        department: if flags & 8 != 0 { String::new() } else { department },
        questionnaire_hash,
        revision: if flags & 2 != 0 { 0 } else { 1 },
        created_at: "2026-11-23T10:00:00+09:00".to_owned(),
        signer: hex::encode(key.verifying_key().as_bytes()),
        members: members
            .iter()
            .map(|(name, data)| MemberDigest {
                name: (*name).to_owned(),
                size: data.len() as u64,
                sha256: tenken_exchange::sha256_hex(data),
            })
            .collect(),
    };
    // A year no FiscalYear can hold, signed all the same: only a changed
    // tenken could write it, and the reader must still refuse it by name.
    let mut manifest_json = if flags & 4 != 0 {
        let mut value = serde_json::to_value(&manifest).expect("a manifest serialises");
        value["campaign"] = i32::MIN.into();
        serde_json::to_vec_pretty(&value)
    } else {
        serde_json::to_vec_pretty(&manifest)
    }
    .expect("a manifest serialises");
    manifest_json.push(b'\n');
    let signature = hex::encode(key.sign(&manifest_json).to_bytes());

    let mut all: Vec<(&str, &[u8])> = vec![(MANIFEST, &manifest_json), (SIGNATURE, signature.as_bytes())];
    all.extend(members);
    write_members(&all)
}

/// Zips members the one way the writer does: stored, fixed time, Unix 0644.
fn write_members(members: &[(&str, &[u8])]) -> Vec<u8> {
    use std::io::Write;
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Stored)
        .last_modified_time(zip::DateTime::default())
        .system(zip::System::Unix)
        .unix_permissions(0o644)
        .large_file(false);
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, data) in members {
        w.start_file(*name, options).expect("zip entry");
        w.write_all(data).expect("zip data");
    }
    w.finish().expect("zip").into_inner()
}
