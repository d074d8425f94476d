//! The `.tenken` file: a zip with a signed manifest, as pure functions over bytes.
//!
//! Layout (format version 1), members in this order, all *stored* (no
//! compression, so a package can never expand beyond its own size):
//!
//! | member               | what                                                    |
//! |----------------------|---------------------------------------------------------|
//! | `manifest.json`      | [`Manifest`]: who, what, which revision, SHA-256 of each content member |
//! | `signature`          | Ed25519 signature of the exact bytes of `manifest.json`, 128 hex digits |
//! | `questionnaire.toml` | distribution only: the checklist as the auditor loaded it |
//! | `distribution.json`  | distribution only: [`Distribution`]                     |
//! | `response.json`      | response only: [`Response`]                             |
//! | `evidence/<sha256>`  | response only: one 証跡ファイル each, named by its hash  |
//!
//! Reading checks, in order: size of the file; zip structure; member names
//! (no `..`, absolute or backslash paths, nothing unexpected, no duplicates);
//! declared and actual sizes of each member and of all together (reading
//! stops at the bound); that the file is byte for byte what the writer makes
//! of those members (so no timestamp, attribute or padding can be altered
//! unnoticed); format version; every member's size and SHA-256; the
//! signature over the manifest; the contents. Any failure is a typed [`PackageError`]; nothing panics on
//! any input.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{Cursor, Read, Write};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use tenken_core::fiscal::FiscalYear;
use tenken_core::message::{Describe, Message};
use tenken_core::questionnaire::parse_questionnaire;
use thiserror::Error;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, System, ZipArchive, ZipWriter};

use crate::contents::{Contents, Distribution, Response};
use crate::keys::{Fingerprint, PublicKey, SecretKey};

/// The format version this program writes and the only one it reads.
pub const FORMAT_VERSION: u32 = 1;
/// The `format` field of every manifest: tells a tenken package from any other JSON.
pub const FORMAT_NAME: &str = "tenken-package";
/// The manifest member.
pub const MANIFEST: &str = "manifest.json";
/// The signature member.
pub const SIGNATURE: &str = "signature";
/// The checklist member of a distribution.
pub const QUESTIONNAIRE: &str = "questionnaire.toml";
/// The contents member of a distribution.
pub const DISTRIBUTION: &str = "distribution.json";
/// The contents member of a response.
pub const RESPONSE: &str = "response.json";
/// The folder of a response's evidence files: `evidence/<sha256>`.
pub const EVIDENCE_DIR: &str = "evidence/";

/// Upper bounds on what a package may hold. Generous for real answers
/// (4 000-character comments on hundreds of items, with history), small
/// enough that a hostile file cannot exhaust the memory of an old terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The whole file.
    pub file: u64,
    /// One content member, declared and actual.
    pub member: u64,
    /// All members together, declared and actual.
    pub total: u64,
    /// The manifest and the signature, each.
    pub manifest: u64,
    /// Entries in the zip.
    pub entries: usize,
}

impl Limits {
    /// The limits every import uses.
    pub const DEFAULT: Limits =
        Limits { file: 64 << 20, member: 32 << 20, total: 64 << 20, manifest: 1 << 20, entries: 128 };
}

/// Which way a package travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// 配布: auditor → section.
    Distribution,
    /// 回答: section → auditor.
    Response,
}

impl Kind {
    /// The code written in manifests and used in message ids.
    pub fn code(self) -> &'static str {
        match self {
            Kind::Distribution => "distribution",
            Kind::Response => "response",
        }
    }

    /// The content members of this kind, in file order.
    fn members(self) -> &'static [&'static str] {
        match self {
            Kind::Distribution => &[QUESTIONNAIRE, DISTRIBUTION],
            Kind::Response => &[RESPONSE],
        }
    }
}

/// The size and SHA-256 of one content member.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MemberDigest {
    pub name: String,
    pub size: u64,
    /// Lower-case hex.
    pub sha256: String,
}

/// `manifest.json`: what the package is, signed as a whole.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// Always [`FORMAT_NAME`].
    pub format: String,
    pub format_version: u32,
    pub kind: Kind,
    /// 32 lower-case hex digits, unique per package.
    pub package_id: String,
    /// The campaign's fiscal year (read through [`FiscalYear`]'s own range check).
    pub campaign: FiscalYear,
    /// The section's code.
    pub department: String,
    /// The checklist's identity (SHA-256 of its canonical form).
    pub questionnaire_hash: String,
    /// Counts up per section and kind; a newer revision supersedes an older one.
    pub revision: u32,
    /// When the package was made (RFC 3339, the maker's clock).
    pub created_at: String,
    /// The signer's Ed25519 public key, 64 hex digits.
    pub signer: String,
    /// Every content member.
    pub members: Vec<MemberDigest>,
}

/// What a maker says about a package besides its contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    pub package_id: String,
    pub campaign: FiscalYear,
    pub department: String,
    pub questionnaire_hash: String,
    pub revision: u32,
    pub created_at: String,
}

/// A package read and verified: signature good, every member as the manifest says.
#[derive(Debug, Clone, PartialEq)]
pub struct Package {
    pub manifest: Manifest,
    /// The key that signed it (not yet trusted: pinning is the importer's decision).
    pub signer: PublicKey,
    /// SHA-256 of the whole file, lower-case hex: the same bytes are the same package.
    pub sha256: String,
    pub contents: Contents,
    /// A response's evidence files by their SHA-256, each checked against
    /// its entry in the response and its digest in the signed manifest.
    pub evidence: BTreeMap<String, Vec<u8>>,
}

impl Package {
    /// The signer's fingerprint.
    pub fn fingerprint(&self) -> Fingerprint {
        self.signer.fingerprint()
    }
}

/// Why a file was refused as a package. Said so that a clerk knows what to do
/// (usually: ask for the file again).
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum PackageError {
    #[error("not a tenken package")]
    NotAPackage,
    #[error("the file ends too early")]
    Truncated,
    #[error("the file is damaged: {0}")]
    Damaged(String),
    #[error("the file is {size} bytes, more than {max}")]
    TooLarge { size: u64, max: u64 },
    #[error("member {name} is {size} bytes, more than {max}")]
    MemberTooLarge { name: String, size: u64, max: u64 },
    #[error("member name {0:?} is a path outside the package")]
    UnsafeName(String),
    #[error("unexpected member {0:?}")]
    UnexpectedMember(String),
    #[error("member {0:?} appears twice")]
    DuplicateMember(String),
    #[error("member {0} is missing")]
    MissingMember(String),
    #[error("an entry uses compression or encryption that packages never use")]
    Unsupported,
    #[error("format version {found} (this program reads {supported})")]
    UnknownVersion { found: u64, supported: u32 },
    #[error("the manifest is not valid: {0}")]
    BadManifest(String),
    #[error("the signature does not match")]
    BadSignature,
    #[error("member {0} does not match the manifest")]
    MemberMismatch(String),
    #[error("the contents are not valid: {0}")]
    BadContents(String),
    #[error("an evidence file is refused: {0}")]
    BadEvidence(tenken_core::evidence::EvidenceError),
}

impl Describe for PackageError {
    fn message(&self) -> Message {
        match self {
            PackageError::NotAPackage => Message::new("pkg-not-a-package"),
            PackageError::Truncated => Message::new("pkg-truncated"),
            PackageError::Damaged(_) => Message::new("pkg-damaged"),
            PackageError::TooLarge { size, max } => {
                Message::new("pkg-too-large").arg("size", size.to_string()).arg("max", max.to_string())
            }
            PackageError::MemberTooLarge { name, size, max } => Message::new("pkg-member-too-large")
                .arg("name", name)
                .arg("size", size.to_string())
                .arg("max", max.to_string()),
            PackageError::UnsafeName(n) => Message::new("pkg-unsafe-name").arg("name", n),
            PackageError::UnexpectedMember(n) => Message::new("pkg-unexpected-member").arg("name", n),
            PackageError::DuplicateMember(n) => Message::new("pkg-duplicate-member").arg("name", n),
            PackageError::MissingMember(n) => Message::new("pkg-missing-member").arg("name", n),
            PackageError::Unsupported => Message::new("pkg-unsupported"),
            PackageError::UnknownVersion { found, supported } => {
                Message::new("pkg-unknown-version").arg("found", found.to_string()).arg("supported", *supported)
            }
            // A field the reader checks by name is said in the catalogue's words; a
            // parser's own (English) text stays in the logs.
            PackageError::BadManifest(d) => match d.as_str() {
                "package_id" | "campaign" | "department" | "questionnaire_hash" | "revision" | "format_version"
                | "members" | "signer" => Message::new("pkg-bad-manifest-field").arg("field", d),
                _ => Message::new("pkg-bad-manifest"),
            },
            PackageError::BadSignature => Message::new("pkg-bad-signature"),
            PackageError::MemberMismatch(n) => Message::new("pkg-member-mismatch").arg("name", n),
            PackageError::BadContents(_) => Message::new("pkg-bad-contents"),
            PackageError::BadEvidence(e) => Message::new("pkg-bad-evidence").arg("detail", e.message()),
        }
    }
}

/// Why a package could not be made.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum BuildError {
    /// The writer failed or made something the reader refuses (too large, say).
    #[error("the package could not be made: {0}")]
    Refused(#[from] PackageError),
}

impl Describe for BuildError {
    fn message(&self) -> Message {
        match self {
            BuildError::Refused(e) => Message::new("pkg-build-failed").arg("detail", e.message()),
        }
    }
}

/// Writes members in the one canonical way: stored, fixed timestamp
/// (1980-01-01), Unix attributes 0644 on every platform, no extra fields.
pub(crate) fn write_zip(members: &[(&str, &[u8])]) -> Result<Vec<u8>, zip::result::ZipError> {
    let mut w = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Stored)
        .last_modified_time(DateTime::default())
        .system(System::Unix)
        .unix_permissions(0o644)
        .large_file(false);
    for (name, data) in members {
        w.start_file(*name, options)?;
        w.write_all(data)?;
    }
    Ok(w.finish()?.into_inner())
}

/// SHA-256 of some bytes, lower-case hex: how packages and their members are identified.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

fn is_lower_hex(s: &str, len: usize) -> bool {
    s.len() == len && s.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// Makes a distribution package (auditor → section).
pub fn build_distribution(
    header: &Header,
    distribution: &Distribution,
    questionnaire_toml: &str,
    key: &SecretKey,
) -> Result<Vec<u8>, BuildError> {
    let json = serde_json::to_vec(distribution).map_err(|e| PackageError::BadContents(e.to_string()))?;
    build(header, Kind::Distribution, &[(QUESTIONNAIRE, questionnaire_toml.as_bytes()), (DISTRIBUTION, &json)], key)
}

/// Makes a response package (section → auditor). `evidence` holds the
/// bytes of every file the response lists (found by their SHA-256); each is
/// carried once, however many items it is attached to.
pub fn build_response(
    header: &Header,
    response: &Response,
    evidence: &[&[u8]],
    key: &SecretKey,
) -> Result<Vec<u8>, BuildError> {
    let json = serde_json::to_vec(response).map_err(|e| PackageError::BadContents(e.to_string()))?;
    let by_hash: BTreeMap<String, &[u8]> = evidence.iter().map(|b| (sha256_hex(b), *b)).collect();
    let names: BTreeMap<String, &[u8]> = response
        .evidence
        .iter()
        .filter_map(|f| by_hash.get(&f.sha256).map(|b| (evidence_member(&f.sha256), *b)))
        .collect();
    let mut members: Vec<(&str, &[u8])> = vec![(RESPONSE, &json)];
    members.extend(names.iter().map(|(n, b)| (n.as_str(), *b)));
    build(header, Kind::Response, &members, key)
}

fn build(header: &Header, kind: Kind, contents: &[(&str, &[u8])], key: &SecretKey) -> Result<Vec<u8>, BuildError> {
    let bytes = assemble(header, kind, contents, key)?;
    // Never hand out a file the reader would refuse (too large, a bad header field…).
    open(&bytes)?;
    Ok(bytes)
}

/// Manifest, signature and members zipped, without checking the result.
pub(crate) fn assemble(
    header: &Header,
    kind: Kind,
    contents: &[(&str, &[u8])],
    key: &SecretKey,
) -> Result<Vec<u8>, PackageError> {
    let manifest = Manifest {
        format: FORMAT_NAME.to_owned(),
        format_version: FORMAT_VERSION,
        kind,
        package_id: header.package_id.clone(),
        campaign: header.campaign,
        department: header.department.clone(),
        questionnaire_hash: header.questionnaire_hash.clone(),
        revision: header.revision,
        created_at: header.created_at.clone(),
        signer: key.public().to_hex(),
        members: contents
            .iter()
            .map(|(name, data)| MemberDigest {
                name: (*name).to_owned(),
                size: data.len() as u64,
                sha256: sha256_hex(data),
            })
            .collect(),
    };
    let mut manifest_json =
        serde_json::to_vec_pretty(&manifest).map_err(|e| PackageError::BadManifest(e.to_string()))?;
    manifest_json.push(b'\n');
    let signature = hex::encode(key.sign(&manifest_json));
    let mut members: Vec<(&str, &[u8])> = vec![(MANIFEST, &manifest_json), (SIGNATURE, signature.as_bytes())];
    members.extend_from_slice(contents);
    write_zip(&members).map_err(|e| PackageError::Damaged(e.to_string()))
}

/// Reads and verifies a package with the default [`Limits`].
pub fn open(bytes: &[u8]) -> Result<Package, PackageError> {
    open_with_limits(bytes, &Limits::DEFAULT)
}

/// The end-of-central-directory record's signature.
const EOCD: &[u8; 4] = b"PK\x05\x06";
/// A local file header's signature: every package starts with one.
const LOCAL: &[u8; 4] = b"PK\x03\x04";

/// Refuses names that could point outside a folder if anyone ever extracted
/// the zip: `..`, absolute paths, drive letters, backslashes, control characters.
fn check_name(raw: &[u8]) -> Result<String, PackageError> {
    let shown = String::from_utf8_lossy(raw).chars().take(120).collect::<String>();
    let name = std::str::from_utf8(raw).map_err(|_| PackageError::UnsafeName(shown.clone()))?;
    let unsafe_name = name.is_empty()
        || name.starts_with('/')
        || name.contains('\\')
        || name.contains(':')
        || name.chars().any(char::is_control)
        || name.split('/').any(|part| part == ".." || part == "." || part.is_empty());
    if unsafe_name {
        return Err(PackageError::UnsafeName(shown));
    }
    Ok(name.to_owned())
}

fn zip_error(e: zip::result::ZipError) -> PackageError {
    match e {
        zip::result::ZipError::UnsupportedArchive(_) | zip::result::ZipError::CompressionMethodNotSupported(_) => {
            PackageError::Unsupported
        }
        other => PackageError::Damaged(other.to_string()),
    }
}

/// Reads and verifies a package. Every byte is untrusted: see the module docs for the checks.
pub fn open_with_limits(bytes: &[u8], limits: &Limits) -> Result<Package, PackageError> {
    check_envelope(bytes, limits)?;
    let members = read_members(bytes, limits)?;
    let member = |name: &str| members.iter().find(|(n, _)| n == name).map(|(_, d)| d.as_slice());
    let manifest_bytes = member(MANIFEST).ok_or_else(|| PackageError::MissingMember(MANIFEST.to_owned()))?;
    let manifest = read_manifest(manifest_bytes)?;
    check_members(&manifest, &members)?;
    let signer = check_signature(&manifest, manifest_bytes, member(SIGNATURE))?;
    let manifest = check_fields(manifest)?;
    let (contents, evidence) = read_contents(&manifest, &members)?;
    Ok(Package { manifest, signer, sha256: sha256_hex(bytes), contents, evidence })
}

/// The name of the member that carries an evidence file.
pub fn evidence_member(sha256: &str) -> String {
    format!("{EVIDENCE_DIR}{sha256}")
}

/// Whether a member name is an evidence file's: the folder and 64 hex digits, nothing else.
fn is_evidence_member(name: &str) -> bool {
    name.strip_prefix(EVIDENCE_DIR).is_some_and(|h| is_lower_hex(h, 64))
}

/// Step 0: the size of the file and the two signatures any zip of ours starts and ends with.
fn check_envelope(bytes: &[u8], limits: &Limits) -> Result<(), PackageError> {
    let size = bytes.len() as u64;
    if size > limits.file {
        return Err(PackageError::TooLarge { size, max: limits.file });
    }
    if bytes.len() < LOCAL.len() {
        return Err(if LOCAL.starts_with(bytes) { PackageError::Truncated } else { PackageError::NotAPackage });
    }
    if !bytes.starts_with(LOCAL) {
        return Err(PackageError::NotAPackage);
    }
    // The end record sits in the last 22 bytes (no comment is ever written,
    // but look as far as a comment could reach before calling it truncated).
    let tail = &bytes[bytes.len().saturating_sub(22 + 0xFFFF)..];
    if !tail.windows(4).any(|w| w == EOCD) {
        return Err(PackageError::Truncated);
    }
    Ok(())
}

/// Steps 1–3: the members' names and sizes from the central directory before
/// any data is read, then the data within each bound, then the whole file
/// compared with what the writer makes of those members.
fn read_members(bytes: &[u8], limits: &Limits) -> Result<Vec<(String, Vec<u8>)>, PackageError> {
    let mut archive = ZipArchive::new(Cursor::new(bytes)).map_err(zip_error)?;
    if archive.len() > limits.entries {
        return Err(PackageError::Damaged(format!("{} entries", archive.len())));
    }
    let known = [MANIFEST, SIGNATURE, QUESTIONNAIRE, DISTRIBUTION, RESPONSE];
    let bound = |name: &str| if name == MANIFEST || name == SIGNATURE { limits.manifest } else { limits.member };

    // 1. The central directory alone: names and declared sizes, before any data is read.
    let mut names: Vec<String> = Vec::with_capacity(archive.len());
    let mut declared_total: u64 = 0;
    for i in 0..archive.len() {
        let entry = archive.by_index_raw(i).map_err(zip_error)?;
        let name = check_name(entry.name_raw())?;
        if !known.contains(&name.as_str()) && !is_evidence_member(&name) {
            return Err(PackageError::UnexpectedMember(name));
        }
        if names.contains(&name) {
            return Err(PackageError::DuplicateMember(name));
        }
        if entry.encrypted() || entry.compression() != CompressionMethod::Stored {
            return Err(PackageError::Unsupported);
        }
        let declared = entry.size().max(entry.compressed_size());
        let max = bound(&name);
        if declared > max {
            return Err(PackageError::MemberTooLarge { name, size: declared, max });
        }
        declared_total = declared_total.saturating_add(declared);
        if declared_total > limits.total {
            return Err(PackageError::TooLarge { size: declared_total, max: limits.total });
        }
        names.push(name);
    }

    // 2. The data, reading no further than each bound.
    let mut members: Vec<(String, Vec<u8>)> = Vec::with_capacity(names.len());
    let mut actual_total: u64 = 0;
    for (i, name) in names.into_iter().enumerate() {
        let max = bound(&name);
        let mut member = archive.by_index(i).map_err(zip_error)?;
        let mut buf = Vec::new();
        (&mut member)
            .take(max.saturating_add(1))
            .read_to_end(&mut buf)
            .map_err(|e| PackageError::Damaged(format!("{name}: {e}")))?;
        let len = buf.len() as u64;
        if len > max {
            return Err(PackageError::MemberTooLarge { name, size: len, max });
        }
        actual_total = actual_total.saturating_add(len);
        if actual_total > limits.total {
            return Err(PackageError::TooLarge { size: actual_total, max: limits.total });
        }
        members.push((name, buf));
    }

    // 3. The file must be exactly what the writer makes of these members.
    let as_slices: Vec<(&str, &[u8])> = members.iter().map(|(n, d)| (n.as_str(), d.as_slice())).collect();
    let canonical = write_zip(&as_slices).map_err(|e| PackageError::Damaged(e.to_string()))?;
    if canonical != bytes {
        return Err(PackageError::Damaged("zip layout".to_owned()));
    }
    Ok(members)
}

/// Step 4: the manifest, its version first, so a newer format is named as such.
fn read_manifest(manifest_bytes: &[u8]) -> Result<Manifest, PackageError> {
    #[derive(Deserialize)]
    struct Probe {
        format: Option<String>,
        format_version: Option<u64>,
        campaign: Option<serde_json::Value>,
    }
    let probe: Probe = serde_json::from_slice(manifest_bytes).map_err(|e| PackageError::BadManifest(e.to_string()))?;
    if probe.format.as_deref() != Some(FORMAT_NAME) {
        return Err(PackageError::NotAPackage);
    }
    match probe.format_version {
        Some(v) if v == u64::from(FORMAT_VERSION) => {}
        Some(v) => return Err(PackageError::UnknownVersion { found: v, supported: FORMAT_VERSION }),
        None => return Err(PackageError::BadManifest("format_version".to_owned())),
    }
    // A year outside tenken's range is named as the field, not as the parser's text.
    if probe.campaign.is_some_and(|c| serde_json::from_value::<FiscalYear>(c).is_err()) {
        return Err(PackageError::BadManifest("campaign".to_owned()));
    }
    serde_json::from_slice(manifest_bytes).map_err(|e| PackageError::BadManifest(e.to_string()))
}

/// Step 5: exactly the members the kind has (a response also its evidence
/// files), each of the size and SHA-256 the manifest says.
fn check_members(manifest: &Manifest, members: &[(String, Vec<u8>)]) -> Result<(), PackageError> {
    let fixed = manifest.kind.members();
    let mut expected: BTreeSet<&str> = fixed.iter().copied().collect();
    for (name, _) in members {
        if name == MANIFEST || name == SIGNATURE || fixed.contains(&name.as_str()) {
            continue;
        }
        if manifest.kind == Kind::Response && is_evidence_member(name) {
            expected.insert(name);
            continue;
        }
        return Err(PackageError::UnexpectedMember(name.clone()));
    }
    let listed: BTreeSet<&str> = manifest.members.iter().map(|m| m.name.as_str()).collect();
    if listed.len() != manifest.members.len() || listed != expected {
        return Err(PackageError::BadManifest("members".to_owned()));
    }
    for digest in &manifest.members {
        let body = members
            .iter()
            .find(|(n, _)| *n == digest.name)
            .map(|(_, d)| d)
            .ok_or_else(|| PackageError::MissingMember(digest.name.clone()))?;
        if body.len() as u64 != digest.size || sha256_hex(body) != digest.sha256 {
            return Err(PackageError::MemberMismatch(digest.name.clone()));
        }
        // An evidence member is named by its own hash: a file swapped for another is refused here.
        if is_evidence_member(&digest.name) && digest.name != evidence_member(&digest.sha256) {
            return Err(PackageError::MemberMismatch(digest.name.clone()));
        }
    }
    Ok(())
}

/// Step 6: the signature over the manifest's exact bytes.
fn check_signature(
    manifest: &Manifest,
    manifest_bytes: &[u8],
    signature_text: Option<&[u8]>,
) -> Result<PublicKey, PackageError> {
    let signer = PublicKey::from_hex(&manifest.signer).map_err(|_| PackageError::BadManifest("signer".to_owned()))?;
    let signature_text = signature_text.ok_or_else(|| PackageError::MissingMember(SIGNATURE.to_owned()))?;
    let signature: [u8; 64] = std::str::from_utf8(signature_text)
        .ok()
        .filter(|s| is_lower_hex(s, 128))
        .and_then(|s| hex::decode(s).ok())
        .and_then(|v| v.try_into().ok())
        .ok_or(PackageError::BadSignature)?;
    if !signer.verifies(manifest_bytes, &signature) {
        return Err(PackageError::BadSignature);
    }
    Ok(signer)
}

/// Step 7: the manifest's own fields (the department code read as every code entry is).
fn check_fields(mut manifest: Manifest) -> Result<Manifest, PackageError> {
    if !is_lower_hex(&manifest.package_id, 32) {
        return Err(PackageError::BadManifest("package_id".to_owned()));
    }
    // The one rule every code entry follows (NFKC, trimmed, tenken_core::department::MAX_CODE_CHARS).
    match tenken_core::department::normalise_code(&manifest.department) {
        Ok(code) => manifest.department = code,
        Err(_) => return Err(PackageError::BadManifest("department".to_owned())),
    }
    if !is_lower_hex(&manifest.questionnaire_hash, 64) {
        return Err(PackageError::BadManifest("questionnaire_hash".to_owned()));
    }
    if manifest.revision == 0 {
        return Err(PackageError::BadManifest("revision".to_owned()));
    }
    Ok(manifest)
}

/// Step 8: the contents, typed and consistent with the manifest; a
/// response's evidence files each what its entry says, every member used.
fn read_contents(
    manifest: &Manifest,
    members: &[(String, Vec<u8>)],
) -> Result<(Contents, BTreeMap<String, Vec<u8>>), PackageError> {
    let member = |name: &str| members.iter().find(|(n, _)| n == name).map(|(_, d)| d.as_slice());
    let bad = |e: &dyn std::fmt::Display| PackageError::BadContents(e.to_string());
    match manifest.kind {
        Kind::Distribution => {
            let toml = member(QUESTIONNAIRE).ok_or_else(|| PackageError::MissingMember(QUESTIONNAIRE.to_owned()))?;
            let toml = std::str::from_utf8(toml).map_err(|e| bad(&e))?.to_owned();
            let questionnaire = parse_questionnaire(&toml)
                .map_err(|errors| PackageError::BadContents(format!("{QUESTIONNAIRE}: {} errors", errors.len())))?;
            if questionnaire.hash() != manifest.questionnaire_hash {
                return Err(PackageError::BadContents(format!("{QUESTIONNAIRE}: hash")));
            }
            let json = member(DISTRIBUTION).ok_or_else(|| PackageError::MissingMember(DISTRIBUTION.to_owned()))?;
            let distribution: Distribution = serde_json::from_slice(json).map_err(|e| bad(&e))?;
            if distribution.section.code != manifest.department {
                return Err(PackageError::BadContents("section code".to_owned()));
            }
            if distribution.response_secret.as_deref().is_some_and(|s| !is_lower_hex(s, 64)) {
                return Err(PackageError::BadContents("response_secret".to_owned()));
            }
            if let Some(staff) = &distribution.staff_checklist {
                let q = parse_questionnaire(staff)
                    .map_err(|errors| PackageError::BadContents(format!("staff checklist: {} errors", errors.len())))?;
                tenken_core::staff::ensure_staff(&q).map_err(|e| bad(&e))?;
            }
            let contents = Contents::Distribution {
                distribution,
                questionnaire: Box::new(questionnaire),
                questionnaire_toml: toml,
            };
            Ok((contents, BTreeMap::new()))
        }
        Kind::Response => {
            let json = member(RESPONSE).ok_or_else(|| PackageError::MissingMember(RESPONSE.to_owned()))?;
            let response: Response = serde_json::from_slice(json).map_err(|e| bad(&e))?;
            if !is_lower_hex(&response.distribution_id, 32) {
                return Err(PackageError::BadContents("distribution_id".to_owned()));
            }
            if response.proof.as_deref().is_some_and(|p| !is_lower_hex(p, 64)) {
                return Err(PackageError::BadContents("proof".to_owned()));
            }
            let evidence: BTreeMap<String, Vec<u8>> = members
                .iter()
                .filter_map(|(n, d)| n.strip_prefix(EVIDENCE_DIR).map(|h| (h.to_owned(), d.clone())))
                .collect();
            tenken_core::evidence::check_received(&response.evidence, |h| evidence.get(h).map(Vec::as_slice)).map_err(
                |e| match e {
                    tenken_core::evidence::ReceivedError::File(e) => PackageError::BadEvidence(e),
                    other => PackageError::BadContents(other.to_string()),
                },
            )?;
            let used: BTreeSet<&str> = response.evidence.iter().map(|f| f.sha256.as_str()).collect();
            if let Some(extra) = evidence.keys().find(|h| !used.contains(h.as_str())) {
                return Err(PackageError::UnexpectedMember(evidence_member(extra)));
            }
            Ok((Contents::Response(response), evidence))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn member_names_that_leave_the_folder_are_refused() {
        for bad in ["../x", "a/../b", "/etc/passwd", "C:/x", "a\\b", "", "a//b", "./x", "x\u{0}"] {
            assert!(matches!(check_name(bad.as_bytes()), Err(PackageError::UnsafeName(_))), "{bad:?}");
        }
        assert!(matches!(check_name(&[0xff, 0xfe]), Err(PackageError::UnsafeName(_))));
        assert_eq!(check_name(b"manifest.json").unwrap(), "manifest.json");
    }

    #[test]
    fn the_writer_is_deterministic() {
        let a = write_zip(&[("a", b"1"), ("b", b"22")]).unwrap();
        let b = write_zip(&[("a", b"1"), ("b", b"22")]).unwrap();
        assert_eq!(a, b);
        assert!(a.starts_with(LOCAL));
    }
}
