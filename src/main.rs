//! acctl: parse (clap), build a context, run the command, map the error to an
//! exit code. Only this file decides exit codes.

mod cli;
mod clock;
mod commands;
mod config;
mod config_dir;
mod context;
mod defaults;
mod device_grant;
mod error;
mod flow;
mod output;
mod prefix;
mod profiles;
mod prompt;
mod reauth;
mod remedy;
mod second_factor;
mod session;
mod table;
mod token_store;

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::{CommandFactory, Parser};

use crate::cli::{Cli, Command};
use crate::config::Env;
use crate::context::Context;
use crate::error::CliError;
use crate::output::{Format, Output};
use crate::prompt::{NoInput, Prompter, Terminal};

fn main() -> ExitCode {
    // --help, --version and usage errors end here: no config, keyring or network.
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return parse_error(&e),
    };
    if let Command::Completions(args) = cli.command {
        return exit(
            commands::completions::run(args, Cli::command())
                .err()
                .map_or(0, |e| e.exit_code()),
        );
    }
    if let Command::GenerateMan(args) = cli.command {
        return match commands::completions::man(args, Cli::command()) {
            Ok(()) => exit(0),
            Err(e) => {
                eprintln!("error: {e}");
                exit(e.exit_code())
            }
        };
    }
    let env = Env::from_process();
    let g = &cli.global;
    let format = if g.json {
        Format::Json
    } else {
        g.output.unwrap_or(Format::Table)
    };
    let out = Output::new(format, g.quiet, g.verbose, g.color, env.no_color);
    let interactive = !g.no_input && !env.no_input && std::io::stdin().is_terminal();
    let prompter: Box<dyn Prompter> = if interactive {
        Box::new(Terminal)
    } else {
        Box::new(NoInput)
    };
    let ctx = Context::new(
        env,
        out,
        prompter,
        g.server.clone(),
        g.profile.clone(),
        g.allow_insecure_http,
    );
    // A broken config.toml is refused before any command runs; `doctor` reports it instead.
    let config = match cli.command {
        Command::Doctor(_) => Ok(()),
        _ => ctx.file_config().map(|_| ()),
    };
    let args: Vec<String> = std::env::args_os()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let invocation = remedy::Invocation::read(&ctx, &args);
    let result = config
        .and_then(|()| run(&ctx, cli.command))
        .and_then(|report| ctx.out.render(&report));
    match result {
        Ok(()) => exit(0),
        Err(mut err) => {
            remedy::fill(&ctx, &invocation, &mut err);
            report_error(&ctx, &err);
            exit(err.exit_code())
        }
    }
}

fn run(ctx: &Context, command: Command) -> Result<output::Report, CliError> {
    use commands::*;
    match command {
        Command::Signup(a) => auth::signup(ctx, a),
        Command::Login(a) if a.web => web_login::login(ctx, a),
        Command::Login(a) => auth::login(ctx, a),
        Command::Logout(a) => logout::logout(ctx, a),
        Command::Continue(a) => resume::run(ctx, a),
        Command::Status(a) => account::status(ctx, a),
        Command::Whoami(a) => account::whoami(ctx, a),
        Command::Token(a) => account::token(ctx, a),
        Command::Limits(a) => account::limits(ctx, a),
        Command::Profile(a) => profile::run(ctx, a),
        Command::Flow(a) => flow::run(ctx, a),
        Command::Doctor(a) => doctor::run(ctx, a),
        Command::Password(a) => password::run(ctx, a),
        Command::Phone(a) => phone::run(ctx, a),
        Command::Email(a) => email::run(ctx, a),
        Command::TwoStep(a) => two_step::run(ctx, a),
        Command::Security(a) => security::run(ctx, a),
        Command::Activity(a) => activity_report::run_activity(ctx, a),
        Command::Devices(a) => devices::run(ctx, a),
        Command::Apps(a) => apps::run(ctx, a),
        Command::Account(a) => deletion::run(ctx, a),
        Command::Recover(a) => recover::run(ctx, a),
        Command::Support(a) => support::run(ctx, a),
        Command::Admin(a) => admin::run(ctx, a),
        Command::Completions(a) => {
            completions::run(a, Cli::command()).map(|()| output::Report::empty())
        }
        Command::GenerateMan(a) => {
            completions::man(a, Cli::command()).map(|()| output::Report::empty())
        }
    }
}

fn report_error(ctx: &Context, err: &CliError) {
    if err.broken_pipe {
        return;
    }
    if let Some(pending) = &err.pending {
        // Exit 10 from a flow: the pending step is the output.
        if ctx.out.json() {
            let _ = ctx.out.render(&output::Report::new(
                pending.clone(),
                output::Human::Nothing,
            ));
        }
        eprintln!("{}", err.message);
        return;
    }
    if err.reported {
        ctx.out.note(&err.message);
        return;
    }
    ctx.out.error(err);
}

/// clap's help, version and usage errors. Under `--json` / `-o json|ndjson` a
/// usage error is also the error object on stdout, as every other error is.
fn parse_error(e: &clap::Error) -> ExitCode {
    let _ = e.print();
    let code = e.exit_code();
    if code != 0 && wants_json(std::env::args_os().skip(1)) {
        let message = usage_message(&e.render().to_string());
        let err = CliError::usage(message);
        println!("{}", err.to_json());
    }
    exit(code)
}

/// Whether the raw arguments ask for machine output (they did not parse, so clap cannot say).
fn wants_json(args: impl Iterator<Item = std::ffi::OsString>) -> bool {
    let args: Vec<String> = args.map(|a| a.to_string_lossy().into_owned()).collect();
    let machine = |v: &str| matches!(v, "json" | "ndjson");
    args.iter().enumerate().any(|(i, a)| {
        a == "--json"
            || a.strip_prefix("--output=").is_some_and(machine)
            || a.strip_prefix("-o").is_some_and(|v| {
                let v = v.strip_prefix('=').unwrap_or(v);
                if v.is_empty() {
                    args.get(i + 1).is_some_and(|n| machine(n))
                } else {
                    machine(v)
                }
            })
            || (a == "--output" && args.get(i + 1).is_some_and(|n| machine(n)))
    })
}

/// clap's first line without its `error: ` tag, plus the hint to `--help`.
fn usage_message(rendered: &str) -> String {
    let first = rendered
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("invalid arguments");
    let first = first.trim().trim_start_matches("error:").trim();
    format!("{first}; see --help for the usage.")
}

fn exit(code: i32) -> ExitCode {
    ExitCode::from(code.clamp(0, 255) as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json(args: &[&str]) -> bool {
        wants_json(args.iter().map(std::ffi::OsString::from))
    }

    #[test]
    fn machine_output_is_seen_in_unparsed_arguments() {
        assert!(json(&["--json", "whoami", "--bogus"]));
        assert!(json(&["whoami", "-o", "json", "--bogus"]));
        assert!(json(&["-ondjson", "x"]));
        assert!(json(&["-o=json", "x"]));
        assert!(json(&["--output", "json"]));
        assert!(json(&["--output=ndjson"]));
        assert!(!json(&["whoami", "-o", "table"]));
        assert!(!json(&["login", "json"]));
    }

    #[test]
    fn usage_messages_drop_clap_tag() {
        let m =
            usage_message("error: unexpected argument '--bogus' found\n\nUsage: acctl whoami\n");
        assert_eq!(
            m,
            "unexpected argument '--bogus' found; see --help for the usage."
        );
    }
}
