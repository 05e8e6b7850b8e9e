//! `acctl security check`: the service's checkup, each finding with the command
//! that fixes it; `--strict` turns findings above `info` into exit 1 for CI.

use acct_api::Severity;
use clap::{Args, Subcommand};

use crate::context::Context;
use crate::error::{CliError, Exit, Result};
use crate::output::{Human, Report};
use crate::session::Session;

/// Security of your account.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  acctl security check
  acctl security check --strict || echo 'something to fix'
  acctl security check --json | jq -r '.findings[].fix'")]
pub struct SecurityArgs {
    #[command(subcommand)]
    pub command: SecurityCommand,
}

#[derive(Debug, Subcommand)]
pub enum SecurityCommand {
    /// Checkup: 2SV, verified phone and email, password age, unrecognised
    /// devices, failed sign-ins; each finding with the command that fixes it
    #[command(after_help = "Examples:
  acctl security check
  acctl security check --strict     # exit 1 when anything above info is found")]
    Check {
        /// Exit 1 when a finding above `info` is found
        #[arg(long)]
        strict: bool,
    },
}

fn label(s: Severity) -> &'static str {
    match s {
        Severity::Info => "info",
        Severity::Low => "low",
        Severity::Medium => "medium",
        Severity::High => "high",
    }
}

pub fn run(ctx: &Context, args: SecurityArgs) -> Result<Report> {
    let SecurityCommand::Check { strict } = args.command;
    let mut session = Session::open(ctx)?;
    let check = session.call(|c| c.security_check())?;
    let json = serde_json::to_value(&check).map_err(|e| CliError::failure(e.to_string()))?;
    let mut lines = Vec::new();
    if check.findings.is_empty() {
        lines.push("No findings: nothing to fix.".to_string());
    }
    for f in &check.findings {
        let tag = format!("[{}]", label(f.severity));
        let tag = if ctx.out.color_out {
            let s = console::style(tag);
            match f.severity {
                Severity::High => s.red().bold(),
                Severity::Medium => s.yellow(),
                Severity::Low => s.cyan(),
                Severity::Info => s.dim(),
            }
            .to_string()
        } else {
            tag
        };
        lines.push(format!("{tag} {}", f.title));
        lines.push(format!("    {}", f.detail));
        lines.push(format!("    fix: {}", f.fix));
    }
    lines.push(format!(
        "Failed sign-ins in the last 30 days: {}.",
        check.failed_sign_ins_30d
    ));
    if !check.unrecognised_devices.is_empty() {
        lines.push(format!(
            "Unrecognised devices: {} (see `acctl devices`).",
            check.unrecognised_devices.join(", ")
        ));
    }
    let report = Report::new(json, Human::Text(lines.join("\n")));
    let serious = check
        .findings
        .iter()
        .filter(|f| f.severity > Severity::Info)
        .count();
    if !strict || serious == 0 {
        return Ok(report);
    }
    // --strict: the report is the output; the exit code says "something to fix".
    ctx.out.render(&report)?;
    let mut err = CliError::new(
        Exit::Failure,
        "findings",
        format!(
            "{} above info: run the fix commands above.",
            crate::output::count(serious as u64, "finding", "findings")
        ),
    );
    err.reported = true;
    Err(err)
}
