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
    ])
});

/// The schema version this program writes.
pub const SCHEMA_VERSION: i64 = 6;

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
    match (read("application_id"), read("user_version")) {
        (Ok(app), Ok(version)) => Ok((app, version)),
        _ => Err(StoreError::NotADatabase(path.to_owned())),
    }
}

fn configure(conn: &Connection) -> Result<()> {
    conn.pragma_update(None, "journal_mode", "WAL")?;
    // FULL: a saved answer survives a power cut, not only a crash of the program.
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    // A large ward's database is 100 MB and more after five years; SQLite's
    // default 2 MB page cache would re-read the indexes an import writes
    // into for every package. 32 MB (taken only as pages are used).
    conn.pragma_update(None, "cache_size", -32_768)?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    Ok(())
}

impl Store {
    /// Opens an existing tenken database, upgrading its schema if it is older.
    pub fn open(path: &Path) -> Result<Store> {
        if !path.is_file() {
            return Err(StoreError::NotFound(path.to_owned()));
        }
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
        let conn = Connection::open(path)?;
        configure(&conn)?;
        let mut store = Store { conn, path: path.to_owned(), questionnaires: HashMap::new(), auth: Default::default() };
        if version < SCHEMA_VERSION {
            // A schema upgrade rewrites tables: keep the database as it was
            // first (pruned like the other automatic backups).
            let backup = store.backup_auto("migrate")?;
            tracing::info!(from = version, to = SCHEMA_VERSION, backup = %backup.display(), "upgrading the schema");
        }
        MIGRATIONS.to_latest(&mut store.conn)?;
        crate::keys::ensure_installation_key(&store.conn)?;
        Ok(store)
    }

    /// Creates a new, empty database. Refuses to touch an existing file.
    pub fn create(path: &Path) -> Result<Store> {
        if path.exists() {
            return Err(StoreError::AlreadyExists(path.to_owned()));
        }
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(io(dir))?;
        }
        let mut conn = Connection::open(path)?;
        configure(&conn)?;
        conn.pragma_update(None, "application_id", APPLICATION_ID)?;
        MIGRATIONS.to_latest(&mut conn)?;
        crate::keys::ensure_installation_key(&conn)?;
        tracing::info!(path = %path.display(), "database created");
        Ok(Store { conn, path: path.to_owned(), questionnaires: HashMap::new(), auth: Default::default() })
    }

    /// Opens the database, creating it first if there is none.
    pub fn open_or_create(path: &Path) -> Result<Store> {
        if path.exists() { Store::open(path) } else { Store::create(path) }
    }
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
