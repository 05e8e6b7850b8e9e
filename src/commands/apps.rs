//! `acctl apps [list]` and `acctl apps revoke`: the apps (OpenID Connect clients)
//! the account granted, and ending a grant with every token issued under it.

use acct_api::ConnectedApp;
use clap::{Args, Subcommand};
use serde_json::json;

use crate::context::Context;
use crate::error::{CliError, Exit, Result};
use crate::output::{relative, rfc3339, Column, Human, Report, Table};
use crate::session::Session;

/// Apps you signed in to with this account and allowed to read your details.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  acctl apps                                  # name, scopes, granted, last used
  acctl apps list --json | jq -r '.[].client_id'
  acctl apps revoke 3f9a                      # a unique prefix of the client ID
  acctl apps revoke web-app --yes")]
pub struct AppsArgs {
    #[command(subcommand)]
    pub command: Option<AppsCommand>,
}

#[derive(Debug, Subcommand)]
pub enum AppsCommand {
    /// Every app this account granted (the default)
    #[command(after_help = "Examples:\n  acctl apps list\n  acctl apps list -o ndjson")]
    List,
    /// End an app's access: the grant and every token issued under it
    Revoke(RevokeArgs),
}

/// End an app's access at once: its access and refresh tokens stop working, and it
/// must ask again (the consent page) to read anything. Your browser sign-in stays.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  acctl apps revoke web-app
  acctl apps revoke 3f9a --yes --json")]
pub struct RevokeArgs {
    /// The client ID from `acctl apps`, or a unique prefix of it
    #[arg(value_name = "CLIENT_ID")]
    pub client_id: String,
    /// Do not ask for confirmation on a terminal
    #[arg(long)]
    pub yes: bool,
}

pub fn run(ctx: &Context, args: AppsArgs) -> Result<Report> {
    match args.command.unwrap_or(AppsCommand::List) {
        AppsCommand::List => list(ctx),
        AppsCommand::Revoke(a) => revoke(ctx, a),
    }
}

fn item(a: &ConnectedApp) -> serde_json::Value {
    json!({
        "client_id": a.client_id,
        "name": a.name,
        "scopes": a.scopes,
        "granted_at": rfc3339(a.granted_at),
        "last_used_at": rfc3339(a.last_used_at),
    })
}

fn list(ctx: &Context) -> Result<Report> {
    let mut session = Session::open(ctx)?;
    let apps = session.call(|c| c.apps())?.items;
    if apps.is_empty() {
        ctx.out.note(
            "No app has access to this account. An app appears here once you sign in to it \
             with your account and allow it on the consent page.",
        );
    }
    let items: Vec<_> = apps.iter().map(item).collect();
    let rows = apps
        .iter()
        .map(|a| {
            vec![
                a.name.clone(),
                a.client_id.clone(),
                a.scopes.join(" "),
                when(ctx, a.granted_at),
                when(ctx, a.last_used_at),
            ]
        })
        .collect();
    // Narrow terminals: the scopes are cut, then left out, then when it was granted;
    // the ID shortens to a unique prefix (revoke takes one).
    let table = Table::new(
        vec![
            Column::cut("app", 12),
            Column::id("client"),
            Column::cut("scopes", 10).optional(2),
            Column::new("granted").optional(1),
            Column::new("last used"),
        ],
        rows,
    );
    let human = if apps.is_empty() {
        Human::Nothing
    } else {
        Human::Grid(table)
    };
    Ok(Report::new(json!(items), human))
}

/// Relative on a terminal, exact when piped.
fn when(ctx: &Context, t: time::OffsetDateTime) -> String {
    if ctx.out.stdout_tty {
        relative(t)
    } else {
        rfc3339(t)
    }
}

fn revoke(ctx: &Context, args: RevokeArgs) -> Result<Report> {
    let mut session = Session::open(ctx)?;
    let apps = session.call(|c| c.apps())?.items;
    let candidates: Vec<crate::prefix::Candidate> = apps
        .iter()
        .map(|a| crate::prefix::Candidate {
            id: a.client_id.clone(),
            label: a.name.clone(),
        })
        .collect();
    let id = crate::prefix::resolve("app", "acctl apps", &args.client_id, &candidates)?;
    let Some(app) = apps.iter().find(|a| a.client_id == id) else {
        return Err(no_grant(&id));
    };
    confirm(ctx, args.yes, app)?;
    session.call(|c| c.revoke_app(&id)).map_err(|e| {
        if e.exit == Exit::NotFound {
            no_grant(&id)
        } else {
            e
        }
    })?;
    ctx.out.success(&format!(
        "Revoked {} ({}): its access and refresh tokens no longer work, and it must ask again to read your details.",
        app.name, app.client_id
    ));
    Ok(Report::new(json!({"revoked": item(app)}), Human::Nothing))
}

fn no_grant(id: &str) -> CliError {
    CliError::new(
        Exit::NotFound,
        "not_found",
        format!("no app of this account has client ID {id:?}: see `acctl apps` for the apps you granted."),
    )
    .with_remedy("acctl apps")
}

/// On a terminal, revoking is confirmed (a script says so with `--yes` or by turning
/// prompting off).
fn confirm(ctx: &Context, yes: bool, app: &ConnectedApp) -> Result<()> {
    crate::prompt::confirm(
        ctx.prompter.as_ref(),
        yes,
        &format!(
            "Revoke {} ({})? It is signed out and must ask again to read your details [y/N]",
            app.name, app.client_id
        ),
        &format!("nothing changed: {} keeps its access.", app.name),
    )
}
