//! `acctl login --web`: sign in by approving a one-time code in a browser (the
//! OAuth device grant against acctd's built-in `acctl` client), and its
//! `acctl continue`. The session is stored as every other sign-in stores it.

use acct_api::{FlowKind, FlowResult, Session};
use acct_client::{Client, ClientError, DeviceTokens};

use super::auth::{self, LoginArgs};
use crate::context::Context;
use crate::device_grant::{self, AWAITING, KIND};
use crate::error::{CliError, Exit, Result};
use crate::flow::Origin;
use crate::output::Report;
use crate::profiles::{PendingFlow, WebLogin};
use crate::token_store::{Backend, TokenStore};

/// The scope asked for: an API session, not an app's tokens.
const SCOPE: &str = "openid";

pub fn login(ctx: &Context, args: LoginArgs) -> Result<Report> {
    let t = auth::target(ctx, args.insecure_storage)?;
    let client = ctx.client(&t.server)?;
    let grant = ctx
        .call(client.device_authorization(SCOPE))?
        .map_err(|e| start_error(&t.server, e))?;
    let record = PendingFlow {
        flow_id: device_grant::new_flow_id(),
        kind: KIND.to_string(),
        profile: t.profile.clone(),
        server: t.server.clone(),
        expires_at: crate::clock::now()
            + time::Duration::seconds(grant.expires_in.min(86_400) as i64),
        device_name: None,
        awaiting: Some(AWAITING.to_string()),
        sent_to: None,
        insecure_storage: args.insecure_storage,
        confirmation: None,
        web: Some(WebLogin {
            user_code: grant.user_code.clone(),
            verification_uri: grant.verification_uri.clone(),
            verification_uri_complete: grant.verification_uri_complete.clone(),
            interval: grant.interval,
            keyring_backend: t.store.backend().filter(|b| *b != Backend::Native),
        }),
    };
    device_grant::remember(ctx, &record, &t.store, &grant.device_code)?;
    if !ctx.prompter.enabled() {
        return Err(device_grant::pending(&record, false));
    }
    show(ctx, &record, !args.no_browser);
    let tokens = device_grant::wait(ctx, &client, &record, &grant.device_code, false)?;
    finish(ctx, &record, &t.store, &client, tokens)
}

/// `acctl continue` of a browser sign-in: waits again (polling at once), then
/// finishes as `login --web` does.
pub fn resume(ctx: &Context, record: PendingFlow) -> Result<Report> {
    let Some(code) = device_grant::load_code(ctx, &record)? else {
        device_grant::discard(ctx, &record);
        let again = device_grant::again(&record);
        return Err(CliError::new(
            Exit::NotFound,
            "flow_not_found",
            format!(
                "the device code of browser sign-in {} is no longer in the token store; run `{again}` again.",
                record.flow_id
            ),
        )
        .with_remedy(again));
    };
    let kind = ctx.sign_in_store_kind(record.insecure_storage)?;
    let store = auth::prepare_store(ctx, kind)?;
    let client = ctx.client(&record.server)?;
    if ctx.prompter.enabled() {
        show(ctx, &record, false);
    }
    let tokens = device_grant::wait(ctx, &client, &record, &code, true)?;
    finish(ctx, &record, &store, &client, tokens)
}

/// The code and the address, as `gh auth login --web` shows them; the browser
/// opens on a desktop unless `--no-browser`.
fn show(ctx: &Context, record: &PendingFlow, open: bool) {
    let Some(web) = &record.web else { return };
    ctx.out.instruct(&format!(
        "! First copy your one-time code: {}",
        web.user_code
    ));
    ctx.out.instruct(&format!(
        "Open {} in your browser and enter the code.",
        web.verification_uri
    ));
    if !open || !ctx.env.desktop {
        return;
    }
    let page = web
        .verification_uri_complete
        .as_deref()
        .unwrap_or(&web.verification_uri);
    match open_browser(ctx, page) {
        Ok(()) => ctx.out.note("Opened it in your browser."),
        Err(e) => ctx.out.note(&format!(
            "note: could not open a browser ({e}); open the address yourself."
        )),
    }
}

/// Starts `BROWSER`, else the desktop's opener, with `url`; waits a moment for
/// an opener that fails at once (a browser itself may run on: not waited for).
fn open_browser(ctx: &Context, url: &str) -> std::result::Result<(), String> {
    let mut words: Vec<String> = match &ctx.env.browser {
        Some(b) => b.split_whitespace().map(str::to_string).collect(),
        None if cfg!(target_os = "macos") => vec!["open".into()],
        None if cfg!(windows) => vec!["rundll32".into(), "url.dll,FileProtocolHandler".into()],
        None => vec!["xdg-open".into()],
    };
    if words.is_empty() {
        return Err("BROWSER is empty".into());
    }
    let program = words.remove(0);
    let mut child = std::process::Command::new(&program)
        .args(words)
        .arg(url)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .map_err(|e| format!("{program}: {e}"))?;
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait());
    });
    match rx.recv_timeout(std::time::Duration::from_secs(1)) {
        Ok(Ok(status)) if !status.success() => Err(format!("{program} exited with {status}")),
        Ok(Err(e)) => Err(format!("{program}: {e}")),
        _ => Ok(()),
    }
}

/// The device code is spent: the flow goes, and the session is saved as
/// `acctl login` saves it.
fn finish(
    ctx: &Context,
    record: &PendingFlow,
    store: &TokenStore,
    client: &Client,
    tokens: DeviceTokens,
) -> Result<Report> {
    device_grant::discard(ctx, record);
    let session = session_of(ctx, client, tokens);
    let origin = Origin {
        profile: record.profile.clone(),
        server: record.server.clone(),
        device_name: None,
        insecure_storage: record.insecure_storage,
        ..Default::default()
    };
    let result = FlowResult {
        account_id: session.account_id.clone(),
        deleted: false,
        session: Some(session),
        recovery_codes: Vec::new(),
        ticket: None,
    };
    auth::finish(ctx, FlowKind::Login, &origin, store, result)
}

/// The grant's answer as an API session. The token answer gives only the access
/// token's lifetime; one refresh through the API gives both expiries exactly (and
/// rotates the refresh token, as any later refresh would). If that refresh fails,
/// the tokens are kept with the refresh expiry set to the access expiry, the
/// earliest it could be: the next command refreshes as usual.
fn session_of(ctx: &Context, client: &Client, t: DeviceTokens) -> Session {
    match ctx.call(client.refresh(t.refresh_token.clone())) {
        Ok(Ok(s)) if s.account_id == t.account_id => return s,
        Ok(Ok(_)) => ctx
            .out
            .trace("  (refresh answered for another account: ignored)"),
        Ok(Err(e)) => ctx.out.trace(&format!("  (refresh failed: {e})")),
        Err(e) => ctx.out.trace(&format!("  (refresh failed: {})", e.message)),
    }
    let expires = crate::clock::now() + time::Duration::seconds(t.expires_in.min(86_400) as i64);
    Session {
        account_id: t.account_id,
        device_id: t.device_id,
        access_token: t.access_token,
        access_expires_at: expires,
        refresh_token: t.refresh_token,
        refresh_expires_at: expires,
    }
}

/// The device authorization request failed: a service without the endpoint
/// says so plainly; the rest as any request's error.
fn start_error(server: &str, e: ClientError) -> CliError {
    let missing = match &e {
        ClientError::Api { status, .. } | ClientError::Protocol { status, .. } => *status == 404,
        ClientError::OAuth { error, .. } => error == "unauthorized_client",
        _ => false,
    };
    if missing {
        return CliError::new(
            Exit::Failure,
            "web_login_unsupported",
            format!(
                "the service at {server} does not offer sign-in with a browser (no device authorization endpoint; an older acctd?): sign in with `acctl login LOGIN` instead."
            ),
        )
        .with_remedy("acctl login LOGIN");
    }
    e.into()
}
