//! `logout`: signs the device out on the server and always clears local
//! state (tokens, profile, pending flows), saying what it could not revoke.

use clap::Args;
use serde_json::json;

use crate::context::{same_origin, Context};
use crate::error::{profile_flag, CliError, Exit, Result};
use crate::output::{Human, Report};
use crate::profiles::{load_profiles, saved_store, update_flows, update_profiles, Profile};
use crate::session::Session;

/// Sign this device out on the server and remove the stored tokens. Local
/// state is always cleared, even when the service cannot be reached.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  acctl logout
  acctl --profile work logout
  acctl logout --all-profiles")]
pub struct LogoutArgs {
    /// Sign out every saved profile
    #[arg(long)]
    pub all_profiles: bool,
}

pub fn logout(ctx: &Context, args: LogoutArgs) -> Result<Report> {
    let dir = ctx.config_dir()?;
    let file = load_profiles(&dir)?;
    if ctx.env.token.is_some() {
        return env_token_logout(ctx, &args, &file);
    }
    let names: Vec<String> = if args.all_profiles {
        file.profiles.keys().cloned().collect()
    } else {
        vec![ctx.profile_name(&file)?]
    };
    let mut done = Vec::new();
    for name in names {
        let profile = file.profiles.get(&name).cloned();
        let server = match (&profile, args.all_profiles) {
            (Some(p), true) => p.server.clone(),
            _ => ctx.server(profile.as_ref()),
        };
        let signed_in = profile.as_ref().is_some_and(|p| p.account_id.is_some());
        if let Some(p) = profile.as_ref().filter(|_| signed_in) {
            check_same_server(ctx, &name, p, &server)?;
        }
        let revoked = if signed_in {
            revoke(ctx, &name, profile.clone(), &server)
        } else {
            false
        };
        let store = saved_store(profile.as_ref(), &ctx.env, &dir);
        if profile.is_some() || !args.all_profiles {
            if let Err(e) = store.delete(&name) {
                if profile.is_some() {
                    return Err(e);
                }
            }
        }
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
        match (signed_in, revoked) {
            (false, _) => ctx.out.note(&format!(
                "Profile {name} was not signed in; nothing stored remains."
            )),
            (true, true) => ctx.out.success(&format!(
                "Signed out profile {name} ({server}) and removed its tokens."
            )),
            (true, false) => ctx
                .out
                .success(&format!("Removed the stored tokens of profile {name}.")),
        }
        done.push(json!({
            "profile": name,
            "server": server,
            "account_id": profile.as_ref().and_then(|p| p.account_id.clone()),
            "was_signed_in": signed_in,
            "revoked_on_server": revoked,
        }));
    }
    Ok(Report::new(json!({ "signed_out": done }), Human::Nothing))
}

/// `ACCTL_TOKEN=… acctl logout`: that token is the sign-in, so its device is
/// signed out on the server; nothing stored is its, so nothing stored is touched
/// (clearing a profile's tokens would strand its device, signed in with nobody
/// holding them).
fn env_token_logout(
    ctx: &Context,
    args: &LogoutArgs,
    file: &crate::profiles::ProfileFile,
) -> Result<Report> {
    if args.all_profiles {
        return Err(CliError::usage(
            "ACCTL_TOKEN is set, and it is not a stored sign-in: unset it to sign out the saved profiles with --all-profiles.",
        ));
    }
    let name = ctx.profile_name(file)?;
    let profile = file.profiles.get(&name).cloned();
    let server = ctx.server(profile.as_ref());
    let revoked = revoke(ctx, &name, profile, &server);
    let stored = file
        .profiles
        .get(&name)
        .is_some_and(|p| p.account_id.is_some());
    let kept = if stored {
        format!(
            " The stored sign-in of profile {name} is untouched: unset ACCTL_TOKEN and run `acctl {}logout` to end it.",
            profile_flag(&name)
        )
    } else {
        String::new()
    };
    let what = if revoked {
        format!("ACCTL_TOKEN is in use: its device was signed out on {server} (the token is revoked); nothing is stored to remove.")
    } else {
        format!("ACCTL_TOKEN is in use and could not be revoked on {server}; nothing is stored to remove.")
    };
    if revoked {
        ctx.out.success(&format!("{what}{kept}"));
    } else {
        ctx.out.note(&format!("{what}{kept}"));
    }
    Ok(Report::new(
        json!({ "signed_out": [{
            "profile": null,
            "acctl_token": true,
            "server": server,
            "was_signed_in": true,
            "revoked_on_server": revoked,
            "stored_sign_in_kept": stored,
        }] }),
        Human::Nothing,
    ))
}

/// `logout --server B` for a profile signed in to A: its token is not sent to B,
/// and nothing is cleared either, because clearing A's tokens without revoking
/// them would leave that device signed in on A with nobody holding its tokens.
/// ACCTL_TOKEN is sent as usual (it is not the profile's token).
fn check_same_server(ctx: &Context, name: &str, p: &Profile, server: &str) -> Result<()> {
    if ctx.env.token.is_some() || same_origin(&p.server, server) {
        return Ok(());
    }
    let fix = format!("acctl {}--server {} logout", profile_flag(name), p.server);
    Err(CliError::new(
        Exit::NotSignedIn,
        "not_signed_in",
        format!(
            "profile {name} is signed in to {}, not to {server}: nothing was signed out or removed. \
             To sign it out of {}, run `{fix}`.",
            p.server, p.server
        ),
    )
    .with_remedy(fix))
}

/// Best effort: signs the device out on the server; says what it could not do.
fn revoke(ctx: &Context, name: &str, profile: Option<Profile>, server: &str) -> bool {
    let result = Session::with(ctx, name.to_string(), profile, server.to_string())
        .and_then(|mut s| s.call(|c| c.logout()));
    match result {
        Ok(()) => true,
        // Expired or already signed out: nothing is left to revoke.
        Err(e) if e.exit == Exit::NotSignedIn => true,
        Err(e) => {
            ctx.out.warn(&format!(
                "could not sign profile {name} out on {server} ({}); the device may stay signed in there until its session expires: \
                 sign it out from another device with `acctl devices sign-out`.",
                e.message.trim_end_matches('.')
            ));
            false
        }
    }
}
