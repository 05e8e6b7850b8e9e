//! `acctl password change`: current and new password (prompt, or two lines on
//! stdin); this device gets new tokens, every other device is signed out.

use std::io::BufRead;

use acct_api::{ErrorCode, PasswordChange, Secret};
use clap::{Args, Subcommand};
use serde_json::json;

use crate::context::Context;
use crate::error::{CliError, Exit, Result};
use crate::output::{Human, Report};
use crate::prompt::PromptError;
use crate::second_factor::SecondFactor;
use crate::session::{save_sign_in, Session};

/// Tries at a terminal before giving up on a mismatched or refused new password.
const TRIES: usize = 3;

/// The password of your account.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  acctl password change
  printf '%s\\n%s\\n' \"$OLD\" \"$NEW\" | acctl password change --passwords-stdin")]
pub struct PasswordArgs {
    #[command(subcommand)]
    pub command: PasswordCommand,
}

#[derive(Debug, Subcommand)]
pub enum PasswordCommand {
    /// Change the password; every other device is signed out
    Change(ChangeArgs),
}

/// Change the password. Asks for the current one and the new one twice (or
/// reads both from stdin). This device stays signed in with new tokens; every
/// other device is signed out and must sign in again.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  acctl password change
  printf '%s\\n%s\\n' \"$OLD\" \"$NEW\" | acctl password change --passwords-stdin
  printf '%s\\n%s\\n' \"$OLD\" \"$NEW\" | acctl password change --passwords-stdin --totp 123456   # 2SV on

The current password is always needed, however recently you signed in; with
two-step verification on, also a code from the authenticator (or a recovery
code). If you don't know the current password: acctl recover password LOGIN.
An account without a password gets one only through recovery, the same way.")]
pub struct ChangeArgs {
    /// Read the current and the new password from stdin, one per line
    #[arg(long)]
    pub passwords_stdin: bool,
    /// With two-step verification on: the current code from your authenticator app
    #[arg(long, value_name = "CODE", conflicts_with = "recovery_code")]
    pub totp: Option<Secret>,
    /// With two-step verification on: an unused recovery code instead
    #[arg(long, value_name = "CODE")]
    pub recovery_code: Option<Secret>,
}

pub fn run(ctx: &Context, args: PasswordArgs) -> Result<Report> {
    let PasswordCommand::Change(args) = args.command;
    let mut session = Session::open(ctx)?;
    let me = session.call(|c| c.me())?;
    if !me.has_password {
        let cmd = format!("acctl recover password {}", me.account_id);
        return Err(CliError::new(
            Exit::Refused,
            "no_password",
            format!(
                "this account has no password: one is created only through recovery: run `{cmd}`."
            ),
        )
        .with_remedy(cmd));
    }
    let (current, mut new) = if args.passwords_stdin {
        two_lines()?
    } else {
        let current = ask(ctx, "Current password")?;
        (current, ask_new(ctx)?)
    };
    if !args.passwords_stdin && current == new {
        ctx.out
            .warn("the new password is the same as the current one; choose another.");
        new = ask_new(ctx)?;
    }
    // The change proves the password (and the authenticator) in its own request,
    // whatever the sign-in's age: no re-auth flow, which would spend the code.
    let mut second = if me.two_step {
        Some(SecondFactor::gather(ctx, args.totp, args.recovery_code)?)
    } else {
        None
    };
    let mut tries = 1;
    let fresh = loop {
        let req = PasswordChange {
            current_password: Some(current.as_str().into()),
            new_password: new.as_str().into(),
            totp: second.as_ref().and_then(|f| f.totp.clone()),
            recovery_code: second.as_ref().and_then(|f| f.recovery_code.clone()),
        };
        let attempt = session.call(|c| c.change_password(&req));
        match attempt {
            Ok(s) => break s,
            // A refused new password at a terminal: say why and ask for another.
            Err(e)
                if e.code == ErrorCode::WeakPassword.as_str()
                    && ctx.prompter.enabled()
                    && tries < TRIES =>
            {
                ctx.out.warn(&e.message);
                tries += 1;
                new = ask_new(ctx)?;
            }
            Err(e) => {
                let asked = match second.as_mut() {
                    Some(f) => f.ask_again(ctx, &e)?,
                    None => false,
                };
                if !asked {
                    return Err(e);
                }
            }
        }
    };
    if session.uses_env_token() {
        ctx.out.warn(
            "ACCTL_TOKEN is in use, so the new tokens of this device were not stored; set a fresh ACCTL_TOKEN.",
        );
    } else {
        let device_name = session.profile.as_ref().and_then(|p| p.device_name.clone());
        let store = session.store()?;
        save_sign_in(
            ctx,
            &session.name,
            &session.server,
            &store,
            device_name,
            &fresh,
        )?;
    }
    ctx.out.success(
        "Password changed. Every other device was signed out; this one stays signed in with new tokens.",
    );
    Ok(Report::new(
        json!({
            "account_id": fresh.account_id,
            "device_id": fresh.device_id,
            "changed": true,
            "other_devices_signed_out": true,
        }),
        Human::Nothing,
    ))
}

fn ask(ctx: &Context, prompt: &str) -> Result<String> {
    match ctx.prompter.secret(prompt) {
        Ok(p) if !p.is_empty() => Ok(p),
        Ok(_) => Err(CliError::new(
            Exit::Refused,
            "invalid_input",
            "the password is empty: nothing changed.",
        )),
        Err(PromptError::Off) => Err(CliError::needs_input(
            "the passwords are needed and prompting is off: pipe the current and the new password, one per line, with --passwords-stdin.",
        )),
        Err(e) => Err(e.into_cli("")),
    }
}

/// The new password, typed twice; a mismatch asks again, then gives up (exit 6).
fn ask_new(ctx: &Context) -> Result<String> {
    for _ in 0..TRIES {
        let new = ask(ctx, "New password")?;
        if ask(ctx, "New password again")? == new {
            return Ok(new);
        }
        ctx.out.warn("the passwords did not match; try again.");
    }
    Err(CliError::new(
        Exit::Refused,
        "passwords_differ",
        "the passwords did not match: nothing changed.",
    ))
}

/// `--passwords-stdin`: the current password, then the new one.
fn two_lines() -> Result<(String, String)> {
    let stdin = std::io::stdin();
    let mut lines = stdin.lock().lines();
    let mut next = || -> Result<Option<String>> {
        match lines.next() {
            None => Ok(None),
            Some(Ok(l)) => Ok(Some(l.trim_end_matches('\r').to_string()).filter(|l| !l.is_empty())),
            Some(Err(e)) => Err(CliError::failure(format!(
                "could not read the passwords from stdin: {e}"
            ))),
        }
    };
    match (next()?, next()?) {
        (Some(current), Some(new)) => Ok((current, new)),
        _ => Err(CliError::needs_input(
            "--passwords-stdin needs two lines on stdin, the current password then the new one: `printf '%s\\n%s\\n' \"$OLD\" \"$NEW\" | acctl password change --passwords-stdin`.",
        )),
    }
}
