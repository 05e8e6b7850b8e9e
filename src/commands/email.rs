//! `acctl email set` (a confirmation link goes to the new address) and
//! `acctl email verify` (the link, or its token, confirmed from the terminal).

use acct_api::{parse_email, ErrorCode, Flow, Secret, StartFlow};
use clap::{Args, Subcommand};
use serde_json::json;

use crate::context::Context;
use crate::error::{CliError, Exit, Result};
use crate::output::{rfc3339, Human, Report};
use crate::profiles::load_profiles;
use crate::prompt::PromptError;
use crate::reauth::{start_flow, Answers};
use crate::session::Session;

/// The email address of your account.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  acctl email set ann@example.com
  acctl email verify 'https://accounts.example.com/email/verify?t=…'")]
pub struct EmailArgs {
    #[command(subcommand)]
    pub command: EmailCommand,
}

#[derive(Debug, Subcommand)]
pub enum EmailCommand {
    /// Set or change the email: a confirmation link goes to the new address
    Set(SetArgs),
    /// Confirm an email with the link from the message (or its token)
    #[command(after_help = "Examples:
  acctl email verify 'https://accounts.example.com/email/verify?t=Zm9v…'
  acctl email verify Zm9v…")]
    Verify {
        /// The whole link from the message, or the token after `t=`
        #[arg(value_name = "LINK_OR_TOKEN")]
        link: String,
    },
}

/// Set or change the email. A link goes to the new address; open it and press
/// Confirm (or paste it here, or run `acctl email verify LINK`). Once confirmed,
/// the address signs in and can recover the account.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  acctl email set ann@example.com          # then open the link, or paste it at the prompt
  acctl email set ann@example.com --no-input --json   # exit 10: {\"flow_id\", \"awaiting\": \"confirmation\", \"sent_to\", ...}
  acctl email verify \"$LINK\"")]
pub struct SetArgs {
    /// The new email address
    #[arg(value_name = "ADDRESS")]
    pub address: String,
    /// Read the password (one line) from stdin, for the re-authentication
    #[arg(long)]
    pub password_stdin: bool,
    /// Two-step code for the re-authentication
    #[arg(long, value_name = "CODE")]
    pub totp: Option<Secret>,
}

pub fn run(ctx: &Context, args: EmailArgs) -> Result<Report> {
    match args.command {
        EmailCommand::Set(a) => set(ctx, a),
        EmailCommand::Verify { link } => verify(ctx, &link),
    }
}

fn set(ctx: &Context, args: SetArgs) -> Result<Report> {
    let email = parse_email(&args.address)?;
    let mut session = Session::open(ctx)?;
    let answers = Answers {
        totp: args.totp,
        password: if args.password_stdin {
            Some(crate::prompt::password_from_stdin()?)
        } else {
            None
        },
        ..Default::default()
    };
    let flow = start_flow(
        ctx,
        &mut session,
        &StartFlow::EmailChange { email },
        &answers,
    )?;
    let to = flow
        .sent_to
        .clone()
        .unwrap_or_else(|| "the new address".into());
    if !ctx.prompter.enabled() {
        return pending_link(&flow);
    }
    ctx.out.note(&format!(
        "A confirmation link was sent to {to}. Open it and press Confirm, or paste it here."
    ));
    match ctx
        .prompter
        .text("Link from the email (Enter to finish later)")
    {
        Ok(link) if !link.is_empty() => verify(ctx, &link),
        Ok(_) => {
            ctx.out.note(&format!(
                "Not confirmed yet: open the link, or run `acctl email verify LINK` (before {}).",
                rfc3339(flow.expires_at)
            ));
            Ok(Report::new(
                json!({ "flow_id": flow.flow_id, "awaiting": "confirmation", "sent_to": flow.sent_to }),
                Human::Nothing,
            ))
        }
        Err(PromptError::Off) => pending_link(&flow),
        Err(PromptError::Failed(e)) => Err(CliError::failure(format!(
            "could not read your answer ({e}); confirm later with `acctl email verify LINK`."
        ))),
    }
}

/// Exit 10: the link is on its way; how to finish.
pub fn pending_link(flow: &Flow) -> Result<Report> {
    let to = flow
        .sent_to
        .clone()
        .unwrap_or_else(|| "the new address".into());
    let mut err = CliError::new(
        Exit::NeedsInput,
        "input_required",
        format!(
            "A confirmation link was sent to {to}: open it and press Confirm, or run `acctl email verify LINK` (before {}).",
            rfc3339(flow.expires_at)
        ),
    );
    err.remedy = Some("acctl email verify LINK".into());
    err.pending = Some(json!({
        "flow_id": flow.flow_id,
        "kind": flow.kind.as_str(),
        "awaiting": "confirmation",
        "sent_to": flow.sent_to,
        "expires_at": rfc3339(flow.expires_at),
    }));
    Err(err)
}

fn verify(ctx: &Context, link: &str) -> Result<Report> {
    let link = link.trim();
    if link.is_empty() {
        return Err(CliError::usage(
            "the link is empty: pass the whole link from the message, or the token after `t=`.",
        ));
    }
    let dir = ctx.config_dir()?;
    let file = load_profiles(&dir)?;
    let server = ctx.server(file.profiles.get(&ctx.profile_name(&file)?));
    let client = ctx.client(&server)?;
    let outcome = ctx.call(client.verify_email(link))?;
    match outcome {
        Ok(_) => {
            ctx.out.success(
                "Email confirmed: it now signs in and can recover the account.",
            );
            Ok(Report::new(json!({ "verified": true }), Human::Nothing))
        }
        Err(e) => Err(match e.code() {
            Some(ErrorCode::Conflict) => CliError::new(
                Exit::Refused,
                "already_used",
                "this link was already used: the email is confirmed; nothing else to do.",
            ),
            Some(ErrorCode::CodeExpired) => CliError::new(
                Exit::Refused,
                "code_expired",
                "this link has expired: ask for a new one with `acctl email set ADDRESS`.",
            )
            .with_remedy("acctl email set ADDRESS"),
            Some(ErrorCode::InvalidCode) => CliError::new(
                Exit::Refused,
                "invalid_code",
                "this link is not valid: copy the whole link from the message, or ask for a new one with `acctl email set ADDRESS`.",
            ),
            _ => e.into(),
        }),
    }
}
