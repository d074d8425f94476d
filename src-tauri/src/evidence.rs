//! 証跡ファイル in the window: the section attaches and removes files in the
//! answering panel; the auditor opens one read-only with the system's viewer
//! or saves it out. The rules are the core's and the store's; this module
//! only carries bytes and writes the copies the viewer and the user get.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use tauri::State;
use tenken_core::FiscalYear;
use tenken_core::evidence::{self, EvidenceFile, ListedEvidence};
use tenken_core::message::{Describe, Message};
use thiserror::Error;
use ts_rs::TS;

use crate::error::CommandError;
use crate::state::AppState;

type Reply<T> = Result<T, CommandError>;

/// Where a copy of an evidence file was written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct EvidenceCopy {
    pub path: String,
}

/// Why a copy could not be written or shown.
#[derive(Debug, Error)]
pub enum CopyError {
    #[error("cannot write {path}: {source}")]
    Write { path: PathBuf, source: std::io::Error },
    #[error("no viewer opened {path}: {source}")]
    NoViewer { path: PathBuf, source: std::io::Error },
}

impl Describe for CopyError {
    fn message(&self) -> Message {
        match self {
            CopyError::Write { path, source } => Message::new("report-error-output")
                .arg("path", path.display().to_string())
                .arg("detail", tenken_core::message::io_reason(source)),
            CopyError::NoViewer { path, .. } => {
                Message::new("app-evidence-no-viewer").arg("path", path.display().to_string())
            }
        }
    }
}

/// A section's files (the answering panel, the drill-down).
#[tauri::command(async)]
pub fn evidence_files(state: State<'_, AppState>, year: FiscalYear, dept: String) -> Reply<Vec<ListedEvidence>> {
    state.viewing(Some(&dept), |s| Ok(s.evidence_files(year, &dept)?.into_iter().map(Into::into).collect()))
}

/// Asked before a chosen file is read and handed over, so a file far too
/// large is refused by its size, in the core's words, without carrying it.
#[tauri::command(async)]
pub fn check_evidence_size(state: State<'_, AppState>, name: String, size: f64) -> Reply<()> {
    state.with_store(|_| {
        // A size from the page is a JS number; anything not a whole, finite count is no file's.
        let bytes = if size.is_finite() && size >= 0.0 { size as u64 } else { u64::MAX };
        Ok(evidence::check_size(&name, bytes).map_err(tenken_store::StoreError::from)?)
    })
}

/// Attaches a file the section chose (its name and bytes).
#[tauri::command(async)]
pub fn add_evidence(
    state: State<'_, AppState>,
    year: FiscalYear,
    dept: String,
    item: String,
    name: String,
    bytes: Vec<u8>,
) -> Reply<EvidenceFile> {
    state.with_store(|s| Ok(s.add_evidence(year, &dept, &item, &name, &bytes)?))
}

/// Takes a file off an answer.
#[tauri::command(async)]
pub fn remove_evidence(
    state: State<'_, AppState>,
    year: FiscalYear,
    dept: String,
    item: String,
    name: String,
) -> Reply<EvidenceFile> {
    state.with_store(|s| Ok(s.remove_evidence(year, &dept, &item, &name)?))
}

/// Opens a file with the system's viewer: a read-only copy in the temporary
/// folder, under the file's own name in a folder named by its hash, so two
/// files of the same name never meet and the database is never handed out.
#[tauri::command(async)]
pub fn open_evidence(
    state: State<'_, AppState>,
    year: FiscalYear,
    dept: String,
    item: String,
    name: String,
) -> Reply<EvidenceCopy> {
    let l = state.localizer();
    let (file, bytes) = content(&state, year, &dept, &item, &name)?;
    let dir = std::env::temp_dir().join("tenken-evidence").join(file.sha256.get(..16).unwrap_or(&file.sha256));
    let path = viewer_copy(&dir, &file, &bytes).map_err(|e| CommandError::new(&l, &e))?;
    open::that_detached(&path)
        .map_err(|source| CommandError::new(&l, &CopyError::NoViewer { path: path.clone(), source }))?;
    tracing::info!(path = %path.display(), "evidence file opened");
    Ok(EvidenceCopy { path: path.display().to_string() })
}

/// Saves a copy into `reports/証跡/<section>/` beside the database, never over an earlier one.
#[tauri::command(async)]
pub fn save_evidence(
    state: State<'_, AppState>,
    year: FiscalYear,
    dept: String,
    item: String,
    name: String,
) -> Reply<EvidenceCopy> {
    let l = state.localizer();
    let (file, bytes) = content(&state, year, &dept, &item, &name)?;
    let dir = crate::export::reports_dir(state.db_path()).join(l.text("app-evidence-folder")).join(&dept);
    let path = save_copy(&dir, &file, &bytes).map_err(|e| CommandError::new(&l, &e))?;
    tracing::info!(path = %path.display(), "evidence file saved");
    Ok(EvidenceCopy { path: path.display().to_string() })
}

/// A file with its bytes, for a section the window may see.
fn content(state: &AppState, year: FiscalYear, dept: &str, item: &str, name: &str) -> Reply<(EvidenceFile, Vec<u8>)> {
    state.viewing(Some(dept), |s| Ok(s.evidence_content(year, dept, item, name)?))
}

/// The viewer's copy, written once and made read-only (an existing copy is
/// the same bytes: its folder is named by their hash).
fn viewer_copy(dir: &Path, file: &EvidenceFile, bytes: &[u8]) -> Result<PathBuf, CopyError> {
    let path = dir.join(&file.name);
    let fail = |source| CopyError::Write { path: path.clone(), source };
    if std::fs::read(&path).is_ok_and(|b| b == bytes) {
        return Ok(path);
    }
    std::fs::create_dir_all(dir).map_err(fail)?;
    if path.exists() {
        let mut perms = std::fs::metadata(&path).map_err(fail)?.permissions();
        #[allow(clippy::permissions_set_readonly_false)]
        perms.set_readonly(false);
        std::fs::set_permissions(&path, perms).map_err(fail)?;
    }
    std::fs::write(&path, bytes).map_err(fail)?;
    let mut perms = std::fs::metadata(&path).map_err(fail)?.permissions();
    perms.set_readonly(true);
    std::fs::set_permissions(&path, perms).map_err(fail)?;
    Ok(path)
}

/// A saved copy: `name`, or `stem-2.ext`, `stem-3.ext` … when taken.
fn save_copy(dir: &Path, file: &EvidenceFile, bytes: &[u8]) -> Result<PathBuf, CopyError> {
    std::fs::create_dir_all(dir).map_err(|source| CopyError::Write { path: dir.to_owned(), source })?;
    let (stem, ext) = file.name.rsplit_once('.').unwrap_or((&file.name, ""));
    let path = crate::export::free_name(dir, stem, ext);
    let tmp = dir.join(format!(".{}.{}.tmp", file.sha256.get(..16).unwrap_or(""), std::process::id()));
    let written = std::fs::write(&tmp, bytes).and_then(|()| std::fs::rename(&tmp, &path));
    if let Err(source) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(CopyError::Write { path, source });
    }
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(name: &str, bytes: &[u8]) -> EvidenceFile {
        EvidenceFile {
            item_id: "toshima-5-a".into(),
            name: name.into(),
            kind: evidence::EvidenceKind::Pdf,
            size: bytes.len() as u64,
            sha256: evidence::sha256_hex(bytes),
            added_at: "2026-11-30T09:00:00+09:00".into(),
        }
    }

    #[test]
    fn the_viewers_copy_is_read_only_and_a_saved_copy_never_replaces_another() {
        let dir = tempfile::tempdir().unwrap();
        let pdf = b"%PDF-1.4\n%%EOF\n";
        let f = file("貸出簿.pdf", pdf);
        let shown = viewer_copy(&dir.path().join("view"), &f, pdf).unwrap();
        assert!(std::fs::metadata(&shown).unwrap().permissions().readonly());
        // Shown again: the same copy.
        assert_eq!(viewer_copy(&dir.path().join("view"), &f, pdf).unwrap(), shown);
        let a = save_copy(dir.path(), &f, pdf).unwrap();
        let b = save_copy(dir.path(), &f, pdf).unwrap();
        assert_eq!(a.file_name().unwrap(), "貸出簿.pdf");
        assert_eq!(b.file_name().unwrap(), "貸出簿-2.pdf");
        assert_eq!(std::fs::read(&b).unwrap(), pdf);
    }
}
