//! Saved sign-ins: `profile list | use | remove`. Local only; no network.

use clap::{Args, Subcommand};
use serde_json::json;

use crate::context::Context;
use crate::error::{CliError, Exit, Result};
use crate::output::{rfc3339, Human, Report};
use crate::profiles::{
    check_profile_name, load_profiles, saved_store, update_flows, update_profiles,
};

/// Manage saved sign-ins (one per account and server).
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  acctl profile list
  acctl --profile work login ann@example.com
  acctl profile use work
  acctl profile remove old")]
pub struct ProfileArgs {
    #[command(subcommand)]
    pub command: ProfileCommand,
}

#[derive(Debug, Subcommand)]
pub enum ProfileCommand {
    /// List saved profiles
    #[command(after_help = "Examples:\n  acctl profile list\n  acctl profile list -o ndjson")]
    List,
    /// Make NAME the profile used when --profile / ACCTL_PROFILE are not given
    #[command(after_help = "Examples:\n  acctl profile use work")]
    Use {
        /// Profile name
        name: String,
    },
    /// Forget a profile and its stored tokens on this machine (use `acctl
    /// logout --profile NAME` to also sign the device out on the server)
    #[command(after_help = "Examples:\n  acctl profile remove old")]
    Remove {
        /// Profile name
        name: String,
    },
}

pub fn run(ctx: &Context, args: ProfileArgs) -> Result<Report> {
    let dir = ctx.config_dir()?;
    match args.command {
        ProfileCommand::List => {
            let file = load_profiles(&dir)?;
            let current = ctx.profile_name(&file)?;
            let now = crate::clock::now();
            let mut items = Vec::new();
            let mut rows = Vec::new();
            for (name, p) in &file.profiles {
                let signed_in = p.locally_valid(now);
                items.push(json!({
                    "name": name,
                    "current": *name == current,
                    "server": p.server,
                    "account_id": p.account_id,
                    "token_store": p.token_store.as_str(),
                    "signed_in": signed_in,
                    "refresh_expires_at": p.refresh_expires_at.map(rfc3339),
                }));
                rows.push(vec![
                    if *name == current {
                        format!("* {name}")
                    } else {
                        format!("  {name}")
                    },
                    p.server.clone(),
                    p.account_id.clone().unwrap_or_else(|| "-".into()),
                    p.token_store.as_str().into(),
                    if signed_in { "signed in" } else { "signed out" }.into(),
                ]);
            }
            Ok(Report::new(
                json!(items),
                Human::Table {
                    headers: vec!["profile", "server", "account", "store", "state"],
                    rows,
                },
            ))
        }
        ProfileCommand::Use { name } => {
            check_profile_name(&name)?;
            update_profiles(&dir, |f| {
                if !f.profiles.contains_key(&name) {
                    return Err(CliError::new(
                        Exit::NotFound,
                        "not_found",
                        format!("there is no profile {name:?}: see `acctl profile list`, or sign in with `acctl --profile {name} login`."),
                    ));
                }
                f.current = Some(name.clone());
                Ok(())
            })?;
            ctx.out.success(&format!("Now using profile {name}."));
            Ok(Report::new(
                json!({ "current_profile": name }),
                Human::Nothing,
            ))
        }
        ProfileCommand::Remove { name } => {
            check_profile_name(&name)?;
            let file = load_profiles(&dir)?;
            let Some(p) = file.profiles.get(&name) else {
                return Err(CliError::new(
                    Exit::NotFound,
                    "not_found",
                    format!("there is no profile {name:?}: see `acctl profile list`."),
                ));
            };
            saved_store(Some(p), &ctx.env, &dir).delete(&name)?;
            update_profiles(&dir, |f| {
                f.profiles.remove(&name);
                if f.current.as_deref() == Some(name.as_str()) {
                    f.current = None;
                }
                Ok(())
            })?;
            update_flows(&dir, |flows| {
                flows.retain(|f| f.profile != name);
                Ok(())
            })?;
            if p.account_id.is_some() {
                ctx.out.warn(&format!(
                    "profile {name} was removed here, but its device stays signed in on {} until it expires or is signed out.",
                    p.server
                ));
            }
            ctx.out.success(&format!("Removed profile {name}."));
            Ok(Report::new(json!({ "removed": name }), Human::Nothing))
        }
    }
}
