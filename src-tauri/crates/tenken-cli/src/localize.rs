//! Puts the Fluent catalogue's words into clap: help texts, headings, and
//! the errors clap reports for a mistyped command line.
//!
//! Ids follow the command path: `cli-cmd-campaign-open` is the help of
//! `tenken campaign open`, `cli-arg-dept` the help of `--dept` wherever it
//! appears. A test walks the whole command tree and checks that every id
//! exists in both languages.

use clap::Command;
use clap::error::{ContextKind, ErrorKind};
use tenken_core::message::Arg;
use tenken_i18n::Localizer;

/// The message id of a command's help (`path` is e.g. `campaign-open`; empty for the top).
pub fn command_id(path: &str) -> String {
    if path.is_empty() { "cli-about".to_owned() } else { format!("cli-cmd-{path}") }
}

/// The message id of an argument's help.
pub fn arg_id(arg: &str) -> String {
    format!("cli-arg-{}", arg.replace('_', "-"))
}

/// Every message id the command tree needs, for the completeness test.
#[cfg(test)]
pub fn needed_ids(cmd: &Command, path: &str, out: &mut Vec<String>) {
    out.push(command_id(path));
    for a in cmd.get_arguments() {
        out.push(arg_id(a.get_id().as_str()));
    }
    for sub in cmd.get_subcommands() {
        let p = if path.is_empty() { sub.get_name().to_owned() } else { format!("{path}-{}", sub.get_name()) };
        needed_ids(sub, &p, out);
    }
}

/// Returns the command with every visible text taken from the catalogue.
pub fn localize(cmd: Command, l: &Localizer) -> Command {
    localize_at(cmd, l, "")
}

fn localize_at(mut cmd: Command, l: &Localizer, path: &str) -> Command {
    let template = format!("{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}", l.text("cli-usage"));
    cmd = cmd
        .about(l.text(&command_id(path)))
        .help_template(template)
        .subcommand_help_heading(l.text("cli-heading-commands"))
        .subcommand_value_name(l.text("cli-value-command"));
    if path.is_empty() {
        cmd = cmd.after_help(l.text("cli-after-help"));
    }
    let args: Vec<(String, bool)> =
        cmd.get_arguments().map(|a| (a.get_id().as_str().to_owned(), a.is_positional())).collect();
    for (id, positional) in args {
        let heading = if positional { "cli-heading-arguments" } else { "cli-heading-options" };
        // The env var and the values are named in the catalogue's help text itself.
        cmd = cmd.mut_arg(&id, |a| {
            let takes_values = a.get_action().takes_values();
            a.help(l.text(&arg_id(&id))).help_heading(l.text(heading)).hide_env(true).hide_possible_values(takes_values)
        });
    }
    let subs: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_owned()).collect();
    for name in subs {
        let p = if path.is_empty() { name.clone() } else { format!("{path}-{name}") };
        cmd = cmd.mut_subcommand(&name, |s| localize_at(s, l, &p));
    }
    cmd
}

/// The help clap rendered, with the one placeholder clap hard-codes in English.
pub fn help_text(rendered: &str, l: &Localizer) -> String {
    rendered.replace("[OPTIONS]", &l.text("cli-usage-options"))
}

/// clap's parse error, said in the catalogue's words.
pub fn clap_error(e: &clap::Error, l: &Localizer) -> String {
    // A year out of range says which years are: the core's own message.
    if let Some(tenken_core::fiscal::YearParseError::OutOfRange(range)) =
        std::error::Error::source(e).and_then(|s| s.downcast_ref())
    {
        return l.describe(range);
    }
    let ctx = |k: ContextKind| e.get(k).map(|v| v.to_string()).unwrap_or_default();
    let (id, args): (&str, Vec<(&str, Arg)>) = match e.kind() {
        // An empty value (`--db ""`) has no list of choices to offer.
        ErrorKind::InvalidValue if ctx(ContextKind::InvalidValue).is_empty() => {
            ("cli-error-empty-value", vec![("arg", ctx(ContextKind::InvalidArg).into())])
        }
        ErrorKind::InvalidValue => (
            "cli-error-invalid-value",
            vec![
                ("arg", ctx(ContextKind::InvalidArg).into()),
                ("value", ctx(ContextKind::InvalidValue).into()),
                ("valid", ctx(ContextKind::ValidValue).into()),
            ],
        ),
        ErrorKind::ValueValidation => (
            "cli-error-bad-value",
            vec![("arg", ctx(ContextKind::InvalidArg).into()), ("value", ctx(ContextKind::InvalidValue).into())],
        ),
        ErrorKind::UnknownArgument => {
            ("cli-error-unknown-argument", vec![("arg", ctx(ContextKind::InvalidArg).into())])
        }
        ErrorKind::InvalidSubcommand => {
            ("cli-error-unknown-command", vec![("command", ctx(ContextKind::InvalidSubcommand).into())])
        }
        ErrorKind::MissingRequiredArgument => {
            ("cli-error-missing-argument", vec![("arg", ctx(ContextKind::InvalidArg).into())])
        }
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            ("cli-error-missing-command", vec![])
        }
        ErrorKind::ArgumentConflict => {
            let (arg, prior) = (ctx(ContextKind::InvalidArg), ctx(ContextKind::PriorArg));
            if prior.is_empty() || prior == arg {
                ("cli-error-repeated", vec![("arg", arg.into())])
            } else {
                ("cli-error-conflict", vec![("arg", arg.into()), ("other", prior.into())])
            }
        }
        // clap's own description of the fault is English: it stays in the logs.
        _ => {
            tracing::debug!(kind = ?e.kind(), "command line refused");
            ("cli-error-usage", vec![])
        }
    };
    l.text_with(id, &args)
}
