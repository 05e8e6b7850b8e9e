//! `acctl recover password` and `acctl recover cancel`: a password reset, which
//! completes at once from a device or network the account knows and otherwise
//! waits while every contact is told; and its owner's cancel.

use acct_api::{
    parse_account_id, parse_login, ErrorCode, Flow, FlowResult, Secret, StartFlow, TicketRef,
};
use acct_client::Client;
use clap::{Args, ValueEnum};
use serde_json::json;

use super::target::{target, Where};
use super::ticket;
use crate::context::Context;
use crate::error::{format_time, CliError, Exit, Result};
use crate::flow::{drive, Inputs, Origin, WAITING};
use crate::output::{relative, Human, Report};
use crate::prompt::password_from_stdin;
use crate::session::Session;

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Via {
    Sms,
    Email,
}

/// Reset a forgotten password. From a device or network that signed in to the
/// account before, it completes at once; otherwise it waits (72 hours by
/// default) while every contact of the account is told, and the owner can
/// cancel it. Every device of the account is signed out when it completes.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  acctl recover password +8613812345678
  acctl recover password 12345678 --via email
  # scripted: exit 10 while a code is on its way, then continue
  acctl recover password +8613812345678 --no-input --json
  printf '%s\\n' \"$NEW_PW\" | acctl continue FLOW_ID --password-stdin
  # an approved ticket (the code went to the ticket's contact email)
  acctl recover password +8613812345678 --ticket T3f2a9c01b2d4

When it has to wait, it prints when and exits 0; `acctl continue FLOW_ID` or
`acctl recover status FLOW_ID` finishes it after that time.")]
pub struct PasswordArgs {
    /// Account ID, phone (+E164) or email
    pub login: String,
    /// Where the code goes (default: the phone for a phone or ID, the email for an email)
    #[arg(long, value_enum, value_name = "CHANNEL")]
    pub via: Option<Via>,
    /// Finish an approved recovery ticket (its status secret: saved here when you
    /// opened it, else --status-secret-stdin, else a prompt)
    #[arg(long, value_name = "TICKET_ID", conflicts_with = "via")]
    pub ticket: Option<String>,
    /// Read the ticket's status secret (one line) from stdin, before any password
    #[arg(long, requires = "ticket")]
    pub status_secret_stdin: bool,
    /// The code, if you already have it
    #[arg(long, value_name = "CODE")]
    pub code: Option<Secret>,
    /// Two-step verification code (or a recovery code), if the account has two-step on
    #[arg(long, value_name = "CODE")]
    pub totp: Option<Secret>,
    /// Read the new password (one line) from stdin
    #[arg(long)]
    pub password_stdin: bool,
}

/// Cancel a password reset that waits (one started from a device or network
/// the account does not know). Run it signed in, from any of your devices.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  acctl recover cancel
  acctl --profile work recover cancel --json")]
pub struct CancelArgs {}

pub fn run(ctx: &Context, args: PasswordArgs) -> Result<Report> {
    let login = parse_login(&args.login)?.to_string();
    let w = target(ctx)?;
    let ticket = match &args.ticket {
        Some(id) => {
            let ticket_id = ticket::check_ticket_id(id)?;
            let status_secret =
                ticket::status_secret(ctx, &w.server, &ticket_id, args.status_secret_stdin)?;
            Some(TicketRef {
                ticket_id,
                status_secret: status_secret.into(),
            })
        }
        None => None,
    };
    let password = args.password_stdin.then(password_from_stdin).transpose()?;
    let known_device_id = if ticket.is_none() {
        known_device(&w, &login)
    } else {
        None
    };
    let start = StartFlow::PasswordReset {
        login,
        via: args.via.map(|v| match v {
            Via::Sms => acct_api::Channel::Sms,
            Via::Email => acct_api::Channel::Email,
        }),
        ticket,
        known_device_id,
    };
    let client = ctx.client(&w.server)?;
    let flow = match ctx.call(client.start_flow(&start))? {
        Ok(f) => f,
        Err(e) if e.code() == Some(ErrorCode::Conflict) => return Err(refused(e)),
        Err(e) => return Err(e.into()),
    };
    let origin = Origin {
        profile: w.profile,
        server: w.server,
        device_name: None,
        insecure_storage: false,
        ..Default::default()
    };
    let inputs = Inputs {
        code: args.code,
        totp: args.totp,
        password,
        ..Default::default()
    };
    finish(ctx, &client, &origin, flow, inputs)
}

/// A device this machine holds for the account, so the service recognises it:
/// the profile signed in to that account ID on this server; for a phone or
/// email login, the current profile's device on this server.
fn known_device(w: &Where, login: &str) -> Option<String> {
    let here = |p: &&crate::profiles::Profile| p.server.trim_end_matches('/') == w.server;
    if let Some(id) = parse_account_id(login) {
        return w
            .file
            .profiles
            .values()
            .filter(here)
            .find(|p| p.account_id.as_deref() == Some(id.as_str()))
            .and_then(|p| p.device_id.clone());
    }
    w.file
        .profiles
        .get(&w.profile)
        .filter(here)
        .and_then(|p| p.device_id.clone())
}

/// Drives a reset flow to its end, as `recover password` and `acctl continue`
/// both finish it.
pub fn finish(
    ctx: &Context,
    client: &Client,
    origin: &Origin,
    flow: Flow,
    mut inputs: Inputs,
) -> Result<Report> {
    match drive(ctx, client, origin, flow, &mut inputs) {
        Ok(result) => Ok(reset_done(ctx, &result)),
        Err(e) if e.code == WAITING => Ok(waiting(ctx, &e)),
        Err(e) => Err(e),
    }
}

pub fn reset_done(ctx: &Context, _result: &FlowResult) -> Report {
    ctx.out.success(
        "Password reset. Every device of the account was signed out; sign in with the new password: acctl login",
    );
    Report::new(
        json!({ "kind": "password_reset", "status": "complete", "next": "acctl login" }),
        Human::Nothing,
    )
}

/// The reset waits: accepted, so exit 0, with when and how to finish it.
pub fn waiting(ctx: &Context, e: &CliError) -> Report {
    let pending = e.pending.clone().unwrap_or_default();
    let flow_id = pending["flow_id"].as_str().unwrap_or_default().to_string();
    let until = pending["wait_until"].as_str().and_then(|s| {
        time::OffsetDateTime::parse(s, &time::format_description::well_known::Rfc3339).ok()
    });
    let when = until
        .map(|t| format!("{} ({})", format_time(t), relative(t)))
        .unwrap_or_else(|| "later".into());
    ctx.out.note(&format!(
        "This device or network is new to the account, so the reset waits until {when}. Every contact of the account was told; its owner can cancel it with `acctl recover cancel`."
    ));
    ctx.out.note(&format!(
        "After that time, finish it with: acctl continue {flow_id}   (or: acctl recover status {flow_id})"
    ));
    let mut json = pending;
    json["status"] = "waiting".into();
    json["next"] = format!("acctl continue {flow_id}").into();
    let fields = vec![
        ("flow".into(), flow_id.clone()),
        ("status".into(), "waiting".into()),
        ("completes".into(), when),
        ("finish with".into(), format!("acctl continue {flow_id}")),
    ];
    Report::new(json, Human::Fields(fields))
}

/// A 409 from the recovery or support API: the request does not fit the
/// current state (ticket not approved, claimed by someone else, already
/// decided). Exit 6, "input refused", with the service's sentence.
pub fn refused(e: acct_client::ClientError) -> CliError {
    let request_id = e.request_id().map(str::to_string);
    let message = match &e {
        acct_client::ClientError::Api { body, .. } => body.message.clone(),
        other => other.to_string(),
    };
    let mut err = CliError::new(Exit::Refused, "conflict", message);
    err.request_id = request_id;
    err
}

pub fn empty_result() -> FlowResult {
    FlowResult {
        account_id: String::new(),
        deleted: false,
        session: None,
        recovery_codes: Vec::new(),
        ticket: None,
    }
}

pub fn cancel(ctx: &Context, _: CancelArgs) -> Result<Report> {
    let mut session = Session::open(ctx)?;
    session.call(|c| c.cancel_recovery())?;
    ctx.out.success(
        "Cancelled the pending password reset; the password is unchanged. If you did not start it, someone knows your login: run `acctl security check`.",
    );
    Ok(Report::new(json!({ "cancelled": true }), Human::Nothing))
}
