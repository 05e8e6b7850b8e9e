//! `acctl recover status`: where a recovery ticket or a password reset stands;
//! a reset whose waiting period is over is finished here.

use acct_api::{ErrorCode, FlowInput, FlowKind};
use clap::Args;
use serde_json::json;

use super::password::{empty_result, reset_done, waiting};
use super::target::target;
use super::ticket;
use crate::context::Context;
use crate::error::{CliError, Exit, Result};
use crate::flow::flag_for;
use crate::output::{relative, rfc3339, Human, Report};
use crate::prefix::Candidate;
use crate::profiles::load_flows;

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

pub fn run(ctx: &Context, args: StatusArgs) -> Result<Report> {
    let id = resolve_status_id(ctx, args.id.trim())?;
    if id.starts_with('T') {
        return ticket::status(ctx, &id, args.status_secret_stdin);
    }
    reset_status(ctx, &id)
}

/// A whole ticket or flow ID as given; a prefix resolved against the tickets
/// saved here and the password resets recorded here.
fn resolve_status_id(ctx: &Context, id: &str) -> Result<String> {
    if ticket::check_ticket_id(id).is_ok() || crate::prefix::is_full_hex(id) {
        return Ok(id.to_string());
    }
    if !crate::prefix::ticket_shaped(id) {
        return Err(CliError::usage(format!(
            "{id:?} is neither a ticket ID (T followed by 12 hex digits, from `acctl recover ticket`) nor a flow ID (32 hex digits, from `acctl recover password`), nor the start of one."
        )));
    }
    let dir = ctx.config_dir()?;
    let mut candidates: Vec<Candidate> = ticket::saved_ticket_ids(&dir)?
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
    let flow = match ctx.call(client.get_flow(flow_id))? {
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
    match flow.awaiting {
        Some(acct_api::Awaiting::Wait) => {
            match ctx.call(client.advance_flow(flow_id, &FlowInput::default()))? {
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
