//! Opening and creating database files without ever damaging one.
//!
//! Before SQLite is allowed to write anything, the file is checked: it must
//! be an SQLite file, carry tenken's application id and have a schema this
//! program knows. A file that fails any check is left exactly as it was.

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use rusqlite::{Connection, OpenFlags};
use rusqlite_migration::{M, Migrations};

use crate::{Result, Store, StoreError};

/// `PRAGMA application_id` of tenken databases ("tenk").
const APPLICATION_ID: i64 = 0x7465_6e6b;

static MIGRATIONS: LazyLock<Migrations<'static>> = LazyLock::new(|| {
    Migrations::new(vec![
        M::up(include_str!("schema.sql")),
        M::up(include_str!("schema_v2.sql")),
        M::up(include_str!("schema_v3.sql")),
        M::up(include_str!("schema_v4.sql")),
        M::up(include_str!("schema_v5.sql")),
        M::up(include_str!("schema_v6.sql")),
        M::up(include_str!("schema_v7.sql")),
        M::up(include_str!("schema_v8.sql")),
        M::up(include_str!("schema_v9.sql")),
        M::up(include_str!("schema_v10.sql")),
        M::up(include_str!("schema_v11.sql")),
        M::up(include_str!("schema_v12.sql")),
        M::up(include_str!("schema_v13.sql")),
    ])
});

/// The schema version this program writes.
pub const SCHEMA_VERSION: i64 = 13;

/// Where the database lives when `--db` is not given: the OS data directory
/// (`~/.local/share/tenken` on Linux, `%APPDATA%\tenken` on Windows).
pub fn db_path_default(data_dir: &Path) -> PathBuf {
    data_dir.join("tenken.db")
}

/// The database the window and the command line both open when neither
/// `--db` nor `TENKEN_DB` names one, so that `tenken demo` and the menu
/// entry of an installed tenken see the same data: `tenken.db` in the user's
/// data folder as the OS defines it (Linux `$XDG_DATA_HOME/tenken`, Windows
/// `%APPDATA%\tenken\tenken\data`, macOS `~/Library/Application Support/jp.tenken.tenken`).
/// `None` when the system names no home folder.
pub fn default_db() -> Option<PathBuf> {
    directories::ProjectDirs::from("jp", "tenken", "tenken").map(|dirs| db_path_default(dirs.data_dir()))
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> StoreError + '_ {
    move |source| StoreError::Io { path: path.to_owned(), source }
}

/// Whether the first bytes are SQLite's header. An empty file counts as
/// not-a-database: SQLite would silently turn it into one.
fn looks_like_sqlite(path: &Path) -> Result<bool> {
    let mut header = [0u8; 16];
    let mut file = std::fs::File::open(path).map_err(io(path))?;
    let n = file.read(&mut header).map_err(io(path))?;
    Ok(n == 16 && &header == b"SQLite format 3\0")
}

/// Reads `(application_id, user_version)` without writing anything.
fn peek(path: &Path) -> Result<(i64, i64)> {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)
        .map_err(|_| StoreError::NotADatabase(path.to_owned()))?;
    let read = |pragma: &str| conn.query_row(&format!("PRAGMA {pragma}"), [], |r| r.get::<_, i64>(0));
    let not_a_database = |e: rusqlite::Error| match e.sqlite_error_code() {
        // Busy, a full disk, a read-only place: said as what they are, not as a wrong file.
        Some(rusqlite::ErrorCode::NotADatabase | rusqlite::ErrorCode::DatabaseCorrupt) | None => {
            StoreError::NotADatabase(path.to_owned())
        }
        Some(_) => StoreError::from(e),
    };
    Ok((read("application_id").map_err(not_a_database)?, read("user_version").map_err(not_a_database)?))
}

fn configure(conn: &Connection, access: Access) -> Result<()> {
    // Already WAL for every database tenken made; then this changes nothing
    // and takes no lock, so it works while another tenken writes.
    conn.pragma_update(None, "journal_mode", "WAL")?;
    // FULL: a saved answer survives a power cut, not only a crash of the program.
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    // A large ward's database is 100 MB and more after five years; SQLite's
    // default 2 MB page cache would re-read the indexes an import writes
    // into for every package. 32 MB (taken only as pages are used) for a
    // store that changes things. A command that only reads passes over each
    // page once: there the default cache reuses its memory, where a larger
    // one would take (and zero) new memory for every page read.
    if access == Access::Change {
        conn.pragma_update(None, "cache_size", -32_768)?;
    }
    conn.busy_timeout(BUSY_TIMEOUT)?;
    Ok(())
}

/// How long a change waits for another tenken (a second window, an import
/// in another terminal) to finish its own before saying the database is in
/// use. Readers never wait: WAL lets them read beside a writer.
pub const BUSY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(5);

/// Whether a command will change the database or only read it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Access {
    Change,
    Read,
}

/// Says why a database cannot be used before SQLite touches it: a folder,
/// something not a file, a file or a folder this user may not write (SQLite
/// needs both for its `-wal` and `-shm` files, and would otherwise leave
/// them behind, made read-only like the database).
fn check_writable(path: &Path) -> Result<()> {
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => StoreError::NotFound(path.to_owned()),
        _ => StoreError::Io { path: path.to_owned(), source: e },
    })?;
    if meta.is_dir() {
        return Err(StoreError::IsFolder(path.to_owned()));
    }
    if !meta.is_file() {
        return Err(StoreError::NotADatabase(path.to_owned()));
    }
    let denied = |e: &std::io::Error| {
        matches!(e.kind(), std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem)
    };
    // Opening for writing writes nothing; it asks the system the real
    // question (permissions, a read-only mount, an immutable file).
    if let Err(e) = std::fs::OpenOptions::new().read(true).write(true).open(path) {
        return Err(if denied(&e) { StoreError::ReadOnlyFile(path.to_owned()) } else { io(path)(e) });
    }
    let [_, wal, shm] = crate::backup::database_files(path);
    if !wal.exists() || !shm.exists() {
        let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
        // An unnamed file the system removes on close: nothing is left behind.
        if let Err(e) = tempfile::tempfile_in(dir) {
            return Err(if denied(&e) { StoreError::ReadOnlyFolder(path.to_owned()) } else { io(dir)(e) });
        }
    }
    Ok(())
}

impl Store {
    /// Opens an existing tenken database to change it, upgrading its schema if it is older.
    pub fn open(path: &Path) -> Result<Store> {
        Store::open_with(path, Access::Change)
    }

    /// Opens an existing tenken database for a command that only reads it
    /// (status, lists, reports). Its operations do not take the write lock,
    /// so they run while another tenken imports or saves. A database of an
    /// older schema is upgraded first, as [`Store::open`] does.
    pub fn open_to_read(path: &Path) -> Result<Store> {
        Store::open_with(path, Access::Read)
    }

    fn open_with(path: &Path, access: Access) -> Result<Store> {
        check_writable(path)?;
        if !looks_like_sqlite(path)? {
            return Err(StoreError::NotADatabase(path.to_owned()));
        }
        let (app, version) = peek(path)?;
        if app != APPLICATION_ID {
            return Err(StoreError::NotTenken(path.to_owned()));
        }
        if version > SCHEMA_VERSION {
            return Err(StoreError::TooNew { found: version, supported: SCHEMA_VERSION });
        }
        let conn =
            Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
        if conn.is_readonly(rusqlite::MAIN_DB)? {
            // The system let us open it, SQLite could not write it (a file
            // made read-only between the check and the open).
            return Err(StoreError::ReadOnlyFile(path.to_owned()));
        }
        configure(&conn, access)?;
        let mut store = Store {
            conn,
            path: path.to_owned(),
            questionnaires: HashMap::new(),
            fingerprint: None,
            auth: Default::default(),
            read_only: access == Access::Read,
        };
        if version < SCHEMA_VERSION {
            // A schema upgrade rewrites tables: keep the database as it was
            // first (pruned like the other automatic backups).
            let backup = store.backup_auto("migrate")?;
            tracing::info!(from = version, to = SCHEMA_VERSION, backup = %backup.display(), "upgrading the schema");
            MIGRATIONS.to_latest(&mut store.conn)?;
        }
        if access == Access::Change {
            crate::keys::ensure_installation_key(&store.conn)?;
        }
        Ok(store)
    }

    /// Creates a new, empty database. Refuses to touch an existing file.
    ///
    /// The database is made complete in a temporary file beside `path` and
    /// only then moved into place, so a full disk or a crash leaves either
    /// no file or a whole database, never an empty one that `init` would
    /// then refuse.
    pub fn create(path: &Path) -> Result<Store> {
        if path.is_dir() {
            return Err(StoreError::IsFolder(path.to_owned()));
        }
        if empty_leftover(path) {
            // A 0-byte file holds no data: what an earlier tenken left when
            // `init` failed on a full disk. It is replaced, not refused as
            // "not a tenken database".
            tracing::info!(path = %path.display(), "replacing an empty database file");
            for f in crate::backup::database_files(path) {
                let _ = std::fs::remove_file(f);
            }
        }
        crate::backup::write_new_database(path, ".tenken-new-", |tmp| {
            let mut conn = Connection::open(tmp)?;
            // The rollback journal while building: a WAL file would have to be
            // moved along; the database becomes WAL when it is first opened.
            conn.pragma_update(None, "synchronous", "FULL")?;
            conn.pragma_update(None, "application_id", APPLICATION_ID)?;
            MIGRATIONS.to_latest(&mut conn)?;
            crate::keys::ensure_installation_key(&conn)?;
            conn.close().map_err(|(_, e)| StoreError::from(e))
        })?;
        tracing::info!(path = %path.display(), "database created");
        Store::open(path)
    }

    /// Opens the database, creating it first if there is none.
    pub fn open_or_create(path: &Path) -> Result<Store> {
        if path.exists() { Store::open(path) } else { Store::create(path) }
    }
}

/// A regular file of 0 bytes whose write-ahead log holds nothing either: no
/// database was ever written there.
fn empty_leftover(path: &Path) -> bool {
    let empty = |p: &Path| std::fs::symlink_metadata(p).is_ok_and(|m| m.is_file() && m.len() == 0);
    let [_, wal, _] = crate::backup::database_files(path);
    empty(path) && (!wal.exists() || empty(&wal))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_database_is_tenken_db_in_a_tenken_folder() {
        if let Some(db) = default_db() {
            assert_eq!(db.file_name().and_then(|n| n.to_str()), Some("tenken.db"));
            assert!(db.components().any(|c| c.as_os_str().to_string_lossy().contains("tenken")), "{}", db.display());
        }
    }

    /// A reading store reads beside another connection's write
    /// transaction; a changing one waits, then says the database is busy.
    #[test]
    fn readers_read_beside_a_writer_and_a_change_is_told_busy() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("t.db");
        drop(Store::create(&db).unwrap());
        let writer = Connection::open(&db).unwrap();
        writer.execute_batch("BEGIN IMMEDIATE").unwrap();
        let mut reader = Store::open_to_read(&db).unwrap();
        assert!(reader.campaigns().unwrap().is_empty());
        let mut changer = Store::open(&db).unwrap();
        let refused =
            changer.import_departments(b"code,name,parent,tiers\nB1,\xe5\x8c\xba\xe6\xb0\x91\xe9\x83\xa8,,\n");
        assert!(matches!(refused, Err(StoreError::Busy)), "{refused:?}");
        writer.execute_batch("ROLLBACK").unwrap();
    }

    /// A folder given as the database is said to be a folder, by `create` and `open`.
    #[test]
    fn a_folder_is_not_a_database() {
        let dir = tempfile::tempdir().unwrap();
        assert!(matches!(Store::create(dir.path()), Err(StoreError::IsFolder(_))));
        assert!(matches!(Store::open(dir.path()), Err(StoreError::IsFolder(_))));
        assert!(matches!(Store::open_to_read(dir.path()), Err(StoreError::IsFolder(_))));
    }

    #[test]
    fn migrations_are_valid() {
        assert!(MIGRATIONS.validate().is_ok());
    }

    /// A database of an older schema is backed up, as it was, before it is upgraded.
    #[test]
    fn an_older_database_is_backed_up_before_its_schema_is_upgraded() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("old.db");
        {
            let mut conn = Connection::open(&db).unwrap();
            conn.pragma_update(None, "application_id", APPLICATION_ID).unwrap();
            MIGRATIONS.to_version(&mut conn, 3).unwrap();
            conn.execute(
                "INSERT INTO departments (code, name, parent, tiers, position) VALUES ('1', '総務課', NULL, '', 1)",
                [],
            )
            .unwrap();
        }
        let store = Store::open(&db).unwrap();
        let version: i64 = store.conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
        assert_eq!(version, SCHEMA_VERSION);
        let backups: Vec<_> =
            std::fs::read_dir(crate::backup::backup_dir(&db)).unwrap().flatten().map(|e| e.path()).collect();
        assert_eq!(backups.len(), 1, "{backups:?}");
        assert!(backups[0].to_string_lossy().ends_with("-migrate.db"), "{backups:?}");
        let old = Connection::open_with_flags(&backups[0], OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
        let (v, name): (i64, String) = (
            old.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap(),
            old.query_row("SELECT name FROM departments", [], |r| r.get(0)).unwrap(),
        );
        assert_eq!((v, name.as_str()), (3, "総務課"), "the backup is the database as it was");
        drop(old);
        drop(store);
        // Opening it again (now current) makes no further backup.
        Store::open(&db).unwrap();
        let dbs = std::fs::read_dir(crate::backup::backup_dir(&db))
            .unwrap()
            .flatten()
            .filter(|e| e.path().extension().is_some_and(|x| x == "db"))
            .count();
        assert_eq!(dbs, 1);
    }
}
