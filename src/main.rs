//! acctl: parse (clap), build a context, run the command, map the error to an
//! exit code. Only this file decides exit codes.

mod bulk;
mod cli;
mod commands;
mod config;
mod context;
mod error;
mod flow;
mod output;
mod profiles;
mod prompt;
mod reauth;
mod second_factor;
mod session;
mod token_store;

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::Parser;

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
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(e.exit_code().clamp(0, 255) as u8);
        }
    };
    if let Command::Completions(args) = cli.command {
        return exit(
            commands::completions::run(args)
                .err()
                .map_or(0, |e| e.exit_code()),
        );
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
    let result = run(&ctx, cli.command).and_then(|report| ctx.out.render(&report));
    match result {
        Ok(()) => exit(0),
        Err(err) => {
            report_error(&ctx, &err);
            exit(err.exit_code())
        }
    }
}

fn run(ctx: &Context, command: Command) -> Result<output::Report, CliError> {
    use commands::*;
    match command {
        Command::Signup(a) => auth::signup(ctx, a),
        Command::Login(a) => auth::login(ctx, a),
        Command::Logout(a) => logout::logout(ctx, a),
        Command::Continue(a) => auth::resume(ctx, a),
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
        Command::Activity(a) => activity::run(ctx, a),
        Command::Devices(a) => devices::run(ctx, a),
        Command::Account(a) => deletion::run(ctx, a),
        Command::Recover(a) => recover::run(ctx, a),
        Command::Support(a) => support::run(ctx, a),
        Command::Completions(a) => completions::run(a).map(|()| output::Report::empty()),
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

fn exit(code: i32) -> ExitCode {
    ExitCode::from(code.clamp(0, 255) as u8)
}
