//! Authenticated flows and the in-line re-authentication of sensitive operations.
//!
//! Sensitive operations (device sign-out, credential changes, 2SV, deletion)
//! answer 403 `reauth_required` when this device's last sign-in is older than the
//! service's window (10 min). [`sensitive`] and [`drive_flow`] then run a re-auth
//! flow through the one flow driver (a prompt; or exit 10 with prompting off, and
//! `acctl continue` finishes it) and retry once, so no command carries its own
//! re-auth code and the user never runs a separate command.

use acct_api::{Flow, FlowResult, Secret, StartFlow};
use acct_client::{Call, Client};

use crate::context::Context;
use crate::error::{CliError, Result};
use crate::flow::{drive, Inputs, Origin};
use crate::session::Session;

/// Answers known up front, reusable: a retry after a re-auth needs them again.
#[derive(Debug, Clone, Default)]
pub struct Answers {
    pub code: Option<Secret>,
    pub totp: Option<Secret>,
    pub password: Option<Secret>,
    pub phone: Option<String>,
    pub confirmation: Option<String>,
    /// Resumed by `acctl continue` (the flow's earlier steps ran elsewhere).
    pub resumed: bool,
}

impl Answers {
    pub fn inputs(&self) -> Inputs {
        Inputs {
            code: self.code.clone(),
            totp: self.totp.clone(),
            password: self.password.clone(),
            phone: self.phone.clone(),
            confirmation: self.confirmation.clone(),
        }
    }

    /// What a re-auth flow may use: the password and the second factor, never
    /// the operation's own code (that one belongs to another flow).
    pub fn for_reauth(&self) -> Inputs {
        Inputs {
            password: self.password.clone(),
            totp: self.totp.clone(),
            ..Default::default()
        }
    }
}

pub fn origin(session: &Session) -> Origin {
    Origin {
        profile: session.name.clone(),
        server: session.server.clone(),
        device_name: session.profile.as_ref().and_then(|p| p.device_name.clone()),
        insecure_storage: false,
        ..Default::default()
    }
}

fn needs_reauth(e: &CliError) -> bool {
    e.code == "reauth_required"
}

/// An authenticated request that may need a recent sign-in: on `reauth_required`,
/// re-authenticate in line and retry once.
pub fn sensitive<T, F>(ctx: &Context, session: &mut Session, answers: &Answers, f: F) -> Result<T>
where
    F: Fn(Client) -> Call<T>,
{
    match session.call(&f) {
        Err(e) if needs_reauth(&e) => {
            reauthenticate(ctx, session, answers)?;
            session.call(&f)
        }
        other => other,
    }
}

/// Starts an authenticated flow (re-authenticating first when the service asks).
pub fn start_flow(
    ctx: &Context,
    session: &mut Session,
    start: &StartFlow,
    answers: &Answers,
) -> Result<Flow> {
    sensitive(ctx, session, answers, |c| c.start_flow(start))
}

/// Drives an authenticated flow to completion; when the re-auth window closes
/// mid-flow, re-authenticates and carries on with the same flow.
pub fn drive_flow(
    ctx: &Context,
    session: &mut Session,
    flow: Flow,
    answers: &Answers,
) -> Result<FlowResult> {
    let client = session.authed_client()?;
    let mut origin = origin(session);
    // Kept with the pending flow, so `acctl continue` needs no second confirmation.
    origin.confirmation = answers.confirmation.clone();
    origin.resumed = answers.resumed;
    let flow_id = flow.flow_id.clone();
    match drive(ctx, &client, &origin, flow, &mut answers.inputs()) {
        Err(e) if needs_reauth(&e) => {
            reauthenticate(ctx, session, answers)?;
            let client = session.authed_client()?;
            let now = ctx.call(client.get_flow(&flow_id))??;
            drive(ctx, &client, &origin, now, &mut answers.inputs())
        }
        other => other,
    }
}

/// The re-auth flow: password (then a TOTP code with 2SV on), or a code for an
/// account without a password. With prompting off it stops with exit 10.
pub fn reauthenticate(ctx: &Context, session: &mut Session, answers: &Answers) -> Result<()> {
    ctx.out
        .note("This needs a recent sign-in: confirm it is you.");
    let client = session.authed_client()?;
    let start = StartFlow::Reauth { via: None };
    let flow = ctx.call(client.start_flow(&start))??;
    let origin = origin(session);
    match drive(ctx, &client, &origin, flow, &mut answers.for_reauth()) {
        Ok(_) => {
            ctx.out.success("Confirmed.");
            Ok(())
        }
        Err(mut e) if e.pending.is_some() => {
            e.message = format!(
                "{} Then run this command again within 10 minutes.",
                e.message
            );
            Err(e)
        }
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 10: answers carried between retries never show in a `{:?}`.
    #[test]
    fn answers_debug_hides_the_password_and_codes() {
        let secret = "s3cret-Value-77";
        let answers = Answers {
            code: Some(secret.into()),
            totp: Some(secret.into()),
            password: Some(secret.into()),
            ..Default::default()
        };
        let shown = format!("{answers:?}");
        assert!(!shown.contains(secret), "{shown}");
        let tokens = crate::token_store::Tokens {
            access_token: secret.into(),
            refresh_token: secret.into(),
        };
        assert!(!format!("{tokens:?}").contains(secret));
    }
}
