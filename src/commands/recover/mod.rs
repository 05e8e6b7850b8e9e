//! `acctl recover`: forgot password (`password`, with the waiting period from
//! unrecognised devices and networks, and the owner's `cancel`), find my ID
//! (`id`), recovery tickets (`ticket`) and where a ticket or reset stands
//! (`status`).

mod id;
pub mod password;
mod status;
mod target;
pub mod ticket;

use clap::{Args, Subcommand};

use crate::context::Context;
use crate::error::Result;
use crate::output::Report;
use id::IdArgs;
use password::{CancelArgs, PasswordArgs};
use status::StatusArgs;
pub use ticket::check_ticket_id;
use ticket::TicketArgs;

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

pub fn run(ctx: &Context, args: RecoverArgs) -> Result<Report> {
    match args.command {
        RecoverCommand::Password(a) => password::run(ctx, a),
        RecoverCommand::Id(a) => id::run(ctx, a),
        RecoverCommand::Ticket(a) => ticket::open(ctx, a),
        RecoverCommand::Status(a) => status::run(ctx, a),
        RecoverCommand::Cancel(a) => password::cancel(ctx, a),
    }
}
