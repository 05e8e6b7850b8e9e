//! `acctl support`: tools for support staff (the `support` role): accounts
//! (search, show, lock, unlock, sign out, activity; bulk forms from a file),
//! the ticket queue (`support_ticket`) and the audit log. Every action is
//! audited by the service; contacts come back masked.

use std::path::PathBuf;

use acct_api::{parse_account_id, parse_login, ActivityQuery, AuditQuery, StaffAccountView};
use clap::{Args, Subcommand};
use time::OffsetDateTime;

use super::activity::{self, parse_when, ActivityArgs};
use super::activity_export::Source;
use super::support_ticket::{self, TicketArgs};
use crate::bulk::{self, Action};
use crate::context::Context;
use crate::error::{CliError, Exit, Result};
use crate::output::{rfc3339, Format, Human, Report};
use crate::session::Session;

/// Support staff tools. Needs the `support` role (granted on the server host:
/// `acctd staff grant ID --role support`); without it every command exits 4.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  acctl support account search +8613812345678
  acctl support account lock 12345678 --reason \"reported stolen\"
  acctl support account sign-out --from-file ids.txt -o ndjson | jq -c 'select(.ok | not)'
  acctl support ticket list --status open
  acctl support audit --since 1d")]
pub struct SupportArgs {
    #[command(subcommand)]
    pub command: SupportCommand,
}

#[derive(Debug, Subcommand)]
pub enum SupportCommand {
    /// Find accounts and act on them
    Account(AccountArgs),
    /// The recovery ticket queue
    Ticket(TicketArgs),
    /// The audit log of staff actions (append-only)
    Audit(AuditArgs),
}

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

/// The audit log: who did what to which account or ticket, newest first.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  acctl support audit
  acctl support audit --actor 23456789 --since 1d
  acctl support audit --account 12345678 --json | jq -r '.[].action'")]
pub struct AuditArgs {
    /// Only actions by this staff account
    #[arg(long, value_name = "ID")]
    pub actor: Option<String>,
    /// Only actions on this account
    #[arg(long, value_name = "ID")]
    pub account: Option<String>,
    /// Only entries at or after: 30m, 12h, 7d, 2w, 2026-11-01 or RFC 3339
    #[arg(long, value_name = "WHEN")]
    pub since: Option<String>,
    /// At most N entries (default 200)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=10000))]
    pub limit: Option<u32>,
}

pub fn run(ctx: &Context, args: SupportArgs) -> Result<Report> {
    match args.command {
        SupportCommand::Account(a) => account(ctx, a.command),
        SupportCommand::Ticket(a) => support_ticket::run(ctx, a),
        SupportCommand::Audit(a) => audit(ctx, a),
    }
}

/// An account ID, checked before any request (exit 6 like other malformed input).
pub fn account_id(id: &str) -> Result<String> {
    parse_account_id(id).ok_or_else(|| {
        CliError::new(
            Exit::Refused,
            "invalid_login",
            format!("{id:?} is not an account ID: account IDs are 8 to 10 digits."),
        )
    })
}

/// A 409 (claimed by someone else, already decided) is "input refused": exit 6
/// with the service's own sentence, which names who holds the ticket.
pub fn conflict(mut e: CliError) -> CliError {
    if e.code == "conflict" {
        e.exit = Exit::Refused;
        if let Some(rest) = e.message.strip_prefix("the service failed: ") {
            e.message = rest.to_string();
        }
    }
    e
}

fn account(ctx: &Context, command: AccountCommand) -> Result<Report> {
    match command {
        AccountCommand::Search { query } => {
            let q = parse_login(&query)?.to_string();
            let mut s = Session::open(ctx)?;
            let found = s.call("GET /v1/support/accounts", |c| {
                let q = q.clone();
                async move { c.staff_search(&q).await }
            })?;
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
            let v = s.call(&format!("GET /v1/support/accounts/{id}"), |c| {
                let id = id.clone();
                async move { c.staff_show(&id).await }
            })?;
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
                let r = s.call(&format!("POST /v1/support/accounts/{id}/lock"), |c| {
                    let (id, reason) = (id.clone(), reason.clone());
                    async move { c.staff_lock(&id, &reason).await }
                })?;
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
            let r = s.call(&format!("POST /v1/support/accounts/{id}/unlock"), |c| {
                let id = id.clone();
                async move { c.staff_unlock(&id).await }
            })?;
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
                let r = s.call(&format!("POST /v1/support/accounts/{id}/sign-out"), |c| {
                    let id = id.clone();
                    async move { c.staff_sign_out(&id).await }
                })?;
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

pub fn devices(n: u32) -> String {
    match n {
        0 => "no device was signed in".into(),
        1 => "1 device signed out".into(),
        n => format!("{n} devices signed out"),
    }
}

pub fn to_json<T: serde::Serialize>(v: &T) -> Result<serde_json::Value> {
    serde_json::to_value(v).map_err(|e| CliError::failure(e.to_string()))
}

fn dash(v: &Option<String>) -> String {
    v.clone().unwrap_or_else(|| "-".into())
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
    let now = OffsetDateTime::now_utc();
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
        return super::activity_export::run(ctx, &mut s, Source::Staff(id), query);
    }
    let mut items = Vec::new();
    loop {
        query.limit = Some(left.map_or(1000, |l| l.min(1000) as u32));
        let q = query.clone();
        let page = s.call(&format!("GET /v1/support/accounts/{id}/activity"), |c| {
            let (id, q) = (id.clone(), q.clone());
            async move { c.staff_activity(&id, &q).await }
        })?;
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
        Human::Grid(activity::render(ctx, &items)),
    ))
}

fn audit(ctx: &Context, a: AuditArgs) -> Result<Report> {
    let now = OffsetDateTime::now_utc();
    let query = AuditQuery {
        actor: a.actor.as_deref().map(account_id).transpose()?,
        account: a.account.as_deref().map(account_id).transpose()?,
        since: a
            .since
            .as_deref()
            .map(|s| parse_when(s, now, "--since").map(rfc3339))
            .transpose()?,
        limit: a.limit,
    };
    let mut s = Session::open(ctx)?;
    let entries = s.call("GET /v1/support/audit", |c| {
        let q = query.clone();
        async move { c.staff_audit(&q).await }
    })?;
    if entries.is_empty() && ctx.out.format == Format::Table {
        ctx.out.note("No audit entries match.");
    }
    let rows = entries
        .iter()
        .map(|e| {
            vec![
                rfc3339(e.at),
                e.actor.clone(),
                e.action.clone(),
                dash(&e.account_id),
                dash(&e.ticket_id),
                dash(&e.reason),
            ]
        })
        .collect();
    Ok(Report::new(
        to_json(&entries)?,
        Human::Table {
            headers: vec!["when", "actor", "action", "account", "ticket", "reason"],
            rows,
        },
    ))
}
