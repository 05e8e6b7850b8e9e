//! `acctl activity`: sign-in attempts and security events, newest first.
//!
//! `--all` reads one streamed export (`activity_export`); otherwise `-o ndjson`
//! and `--json` stream page by page (one page in memory at a time, flushed per
//! page); the table collects only what it shows.

use std::io::Write;

use acct_api::{ActivityItem, ActivityQuery};
use clap::Args;
use time::format_description::well_known::Rfc3339;
use time::{Date, Duration, OffsetDateTime, Time};

use super::activity_export::Source;
use super::activity_table::render;
use crate::context::Context;
use crate::error::{CliError, Result};
use crate::output::{pipe, rfc3339, Format, Human, Report};
use crate::session::Session;

/// Shown when neither --limit nor --all is given.
const DEFAULT_LIMIT: u32 = 20;
/// The service's largest page.
const MAX_PAGE: u32 = 1000;

/// Sign-in attempts (success or failure, method, IP, device) and security
/// events (password, phone, email and 2SV changes, sign-outs), newest first.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  acctl activity                          # the latest 20
  acctl activity --since 7d --failed      # failed attempts of the last week
  acctl activity --since 2026-11-01 --until 2026-11-08T12:00:00Z
  acctl activity --kind password_changed --limit 5
  acctl activity --all -o ndjson | jq -c 'select(.outcome == \"failure\")'

Times: a duration back from now (30m, 12h, 7d, 2w), a date (2026-11-01, midnight
UTC) or an RFC 3339 time (2026-11-01T08:00:00+08:00).")]
pub struct ActivityArgs {
    /// Only events at or after this time: 30m, 12h, 7d, 2w, 2026-11-01 or RFC 3339
    #[arg(long, value_name = "WHEN")]
    pub since: Option<String>,
    /// Only events before this time (same forms as --since)
    #[arg(long, value_name = "WHEN")]
    pub until: Option<String>,
    /// Only failures
    #[arg(long)]
    pub failed: bool,
    /// Only this kind of event, e.g. sign_in, password_changed, device_signed_out
    #[arg(long, value_name = "KIND")]
    pub kind: Option<String>,
    /// At most N events (default 20)
    #[arg(long, value_name = "N", conflicts_with = "all", value_parser = clap::value_parser!(u32).range(1..))]
    pub limit: Option<u32>,
    /// Every matching event (streams with -o ndjson)
    #[arg(long)]
    pub all: bool,
}

/// Every kind of event the service records in an account's activity.
pub const KINDS: &[&str] = &[
    "sign_in",
    "sign_up",
    "sign_out",
    "password_changed",
    "password_reset",
    "password_reset_cancelled",
    "phone_changed",
    "email_changed",
    "language_changed",
    "app_revoked",
    "two_step_enabled",
    "two_step_disabled",
    "recovery_codes_regenerated",
    "recovery_code_used",
    "totp_replay",
    "token_reuse",
    "device_signed_out",
    "account_deleted",
    "find_id",
    "recovery_ticket",
    "code_delivery",
    "notice_delivery",
    "support_lock",
    "support_unlock",
    "support_sign_out",
    "reported_not_me",
];

/// An unknown `--kind` would match nothing: a usage error naming the valid ones.
pub fn check_kind(kind: Option<&str>) -> Result<()> {
    match kind {
        Some(k) if !KINDS.contains(&k) => Err(CliError::usage(format!(
            "unknown --kind {k:?}: use one of {}.",
            KINDS.join(", ")
        ))),
        _ => Ok(()),
    }
}

pub fn run(ctx: &Context, args: ActivityArgs) -> Result<Report> {
    check_kind(args.kind.as_deref())?;
    let now = crate::clock::now();
    let since = args
        .since
        .as_deref()
        .map(|s| parse_when(s, now, "--since"))
        .transpose()?;
    let until = args
        .until
        .as_deref()
        .map(|s| parse_when(s, now, "--until"))
        .transpose()?;
    if let (Some(s), Some(u)) = (since, until) {
        if s >= u {
            return Err(CliError::usage(format!(
                "--since ({}) is not before --until ({}): swap them, e.g. --since 7d --until 1d.",
                rfc3339(s),
                rfc3339(u)
            )));
        }
    }
    let limit = if args.all {
        None
    } else {
        Some(args.limit.unwrap_or(DEFAULT_LIMIT))
    };
    let query = ActivityQuery {
        since: since.map(rfc3339),
        until: until.map(rfc3339),
        failed: args.failed.then_some(true),
        kind: args.kind,
        limit: Some(limit.unwrap_or(MAX_PAGE).min(MAX_PAGE)),
        cursor: None,
    };
    let mut session = Session::open(ctx)?;
    if args.all {
        return super::activity_export::run(ctx, &mut session, Source::Own, query);
    }
    match ctx.out.format {
        Format::Ndjson | Format::Json => stream(ctx, &mut session, query, limit),
        Format::Table => table(ctx, &mut session, query, limit),
    }
}

/// Calls `each` for every item, page by page, up to `limit` items.
fn pages(
    session: &mut Session,
    mut query: ActivityQuery,
    limit: Option<u32>,
    mut each: impl FnMut(&[ActivityItem]) -> Result<()>,
) -> Result<()> {
    let mut left = limit.map(|l| l as usize);
    loop {
        if let Some(l) = left {
            query.limit = Some((l as u32).min(MAX_PAGE));
        }
        let q = query.clone();
        let page = session.call(|c| c.activity_page(&q))?;
        let take = left.map_or(page.items.len(), |l| l.min(page.items.len()));
        each(&page.items[..take])?;
        if let Some(l) = left.as_mut() {
            *l -= take;
            if *l == 0 {
                return Ok(());
            }
        }
        match page.next_cursor {
            Some(c) if !page.items.is_empty() => query.cursor = Some(c),
            _ => return Ok(()),
        }
    }
}

/// NDJSON: one object per line; JSON: one array, written as it arrives.
fn stream(
    ctx: &Context,
    session: &mut Session,
    query: ActivityQuery,
    limit: Option<u32>,
) -> Result<Report> {
    let json = ctx.out.format == Format::Json;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut first = true;
    if json {
        out.write_all(b"[").map_err(pipe)?;
    }
    pages(session, query, limit, |items| {
        for item in items {
            let line = serde_json::to_string(item).map_err(|e| CliError::failure(e.to_string()))?;
            if json {
                let sep = if first { "\n  " } else { ",\n  " };
                out.write_all(sep.as_bytes()).map_err(pipe)?;
                out.write_all(line.as_bytes()).map_err(pipe)?;
            } else {
                out.write_all(line.as_bytes()).map_err(pipe)?;
                out.write_all(b"\n").map_err(pipe)?;
            }
            first = false;
        }
        out.flush().map_err(pipe)
    })?;
    if json {
        out.write_all(if first { b"]\n" } else { b"\n]\n" })
            .map_err(pipe)?;
    }
    out.flush().map_err(pipe)?;
    Ok(Report::empty())
}

fn table(
    ctx: &Context,
    session: &mut Session,
    query: ActivityQuery,
    limit: Option<u32>,
) -> Result<Report> {
    let mut items = Vec::new();
    pages(session, query, limit, |page| {
        items.extend_from_slice(page);
        Ok(())
    })?;
    if items.is_empty() {
        ctx.out.note("No activity matches.");
        return Ok(Report::empty());
    }
    Ok(Report::new(
        serde_json::Value::Null,
        Human::Grid(render(ctx, &items)),
    ))
}

/// `30m`, `12h`, `7d`, `2w` back from `now`; `2026-11-01` (midnight UTC); RFC 3339.
pub fn parse_when(s: &str, now: OffsetDateTime, flag: &str) -> Result<OffsetDateTime> {
    let s = s.trim();
    let bad = || {
        CliError::usage(format!(
            "invalid {flag} value {s:?}: use a duration back from now (30m, 12h, 7d, 2w), a date (2026-11-01) or an RFC 3339 time (2026-11-01T08:00:00Z), e.g. {flag} 7d."
        ))
    };
    if let Some(unit) = s.chars().last().filter(|c| c.is_ascii_alphabetic()) {
        let digits = &s[..s.len() - 1];
        if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
            let n: i64 = digits.parse().map_err(|_| bad())?;
            let secs = match unit {
                's' => Some(1),
                'm' => Some(60),
                'h' => Some(3600),
                'd' => Some(86_400),
                'w' => Some(7 * 86_400),
                _ => None,
            }
            .ok_or_else(bad)?;
            let back = n.checked_mul(secs).ok_or_else(bad)?;
            return now.checked_sub(Duration::seconds(back)).ok_or_else(bad);
        }
    }
    if let Ok(t) = OffsetDateTime::parse(s, &Rfc3339) {
        return Ok(t);
    }
    let date_format = time::macros::format_description!("[year]-[month]-[day]");
    if let Ok(d) = Date::parse(s, &date_format) {
        return Ok(d.with_time(Time::MIDNIGHT).assume_utc());
    }
    Err(bad())
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn when_accepts_durations_dates_and_rfc3339() {
        let now = OffsetDateTime::from_unix_timestamp(1_800_000_000).unwrap();
        let ago = |s: &str| (now - parse_when(s, now, "--since").unwrap()).whole_seconds();
        assert_eq!(ago("30m"), 1800);
        assert_eq!(ago("12h"), 43_200);
        assert_eq!(ago("7d"), 604_800);
        assert_eq!(ago("2w"), 1_209_600);
        let d = parse_when("2026-11-01", now, "--since").unwrap();
        assert_eq!(rfc3339(d), "2026-11-01T00:00:00Z");
        let t = parse_when("2026-11-01T08:00:00+08:00", now, "--since").unwrap();
        assert_eq!(t.unix_timestamp(), d.unix_timestamp());
        for bad in [
            "yesterday",
            "7",
            "d",
            "7y",
            "2026-13-01",
            "-3d",
            "99999999999999999w",
        ] {
            let e = parse_when(bad, now, "--since").unwrap_err();
            assert_eq!(e.exit_code(), 2, "{bad}");
            assert!(e.message.contains("e.g. --since 7d"), "{}", e.message);
        }
    }

    #[test]
    fn unknown_kinds_are_usage_errors_naming_the_valid_ones() {
        assert!(check_kind(Some("sign_in")).is_ok());
        assert!(check_kind(None).is_ok());
        let e = check_kind(Some("bogus")).unwrap_err();
        assert_eq!(e.exit_code(), 2);
        assert!(e.message.contains("password_changed"), "{}", e.message);
    }
}
