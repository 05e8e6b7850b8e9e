//! `acctl devices [list]` and `acctl devices sign-out`: the signed-in devices of
//! the account, and signing some or all of them out with a receipt.

use acct_api::{Secret, SignOutReceipt, SignOutRequest};
use clap::{ArgGroup, Args, Subcommand};
use serde_json::json;

use crate::context::Context;
use crate::error::{CliError, Result};
use crate::output::{relative, rfc3339, Column, Human, Report, Table};
use crate::reauth::{sensitive, Answers};
use crate::session::Session;

/// The devices signed in to your account; sign some or all of them out.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  acctl devices                       # the list; * marks this device
  acctl devices list --json | jq -r '.[] | select(.current | not) | .device_id'
  acctl devices sign-out 7d1e0c2a
  acctl devices sign-out --others
  acctl devices sign-out --all        # this device too: signs you out here")]
pub struct DevicesArgs {
    #[command(subcommand)]
    pub command: Option<DevicesCommand>,
}

#[derive(Debug, Subcommand)]
pub enum DevicesCommand {
    /// Every signed-in device (the default)
    #[command(after_help = "Examples:\n  acctl devices list\n  acctl devices list -o ndjson")]
    List,
    /// Sign devices out; prints what was signed out (name, IP, last seen)
    SignOut(SignOutArgs),
}

/// Sign out devices by ID, every other device, or all of them (this one too).
/// Needs a recent sign-in: acctl asks for your password when it is older than
/// 10 minutes.
#[derive(Debug, Args)]
#[command(
    group(ArgGroup::new("which").required(true).args(["device_ids", "others", "all"])),
    after_help = "Examples:
  acctl devices sign-out 7d1e0c2a 93b04f11
  acctl devices sign-out --others --json
  printf '%s\\n' \"$PW\" | acctl devices sign-out --others --password-stdin   # scripts: re-auth input"
)]
pub struct SignOutArgs {
    /// Device IDs from `acctl devices`, or unique prefixes of them
    #[arg(value_name = "DEVICE_ID")]
    pub device_ids: Vec<String>,
    /// Every device except this one
    #[arg(long, conflicts_with_all = ["device_ids", "all"])]
    pub others: bool,
    /// Every device, this one included (you are signed out here too)
    #[arg(long, conflicts_with = "device_ids")]
    pub all: bool,
    /// Read the password (one line) from stdin, for the re-authentication
    #[arg(long)]
    pub password_stdin: bool,
    /// Two-step code for the re-authentication
    #[arg(long, value_name = "CODE")]
    pub totp: Option<Secret>,
}

pub fn run(ctx: &Context, args: DevicesArgs) -> Result<Report> {
    match args.command.unwrap_or(DevicesCommand::List) {
        DevicesCommand::List => list(ctx),
        DevicesCommand::SignOut(a) => sign_out(ctx, a),
    }
}

fn list(ctx: &Context) -> Result<Report> {
    let mut session = Session::open(ctx)?;
    let devices = session.call(|c| c.devices())?;
    let items: Vec<_> = devices
        .iter()
        .map(|d| {
            json!({
                "device_id": d.device_id,
                "name": d.name,
                "current": d.current,
                "created_at": rfc3339(d.created_at),
                "last_seen_at": rfc3339(d.last_seen_at),
                "ip": d.ip,
                "user_agent": d.user_agent,
            })
        })
        .collect();
    let rows = devices
        .iter()
        .map(|d| {
            vec![
                if d.current { "*" } else { "" }.to_string(),
                d.device_id.clone(),
                d.name.clone(),
                d.ip.clone().unwrap_or_else(|| "-".into()),
                when(ctx, d.last_seen_at),
                when(ctx, d.created_at),
                d.user_agent.clone().unwrap_or_else(|| "-".into()),
            ]
        })
        .collect();
    // Narrow terminals: the client is cut then left out, then when it signed in,
    // then the IP; the ID shortens to a unique prefix (sign-out takes one).
    let table = Table::new(
        vec![
            Column::new(""),
            Column::id("device"),
            Column::cut("name", 12),
            Column::new("ip").optional(1),
            Column::new("last seen"),
            Column::new("signed in").optional(2),
            Column::cut("client", 12).optional(3),
        ],
        rows,
    );
    Ok(Report::new(json!(items), Human::Grid(table)))
}

/// Device IDs or unique prefixes of them, resolved against the device list.
fn resolve_ids(session: &mut Session, given: Vec<String>) -> Result<Vec<String>> {
    if given.is_empty() || given.iter().all(|id| crate::prefix::is_full_hex(id)) {
        return Ok(given);
    }
    let devices = session.call(|c| c.devices())?;
    let candidates: Vec<crate::prefix::Candidate> = devices
        .iter()
        .map(|d| crate::prefix::Candidate {
            id: d.device_id.clone(),
            label: d.name.clone(),
        })
        .collect();
    given
        .iter()
        .map(|id| crate::prefix::resolve("device", "acctl devices", id, &candidates))
        .collect()
}

/// Relative on a terminal, exact when piped.
fn when(ctx: &Context, t: time::OffsetDateTime) -> String {
    if ctx.out.stdout_tty {
        relative(t)
    } else {
        rfc3339(t)
    }
}

fn sign_out(ctx: &Context, args: SignOutArgs) -> Result<Report> {
    let mut session = Session::open(ctx)?;
    let answers = Answers {
        password: if args.password_stdin {
            Some(crate::prompt::password_from_stdin()?)
        } else {
            None
        },
        totp: args.totp,
        ..Default::default()
    };
    let req = SignOutRequest {
        device_ids: resolve_ids(&mut session, args.device_ids)?,
        others: args.others,
        all: args.all,
    };
    let receipt: SignOutReceipt =
        sensitive(ctx, &mut session, &answers, |c| c.sign_out_devices(&req))?;
    let this_one = receipt.signed_out.iter().any(|d| d.current);
    if this_one {
        // Like `acctl logout`: the tokens are dead, so forget them here too.
        session.clear_local();
    }
    match receipt.signed_out.len() {
        0 => ctx
            .out
            .note("No other device was signed in: nothing to sign out."),
        1 => ctx.out.success("Signed out 1 device."),
        n => ctx.out.success(&format!("Signed out {n} devices.")),
    }
    if this_one {
        ctx.out.note(&format!(
            "This device was signed out too (profile {}); run `acctl login` to sign in again.",
            session.name
        ));
    }
    let json = serde_json::to_value(&receipt).map_err(|e| CliError::failure(e.to_string()))?;
    let rows = receipt
        .signed_out
        .iter()
        .map(|d| {
            vec![
                d.device_id.clone(),
                if d.current {
                    format!("{} (this device)", d.name)
                } else {
                    d.name.clone()
                },
                d.ip.clone().unwrap_or_else(|| "-".into()),
                format!("{} ({})", rfc3339(d.last_seen_at), relative(d.last_seen_at)),
            ]
        })
        .collect::<Vec<_>>();
    let human = if rows.is_empty() {
        Human::Nothing
    } else {
        Human::Table {
            headers: vec!["signed out", "name", "ip", "last seen"],
            rows,
        }
    };
    Ok(Report::new(json, human))
}
