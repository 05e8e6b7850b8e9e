//! `acctl activity --all` and `acctl support account activity ID --all`: one
//! streamed NDJSON export instead of pages. `-o ndjson` passes the lines through
//! as they arrive, `--json` wraps them in an array as they arrive, the table
//! collects them; a body cut short is a failure, never a silent partial list.

use std::io::Write;

use acct_api::{ActivityItem, ActivityQuery};
use acct_client::Export;

use super::activity_table::render;
use crate::context::Context;
use crate::error::{CliError, Result};
use crate::output::{pipe, Format, Human, Report};
use crate::session::Session;

/// Whose activity: the signed-in account's, or (staff) another account's.
pub enum Source {
    Own,
    Staff(String),
}

pub fn run(
    ctx: &Context,
    session: &mut Session,
    source: Source,
    query: ActivityQuery,
) -> Result<Report> {
    let mut export = session.call(|c| match &source {
        Source::Own => c.activity_export(&query),
        Source::Staff(id) => c.staff_activity_export(id, &query),
    })?;
    match ctx.out.format {
        Format::Ndjson => {
            ctx.block_on(ndjson(&mut export))??;
            Ok(Report::empty())
        }
        Format::Json => {
            ctx.block_on(json(&mut export))??;
            Ok(Report::empty())
        }
        Format::Table => {
            let items = ctx.block_on(collect(&mut export))??;
            if items.is_empty() {
                ctx.out.note("No activity matches.");
                return Ok(Report::empty());
            }
            Ok(Report::new(
                serde_json::Value::Null,
                Human::Grid(render(ctx, &items)),
            ))
        }
    }
}

/// Feeds whole lines to `each`, keeping a partial line until the next chunk.
async fn lines(export: &mut Export, mut each: impl FnMut(&[u8]) -> Result<()>) -> Result<()> {
    let mut pending: Vec<u8> = Vec::new();
    while let Some(chunk) = export.chunk().await.map_err(CliError::from)? {
        let Some(last) = chunk.iter().rposition(|b| *b == b'\n') else {
            pending.extend_from_slice(&chunk);
            continue;
        };
        let (whole, rest) = chunk.split_at(last + 1);
        if pending.is_empty() {
            each(whole)?;
        } else {
            pending.extend_from_slice(whole);
            each(&pending)?;
            pending.clear();
        }
        pending.extend_from_slice(rest);
    }
    if pending.is_empty() {
        Ok(())
    } else {
        Err(CliError::failure(
            "the activity export ended in the middle of a line: run the command again.",
        ))
    }
}

/// Straight through, a block of whole lines at a time, flushed as it comes.
async fn ndjson(export: &mut Export) -> Result<()> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    lines(export, |block| {
        out.write_all(block).map_err(pipe)?;
        out.flush().map_err(pipe)
    })
    .await
}

/// One array, the same shape as the paged `--json` output, written as it arrives.
async fn json(export: &mut Export) -> Result<()> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::with_capacity(64 * 1024, stdout.lock());
    out.write_all(b"[").map_err(pipe)?;
    let mut first = true;
    lines(export, |block| {
        for line in block.split(|b| *b == b'\n').filter(|l| !l.is_empty()) {
            out.write_all(if first { b"\n  " } else { b",\n  " })
                .map_err(pipe)?;
            out.write_all(line).map_err(pipe)?;
            first = false;
        }
        out.flush().map_err(pipe)
    })
    .await?;
    out.write_all(if first { b"]\n" } else { b"\n]\n" })
        .map_err(pipe)?;
    out.flush().map_err(pipe)
}

async fn collect(export: &mut Export) -> Result<Vec<ActivityItem>> {
    let mut items = Vec::new();
    lines(export, |block| {
        for line in block.split(|b| *b == b'\n').filter(|l| !l.is_empty()) {
            let item = serde_json::from_slice(line).map_err(|e| {
                CliError::failure(format!("the service sent an unreadable activity line: {e}"))
            })?;
            items.push(item);
        }
        Ok(())
    })
    .await?;
    Ok(items)
}
