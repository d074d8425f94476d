//! Backups: SQLite's online backup into `backups/` beside the database,
//! automatic ones before an import, a restore or a schema upgrade (the newest
//! [`KEEP_AUTOMATIC`] kept), manual ones kept until someone deletes them.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, MAIN_DB, OptionalExtension, params};
use serde::{Deserialize, Serialize};

use crate::{Result, Store, StoreError};

/// How many automatic backups are kept per database (older ones are deleted).
pub const KEEP_AUTOMATIC: usize = 20;

/// Reasons that mark a backup as automatic (and so prunable).
const AUTOMATIC: [&str; 3] = ["import", "restore", "migrate"];

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> StoreError + '_ {
    move |source| StoreError::Io { path: path.to_owned(), source }
}

/// The folder backups of `db` go to: `backups/` beside it.
pub fn backup_dir(db: &Path) -> PathBuf {
    db.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new(".")).join("backups")
}

fn stem(db: &Path) -> String {
    db.file_stem().map_or_else(|| "tenken".to_owned(), |s| s.to_string_lossy().into_owned())
}

/// What a restore did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Restored {
    /// The backup of the database as it was just before (none if there was no database).
    pub previous: Option<PathBuf>,
    /// The schema version the restored file had.
    pub schema: i64,
}

/// The file SQLite keeps beside a database under this suffix (`-wal`, `-shm`, `-journal`).
fn with_suffix(db: &Path, suffix: &str) -> PathBuf {
    let mut p = db.as_os_str().to_owned();
    p.push(suffix);
    PathBuf::from(p)
}

/// A temporary file in `dir` that becomes a database or a backup by being
/// renamed once complete (same folder, so the rename is atomic). It gets the
/// permissions an ordinary new file gets (the user's umask), not the private
/// ones of a temporary file; dropped without being kept, it is removed.
pub(crate) fn new_file_beside(dir: &Path, prefix: &str) -> Result<tempfile::NamedTempFile> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(prefix).suffix(".db");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    builder.tempfile_in(dir).map_err(io(dir))
}

/// Writes a new database file at `dest` the one safe way: refused when
/// `dest` exists, its folder made if needed, built by `fill` in a temporary
/// file beside it, flushed, and moved into place only then. A full disk or a
/// failure in `fill` leaves nothing under the real name, and nothing beside it.
pub(crate) fn write_new_database(dest: &Path, prefix: &str, fill: impl FnOnce(&Path) -> Result<()>) -> Result<()> {
    if dest.exists() {
        return Err(StoreError::AlreadyExists(dest.to_owned()));
    }
    let dir = match dest.parent().filter(|d| !d.as_os_str().is_empty()) {
        Some(dir) => {
            std::fs::create_dir_all(dir).map_err(io(dir))?;
            dir
        }
        None => Path::new("."),
    };
    let tmp = new_file_beside(dir, prefix)?;
    if let Err(e) = fill(tmp.path()).and_then(|()| tmp.as_file().sync_all().map_err(io(tmp.path()))) {
        remove_sidecars(tmp.path());
        return Err(e);
    }
    tmp.persist_noclobber(dest).map_err(|e| match e.error.kind() {
        std::io::ErrorKind::AlreadyExists => StoreError::AlreadyExists(dest.to_owned()),
        _ => StoreError::Io { path: dest.to_owned(), source: e.error },
    })?;
    Ok(())
}

/// Removes what SQLite may have kept beside a temporary database of ours
/// (its journal, log and index) after a failure; the file itself is the
/// caller's. Best effort: there is nothing more to do if this fails too.
pub(crate) fn remove_sidecars(db: &Path) {
    for suffix in ["-wal", "-shm", "-journal"] {
        let _ = std::fs::remove_file(with_suffix(db, suffix));
    }
}

/// A database in WAL mode as it lies on the disk: the file, its write-ahead
/// log and its shared-memory index. Deleting a database means deleting all three.
pub fn database_files(db: &Path) -> [PathBuf; 3] {
    [db.to_owned(), with_suffix(db, "-wal"), with_suffix(db, "-shm")]
}

impl Store {
    /// Online backup of this database into a new file (never over an existing one).
    ///
    /// The copy is made in a temporary file in the same folder and moved to
    /// `dest` only when it is complete and flushed: a full disk leaves no
    /// file at all, never an empty or half backup under the real name.
    pub fn backup_to(&self, dest: &Path) -> Result<()> {
        // One pass over every page, the copy unflushed until it is complete,
        // then one flush of the whole file: a large ward's 100 MB database is
        // copied in one go instead of 100 pages at a time with a flush each.
        write_new_database(dest, ".tenken-backup-", |tmp| {
            let mut dst = Connection::open(tmp)?;
            dst.pragma_update(None, "synchronous", "OFF")?;
            {
                let backup = rusqlite::backup::Backup::new_with_names(&self.conn, MAIN_DB, &mut dst, MAIN_DB)?;
                loop {
                    match backup.step(-1)? {
                        rusqlite::backup::StepResult::Done => break,
                        _ => std::thread::sleep(std::time::Duration::from_millis(10)),
                    }
                }
            }
            dst.close().map_err(|(_, e)| StoreError::from(e))
        })?;
        tracing::info!(dest = %dest.display(), "backup written");
        Ok(())
    }

    /// A backup into `backups/` named by time and reason
    /// (`tenken-20261123-153012-import.db`). Automatic reasons are pruned to
    /// the newest [`KEEP_AUTOMATIC`].
    pub fn backup_auto(&self, reason: &str) -> Result<PathBuf> {
        let dir = backup_dir(&self.path);
        let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S");
        let base = format!("{}-{stamp}-{reason}", stem(&self.path));
        let mut dest = dir.join(format!("{base}.db"));
        let mut n = 2;
        while dest.exists() {
            dest = dir.join(format!("{base}-{n}.db"));
            n += 1;
        }
        self.backup_to(&dest)?;
        if AUTOMATIC.contains(&reason) {
            self.prune_backups()?;
        }
        Ok(dest)
    }

    fn prune_backups(&self) -> Result<()> {
        let dir = backup_dir(&self.path);
        let prefix = format!("{}-", stem(&self.path));
        let mut automatic: Vec<PathBuf> = std::fs::read_dir(&dir)
            .map_err(io(&dir))?
            .flatten()
            .map(|e| e.path())
            .filter(|p| {
                let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                name.starts_with(&prefix)
                    && name.ends_with(".db")
                    && AUTOMATIC.iter().any(|r| name.contains(&format!("-{r}")))
            })
            .collect();
        automatic.sort();
        let excess = automatic.len().saturating_sub(KEEP_AUTOMATIC);
        for old in automatic.into_iter().take(excess) {
            std::fs::remove_file(&old).map_err(io(&old))?;
            tracing::info!(path = %old.display(), "old automatic backup removed");
        }
        Ok(())
    }

    /// Replaces the database at `db` with the backup `from`. The backup is
    /// checked first on a copy (a tenken database, a schema this program
    /// knows, SQLite's integrity check), then the current database is backed
    /// up, then replaced. This installation keeps its own key: restoring data
    /// does not change who the terminal is.
    pub fn restore_backup(db: &Path, from: &Path) -> Result<Restored> {
        // A named pipe or a device would never end; a missing file is said as a missing backup.
        match crate::input::check_input(from, crate::input::MAX_BACKUP) {
            Err(crate::input::InputError::Missing(_)) => return Err(StoreError::NotFound(from.to_owned())),
            Err(e) => return Err(e.into()),
            Ok(_) => {}
        }
        let dir = backup_dir(db);
        std::fs::create_dir_all(&dir).map_err(io(&dir))?;
        let check = dir.join(format!(".restore-check-{}.db", std::process::id()));
        let cleanup = |p: &Path| {
            for suffix in ["", "-wal", "-shm", "-journal"] {
                let _ = std::fs::remove_file(with_suffix(p, suffix));
            }
        };
        cleanup(&check);
        if let Err(e) = std::fs::copy(from, &check) {
            cleanup(&check);
            return Err(StoreError::Io { path: check, source: e });
        }
        let checked = (|| {
            // Store::open refuses what is not a tenken database of a known schema, without writing to it.
            let version = header_version(&check)?;
            let store = Store::open(&check)?;
            let result: String = store.conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
            if result != "ok" {
                return Err(StoreError::Corrupt(result));
            }
            Ok(version)
        })();
        let schema = match checked {
            Ok(v) => v,
            Err(e) => {
                cleanup(&check);
                return Err(match e {
                    StoreError::NotADatabase(_) => StoreError::NotADatabase(from.to_owned()),
                    StoreError::NotTenken(_) => StoreError::NotTenken(from.to_owned()),
                    other => other,
                });
            }
        };
        let outcome = if db.exists() {
            (|| {
                let mut current = Store::open(db)?;
                let previous = current.backup_auto("restore")?;
                let key: Option<(Vec<u8>, String, String)> = current
                    .conn
                    .query_row("SELECT secret, public_key, created_at FROM installation_key WHERE id = 1", [], |r| {
                        Ok((r.get(0)?, r.get(1)?, r.get(2)?))
                    })
                    .optional()?;
                current.conn.restore(MAIN_DB, &check, None::<fn(rusqlite::backup::Progress)>)?;
                if let Some((secret, public_key, created_at)) = key {
                    keep_key(&current.conn, &secret, &public_key, &created_at)?;
                }
                Ok(Restored { previous: Some(previous), schema })
            })()
        } else {
            // Complete beside `db` first, then moved into place: never a half database under its name.
            write_new_database(db, ".tenken-restore-", |tmp| {
                // Into the file the temporary one holds open (a second handle,
                // as SQLite takes one), never by replacing it.
                let mut source = std::fs::File::open(&check).map_err(io(&check))?;
                let mut dest = std::fs::OpenOptions::new().write(true).open(tmp).map_err(io(tmp))?;
                std::io::copy(&mut source, &mut dest).map_err(io(tmp))?;
                Ok(())
            })?;
            Ok(Restored { previous: None, schema })
        };
        cleanup(&check);
        if outcome.is_ok() {
            tracing::info!(from = %from.display(), db = %db.display(), "backup restored");
        }
        outcome
    }
}

fn keep_key(conn: &Connection, secret: &[u8], public_key: &str, created_at: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO installation_key (id, secret, public_key, created_at) VALUES (1, ?1, ?2, ?3)
         ON CONFLICT (id) DO UPDATE SET secret = excluded.secret, public_key = excluded.public_key,
            created_at = excluded.created_at",
        params![secret, public_key, created_at],
    )?;
    Ok(())
}

/// The schema version (`user_version`) from a file's SQLite header, read
/// before anything opens it (opening upgrades it).
fn header_version(path: &Path) -> Result<i64> {
    use std::io::Read;
    let mut bytes = Vec::with_capacity(100);
    std::fs::File::open(path).and_then(|f| f.take(100).read_to_end(&mut bytes)).map_err(io(path))?;
    match bytes.get(..100) {
        Some(h) if h.starts_with(b"SQLite format 3\0") => {
            Ok(i64::from(u32::from_be_bytes([h[60], h[61], h[62], h[63]])))
        }
        _ => Err(StoreError::NotADatabase(path.to_owned())),
    }
}
