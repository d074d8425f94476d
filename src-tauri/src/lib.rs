//! tenken-app: the desktop window of tenken (Tauri v2).
//!
//! A thin shell like the CLI: the window (`ui/`) calls the commands in
//! [`commands`], which call `tenken-store` and `tenken-core`. The app opens
//! no socket, loads nothing remote, and keeps every user-visible string in
//! the Fluent catalogues of `tenken-i18n`.

pub mod about;
pub mod bindings;
pub mod commands;
pub mod error;
pub mod evidence;
pub mod export;
pub mod follow_up;
pub mod grades;
pub mod ipc;
pub mod onsite;
pub mod schedule;
pub mod staff;
pub mod state;
pub mod window;

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

use tauri::Manager;

use crate::state::AppState;

/// Where the database is when neither `--db` nor `TENKEN_DB` says.
const DB_FILE: &str = "tenken.db";

/// The database path from the command line (`--db PATH` or `--db=PATH`).
/// Other arguments are ignored: the WebDriver adds its own (`--automation`).
pub fn db_from_args(args: impl IntoIterator<Item = OsString>) -> Option<PathBuf> {
    let mut it = args.into_iter();
    while let Some(a) = it.next() {
        if a == "--db" {
            return it.next().map(PathBuf::from);
        }
        if let Some(v) = a.to_str().and_then(|s| s.strip_prefix("--db=")) {
            return Some(PathBuf::from(v));
        }
    }
    None
}

/// The context tauri-build generated at build time: configuration, embedded
/// `ui/dist`, icons, capabilities. Its generated code unwraps constants.
#[allow(clippy::unwrap_used)]
fn context() -> tauri::Context {
    tauri::tauri_build_context!()
}

/// Logs to stderr at `TENKEN_LOG` (default `info`); at `debug`, a span's
/// close says how long it took (the boot payload's, for the start time).
fn init_logs() {
    tracing_subscriber::fmt()
        .with_span_events(tracing_subscriber::fmt::format::FmtSpan::CLOSE)
        .with_env_filter(tracing_subscriber::EnvFilter::try_from_env("TENKEN_LOG").unwrap_or_else(|_| "info".into()))
        .with_writer(std::io::stderr)
        .init();
}

/// Starts the window; returns when it is closed.
pub fn run() -> ExitCode {
    init_logs();
    let from_args = db_from_args(std::env::args_os().skip(1));
    let from_env = std::env::var_os("TENKEN_DB").filter(|v| !v.is_empty()).map(PathBuf::from);

    let result = tauri::Builder::default()
        .setup(move |app| {
            // The same default as the command line's (tenken_store::default_db).
            let db = match from_args.or(from_env).or_else(tenken_store::default_db) {
                Some(p) => p,
                None => app.path().app_data_dir()?.join(DB_FILE),
            };
            tracing::info!(db = %db.display(), "opening the database");
            let state = AppState::open(&db);
            let l = state.localizer();
            app.manage(state);
            // The window opens after the state is there; if it cannot (no
            // WebView2 Runtime on Windows), the user is told why, not a panic.
            tracing::debug!("database open, opening the window");
            if let Err(reason) = window::open(app) {
                let code = window::report_no_window(&l, &db, &reason);
                app.cleanup_before_exit();
                std::process::exit(code);
            }
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::boot,
            commands::save_settings,
            commands::set_lang,
            commands::campaigns,
            commands::open_choices,
            commands::open_campaign,
            commands::status,
            commands::summary,
            commands::export_campaign,
            commands::questionnaire,
            commands::section_overview,
            commands::answers,
            commands::save_answer,
            commands::missing,
            commands::section_findings,
            follow_up::follow_ups,
            follow_up::save_follow_up,
            follow_up::follow_up_counts,
            grades::grade_names,
            grades::set_grade_name,
            grades::reset_grade_name,
            onsite::onsite,
            onsite::set_onsite_rules,
            onsite::confirm_onsite,
            onsite::record_visit,
            schedule::submit,
            schedule::campaign_notice,
            schedule::set_campaign_settings,
            schedule::assessment,
            schedule::set_assessment,
            schedule::theme,
            schedule::set_theme,
            schedule::board_deadlines,
            schedule::submissions,
            commands::reopen,
            commands::departments,
            commands::add_department,
            commands::update_department,
            commands::retire_department,
            commands::restore_department,
            commands::import_departments,
            commands::drill,
            commands::set_review,
            commands::format_date,
            commands::format_time,
            commands::unlock,
            commands::lock,
            commands::change_passphrase,
            commands::item_history,
            commands::about,
            evidence::evidence_files,
            evidence::check_evidence_size,
            evidence::add_evidence,
            evidence::remove_evidence,
            evidence::open_evidence,
            evidence::save_evidence,
            staff::staff_view,
            staff::save_staff_sheet,
            staff::set_headcount,
            staff::staff_summary,
        ])
        .run(context());
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            tracing::error!(error = %e, "the window could not run");
            eprintln!("tenken-app: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The configuration compiled into the app (what the window really runs
    /// with, not the JSON file): a strict CSP that allows nothing but the
    /// app's own files and its IPC, no global Tauri object, a frozen prototype.
    #[test]
    fn the_built_configuration_has_the_strict_csp() {
        let context = context();
        let config = context.config();
        assert!(!config.app.with_global_tauri, "window.__TAURI__ must not exist");
        assert!(config.app.security.freeze_prototype);
        let csp = config.app.security.csp.as_ref().expect("a CSP is set").to_string();
        for directive in [
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'none'",
            "frame-ancestors 'none'",
            "connect-src ipc: http://ipc.localhost",
        ] {
            assert!(csp.contains(directive), "{directive:?} missing in {csp}");
        }
        for loose in ["unsafe-inline", "unsafe-eval", "*", "http:", "https:", "data:"] {
            assert!(
                !csp.split_whitespace().any(|w| w.trim_matches(['\'', ';']) == loose.trim_matches('\'')),
                "{loose} in {csp}"
            );
        }
    }

    /// The capabilities tauri-build resolved for this build: one, for the
    /// main window, local only, with no plugin permission at all (the page
    /// reaches nothing but tenken's own commands).
    #[test]
    fn the_built_capabilities_grant_no_plugin_permission() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("gen/schemas/capabilities.json");
        let text = std::fs::read_to_string(&path).expect("written by tauri-build");
        let caps: serde_json::Map<String, serde_json::Value> = serde_json::from_str(&text).unwrap();
        assert_eq!(caps.keys().collect::<Vec<_>>(), ["default"]);
        let c = &caps["default"];
        assert_eq!(c["windows"], serde_json::json!(["main"]));
        assert_eq!(c["permissions"], serde_json::json!([]));
        assert_ne!(c["local"], serde_json::json!(false));
        assert!(c.get("remote").is_none(), "no remote URL may call commands");
    }

    #[test]
    fn the_database_comes_from_db_and_other_arguments_are_ignored() {
        let args = |v: &[&str]| v.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(db_from_args(args(&["--automation", "--db", "/tmp/a.db"])), Some(PathBuf::from("/tmp/a.db")));
        assert_eq!(db_from_args(args(&["--db=/tmp/b.db"])), Some(PathBuf::from("/tmp/b.db")));
        assert_eq!(db_from_args(args(&["--automation"])), None);
    }
}
