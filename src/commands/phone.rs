//! `acctl phone change`: a code to the current phone (or the email), then a
//! code to the new phone, through the flow driver.

use acct_api::{parse_phone, FlowResult, Secret, StartFlow};
use clap::{Args, Subcommand};
use serde_json::json;

use crate::commands::deletion::Via;
use crate::context::Context;
use crate::error::Result;
use crate::output::{Human, Report};
use crate::reauth::{drive_flow, start_flow, Answers};
use crate::session::Session;

/// The phone number of your account.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  acctl phone change +8613912345678")]
pub struct PhoneArgs {
    #[command(subcommand)]
    pub command: PhoneCommand,
}

#[derive(Debug, Subcommand)]
pub enum PhoneCommand {
    /// Change the phone: a code to the current phone (or email), then one to the new phone
    Change(ChangeArgs),
}

/// Change the account's phone. A code goes to the current phone (or, with
/// `--via email`, to the verified email), then a code to the new number.
/// A number that belongs to another account is refused before any code is sent.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  acctl phone change +8613912345678
  acctl phone change +8613912345678 --via email     # lost the old phone
  # scripts: two codes, two steps
  acctl phone change +8613912345678 --no-input --json    # exit 10: awaiting the first code
  acctl continue FLOW_ID --code 123456                   # exit 10: awaiting the new phone's code
  acctl continue FLOW_ID --code 654321")]
pub struct ChangeArgs {
    /// The new phone in E.164 form, e.g. +8613912345678 (asked for when missing)
    #[arg(value_name = "NEW_PHONE")]
    pub new_phone: Option<String>,
    /// Send the first code to the verified email instead of the current phone
    #[arg(long, value_enum, value_name = "CHANNEL")]
    pub via: Option<Via>,
    /// The first code (to the current phone or email), if you already have it
    #[arg(long, value_name = "CODE")]
    pub code: Option<Secret>,
    /// Read the password (one line) from stdin, for the re-authentication
    #[arg(long)]
    pub password_stdin: bool,
    /// Two-step code for the re-authentication
    #[arg(long, value_name = "CODE")]
    pub totp: Option<Secret>,
}

pub fn run(ctx: &Context, args: PhoneArgs) -> Result<Report> {
    let PhoneCommand::Change(args) = args.command;
    // Refused locally, with the service's message, before any request.
    let new_phone = args.new_phone.as_deref().map(parse_phone).transpose()?;
    let mut session = Session::open(ctx)?;
    let answers = Answers {
        code: args.code,
        totp: args.totp,
        password: if args.password_stdin {
            Some(crate::prompt::password_from_stdin()?)
        } else {
            None
        },
        ..Default::default()
    };
    let start = StartFlow::PhoneChange {
        new_phone,
        via: args.via.map(Into::into),
    };
    let flow = start_flow(ctx, &mut session, &start, &answers)?;
    let result = drive_flow(ctx, &mut session, flow, &answers)?;
    finish(ctx, result)
}

pub fn finish(ctx: &Context, result: FlowResult) -> Result<Report> {
    ctx.out.success(
        "Phone changed: the new number now signs in and receives codes; the old one was told.",
    );
    Ok(Report::new(
        json!({ "account_id": result.account_id, "phone_changed": true }),
        Human::Nothing,
    ))
}
