//! The activity export: an account's whole (filtered) activity, newest first, read
//! from one cursor and encoded as NDJSON chunks handed over a bounded channel.
//!
//! The reader runs only as far ahead of the client as the channel allows (a few
//! chunks), so memory stays flat however long the history is, and it stops at the
//! next chunk once the receiver is dropped (the client went away). SQLite is read
//! with rusqlite on a blocking thread (a fifth of sqlx's per-row cost,
//! docs/benchmarks.md); PostgreSQL through sqlx's streaming `fetch` inside a
//! transaction, which is one portal read as the rows are taken (a server-side
//! cursor: the backend sends rows only as fast as the socket drains).

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, LazyLock, Mutex};
use std::time::Duration;

use bytes::Bytes;
use futures_util::TryStreamExt;
use serde::Serialize;
use time::OffsetDateTime;
use tokio::sync::{mpsc, OwnedSemaphorePermit};

use super::activity::{select, Bind};
use super::{ActivityFilter, Store};
use crate::clock::to_datetime;

/// Bytes of NDJSON per chunk sent to the client.
const CHUNK: usize = 64 * 1024;
/// Chunks encoded ahead of the client: the backpressure window.
const AHEAD: usize = 4;
/// Exports of one account running at once, so one slow client cannot hold every slot.
const MAX_EXPORTS_PER_ACCOUNT: usize = 1;

/// One piece of the response body; an error ends the body early (the client sees a
/// cut-short transfer, not a clean end).
pub type ExportChunk = Result<Bytes, std::io::Error>;

/// Why an export could not start.
#[derive(Debug)]
pub enum ExportStart {
    /// `MAX_EXPORTS` (store/mod.rs) are running, or one of this account already runs.
    Busy,
}

/// One line of the export: the wire `ActivityItem`, field for field, borrowed from
/// the row so nothing is copied or built per row but the line itself.
#[derive(Serialize)]
struct Line<'a> {
    id: i64,
    #[serde(with = "time::serde::rfc3339")]
    at: OffsetDateTime,
    kind: &'a str,
    outcome: &'a str,
    method: Option<&'a str>,
    ip: Option<&'a str>,
    device_name: Option<&'a str>,
    user_agent: Option<&'a str>,
    reason: Option<&'a str>,
}

impl Store {
    /// Starts an export of `account_id`'s activity matching `f` (its `before_id`
    /// and `limit` do not apply). The receiver yields NDJSON chunks; dropping it
    /// stops the reader.
    pub fn export_activity(
        &self,
        account_id: &str,
        f: &ActivityFilter,
    ) -> Result<mpsc::Receiver<ExportChunk>, ExportStart> {
        let permit = self
            .export_slots
            .clone()
            .try_acquire_owned()
            .map_err(|_| ExportStart::Busy)?;
        let (sql, binds) = select(account_id, f, false);
        let (tx, rx) = mpsc::channel(AHEAD);
        let watch = Watch::start(account_id, permit).ok_or(ExportStart::Busy)?;
        match &self.sqlite_path {
            Some(path) => {
                let path = path.clone();
                tokio::task::spawn_blocking(move || {
                    let ending = read_sqlite(&path, &sql, &binds, &tx, &watch);
                    if let Some(failed) = watch.end(ending) {
                        let _ = tx.blocking_send(failed);
                    }
                });
            }
            None => {
                let pool = self.pool.clone();
                tokio::spawn(async move {
                    let ending = read_sqlx(&pool, &sql, binds, &tx, &watch).await;
                    if let Some(failed) = watch.end(ending) {
                        let _ = tx.send(failed).await;
                    }
                });
            }
        }
        Ok(rx)
    }
}

/// How a reader finished.
enum Ending {
    Complete,
    ClientGone,
}

fn encode(buf: &mut Vec<u8>, line: &Line<'_>) -> anyhow::Result<()> {
    serde_json::to_writer(&mut *buf, line)?;
    buf.push(b'\n');
    Ok(())
}

/// SQLite: a read-only connection of its own, one statement (one read snapshot).
fn read_sqlite(
    path: &std::path::Path,
    sql: &str,
    binds: &[Bind],
    tx: &mpsc::Sender<ExportChunk>,
    watch: &Watch,
) -> anyhow::Result<Ending> {
    use rusqlite::{OpenFlags, ToSql};
    let conn = rusqlite::Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.busy_timeout(Duration::from_secs(10))?;
    let mut stmt = conn.prepare(sql)?;
    // Columns by name, looked up once (not per row: this path is tuned for speed).
    let col = |name: &str| stmt.column_index(name);
    let c = Columns {
        id: col("id")?,
        at: col("at")?,
        kind: col("kind")?,
        outcome: col("outcome")?,
        method: col("method")?,
        ip: col("ip")?,
        device_name: col("device_name")?,
        user_agent: col("user_agent")?,
        reason: col("reason")?,
    };
    let params: Vec<&dyn ToSql> = binds
        .iter()
        .map(|b| match b {
            Bind::Int(v) => v as &dyn ToSql,
            Bind::Text(v) => v as &dyn ToSql,
        })
        .collect();
    let mut rows = stmt.query(params.as_slice())?;
    let mut buf = Vec::with_capacity(CHUNK + 4096);
    fn text<'r>(r: &'r rusqlite::Row<'_>, i: usize) -> rusqlite::Result<Option<&'r str>> {
        Ok(r.get_ref(i)?.as_str_or_null()?)
    }
    while let Some(r) = rows.next()? {
        let line = Line {
            id: r.get(c.id)?,
            at: to_datetime(r.get(c.at)?),
            kind: r.get_ref(c.kind)?.as_str()?,
            outcome: r.get_ref(c.outcome)?.as_str()?,
            method: text(r, c.method)?,
            ip: text(r, c.ip)?,
            device_name: text(r, c.device_name)?,
            user_agent: text(r, c.user_agent)?,
            reason: text(r, c.reason)?,
        };
        encode(&mut buf, &line)?;
        watch.rows.fetch_add(1, Ordering::Relaxed);
        if buf.len() >= CHUNK && !send_blocking(tx, &mut buf) {
            return Ok(Ending::ClientGone);
        }
    }
    if !buf.is_empty() && !send_blocking(tx, &mut buf) {
        return Ok(Ending::ClientGone);
    }
    Ok(Ending::Complete)
}

/// Hands the chunk over, waiting while the client is `AHEAD` chunks behind;
/// false once the client is gone.
fn send_blocking(tx: &mpsc::Sender<ExportChunk>, buf: &mut Vec<u8>) -> bool {
    let chunk = Bytes::from(std::mem::replace(buf, Vec::with_capacity(CHUNK + 4096)));
    tx.blocking_send(Ok(chunk)).is_ok()
}

async fn send(tx: &mpsc::Sender<ExportChunk>, buf: &mut Vec<u8>) -> bool {
    let chunk = Bytes::from(std::mem::replace(buf, Vec::with_capacity(CHUNK + 4096)));
    tx.send(Ok(chunk)).await.is_ok()
}

/// PostgreSQL (and an in-memory SQLite database): sqlx's row stream inside a
/// read-only transaction.
async fn read_sqlx(
    pool: &sqlx::AnyPool,
    sql: &str,
    binds: Vec<Bind>,
    tx: &mpsc::Sender<ExportChunk>,
    watch: &Watch,
) -> anyhow::Result<Ending> {
    // A read-only snapshot for the whole export, not a unit of work: rolled back below.
    let mut txn = pool.begin().await?;
    let mut q = sqlx::query_as::<_, super::ActivityRow>(sql);
    for b in binds {
        q = match b {
            Bind::Int(v) => q.bind(v),
            Bind::Text(v) => q.bind(v),
        };
    }
    let mut buf = Vec::with_capacity(CHUNK + 4096);
    {
        let mut rows = q.fetch(&mut *txn);
        while let Some(r) = rows.try_next().await? {
            let line = Line {
                id: r.id,
                at: r.at.to_datetime(),
                kind: &r.kind,
                outcome: &r.outcome,
                method: r.method.as_deref(),
                ip: r.ip.as_deref(),
                device_name: r.device_name.as_deref(),
                user_agent: r.user_agent.as_deref(),
                reason: r.reason.as_deref(),
            };
            encode(&mut buf, &line)?;
            watch.rows.fetch_add(1, Ordering::Relaxed);
            if buf.len() >= CHUNK && !send(tx, &mut buf).await {
                return Ok(Ending::ClientGone);
            }
        }
    }
    txn.rollback().await?;
    if !buf.is_empty() && !send(tx, &mut buf).await {
        return Ok(Ending::ClientGone);
    }
    Ok(Ending::Complete)
}

/// Where the native reader finds each column of the activity query.
struct Columns {
    id: usize,
    at: usize,
    kind: usize,
    outcome: usize,
    method: usize,
    ip: usize,
    device_name: usize,
    user_agent: usize,
    reason: usize,
}

/// Exports in progress (account → rows read so far), for operators' logs and for
/// tests that check a reader runs behind its client and stops without it.
/// Export id → (account, rows read).
type Registry = HashMap<u64, (String, Arc<AtomicU64>)>;
static ACTIVE: LazyLock<Mutex<Registry>> = LazyLock::new(|| Mutex::new(HashMap::new()));
static NEXT_ID: AtomicU64 = AtomicU64::new(0);
static CUT_SHORT: AtomicU64 = AtomicU64::new(0);

/// Rows read so far by a running export of this account, if one runs.
pub fn rows_read_by_export(account_id: &str) -> Option<u64> {
    let active = ACTIVE.lock().unwrap_or_else(|p| p.into_inner());
    active
        .values()
        .find(|(a, _)| a == account_id)
        .map(|(_, rows)| rows.load(Ordering::Relaxed))
}

/// Exports stopped because their client went away, since the process started.
pub fn exports_cut_short() -> u64 {
    CUT_SHORT.load(Ordering::Relaxed)
}

/// One running export: registered while it reads; holds its slot.
struct Watch {
    id: u64,
    rows: Arc<AtomicU64>,
    _slot: OwnedSemaphorePermit,
}

impl Watch {
    /// `None` when this account already has `MAX_EXPORTS_PER_ACCOUNT` running.
    fn start(account_id: &str, slot: OwnedSemaphorePermit) -> Option<Self> {
        let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
        let rows = Arc::new(AtomicU64::new(0));
        let mut active = ACTIVE.lock().unwrap_or_else(|p| p.into_inner());
        let running = active.values().filter(|(a, _)| a == account_id).count();
        if running >= MAX_EXPORTS_PER_ACCOUNT {
            return None;
        }
        active.insert(id, (account_id.to_string(), rows.clone()));
        Some(Self {
            id,
            rows,
            _slot: slot,
        })
    }

    /// Logs how the reader ended; after a read error, the chunk that ends the body
    /// with an error, so the client knows the export is incomplete.
    fn end(self, ending: anyhow::Result<Ending>) -> Option<ExportChunk> {
        let rows = self.rows.load(Ordering::Relaxed);
        match ending {
            Ok(Ending::Complete) => {
                tracing::debug!(rows, "activity export complete");
                None
            }
            Ok(Ending::ClientGone) => {
                CUT_SHORT.fetch_add(1, Ordering::Relaxed);
                tracing::info!(rows, "activity export stopped: the client went away");
                None
            }
            Err(e) => {
                tracing::error!(rows, error = %e, "activity export failed");
                Some(Err(std::io::Error::other("activity export failed")))
            }
        }
    }
}

impl Drop for Watch {
    fn drop(&mut self) {
        ACTIVE
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .remove(&self.id);
    }
}
