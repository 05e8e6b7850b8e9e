//! `acctl account delete`: re-auth if needed, a code to the phone (or email),
//! the account ID typed as confirmation; then the local session is cleared.

use acct_api::{Channel, FlowResult, Secret, StartFlow};
use clap::{Args, Subcommand, ValueEnum};
use serde_json::json;

use crate::context::Context;
use crate::error::{CliError, Result};
use crate::output::{Human, Report};
use crate::reauth::{drive_flow, start_flow, Answers};
use crate::session::Session;

/// The account itself.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  acctl account language zh-Hans
  acctl account delete
  acctl account delete --yes --code 123456 --no-input")]
pub struct AccountArgs {
    #[command(subcommand)]
    pub command: AccountCommand,
}

#[derive(Debug, Subcommand)]
pub enum AccountCommand {
    /// Show or set the language of the account's texts and emails
    Language(super::language::LanguageArgs),
    /// Delete the account for good
    Delete(DeleteArgs),
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Via {
    Sms,
    Email,
}

impl From<Via> for Channel {
    fn from(v: Via) -> Channel {
        match v {
            Via::Sms => Channel::Sms,
            Via::Email => Channel::Email,
        }
    }
}

/// Delete the signed-in account for good: every device is signed out, personal
/// data is erased, the ID is retired. It cannot be undone or recovered.
/// A code goes to your phone (or email); then you type the account ID.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  acctl account delete                         # asks for the code and the account ID
  acctl account delete --via email
  # scripts: --yes sends the account ID as confirmation
  acctl account delete --yes --no-input --json        # exit 10: {\"flow_id\", \"awaiting\": \"code\", ...}
  acctl continue FLOW_ID --code 123456 --confirm 12345678")]
pub struct DeleteArgs {
    /// Do not ask to type the account ID (send it as the confirmation)
    #[arg(long)]
    pub yes: bool,
    /// The code sent for the deletion, if you already have it
    #[arg(long, value_name = "CODE")]
    pub code: Option<Secret>,
    /// Where the code goes (default: the phone, else the email)
    #[arg(long, value_enum, value_name = "CHANNEL")]
    pub via: Option<Via>,
    /// The account ID as confirmation, instead of typing it (scripts)
    #[arg(long, value_name = "ACCOUNT_ID", conflicts_with = "yes")]
    pub confirm: Option<String>,
    /// Read the password (one line) from stdin, for the re-authentication
    #[arg(long)]
    pub password_stdin: bool,
    /// Two-step code for the re-authentication
    #[arg(long, value_name = "CODE")]
    pub totp: Option<Secret>,
}

pub fn run(ctx: &Context, args: AccountArgs) -> Result<Report> {
    let args = match args.command {
        AccountCommand::Language(a) => return super::language::run(ctx, a),
        AccountCommand::Delete(a) => a,
    };
    let mut session = Session::open(ctx)?;
    let me = session.call(|c| c.me())?;
    let confirmation = if args.yes {
        Some(me.account_id.clone())
    } else {
        args.confirm
    };
    let answers = Answers {
        code: args.code,
        totp: args.totp,
        password: if args.password_stdin {
            Some(crate::prompt::password_from_stdin()?)
        } else {
            None
        },
        confirmation: confirmation.clone(),
        ..Default::default()
    };
    if ctx.prompter.enabled() && confirmation.is_none() {
        ctx.out.warn(&format!(
            "this deletes account {} for good: every device is signed out, your data is erased, and it cannot be recovered.",
            me.account_id
        ));
    }
    let start = StartFlow::DeleteAccount {
        via: args.via.map(Channel::from),
    };
    let flow = start_flow(ctx, &mut session, &start, &answers)?;
    // `--yes` carries over: the pending flow record keeps the confirmation, so
    // `acctl continue FLOW_ID --code C` finishes without asking again.
    let result = drive_flow(ctx, &mut session, flow, &answers)?;
    finish(ctx, &session, result)
}

/// Deleted: the local session is gone too.
pub fn finish(ctx: &Context, session: &Session, result: FlowResult) -> Result<Report> {
    if !result.deleted {
        return Err(CliError::failure(
            "the service finished the deletion without deleting: nothing changed; try again.",
        ));
    }
    session.clear_local();
    ctx.out.success(&format!(
        "Account {} is deleted for good: every device was signed out and its data erased. It cannot be recovered, and the ID will never be reused.",
        result.account_id
    ));
    Ok(Report::new(
        json!({ "account_id": result.account_id, "deleted": true }),
        Human::Nothing,
    ))
}
