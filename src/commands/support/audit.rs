//! `acctl support audit`: the append-only log of staff actions.

use acct_api::AuditQuery;
use clap::Args;

use super::reply::{account_id, dash, to_json};
use crate::commands::activity::parse_when;
use crate::context::Context;
use crate::error::Result;
use crate::output::{rfc3339, Format, Human, Report};
use crate::session::Session;

/// The audit log: who did what to which account or ticket, newest first.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  acctl support audit
  acctl support audit --actor 23456789 --since 1d
  acctl support audit --account 12345678 --json | jq -r '.[].action'")]
pub struct AuditArgs {
    /// Only actions by this staff account
    #[arg(long, value_name = "ID")]
    pub actor: Option<String>,
    /// Only actions on this account
    #[arg(long, value_name = "ID")]
    pub account: Option<String>,
    /// Only entries at or after: 30m, 12h, 7d, 2w, 2026-11-01 or RFC 3339
    #[arg(long, value_name = "WHEN")]
    pub since: Option<String>,
    /// At most N entries (default 200)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=10000))]
    pub limit: Option<u32>,
}

pub fn run(ctx: &Context, a: AuditArgs) -> Result<Report> {
    let now = crate::clock::now();
    let query = AuditQuery {
        actor: a.actor.as_deref().map(account_id).transpose()?,
        account: a.account.as_deref().map(account_id).transpose()?,
        since: a
            .since
            .as_deref()
            .map(|s| parse_when(s, now, "--since").map(rfc3339))
            .transpose()?,
        limit: a.limit,
    };
    let mut s = Session::open(ctx)?;
    let entries = s.call(|c| c.staff_audit(&query))?;
    if entries.is_empty() && ctx.out.format == Format::Table {
        ctx.out.note("No audit entries match.");
    }
    let rows = entries
        .iter()
        .map(|e| {
            vec![
                rfc3339(e.at),
                e.actor.clone(),
                e.action.clone(),
                dash(&e.account_id),
                dash(&e.ticket_id),
                dash(&e.reason),
            ]
        })
        .collect();
    Ok(Report::new(
        to_json(&entries)?,
        Human::Table {
            headers: vec!["when", "actor", "action", "account", "ticket", "reason"],
            rows,
        },
    ))
}
