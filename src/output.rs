//! Rendering: results to stdout as a table, JSON or NDJSON; notes, warnings,
//! traces and spinners to stderr. Colour and spinners only on a terminal.

use std::io::{IsTerminal, Write};
use std::time::Duration;

use serde_json::Value;

use crate::clock::duration;
use crate::error::{CliError, Result};
pub use crate::table::{Cell, Column, Table};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Json,
    Ndjson,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// What a command produced; how it looks is decided here.
pub struct Report {
    /// The `--json` form.
    pub json: Value,
    pub human: Human,
}

pub enum Human {
    /// Nothing on stdout in human mode (the note on stderr says it all).
    Nothing,
    /// Plain lines, e.g. an account ID or a token.
    Text(String),
    /// `key: value` lines.
    Fields(Vec<(String, String)>),
    Table {
        headers: Vec<&'static str>,
        rows: Vec<Vec<String>>,
    },
    /// A table whose columns say how they give way on a narrow terminal.
    Grid(Table),
}

impl Report {
    pub fn new(json: Value, human: Human) -> Self {
        Self { json, human }
    }

    pub fn empty() -> Self {
        Self::new(Value::Null, Human::Nothing)
    }
}

/// The output settings of one run.
#[derive(Debug, Clone)]
pub struct Output {
    pub format: Format,
    pub quiet: bool,
    pub verbose: bool,
    /// Colour on stderr (notes, errors).
    pub color: bool,
    /// Colour on stdout (results).
    pub color_out: bool,
    pub stdout_tty: bool,
    pub stderr_tty: bool,
}

/// A failed write to stdout: a closed pipe ends quietly (exit 0), anything else fails.
pub fn pipe(e: std::io::Error) -> CliError {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        CliError::broken_pipe()
    } else {
        CliError::failure(format!("could not write the output: {e}"))
    }
}

impl Output {
    pub fn new(
        format: Format,
        quiet: bool,
        verbose: bool,
        color: ColorChoice,
        no_color_env: bool,
    ) -> Self {
        let stdout_tty = std::io::stdout().is_terminal();
        let stderr_tty = std::io::stderr().is_terminal();
        let decide = |tty: bool| match color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => !no_color_env && tty,
        };
        let (color_out, color) = (decide(stdout_tty), decide(stderr_tty));
        console::set_colors_enabled(color_out);
        console::set_colors_enabled_stderr(color);
        Self {
            format,
            quiet,
            verbose,
            color,
            color_out,
            stdout_tty,
            stderr_tty,
        }
    }

    pub fn json(&self) -> bool {
        !matches!(self.format, Format::Table)
    }

    pub fn render(&self, report: &Report) -> Result<()> {
        let mut out = std::io::stdout().lock();
        match self.format {
            Format::Json => {
                if !report.json.is_null() {
                    let text = serde_json::to_string_pretty(&report.json)
                        .map_err(|e| CliError::failure(e.to_string()))?;
                    writeln!(out, "{text}").map_err(pipe)?;
                }
            }
            Format::Ndjson => match &report.json {
                Value::Null => {}
                Value::Array(items) => {
                    for item in items {
                        writeln!(out, "{item}").map_err(pipe)?;
                    }
                }
                other => writeln!(out, "{other}").map_err(pipe)?,
            },
            Format::Table => self.human(&mut out, &report.human).map_err(pipe)?,
        }
        out.flush().map_err(pipe)
    }

    fn human(&self, out: &mut impl Write, human: &Human) -> std::io::Result<()> {
        match human {
            Human::Nothing => Ok(()),
            Human::Text(t) => writeln!(out, "{t}"),
            Human::Fields(fields) => {
                let width = fields.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
                for (k, v) in fields {
                    let key = format!("{k}:");
                    writeln!(
                        out,
                        "{} {v}",
                        self.bold(&format!("{key:<w$}", w = width + 1))
                    )?;
                }
                Ok(())
            }
            Human::Table { headers, rows } => self.grid(out, &Table::plain(headers, rows)),
            Human::Grid(table) => self.grid(out, table),
        }
    }

    /// Aligned and fitted to the terminal; tab-separated when piped.
    fn grid(&self, out: &mut impl Write, table: &Table) -> std::io::Result<()> {
        if self.stdout_tty {
            let width = crate::table::stdout_width().unwrap_or(100);
            writeln!(out, "{}", table.render(width, self.color_out))
        } else {
            writeln!(out, "{}", table.tsv())
        }
    }

    fn bold(&self, s: &str) -> String {
        if self.color_out {
            console::style(s).bold().to_string()
        } else {
            s.to_string()
        }
    }

    /// Progress and confirmations on stderr; `-q` hides them.
    pub fn note(&self, msg: &str) {
        if !self.quiet {
            eprintln!("{msg}");
        }
    }

    pub fn success(&self, msg: &str) {
        if !self.quiet {
            let mark = if self.color {
                console::style("✓").for_stderr().green().to_string()
            } else {
                "✓".into()
            };
            eprintln!("{mark} {msg}");
        }
    }

    /// What the user must act on (a one-time code to type): on stderr even with `-q`.
    pub fn instruct(&self, msg: &str) {
        eprintln!("{msg}");
    }

    /// Warnings show even with `-q`.
    pub fn warn(&self, msg: &str) {
        let tag = if self.color {
            console::style("warning:")
                .for_stderr()
                .yellow()
                .bold()
                .to_string()
        } else {
            "warning:".into()
        };
        eprintln!("{tag} {msg}");
    }

    /// `-v`: an HTTP-ish trace. Callers never pass secrets.
    pub fn trace(&self, msg: &str) {
        if self.verbose {
            let line = if self.color {
                console::style(msg).for_stderr().dim().to_string()
            } else {
                msg.to_string()
            };
            eprintln!("{line}");
        }
    }

    /// A spinner on stderr while waiting on the network, only on a terminal.
    pub fn spinner(&self, msg: &str) -> Option<indicatif::ProgressBar> {
        if self.quiet || self.verbose || !self.stderr_tty {
            return None;
        }
        let bar = indicatif::ProgressBar::new_spinner();
        bar.set_draw_target(indicatif::ProgressDrawTarget::stderr());
        bar.set_message(msg.to_string());
        bar.enable_steady_tick(Duration::from_millis(80));
        Some(bar)
    }

    /// The error sentence on stderr and, with `--json`, the error object on stdout.
    pub fn error(&self, err: &CliError) {
        let tag = if self.color {
            console::style("error:")
                .for_stderr()
                .red()
                .bold()
                .to_string()
        } else {
            "error:".into()
        };
        eprintln!("{tag} {err}");
        // The command that helps, when the sentence does not already name it.
        if let Some(r) = err.remedy.as_deref().filter(|r| !err.message.contains(*r)) {
            eprintln!("  try: {r}");
        }
        if self.json() {
            let _ = writeln!(std::io::stdout(), "{}", err.to_json());
        }
    }
}

/// `2026-11-22T00:15:03Z`, for tables.
pub fn rfc3339(t: time::OffsetDateTime) -> String {
    t.format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_else(|_| t.to_string())
}

/// `1 recovery code`, `3 recovery codes`, `no recovery codes`.
pub fn count(n: u64, one: &str, many: &str) -> String {
    match n {
        0 => format!("no {many}"),
        1 => format!("1 {one}"),
        n => format!("{n} {many}"),
    }
}

/// `in 14 min` / `3 min ago` / `now`: the one relative-time form of every command.
pub fn relative(t: time::OffsetDateTime) -> String {
    relative_to(t, crate::clock::now())
}

/// [`relative`] against a given `now`. Whole seconds, rounded toward zero, and
/// [`duration`] truncates too, so an instant never reads as two different times.
pub fn relative_to(t: time::OffsetDateTime, now: time::OffsetDateTime) -> String {
    let secs = (t - now).whole_seconds();
    match secs {
        0 => "now".to_string(),
        s if s > 0 => format!("in {}", duration(s as u64)),
        s => format!("{} ago", duration(s.unsigned_abs())),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use time::{Duration, OffsetDateTime};

    fn rel(secs: i64) -> String {
        let now = OffsetDateTime::from_unix_timestamp(1_800_000_000).unwrap();
        relative_to(now + Duration::seconds(secs), now)
    }

    #[test]
    fn relative_times_at_the_boundaries() {
        assert_eq!(rel(0), "now");
        assert_eq!(rel(1), "in 1 s");
        assert_eq!(rel(-1), "1 s ago");
        assert_eq!(rel(59), "in 59 s");
        assert_eq!(rel(-59), "59 s ago");
        assert_eq!(rel(60), "in 1 min");
        assert_eq!(rel(-60), "1 min ago");
        assert_eq!(rel(90), "in 1 min 30 s");
        assert_eq!(rel(3599), "in 59 min 59 s");
        assert_eq!(rel(3600), "in 1 h");
        assert_eq!(rel(-3600), "1 h ago");
        assert_eq!(rel(3600 + 5 * 60 + 59), "in 1 h 5 min");
        assert_eq!(rel(86_399), "in 23 h 59 min");
        assert_eq!(rel(86_400), "in 1 day");
        assert_eq!(rel(-86_400), "1 day ago");
        // 2.5 days: truncated, in both directions alike.
        assert_eq!(rel(216_000), "in 2 days 12 h");
        assert_eq!(rel(-216_000), "2 days 12 h ago");
        assert_eq!(rel(216_000 + 3599), "in 2 days 12 h");
        assert_eq!(rel(2 * 86_400), "in 2 days");
    }

    #[test]
    fn fractions_of_a_second_round_toward_zero() {
        let now = OffsetDateTime::from_unix_timestamp(1_800_000_000).unwrap();
        assert_eq!(relative_to(now + Duration::milliseconds(999), now), "now");
        assert_eq!(relative_to(now - Duration::milliseconds(999), now), "now");
        assert_eq!(
            relative_to(now + Duration::milliseconds(59_999), now),
            "in 59 s"
        );
    }
}
