//! `acctl recover ticket` and ticket status: evidence from a JSON file or
//! terminal questions, the contact email verified by code, and the receipt
//! (ticket ID + status secret) saved in `tickets.json` in the config dir (0600)
//! so `acctl recover status` and `recover password --ticket` need no secret.

use std::io::Read;
use std::path::{Path, PathBuf};

use acct_api::{
    parse_email, parse_login, parse_phone, ErrorCode, Evidence, Flow, FlowResult, Secret, StartFlow,
};
use acct_client::Client;
use clap::Args;
use serde::{Deserialize, Serialize};
use serde_json::json;
use time::OffsetDateTime;

use super::target::target;
use crate::config_dir::{create_private_dir, write_private};
use crate::context::Context;
use crate::error::{CliError, Exit, Result};
use crate::flow::{drive, Inputs, Origin};
use crate::output::{rfc3339, Human, Report};
use crate::prompt::PromptError;

const TICKETS_FILE: &str = "tickets.json";

/// Open a recovery ticket when codes cannot reach you (lost phone, old email).
/// A code verifies the contact email first; support staff then compare your
/// evidence with the account's history and approve or reject the ticket. On a
/// terminal it asks the evidence questions (every answer may be left empty).
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  acctl recover ticket +8613812345678 --contact-email me@example.com
  acctl recover ticket 12345678 --contact-email me@example.com --evidence evidence.json
  echo '{\"devices\":[\"iPhone 15\"],\"signup_month\":\"2024-03\"}' |
    acctl recover ticket 12345678 --contact-email me@example.com --evidence - --no-input

Evidence file (every field optional):
  {\"devices\": [\"iPhone 15\", \"ThinkPad\"], \"signup_month\": \"2024-03\",
   \"previous_phones\": [\"+8613611112222\"], \"places\": [\"203.0.113.\", \"Shanghai\"],
   \"notes\": \"lost my phone on a train\"}")]
pub struct TicketArgs {
    /// The account: ID, phone (+E164) or email
    pub login: String,
    /// An email you can read now; a code goes there, and so does the decision
    #[arg(long, value_name = "ADDR")]
    pub contact_email: String,
    /// Evidence as JSON (`-` for stdin); without it a terminal asks the questions
    #[arg(long, value_name = "FILE.json")]
    pub evidence: Option<PathBuf>,
    /// The code sent to the contact email, if you already have it
    #[arg(long, value_name = "CODE")]
    pub code: Option<Secret>,
}

/// A saved receipt. The status secret proves the ticket is yours.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct SavedTicket {
    ticket_id: String,
    status_secret: Secret,
    server: String,
    #[serde(with = "time::serde::rfc3339")]
    opened_at: OffsetDateTime,
}

pub fn open(ctx: &Context, args: TicketArgs) -> Result<Report> {
    let login = parse_login(&args.login)?.to_string();
    let contact_email = parse_email(&args.contact_email)?;
    let evidence = match &args.evidence {
        Some(path) => read_evidence(path)?,
        None => ask_evidence(ctx)?,
    };
    check_evidence(&evidence)?;
    let w = target(ctx)?;
    let client = ctx.client(&w.server)?;
    let start = StartFlow::RecoveryTicket {
        login,
        contact_email,
        evidence,
    };
    let flow = ctx.call(client.start_flow(&start))??;
    let origin = Origin {
        profile: w.profile,
        server: w.server,
        device_name: None,
        insecure_storage: false,
        ..Default::default()
    };
    let inputs = Inputs {
        code: args.code,
        ..Default::default()
    };
    finish(ctx, &client, &origin, flow, inputs)
}

/// Drives a ticket flow (the contact email's code) to its receipt, as `recover
/// ticket` and `acctl continue` both finish it.
pub fn finish(
    ctx: &Context,
    client: &Client,
    origin: &Origin,
    flow: Flow,
    mut inputs: Inputs,
) -> Result<Report> {
    let result = drive(ctx, client, origin, flow, &mut inputs)?;
    receipt(ctx, &origin.server, result)
}

/// Reads the evidence JSON; a file that does not parse is a usage error with line and column.
fn read_evidence(path: &Path) -> Result<Evidence> {
    let (name, text) = if path == Path::new("-") {
        let mut s = String::new();
        std::io::stdin().read_to_string(&mut s).map_err(|e| {
            CliError::failure(format!("could not read the evidence from stdin: {e}"))
        })?;
        ("stdin".to_string(), s)
    } else {
        let text = std::fs::read_to_string(path).map_err(|e| {
            CliError::usage(format!(
                "could not read the evidence file {}: {e}",
                path.display()
            ))
        })?;
        (path.display().to_string(), text)
    };
    serde_json::from_str(&text).map_err(|e| {
        CliError::usage(format!(
            "the evidence in {name} is not valid at line {}, column {}: {}; fix it (fields: devices, signup_month, previous_phones, places, notes; see `acctl recover ticket --help`).",
            e.line(),
            e.column(),
            strip_position(&e.to_string())
        ))
    })
}

/// serde_json appends " at line L column C"; we say it first.
fn strip_position(msg: &str) -> &str {
    msg.rfind(" at line ").map_or(msg, |i| &msg[..i])
}

/// The same checks the service makes, before any code is sent (exit 6).
fn check_evidence(e: &Evidence) -> Result<()> {
    if let Some(m) = &e.signup_month {
        if !month_ok(m) {
            return Err(CliError::new(
                Exit::Refused,
                "invalid_input",
                format!("signup_month {m:?} must look like 2024-03 (year-month)."),
            ));
        }
    }
    for p in &e.previous_phones {
        parse_phone(p)?;
    }
    Ok(())
}

fn month_ok(m: &str) -> bool {
    m.len() == 7
        && m.as_bytes()[4] == b'-'
        && m[..4].parse::<u16>().is_ok()
        && m[5..].parse::<u8>().is_ok_and(|x| (1..=12).contains(&x))
}

fn list(s: &str) -> Vec<String> {
    s.split(',')
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .map(str::to_string)
        .collect()
}

/// The evidence questions on a terminal; empty answers are fine.
fn ask_evidence(ctx: &Context) -> Result<Evidence> {
    let p = &ctx.prompter;
    let fail = |e: PromptError| {
        match e {
        PromptError::Off => CliError::needs_input(
            "the evidence questions need a terminal: pass --evidence FILE.json (or --evidence - for stdin; `{}` for none).",
        )
        .with_remedy("acctl recover ticket LOGIN --contact-email ADDR --evidence FILE.json"),
        other => other.into_cli(""),
    }
    };
    if !p.enabled() {
        return Err(fail(PromptError::Off));
    }
    ctx.out
        .note("Evidence helps support staff recognise you; leave anything you don't know empty.");
    let devices = list(
        &p.text("Devices you used with the account (comma-separated, e.g. iPhone 15, ThinkPad)")
            .map_err(fail)?,
    );
    let signup_month = loop {
        let m = p
            .text("Approximately when you signed up (YYYY-MM)")
            .map_err(fail)?;
        if m.is_empty() {
            break None;
        }
        if month_ok(&m) {
            break Some(m);
        }
        ctx.out.warn("use year-month, e.g. 2024-03.");
    };
    let previous_phones = loop {
        let phones = list(
            &p.text("Phone numbers the account had before (+E164, comma-separated)")
                .map_err(fail)?,
        );
        match phones
            .iter()
            .map(|x| parse_phone(x))
            .collect::<Result<Vec<_>, _>>()
        {
            Ok(v) => break v,
            Err(e) => ctx.out.warn(&format!("{e} Try again.")),
        }
    };
    let places = list(
        &p.text("Places or networks you signed in from (IP addresses like 203.0.113.7, or cities)")
            .map_err(fail)?,
    );
    let notes = Some(
        p.text("Anything else that helps staff recognise you")
            .map_err(fail)?,
    )
    .filter(|n| !n.is_empty());
    Ok(Evidence {
        devices,
        signup_month,
        previous_phones,
        places,
        notes,
    })
}

/// The end of a ticket flow: save and print the receipt.
pub fn receipt(ctx: &Context, server: &str, result: FlowResult) -> Result<Report> {
    let Some(t) = result.ticket else {
        return Err(CliError::failure(
            "the service opened no ticket; try `acctl recover ticket` again.",
        ));
    };
    let saved = SavedTicket {
        ticket_id: t.ticket_id.clone(),
        status_secret: t.status_secret.clone(),
        server: server.to_string(),
        opened_at: crate::clock::now(),
    };
    let path = ctx.config_dir()?.join(TICKETS_FILE);
    let saved_to = match save(&ctx.config_dir()?, saved) {
        Ok(()) => Some(path.display().to_string()),
        Err(e) => {
            ctx.out
                .warn(&format!("{}; write the secret down.", e.message));
            None
        }
    };
    ctx.out.success(&format!(
        "Opened recovery ticket {}. Support staff will review it and write to the contact email.",
        t.ticket_id
    ));
    ctx.out.note(&format!(
        "The status secret is shown only this once{}. Check on it with: acctl recover status {}",
        saved_to
            .as_deref()
            .map(|p| format!("; it is saved in {p}, so this machine needs no secret"))
            .unwrap_or_default(),
        t.ticket_id
    ));
    Ok(Report::new(
        json!({
            "ticket_id": t.ticket_id,
            "status_secret": t.status_secret,
            "status": "open",
            "saved_to": saved_to,
        }),
        Human::Fields(vec![
            ("ticket".into(), t.ticket_id.clone()),
            ("status secret".into(), t.status_secret.expose().to_string()),
        ]),
    ))
}

fn load(dir: &Path) -> Result<Vec<SavedTicket>> {
    let path = dir.join(TICKETS_FILE);
    match std::fs::read_to_string(&path) {
        Ok(text) => serde_json::from_str(&text).map_err(|e| {
            CliError::failure(format!(
                "{} is corrupt ({e}); fix it by hand or move it away.",
                path.display()
            ))
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Vec::new()),
        Err(e) => Err(CliError::file(&path, "read", e)),
    }
}

/// IDs of the tickets opened on this machine (for prefixes).
pub fn saved_ticket_ids(dir: &Path) -> Result<Vec<String>> {
    Ok(load(dir)?.into_iter().map(|t| t.ticket_id).collect())
}

fn save(dir: &Path, ticket: SavedTicket) -> Result<()> {
    create_private_dir(dir)?;
    let mut all = load(dir)?;
    all.retain(|t| t.ticket_id != ticket.ticket_id);
    all.push(ticket);
    let text = serde_json::to_string_pretty(&all).map_err(|e| CliError::failure(e.to_string()))?;
    write_private(&dir.join(TICKETS_FILE), text.as_bytes())
}

/// `T` and 12 hex digits, as the service issues them.
pub fn check_ticket_id(id: &str) -> Result<String> {
    let id = id.trim();
    let ok =
        id.len() == 13 && id.starts_with('T') && id[1..].bytes().all(|b| b.is_ascii_hexdigit());
    if ok {
        Ok(id.to_string())
    } else {
        Err(CliError::usage(format!(
            "{id:?} is not a ticket ID: it looks like T3f2a9c01b2d4 (printed by `acctl recover ticket`)."
        )))
    }
}

/// The ticket's status secret: stdin, else the saved receipt, else a prompt.
pub fn status_secret(ctx: &Context, server: &str, ticket_id: &str, stdin: bool) -> Result<String> {
    if stdin {
        let mut line = String::new();
        std::io::stdin()
            .read_line(&mut line)
            .map_err(|e| CliError::failure(format!("could not read stdin: {e}")))?;
        let s = line.trim().to_string();
        if s.is_empty() {
            return Err(CliError::needs_input(
                "--status-secret-stdin was given but stdin was empty: pipe the secret as one line.",
            ));
        }
        return Ok(s);
    }
    let saved = load(&ctx.config_dir()?)?;
    let mine = |t: &&SavedTicket| t.ticket_id == ticket_id;
    if let Some(t) = saved
        .iter()
        .filter(mine)
        .find(|t| t.server == server)
        .or_else(|| saved.iter().find(mine))
    {
        return Ok(t.status_secret.expose().to_string());
    }
    match ctx
        .prompter
        .secret("Status secret of the ticket (shown when you opened it)")
    {
        Ok(s) if !s.trim().is_empty() => Ok(s.trim().to_string()),
        Ok(_) => Err(CliError::usage(
            "the status secret is needed to prove the ticket is yours.",
        )),
        Err(e) => Err(e.into_cli(&format!(
            "no saved secret for {ticket_id} on this machine: pipe it with --status-secret-stdin"
        ))),
    }
}

pub fn status(ctx: &Context, id: &str, stdin: bool) -> Result<Report> {
    let id = check_ticket_id(id)?;
    let w = target(ctx)?;
    let secret = status_secret(ctx, &w.server, &id, stdin)?;
    let client = ctx.client(&w.server)?;
    let s = match ctx.call(client.ticket_status(&id, &secret))? {
        Ok(s) => s,
        Err(e) if e.code() == Some(ErrorCode::NotFound) => {
            return Err(CliError::new(
                Exit::NotFound,
                "not_found",
                format!("no ticket {id} with that status secret on {}: check both (the secret was printed when the ticket was opened).", w.server),
            ))
        }
        Err(e) => return Err(e.into()),
    };
    let json = serde_json::to_value(&s).map_err(|e| CliError::failure(e.to_string()))?;
    Ok(Report::new(
        json,
        Human::Fields(vec![
            ("ticket".into(), s.ticket_id.clone()),
            ("status".into(), s.status.clone()),
            ("opened".into(), rfc3339(s.created_at)),
            ("updated".into(), rfc3339(s.updated_at)),
            ("next".into(), s.next.clone()),
        ]),
    ))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn ticket_ids_and_months() {
        assert!(check_ticket_id("T3f2a9c01b2d4").is_ok());
        assert_eq!(check_ticket_id("3f2a9c").unwrap_err().exit_code(), 2);
        assert!(month_ok("2024-03"));
        assert!(!month_ok("2024-13") && !month_ok("24-03") && !month_ok("2024/03"));
        assert_eq!(list(" a, ,b "), vec!["a", "b"]);
    }

    #[test]
    fn bad_evidence_json_names_line_and_column() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("e.json");
        std::fs::write(&path, "{\n  \"devices\": [\"x\",]\n}").unwrap();
        let e = read_evidence(&path).unwrap_err();
        assert_eq!(e.exit_code(), 2);
        assert!(e.message.contains("line 2, column"), "{}", e.message);
    }
}
