//! A pending browser sign-in (`acctl login --web`, the RFC 8628 device grant):
//! its record in flows.json holds the public half (user code, address,
//! interval); its device code, a secret, is in the token store under the flow
//! and goes when the flow ends. The wait polls at the service's interval (5 s
//! longer after each `slow_down`) with a spinner showing the time left; Ctrl-C
//! stops waiting and leaves the flow for `acctl continue` (exit 10).

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::time::{Duration, Instant};

use acct_api::Secret;
use acct_client::{Client, ClientError, DevicePoll, DeviceTokens};
use serde_json::json;

use crate::config::DEFAULT_SERVER;
use crate::context::{same_origin, Context};
use crate::error::{profile_flag, CliError, Exit, Result};
use crate::output::rfc3339;
use crate::profiles::{forget_flow, update_flows, PendingFlow};
use crate::token_store::TokenStore;

/// The kind of a browser sign-in in flows.json and in the pending step.
pub const KIND: &str = "web_login";
/// What it awaits: an approval in a browser.
pub const AWAITING: &str = "browser";

/// RFC 8628 §3.5: how much longer to wait after each `slow_down`.
const SLOW_DOWN: u64 = 5;

/// Where the device code of `flow_id` is kept: a name no profile can take
/// (profile names never start with a dot).
fn secret_key(flow_id: &str) -> String {
    format!(".flow-{flow_id}")
}

/// A new local flow ID (32 hex digits, like the service's). Not a secret: it
/// only has to be unique, so std's randomly keyed hasher is enough.
pub fn new_flow_id() -> String {
    let now = crate::clock::now().unix_timestamp_nanos();
    let half = || {
        let mut h = RandomState::new().build_hasher();
        h.write_i128(now);
        h.write_u32(std::process::id());
        h.finish()
    };
    format!("{:016x}{:016x}", half(), half())
}

/// The token store holding a pending browser sign-in's device code.
pub fn code_store(ctx: &Context, record: &PendingFlow) -> Result<TokenStore> {
    let kind = ctx.sign_in_store_kind(record.insecure_storage)?;
    let backend = record.web.as_ref().and_then(|w| w.keyring_backend);
    Ok(TokenStore::saved(
        kind,
        backend,
        &ctx.env,
        &ctx.config_dir()?,
    ))
}

/// Records a new browser sign-in: the device code first (a record never points
/// at nothing), then flows.json. It replaces an earlier browser sign-in of the
/// same profile and server, whose device code goes too.
pub fn remember(
    ctx: &Context,
    record: &PendingFlow,
    store: &TokenStore,
    code: &Secret,
) -> Result<()> {
    store.save_secret(&secret_key(&record.flow_id), code)?;
    let dir = ctx.config_dir()?;
    let now = crate::clock::now();
    let dropped = update_flows(&dir, |flows| {
        let (gone, kept): (Vec<_>, Vec<_>) = std::mem::take(flows).into_iter().partition(|f| {
            f.expires_at <= now
                || (f.kind == KIND && f.profile == record.profile && f.server == record.server)
        });
        *flows = kept;
        flows.push(record.clone());
        Ok(gone)
    })?;
    for f in dropped.iter().filter(|f| f.kind == KIND) {
        forget_code(ctx, f);
    }
    Ok(())
}

/// The device code of a recorded browser sign-in, if the store still has it.
pub fn load_code(ctx: &Context, record: &PendingFlow) -> Result<Option<Secret>> {
    code_store(ctx, record)?.load_secret(&secret_key(&record.flow_id))
}

/// Removes the device code of `record` from the token store (best effort).
pub fn forget_code(ctx: &Context, record: &PendingFlow) {
    let deleted = code_store(ctx, record).and_then(|s| s.delete(&secret_key(&record.flow_id)));
    if let Err(e) = deleted {
        ctx.out.warn(&format!(
            "could not remove the device code of flow {}: {}",
            record.flow_id, e.message
        ));
    }
}

/// The flow has ended (signed in, denied, expired, cancelled): nothing of it stays.
pub fn discard(ctx: &Context, record: &PendingFlow) {
    forget_code(ctx, record);
    if let Ok(dir) = ctx.config_dir() {
        if let Err(e) = forget_flow(&dir, &record.flow_id) {
            ctx.out.warn(&e.message);
        }
    }
}

/// `acctl [--profile P] [--server S] login --web`: starts a browser sign-in
/// again in the same profile and server.
pub fn again(record: &PendingFlow) -> String {
    let server = if same_origin(&record.server, DEFAULT_SERVER) {
        String::new()
    } else {
        format!("--server {} ", record.server)
    };
    format!("acctl {}{server}login --web", profile_flag(&record.profile))
}

/// The pending step as exit 10: what to open and type, and the continue command.
pub fn pending(record: &PendingFlow, stopped: bool) -> CliError {
    let web = record
        .web
        .clone()
        .unwrap_or_else(|| crate::profiles::WebLogin {
            user_code: String::new(),
            verification_uri: String::new(),
            verification_uri_complete: None,
            interval: SLOW_DOWN,
            keyring_backend: None,
        });
    let command = format!("acctl continue {}", record.flow_id);
    let why = if stopped {
        "stopped waiting"
    } else {
        "prompting is off"
    };
    let mut err = CliError::new(
        Exit::NeedsInput,
        "input_required",
        format!(
            "Open {} in a browser and enter the code {}; {why}, so finish with: {command} (it waits for the approval; before {}).",
            web.verification_uri,
            web.user_code,
            rfc3339(record.expires_at)
        ),
    );
    err.remedy = Some(command);
    err.pending = Some(json!({
        "flow_id": record.flow_id,
        "kind": KIND,
        "awaiting": AWAITING,
        "verification_uri": web.verification_uri,
        "verification_uri_complete": web.verification_uri_complete,
        "user_code": web.user_code,
        "expires_at": rfc3339(record.expires_at),
        "interval": web.interval,
    }));
    err
}

/// Why the wait ended without a session.
enum Stop {
    Ended(CliError),
    Network(ClientError),
    Interrupted,
}

/// Waits for the browser: polls until approved, denied or expired. `poll_now`
/// polls at once (a resumed flow may be approved already); a new one waits an
/// interval first, as nobody can have approved it yet. A flow that ends is
/// discarded here; one that is interrupted or cut off by the network stays.
pub fn wait(
    ctx: &Context,
    client: &Client,
    record: &PendingFlow,
    code: &Secret,
    poll_now: bool,
) -> Result<DeviceTokens> {
    let (user_code, mut interval) = record
        .web
        .as_ref()
        .map(|w| (w.user_code.clone(), w.interval.max(1)))
        .unwrap_or((String::new(), SLOW_DOWN));
    let spinner = ctx.out.spinner("Waiting for the approval in the browser");
    if spinner.is_none() {
        ctx.out.note(&format!(
            "Waiting for the approval in the browser (code {user_code}, until {}).",
            rfc3339(record.expires_at)
        ));
    }
    let show_left = |spinner: &Option<indicatif::ProgressBar>| {
        if let Some(s) = spinner {
            let left = (record.expires_at - crate::clock::now())
                .whole_seconds()
                .max(0);
            s.set_message(format!(
                "Waiting for the approval in the browser (code {user_code}; {} left, Ctrl-C to stop)",
                crate::clock::duration(left as u64)
            ));
        }
    };
    let polls = async {
        let mut first = poll_now;
        loop {
            if !first {
                let until = Instant::now() + Duration::from_secs(interval);
                while Instant::now() < until {
                    show_left(&spinner);
                    let step = until.saturating_duration_since(Instant::now());
                    tokio::time::sleep(step.min(Duration::from_secs(1))).await;
                }
            }
            first = false;
            show_left(&spinner);
            let call = client.poll_device_token(code);
            ctx.trace_request(&call);
            let started = Instant::now();
            let answer = call.await;
            ctx.trace_answer(&answer, started);
            match answer {
                Ok(DevicePoll::Tokens(t)) => return Ok(t),
                Ok(DevicePoll::Pending) => {}
                Ok(DevicePoll::SlowDown) => {
                    interval += SLOW_DOWN;
                    ctx.out
                        .trace(&format!("  (slow_down: polling every {interval} s)"));
                }
                Ok(DevicePoll::Expired) => return Err(Stop::Ended(expired(record))),
                Ok(DevicePoll::Denied) => return Err(Stop::Ended(denied(record))),
                Ok(DevicePoll::Refused { error, description }) => {
                    return Err(Stop::Ended(refused(record, &error, description)))
                }
                Err(e) => return Err(Stop::Network(e)),
            }
            if crate::clock::now() >= record.expires_at {
                return Err(Stop::Ended(expired(record)));
            }
        }
    };
    let interrupted = async {
        // No handler to be had: wait on without one (the default Ctrl-C still ends acctl).
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    let result = ctx.block_on(async {
        tokio::select! {
            r = polls => r,
            () = interrupted => Err(Stop::Interrupted),
        }
    })?;
    if let Some(s) = &spinner {
        s.finish_and_clear();
    }
    match result {
        Ok(tokens) => Ok(tokens),
        Err(Stop::Interrupted) => Err(pending(record, true)),
        Err(Stop::Ended(err)) => {
            discard(ctx, record);
            Err(err)
        }
        Err(Stop::Network(e)) => {
            let mut err = CliError::from(e);
            err.message = format!(
                "{} The browser sign-in is still pending: resume the wait with `acctl continue {}`.",
                err.message, record.flow_id
            );
            err.remedy = Some(format!("acctl continue {}", record.flow_id));
            Err(err)
        }
    }
}

fn denied(record: &PendingFlow) -> CliError {
    let again = again(record);
    CliError::new(
        Exit::Refused,
        "access_denied",
        format!("the sign-in was denied in the browser; run `{again}` again."),
    )
    .with_remedy(again)
}

fn expired(record: &PendingFlow) -> CliError {
    let again = again(record);
    CliError::new(
        Exit::NotFound,
        "expired_token",
        format!("the code expired before it was approved in the browser; run `{again}` again."),
    )
    .with_remedy(again)
}

fn refused(record: &PendingFlow, error: &str, description: Option<String>) -> CliError {
    let again = again(record);
    let detail = description
        .map(|d| format!(": {}", d.trim_end_matches('.')))
        .unwrap_or_default();
    let (exit, what) = if error == "invalid_grant" {
        // Redeemed already (another `acctl continue`), or unknown to the service.
        (
            Exit::NotFound,
            "this browser sign-in was already used or is unknown to the service".to_string(),
        )
    } else {
        (
            Exit::Failure,
            format!("the service refused the browser sign-in ({error}{detail})"),
        )
    };
    CliError::new(exit, error, format!("{what}; run `{again}` again.")).with_remedy(again)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flow_ids_are_hex_and_differ() {
        let a = new_flow_id();
        assert_eq!(a.len(), 32);
        assert!(a.bytes().all(|b| b.is_ascii_hexdigit()));
        assert_ne!(a, new_flow_id());
    }

    #[test]
    fn the_device_code_key_is_no_profile_name() {
        assert!(crate::profiles::check_profile_name(&secret_key("abc")).is_err());
    }
}
