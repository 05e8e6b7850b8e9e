//! `doctor`: checks the set-up and says what to fix — token store (probed with a
//! timeout), config file permissions, env overrides, server reachability, TLS
//! and clock skew.

use std::path::Path;

use clap::Args;
use serde_json::json;

use crate::config::{StoreKind, CONFIG_FILE, ENV_VARS};
use crate::context::{check_transport, Context};
use crate::error::{CliError, Exit, Result};
use crate::output::{Human, Report};
use crate::profiles::{load_profiles, saved_store, Profile};
use crate::token_store::{forgets_at_reboot, TokenStore};

/// Check the set-up and say what to fix.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  acctl doctor
  acctl doctor --json | jq '.checks[] | select(.status != \"ok\")'
  acctl --server https://accounts.example.com doctor")]
pub struct DoctorArgs {}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Status {
    Ok,
    Warn,
    Fail,
}

struct Finding {
    name: &'static str,
    status: Status,
    detail: String,
    fix: Option<String>,
}

fn ok(name: &'static str, detail: impl Into<String>) -> Finding {
    Finding {
        name,
        status: Status::Ok,
        detail: detail.into(),
        fix: None,
    }
}

fn bad(
    name: &'static str,
    status: Status,
    detail: impl Into<String>,
    fix: impl Into<String>,
) -> Finding {
    Finding {
        name,
        status,
        detail: detail.into(),
        fix: Some(fix.into()),
    }
}

pub fn run(ctx: &Context, _: DoctorArgs) -> Result<Report> {
    let dir = ctx.config_dir()?;
    let mut checks = vec![config_check(ctx, &dir), permissions_check(&dir)];
    let profiles = load_profiles(&dir);
    let (current, profile) = match &profiles {
        Ok(f) => {
            let name = ctx.profile_name(f)?;
            let p = f.profiles.get(&name).cloned();
            (name, p)
        }
        Err(e) => {
            checks.push(bad(
                "profiles",
                Status::Fail,
                e.message.clone(),
                "fix or move the file away",
            ));
            (String::new(), None)
        }
    };
    checks.push(store_check(ctx, &dir, profile.as_ref()));
    let overrides = ctx.env.overrides();
    checks.push(if overrides.is_empty() {
        ok("environment", "no ACCTL_* overrides set")
    } else {
        let what: Vec<String> = overrides
            .iter()
            .map(|n| {
                let why = ENV_VARS
                    .iter()
                    .find(|(v, _)| v == n)
                    .map(|(_, w)| *w)
                    .unwrap_or("");
                format!("{n} overrides {why}")
            })
            .collect();
        let status = if ctx.env.token.is_some() {
            Status::Warn
        } else {
            Status::Ok
        };
        Finding {
            name: "environment",
            status,
            detail: what.join("; "),
            fix: None,
        }
    });
    let server = ctx.server(profile.as_ref());
    match check_transport(&server, ctx.allow_insecure_http) {
        Ok(()) if server.starts_with("https://") => {
            checks.push(ok("tls", format!("{server} uses HTTPS")))
        }
        Ok(()) if ctx.allow_insecure_http => checks.push(bad(
            "tls",
            Status::Warn,
            format!("{server} is plain HTTP (allowed by --allow-insecure-http)"),
            "use an https:// server URL",
        )),
        Ok(()) => checks.push(ok(
            "tls",
            format!("{server} is plain HTTP to loopback (allowed)"),
        )),
        Err(e) => checks.push(bad(
            "tls",
            Status::Fail,
            e.message.clone(),
            "use an https:// server URL",
        )),
    }
    server_checks(ctx, &server, &mut checks);
    let failed = checks.iter().any(|c| c.status == Status::Fail);
    let items: Vec<_> = checks
        .iter()
        .map(|c| {
            json!({
                "name": c.name,
                "status": match c.status { Status::Ok => "ok", Status::Warn => "warn", Status::Fail => "fail" },
                "detail": c.detail,
                "fix": c.fix,
            })
        })
        .collect();
    let rows = checks
        .iter()
        .map(|c| {
            let mark = match c.status {
                Status::Ok => "ok",
                Status::Warn => "warn",
                Status::Fail => "FAIL",
            };
            let detail = match &c.fix {
                Some(f) => format!("{} — fix: {f}", c.detail),
                None => c.detail.clone(),
            };
            vec![mark.to_string(), c.name.to_string(), detail]
        })
        .collect();
    let report = Report::new(
        json!({ "ok": !failed, "profile": current, "server": server, "checks": items }),
        Human::Table {
            headers: vec!["status", "check", "detail"],
            rows,
        },
    );
    if !failed {
        return Ok(report);
    }
    ctx.out.render(&report)?;
    let mut err = CliError::new(
        Exit::Failure,
        "doctor_failed",
        "some checks failed: see the fixes above.",
    );
    err.reported = true;
    Err(err)
}

fn config_check(ctx: &Context, dir: &Path) -> Finding {
    match ctx.file_config() {
        Ok(_) if dir.join(CONFIG_FILE).exists() => ok(
            "config",
            format!("{} is valid", dir.join(CONFIG_FILE).display()),
        ),
        Ok(_) => ok(
            "config",
            format!("no {} (defaults)", dir.join(CONFIG_FILE).display()),
        ),
        Err(e) => bad(
            "config",
            Status::Fail,
            e.message.clone(),
            "fix or remove config.toml",
        ),
    }
}

/// Everything acctl keeps in the config dir is private to the user: files
/// 0600 and directories 0700. Anything group- or world-accessible is flagged,
/// whatever it holds (tickets.json has status secrets; lock files and flows.json
/// say what the user is doing).
fn permissions_check(dir: &Path) -> Finding {
    #[cfg(unix)]
    {
        let loose = loose_entries(dir);
        if loose.is_empty() {
            ok(
                "permissions",
                format!("{} and its files are private", dir.display()),
            )
        } else {
            bad(
                "permissions",
                Status::Fail,
                format!("readable by others: {}", loose.join("; ")),
                format!("chmod -R go-rwx {}", dir.display()),
            )
        }
    }
    #[cfg(not(unix))]
    ok(
        "permissions",
        format!("{} (not checked on this platform)", dir.display()),
    )
}

/// `PATH is 644` for the dir and each entry below it (two levels: credentials/,
/// locks/) with any group or world bit set.
#[cfg(unix)]
fn loose_entries(dir: &Path) -> Vec<String> {
    use std::os::unix::fs::PermissionsExt;
    let mut paths = vec![dir.to_path_buf()];
    let mut i = 0;
    while i < paths.len() {
        let depth = paths[i]
            .strip_prefix(dir)
            .map_or(0, |p| p.components().count());
        if depth < 2 {
            if let Ok(entries) = std::fs::read_dir(&paths[i]) {
                paths.extend(entries.flatten().map(|e| e.path()));
            }
        }
        i += 1;
    }
    paths
        .iter()
        .filter_map(|p| {
            let meta = std::fs::symlink_metadata(p).ok()?;
            let mode = meta.permissions().mode() & 0o777;
            (mode & 0o077 != 0 && !meta.file_type().is_symlink())
                .then(|| format!("{} is {mode:o}", p.display()))
        })
        .collect()
}

/// The store of the current profile, or the one a sign-in would pick now.
fn store_check(ctx: &Context, dir: &Path, profile: Option<&Profile>) -> Finding {
    let (kind, store) = match profile.filter(|p| p.account_id.is_some()) {
        Some(p) => (p.token_store, Ok(saved_store(Some(p), &ctx.env, dir))),
        None => {
            let kind = ctx
                .file_config()
                .ok()
                .and_then(|c| c.token_store)
                .unwrap_or_default();
            (
                kind,
                TokenStore::for_sign_in(kind, &ctx.env, dir, &|m| ctx.out.trace(m)),
            )
        }
    };
    let probed = store.and_then(|s| s.probe().map(|()| s));
    match (kind, probed) {
        (StoreKind::Keyring, Ok(s)) => ok(
            "token store",
            format!(
                "{} works (probed){}",
                s.describe(),
                if forgets_at_reboot(&s) {
                    "; it does not survive a reboot"
                } else {
                    ""
                }
            ),
        ),
        (StoreKind::Keyring, Err(e)) => bad(
            "token store",
            Status::Fail,
            e.message.clone(),
            "start the keyring, or opt into the file store with token_store = \"file\" in config.toml",
        ),
        (StoreKind::File, Ok(_)) => bad(
            "token store",
            Status::Warn,
            format!(
                "tokens are in plain files under {} (opted in)",
                dir.join("credentials").display()
            ),
            "use the keyring: remove token_store = \"file\" and sign in again",
        ),
        (StoreKind::File, Err(e)) => bad(
            "token store",
            Status::Fail,
            e.message.clone(),
            "check the config dir permissions",
        ),
    }
}

fn server_checks(ctx: &Context, server: &str, checks: &mut Vec<Finding>) {
    let client = match ctx.client(server) {
        Ok(c) => c,
        Err(e) => {
            checks.push(bad(
                "server",
                Status::Fail,
                e.message.clone(),
                "pass a valid --server URL",
            ));
            return;
        }
    };
    let info = match ctx.call(client.service_info()) {
        Ok(Ok(info)) => info,
        Ok(Err(e)) => {
            checks.push(bad(
                "server",
                Status::Fail,
                CliError::from(e).message.clone(),
                "start acctd or fix --server / ACCTL_SERVER",
            ));
            return;
        }
        Err(e) => {
            checks.push(bad("server", Status::Fail, e.message.clone(), "try again"));
            return;
        }
    };
    checks.push(ok(
        "server",
        format!("{server} answers: {} {}", info.service, info.version),
    ));
    let skew = (info.time - crate::clock::now()).whole_seconds();
    let detail = format!(
        "this clock is {}s {} the server's",
        skew.abs(),
        if skew > 0 { "behind" } else { "ahead of" }
    );
    checks.push(match skew.abs() {
        0..=30 => ok("clock", detail),
        31..=300 => bad(
            "clock",
            Status::Warn,
            detail,
            "sync the clock (e.g. timedatectl set-ntp true)",
        ),
        _ => bad(
            "clock",
            Status::Fail,
            detail,
            "sync the clock (e.g. timedatectl set-ntp true): codes and expiries will look wrong",
        ),
    });
}
