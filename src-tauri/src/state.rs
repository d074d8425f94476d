//! The app's state: the open database and the language of the window.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};

use chrono::Local;
use tenken_core::FiscalYear;
use tenken_i18n::{Lang, Localizer};
use tenken_store::{Store, StoreError};

use crate::error::{AppError, CommandError};

/// The window's language, in the store's `settings` table. (The role and the
/// section are the store's own: `tenken_store::auth`.)
pub const KEY_LANG: &str = "app.lang";

/// Shared by every command. A store that could not be opened is kept as the
/// reason, so the window can say what is wrong instead of not starting.
pub struct AppState {
    store: Result<Mutex<Store>, String>,
    l: RwLock<Arc<Localizer>>,
    db_path: PathBuf,
}

impl AppState {
    /// Opens (or creates) the database; an empty one gets the demo ward so a
    /// first start shows a living system. The language comes from the stored
    /// setting, else from the environment.
    pub fn open(db_path: &Path) -> AppState {
        let store = Store::open_or_create(db_path).and_then(|mut s| {
            match s.write_demo(FiscalYear::containing(Local::now().date_naive())) {
                Ok(w) => {
                    tracing::info!(sections = w.sections, answers = w.answers, "demo written into an empty database")
                }
                Err(StoreError::NotEmpty) => {}
                Err(e) => return Err(e),
            }
            Ok(s)
        });
        let (store, lang, names) = match store {
            Ok(mut s) => {
                let lang =
                    s.setting(KEY_LANG).ok().flatten().and_then(|v| v.parse().ok()).unwrap_or_else(Lang::from_env);
                let names = s.grade_names().unwrap_or_default();
                (Ok(Mutex::new(s)), lang, names)
            }
            Err(e) => {
                let lang = Lang::from_env();
                tracing::error!(error = %e, path = %db_path.display(), "database not opened");
                (
                    Err(crate::error::render(&Localizer::new(lang), &tenken_core::Describe::message(&e))),
                    lang,
                    Vec::new(),
                )
            }
        };
        let l = Localizer::with_grade_names(lang, &names);
        AppState { store, l: RwLock::new(Arc::new(l)), db_path: db_path.to_owned() }
    }

    /// The localizer of the window's current language.
    pub fn localizer(&self) -> Arc<Localizer> {
        match self.l.read() {
            Ok(l) => Arc::clone(&l),
            Err(poisoned) => Arc::clone(&poisoned.into_inner()),
        }
    }

    /// The ward's names of the grades, which every text of the window says
    /// in place of the catalogue's (none when the store is not open).
    pub fn grade_names(&self) -> Vec<tenken_core::review::GradeName> {
        match &self.store {
            Ok(m) => match m.lock() {
                Ok(mut s) => s.grade_names().unwrap_or_default(),
                Err(poisoned) => poisoned.into_inner().grade_names().unwrap_or_default(),
            },
            Err(_) => Vec::new(),
        }
    }

    /// Switches the window's language (the caller stores the setting), with
    /// the ward's words read again (also after the auditor renames a grade).
    /// Returns those words, so the window's catalogue is built from the same
    /// read.
    pub fn set_lang(&self, lang: Lang) -> Vec<tenken_core::review::GradeName> {
        let names = self.grade_names();
        let l = Arc::new(Localizer::with_grade_names(lang, &names));
        match self.l.write() {
            Ok(mut slot) => *slot = l,
            Err(poisoned) => *poisoned.into_inner() = l,
        }
        names
    }

    /// Where the database is.
    pub fn db_path(&self) -> &Path {
        &self.db_path
    }

    /// Runs `f` on the store once the window may show a workspace — not while
    /// the auditor's is locked or has no passphrase (the core's
    /// `role::window_open`) — and renders a refusal in the window's language.
    pub fn with_store<T>(&self, f: impl FnOnce(&mut Store) -> Result<T, AppError>) -> Result<T, CommandError> {
        self.with_store_open(|s| {
            s.window_open()?;
            f(s)
        })
    }

    /// Like [`AppState::with_store`], plus the core's decision whether this
    /// terminal may see `dept` (`Some`) or the whole campaign (`None`): a
    /// section's window sees its own section only.
    pub fn viewing<T>(
        &self,
        dept: Option<&str>,
        f: impl FnOnce(&mut Store) -> Result<T, AppError>,
    ) -> Result<T, CommandError> {
        self.with_store(|s| {
            s.authorize(tenken_core::role::Operation::View { dept })?;
            f(s)
        })
    }

    /// Runs `f` on the store whatever the workspace's state: for the few
    /// commands the first-start and unlock screens need.
    pub fn with_store_open<T>(&self, f: impl FnOnce(&mut Store) -> Result<T, AppError>) -> Result<T, CommandError> {
        let l = self.localizer();
        let store = self.store.as_ref().map_err(|e| CommandError::new(&l, &AppError::NotOpen(e.clone())))?;
        // A panic in another command must not lock the user out of their data:
        // every store operation is one transaction, so the store is consistent.
        let mut guard = store.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        f(&mut guard).map_err(|e| {
            tracing::debug!(error = ?e, "command refused");
            CommandError::new(&l, &e)
        })
    }
}
