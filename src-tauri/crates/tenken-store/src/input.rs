//! Reading a file the user named: the one reader every command uses for a
//! CSV, a spreadsheet, a checklist, a policy text, a package or a backup.
//!
//! What is not a regular file (a named pipe, `/dev/zero`, a folder) is
//! refused before it is opened, since reading it may never end; and nothing
//! is read past the size the caller allows, so a huge or endless file cannot
//! fill the memory.

use std::io::Read;
use std::path::{Path, PathBuf};

use tenken_core::message::{Describe, Message};
use thiserror::Error;

/// The largest text input (a department CSV, a checklist TOML, a policy
/// text): far beyond any real ward's files, small enough to hold in memory.
pub const MAX_TEXT: u64 = 16 * 1024 * 1024;

/// The largest spreadsheet read (an .xlsx checklist).
pub const MAX_WORKBOOK: u64 = 64 * 1024 * 1024;

/// The largest backup restored: a large ward's database is 100 MB and more
/// after five years; this leaves room for many more years.
pub const MAX_BACKUP: u64 = 8 * 1024 * 1024 * 1024;

/// Why a named file could not be read.
#[derive(Debug, Error)]
pub enum InputError {
    #[error("{0} does not exist")]
    Missing(PathBuf),
    #[error("{0} is a folder")]
    Folder(PathBuf),
    #[error("{0} is not a regular file")]
    NotAFile(PathBuf),
    #[error("{path} is {size} bytes, more than {max}")]
    TooLarge { path: PathBuf, size: u64, max: u64 },
    #[error("cannot read {path}: {source}")]
    Unreadable { path: PathBuf, source: std::io::Error },
}

/// Checks that `path` is a regular file (symbolic links followed) of at most
/// `max` bytes, without opening it, and returns its size.
pub fn check_input(path: &Path, max: u64) -> Result<u64, InputError> {
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(InputError::Missing(path.to_owned())),
        Err(source) => return Err(InputError::Unreadable { path: path.to_owned(), source }),
    };
    if meta.is_dir() {
        return Err(InputError::Folder(path.to_owned()));
    }
    if !meta.is_file() {
        return Err(InputError::NotAFile(path.to_owned()));
    }
    if meta.len() > max {
        return Err(InputError::TooLarge { path: path.to_owned(), size: meta.len(), max });
    }
    Ok(meta.len())
}

/// Reads the whole of a regular file of at most `max` bytes. A file that
/// grows past `max` while it is read is refused as too large.
pub fn read_input(path: &Path, max: u64) -> Result<Vec<u8>, InputError> {
    let size = check_input(path, max)?;
    let unreadable = |source| InputError::Unreadable { path: path.to_owned(), source };
    let file = std::fs::File::open(path).map_err(unreadable)?;
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    file.take(max + 1).read_to_end(&mut bytes).map_err(unreadable)?;
    if bytes.len() as u64 > max {
        return Err(InputError::TooLarge { path: path.to_owned(), size: bytes.len() as u64, max });
    }
    Ok(bytes)
}

/// A size in the unit a person reads (KB, MB or GB, 1024-based).
fn human(bytes: u64) -> String {
    const UNITS: [(&str, u64); 3] = [("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)];
    for (unit, size) in UNITS {
        if bytes >= size {
            return format!("{:.1} {unit}", bytes as f64 / size as f64);
        }
    }
    format!("{bytes} B")
}

impl Describe for InputError {
    fn message(&self) -> Message {
        let p = |p: &PathBuf| p.display().to_string();
        match self {
            InputError::Missing(path) => Message::new("input-missing").arg("path", p(path)),
            InputError::Folder(path) => Message::new("input-folder").arg("path", p(path)),
            InputError::NotAFile(path) => Message::new("input-not-a-file").arg("path", p(path)),
            InputError::TooLarge { path, size, max } => {
                Message::new("input-too-large").arg("path", p(path)).arg("size", human(*size)).arg("max", human(*max))
            }
            InputError::Unreadable { path, source } => {
                Message::new("input-unreadable").arg("path", p(path)).arg("reason", io_reason(source))
            }
        }
    }
}

/// Why a file could not be read or written, as a word the catalogues
/// select on (`permission`, `full`, `other`), so a Japanese message never
/// carries the system's English text.
pub(crate) fn io_reason(e: &std::io::Error) -> &'static str {
    use std::io::ErrorKind;
    match e.kind() {
        ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem => "permission",
        ErrorKind::StorageFull | ErrorKind::FileTooLarge | ErrorKind::QuotaExceeded => "full",
        _ => "other",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[cfg_attr(windows, ignore = "/dev/zero is a Unix device; Windows has no such path")]
    fn a_device_is_refused_before_it_is_read() {
        assert!(matches!(read_input(Path::new("/dev/zero"), 10), Err(InputError::NotAFile(_))));
    }

    #[test]
    fn a_file_over_the_limit_is_refused_and_one_at_the_limit_is_read() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("x.csv");
        std::fs::write(&f, b"0123456789").unwrap();
        assert_eq!(read_input(&f, 10).unwrap().len(), 10);
        assert!(matches!(read_input(&f, 9), Err(InputError::TooLarge { size: 10, max: 9, .. })));
        assert!(matches!(read_input(dir.path(), 9), Err(InputError::Folder(_))));
        assert!(matches!(read_input(&dir.path().join("none"), 9), Err(InputError::Missing(_))));
    }

    #[test]
    fn sizes_read_as_a_person_says_them() {
        assert_eq!(human(512), "512 B");
        assert_eq!(human(16 * 1024 * 1024), "16.0 MB");
    }
}
