//! The signed-in account: `status`, `whoami`, `token`, `limits`.

use clap::Args;
use serde_json::{json, Value};

use crate::context::Context;
use crate::error::{CliError, Exit, Result};
use crate::output::{relative, rfc3339, Human, Report};
use crate::profiles::{load_profiles, Profile};
use crate::session::Session;

/// Every saved profile (server, account, token store, expiry). Exit 0 only when
/// the current profile holds a valid session (checked with the server when it
/// can be reached), 3 otherwise.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  acctl status
  acctl status --json | jq .profiles
  acctl status >/dev/null && echo signed in")]
pub struct StatusArgs {}

/// The signed-in account (contacts masked).
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  acctl whoami
  acctl whoami --json | jq -r .account_id
  ACCTL_TOKEN=… acctl whoami     # CI: a token from elsewhere, nothing stored")]
pub struct WhoamiArgs {}

/// Print a valid access token, e.g. for curl: the stored one while it has not
/// expired (no network), else a refreshed one.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  curl -H \"Authorization: Bearer $(acctl token)\" https://accounts.example.com/v1/me
  acctl token --json     # {\"access_token\", \"expires_at\"}")]
pub struct TokenArgs {}

/// What the account may do before a limit bites: codes left today per
/// destination, when the next code may be sent, failed sign-ins before a lock.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  acctl limits
  acctl limits --json | jq .password.failures_before_lock")]
pub struct LimitsArgs {}

fn opt(v: Option<&str>) -> String {
    v.unwrap_or("-").to_string()
}

pub fn whoami(ctx: &Context, _: WhoamiArgs) -> Result<Report> {
    let mut session = Session::open(ctx)?;
    let me = session.call(|c| c.me())?;
    let json = serde_json::to_value(&me).map_err(|e| CliError::failure(e.to_string()))?;
    let yes = |b: bool| if b { "yes" } else { "no" }.to_string();
    let fields = vec![
        ("account".into(), me.account_id.clone()),
        ("name".into(), opt(me.name.as_deref())),
        (
            "phone".into(),
            format!(
                "{} ({})",
                opt(me.phone.as_deref()),
                if me.phone_verified {
                    "verified"
                } else {
                    "not verified"
                }
            ),
        ),
        (
            "email".into(),
            format!(
                "{} ({})",
                opt(me.email.as_deref()),
                if me.email_verified {
                    "verified"
                } else {
                    "not verified"
                }
            ),
        ),
        ("two-step".into(), yes(me.two_step)),
        ("password".into(), yes(me.has_password)),
        ("language".into(), me.language.tag().to_string()),
        ("created".into(), rfc3339(me.created_at)),
        ("profile".into(), session.name.clone()),
        ("server".into(), session.server.clone()),
    ];
    Ok(Report::new(json, Human::Fields(fields)))
}

pub fn token(ctx: &Context, _: TokenArgs) -> Result<Report> {
    let mut session = Session::open(ctx)?;
    if let Some(token) = ctx.env.token.clone().filter(|_| session.uses_env_token()) {
        // ACCTL_TOKEN is the token: checked, never refreshed, echoed back.
        session.call(|c| c.me())?;
        return Ok(Report::new(
            json!({ "access_token": token, "expires_at": null }),
            Human::Text(token),
        ));
    }
    // The cached token while it is valid, with no network (so it works while the
    // service is down); refreshed only when its stored expiry has passed.
    let _ = session.authed_client()?;
    let tokens = session.tokens()?;
    let expires = session.profile.as_ref().and_then(|p| p.access_expires_at);
    Ok(Report::new(
        json!({ "access_token": tokens.access_token, "expires_at": expires.map(rfc3339) }),
        Human::Text(tokens.access_token.into_exposed()),
    ))
}

pub fn limits(ctx: &Context, _: LimitsArgs) -> Result<Report> {
    let mut session = Session::open(ctx)?;
    let limits = session.call(|c| c.limits())?;
    let json = serde_json::to_value(&limits).map_err(|e| CliError::failure(e.to_string()))?;
    let mut rows: Vec<Vec<String>> = limits
        .destinations
        .iter()
        .map(|d| {
            vec![
                format!("codes to {}", d.destination),
                format!("{} of {} left today", d.codes_left_today, d.codes_per_day),
                d.next_code_at
                    .map(|t| format!("next code {} ({})", relative(t), rfc3339(t)))
                    .unwrap_or_else(|| "next code: now".into()),
            ]
        })
        .collect();
    let p = &limits.password;
    rows.push(vec![
        "password sign-in".into(),
        format!("{} failures before a lock", p.failures_before_lock),
        match p.locked_until {
            Some(t) => format!("locked until {} ({})", rfc3339(t), relative(t)),
            None => "not locked".into(),
        },
    ]);
    Ok(Report::new(
        json,
        Human::Table {
            headers: vec!["limit", "left", "when"],
            rows,
        },
    ))
}

/// How the current profile's session fared against the server.
enum Check {
    Valid,
    Invalid(CliError),
    /// Not reachable: judged by the stored expiry.
    Unchecked(CliError),
}

pub fn status(ctx: &Context, _: StatusArgs) -> Result<Report> {
    let dir = ctx.config_dir()?;
    let file = load_profiles(&dir)?;
    let current = ctx.profile_name(&file)?;
    let now = crate::clock::now();
    let asked = ctx.server(file.profiles.get(&current));
    let check = match Session::open(ctx) {
        Ok(mut s) => match s.call(|c| c.me()) {
            Ok(_) => Check::Valid,
            Err(e) if e.exit == Exit::Unreachable => Check::Unchecked(e),
            Err(e) => Check::Invalid(e),
        },
        Err(e) => Check::Invalid(e),
    };
    // What was contacted: the server asked for, reachable or not. With no session
    // to check there, `--server X` still probes X, so an unreachable X is exit 8.
    let reach = match &check {
        Check::Valid => Ok(()),
        Check::Unchecked(e) => Err(e.clone()),
        Check::Invalid(e) if e.exit != Exit::NotSignedIn || ctx.server_flag.is_none() => Ok(()),
        Check::Invalid(_) => probe(ctx, &asked),
    };
    // The check may have refreshed or cleared the session: show what is stored now.
    let file = load_profiles(&dir)?;
    let mut items = Vec::new();
    let mut fields = vec![(
        "checked".to_string(),
        match &reach {
            Ok(()) => format!("{asked} (reachable)"),
            Err(_) => format!("{asked} (not reachable)"),
        },
    )];
    if ctx.env.token.is_some() {
        fields.push((
            "ACCTL_TOKEN".to_string(),
            "set: the stored sign-ins are not used".to_string(),
        ));
    }
    let mut names: Vec<&String> = file.profiles.keys().collect();
    if !file.profiles.contains_key(&current) {
        names.push(&current);
    }
    for name in names {
        let p = file.profiles.get(name);
        let is_current = *name == current;
        let state = match (is_current, &check, p) {
            (true, Check::Valid, _) => "signed in".to_string(),
            // The plain state; the reason only when it adds one (expired, revoked).
            (true, Check::Invalid(e), _) if e.code == "not_signed_in" => "not signed in".into(),
            (true, Check::Invalid(e), _) => format!("not signed in: {}", e.message),
            (true, Check::Unchecked(_), Some(p)) if p.locally_valid(now) => {
                "signed in (server not reachable; not checked)".into()
            }
            (true, Check::Unchecked(_), _) => "not signed in".into(),
            (false, _, Some(p)) if p.locally_valid(now) => "signed in (not checked)".into(),
            (false, _, _) => "not signed in".into(),
        };
        items.push(profile_json(name, p, is_current, &state));
        fields.extend(profile_fields(name, p, is_current, &state));
    }
    let ok = match &check {
        Check::Valid => true,
        Check::Unchecked(_) => file
            .profiles
            .get(&current)
            .is_some_and(|p| p.locally_valid(now)),
        Check::Invalid(_) => false,
    };
    if let Err(e) = &reach {
        ctx.out.warn(&e.message);
    }
    let report = Report::new(
        json!({
            "current_profile": current,
            "signed_in": ok,
            "server": asked,
            "reachable": reach.is_ok(),
            "profiles": items,
        }),
        Human::Fields(fields),
    );
    // An explicitly chosen server that cannot be reached is exit 8, after the table.
    if let (Err(e), Some(_)) = (&reach, &ctx.server_flag) {
        ctx.out.render(&report)?;
        let mut err = e.clone();
        err.reported = true;
        return Err(err);
    }
    if ok {
        return Ok(report);
    }
    // Exit 3 still shows the table: print it, then fail quietly.
    ctx.out.render(&report)?;
    let mut err = CliError::not_signed_in(&current);
    err.message = format!("profile {current} holds no valid session: run `acctl login`.");
    err.code = "not_signed_in".into();
    err.reported = true;
    Err(err)
}

/// `GET /v1/meta` on `server`: reachable, or the unreachable error.
fn probe(ctx: &Context, server: &str) -> Result<()> {
    let client = ctx.client(server)?;
    match ctx.call(client.service_info())? {
        Err(e) if matches!(e, acct_client::ClientError::Unreachable { .. }) => Err(e.into()),
        _ => Ok(()),
    }
}

fn profile_json(name: &str, p: Option<&Profile>, current: bool, state: &str) -> Value {
    json!({
        "name": name,
        "current": current,
        "state": state,
        "server": p.map(|p| p.server.clone()),
        "account_id": p.and_then(|p| p.account_id.clone()),
        "device_id": p.and_then(|p| p.device_id.clone()),
        "token_store": p.map(|p| p.token_store.as_str()),
        "access_expires_at": p.and_then(|p| p.access_expires_at).map(rfc3339),
        "refresh_expires_at": p.and_then(|p| p.refresh_expires_at).map(rfc3339),
    })
}

fn profile_fields(
    name: &str,
    p: Option<&Profile>,
    current: bool,
    state: &str,
) -> Vec<(String, String)> {
    let title = if current {
        format!("{name} (current)")
    } else {
        name.to_string()
    };
    let mut f = vec![(title, state.to_string())];
    if let Some(p) = p {
        f.push(("  server".into(), p.server.clone()));
        f.push(("  account".into(), opt(p.account_id.as_deref())));
        let store = match p.token_store {
            crate::config::StoreKind::Keyring => {
                crate::token_store::keyring_name(p.keyring_backend.unwrap_or_default()).to_string()
            }
            crate::config::StoreKind::File => "plain file (insecure storage, opted in)".to_string(),
        };
        f.push(("  token store".into(), store));
        if let Some(t) = p.refresh_expires_at {
            f.push((
                "  session expires".into(),
                format!("{} ({})", rfc3339(t), relative(t)),
            ));
        }
    }
    f
}
