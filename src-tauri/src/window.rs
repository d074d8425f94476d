//! Opening the main window, and saying clearly why it cannot open.
//!
//! On Windows the window is drawn by Microsoft's WebView2 Runtime, which the
//! installer does not carry (tenken never downloads anything). When it is
//! missing, Tauri would panic with "failed to create window"; instead the user
//! reads, in their language, what is missing and whom to ask — in a message box,
//! on standard error and in a log file beside the database — and the app exits
//! with [`EXIT_NO_WINDOW`].

use std::io::Write;
use std::path::{Path, PathBuf};

use tauri::{App, WebviewWindowBuilder};
use tenken_core::message::Arg;
use tenken_i18n::Localizer;

/// The exit code when the window could not open (the command line uses 1 for
/// "refused or failed" and 2 for usage; 3 says "no window" to a deployment script).
pub const EXIT_NO_WINDOW: i32 = 3;

/// The file, beside the database, that keeps the reason the window did not
/// open: a release build on Windows has no console to show standard error.
pub const LOG_FILE: &str = "tenken-app.log";

/// Opens the windows of `tauri.conf.json` (they are `create: false` there so a
/// failure comes back here instead of panicking inside Tauri). On Windows it
/// first asks the WebView2 loader for an installed runtime.
pub fn open(app: &App) -> Result<(), String> {
    #[cfg(windows)]
    {
        let version = tauri::webview_version().map_err(|e| e.to_string())?;
        tracing::info!(%version, "WebView2 Runtime");
    }
    for config in &app.config().app.windows {
        WebviewWindowBuilder::from_config(app.handle(), config).and_then(|b| b.build()).map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// The title and text telling the user the window cannot open: on Windows the
/// WebView2 Runtime is missing and the IT team installs it; elsewhere the
/// system's web view. `reason` is the system's own words, for the IT team.
pub fn no_window_message(l: &Localizer, reason: &str, log: &Path) -> (String, String) {
    let args = [("reason", Arg::from(reason)), ("log", Arg::from(log.display().to_string()))];
    let id = if cfg!(windows) { "app-no-webview2" } else { "app-no-webview" };
    (l.text("app-no-window-title"), l.text_with(id, &args))
}

/// Tells the user the window cannot open — standard error, the log, and on
/// Windows a message box — and returns the exit code. The log sits in the
/// database's folder (`%APPDATA%\tenken\tenken\data` by default).
pub fn report_no_window(l: &Localizer, db: &Path, reason: &str) -> i32 {
    let (title, text) = record_no_window(l, db, reason);
    #[cfg(windows)]
    rfd::MessageDialog::new()
        .set_level(rfd::MessageLevel::Error)
        .set_title(title)
        .set_description(text)
        .set_buttons(rfd::MessageButtons::Ok)
        .show();
    #[cfg(not(windows))]
    let _ = (title, text);
    EXIT_NO_WINDOW
}

/// The message of [`report_no_window`] on standard error and in the log;
/// returns its title and text for the message box.
fn record_no_window(l: &Localizer, db: &Path, reason: &str) -> (String, String) {
    let log = log_path(db);
    let (title, text) = no_window_message(l, reason, &log);
    tracing::error!(%reason, "the window could not open");
    eprintln!("tenken-app: {title}\n{text}");
    if let Err(e) = append_log(&log, &title, &text) {
        tracing::warn!(error = %e, log = %log.display(), "could not write the log");
    }
    (title, text)
}

/// `tenken-app.log` in the database's folder.
pub fn log_path(db: &Path) -> PathBuf {
    db.parent().unwrap_or_else(|| Path::new(".")).join(LOG_FILE)
}

fn append_log(log: &Path, title: &str, text: &str) -> std::io::Result<()> {
    if let Some(dir) = log.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let mut f = std::fs::OpenOptions::new().create(true).append(true).open(log)?;
    let at = chrono::Local::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, false);
    writeln!(f, "{at} {title}\n{text}\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use tenken_i18n::Lang;

    /// The message names what is missing, what to do, and keeps the system's
    /// reason and the log's place for the IT team — in both languages.
    #[test]
    fn the_no_window_message_says_what_is_missing_and_what_to_do() {
        let log = Path::new("/data/tenken-app.log");
        let (title, ja) = no_window_message(&Localizer::new(Lang::Ja), "0x80070002", log);
        assert!(title.contains("tenken"), "{title}");
        assert!(ja.contains("0x80070002") && ja.contains("/data/tenken-app.log"), "{ja}");
        let (_, en) = no_window_message(&Localizer::new(Lang::En), "0x80070002", log);
        assert!(en.contains("0x80070002"), "{en}");
        if cfg!(windows) {
            assert!(ja.contains("WebView2 ランタイム") && ja.contains("情報システム担当"), "{ja}");
            assert!(en.contains("WebView2 Runtime") && en.contains("IT"), "{en}");
        }
        assert!(!ja.starts_with("app") && !title.starts_with("app"), "an id shown raw: {title} {ja}");
    }

    #[test]
    fn the_log_is_appended_beside_the_database() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("data").join("tenken.db");
        record_no_window(&Localizer::new(Lang::Ja), &db, "no runtime");
        record_no_window(&Localizer::new(Lang::En), &db, "still none");
        let text = std::fs::read_to_string(log_path(&db)).unwrap();
        assert!(text.contains("no runtime") && text.contains("still none"), "{text}");
    }
}
