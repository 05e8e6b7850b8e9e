//! The command that helps, for every error a command helps with (CLI.md: the
//! error object's `remedy`). Chosen once, in `main`, from the error code, the
//! command that failed and the profile and server in use, so each suggestion
//! names `--profile`/`--server` when they are not the defaults.

use crate::config::{DEFAULT_PROFILE, DEFAULT_SERVER};
use crate::context::{same_origin, Context};
use crate::error::CliError;
use crate::profiles::{load_flows, load_profiles};

/// Flags whose values are secrets (or single-use): left out of a repeated command.
const SECRET_FLAGS: &[&str] = &["--code", "--totp", "--recovery-code", "--confirm"];
/// Global flags that take a value (to find the subcommand path in the arguments).
const VALUE_FLAGS: &[&str] = &["--server", "--profile", "-o", "--output", "--color"];

/// What the failed command was, as typed.
#[derive(Debug, Clone, Default)]
pub struct Invocation {
    /// The subcommand path, e.g. `["recover", "status"]`.
    pub path: Vec<String>,
    /// The first positional argument after the path (a login, an ID).
    pub operand: Option<String>,
    /// The whole command line without secret values, to run again.
    pub again: String,
    /// `--sms` / `--email-code` were given (a code sign-in).
    pub code_sign_in: bool,
    /// For `continue`: the recorded flow's kind, read before the command ran
    /// (a flow that ends, expired or not, is forgotten).
    pub flow_kind: Option<String>,
    /// …and the profile that started it.
    pub flow_profile: Option<String>,
}

impl Invocation {
    pub fn from_args(args: &[String]) -> Self {
        let mut path = Vec::new();
        let mut operand = None;
        let mut kept = vec!["acctl".to_string()];
        let mut i = 0;
        let mut in_path = true;
        while i < args.len() {
            let a = &args[i];
            let flag = a.split('=').next().unwrap_or(a);
            if SECRET_FLAGS.contains(&flag) {
                i += if a.contains('=') { 1 } else { 2 };
                continue;
            }
            kept.push(quote(a));
            if a.starts_with('-') {
                if VALUE_FLAGS.contains(&a.as_str()) {
                    if let Some(v) = args.get(i + 1) {
                        kept.push(quote(v));
                    }
                    i += 1;
                }
            } else if in_path && is_subcommand(&path, a) {
                path.push(a.clone());
            } else {
                in_path = false;
                if operand.is_none() {
                    operand = Some(a.clone());
                }
            }
            i += 1;
        }
        let code_sign_in = args.iter().any(|a| a == "--sms" || a == "--email-code");
        Self {
            path,
            operand,
            again: kept.join(" "),
            code_sign_in,
            flow_kind: None,
            flow_profile: None,
        }
    }

    /// The command line, with the kind of the flow a `continue` names.
    pub fn read(ctx: &Context, args: &[String]) -> Self {
        let mut inv = Self::from_args(args);
        if inv.is(&["continue"]) {
            if let Some(id) = inv.operand.as_deref().filter(|id| !id.is_empty()) {
                let found = ctx
                    .config_dir()
                    .and_then(|d| load_flows(&d))
                    .ok()
                    .and_then(|flows| flows.into_iter().find(|f| f.flow_id.starts_with(id)));
                if let Some(f) = found {
                    inv.flow_kind = Some(f.kind);
                    inv.flow_profile = Some(f.profile);
                }
            }
        }
        inv
    }

    fn is(&self, path: &[&str]) -> bool {
        self.path.len() >= path.len() && self.path.iter().zip(path).all(|(a, b)| a == b)
    }
}

/// Whether `word` is a subcommand name below `path` in the clap tree.
fn is_subcommand(path: &[String], word: &str) -> bool {
    use clap::CommandFactory;
    let mut cmd = crate::cli::Cli::command();
    for p in path {
        match cmd.find_subcommand(p) {
            Some(c) => cmd = c.clone(),
            None => return false,
        }
    }
    cmd.find_subcommand(word).is_some()
}

fn quote(s: &str) -> String {
    let plain = !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./:=@+,%".contains(c));
    if plain {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', "'\\''"))
    }
}

/// `acctl [--profile P] [--server URL] `: the flags a suggested command needs to
/// act on the same profile and server as the one that failed.
fn prefix(ctx: &Context) -> String {
    prefix_for(ctx, &profile_name(ctx))
}

fn prefix_for(ctx: &Context, profile: &str) -> String {
    let mut p = String::from("acctl ");
    if profile != DEFAULT_PROFILE {
        p.push_str(&format!("--profile {} ", quote(profile)));
    }
    if let Some(server) = ctx.server_flag.as_deref() {
        if !same_origin(server, DEFAULT_SERVER) {
            p.push_str(&format!(
                "--server {} ",
                quote(server.trim_end_matches('/'))
            ));
        }
    }
    p
}

fn profile_name(ctx: &Context) -> String {
    ctx.config_dir()
        .and_then(|d| load_profiles(&d))
        .and_then(|f| ctx.profile_name(&f))
        .unwrap_or_else(|_| DEFAULT_PROFILE.to_string())
}

/// Whether the profile in use holds a sign-in to the server in use.
fn signed_in(ctx: &Context) -> bool {
    let Ok(dir) = ctx.config_dir() else {
        return false;
    };
    let Ok(file) = load_profiles(&dir) else {
        return false;
    };
    let Ok(name) = ctx.profile_name(&file) else {
        return false;
    };
    let profile = file.profiles.get(&name);
    let server = ctx.server(profile);
    ctx.env.token.is_some()
        || profile.is_some_and(|p| p.account_id.is_some() && same_origin(&p.server, &server))
}

/// Sets the remedy of `err` when a command helps and none is set yet; a bare
/// `acctl login` gets the profile and server flags it needs.
pub fn fill(ctx: &Context, inv: &Invocation, err: &mut CliError) {
    if err.broken_pipe || err.pending.is_some() {
        return;
    }
    if err.remedy.as_deref() == Some("acctl login") {
        let login = format!("{}login", prefix(ctx));
        if login != "acctl login" {
            err.message = err.message.replace("`acctl login`", &format!("`{login}`"));
        }
        err.remedy = Some(login);
        return;
    }
    if err.remedy.is_some() {
        return;
    }
    err.remedy = choose(ctx, inv, err);
}

fn choose(ctx: &Context, inv: &Invocation, err: &CliError) -> Option<String> {
    let p = prefix(ctx);
    let login = inv
        .operand
        .clone()
        .filter(|_| inv.is(&["login"]) || inv.is(&["recover"]))
        .unwrap_or_else(|| "LOGIN".into());
    let detail = |key: &str| {
        err.details
            .as_ref()
            .and_then(|d| d.get(key))
            .is_some_and(|v| v.as_bool() == Some(true))
    };
    match err.code.as_str() {
        "login_locked" if detail("locked_by_support") => Some(format!(
            "{p}recover ticket {login} --contact-email YOUR_EMAIL --evidence FILE.json"
        )),
        // Checks in flight, not a lock: the same command in a second.
        "login_locked" if detail("busy") => Some(inv.again.clone()),
        "login_locked" if inv.is(&["login"]) && !inv.code_sign_in => {
            Some(format!("{p}login {login} --sms"))
        }
        "login_locked" => Some(format!("{p}recover password {login}")),
        "rate_limited" | "too_many_attempts" if signed_in(ctx) => Some(format!("{p}limits")),
        // Not signed in, so no `limits`: the same command once the wait is over.
        "rate_limited" | "too_many_attempts" => Some(inv.again.clone()),
        "reauth_required" => Some(format!("{p}login")),
        "flow_expired" | "code_expired" => restart(ctx, inv),
        "weak_password" | "passwords_differ" => Some(inv.again.clone()),
        "not_found" if inv.is(&["recover", "status"]) => Some(format!(
            "{p}recover status {} --status-secret-stdin",
            inv.operand.as_deref().unwrap_or("TICKET_ID")
        )),
        "not_found" if inv.is(&["support", "ticket"]) => Some(format!("{p}support ticket list")),
        "not_found" if inv.is(&["devices"]) => Some(format!("{p}devices")),
        "not_found" if inv.is(&["apps"]) => Some(format!("{p}apps")),
        "not_found" if inv.is(&["admin", "client"]) => Some(format!("{p}admin client list")),
        "not_found" if inv.is(&["activity"]) => Some(format!("{p}activity")),
        "unreachable" => Some(format!("{p}doctor")),
        _ => None,
    }
}

/// The command that starts an expired operation again: the one that failed, or
/// for `acctl continue` the command of the recorded flow's kind.
fn restart(ctx: &Context, inv: &Invocation) -> Option<String> {
    if !inv.is(&["continue"]) {
        return Some(inv.again.clone());
    }
    let p = match inv.flow_profile.as_deref() {
        Some(profile) => prefix_for(ctx, profile),
        None => prefix(ctx),
    };
    let start = match inv.flow_kind.as_deref() {
        Some("signup") => "signup --phone PHONE",
        Some("login") => "login LOGIN --sms",
        Some("web_login") => "login --web",
        Some("password_reset") => "recover password LOGIN",
        Some("phone_change") => "phone change NEW_PHONE",
        Some("email_change") => "email set ADDRESS",
        Some("delete_account") => "account delete",
        Some("totp_enroll") => "2sv enable",
        _ => "flow list",
    };
    Some(format!("{p}{start}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inv(args: &[&str]) -> Invocation {
        Invocation::from_args(&args.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn secrets_are_left_out_of_the_command_to_run_again() {
        let i = inv(&[
            "--profile",
            "second",
            "login",
            "ann@example.com",
            "--sms",
            "--code",
            "123456",
            "--totp=654321",
        ]);
        assert_eq!(i.path, ["login"]);
        assert_eq!(i.operand.as_deref(), Some("ann@example.com"));
        assert!(i.code_sign_in);
        assert_eq!(
            i.again,
            "acctl --profile second login ann@example.com --sms"
        );
        let r = inv(&["recover", "status", "T1234", "--json"]);
        assert_eq!(r.path, ["recover", "status"]);
        assert_eq!(r.operand.as_deref(), Some("T1234"));
        assert_eq!(inv(&["login", "a b"]).again, "acctl login 'a b'");
    }
}
