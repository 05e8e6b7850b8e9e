//! `acctl continue`: carries on a pending flow (one that exited with code 10)
//! and ends it as the command that started it would have. This module maps a
//! flow's kind to that command's finish; nothing else dispatches on it.

use acct_api::{parse_phone, Flow, FlowKind, Secret};
use clap::Args;

use super::{auth, deletion, email, phone, recover, two_step, web_login};
use crate::context::Context;
use crate::device_grant;
use crate::error::{CliError, Result};
use crate::flow::{already_completed, drive, kind_from_str, Inputs, Origin};
use crate::output::{Human, Report};
use crate::prefix;
use crate::profiles::{forget_flow, load_flows, load_profiles};
use crate::prompt::password_from_stdin;
use crate::reauth::{drive_flow, Answers};
use crate::session::Session;
use crate::token_store::TokenStore;

/// Carry on a pending multi-step operation (one that exited with code 10);
/// it finishes exactly as the original command would have.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  acctl continue 3f2a9c --code 123456
  acctl continue 3f2a9c --totp 654321
  printf '%s\\n' \"$PW\" | acctl continue 3f2a9c --password-stdin
  acctl flow list          # what is pending")]
pub struct ContinueArgs {
    /// The flow ID printed by the command that stopped
    pub flow_id: String,
    /// The one-time code
    #[arg(long, value_name = "CODE")]
    pub code: Option<Secret>,
    /// Two-step verification code (or a recovery code)
    #[arg(long, value_name = "CODE")]
    pub totp: Option<Secret>,
    /// Read the password (one line) from stdin
    #[arg(long)]
    pub password_stdin: bool,
    /// A phone number the step asks for (+E164)
    #[arg(long, value_name = "E164")]
    pub phone: Option<String>,
    /// For a deletion: the account ID, typed as confirmation
    #[arg(long, value_name = "ACCOUNT_ID")]
    pub confirm: Option<String>,
}

pub fn run(ctx: &Context, args: ContinueArgs) -> Result<Report> {
    let dir = ctx.config_dir()?;
    let flows = load_flows(&dir)?;
    let flow_id = prefix::flow_id(&flows, &args.flow_id)?;
    let record = flows.into_iter().find(|f| f.flow_id == flow_id);
    // A browser sign-in is no flow of the service's: it resumes its wait here.
    if let Some(r) = record.clone().filter(|r| r.kind == device_grant::KIND) {
        return web_login::resume(ctx, r);
    }
    let origin = match &record {
        Some(r) => Origin {
            profile: r.profile.clone(),
            server: r.server.clone(),
            device_name: r.device_name.clone(),
            insecure_storage: r.insecure_storage,
            confirmation: r.confirmation.clone(),
            resumed: true,
        },
        // Started elsewhere (another machine, a lost record): finish in the current profile.
        None => {
            let file = load_profiles(&dir)?;
            let profile = ctx.profile_name(&file)?;
            let server = ctx.server(file.profiles.get(&profile));
            Origin {
                profile,
                server,
                device_name: None,
                insecure_storage: false,
                resumed: true,
                ..Default::default()
            }
        }
    };
    let phone = args.phone.as_deref().map(parse_phone).transpose()?;
    let client = ctx.client(&origin.server)?;
    let flow = match ctx.call(client.get_flow(&flow_id))? {
        Ok(f) => f,
        Err(e) => {
            let _ = forget_flow(&dir, &flow_id);
            return Err(e.into());
        }
    };
    if flow.status == acct_api::FlowStatus::Complete {
        let _ = forget_flow(&dir, &flow_id);
        return Err(already_completed(&flow_id));
    }
    let kind = record
        .as_ref()
        .map(|r| kind_from_str(&r.kind))
        .unwrap_or(flow.kind);
    let store_kind = ctx.sign_in_store_kind(origin.insecure_storage)?;
    let store = if matches!(kind, FlowKind::Login | FlowKind::Signup) {
        auth::prepare_store(ctx, store_kind)?
    } else {
        TokenStore::new(store_kind, &ctx.env, &dir)
    };
    let password = if args.password_stdin {
        Some(password_from_stdin()?)
    } else {
        None
    };
    let mut inputs = Inputs {
        code: args.code,
        totp: args.totp,
        password,
        phone,
        // The original command's `--yes` carries over unless overridden here.
        confirmation: args.confirm.or_else(|| origin.confirmation.clone()),
    };
    match kind {
        // Re-auth, deletion, phone, email, 2SV: advanced with the profile's token.
        k if is_authenticated(k) => authenticated(ctx, &origin, kind, flow, inputs),
        // Finish like `acctl recover password|ticket` (waiting period, ticket receipt).
        FlowKind::PasswordReset => recover::password::finish(ctx, &client, &origin, flow, inputs),
        FlowKind::RecoveryTicket => recover::ticket::finish(ctx, &client, &origin, flow, inputs),
        // Sign-up and login: the session is saved as `acctl signup|login` saves it.
        _ => {
            let result = drive(ctx, &client, &origin, flow, &mut inputs)?;
            auth::finish(ctx, kind, &origin, &store, result)
        }
    }
}

/// Flows the service only lets the account's own token advance.
pub fn is_authenticated(kind: FlowKind) -> bool {
    matches!(
        kind,
        FlowKind::Reauth
            | FlowKind::DeleteAccount
            | FlowKind::PhoneChange
            | FlowKind::EmailChange
            | FlowKind::TotpEnroll
    )
}

/// `acctl continue` of an authenticated flow: the profile that started it
/// advances it with its token, and it ends as its command does.
fn authenticated(
    ctx: &Context,
    origin: &Origin,
    kind: FlowKind,
    flow: Flow,
    inputs: Inputs,
) -> Result<Report> {
    let dir = ctx.config_dir()?;
    let profile = load_profiles(&dir)?.profiles.get(&origin.profile).cloned();
    let mut session = Session::with(ctx, origin.profile.clone(), profile, origin.server.clone())?;
    let answers = Answers {
        code: inputs.code,
        totp: inputs.totp,
        password: inputs.password,
        phone: inputs.phone,
        confirmation: inputs.confirmation,
        resumed: true,
    };
    match kind {
        FlowKind::EmailChange => email::pending_link(&flow),
        FlowKind::Reauth => {
            let client = session.authed_client()?;
            drive(ctx, &client, origin, flow, &mut answers.for_reauth())?;
            ctx.out
                .success("Confirmed it is you: run the command again within 10 minutes.");
            Ok(Report::new(
                serde_json::json!({ "reauthenticated": true }),
                Human::Nothing,
            ))
        }
        FlowKind::DeleteAccount => {
            let result = drive_flow(ctx, &mut session, flow, &answers)?;
            deletion::finish(ctx, &session, result)
        }
        FlowKind::PhoneChange => {
            let result = drive_flow(ctx, &mut session, flow, &answers)?;
            phone::finish(ctx, result)
        }
        FlowKind::TotpEnroll => {
            let result = drive_flow(ctx, &mut session, flow, &answers)?;
            two_step::finish_enrolment(ctx, result)
        }
        _ => Err(CliError::failure(
            "this flow cannot be continued by this acctl version: upgrade acctl.",
        )),
    }
}
