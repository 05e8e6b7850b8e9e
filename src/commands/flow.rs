//! Pending multi-step operations: `flow list | cancel`.

use clap::{Args, Subcommand};
use serde_json::json;
use time::OffsetDateTime;

use std::path::Path;

use acct_api::{ErrorCode, FlowStatus};

use crate::context::Context;
use crate::device_grant;
use crate::error::Result;
use crate::output::{relative, rfc3339, Column, Human, Report, Table};
use crate::profiles::{forget_flow, load_flows, load_profiles, update_flows, PendingFlow};

/// Pending multi-step operations started on this machine.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  acctl flow list
  acctl flow list --json
  acctl flow cancel 3f2a9c")]
pub struct FlowArgs {
    #[command(subcommand)]
    pub command: FlowCommand,
}

#[derive(Debug, Subcommand)]
pub enum FlowCommand {
    /// Live pending flows of this profile, with what each awaits and when it expires
    #[command(after_help = "Examples:\n  acctl flow list\n  acctl flow list -o ndjson")]
    List,
    /// Cancel a pending flow on the server and forget it here
    #[command(after_help = "Examples:\n  acctl flow cancel 3f2a9c")]
    Cancel {
        /// The flow ID, or a unique prefix of it
        flow_id: String,
    },
}

pub fn run(ctx: &Context, args: FlowArgs) -> Result<Report> {
    let dir = ctx.config_dir()?;
    match args.command {
        FlowCommand::List => list(ctx, &dir),
        FlowCommand::Cancel { flow_id } => {
            let flows = crate::profiles::load_flows(&dir)?;
            let flow_id = crate::prefix::flow_id(&flows, &flow_id)?;
            let record = flows.into_iter().find(|f| f.flow_id == flow_id);
            // A browser sign-in lives here only: its device code goes, and the
            // code can no longer be redeemed from here (RFC 8628 has no cancel).
            if let Some(r) = record.as_ref().filter(|r| r.kind == device_grant::KIND) {
                device_grant::discard(ctx, r);
                ctx.out.success(&format!("Cancelled flow {flow_id}."));
                return Ok(Report::new(json!({ "cancelled": flow_id }), Human::Nothing));
            }
            let server = match &record {
                Some(r) => r.server.clone(),
                None => {
                    let file = load_profiles(&dir)?;
                    ctx.server(file.profiles.get(&ctx.profile_name(&file)?))
                }
            };
            let client = ctx.client(&server)?;
            let result = ctx.call(client.cancel_flow(&flow_id))?;
            // Whatever the server says, a flow it cannot finish is no use here.
            forget_flow(&dir, &flow_id)?;
            result?;
            ctx.out.success(&format!("Cancelled flow {flow_id}."));
            Ok(Report::new(json!({ "cancelled": flow_id }), Human::Nothing))
        }
    }
}

/// The profile's live flows: expired ones are dropped locally, and each
/// recorded flow is asked about, so one finished or cancelled elsewhere (or
/// unknown to the service) goes too. An unreachable service keeps the records.
fn list(ctx: &Context, dir: &Path) -> Result<Report> {
    let profile = ctx.profile_name(&load_profiles(dir)?)?;
    let now = crate::clock::now();
    let recorded: Vec<PendingFlow> = load_flows(dir)?
        .into_iter()
        .filter(|f| f.profile == profile && f.expires_at > now)
        .collect();
    let mut dead = Vec::new();
    let mut live = Vec::new();
    for mut f in recorded {
        match still_pending(ctx, &f) {
            Liveness::Pending(expires_at) => {
                f.expires_at = expires_at;
                live.push(f);
            }
            Liveness::Unknown => live.push(f),
            Liveness::Gone => dead.push(f.flow_id.clone()),
        }
    }
    let dead_or_expired = |f: &PendingFlow| dead.contains(&f.flow_id) || f.expires_at <= now;
    if dir.join(crate::profiles::FLOWS_FILE).exists() {
        let dropped = update_flows(dir, |flows| {
            let (gone, kept) = std::mem::take(flows)
                .into_iter()
                .partition(|f| dead_or_expired(f));
            *flows = kept;
            Ok::<Vec<PendingFlow>, _>(gone)
        })?;
        for f in dropped.iter().filter(|f| f.kind == device_grant::KIND) {
            device_grant::forget_code(ctx, f);
        }
    }
    let items: Vec<_> = live
        .iter()
        .map(|f| {
            let mut item = json!({
                "flow_id": f.flow_id,
                "kind": f.kind,
                "awaiting": f.awaiting,
                "sent_to": f.sent_to,
                "expires_at": rfc3339(f.expires_at),
                "server": f.server,
            });
            if let Some(web) = &f.web {
                item["user_code"] = web.user_code.clone().into();
                item["verification_uri"] = web.verification_uri.clone().into();
            }
            item
        })
        .collect();
    if live.is_empty() {
        ctx.out
            .note(&format!("No pending flows in profile {profile}."));
    }
    let rows = live
        .iter()
        .map(|f| {
            vec![
                f.flow_id.clone(),
                f.kind.clone(),
                f.awaiting.clone().unwrap_or_else(|| "-".into()),
                match &f.web {
                    // Where the browser is asked, and what to type there.
                    Some(w) => format!("{} at {}", w.user_code, w.verification_uri),
                    None => f.sent_to.clone().unwrap_or_else(|| "-".into()),
                },
                expires(ctx, f.expires_at),
            ]
        })
        .collect();
    let table = Table::new(
        vec![
            Column::id("flow"),
            Column::new("kind"),
            Column::new("awaiting"),
            Column::new("sent to").optional(2),
            Column::new("expires").optional(1),
        ],
        rows,
    );
    Ok(Report::new(json!(items), Human::Grid(table)))
}

/// Relative on a terminal, exact when piped.
fn expires(ctx: &Context, t: OffsetDateTime) -> String {
    if ctx.out.stdout_tty {
        relative(t)
    } else {
        rfc3339(t)
    }
}

enum Liveness {
    Pending(OffsetDateTime),
    Gone,
    Unknown,
}

fn still_pending(ctx: &Context, f: &PendingFlow) -> Liveness {
    if f.kind == device_grant::KIND {
        // Only a poll could tell, and a poll of an approved code redeems it: the
        // local expiry decides, and `acctl continue` finds out the rest.
        return Liveness::Pending(f.expires_at);
    }
    let Ok(client) = ctx.client(&f.server) else {
        return Liveness::Unknown;
    };
    match ctx.call(client.get_flow(&f.flow_id)) {
        Ok(Ok(flow)) if flow.status == FlowStatus::Complete => Liveness::Gone,
        Ok(Ok(flow)) if flow.expires_at <= crate::clock::now() => Liveness::Gone,
        Ok(Ok(flow)) => Liveness::Pending(flow.expires_at),
        Ok(Err(e))
            if matches!(
                e.code(),
                Some(ErrorCode::FlowNotFound | ErrorCode::NotFound | ErrorCode::FlowExpired)
            ) =>
        {
            Liveness::Gone
        }
        _ => Liveness::Unknown,
    }
}
