//! `tenken`: the headless command line of tenken.
//!
//! A thin shell: it reads arguments, calls `tenken-store` and `tenken-core`
//! (the same functions the desktop window calls), and prints what they say
//! in the user's language. Exit codes: 0 done, 1 refused or failed, 2 the
//! command line itself was wrong.

mod about;
mod auditor_cmd;
mod bench;
mod cli;
mod commands;
mod ctx;
mod error;
mod evidence_cmd;
mod follow_up_cmd;
mod localize;
mod onsite_cmd;
mod output;
mod package_cmd;
mod report_cmd;
mod schedule_cmd;
mod staff_cmd;
mod xlsx;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};
use tenken_i18n::{Lang, Localizer};

use crate::cli::{Cli, Command};
use crate::ctx::Ctx;
use crate::error::CliError;
use crate::output::out;

/// The language asked for on the command line (`--lang en`, `--lang=en`), read
/// before clap runs so that clap's own help and errors are in it too: the
/// first known one, and the first unknown one. Every occurrence is checked,
/// so `--lang ja --lang fr` cannot slip an unknown language past.
fn lang_from_args(args: &[String]) -> (Option<Lang>, Option<tenken_i18n::UnknownLang>) {
    let (mut known, mut unknown) = (None, None);
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        let value = if a == "--lang" { Some(it.next().map_or("", String::as_str)) } else { a.strip_prefix("--lang=") };
        match value.map(str::parse::<Lang>) {
            Some(Ok(l)) => known = known.or(Some(l)),
            Some(Err(e)) => unknown = unknown.or(Some(e)),
            None => {}
        }
    }
    (known, unknown)
}

/// `$TENKEN_DB`, where an empty (or blank) value counts as unset: the
/// database then comes from the OS data directory, as documented in README.
fn db_from_env() -> Option<PathBuf> {
    std::env::var_os("TENKEN_DB").filter(|v| !v.to_string_lossy().trim().is_empty()).map(PathBuf::from)
}

fn default_db() -> Result<PathBuf, CliError> {
    tenken_store::default_db().ok_or(CliError::NoDataDir)
}

/// What clap says for `--version`. The long text parses and hashes the
/// shipped checklists, so it is worked out only when it is asked for, not
/// before every command.
fn version_for(args: &[String], l: &Localizer) -> String {
    let asks = args
        .iter()
        .skip(1)
        .any(|a| a == "--version" || (a.starts_with('-') && !a.starts_with("--") && a.contains('V')));
    if asks { about::version_text(l) } else { env!("CARGO_PKG_VERSION").to_owned() }
}

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::try_from_env("TENKEN_LOG").unwrap_or_else(|_| "warn".into()))
        .with_writer(std::io::stderr)
        .init();

    // std::env::args() would panic on an argument that is not UTF-8 (a file
    // name in Shift_JIS, say); clap gets the real ones and reports such a value.
    let args_os: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let args: Vec<String> = args_os.iter().map(|a| a.to_string_lossy().into_owned()).collect();
    let (lang, lang_error) = lang_from_args(&args);
    let lang = lang.unwrap_or_else(Lang::from_env);
    let l = Localizer::new(lang);
    if let Some(e) = lang_error {
        output::err(&l.describe(&CliError::Lang(e)));
        return ExitCode::from(2);
    }

    let cmd = localize::localize(Cli::command(), &l).version(version_for(&args, &l));
    let matches = match cmd.try_get_matches_from(&args_os) {
        Ok(m) => m,
        Err(e) => {
            use clap::error::ErrorKind;
            if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
                out(&localize::help_text(&e.to_string(), &l));
                return ExitCode::SUCCESS;
            }
            output::err(&localize::clap_error(&e, &l));
            output::err(&l.text("cli-see-help"));
            return ExitCode::from(2);
        }
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(c) => c,
        Err(e) => {
            output::err(&localize::clap_error(&e, &l));
            return ExitCode::from(2);
        }
    };

    let db = match cli.db.clone().or_else(db_from_env).map_or_else(default_db, Ok) {
        Ok(db) => db,
        Err(e) => {
            output::err(&l.describe(&e));
            return ExitCode::FAILURE;
        }
    };
    let ctx = Ctx { l, db };
    let result = match cli.command {
        Command::Init => ctx.init(),
        Command::Demo { force, scale, reports, font } => ctx.demo(force, scale, reports.as_deref(), font.as_deref()),
        Command::Bench { sections, items, years, scaling, keep, font } => bench::bench(
            &ctx,
            &bench::BenchArgs {
                scale: tenken_core::demo::WardScale { sections, items, years: years.clamp(1, 10) },
                scaling,
                dir: keep,
                font,
            },
        ),
        Command::Dept { command } => ctx.dept(command),
        Command::Campaign { command } => ctx.campaign(command),
        Command::Answer { command } => ctx.answer(command),
        Command::Submit { section, respondent, approver, approved_on } => ctx.submit(
            section,
            &tenken_core::schedule::SignOffInput {
                respondent: respondent.unwrap_or_default(),
                approver: approver.unwrap_or_default(),
                approved_on,
            },
        ),
        Command::Reopen { section, reason } => ctx.reopen(section, &reason),
        Command::Review { command } => ctx.review(command),
        Command::Evidence { command } => ctx.evidence(command),
        Command::Staff { command } => ctx.staff(command),
        Command::FollowUp { command } => ctx.follow_up(command),
        Command::Onsite { command } => ctx.onsite(command),
        Command::Status { args, overdue } => ctx.status(args, overdue),
        Command::Summary(args) => ctx.summary(args),
        Command::Questionnaire { command } => ctx.questionnaire(command),
        Command::Log { command } => ctx.log(command),
        Command::Report { command } => report_cmd::report(&ctx, command),
        Command::Export { command } => report_cmd::export(&ctx, command),
        Command::Package { command } => ctx.package(command),
        Command::Key { command } => ctx.key(command),
        Command::Backup { command } => ctx.backup(command),
        Command::Auditor { command } => ctx.auditor(command),
        Command::Role { command } => ctx.role(command),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            tracing::debug!(error = ?e, "command failed");
            ctx.report(&e);
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_command_and_argument_has_help_in_both_languages() {
        let mut ids = Vec::new();
        localize::needed_ids(&Cli::command(), "", &mut ids);
        for lang in Lang::ALL {
            let l = Localizer::new(lang);
            let missing: Vec<_> = ids.iter().filter(|id| !l.has(id)).collect();
            assert!(missing.is_empty(), "{lang}: missing {missing:?}");
        }
    }

    #[test]
    fn localized_command_tree_is_consistent() {
        for lang in Lang::ALL {
            localize::localize(Cli::command(), &Localizer::new(lang)).debug_assert();
        }
    }

    #[test]
    fn lang_is_read_before_parsing() {
        let args = |v: &[&str]| v.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert_eq!(lang_from_args(&args(&["tenken", "status", "--lang", "en"])), (Some(Lang::En), None));
        assert_eq!(lang_from_args(&args(&["tenken", "--lang=ja", "status"])), (Some(Lang::Ja), None));
        assert!(matches!(lang_from_args(&args(&["tenken", "--lang", "fr"])), (None, Some(_))));
        assert_eq!(lang_from_args(&args(&["tenken", "status"])), (None, None));
        let twice = lang_from_args(&args(&["tenken", "--lang", "en", "status", "--lang=fr"]));
        assert_eq!(twice, (Some(Lang::En), Some(tenken_i18n::UnknownLang("fr".into()))));
        assert!(matches!(lang_from_args(&args(&["tenken", "status", "--lang"])), (None, Some(_))));
    }
}
