//! `acctl activity report EVENT_ID`: "this wasn't me". Signs out the device of
//! that event (re-authenticating in line, as every device sign-out does), records
//! the report, then walks the owner into a password change and the security check
//! — on a terminal by running them; with prompting off by naming them (`next`).

use acct_api::ActivityReport;
use acct_api::Secret;
use clap::Args;
use serde_json::json;

use crate::commands::activity::{self, ActivityArgs};
use crate::commands::{password, security};
use crate::context::Context;
use crate::error::{profile_flag, CliError, Result};
use crate::output::{rfc3339, Human, Report};
use crate::reauth::{sensitive, Answers};
use crate::session::Session;

/// Sign-in attempts (success or failure, method, IP, device) and security
/// events (password, phone, email and 2SV changes, sign-outs), newest first.
/// `activity report EVENT_ID` reports one as not you.
#[derive(Debug, Args)]
#[command(
    args_conflicts_with_subcommands = true,
    after_help = "Examples:
  acctl activity                          # the latest 20
  acctl activity --since 7d --failed      # failed attempts of the last week
  acctl activity --since 2026-11-01 --until 2026-11-08T12:00:00Z
  acctl activity --kind password_changed --limit 5
  acctl activity --all -o ndjson | jq -c 'select(.outcome == \"failure\")'
  acctl activity report 1234              # \"this wasn't me\"

Times: a duration back from now (30m, 12h, 7d, 2w), a date (2026-11-01, midnight
UTC) or an RFC 3339 time (2026-11-01T08:00:00+08:00)."
)]
pub struct ActivityCli {
    #[command(subcommand)]
    pub command: Option<ActivityCommand>,
    #[command(flatten)]
    pub filters: ActivityArgs,
}

#[derive(Debug, clap::Subcommand)]
pub enum ActivityCommand {
    /// "This wasn't me": sign out the event's device, then change the password
    Report(ReportArgs),
}

/// `acctl activity [report]`: the listing (activity.rs) or a report.
pub fn run_activity(ctx: &Context, args: ActivityCli) -> Result<Report> {
    match args.command {
        Some(ActivityCommand::Report(a)) => run(ctx, a),
        None => activity::run(ctx, args.filters),
    }
}

/// "This wasn't me": sign out the device of an activity event, record the
/// report, then change the password and run the security check. Needs a recent
/// sign-in: acctl asks for your password when it is older than 10 minutes.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  acctl activity --failed --since 7d            # find the event; its ID is the first column
  acctl activity report 1234
  printf '%s\\n' \"$PW\" | acctl activity report 1234 --password-stdin --json   # scripts

On a terminal acctl then asks for the password change and prints the security
check; with --no-input or --json it prints what was done and the next commands.")]
pub struct ReportArgs {
    /// The event's ID, from `acctl activity` (the `id` field with --json)
    #[arg(value_name = "EVENT_ID")]
    pub event_id: String,
    /// Read the password (one line) from stdin, for the re-authentication
    #[arg(long)]
    pub password_stdin: bool,
    /// Two-step code for the re-authentication
    #[arg(long, value_name = "CODE")]
    pub totp: Option<Secret>,
}

pub fn run(ctx: &Context, args: ReportArgs) -> Result<Report> {
    let event_id: i64 = args.event_id.trim().parse().map_err(|_| {
        CliError::usage(format!(
            "{:?} is not an event ID: use the number in the first column of `acctl activity` (e.g. acctl activity report 1234).",
            args.event_id
        ))
    })?;
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
    let report: ActivityReport =
        sensitive(ctx, &mut session, &answers, |c| c.report_activity(event_id))?;
    let flag = profile_flag(&session.name);
    let next: Vec<String> = report
        .next
        .iter()
        .map(|n| n.replacen("acctl ", &format!("acctl {flag}"), 1))
        .collect();
    say_what_was_done(ctx, &report);
    let json = json!({
        "event_id": report.event_id,
        "event_kind": report.event_kind,
        "report_id": report.report_id,
        "signed_out": report.signed_out.as_ref().map(|d| json!({
            "device_id": d.device_id,
            "name": d.name,
            "ip": d.ip,
            "last_seen_at": rfc3339(d.last_seen_at),
        })),
        "next": next,
        "remedy": next.first(),
    });
    if ctx.prompter.enabled() && !ctx.out.json() {
        walk_through(ctx);
        return Ok(Report::new(json, Human::Nothing));
    }
    let text = format!(
        "Next, change the password and check the account:\n{}",
        next.iter()
            .map(|n| format!("  {n}"))
            .collect::<Vec<_>>()
            .join("\n")
    );
    Ok(Report::new(json, Human::Text(text)))
}

fn say_what_was_done(ctx: &Context, report: &ActivityReport) {
    match &report.signed_out {
        Some(d) => ctx.out.success(&format!(
            "Reported event {} ({}) and signed out its device {} ({}, {}).",
            report.event_id,
            report.event_kind,
            d.name,
            d.device_id,
            d.ip.as_deref().unwrap_or("no IP")
        )),
        None => ctx.out.success(&format!(
            "Reported event {} ({}); its device was no longer signed in, so nothing needed signing out.",
            report.event_id, report.event_kind
        )),
    }
}

/// On a terminal: the password change (its own prompts), then the security check.
/// A password change given up on is said, and the check still runs.
fn walk_through(ctx: &Context) {
    ctx.out
        .note("Whoever it was may know your password: choose a new one now.");
    let change = password::PasswordArgs {
        command: password::PasswordCommand::Change(password::ChangeArgs {
            passwords_stdin: false,
            totp: None,
            recovery_code: None,
        }),
    };
    if let Err(e) = password::run(ctx, change).and_then(|r| ctx.out.render(&r)) {
        ctx.out.warn(&format!(
            "the password was not changed ({}): change it soon with `acctl password change`.",
            e.message.trim_end_matches('.')
        ));
    }
    let check = security::SecurityArgs {
        command: security::SecurityCommand::Check { strict: false },
    };
    if let Err(e) = security::run(ctx, check).and_then(|r| ctx.out.render(&r)) {
        ctx.out.warn(&format!(
            "the security check failed ({}): run `acctl security check`.",
            e.message.trim_end_matches('.')
        ));
    }
}
