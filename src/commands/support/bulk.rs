//! Bulk staff actions (`support account sign-out|lock --from-file`): IDs from
//! a file or stdin, a bounded number of requests in flight on the one runtime,
//! one result line per ID as it finishes, a progress bar on a terminal
//! (stderr), and a summary. Failures don't stop the batch; a dead session or
//! an unreachable service does (nothing else could succeed).

use std::collections::HashSet;
use std::io::{BufRead, Write};
use std::path::Path;
use std::time::Instant;

use acct_api::{parse_account_id, AuditQuery, ErrorCode, StaffActionResult};
use acct_client::{Client, ClientError};
use futures_util::StreamExt;
use serde_json::json;

use crate::context::Context;
use crate::error::{CliError, Exit, Result};
use crate::output::{pipe, Format, Report};
use crate::session::Session;

/// IDs per batch: the session is re-checked (and refreshed if near expiry) between batches.
const CHUNK: usize = 1000;

#[derive(Debug, Clone)]
pub enum Action {
    SignOut,
    Lock(String),
}

impl Action {
    fn name(&self) -> &'static str {
        match self {
            Action::SignOut => "sign_out",
            Action::Lock(_) => "lock",
        }
    }

    fn done(&self) -> &'static str {
        match self {
            Action::SignOut => "signed out",
            Action::Lock(_) => "locked",
        }
    }

    async fn call(&self, c: &Client, id: &str) -> Result<StaffActionResult, ClientError> {
        match self {
            Action::SignOut => c.staff_sign_out(id).await,
            Action::Lock(reason) => c.staff_lock(id, reason).await,
        }
    }
}

/// One line of the input: an account ID, or why it is not one.
enum Entry {
    Id(String),
    Invalid { line: usize, text: String },
}

/// Reads IDs: one per line, `#` starts a comment, blank lines skipped, duplicates dropped.
fn read_ids(path: &Path) -> Result<(Vec<Entry>, usize)> {
    let reader: Box<dyn BufRead> = if path == Path::new("-") {
        Box::new(std::io::stdin().lock())
    } else {
        let f = std::fs::File::open(path).map_err(|e| {
            CliError::usage(format!(
                "could not open the ID file {}: {e}",
                path.display()
            ))
        })?;
        Box::new(std::io::BufReader::new(f))
    };
    let mut seen = HashSet::new();
    let mut dupes = 0;
    let mut out = Vec::new();
    for (n, line) in reader.lines().enumerate() {
        let line = line.map_err(|e| CliError::file(path, "read", e))?;
        let text = line.split('#').next().unwrap_or_default().trim();
        if text.is_empty() {
            continue;
        }
        match parse_account_id(text) {
            Some(id) if seen.insert(id.clone()) => out.push(Entry::Id(id)),
            Some(_) => dupes += 1,
            None => out.push(Entry::Invalid {
                line: n + 1,
                text: text.to_string(),
            }),
        }
    }
    Ok((out, dupes))
}

/// Writes result lines in the chosen format.
struct Lines {
    format: Format,
    first: bool,
    out: std::io::BufWriter<std::io::Stdout>,
    flush_each: bool,
}

impl Lines {
    fn line(
        &mut self,
        id: &str,
        action: &Action,
        r: std::result::Result<u32, (String, String)>,
    ) -> Result<()> {
        let text = match self.format {
            Format::Json | Format::Ndjson => {
                let mut v = json!({ "account_id": id, "ok": r.is_ok(), "action": action.name() });
                match &r {
                    Ok(n) => v["devices_signed_out"] = (*n).into(),
                    Err((code, msg)) => {
                        v["error"] = msg.as_str().into();
                        v["error_code"] = code.as_str().into();
                    }
                }
                if self.format == Format::Json {
                    let sep = if self.first { "[\n  " } else { ",\n  " };
                    format!("{sep}{v}")
                } else {
                    format!("{v}\n")
                }
            }
            Format::Table => match &r {
                Ok(n) => format!("{id}\t{}\t{}\n", action.done(), super::reply::devices(*n)),
                Err((_, msg)) => format!("{id}\tfailed\t{msg}\n"),
            },
        };
        if self.first && self.format == Format::Table {
            self.out
                .write_all(b"account\tresult\tdetail\n")
                .map_err(pipe)?;
        }
        self.first = false;
        self.out.write_all(text.as_bytes()).map_err(pipe)?;
        if self.flush_each {
            self.out.flush().map_err(pipe)?;
        }
        Ok(())
    }

    fn finish(&mut self) -> Result<()> {
        if self.format == Format::Json {
            let end: &[u8] = if self.first { b"[]\n" } else { b"\n]\n" };
            self.out.write_all(end).map_err(pipe)?;
        }
        self.out.flush().map_err(pipe)
    }
}

/// Thousands separators for the summary: 9998 → 9,998.
fn thousands(n: usize) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A valid access token, refreshed once up front (and between chunks only if
/// it is about to expire); the same call proves the support role (exit 4).
fn staff_client(session: &mut Session, env_token: Option<&str>) -> Result<Client> {
    let probe = AuditQuery {
        limit: Some(1),
        ..Default::default()
    };
    session.call(|c| c.staff_audit(&probe))?;
    let token = match env_token {
        Some(t) => t.into(),
        None => session.tokens()?.access_token,
    };
    Ok(session.client.with_token(token))
}

/// Errors after which no other ID could succeed: stop the batch.
fn is_fatal(e: &ClientError) -> bool {
    matches!(
        e,
        ClientError::Unreachable { .. } | ClientError::Protocol { .. }
    ) || matches!(
        e.code(),
        Some(ErrorCode::Unauthenticated | ErrorCode::SessionRevoked)
    )
}

fn fatal(e: ClientError) -> CliError {
    if matches!(
        e.code(),
        Some(ErrorCode::Unauthenticated | ErrorCode::SessionRevoked)
    ) {
        return CliError::new(
            Exit::NotSignedIn,
            "unauthenticated",
            "your session ended during the batch: run `acctl login`, then run the same command again (repeating an action is harmless).",
        );
    }
    CliError::from(e)
}

pub fn run(ctx: &Context, action: Action, source: &Path, concurrency: usize) -> Result<Report> {
    let (entries, dupes) = read_ids(source)?;
    if dupes > 0 {
        ctx.out
            .note(&format!("Skipped {} repeated IDs.", thousands(dupes)));
    }
    let total = entries.len();
    if total == 0 {
        return Err(CliError::usage(format!(
            "{} holds no account IDs (one per line; blank lines and # comments are skipped).",
            if source == Path::new("-") {
                "stdin".to_string()
            } else {
                source.display().to_string()
            }
        )));
    }
    let mut session = Session::open(ctx)?;
    let env_token = ctx.env.token.clone().filter(|_| session.uses_env_token());
    let mut client = staff_client(&mut session, env_token.as_deref())?;
    let stdout_tty = ctx.out.stdout_tty;
    let mut lines = Lines {
        format: ctx.out.format,
        first: true,
        out: std::io::BufWriter::new(std::io::stdout()),
        flush_each: stdout_tty || ctx.out.format == Format::Ndjson,
    };
    let bar = (ctx.out.stderr_tty && !ctx.out.quiet).then(|| {
        let bar = indicatif::ProgressBar::new(total as u64);
        bar.set_draw_target(indicatif::ProgressDrawTarget::stderr());
        if let Ok(style) =
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} {rate} eta {eta} {msg}")
        {
            // Whole requests per second, grouped: `1,891/s`.
            bar.set_style(style.with_key(
                "rate",
                |s: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                    let _ = write!(w, "{}/s", per_sec(s.per_sec()));
                },
            ));
        }
        bar
    });
    let started = Instant::now();
    let (mut ok, mut failed) = (0usize, 0usize);
    let mut stop: Option<CliError> = None;
    let emit = |lines: &mut Lines, id: &str, r: std::result::Result<u32, (String, String)>| {
        let res = match &bar {
            Some(b) if stdout_tty => b.suspend(|| lines.line(id, &action, r)),
            _ => lines.line(id, &action, r),
        };
        if let Some(b) = &bar {
            b.inc(1);
        }
        res
    };
    let mut ids = Vec::new();
    for e in entries {
        match e {
            Entry::Id(id) => ids.push(id),
            Entry::Invalid { line, text } => {
                failed += 1;
                let msg = format!("line {line}: {text:?} is not an account ID (8 to 10 digits)");
                emit(&mut lines, &text, Err(("invalid_login".into(), msg)))?;
            }
        }
    }
    let mut attempted = 0usize;
    for (n, chunk) in ids.chunks(CHUNK).enumerate() {
        if n > 0 {
            client = staff_client(&mut session, env_token.as_deref())?;
        }
        let results = {
            let c = &client;
            let a = &action;
            futures_util::stream::iter(chunk.iter())
                .map(move |id| async move { (id, a.call(c, id).await) })
                .buffer_unordered(concurrency)
        };
        let step = ctx.block_on(async {
            let mut results = Box::pin(results);
            while let Some((id, r)) = results.next().await {
                attempted += 1;
                let line = match r {
                    Ok(done) => {
                        ok += 1;
                        Ok(done.devices_signed_out)
                    }
                    Err(e) if is_fatal(&e) => {
                        stop = Some(fatal(e));
                        return Ok(());
                    }
                    Err(e) => {
                        failed += 1;
                        let cli = super::reply::conflict(CliError::from(e));
                        Err((cli.code.clone(), cli.message.clone()))
                    }
                };
                emit(&mut lines, id, line)?;
            }
            Ok::<(), CliError>(())
        })?;
        step?;
        if stop.is_some() {
            break;
        }
    }
    lines.finish()?;
    if let Some(b) = &bar {
        b.finish_and_clear();
    }
    let secs = started.elapsed().as_secs_f64();
    let rate = if secs > 0.0 {
        attempted as f64 / secs
    } else {
        0.0
    };
    let summary = format!(
        "{} {}, {} failed ({:.1} s, {} accounts/s)",
        thousands(ok),
        action.done(),
        thousands(failed),
        secs,
        per_sec(rate)
    );
    if let Some(mut e) = stop {
        let skipped = ids.len().saturating_sub(attempted);
        e.message = format!(
            "{summary}; stopped with {} not attempted: {}",
            thousands(skipped),
            e.message
        );
        return Err(e);
    }
    if failed > 0 {
        let mut e = CliError::failure(format!(
            "{summary}. The failed IDs are the lines with ok=false (-o ndjson) or \"failed\"."
        ));
        e.reported = true;
        return Err(e);
    }
    ctx.out.success(&summary);
    Ok(Report::empty())
}

/// A rate as a whole number with thousands separators.
fn per_sec(rate: f64) -> String {
    if rate.is_finite() && rate > 0.0 {
        thousands(rate.round() as usize)
    } else {
        "0".into()
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn rates_are_whole_and_grouped() {
        assert_eq!(per_sec(1891.1329), "1,891");
        assert_eq!(per_sec(0.4), "0");
        assert_eq!(per_sec(f64::NAN), "0");
        assert_eq!(per_sec(1_234_567.0), "1,234,567");
        assert_eq!(per_sec(999.6), "1,000");
    }

    #[test]
    fn ids_skip_blanks_comments_and_repeats() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("ids.txt");
        std::fs::write(
            &p,
            "# header\n12345678\n\n12345678  # again\nabc\n 987654321 \n",
        )
        .unwrap();
        let (entries, dupes) = read_ids(&p).unwrap();
        assert_eq!(dupes, 1);
        let ids: Vec<String> = entries
            .iter()
            .map(|e| match e {
                Entry::Id(id) => id.clone(),
                Entry::Invalid { line, text } => format!("bad {line} {text}"),
            })
            .collect();
        assert_eq!(ids, vec!["12345678", "bad 5 abc", "987654321"]);
    }

    #[test]
    fn summary_numbers_have_separators() {
        assert_eq!(thousands(9998), "9,998");
        assert_eq!(thousands(12), "12");
        assert_eq!(thousands(1_000_000), "1,000,000");
    }
}
