//! Signing up and in: `signup`, `login` (and how a sign-in ends, for `continue`).

use acct_api::{
    parse_email, parse_login, parse_phone, FlowKind, FlowResult, LoginMethod, Secret, StartFlow,
};
use clap::Args;
use serde_json::json;

use crate::config::StoreKind;
use crate::context::Context;
use crate::error::{CliError, Result};
use crate::flow::{drive, Inputs, Origin};
use crate::output::{rfc3339, Human, Report};
use crate::profiles::load_profiles;
use crate::prompt::{password_from_stdin, PromptError};
use crate::session::save_sign_in;
use crate::token_store::TokenStore;

/// Create an account: a code goes to the phone or email, then the account is
/// created, its ID printed, and this device signed in.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  acctl signup --phone +8613812345678
  acctl signup --email ann@example.com --name Ann
  # scripted: the code arrives later, finish with `acctl continue`
  acctl signup --phone +8613812345678 --no-input --json
  printf '%s\\n' \"$PW\" | acctl signup --email ann@example.com --password-stdin --code 123456")]
pub struct SignupArgs {
    /// Phone number in E.164 form, e.g. +8613812345678
    #[arg(long, value_name = "E164", conflicts_with = "email")]
    pub phone: Option<String>,
    /// Email address
    #[arg(long, value_name = "ADDR")]
    pub email: Option<String>,
    /// Display name
    #[arg(long)]
    pub name: Option<String>,
    /// Read the new password (one line) from stdin; without it, a terminal asks
    /// and scripts create an account that signs in by code
    #[arg(long)]
    pub password_stdin: bool,
    /// The verification code, if you already have it
    #[arg(long, value_name = "CODE")]
    pub code: Option<Secret>,
    /// Name of this device in the device list (default: the host name)
    #[arg(long, value_name = "NAME")]
    pub device_name: Option<String>,
    /// Store tokens in a plain 0600 file instead of the keyring
    #[arg(long)]
    pub insecure_storage: bool,
}

/// Sign in with an account ID, +E164 phone or email; by password (default)
/// or a one-time code. Two-step accounts are asked for a TOTP code. With
/// --web, sign in in a browser instead: approve a one-time code on the
/// service's page (the browser opens on a desktop); acctl waits for it.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  acctl login 12345678
  acctl login +8613812345678 --sms
  acctl login ann@example.com --email-code --no-input --json   # then: acctl continue FLOW_ID --code C
  printf '%s\\n' \"$PW\" | acctl login 12345678 --password-stdin --totp 123456
  acctl --profile work --server https://accounts.example.com login ann@example.com
  acctl login --web                     # a browser approves; acctl waits
  acctl login --web --no-browser        # print the address and code only (SSH, containers)
  acctl login --web --no-input --json   # scripts: exit 10, then: acctl continue FLOW_ID

A browser sign-in denied in the browser exits 6, an expired code 5.")]
pub struct LoginArgs {
    /// Account ID, phone (+E164) or email
    pub login: Option<String>,
    /// Sign in with a browser: approve a one-time code on the service's web page
    #[arg(
        long,
        conflicts_with_all = ["login", "sms", "email_code", "password_stdin", "code", "totp", "device_name"]
    )]
    pub web: bool,
    /// With --web: only print the address and the code, do not open a browser
    #[arg(long, requires = "web")]
    pub no_browser: bool,
    /// Sign in with a code sent by text message to the verified phone
    #[arg(long, conflicts_with_all = ["email_code", "password_stdin"])]
    pub sms: bool,
    /// Sign in with a code sent to the verified email
    #[arg(long, conflicts_with = "password_stdin")]
    pub email_code: bool,
    /// Read the password (one line) from stdin
    #[arg(long)]
    pub password_stdin: bool,
    /// The one-time code, if you already have it
    #[arg(long, value_name = "CODE")]
    pub code: Option<Secret>,
    /// Two-step verification code (or a recovery code)
    #[arg(long, value_name = "CODE")]
    pub totp: Option<Secret>,
    /// Name of this device in the device list (default: the host name)
    #[arg(long, value_name = "NAME")]
    pub device_name: Option<String>,
    /// Store tokens in a plain 0600 file instead of the keyring
    #[arg(long)]
    pub insecure_storage: bool,
}

/// Where a new sign-in will go, checked before anything is sent.
pub struct Target {
    pub profile: String,
    pub server: String,
    pub store: TokenStore,
}

pub fn target(ctx: &Context, insecure: bool) -> Result<Target> {
    let dir = ctx.config_dir()?;
    // Fails on a corrupt profiles.toml before any code is sent or token issued.
    let file = load_profiles(&dir)?;
    let profile = ctx.profile_name(&file)?;
    let server = ctx.server(file.profiles.get(&profile));
    let kind = ctx.sign_in_store_kind(insecure)?;
    let store = prepare_store(ctx, kind)?;
    Ok(Target {
        profile,
        server,
        store,
    })
}

/// Warns about the file store before anything is written; picks and probes the keyring.
pub fn prepare_store(ctx: &Context, kind: StoreKind) -> Result<TokenStore> {
    let dir = ctx.config_dir()?;
    if kind == StoreKind::File {
        ctx.out.warn(&format!(
            "tokens will be stored unencrypted in {} (mode 0600), readable by anything running as you.",
            dir.join("credentials").display()
        ));
    }
    TokenStore::for_sign_in(kind, &ctx.env, &dir, &|m| ctx.out.trace(m))
}

pub fn signup(ctx: &Context, args: SignupArgs) -> Result<Report> {
    let (phone, email) = match (&args.phone, &args.email) {
        (Some(p), _) => (Some(parse_phone(p)?), None),
        (None, Some(e)) => (None, Some(parse_email(e)?)),
        (None, None) => match ctx.prompter.text("Phone (+E164) or email") {
            Ok(c) if c.contains('@') => (None, Some(parse_email(&c)?)),
            Ok(c) => (Some(parse_phone(&c)?), None),
            Err(PromptError::Off) => {
                return Err(CliError::usage(
                    "signup needs --phone E164 or --email ADDR.",
                ))
            }
            Err(e) => return Err(e.into_cli("")),
        },
    };
    let t = target(ctx, args.insecure_storage)?;
    let prompted = !args.password_stdin;
    let mut password = if args.password_stdin {
        Some(password_from_stdin()?)
    } else {
        choose_password(ctx)?
    };
    let device_name = args.device_name.or_else(|| Some(ctx.env.device_name()));
    let client = ctx.client(&t.server)?;
    // A password the service refuses is asked for again on a terminal, as
    // `password change` does; from stdin or with prompting off it is exit 6.
    let flow = loop {
        let start = StartFlow::Signup {
            phone: phone.clone(),
            email: email.clone(),
            password: password.clone(),
            name: args.name.clone(),
            device_name: device_name.clone(),
        };
        match ctx.call(client.start_flow(&start))? {
            Ok(flow) => break flow,
            Err(e)
                if prompted
                    && ctx.prompter.enabled()
                    && e.code() == Some(acct_api::ErrorCode::WeakPassword) =>
            {
                ctx.out
                    .warn(&format!("{} Choose another.", CliError::from(e).message));
                password = choose_password(ctx)?;
            }
            Err(e) => return Err(e.into()),
        }
    };
    let origin = Origin {
        profile: t.profile.clone(),
        server: t.server.clone(),
        device_name,
        insecure_storage: args.insecure_storage,
        ..Default::default()
    };
    let mut inputs = Inputs {
        code: args.code,
        ..Default::default()
    };
    let result = drive(ctx, &client, &origin, flow.clone(), &mut inputs)?;
    finish(ctx, flow.kind, &origin, &t.store, result)
}

/// On a terminal: an optional password, typed twice. Never with prompting off.
fn choose_password(ctx: &Context) -> Result<Option<Secret>> {
    if !ctx.prompter.enabled() {
        return Ok(None);
    }
    loop {
        let pw = match ctx
            .prompter
            .secret("Choose a password (Enter for none: sign in by code)")
        {
            Ok(pw) => pw,
            Err(e) => return Err(e.into_cli("")),
        };
        if pw.is_empty() {
            return Ok(None);
        }
        match ctx.prompter.secret("Repeat the password") {
            Ok(again) if again == pw => return Ok(Some(pw.into())),
            Ok(_) => ctx.out.warn("the passwords differ; try again."),
            Err(e) => return Err(e.into_cli("")),
        }
    }
}

pub fn login(ctx: &Context, args: LoginArgs) -> Result<Report> {
    let raw = match args.login {
        Some(l) => l,
        None => match ctx.prompter.text("Account ID, phone (+E164) or email") {
            Ok(l) => l,
            Err(PromptError::Off) => return Err(CliError::usage(
                "login needs the account: acctl login LOGIN (account ID, +E164 phone or email).",
            )),
            Err(e) => return Err(e.into_cli("")),
        },
    };
    let login = parse_login(&raw)?.to_string();
    let method = if args.sms {
        LoginMethod::Sms
    } else if args.email_code {
        LoginMethod::EmailCode
    } else {
        LoginMethod::Password
    };
    let t = target(ctx, args.insecure_storage)?;
    let password = match method {
        LoginMethod::Password if args.password_stdin => Some(password_from_stdin()?),
        LoginMethod::Password => match ctx.prompter.secret("Password") {
            Ok(pw) => Some(pw.into()),
            Err(e) => return Err(e.into_cli("pass the password on stdin with --password-stdin")),
        },
        _ => None,
    };
    let device_name = args.device_name.or_else(|| Some(ctx.env.device_name()));
    let start = StartFlow::Login {
        login,
        method,
        password,
        device_name: device_name.clone(),
    };
    let origin = Origin {
        profile: t.profile.clone(),
        server: t.server.clone(),
        device_name,
        insecure_storage: args.insecure_storage,
        ..Default::default()
    };
    let mut inputs = Inputs {
        code: args.code,
        totp: args.totp,
        ..Default::default()
    };
    run_flow(ctx, &t, origin, &start, &mut inputs)
}

fn run_flow(
    ctx: &Context,
    t: &Target,
    origin: Origin,
    start: &StartFlow,
    inputs: &mut Inputs,
) -> Result<Report> {
    let client = ctx.client(&t.server)?;
    let flow = ctx.call(client.start_flow(start))??;
    let result = drive(ctx, &client, &origin, flow.clone(), inputs)?;
    finish(ctx, flow.kind, &origin, &t.store, result)
}

/// Ends a flow as its command does: a sign-up or login stores the session.
pub fn finish(
    ctx: &Context,
    kind: FlowKind,
    origin: &Origin,
    store: &TokenStore,
    result: FlowResult,
) -> Result<Report> {
    let Some(session) = result.session else {
        return Ok(Report::new(
            json!({ "account_id": result.account_id, "kind": kind.as_str() }),
            Human::Nothing,
        ));
    };
    let replaced = crate::session::current_sign_in(ctx, &origin.profile);
    let profile = save_sign_in(
        ctx,
        &origin.profile,
        &origin.server,
        store,
        origin.device_name.clone(),
        &session,
    )?;
    if let Some((old, tokens)) = replaced {
        if old.device_id.as_deref() != Some(session.device_id.as_str()) {
            crate::session::revoke_replaced(ctx, &origin.profile, &old, &tokens);
        }
    }
    let signup = kind == FlowKind::Signup;
    if signup {
        ctx.out
            .success(&format!("Created account {}.", session.account_id));
    }
    ctx.out.success(&format!(
        "Signed in to {} as {} (profile {}); tokens are in {}.",
        origin.server,
        session.account_id,
        origin.profile,
        store.describe()
    ));
    if crate::token_store::forgets_at_reboot(store) {
        ctx.out.note("note: the kernel keyring does not survive a reboot; after one, run `acctl login` again.");
    }
    let mut report = json!({
        "account_id": session.account_id,
        "device_id": session.device_id,
        "profile": origin.profile,
        "server": origin.server,
        "token_store": profile.token_store.as_str(),
        "access_expires_at": rfc3339(session.access_expires_at),
        "refresh_expires_at": rfc3339(session.refresh_expires_at),
    });
    if signup {
        report["created"] = true.into();
    }
    let human = if signup {
        Human::Text(session.account_id.clone())
    } else {
        Human::Nothing
    };
    Ok(Report::new(report, human))
}
