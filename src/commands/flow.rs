//! Pending multi-step operations: `flow list | cancel`.

use clap::{Args, Subcommand};
use serde_json::json;
use time::OffsetDateTime;

use crate::context::Context;
use crate::error::Result;
use crate::output::{relative, rfc3339, Human, Report};
use crate::profiles::{forget_flow, load_profiles, update_flows};

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
    /// Pending flows of this profile, with what each awaits and when it expires
    #[command(after_help = "Examples:\n  acctl flow list\n  acctl flow list -o ndjson")]
    List,
    /// Cancel a pending flow on the server and forget it here
    #[command(after_help = "Examples:\n  acctl flow cancel 3f2a9c")]
    Cancel {
        /// The flow ID
        flow_id: String,
    },
}

pub fn run(ctx: &Context, args: FlowArgs) -> Result<Report> {
    let dir = ctx.config_dir()?;
    match args.command {
        FlowCommand::List => {
            let profile = ctx.profile_name(&load_profiles(&dir)?)?;
            let now = OffsetDateTime::now_utc();
            let flows = update_flows(&dir, |flows| {
                flows.retain(|f| f.expires_at > now);
                Ok(flows.clone())
            })?;
            let mine: Vec<_> = flows.into_iter().filter(|f| f.profile == profile).collect();
            let items: Vec<_> = mine
                .iter()
                .map(|f| {
                    json!({
                        "flow_id": f.flow_id,
                        "kind": f.kind,
                        "awaiting": f.awaiting,
                        "sent_to": f.sent_to,
                        "expires_at": rfc3339(f.expires_at),
                        "server": f.server,
                    })
                })
                .collect();
            let rows = mine
                .iter()
                .map(|f| {
                    vec![
                        f.flow_id.clone(),
                        f.kind.clone(),
                        f.awaiting.clone().unwrap_or_else(|| "-".into()),
                        f.sent_to.clone().unwrap_or_else(|| "-".into()),
                        format!("{} ({})", rfc3339(f.expires_at), relative(f.expires_at)),
                    ]
                })
                .collect();
            Ok(Report::new(
                json!(items),
                Human::Table {
                    headers: vec!["flow", "kind", "awaiting", "sent to", "expires"],
                    rows,
                },
            ))
        }
        FlowCommand::Cancel { flow_id } => {
            let record = crate::profiles::load_flows(&dir)?
                .into_iter()
                .find(|f| f.flow_id == flow_id);
            let server = match &record {
                Some(r) => r.server.clone(),
                None => {
                    let file = load_profiles(&dir)?;
                    ctx.server(file.profiles.get(&ctx.profile_name(&file)?))
                }
            };
            let client = ctx.client(&server)?;
            let path = format!("DELETE /v1/flows/{flow_id}");
            let result = ctx.call(&path, &server, client.cancel_flow(&flow_id))?;
            // Whatever the server says, a flow it cannot finish is no use here.
            forget_flow(&dir, &flow_id)?;
            result?;
            ctx.out.success(&format!("Cancelled flow {flow_id}."));
            Ok(Report::new(json!({ "cancelled": flow_id }), Human::Nothing))
        }
    }
}
