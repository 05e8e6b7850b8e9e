//! `acctl recover id`: the account ID goes to a verified contact; the answer
//! is the same whether or not one matches.

use acct_api::{parse_email, parse_phone, FindId};
use clap::Args;
use serde_json::json;

use super::target::target;
use crate::context::Context;
use crate::error::Result;
use crate::output::{Human, Report};

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

pub fn run(ctx: &Context, args: IdArgs) -> Result<Report> {
    let req = FindId {
        phone: args.phone.as_deref().map(parse_phone).transpose()?,
        email: args.email.as_deref().map(parse_email).transpose()?,
    };
    let w = target(ctx)?;
    let client = ctx.client(&w.server)?;
    let accepted = ctx.call(client.find_id(&req))??;
    ctx.out.note(
        "If nothing arrives, check the number or address, or open a ticket: acctl recover ticket",
    );
    Ok(Report::new(
        json!({ "message": accepted.message }),
        Human::Text(accepted.message),
    ))
}
