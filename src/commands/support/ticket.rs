//! `acctl support ticket`: the recovery ticket queue — list, show (the
//! evidence beside its score, item by item), claim, approve, reject, note.

use acct_api::{Match, ScoredItem, Ticket, TicketAction, TicketQuery};
use clap::{Args, Subcommand};

use super::reply::{conflict, to_json};
use crate::commands::recover::check_ticket_id;
use crate::context::Context;
use crate::error::{CliError, Result};
use crate::output::{rfc3339, Column, Human, Report, Table};
use crate::prefix::Candidate;
use crate::session::Session;

/// The recovery ticket queue. Claim a ticket before deciding it; nobody
/// decides a ticket about their own account.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  acctl support ticket list --status open
  acctl support ticket show T3f2a9c01b2d4
  acctl support ticket claim T3f2a9c01b2d4
  acctl support ticket approve T3f2a9c01b2d4 --note \"4 of 5 matched\"
  acctl support ticket reject T3f2a9c01b2d4 --reason \"evidence did not match\"")]
pub struct TicketArgs {
    #[command(subcommand)]
    pub command: TicketCommand,
}

#[derive(Debug, Subcommand)]
pub enum TicketCommand {
    /// Tickets, newest first, with their evidence score
    #[command(after_help = "Examples:
  acctl support ticket list
  acctl support ticket list --status open
  acctl support ticket list --mine --json | jq -r '.[].ticket_id'")]
    List {
        /// Only tickets in this state
        #[arg(long, value_name = "STATUS",
              value_parser = ["open", "claimed", "approved", "rejected", "completed"])]
        status: Option<String>,
        /// Only tickets you claimed
        #[arg(long)]
        mine: bool,
    },
    /// One ticket: each evidence item beside whether it matched, and staff notes
    #[command(after_help = "Examples:
  acctl support ticket show T3f2a9c01b2d4
  acctl support ticket show T3f2a9c01b2d4 --json | jq '.items[] | select(.result == \"matched\")'")]
    Show {
        /// Ticket ID (T…), or a unique prefix of it
        id: String,
    },
    /// Take a ticket, so nobody else decides it meanwhile
    #[command(after_help = "Examples:
  acctl support ticket claim T3f2a9c01b2d4")]
    Claim {
        /// Ticket ID (T…), or a unique prefix of it
        id: String,
    },
    /// Approve: a code goes to the ticket's contact email to set a new password
    #[command(after_help = "Examples:
  acctl support ticket approve T3f2a9c01b2d4
  acctl support ticket approve T3f2a9c01b2d4 --note \"device and sign-up month matched\"")]
    Approve {
        /// Ticket ID (T…), or a unique prefix of it
        id: String,
        /// A note for the record
        #[arg(long, value_name = "TEXT")]
        note: Option<String>,
    },
    /// Reject: the requester is emailed the reason
    #[command(after_help = "Examples:
  acctl support ticket reject T3f2a9c01b2d4 --reason \"evidence did not match the account\"")]
    Reject {
        /// Ticket ID (T…), or a unique prefix of it
        id: String,
        /// Why (sent to the requester's contact email)
        #[arg(long, value_name = "REASON")]
        reason: String,
    },
    /// Add a note for other staff (any ticket, claimed or not)
    #[command(after_help = "Examples:
  acctl support ticket note T3f2a9c01b2d4 \"called the user, waiting for a receipt\"")]
    Note {
        /// Ticket ID (T…), or a unique prefix of it
        id: String,
        /// The note
        text: String,
    },
}

pub fn run(ctx: &Context, args: TicketArgs) -> Result<Report> {
    match args.command {
        TicketCommand::List { status, mine } => list(ctx, status, mine),
        TicketCommand::Show { id } => {
            let id = ticket_id(ctx, &id)?;
            let mut s = Session::open(ctx)?;
            let t = s.call(|c| c.staff_ticket(&id))?;
            Ok(Report::new(
                to_json(&t)?,
                Human::Text(show(&t, ctx.out.color_out)),
            ))
        }
        TicketCommand::Claim { id } => {
            let t = act(ctx, &id, "claim", None)?;
            ctx.out.success(&format!(
                "Claimed {}. Decide with `acctl support ticket approve {}` or `reject {} --reason R`.",
                t.ticket_id, t.ticket_id, t.ticket_id
            ));
            Ok(Report::new(to_json(&t)?, Human::Nothing))
        }
        TicketCommand::Approve { id, note } => {
            let t = act(ctx, &id, "approve", note)?;
            ctx.out.success(&format!(
                "Approved {}: a code went to {}; the requester finishes with `acctl recover password LOGIN --ticket {}`.",
                t.ticket_id, t.contact_email, t.ticket_id
            ));
            Ok(Report::new(to_json(&t)?, Human::Nothing))
        }
        TicketCommand::Reject { id, reason } => {
            if reason.trim().is_empty() {
                return Err(CliError::usage(
                    "--reason must say why; it is emailed to the requester.",
                ));
            }
            let t = act(ctx, &id, "reject", Some(reason))?;
            ctx.out.success(&format!(
                "Rejected {}; the requester was emailed the reason.",
                t.ticket_id
            ));
            Ok(Report::new(to_json(&t)?, Human::Nothing))
        }
        TicketCommand::Note { id, text } => {
            if text.trim().is_empty() {
                return Err(CliError::usage("the note is empty: say something."));
            }
            let t = act(ctx, &id, "note", Some(text))?;
            ctx.out
                .success(&format!("Added a note to {}.", t.ticket_id));
            Ok(Report::new(to_json(&t)?, Human::Nothing))
        }
    }
}

/// A whole ticket ID as given, or a unique prefix (with or without the `T`)
/// resolved against the queue.
fn ticket_id(ctx: &Context, input: &str) -> Result<String> {
    if let Ok(id) = check_ticket_id(input) {
        return Ok(id);
    }
    if !crate::prefix::ticket_shaped(input) {
        // Says what a ticket ID looks like (exit 2).
        return check_ticket_id(input);
    }
    let mut s = Session::open(ctx)?;
    let query = TicketQuery::default();
    let tickets = s.call(|c| c.staff_tickets(&query))?;
    let candidates: Vec<Candidate> = tickets
        .iter()
        .map(|t| Candidate {
            id: t.ticket_id.clone(),
            label: format!("{}, {}", t.status, t.contact_email),
        })
        .collect();
    crate::prefix::resolve("ticket", "acctl support ticket list", input, &candidates)
}

fn act(ctx: &Context, id: &str, action: &'static str, text: Option<String>) -> Result<Ticket> {
    let id = ticket_id(ctx, id)?;
    let body = TicketAction { text };
    let mut s = Session::open(ctx)?;
    s.call(|c| c.staff_ticket_action(&id, action, &body))
        .map_err(conflict)
}

fn list(ctx: &Context, status: Option<String>, mine: bool) -> Result<Report> {
    let query = TicketQuery {
        status,
        mine: mine.then_some(true),
    };
    let mut s = Session::open(ctx)?;
    let mut tickets = s.call(|c| c.staff_tickets(&query))?;
    // Newest first, as the help says, whatever order the service sends.
    tickets.sort_by(|a, b| {
        b.created_at
            .cmp(&a.created_at)
            .then(b.ticket_id.cmp(&a.ticket_id))
    });
    if tickets.is_empty() {
        ctx.out.note("No tickets match.");
    }
    let rows = tickets
        .iter()
        .map(|t| {
            vec![
                t.ticket_id.clone(),
                t.status.clone(),
                t.account_id
                    .clone()
                    .unwrap_or_else(|| "(no account)".into()),
                t.contact_email.clone(),
                t.claimed_by.clone().unwrap_or_else(|| "-".into()),
                format!("{}/{}", t.matched, t.scored),
                rfc3339(t.created_at),
            ]
        })
        .collect();
    let table = Table::new(
        vec![
            Column::new("ticket"),
            Column::new("status"),
            Column::new("account").optional(2),
            Column::cut("contact", 12),
            Column::new("claimed by").optional(3),
            Column::new("matched"),
            Column::new("opened").optional(1),
        ],
        rows,
    );
    Ok(Report::new(to_json(&tickets)?, Human::Grid(table)))
}

/// How an item compares, as staff should read it: a device claim under 3
/// characters is never compared by the service (it reports "not matched"), so
/// it is "unknown" here, as is an empty claim.
fn shown_result(item: &ScoredItem) -> Match {
    let short = match item.kind.as_str() {
        "device" => item.claim.trim().chars().count() < 3,
        _ => item.claim.trim().is_empty(),
    };
    if short && item.result == Match::NotMatched {
        Match::Unknown
    } else {
        item.result
    }
}

fn mark(color: bool, m: Match) -> String {
    let (text, fg) = match m {
        Match::Matched => ("matched", console::Color::Green),
        Match::NotMatched => ("not matched", console::Color::Red),
        Match::Unknown => ("unknown", console::Color::Yellow),
    };
    if color {
        console::style(text).fg(fg).force_styling(true).to_string()
    } else {
        text.to_string()
    }
}

/// The ticket with its evidence laid beside the score, item by item.
fn show(t: &Ticket, color: bool) -> String {
    let mut out = String::new();
    let mut line = |k: &str, v: String| out.push_str(&format!("{:<10} {v}\n", format!("{k}:")));
    line("ticket", t.ticket_id.clone());
    line(
        "status",
        match &t.claimed_by {
            Some(by) if t.status == "claimed" => format!("claimed by {by}"),
            Some(by) => format!("{} (claimed by {by})", t.status),
            None => t.status.clone(),
        },
    );
    line(
        "account",
        t.account_id
            .clone()
            .unwrap_or_else(|| "(no account has that login)".into()),
    );
    line("contact", t.contact_email.clone());
    line("opened", rfc3339(t.created_at));
    line("updated", rfc3339(t.updated_at));
    let unknown = t
        .items
        .iter()
        .filter(|i| shown_result(i) == Match::Unknown)
        .count();
    // The service counted too-short claims as checked; they were not.
    let unchecked = t
        .items
        .iter()
        .filter(|i| shown_result(i) != i.result)
        .count();
    line(
        "score",
        format!(
            "{} of {} checkable items matched{}",
            t.matched,
            (t.scored as usize).saturating_sub(unchecked),
            if unknown > 0 {
                format!(" ({unknown} could not be checked)")
            } else {
                String::new()
            }
        ),
    );
    if t.items.is_empty() {
        out.push_str("\nevidence: none given\n");
    } else {
        let kw = t
            .items
            .iter()
            .map(|i| i.kind.len())
            .max()
            .unwrap_or(4)
            .max(4);
        let cw = t
            .items
            .iter()
            .map(|i| i.claim.chars().count())
            .max()
            .unwrap_or(5)
            .clamp(5, 40);
        out.push_str(&format!("\n  {:<kw$}  {:<cw$}  result\n", "kind", "claim"));
        for i in &t.items {
            out.push_str(&format!(
                "  {:<kw$}  {:<cw$}  {}\n",
                i.kind,
                i.claim,
                mark(color, shown_result(i))
            ));
        }
    }
    if let Some(n) = &t.notes_from_requester {
        out.push_str(&format!("\nrequester says: {n}\n"));
    }
    if !t.staff_notes.is_empty() {
        out.push_str("\nstaff notes:\n");
        for n in &t.staff_notes {
            out.push_str(&format!("  {}  {}: {}\n", rfc3339(n.at), n.author, n.text));
        }
    }
    out.trim_end().to_string()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn ticket(items: Vec<(&str, &str, Match)>) -> Ticket {
        let at = time::OffsetDateTime::from_unix_timestamp(1_800_000_000).unwrap();
        Ticket {
            ticket_id: "T3f2a9c01b2d4".into(),
            status: "open".into(),
            account_id: Some("12345678".into()),
            contact_email: "me@example.com".into(),
            claimed_by: None,
            created_at: at,
            updated_at: at,
            matched: 1,
            scored: items.len() as u32,
            items: items
                .into_iter()
                .map(|(kind, claim, result)| ScoredItem {
                    kind: kind.into(),
                    claim: claim.into(),
                    result,
                })
                .collect(),
            notes_from_requester: None,
            staff_notes: vec![],
        }
    }

    #[test]
    fn colour_is_reset_before_each_newline() {
        let t = ticket(vec![
            ("device", "iPhone 15", Match::Matched),
            ("place", "Shanghai", Match::NotMatched),
        ]);
        let text = show(&t, true);
        assert!(text.contains('\x1b'), "{text:?}");
        for line in text.lines() {
            assert!(
                !line.contains('\x1b') || line.ends_with("\x1b[0m"),
                "{line:?}"
            );
            assert!(!line.starts_with("\x1b[0m"), "{line:?}");
        }
    }

    #[test]
    fn claims_too_short_to_compare_are_unknown_not_unmatched() {
        let t = ticket(vec![
            ("device", "iPhone 15", Match::Matched),
            ("device", "ip", Match::NotMatched),
        ]);
        let text = show(&t, false);
        let short = text.lines().find(|l| l.contains(" ip ")).unwrap();
        assert!(short.ends_with("unknown"), "{text}");
        assert!(
            text.contains("1 of 1 checkable items matched (1 could not be checked)"),
            "{text}"
        );
    }
}
