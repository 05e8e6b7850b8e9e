//! `acctl recover`: forgot password (with the waiting period from unrecognised
//! devices and networks), find my ID, ticket and reset status, and the owner's
//! cancel. Opening a ticket lives in `recover_ticket`.

use acct_api::{
    parse_account_id, parse_email, parse_login, parse_phone, ErrorCode, FindId, Flow, FlowInput,
    FlowKind, FlowResult, StartFlow, TicketRef,
};
use acct_client::Client;
use clap::{Args, Subcommand, ValueEnum};
use serde_json::json;

use super::recover_ticket::{self, TicketArgs};
use crate::context::Context;
use crate::error::{format_time, CliError, Exit, Result};
use crate::flow::{drive, flag_for, Inputs, Origin, WAITING};
use crate::output::{relative, rfc3339, Human, Report};
use crate::prefix::Candidate;
use crate::profiles::{load_flows, load_profiles, ProfileFile};
use crate::prompt::password_from_stdin;
use crate::session::Session;

/// Get back into an account: forgotten password, forgotten ID, or a recovery
/// ticket reviewed by support staff when codes cannot reach you.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  acctl recover password +8613812345678
  acctl recover id --phone +8613812345678
  acctl recover ticket +8613812345678 --contact-email me@example.com
  acctl recover status T3f2a9c01b2d4
  acctl recover cancel            # signed in: stop a reset you did not ask for")]
pub struct RecoverArgs {
    #[command(subcommand)]
    pub command: RecoverCommand,
}

#[derive(Debug, Subcommand)]
pub enum RecoverCommand {
    /// Forgot password: a code to the verified phone or email, then a new password
    Password(PasswordArgs),
    /// Find my ID: the account ID is sent to the phone or email, if it is verified on an account
    Id(IdArgs),
    /// Open a recovery ticket when codes cannot reach you (support staff review it)
    Ticket(TicketArgs),
    /// Where a recovery ticket (T…) or a waiting password reset (flow ID) stands
    Status(StatusArgs),
    /// Cancel a pending password reset of the signed-in account
    Cancel(CancelArgs),
}

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
    pub code: Option<String>,
    /// Two-step verification code (or a recovery code), if the account has two-step on
    #[arg(long, value_name = "CODE")]
    pub totp: Option<String>,
    /// Read the new password (one line) from stdin
    #[arg(long)]
    pub password_stdin: bool,
}

/// Find my ID: if the phone or email is verified on an account, its ID is sent
/// there. The answer is the same either way, so it reveals nothing.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  acctl recover id --phone +8613812345678
  acctl recover id --email ann@example.com --json")]
#[command(group = clap::ArgGroup::new("contact").required(true).args(["phone", "email"]))]
pub struct IdArgs {
    /// Phone number in E.164 form
    #[arg(long, value_name = "E164")]
    pub phone: Option<String>,
    /// Email address
    #[arg(long, value_name = "ADDR")]
    pub email: Option<String>,
}

/// Where a recovery ticket stands (open, claimed, approved, rejected,
/// completed) and what to do next; or, given a flow ID, where a password reset
/// stands — a waiting one is finished once its time has come.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  acctl recover status T3f2a9c01b2d4            # the secret saved when you opened it
  printf '%s\\n' \"$SECRET\" | acctl recover status T3f2a9c01b2d4 --status-secret-stdin
  acctl recover status 0f1e2d3c4b5a69788796a5b4c3d2e1f0   # a waiting password reset")]
pub struct StatusArgs {
    /// A ticket ID (T…) or the flow ID of a password reset
    pub id: String,
    /// Read the ticket's status secret (one line) from stdin
    #[arg(long)]
    pub status_secret_stdin: bool,
}

/// Cancel a password reset that waits (one started from a device or network
/// the account does not know). Run it signed in, from any of your devices.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  acctl recover cancel
  acctl --profile work recover cancel --json")]
pub struct CancelArgs {}

pub fn run(ctx: &Context, args: RecoverArgs) -> Result<Report> {
    match args.command {
        RecoverCommand::Password(a) => password(ctx, a),
        RecoverCommand::Id(a) => find_id(ctx, a),
        RecoverCommand::Ticket(a) => recover_ticket::open(ctx, a),
        RecoverCommand::Status(a) => status(ctx, a),
        RecoverCommand::Cancel(a) => cancel(ctx, a),
    }
}

/// The profile and server a recovery command talks to.
pub(super) struct Where {
    pub file: ProfileFile,
    pub profile: String,
    pub server: String,
}

pub(super) fn target(ctx: &Context) -> Result<Where> {
    let dir = ctx.config_dir()?;
    let file = load_profiles(&dir)?;
    let profile = ctx.profile_name(&file)?;
    let server = ctx.server(file.profiles.get(&profile));
    Ok(Where {
        file,
        profile,
        server,
    })
}

fn password(ctx: &Context, args: PasswordArgs) -> Result<Report> {
    let login = parse_login(&args.login)?.to_string();
    let w = target(ctx)?;
    let ticket = match &args.ticket {
        Some(id) => {
            let ticket_id = recover_ticket::check_ticket_id(id)?;
            let status_secret = recover_ticket::status_secret(
                ctx,
                &w.server,
                &ticket_id,
                args.status_secret_stdin,
            )?;
            Some(TicketRef {
                ticket_id,
                status_secret,
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
    let flow = match ctx.call("POST /v1/flows", &w.server, client.start_flow(&start))? {
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
    resume(ctx, &client, &origin, flow, inputs)
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

/// Drives a reset or ticket flow to its end, as `recover password|ticket` and
/// `acctl continue` both finish it.
pub fn resume(
    ctx: &Context,
    client: &Client,
    origin: &Origin,
    flow: Flow,
    mut inputs: Inputs,
) -> Result<Report> {
    let kind = flow.kind;
    match drive(ctx, client, origin, flow, &mut inputs) {
        Ok(result) if kind == FlowKind::RecoveryTicket => {
            recover_ticket::receipt(ctx, &origin.server, result)
        }
        Ok(result) => Ok(reset_done(ctx, &result)),
        Err(e) if e.code == WAITING => Ok(waiting(ctx, &e)),
        Err(e) => Err(e),
    }
}

fn reset_done(ctx: &Context, _result: &FlowResult) -> Report {
    ctx.out.success(
        "Password reset. Every device of the account was signed out; sign in with the new password: acctl login",
    );
    Report::new(
        json!({ "kind": "password_reset", "status": "complete", "next": "acctl login" }),
        Human::Nothing,
    )
}

/// The reset waits: accepted, so exit 0, with when and how to finish it.
fn waiting(ctx: &Context, e: &CliError) -> Report {
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

fn find_id(ctx: &Context, args: IdArgs) -> Result<Report> {
    let req = FindId {
        phone: args.phone.as_deref().map(parse_phone).transpose()?,
        email: args.email.as_deref().map(parse_email).transpose()?,
    };
    let w = target(ctx)?;
    let client = ctx.client(&w.server)?;
    let accepted = ctx.call("POST /v1/recovery/id", &w.server, client.find_id(&req))??;
    ctx.out.note(
        "If nothing arrives, check the number or address, or open a ticket: acctl recover ticket",
    );
    Ok(Report::new(
        json!({ "message": accepted.message }),
        Human::Text(accepted.message),
    ))
}

fn status(ctx: &Context, args: StatusArgs) -> Result<Report> {
    let id = resolve_status_id(ctx, args.id.trim())?;
    if id.starts_with('T') {
        return recover_ticket::status(ctx, &id, args.status_secret_stdin);
    }
    reset_status(ctx, &id)
}

/// A whole ticket or flow ID as given; a prefix resolved against the tickets
/// saved here and the password resets recorded here.
fn resolve_status_id(ctx: &Context, id: &str) -> Result<String> {
    if recover_ticket::check_ticket_id(id).is_ok() || crate::prefix::is_full_hex(id) {
        return Ok(id.to_string());
    }
    if !crate::prefix::ticket_shaped(id) {
        return Err(CliError::usage(format!(
            "{id:?} is neither a ticket ID (T followed by 12 hex digits, from `acctl recover ticket`) nor a flow ID (32 hex digits, from `acctl recover password`), nor the start of one."
        )));
    }
    let dir = ctx.config_dir()?;
    let mut candidates: Vec<Candidate> = recover_ticket::saved_ticket_ids(&dir)?
        .into_iter()
        .map(|id| Candidate {
            id,
            label: "recovery ticket".into(),
        })
        .collect();
    candidates.extend(
        load_flows(&dir)?
            .into_iter()
            .filter(|f| f.kind == FlowKind::PasswordReset.as_str())
            .map(|f| Candidate {
                id: f.flow_id,
                label: "password reset".into(),
            }),
    );
    crate::prefix::resolve(
        "ticket or password reset",
        "acctl recover ticket / acctl flow list",
        id,
        &candidates,
    )
    .map_err(|e| {
        if e.exit == Exit::NotFound {
            CliError::new(
                Exit::NotFound,
                "not_found",
                format!(
                    "no ticket or password reset started on this machine starts with {id:?}: give the whole ID (a ticket is T and 12 hex digits, from `acctl recover ticket`; a reset is 32 hex digits, from `acctl recover password`)."
                ),
            )
        } else {
            e
        }
    })
}

/// A password reset by flow ID: a waiting one is finished when its time has come.
fn reset_status(ctx: &Context, flow_id: &str) -> Result<Report> {
    let dir = ctx.config_dir()?;
    let record = load_flows(&dir)?.into_iter().find(|f| f.flow_id == flow_id);
    let w = target(ctx)?;
    let server = record
        .as_ref()
        .map_or(w.server.clone(), |r| r.server.clone());
    let client = ctx.client(&server)?;
    let path = format!("GET /v1/flows/{flow_id}");
    let flow = match ctx.call(&path, &server, client.get_flow(flow_id))? {
        Ok(f) => f,
        Err(e) if e.code() == Some(ErrorCode::FlowNotFound) => {
            let _ = crate::profiles::forget_flow(&dir, flow_id);
            return Err(CliError::new(
                Exit::NotFound,
                "flow_not_found",
                format!("there is no pending password reset {flow_id}: it was completed, cancelled by the account's owner, or it expired; start again with `acctl recover password LOGIN`."),
            ));
        }
        Err(e) => return Err(e.into()),
    };
    if flow.kind != FlowKind::PasswordReset {
        return Err(CliError::usage(format!(
            "flow {flow_id} is a {}, not a password reset: see `acctl flow list`.",
            flow.kind.as_str()
        )));
    }
    let origin = Origin {
        profile: record.map_or(w.profile, |r| r.profile),
        server,
        device_name: None,
        insecure_storage: false,
        ..Default::default()
    };
    match flow.awaiting {
        Some(acct_api::Awaiting::Wait) => {
            let path = format!("POST /v1/flows/{flow_id}");
            match ctx.call(
                &path,
                &origin.server,
                client.advance_flow(flow_id, &FlowInput::default()),
            )? {
                Ok(done) => {
                    let _ = crate::profiles::forget_flow(&dir, flow_id);
                    Ok(reset_done(ctx, &done.result.unwrap_or_else(empty_result)))
                }
                Err(e) if e.code() == Some(ErrorCode::RateLimited) => {
                    Ok(waiting(ctx, &crate::flow::waiting(&flow)))
                }
                Err(e) => Err(e.into()),
            }
        }
        other => {
            let awaiting = other.unwrap_or(acct_api::Awaiting::Unknown);
            let next = format!("acctl continue {flow_id} {}", flag_for(awaiting));
            let next = next.trim_end().to_string();
            ctx.out.note(&format!("Finish it with: {next}"));
            Ok(Report::new(
                json!({
                    "flow_id": flow_id,
                    "kind": "password_reset",
                    "status": "pending",
                    "awaiting": awaiting.as_str(),
                    "sent_to": flow.sent_to,
                    "expires_at": rfc3339(flow.expires_at),
                    "next": next,
                }),
                Human::Fields(vec![
                    ("flow".into(), flow_id.to_string()),
                    ("status".into(), format!("awaiting {}", awaiting.as_str())),
                    ("expires".into(), relative(flow.expires_at)),
                    ("finish with".into(), next),
                ]),
            ))
        }
    }
}

fn empty_result() -> FlowResult {
    FlowResult {
        account_id: String::new(),
        deleted: false,
        session: None,
        recovery_codes: Vec::new(),
        ticket: None,
    }
}

fn cancel(ctx: &Context, _: CancelArgs) -> Result<Report> {
    let mut session = Session::open(ctx)?;
    session.call("POST /v1/recovery/cancel", |c| async move {
        c.cancel_recovery().await
    })?;
    ctx.out.success(
        "Cancelled the pending password reset; the password is unchanged. If you did not start it, someone knows your login: run `acctl security check`.",
    );
    Ok(Report::new(json!({ "cancelled": true }), Human::Nothing))
}
