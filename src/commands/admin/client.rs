//! `acctl admin client …`: register, list, show, change, rotate the secret of and
//! delete OpenID Connect clients. A secret is printed once, when made; acctd keeps
//! only its hash. Clients from acctd's config file (and acctl's own) are read-only.

use acct_api::{ClientCreate, ClientUpdate, ClientView};
use clap::{Args, Subcommand};
use serde_json::json;

use crate::context::Context;
use crate::error::{CliError, Exit, Result};
use crate::output::{rfc3339, Human, Report};
use crate::session::Session;

/// OpenID Connect clients: the apps that send people to acctd to sign in.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  acctl admin client create --name \"Team wiki\" --redirect-uri https://wiki.example.com/oidc/callback
  acctl admin client create --name \"Desktop app\" --public --redirect-uri http://127.0.0.1/callback
  acctl admin client list --json | jq -r '.[] | select(.source == \"admin\") | .client_id'
  acctl admin client update 5b0e… --add-redirect-uri https://wiki.example.com/cb2
  acctl admin client rotate-secret 5b0e…
  acctl admin client delete 5b0e… --yes")]
pub struct ClientArgs {
    #[command(subcommand)]
    pub command: ClientCommand,
}

#[derive(Debug, Subcommand)]
pub enum ClientCommand {
    /// Register a client; prints its ID and, once, its secret
    Create(CreateArgs),
    /// Every registered client (static ones included)
    #[command(
        after_help = "Examples:\n  acctl admin client list\n  acctl admin client list --json"
    )]
    List,
    /// One client
    #[command(
        after_help = "Examples:\n  acctl admin client show 5b0e…\n  acctl admin client show acctl --json"
    )]
    Show {
        /// Client ID
        #[arg(value_name = "CLIENT_ID")]
        id: String,
    },
    /// Change a client's name, redirect URIs, scopes or signing algorithm
    Update(UpdateArgs),
    /// Make a new secret (printed once); the old one stops working at once
    #[command(
        after_help = "Examples:\n  acctl admin client rotate-secret 5b0e…\n  acctl admin client rotate-secret 5b0e… --json | jq -r .client_secret"
    )]
    RotateSecret {
        /// Client ID
        #[arg(value_name = "CLIENT_ID")]
        id: String,
    },
    /// Delete a client: every grant and token it had ends
    Delete(DeleteArgs),
}

/// Register a client. A confidential client (the default) gets a secret, printed
/// only now; `--public` makes one without (native and single-page apps: PKCE).
/// Redirect URIs: https, http on a loopback address (any port matches), or a
/// reverse-domain scheme such as com.example.app:/callback.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  acctl admin client create --name \"Team wiki\" --redirect-uri https://wiki.example.com/oidc/callback \\
      --post-logout-redirect-uri https://wiki.example.com/
  acctl admin client create --name CLI --public --redirect-uri http://127.0.0.1/callback --scope openid --scope profile
  acctl admin client create --name Wiki --redirect-uri https://wiki.example.com/cb --json | jq -r .client_secret")]
pub struct CreateArgs {
    /// Shown on the consent page (1-80 characters)
    #[arg(long, value_name = "NAME")]
    pub name: String,
    /// Where acctd may send the browser back (repeat for more)
    #[arg(long = "redirect-uri", value_name = "URI", required = true)]
    pub redirect_uris: Vec<String>,
    /// No secret; PKCE required
    #[arg(long)]
    pub public: bool,
    /// A scope it may request: openid, profile, email, phone, offline_access (repeat; default: openid profile email phone)
    #[arg(long = "scope", value_name = "SCOPE")]
    pub scopes: Vec<String>,
    /// Where acctd may send the browser after signing out (repeat for more)
    #[arg(long = "post-logout-redirect-uri", value_name = "URI")]
    pub post_logout_redirect_uris: Vec<String>,
    /// ID token signing algorithm: RS256 (default), ES256 or EdDSA
    #[arg(long, value_name = "ALG")]
    pub id_token_alg: Option<String>,
}

/// Change what is given; lists given with the plain flag replace the registered
/// ones. The secret changes only with `rotate-secret`.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  acctl admin client update 5b0e… --name \"Team wiki (new)\"
  acctl admin client update 5b0e… --add-redirect-uri https://wiki2.example.com/cb --remove-redirect-uri https://wiki.example.com/cb
  acctl admin client update 5b0e… --scope openid --scope email")]
pub struct UpdateArgs {
    /// Client ID
    #[arg(value_name = "CLIENT_ID")]
    pub id: String,
    /// A new name
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// Replace the redirect URIs (repeat for more)
    #[arg(long = "redirect-uri", value_name = "URI")]
    pub redirect_uris: Vec<String>,
    /// Add a redirect URI (repeat for more)
    #[arg(
        long = "add-redirect-uri",
        value_name = "URI",
        conflicts_with = "redirect_uris"
    )]
    pub add_redirect_uris: Vec<String>,
    /// Remove a redirect URI (repeat for more)
    #[arg(
        long = "remove-redirect-uri",
        value_name = "URI",
        conflicts_with = "redirect_uris"
    )]
    pub remove_redirect_uris: Vec<String>,
    /// Replace the scopes it may request (repeat for more)
    #[arg(long = "scope", value_name = "SCOPE")]
    pub scopes: Vec<String>,
    /// Replace the post-logout redirect URIs (repeat for more)
    #[arg(long = "post-logout-redirect-uri", value_name = "URI")]
    pub post_logout_redirect_uris: Vec<String>,
    /// ID token signing algorithm: RS256, ES256 or EdDSA
    #[arg(long, value_name = "ALG")]
    pub id_token_alg: Option<String>,
}

/// Delete a client. Everyone signed in to it through acctd is signed out of it (its
/// grants, access and refresh tokens end); the ID is never handed out again.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  acctl admin client delete 5b0e…
  acctl admin client delete 5b0e… --yes --json")]
pub struct DeleteArgs {
    /// Client ID
    #[arg(value_name = "CLIENT_ID")]
    pub id: String,
    /// Do not ask for confirmation on a terminal
    #[arg(long)]
    pub yes: bool,
}

pub fn run(ctx: &Context, command: ClientCommand) -> Result<Report> {
    let mut s = Session::open(ctx)?;
    match command {
        ClientCommand::Create(a) => {
            let req = ClientCreate {
                name: a.name,
                redirect_uris: a.redirect_uris,
                public: a.public,
                scopes: (!a.scopes.is_empty()).then_some(a.scopes),
                post_logout_redirect_uris: (!a.post_logout_redirect_uris.is_empty())
                    .then_some(a.post_logout_redirect_uris),
                id_token_alg: a.id_token_alg,
            };
            let made = s.call(|c| c.create_client(&req))?;
            ctx.out.success(&format!(
                "Registered {} as client {}.",
                made.client.name, made.client.client_id
            ));
            let mut fields = fields(&made.client);
            if let Some(secret) = &made.client_secret {
                warn_once(ctx, &made.client.client_id);
                fields.insert(1, ("client_secret".into(), secret.expose().to_string()));
            }
            Ok(Report::new(to_json(&made)?, Human::Fields(fields)))
        }
        ClientCommand::List => {
            let list = s.call(|c| c.clients())?.items;
            let rows = list
                .iter()
                .map(|c| {
                    vec![
                        c.client_id.clone(),
                        c.name.clone(),
                        kind(c).to_string(),
                        c.source.clone(),
                        c.redirect_uris.join(" "),
                    ]
                })
                .collect();
            Ok(Report::new(
                to_json(&list)?,
                Human::Table {
                    headers: vec!["client", "name", "type", "source", "redirect uris"],
                    rows,
                },
            ))
        }
        ClientCommand::Show { id } => {
            let c = s.call(|c| c.client(&id))?;
            Ok(Report::new(to_json(&c)?, Human::Fields(fields(&c))))
        }
        ClientCommand::Update(a) => update(ctx, &mut s, a),
        ClientCommand::RotateSecret { id } => {
            let r = s.call(|c| c.rotate_client_secret(&id)).map_err(conflict)?;
            ctx.out.success(&format!(
                "Client {}: a new secret; the old one no longer works.",
                r.client_id
            ));
            warn_once(ctx, &r.client_id);
            Ok(Report::new(
                to_json(&r)?,
                Human::Text(r.client_secret.expose().to_string()),
            ))
        }
        ClientCommand::Delete(a) => {
            let c = s.call(|c| c.client(&a.id))?;
            confirm_delete(ctx, a.yes, &c)?;
            s.call(|cl| cl.delete_client(&c.client_id))
                .map_err(conflict)?;
            ctx.out.success(&format!(
                "Deleted client {} ({}): every grant and token it had ended.",
                c.client_id, c.name
            ));
            Ok(Report::new(json!({"deleted": c.client_id}), Human::Nothing))
        }
    }
}

fn update(ctx: &Context, s: &mut Session, a: UpdateArgs) -> Result<Report> {
    let listed = |v: Vec<String>| (!v.is_empty()).then_some(v);
    let mut redirect_uris = listed(a.redirect_uris);
    if !a.add_redirect_uris.is_empty() || !a.remove_redirect_uris.is_empty() {
        let current = s.call(|c| c.client(&a.id))?;
        redirect_uris = Some(edit_list(
            current.redirect_uris,
            &a.add_redirect_uris,
            &a.remove_redirect_uris,
        )?);
    }
    let req = ClientUpdate {
        name: a.name,
        redirect_uris,
        post_logout_redirect_uris: listed(a.post_logout_redirect_uris),
        scopes: listed(a.scopes),
        id_token_alg: a.id_token_alg,
    };
    if req == ClientUpdate::default() {
        return Err(CliError::usage(
            "nothing to change: give --name, --redirect-uri, --add-redirect-uri, --remove-redirect-uri, --scope, --post-logout-redirect-uri or --id-token-alg.",
        ));
    }
    let c = s.call(|c| c.update_client(&a.id, &req)).map_err(conflict)?;
    ctx.out
        .success(&format!("Updated client {} ({}).", c.client_id, c.name));
    Ok(Report::new(to_json(&c)?, Human::Fields(fields(&c))))
}

/// The registered list with `add` appended and `remove` taken out; removing one
/// that is not there is a usage error naming it.
fn edit_list(mut list: Vec<String>, add: &[String], remove: &[String]) -> Result<Vec<String>> {
    for r in remove {
        let before = list.len();
        list.retain(|u| u != r);
        if list.len() == before {
            return Err(CliError::usage(format!(
                "{r:?} is not a redirect URI of this client: `acctl admin client show ID` lists them."
            )));
        }
    }
    for u in add {
        if !list.contains(u) {
            list.push(u.clone());
        }
    }
    Ok(list)
}

fn kind(c: &ClientView) -> &'static str {
    if c.public {
        "public"
    } else {
        "confidential"
    }
}

fn fields(c: &ClientView) -> Vec<(String, String)> {
    let dash = |v: &[String]| {
        if v.is_empty() {
            "-".to_string()
        } else {
            v.join(" ")
        }
    };
    vec![
        ("client_id".into(), c.client_id.clone()),
        ("name".into(), c.name.clone()),
        ("type".into(), kind(c).into()),
        ("source".into(), c.source.clone()),
        ("redirect_uris".into(), dash(&c.redirect_uris)),
        (
            "post_logout_redirect_uris".into(),
            dash(&c.post_logout_redirect_uris),
        ),
        ("scopes".into(), c.scopes.join(" ")),
        ("id_token_alg".into(), c.id_token_alg.clone()),
        ("created".into(), rfc3339(c.created_at)),
        ("updated".into(), rfc3339(c.updated_at)),
    ]
}

/// The secret is on stdout this once: say so where a person reads it.
fn warn_once(ctx: &Context, id: &str) {
    ctx.out.warn(&format!(
        "The client secret is shown only now and cannot be shown again (acctd keeps only its hash): \
         put it in the app's configuration. Lost it? `acctl admin client rotate-secret {id}` makes a new one."
    ));
}

/// A 409 (a static client, or a public one has no secret) is the request refused:
/// exit 6 with the service's sentence, which says where to make the change.
fn conflict(mut e: CliError) -> CliError {
    if e.code == "conflict" {
        e.exit = Exit::Refused;
        if let Some(rest) = e.message.strip_prefix("the service failed: ") {
            e.message = rest.to_string();
        }
    }
    e
}

fn confirm_delete(ctx: &Context, yes: bool, c: &ClientView) -> Result<()> {
    crate::prompt::confirm(
        ctx.prompter.as_ref(),
        yes,
        &format!(
            "Delete client {} ({})? Everyone signed in to it is signed out of it [y/N]",
            c.client_id, c.name
        ),
        &format!("nothing changed: client {} stays.", c.client_id),
    )
}

fn to_json<T: serde::Serialize>(v: &T) -> Result<serde_json::Value> {
    serde_json::to_value(v).map_err(|e| CliError::failure(e.to_string()))
}
