//! `acctl support ticket`: the recovery ticket queue — list, show (the
//! evidence beside its score, item by item), claim, approve, reject, note.

use acct_api::{Match, Ticket, TicketAction, TicketQuery};
use clap::{Args, Subcommand};

use super::recover_ticket::check_ticket_id;
use super::support::{conflict, to_json};
use crate::context::Context;
use crate::error::{CliError, Result};
use crate::output::{rfc3339, Human, Report};
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
        /// Ticket ID (T…)
        id: String,
    },
    /// Take a ticket, so nobody else decides it meanwhile
    #[command(after_help = "Examples:
  acctl support ticket claim T3f2a9c01b2d4")]
    Claim {
        /// Ticket ID (T…)
        id: String,
    },
    /// Approve: a code goes to the ticket's contact email to set a new password
    #[command(after_help = "Examples:
  acctl support ticket approve T3f2a9c01b2d4
  acctl support ticket approve T3f2a9c01b2d4 --note \"device and sign-up month matched\"")]
    Approve {
        /// Ticket ID (T…)
        id: String,
        /// A note for the record
        #[arg(long, value_name = "TEXT")]
        note: Option<String>,
    },
    /// Reject: the requester is emailed the reason
    #[command(after_help = "Examples:
  acctl support ticket reject T3f2a9c01b2d4 --reason \"evidence did not match the account\"")]
    Reject {
        /// Ticket ID (T…)
        id: String,
        /// Why (sent to the requester's contact email)
        #[arg(long, value_name = "REASON")]
        reason: String,
    },
    /// Add a note for other staff (any ticket, claimed or not)
    #[command(after_help = "Examples:
  acctl support ticket note T3f2a9c01b2d4 \"called the user, waiting for a receipt\"")]
    Note {
        /// Ticket ID (T…)
        id: String,
        /// The note
        text: String,
    },
}

pub fn run(ctx: &Context, args: TicketArgs) -> Result<Report> {
    match args.command {
        TicketCommand::List { status, mine } => list(ctx, status, mine),
        TicketCommand::Show { id } => {
            let id = check_ticket_id(&id)?;
            let mut s = Session::open(ctx)?;
            let t = s.call(&format!("GET /v1/support/tickets/{id}"), |c| {
                let id = id.clone();
                async move { c.staff_ticket(&id).await }
            })?;
            Ok(Report::new(to_json(&t)?, Human::Text(show(ctx, &t))))
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

fn act(ctx: &Context, id: &str, action: &'static str, text: Option<String>) -> Result<Ticket> {
    let id = check_ticket_id(id)?;
    let body = TicketAction { text };
    let mut s = Session::open(ctx)?;
    s.call(&format!("POST /v1/support/tickets/{id}/{action}"), |c| {
        let (id, body) = (id.clone(), body.clone());
        async move { c.staff_ticket_action(&id, action, &body).await }
    })
    .map_err(conflict)
}

fn list(ctx: &Context, status: Option<String>, mine: bool) -> Result<Report> {
    let query = TicketQuery {
        status,
        mine: mine.then_some(true),
    };
    let mut s = Session::open(ctx)?;
    let tickets = s.call("GET /v1/support/tickets", |c| {
        let q = query.clone();
        async move { c.staff_tickets(&q).await }
    })?;
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
    Ok(Report::new(
        to_json(&tickets)?,
        Human::Table {
            headers: vec![
                "ticket",
                "status",
                "account",
                "contact",
                "claimed by",
                "matched",
                "opened",
            ],
            rows,
        },
    ))
}

fn mark(ctx: &Context, m: Match) -> String {
    let (text, color) = match m {
        Match::Matched => ("matched", console::Color::Green),
        Match::NotMatched => ("not matched", console::Color::Red),
        Match::Unknown => ("unknown", console::Color::Yellow),
    };
    if ctx.out.color_out {
        console::style(text).fg(color).to_string()
    } else {
        text.to_string()
    }
}

/// The ticket with its evidence laid beside the score, item by item.
fn show(ctx: &Context, t: &Ticket) -> String {
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
        .filter(|i| i.result == Match::Unknown)
        .count();
    line(
        "score",
        format!(
            "{} of {} checkable items matched{}",
            t.matched,
            t.scored,
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
                mark(ctx, i.result)
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
