//! `acctl support account …`: find an account, show it, lock, unlock, sign it
//! out (one ID, or many from a file through `bulk`), and read its activity.

use std::path::PathBuf;

use acct_api::{parse_login, ActivityQuery, StaffAccountView};
use clap::{Args, Subcommand};

use super::bulk::{self, Action};
use super::reply::{account_id, dash, devices, to_json};
use crate::commands::activity::{self, parse_when, ActivityArgs};
use crate::commands::activity_export::{self, Source};
use crate::commands::activity_table;
use crate::context::Context;
use crate::error::{CliError, Result};
use crate::output::{rfc3339, Format, Human, Report};
use crate::session::Session;

/// Find accounts and act on them. Staff and admin accounts are out of reach.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  acctl support account search ann@example.com
  acctl support account show 12345678
  acctl support account sign-out 12345678
  acctl support account activity 12345678 --since 7d --failed")]
pub struct AccountArgs {
    #[command(subcommand)]
    pub command: AccountCommand,
}

#[derive(Debug, Subcommand)]
pub enum AccountCommand {
    /// Find the account with this ID, phone (+E164) or email
    #[command(after_help = "Examples:
  acctl support account search 12345678
  acctl support account search +8613812345678 --json")]
    Search {
        /// Account ID, phone (+E164) or email
        query: String,
    },
    /// An account as staff see it (contacts masked)
    #[command(after_help = "Examples:
  acctl support account show 12345678
  acctl support account show 12345678 --json | jq .locked")]
    Show {
        /// Account ID
        id: String,
    },
    /// Lock password sign-in and sign every device out (one ID, or many from a file)
    Lock(LockArgs),
    /// Lift a lock (support or too many failed sign-ins)
    #[command(after_help = "Examples:
  acctl support account unlock 12345678")]
    Unlock {
        /// Account ID
        id: String,
    },
    /// Sign every device of an account out (one ID, or many from a file)
    SignOut(SignOutArgs),
    /// Sign-in attempts and security events of an account, newest first
    Activity(StaffActivityArgs),
}

/// Where the IDs of a bulk action come from, and how many run at once.
#[derive(Debug, Args)]
pub struct Bulk {
    /// Read account IDs from FILE (`-` for stdin): one per line; blank lines and `#` comments skipped
    #[arg(long, value_name = "FILE", conflicts_with = "id")]
    pub from_file: Option<PathBuf>,
    /// Requests in flight at once with --from-file
    #[arg(long, value_name = "N", default_value_t = 8, requires = "from_file",
          value_parser = clap::value_parser!(u16).range(1..=64))]
    pub concurrency: u16,
}

/// Lock an account: password sign-in is refused and every device signed out,
/// until `unlock`. Needs a reason, kept in the audit log.
#[derive(Debug, Args)]
#[command(
    override_usage = "acctl support account lock [OPTIONS] --reason <REASON> <ID>
       acctl support account lock [OPTIONS] --reason <REASON> --from-file <FILE> [--concurrency <N>]",
    after_help = "Examples:
  acctl support account lock 12345678 --reason \"reported stolen, ticket 4411\"
  acctl support account lock --from-file compromised.txt --reason \"credential stuffing 2026-11-21\"
  grep -v '^#' ids.txt | acctl support account lock --from-file - --reason R -o ndjson

With --from-file: one result line per ID (-o ndjson: {\"account_id\",\"ok\",\"action\",
\"devices_signed_out\",\"error\"}), a summary on stderr, exit 1 if any failed."
)]
pub struct LockArgs {
    /// Account ID
    #[arg(required_unless_present = "from_file")]
    pub id: Option<String>,
    /// Why (kept in the audit log and shown to staff)
    #[arg(long, value_name = "REASON")]
    pub reason: String,
    #[command(flatten)]
    pub bulk: Bulk,
}

/// Sign every device of an account out; it must sign in again.
#[derive(Debug, Args)]
#[command(
    override_usage = "acctl support account sign-out [OPTIONS] <ID>
       acctl support account sign-out [OPTIONS] --from-file <FILE> [--concurrency <N>]",
    after_help = "Examples:
  acctl support account sign-out 12345678
  acctl support account sign-out --from-file ids.txt
  acctl support account sign-out --from-file ids.txt -o ndjson | jq -c 'select(.ok | not)'

With --from-file: one result line per ID (-o ndjson: {\"account_id\",\"ok\",\"action\",
\"devices_signed_out\",\"error\"}), a summary on stderr, exit 1 if any failed."
)]
pub struct SignOutArgs {
    /// Account ID
    #[arg(required_unless_present = "from_file")]
    pub id: Option<String>,
    #[command(flatten)]
    pub bulk: Bulk,
}

/// An account's sign-in attempts and security events, newest first (the
/// same filters as `acctl activity`). Viewing it is audited.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  acctl support account activity 12345678
  acctl support account activity 12345678 --since 7d --failed
  acctl support account activity 12345678 --all -o ndjson | jq -r .ip | sort | uniq -c")]
pub struct StaffActivityArgs {
    /// Account ID
    pub id: String,
    #[command(flatten)]
    pub filters: ActivityArgs,
}

pub fn run(ctx: &Context, command: AccountCommand) -> Result<Report> {
    match command {
        AccountCommand::Search { query } => {
            let q = parse_login(&query)?.to_string();
            let mut s = Session::open(ctx)?;
            let found = s.call(|c| c.staff_search(&q))?;
            if found.is_empty() {
                ctx.out.note("No account has that ID, phone or email.");
            }
            let rows = found.iter().map(row).collect();
            Ok(Report::new(
                to_json(&found)?,
                Human::Table {
                    headers: vec![
                        "account", "name", "phone", "email", "2sv", "devices", "locked", "roles",
                        "created",
                    ],
                    rows,
                },
            ))
        }
        AccountCommand::Show { id } => {
            let id = account_id(&id)?;
            let mut s = Session::open(ctx)?;
            let v = s.call(|c| c.staff_show(&id))?;
            Ok(Report::new(to_json(&v)?, Human::Fields(fields(&v))))
        }
        AccountCommand::Lock(a) => match (a.id, a.bulk.from_file) {
            (_, Some(file)) => {
                let reason = reason(&a.reason)?;
                bulk::run(ctx, Action::Lock(reason), &file, a.bulk.concurrency.into())
            }
            (Some(id), None) => {
                let id = account_id(&id)?;
                let reason = reason(&a.reason)?;
                let mut s = Session::open(ctx)?;
                let r = s.call(|c| c.staff_lock(&id, &reason))?;
                ctx.out.success(&format!(
                    "Locked {}: password sign-in refused until `acctl support account unlock {}`; {}.",
                    r.account_id,
                    r.account_id,
                    devices(r.devices_signed_out)
                ));
                Ok(Report::new(to_json(&r)?, Human::Nothing))
            }
            (None, None) => Err(CliError::usage(
                "lock needs an account ID or --from-file FILE.",
            )),
        },
        AccountCommand::Unlock { id } => {
            let id = account_id(&id)?;
            let mut s = Session::open(ctx)?;
            let r = s.call(|c| c.staff_unlock(&id))?;
            ctx.out.success(&format!(
                "Unlocked {}: it can sign in with its password again.",
                r.account_id
            ));
            Ok(Report::new(to_json(&r)?, Human::Nothing))
        }
        AccountCommand::SignOut(a) => match (a.id, a.bulk.from_file) {
            (_, Some(file)) => bulk::run(ctx, Action::SignOut, &file, a.bulk.concurrency.into()),
            (Some(id), None) => {
                let id = account_id(&id)?;
                let mut s = Session::open(ctx)?;
                let r = s.call(|c| c.staff_sign_out(&id))?;
                ctx.out.success(&format!(
                    "Account {}: {}.",
                    r.account_id,
                    devices(r.devices_signed_out)
                ));
                Ok(Report::new(to_json(&r)?, Human::Nothing))
            }
            (None, None) => Err(CliError::usage(
                "sign-out needs an account ID or --from-file FILE.",
            )),
        },
        AccountCommand::Activity(a) => staff_activity(ctx, a),
    }
}

fn reason(r: &str) -> Result<String> {
    let r = r.trim();
    if r.is_empty() {
        return Err(CliError::usage(
            "--reason must say why (it goes to the audit log), e.g. --reason \"reported stolen\".",
        ));
    }
    Ok(r.to_string())
}

fn yes(b: bool) -> String {
    if b { "yes" } else { "no" }.into()
}

fn row(v: &StaffAccountView) -> Vec<String> {
    vec![
        v.account_id.clone(),
        dash(&v.name),
        dash(&v.phone),
        dash(&v.email),
        yes(v.two_step),
        v.devices.to_string(),
        yes(v.locked),
        if v.roles.is_empty() {
            "-".into()
        } else {
            v.roles.join(",")
        },
        rfc3339(v.created_at),
    ]
}

fn fields(v: &StaffAccountView) -> Vec<(String, String)> {
    let mut f = vec![
        ("account".into(), v.account_id.clone()),
        ("name".into(), dash(&v.name)),
        ("phone".into(), dash(&v.phone)),
        ("email".into(), dash(&v.email)),
        ("two-step".into(), yes(v.two_step)),
        ("password".into(), yes(v.has_password)),
        ("devices".into(), v.devices.to_string()),
        (
            "locked".into(),
            match (&v.locked, &v.lock_reason) {
                (true, Some(r)) => format!("yes ({r})"),
                (locked, _) => yes(*locked),
            },
        ),
        ("created".into(), rfc3339(v.created_at)),
    ];
    if !v.roles.is_empty() {
        f.push(("roles".into(), v.roles.join(", ")));
    }
    if v.deleted {
        f.push(("deleted".into(), "yes (nothing can be done to it)".into()));
    }
    f
}

fn staff_activity(ctx: &Context, a: StaffActivityArgs) -> Result<Report> {
    let id = account_id(&a.id)?;
    let f = a.filters;
    let now = crate::clock::now();
    let since = f
        .since
        .as_deref()
        .map(|s| parse_when(s, now, "--since"))
        .transpose()?;
    let until = f
        .until
        .as_deref()
        .map(|s| parse_when(s, now, "--until"))
        .transpose()?;
    activity::check_kind(f.kind.as_deref())?;
    if let (Some(s), Some(u)) = (since, until) {
        if s >= u {
            return Err(CliError::usage("--since is not before --until: swap them."));
        }
    }
    let mut left = (!f.all).then(|| f.limit.unwrap_or(20) as usize);
    let mut query = ActivityQuery {
        since: since.map(rfc3339),
        until: until.map(rfc3339),
        failed: f.failed.then_some(true),
        kind: f.kind,
        limit: None,
        cursor: None,
    };
    let mut s = Session::open(ctx)?;
    if f.all {
        return activity_export::run(ctx, &mut s, Source::Staff(id), query);
    }
    let mut items = Vec::new();
    loop {
        query.limit = Some(left.map_or(1000, |l| l.min(1000) as u32));
        let q = query.clone();
        let page = s.call(|c| c.staff_activity(&id, &q))?;
        let take = left.map_or(page.items.len(), |l| l.min(page.items.len()));
        items.extend_from_slice(&page.items[..take]);
        if let Some(l) = left.as_mut() {
            *l -= take;
            if *l == 0 {
                break;
            }
        }
        match page.next_cursor {
            Some(c) if !page.items.is_empty() => query.cursor = Some(c),
            _ => break,
        }
    }
    if items.is_empty() && ctx.out.format == Format::Table {
        ctx.out.note("No activity matches.");
        return Ok(Report::empty());
    }
    Ok(Report::new(
        to_json(&items)?,
        Human::Grid(activity_table::render(ctx, &items)),
    ))
}
