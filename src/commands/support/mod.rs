//! `acctl support`: tools for support staff (the `support` role): accounts
//! (`account`: search, show, lock, unlock, sign out, activity; `bulk` forms
//! from a file), the ticket queue (`ticket`) and the audit log (`audit`). Every
//! action is audited by the service; contacts come back masked.

mod account;
mod audit;
mod bulk;
mod reply;
mod ticket;

use clap::{Args, Subcommand};

use crate::context::Context;
use crate::error::Result;
use crate::output::Report;
use account::AccountArgs;
use audit::AuditArgs;
use ticket::TicketArgs;

/// Support staff tools. Needs the `support` role (granted on the server host:
/// `acctd staff grant ID --role support`); without it every command exits 4.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  acctl support account search +8613812345678
  acctl support account lock 12345678 --reason \"reported stolen\"
  acctl support account sign-out --from-file ids.txt -o ndjson | jq -c 'select(.ok | not)'
  acctl support ticket list --status open
  acctl support audit --since 1d")]
pub struct SupportArgs {
    #[command(subcommand)]
    pub command: SupportCommand,
}

#[derive(Debug, Subcommand)]
pub enum SupportCommand {
    /// Find accounts and act on them
    Account(AccountArgs),
    /// The recovery ticket queue
    Ticket(TicketArgs),
    /// The audit log of staff actions (append-only)
    Audit(AuditArgs),
}

pub fn run(ctx: &Context, args: SupportArgs) -> Result<Report> {
    match args.command {
        SupportCommand::Account(a) => account::run(ctx, a.command),
        SupportCommand::Ticket(a) => ticket::run(ctx, a),
        SupportCommand::Audit(a) => audit::run(ctx, a),
    }
}
