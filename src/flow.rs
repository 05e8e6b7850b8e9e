//! The one driver for every multi-step operation (sign-up, code and two-step
//! sign-in, …): it answers what the server's current step awaits from flags,
//! then from the prompter; when neither can, it records the flow locally and
//! stops with exit 10 and the exact `acctl continue` command.

use acct_api::{Awaiting, ErrorCode, Flow, FlowInput, FlowKind, FlowResult, FlowStatus, Secret};
use acct_client::{Client, ClientError};
use serde_json::json;

use crate::context::Context;
use crate::error::{CliError, Exit, Result};
use crate::output::rfc3339;
use crate::profiles::{forget_flow, record_flow, update_flows, PendingFlow};
use crate::prompt::PromptError;

/// Answers known up front (flags, `--password-stdin`); each is used once.
#[derive(Default)]
pub struct Inputs {
    pub code: Option<Secret>,
    pub totp: Option<Secret>,
    pub password: Option<Secret>,
    pub phone: Option<String>,
    /// What the user typed to confirm (the account ID, for a deletion).
    pub confirmation: Option<String>,
}

/// Who started the flow, so a resumed flow finishes like the original command.
#[derive(Debug, Clone, Default)]
pub struct Origin {
    pub profile: String,
    pub server: String,
    pub device_name: Option<String>,
    pub insecure_storage: bool,
    /// A confirmation given up front (`account delete --yes`: the account ID, not
    /// a secret), kept with the pending flow so `acctl continue` does not ask again.
    pub confirmation: Option<String>,
    /// Resumed by `acctl continue`: the steps before this run are unknown here.
    pub resumed: bool,
}

/// Runs `flow` to completion.
pub fn drive(
    ctx: &Context,
    client: &Client,
    origin: &Origin,
    mut flow: Flow,
    inputs: &mut Inputs,
) -> Result<FlowResult> {
    // Codes told about so far, and the step each was for: every step that sends
    // a code (a phone change has two) says where it went.
    let mut announced = Announced {
        label: !origin.resumed,
        ..Announced::default()
    };
    // A flow that reaches `wait` in this run stops there; one resumed at `wait` is poked.
    let mut advanced = false;
    loop {
        if flow.status == FlowStatus::Complete {
            forget(ctx, &flow.flow_id);
            return flow.result.ok_or_else(|| already_completed(&flow.flow_id));
        }
        if advanced && flow.awaiting == Some(Awaiting::Wait) {
            // The service extends a flow past its waiting period; its answer to the
            // step may still carry the old expiry, the stored flow has the true one.
            refresh_expiry(ctx, client, &mut flow);
        }
        remember(ctx, origin, &flow);
        let awaiting = flow.awaiting.unwrap_or(Awaiting::Unknown);
        let given = match awaiting {
            Awaiting::Code => inputs.code.take().map(|c| FlowInput {
                code: Some(c),
                ..Default::default()
            }),
            Awaiting::Totp => inputs.totp.take().map(totp_input),
            Awaiting::Password | Awaiting::NewPassword => {
                inputs.password.take().map(|p| FlowInput {
                    password: Some(p),
                    ..Default::default()
                })
            }
            Awaiting::Wait if advanced => return Err(waiting(&flow)),
            // The service decides whether the wait is over (429 with when, else complete).
            Awaiting::Wait => Some(FlowInput::default()),
            Awaiting::NewPhone => inputs.phone.take().map(|p| FlowInput {
                phone: Some(p),
                ..Default::default()
            }),
            Awaiting::Confirmation => inputs.confirmation.take().map(|c| FlowInput {
                confirmation: Some(c),
                ..Default::default()
            }),
            other => {
                return Err(CliError::failure(format!(
                    "this step ({}) is not supported by this acctl version: upgrade acctl.",
                    other.as_str()
                )))
            }
        };
        let from_flag = given.is_some();
        let input = match given {
            Some(i) => i,
            None => match ask(ctx, client, &mut flow, &mut announced) {
                Ok(i) => i,
                Err(PromptError::Off) => return Err(pending(&flow)),
                Err(PromptError::Failed(e)) => {
                    return Err(CliError::failure(format!(
                        "could not read your answer ({e}); resume with `acctl continue {}`.",
                        flow.flow_id
                    )))
                }
            },
        };
        match ctx.call(client.advance_flow(&flow.flow_id, &input))? {
            Ok(next) => {
                flow = next;
                advanced = true;
                announced.step += 1;
            }
            Err(e) if !from_flag && ctx.prompter.enabled() && can_retry(&e) => {
                // A typo at a prompt: say so and ask again (the server counts tries).
                ctx.out.warn(&CliError::from(e).message);
            }
            Err(e) => {
                if matches!(
                    e.code(),
                    Some(ErrorCode::FlowExpired | ErrorCode::FlowNotFound)
                ) {
                    forget(ctx, &flow.flow_id);
                }
                return Err(e.into());
            }
        }
    }
}

/// A flow that finished before this run (another `continue`, the email link):
/// nothing is left to do, and its result was shown then (exit 5).
pub fn already_completed(flow_id: &str) -> CliError {
    CliError::new(
        Exit::NotFound,
        "flow_completed",
        format!(
            "flow {flow_id} is already completed: there is nothing left to continue (`acctl flow list` shows what is pending)."
        ),
    )
    .with_remedy("acctl flow list")
}

fn refresh_expiry(ctx: &Context, client: &Client, flow: &mut Flow) {
    if let Ok(Ok(stored)) = ctx.call(client.get_flow(&flow.flow_id)) {
        flow.expires_at = flow.expires_at.max(stored.expires_at);
    }
}

fn totp_input(c: Secret) -> FlowInput {
    // Recovery codes are longer than the 6-digit TOTP codes.
    let s = c.expose();
    if s.chars().filter(char::is_ascii_digit).count() == 6 && s.len() == 6 {
        FlowInput {
            totp: Some(c),
            ..Default::default()
        }
    } else {
        FlowInput {
            recovery_code: Some(c),
            ..Default::default()
        }
    }
}

fn can_retry(e: &ClientError) -> bool {
    matches!(
        e.code(),
        Some(
            ErrorCode::InvalidCode
                | ErrorCode::InvalidCredentials
                | ErrorCode::InvalidInput
                | ErrorCode::WeakPassword
        )
    )
}

/// Asks the prompter for what the flow awaits. A code prompt offers a resend.
fn ask(
    ctx: &Context,
    client: &Client,
    flow: &mut Flow,
    announced: &mut Announced,
) -> Result<FlowInput, PromptError> {
    let p = &ctx.prompter;
    match flow.awaiting.unwrap_or(Awaiting::Unknown) {
        Awaiting::Code => loop {
            if !p.enabled() {
                return Err(PromptError::Off);
            }
            let to = flow.sent_to.clone().unwrap_or_default();
            if announced.told != Some(announced.step) {
                ctx.out.note(&format!(
                    "A code was sent to {}{}.",
                    destination(flow),
                    if announced.label {
                        which_code(flow, announced.count)
                    } else {
                        ""
                    }
                ));
                if let Some(note) = &flow.delivery_note {
                    ctx.out.warn(note);
                }
                announced.told = Some(announced.step);
                announced.count += 1;
            }
            let prompt = if to.is_empty() {
                "Code (Enter or r to send a new one)".to_string()
            } else {
                format!("Code sent to {to} (Enter or r to send a new one)")
            };
            let answer = p.text(&prompt)?;
            if answer.is_empty() || answer.eq_ignore_ascii_case("r") {
                resend(ctx, client, flow);
                continue;
            }
            return Ok(FlowInput {
                code: Some(answer.into()),
                ..Default::default()
            });
        },
        // Enrolling, there are no recovery codes yet: only the app's code confirms it.
        Awaiting::Totp if flow.kind == FlowKind::TotpEnroll => {
            let c =
                p.text("Two-step verification code (the 6 digits your authenticator app shows)")?;
            Ok(totp_input(c.into()))
        }
        Awaiting::Totp => {
            let c = p.text("Two-step verification code (authenticator app, or a recovery code)")?;
            Ok(totp_input(c.into()))
        }
        Awaiting::Password => {
            let pw = p.secret("Password")?;
            Ok(FlowInput {
                password: Some(pw.into()),
                ..Default::default()
            })
        }
        Awaiting::NewPassword => loop {
            let pw = p.secret("New password")?;
            if pw.is_empty() {
                continue;
            }
            if p.secret("Repeat the new password")? == pw {
                return Ok(FlowInput {
                    password: Some(pw.into()),
                    ..Default::default()
                });
            }
            ctx.out.warn("the passwords differ; try again.");
        },
        Awaiting::NewPhone => {
            let phone = p.text("New phone (+E164)")?;
            Ok(FlowInput {
                phone: Some(phone),
                ..Default::default()
            })
        }
        Awaiting::Confirmation => {
            let typed = p.text("Type the account ID to confirm (this cannot be undone)")?;
            Ok(FlowInput {
                confirmation: Some(typed),
                ..Default::default()
            })
        }
        _ => Err(PromptError::Failed("unsupported step".into())),
    }
}

fn resend(ctx: &Context, client: &Client, flow: &mut Flow) {
    match ctx.call(client.resend_code(&flow.flow_id)) {
        Ok(Ok(f)) => {
            *flow = f;
            ctx.out
                .note(&format!("Sent a new code to {}.", destination(flow)));
        }
        Ok(Err(e)) => ctx.out.warn(&CliError::from(e).message),
        Err(e) => ctx.out.warn(&e.message),
    }
}

/// Which steps of a flow the user was told a code for.
#[derive(Default)]
struct Announced {
    /// Steps advanced in this run.
    step: usize,
    /// The step last told about.
    told: Option<usize>,
    /// Codes told about so far.
    count: usize,
    /// Whether `count` is known to be the flow's own count (not resumed).
    label: bool,
}

/// For a phone change, which of its two codes this is: the first proves the
/// account (current number, or email), the second the new number.
fn which_code(flow: &Flow, nth: usize) -> &'static str {
    match (flow.kind, nth, flow.channel) {
        (FlowKind::PhoneChange, 0, Some(acct_api::Channel::Email)) => " (your email)",
        (FlowKind::PhoneChange, 0, _) => " (your current number)",
        (FlowKind::PhoneChange, _, _) => " (the new number)",
        _ => "",
    }
}

fn destination(flow: &Flow) -> String {
    let via = match flow.channel {
        Some(acct_api::Channel::Sms) => " by text message",
        Some(acct_api::Channel::Email) => " by email",
        None => "",
    };
    format!(
        "{}{via}",
        flow.sent_to.as_deref().unwrap_or("your phone or email")
    )
}

/// The flag that supplies what a step awaits.
pub fn flag_for(awaiting: Awaiting) -> &'static str {
    match awaiting {
        Awaiting::Code => "--code CODE",
        Awaiting::Totp => "--totp CODE",
        Awaiting::Password | Awaiting::NewPassword => "--password-stdin",
        Awaiting::NewPhone => "--phone PHONE",
        Awaiting::Confirmation => "--confirm ACCOUNT_ID",
        _ => "",
    }
}

/// The pending step as exit 10: JSON object with `--json`, else the exact continue command.
fn pending(flow: &Flow) -> CliError {
    let awaiting = flow.awaiting.unwrap_or(Awaiting::Unknown);
    let command = format!("acctl continue {} {}", flow.flow_id, flag_for(awaiting));
    let what = match awaiting {
        Awaiting::Code => format!("A code was sent to {}", destination(flow)),
        Awaiting::Totp => "A two-step verification code is needed".to_string(),
        Awaiting::Password => "A password is needed".to_string(),
        Awaiting::NewPassword => "A new password is needed".to_string(),
        Awaiting::Confirmation => "The account ID is needed as confirmation".to_string(),
        other => format!("The next step awaits {}", other.as_str()),
    };
    // Why a code may not have come (the service knows only once some time has passed).
    let note = flow
        .delivery_note
        .as_deref()
        .map(|n| format!(" {n}"))
        .unwrap_or_default();
    let mut err = CliError::new(
        Exit::NeedsInput,
        "input_required",
        format!(
            "{what}; prompting is off, so finish with: {} (before {}).{note}",
            command.trim_end(),
            rfc3339(flow.expires_at)
        ),
    );
    err.remedy = Some(command.trim_end().to_string());
    err.pending = Some(json!({
        "flow_id": flow.flow_id,
        "kind": flow.kind.as_str(),
        "awaiting": awaiting.as_str(),
        "sent_to": flow.sent_to,
        "expires_at": rfc3339(flow.expires_at),
        "delivery": flow.delivery.map(|d| d.as_str()),
        "delivery_note": flow.delivery_note,
    }));
    err
}

/// A password reset from an unrecognised device or network reached its waiting
/// period: nothing to type until `wait_until`. `acctl recover` turns this into exit 0.
pub fn waiting(flow: &Flow) -> CliError {
    let until = flow
        .wait_until
        .map(rfc3339)
        .unwrap_or_else(|| "later".into());
    let command = format!("acctl continue {}", flow.flow_id);
    let mut err = CliError::new(
        Exit::NeedsInput,
        WAITING,
        format!(
            "the change waits until {until}, unless the owner cancels it (`acctl recover cancel` from a signed-in device); finish it then with: {command}."
        ),
    );
    err.remedy = Some(command);
    err.pending = Some(json!({
        "flow_id": flow.flow_id,
        "kind": flow.kind.as_str(),
        "awaiting": "wait",
        "wait_until": flow.wait_until.map(rfc3339),
        "expires_at": rfc3339(flow.expires_at),
    }));
    err
}

/// The error code of [`waiting`].
pub const WAITING: &str = "recovery_waiting";

/// Records the flow for `acctl continue` and `flow list`. A new flow replaces
/// (supersedes) an earlier one of the same kind in the same profile and server,
/// and expired records go.
fn remember(ctx: &Context, origin: &Origin, flow: &Flow) {
    let Ok(dir) = ctx.config_dir() else { return };
    let record = PendingFlow {
        flow_id: flow.flow_id.clone(),
        kind: flow.kind.as_str().to_string(),
        profile: origin.profile.clone(),
        server: origin.server.clone(),
        expires_at: flow.expires_at,
        device_name: origin.device_name.clone(),
        awaiting: flow.awaiting.map(|a| a.as_str().to_string()),
        sent_to: flow.sent_to.clone(),
        insecure_storage: origin.insecure_storage,
        confirmation: origin.confirmation.clone(),
        web: None,
    };
    let superseded = update_flows(&dir, |flows| {
        if !flows.iter().any(|f| f.flow_id == record.flow_id) {
            flows.retain(|f| !supersedes(&record, f));
        }
        Ok(())
    });
    if let Err(e) = superseded.and_then(|()| record_flow(&dir, record)) {
        ctx.out
            .warn(&format!("could not record the pending flow: {}", e.message));
    }
}

/// `new` replaces `old`: the same kind of operation, started again in the same
/// profile against the same server.
fn supersedes(new: &PendingFlow, old: &PendingFlow) -> bool {
    new.kind == old.kind && new.profile == old.profile && new.server == old.server
}

fn forget(ctx: &Context, flow_id: &str) {
    if let Ok(dir) = ctx.config_dir() {
        if let Err(e) = forget_flow(&dir, flow_id) {
            ctx.out.warn(&e.message);
        }
    }
}

/// Parses a recorded kind back.
pub fn kind_from_str(s: &str) -> FlowKind {
    serde_json::from_value(serde_json::Value::String(s.to_string())).unwrap_or(FlowKind::Unknown)
}
