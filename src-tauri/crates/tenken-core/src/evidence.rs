//! 証跡ファイル: the documents a section attaches to an answer (a scanned
//! 管理簿, a screenshot of a setting, the 台帳 as a workbook).
//!
//! The files travel from isolated terminals to the auditor and are opened
//! there with the system's viewer, so what may be attached is decided here,
//! once, for both sides: four kinds a city hall opens every day, told by
//! their content (never by the name alone), a plain file name that can name
//! no folder, and bounds on size per file and per section that keep a
//! package on approved media. The terminal checks them when a file is
//! attached; the auditor checks them again when the package arrives.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use thiserror::Error;
use unicode_normalization::UnicodeNormalization;

use crate::message::{Describe, Message};

/// One file's bound: a scan of a few pages or a screenshot fits.
pub const MAX_FILE_BYTES: u64 = 5 * 1024 * 1024;
/// All of one section's files together: what keeps a response package small
/// enough for the approved media and the auditor's import.
pub const MAX_SECTION_BYTES: u64 = 20 * 1024 * 1024;
/// Files one section may attach in all (a package holds each as a member).
pub const MAX_SECTION_FILES: usize = 100;
/// A file name's length in characters.
pub const MAX_NAME_CHARS: usize = 120;

/// What a file is, told by its first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum EvidenceKind {
    Pdf,
    Png,
    Jpeg,
    Xlsx,
}

impl EvidenceKind {
    /// Every kind, in the order messages list them.
    pub const ALL: [EvidenceKind; 4] = [EvidenceKind::Pdf, EvidenceKind::Png, EvidenceKind::Jpeg, EvidenceKind::Xlsx];

    /// The code stored in the database and written in packages.
    pub fn code(self) -> &'static str {
        match self {
            EvidenceKind::Pdf => "pdf",
            EvidenceKind::Png => "png",
            EvidenceKind::Jpeg => "jpeg",
            EvidenceKind::Xlsx => "xlsx",
        }
    }

    /// The kind of a stored code.
    pub fn from_code(code: &str) -> Option<EvidenceKind> {
        EvidenceKind::ALL.into_iter().find(|k| k.code() == code)
    }

    /// The kind a file name claims by its extension (case ignored).
    pub fn from_name(name: &str) -> Option<EvidenceKind> {
        let (_, ext) = name.rsplit_once('.')?;
        match ext.to_ascii_lowercase().as_str() {
            "pdf" => Some(EvidenceKind::Pdf),
            "png" => Some(EvidenceKind::Png),
            "jpg" | "jpeg" => Some(EvidenceKind::Jpeg),
            "xlsx" => Some(EvidenceKind::Xlsx),
            _ => None,
        }
    }

    /// The kind the bytes are, by their signature; `None` for anything else
    /// (an executable renamed `.pdf`, a `.xls` of the old format, a zip).
    pub fn sniff(bytes: &[u8]) -> Option<EvidenceKind> {
        if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            return Some(EvidenceKind::Png);
        }
        if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
            return Some(EvidenceKind::Jpeg);
        }
        // The PDF header may follow a little junk (the format allows it within the first 1 024 bytes).
        if bytes[..bytes.len().min(1024)].windows(5).any(|w| w == b"%PDF-") {
            return Some(EvidenceKind::Pdf);
        }
        // A workbook is a zip whose parts name the Excel workbook.
        let has = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
        if bytes.starts_with(b"PK\x03\x04") && has(b"[Content_Types].xml") && has(b"xl/workbook.xml") {
            return Some(EvidenceKind::Xlsx);
        }
        None
    }

    /// The media type a viewer is chosen by.
    pub fn media_type(self) -> &'static str {
        match self {
            EvidenceKind::Pdf => "application/pdf",
            EvidenceKind::Png => "image/png",
            EvidenceKind::Jpeg => "image/jpeg",
            EvidenceKind::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        }
    }
}

/// One attached file as both sides list it: which item, what it is called,
/// what it is, and its SHA-256, by which a package names its member and the
/// auditor knows a swapped file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct EvidenceFile {
    pub item_id: String,
    pub name: String,
    pub kind: EvidenceKind,
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub size: u64,
    /// Lower-case hex.
    pub sha256: String,
    /// When it was attached (RFC 3339, the terminal's clock).
    pub added_at: String,
}

/// A 証跡ファイル as the window lists it: the file, and its size in the words
/// the reports and the command line print ([`size_text`]), so the window
/// keeps no size rule of its own that could round a file differently.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ListedEvidence {
    #[serde(flatten)]
    pub file: EvidenceFile,
    pub size_text: String,
}

impl From<EvidenceFile> for ListedEvidence {
    fn from(file: EvidenceFile) -> Self {
        Self { size_text: size_text(file.size), file }
    }
}

/// Why a file cannot be attached (or, at the auditor, why a package's file is refused).
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum EvidenceError {
    #[error("the file name is empty")]
    EmptyName,
    #[error("file name {0:?} names a folder or contains a control character")]
    NameHasPath(String),
    #[error("file name {name:?} is longer than {max} characters")]
    NameTooLong { name: String, max: usize },
    #[error("{0:?} is not a PDF, PNG, JPEG or xlsx file name")]
    UnsupportedType(String),
    #[error("{0:?} is empty")]
    EmptyFile(String),
    #[error("{name:?} is {size} bytes, more than {max}")]
    TooLarge { name: String, size: u64, max: u64 },
    #[error("{name:?} is named as {claimed:?} but its content is {found:?}")]
    ContentMismatch { name: String, claimed: EvidenceKind, found: Option<EvidenceKind> },
    #[error("the section's files would be {total} bytes, more than {max}")]
    SectionTooLarge { total: u64, max: u64 },
    #[error("the section already has {max} files")]
    TooManyFiles { max: usize },
    #[error("{name:?} is already attached to item {item}")]
    Duplicate { item: String, name: String },
}

/// The words a message uses for a kind.
fn kind_words(k: Option<EvidenceKind>) -> &'static str {
    match k {
        Some(EvidenceKind::Pdf) => "PDF",
        Some(EvidenceKind::Png) => "PNG",
        Some(EvidenceKind::Jpeg) => "JPEG",
        Some(EvidenceKind::Xlsx) => "xlsx",
        None => "other",
    }
}

impl Describe for EvidenceError {
    fn message(&self) -> Message {
        match self {
            EvidenceError::EmptyName => Message::new("evidence-empty-name"),
            EvidenceError::NameHasPath(n) => Message::new("evidence-name-has-path").arg("name", n),
            EvidenceError::NameTooLong { name, max } => {
                Message::new("evidence-name-too-long").arg("name", name).arg("max", *max)
            }
            EvidenceError::UnsupportedType(n) => Message::new("evidence-unsupported-type").arg("name", n),
            EvidenceError::EmptyFile(n) => Message::new("evidence-empty-file").arg("name", n),
            EvidenceError::TooLarge { name, size, max } => Message::new("evidence-too-large")
                .arg("name", name)
                .arg("size", size_text(*size))
                .arg("max", size_text(*max)),
            EvidenceError::ContentMismatch { name, claimed, found } => Message::new("evidence-content-mismatch")
                .arg("name", name)
                .arg("claimed", kind_words(Some(*claimed)))
                .arg("found", kind_words(*found)),
            EvidenceError::SectionTooLarge { total, max } => {
                Message::new("evidence-section-too-large").arg("total", size_text(*total)).arg("max", size_text(*max))
            }
            EvidenceError::TooManyFiles { max } => Message::new("evidence-too-many").arg("max", *max),
            EvidenceError::Duplicate { item, name } => {
                Message::new("evidence-duplicate").arg("item", item).arg("name", name)
            }
        }
    }
}

/// A size as people read it in both languages: 312 B, 48 KB, 4.8 MB.
pub fn size_text(bytes: u64) -> String {
    const KB: f64 = 1024.0;
    let b = bytes as f64;
    if bytes < 1024 {
        format!("{bytes} B")
    } else if b < KB * KB {
        format!("{:.0} KB", (b / KB).max(1.0))
    } else {
        format!("{:.1} MB", b / (KB * KB))
    }
}

/// The file name as stored: trimmed, NFC (names from a Mac arrive
/// decomposed), and refused if it could name a folder anywhere.
pub fn check_name(raw: &str) -> Result<String, EvidenceError> {
    let name: String = raw.trim().nfc().collect();
    if name.is_empty() {
        return Err(EvidenceError::EmptyName);
    }
    let shown = || name.chars().take(MAX_NAME_CHARS).collect::<String>();
    if name.chars().any(|c| matches!(c, '/' | '\\' | ':') || c.is_control()) || name == "." || name == ".." {
        return Err(EvidenceError::NameHasPath(shown()));
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(EvidenceError::NameTooLong { name: shown(), max: MAX_NAME_CHARS });
    }
    Ok(name)
}

/// Checks a file's size alone, before its bytes are read or carried (the
/// window asks this before it hands a chosen file over).
pub fn check_size(name: &str, size: u64) -> Result<(), EvidenceError> {
    if size == 0 {
        return Err(EvidenceError::EmptyFile(name.to_owned()));
    }
    if size > MAX_FILE_BYTES {
        return Err(EvidenceError::TooLarge { name: name.to_owned(), size, max: MAX_FILE_BYTES });
    }
    Ok(())
}

/// Checks one file as attached: its name, its size and that its content is
/// what its name says. Gives the stored name and the kind.
pub fn check_file(raw_name: &str, bytes: &[u8]) -> Result<(String, EvidenceKind), EvidenceError> {
    let name = check_name(raw_name)?;
    let claimed = EvidenceKind::from_name(&name).ok_or_else(|| EvidenceError::UnsupportedType(name.clone()))?;
    check_size(&name, bytes.len() as u64)?;
    let found = EvidenceKind::sniff(bytes);
    if found != Some(claimed) {
        return Err(EvidenceError::ContentMismatch { name, claimed, found });
    }
    Ok((name, claimed))
}

/// Checks that a section's files, with one more of `adding` bytes, stay within
/// the section's bounds.
pub fn check_section(files: &[EvidenceFile], adding: u64) -> Result<(), EvidenceError> {
    if files.len() >= MAX_SECTION_FILES {
        return Err(EvidenceError::TooManyFiles { max: MAX_SECTION_FILES });
    }
    let total = files.iter().map(|f| f.size).sum::<u64>().saturating_add(adding);
    if total > MAX_SECTION_BYTES {
        return Err(EvidenceError::SectionTooLarge { total, max: MAX_SECTION_BYTES });
    }
    Ok(())
}

/// Checks a whole list of files as a package brings it: every file as
/// [`check_file`] would (given its bytes by hash), no name twice on one item,
/// and the section's bounds.
pub fn check_received<'a>(
    files: &[EvidenceFile],
    bytes_of: impl Fn(&str) -> Option<&'a [u8]>,
) -> Result<(), ReceivedError> {
    if files.len() > MAX_SECTION_FILES {
        return Err(EvidenceError::TooManyFiles { max: MAX_SECTION_FILES }.into());
    }
    let mut total: u64 = 0;
    let mut seen = std::collections::HashSet::new();
    for f in files {
        let bytes = bytes_of(&f.sha256).ok_or_else(|| ReceivedError::Missing(f.sha256.clone()))?;
        let (name, kind) = check_file(&f.name, bytes)?;
        if name != f.name || kind != f.kind || bytes.len() as u64 != f.size || sha256_hex(bytes) != f.sha256 {
            return Err(ReceivedError::Inconsistent(f.name.clone()));
        }
        if !seen.insert((f.item_id.as_str(), f.name.as_str())) {
            return Err(EvidenceError::Duplicate { item: f.item_id.clone(), name: f.name.clone() }.into());
        }
        total = total.saturating_add(f.size);
    }
    if total > MAX_SECTION_BYTES {
        return Err(EvidenceError::SectionTooLarge { total, max: MAX_SECTION_BYTES }.into());
    }
    Ok(())
}

/// Why a package's list of files is refused.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ReceivedError {
    #[error(transparent)]
    File(#[from] EvidenceError),
    #[error("no member holds the file with SHA-256 {0}")]
    Missing(String),
    #[error("{0:?} is not what its entry says (name, kind, size or hash)")]
    Inconsistent(String),
}

/// SHA-256 of a file, lower-case hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
    const PDF: &[u8] = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n";

    fn listed(name: &str, bytes: &[u8]) -> EvidenceFile {
        EvidenceFile {
            item_id: "a".into(),
            name: name.into(),
            kind: EvidenceKind::from_name(name).unwrap(),
            size: bytes.len() as u64,
            sha256: sha256_hex(bytes),
            added_at: "2026-11-30T09:00:00+09:00".into(),
        }
    }

    #[test]
    fn a_file_is_what_its_content_says_not_what_its_name_says() {
        assert_eq!(check_file("持出し管理簿.pdf", PDF).unwrap(), ("持出し管理簿.pdf".into(), EvidenceKind::Pdf));
        assert_eq!(check_file("設定画面.PNG", PNG).unwrap().1, EvidenceKind::Png);
        assert_eq!(check_file("写真.jpg", b"\xFF\xD8\xFF\xE0rest").unwrap().1, EvidenceKind::Jpeg);
        // An executable renamed to .pdf, a PNG called .jpeg.
        assert_eq!(
            check_file("台帳.pdf", b"MZ\x90\0\x03"),
            Err(EvidenceError::ContentMismatch { name: "台帳.pdf".into(), claimed: EvidenceKind::Pdf, found: None })
        );
        assert!(matches!(
            check_file("x.jpeg", PNG),
            Err(EvidenceError::ContentMismatch { found: Some(EvidenceKind::Png), .. })
        ));
        // A zip that is not a workbook.
        assert!(matches!(
            check_file("x.xlsx", b"PK\x03\x04word/document.xml"),
            Err(EvidenceError::ContentMismatch { .. })
        ));
        assert_eq!(check_file("x.docx", PDF), Err(EvidenceError::UnsupportedType("x.docx".into())));
        assert_eq!(check_file("x.pdf", b""), Err(EvidenceError::EmptyFile("x.pdf".into())));
    }

    #[test]
    fn sizes_read_as_people_read_them() {
        // The window shows these words too (ListedEvidence), so a file reads the same on paper and on screen.
        let cases = [(312, "312 B"), (1023, "1023 B"), (1024, "1 KB"), (27007, "26 KB")];
        for (bytes, text) in cases.into_iter().chain([(1536 * 1024, "1.5 MB"), (5 * 1024 * 1024, "5.0 MB")]) {
            assert_eq!(size_text(bytes), text);
        }
        let file = EvidenceFile {
            item_id: "toshima-5-a".into(),
            name: "台帳.pdf".into(),
            kind: EvidenceKind::Pdf,
            size: 2560,
            sha256: "0".repeat(64),
            added_at: "2026-12-01T09:00:00+09:00".into(),
        };
        // 2.5 KB: a half, which a second rule elsewhere could round the other way.
        let listed = serde_json::to_value(ListedEvidence::from(file)).unwrap_or_default();
        assert_eq!((listed["name"].as_str(), listed["size_text"].as_str()), (Some("台帳.pdf"), Some("2 KB")));
    }

    #[test]
    fn names_that_could_name_a_folder_are_refused() {
        for bad in ["../x.pdf", "a/b.pdf", "a\\b.pdf", "C:x.pdf", "x\u{0}.pdf", "..", "x\n.pdf"] {
            assert!(matches!(check_name(bad), Err(EvidenceError::NameHasPath(_))), "{bad:?}");
        }
        assert_eq!(check_name("  "), Err(EvidenceError::EmptyName));
        assert!(matches!(check_name(&"あ".repeat(121)), Err(EvidenceError::NameTooLong { .. })));
        // 𠮷田 and a decomposed が (from a Mac) are kept, composed.
        assert_eq!(check_name(" 𠮷田の台帳.pdf ").unwrap(), "𠮷田の台帳.pdf");
        assert_eq!(check_name("か\u{3099}.pdf").unwrap(), "が.pdf");
    }

    #[test]
    fn one_file_and_one_section_have_their_bounds() {
        let mut big = PDF.to_vec();
        big.resize(MAX_FILE_BYTES as usize + 1, b' ');
        assert!(matches!(check_file("big.pdf", &big), Err(EvidenceError::TooLarge { .. })));
        big.truncate(MAX_FILE_BYTES as usize);
        assert!(check_file("big.pdf", &big).is_ok());
        let four = vec![EvidenceFile { size: MAX_FILE_BYTES, ..listed("a.pdf", PDF) }; 4];
        assert_eq!(check_section(&four, 0), Ok(()));
        assert!(matches!(check_section(&four, 1), Err(EvidenceError::SectionTooLarge { .. })));
        let many = vec![listed("a.pdf", PDF); MAX_SECTION_FILES];
        assert_eq!(check_section(&many, 1), Err(EvidenceError::TooManyFiles { max: MAX_SECTION_FILES }));
    }

    #[test]
    fn a_received_list_must_match_its_bytes() {
        let files = [listed("a.pdf", PDF), listed("b.png", PNG)];
        let by_hash = |h: &str| [PDF, PNG].into_iter().find(|b| sha256_hex(b) == h);
        assert_eq!(check_received(&files, by_hash), Ok(()));
        // A list entry that claims another size.
        let lying = [EvidenceFile { size: 3, ..listed("a.pdf", PDF) }];
        assert_eq!(check_received(&lying, by_hash), Err(ReceivedError::Inconsistent("a.pdf".into())));
        // A file whose member is not there.
        assert!(matches!(check_received(&files, |_| None), Err(ReceivedError::Missing(_))));
        // The same name twice on one item.
        let twice = [listed("a.pdf", PDF), listed("a.pdf", PDF)];
        assert!(matches!(check_received(&twice, by_hash), Err(ReceivedError::File(EvidenceError::Duplicate { .. }))));
    }
}
