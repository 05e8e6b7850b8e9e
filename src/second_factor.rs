//! The proof a credential change carries in its own request (SECURITY.md 7, 22):
//! the authenticator's code or a recovery code (`--totp`, `--recovery-code`, or a
//! prompt) and, for 2SV changes from a sign-in older than 10 minutes, the password
//! (`--password-stdin` or a prompt). The password goes in the same request rather
//! than a separate re-auth flow, because with 2SV on that flow would spend the very
//! code the change needs, and each code works once.

use acct_api::{Secret, TwoStepChange};
use acct_client::{Call, Client};
use clap::Args;

use crate::context::Context;
use crate::error::{CliError, Exit, Result};
use crate::prompt::PromptError;
use crate::reauth::{reauthenticate, Answers};
use crate::session::Session;

/// What proves the authenticator being changed: its code, or a recovery code;
/// and, when the sign-in is older than 10 minutes, the password.
#[derive(Debug, Args)]
pub struct ProofArgs {
    /// The current code from your authenticator app
    #[arg(long, value_name = "CODE", conflicts_with = "recovery_code")]
    pub totp: Option<Secret>,
    /// An unused recovery code, instead of the authenticator's code
    #[arg(long, value_name = "CODE")]
    pub recovery_code: Option<Secret>,
    /// Read the password (one line) from stdin: needed when the sign-in is older than 10 minutes
    #[arg(long)]
    pub password_stdin: bool,
}

/// Codes typed at a terminal before giving up on a wrong one.
const TRIES: usize = 3;

const PROMPT: &str = "Two-step verification code (authenticator app, or a recovery code)";

/// An authenticator code or a recovery code, from a flag or a prompt.
#[derive(Debug, Clone, Default)]
pub struct SecondFactor {
    pub totp: Option<Secret>,
    pub recovery_code: Option<Secret>,
    prompted: bool,
    tries: usize,
}

impl SecondFactor {
    /// From the flags, or asked for; with prompting off, exit 10 naming the flags.
    pub fn gather(
        ctx: &Context,
        totp: Option<Secret>,
        recovery_code: Option<Secret>,
    ) -> Result<Self> {
        let mut f = SecondFactor::default();
        match (totp, recovery_code) {
            (_, Some(r)) => f.recovery_code = Some(r),
            // `--totp` always took a recovery code too; they are longer than 6 digits.
            (Some(t), None) => f.set(t),
            (None, None) => f.ask(ctx)?,
        }
        Ok(f)
    }

    fn set(&mut self, c: Secret) {
        let c = c.expose().trim();
        let six_digits = c.len() == 6 && c.chars().all(|ch| ch.is_ascii_digit());
        let c = Some(Secret::from(c));
        if six_digits {
            (self.totp, self.recovery_code) = (c, None);
        } else {
            (self.totp, self.recovery_code) = (None, c);
        }
    }

    fn ask(&mut self, ctx: &Context) -> Result<()> {
        let code = ctx.prompter.text(PROMPT).map_err(|e| match e {
            PromptError::Off => CliError::needs_input(
                "a code from your authenticator app is needed and prompting is off: pass --totp CODE (or --recovery-code CODE; without either, open a ticket with `acctl recover ticket`).",
            ),
            other => other.into_cli(""),
        })?;
        if code.is_empty() {
            return Err(CliError::new(
                Exit::Refused,
                "invalid_input",
                "no code was given: nothing changed.",
            ));
        }
        self.set(code.into());
        self.prompted = true;
        self.tries += 1;
        Ok(())
    }

    /// After a refused code typed at a prompt: say so and ask again (a few times).
    pub fn ask_again(&mut self, ctx: &Context, e: &CliError) -> Result<bool> {
        if e.code != "invalid_code" || !self.prompted || self.tries >= TRIES {
            return Ok(false);
        }
        ctx.out.warn(&e.message);
        self.ask(ctx)?;
        Ok(true)
    }
}

/// The body of a 2SV change, sent until the service takes it or refuses for good.
pub struct Proof {
    factor: SecondFactor,
    password: Option<Secret>,
    has_password: bool,
}

impl Proof {
    pub fn new(ctx: &Context, args: &ProofArgs, has_password: bool) -> Result<Self> {
        let password = if args.password_stdin {
            Some(crate::prompt::password_from_stdin()?)
        } else {
            None
        };
        let factor = SecondFactor::gather(ctx, args.totp.clone(), args.recovery_code.clone())?;
        Ok(Proof {
            factor,
            password,
            has_password,
        })
    }

    fn body(&self) -> TwoStepChange {
        TwoStepChange {
            totp: self.factor.totp.clone(),
            recovery_code: self.factor.recovery_code.clone(),
            password: self.password.clone(),
        }
    }

    /// Sends the change. A stale sign-in is re-authenticated in line: by the
    /// password in the request (asked for on a terminal), or, for an account
    /// without one, by the re-auth flow's code; either way the service checks
    /// freshness before the code, so the code is still unspent for the retry.
    pub fn send<T, F>(&mut self, ctx: &Context, session: &mut Session, f: F) -> Result<T>
    where
        F: Fn(Client, TwoStepChange) -> Call<T>,
    {
        let mut reauthenticated = false;
        loop {
            let body = self.body();
            let err = match session.call(|c| f(c, body.clone())) {
                Ok(v) => return Ok(v),
                Err(e) => e,
            };
            if err.code == "reauth_required" && self.password.is_none() && !reauthenticated {
                reauthenticated = true;
                if self.has_password {
                    self.password = Some(ask_password(ctx)?.into());
                } else {
                    reauthenticate(ctx, session, &Answers::default())?;
                }
                continue;
            }
            if self.factor.ask_again(ctx, &err)? {
                continue;
            }
            return Err(err);
        }
    }
}

fn ask_password(ctx: &Context) -> Result<String> {
    ctx.out
        .note("This needs a recent sign-in: confirm it is you with your password.");
    match ctx.prompter.secret("Password") {
        Ok(p) if !p.is_empty() => Ok(p),
        Ok(_) => Err(CliError::new(Exit::Refused, "invalid_input", "the password is empty: nothing changed.")),
        Err(PromptError::Off) => Err(CliError::needs_input(
            "your sign-in is older than 10 minutes and prompting is off: pipe the password with --password-stdin, e.g. `printf '%s\\n' \"$PW\" | acctl 2sv disable --totp CODE --password-stdin`.",
        )),
        Err(e) => Err(e.into_cli("")),
    }
}
