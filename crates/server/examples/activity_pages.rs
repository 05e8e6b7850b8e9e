//! Times reading an account's whole activity page by page, split into the store
//! read and the JSON encoding, then the export's readers (one cursor each):
//! the store's export (rusqlite on SQLite, sqlx `fetch` in a transaction on
//! PostgreSQL) and, on SQLite, sqlx's native `fetch` stream for comparison
//! (profiling aid for scripts/bench-activity.sh). `PAGES=0` skips the pages.
#![allow(clippy::disallowed_methods)] // a benchmark program: its settings are environment variables

use std::time::Instant;

use acctd::store::{ActivityFilter, Store};

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let db = args.next().unwrap_or_else(|| "sqlite://bench.db".into());
    let account = args.next().unwrap_or_else(|| "12345678".into());
    let store = Store::connect(&db, 4).await?;
    export(&store, &account).await?;
    if std::env::var("PAGES").as_deref() == Ok("0") {
        return Ok(());
    }
    let (mut read, mut encode, mut rows_total) = (0.0, 0.0, 0usize);
    let mut before = None;
    loop {
        let t = Instant::now();
        let rows = store
            .list_activity(
                &account,
                &ActivityFilter {
                    before_id: before,
                    limit: 1000,
                    ..Default::default()
                },
            )
            .await?;
        read += t.elapsed().as_secs_f64();
        if rows.is_empty() {
            break;
        }
        let t = Instant::now();
        let items: Vec<acct_api::ActivityItem> = rows
            .iter()
            .map(|r| acct_api::ActivityItem {
                id: r.id,
                at: r.at.to_datetime(),
                kind: r.kind.clone(),
                outcome: r.outcome.clone(),
                method: r.method.clone(),
                ip: r.ip.clone(),
                device_name: r.device_name.clone(),
                user_agent: r.user_agent.clone(),
                reason: r.reason.clone(),
            })
            .collect();
        let bytes = serde_json::to_vec(&items)?;
        encode += t.elapsed().as_secs_f64();
        rows_total += rows.len();
        before = rows.last().map(|r| r.id);
        std::hint::black_box(bytes);
    }
    println!("{rows_total} rows: store {read:.2} s, encode {encode:.2} s");
    // The same pages through sqlx's native SQLite driver, for comparison.
    if let Some(path) = db.strip_prefix("sqlite://") {
        let pool = sqlx::sqlite::SqlitePoolOptions::new()
            .connect(&format!("sqlite://{path}"))
            .await?;
        let t = Instant::now();
        let mut before = i64::MAX;
        let mut n = 0;
        loop {
            type Row = (
                i64,
                i64,
                String,
                String,
                Option<String>,
                Option<String>,
                Option<String>,
                Option<String>,
                Option<String>,
            );
            let rows: Vec<Row> = sqlx::query_as(
                "SELECT id, at, kind, outcome, method, ip, device_name, user_agent, reason FROM activity WHERE account_id = $1 AND id < $2 ORDER BY id DESC LIMIT 1000",
            )
            .bind(&account)
            .bind(before)
            .fetch_all(&pool)
            .await?;
            let Some(last) = rows.last() else { break };
            before = last.0;
            n += rows.len();
        }
        println!(
            "native sqlite: {n} rows in {:.2} s",
            t.elapsed().as_secs_f64()
        );
    }
    Ok(())
}

/// One pass through the store's export, draining its channel as a client would.
async fn export(store: &Store, account: &str) -> anyhow::Result<()> {
    let t = Instant::now();
    let mut rx = store
        .export_activity(account, &ActivityFilter::default())
        .map_err(|e| anyhow::anyhow!("{e:?}"))?;
    let (mut bytes, mut lines) = (0usize, 0usize);
    while let Some(chunk) = rx.recv().await {
        let chunk = chunk?;
        bytes += chunk.len();
        lines += chunk.iter().filter(|b| **b == b'\n').count();
    }
    println!(
        "export ({:?}): {lines} rows, {:.1} MiB of NDJSON in {:.2} s",
        store.backend(),
        bytes as f64 / 1048576.0,
        t.elapsed().as_secs_f64()
    );
    if let Some(path) = std::env::var("DB_NATIVE")
        .ok()
        .filter(|_| store.backend() == acctd::store::Backend::Sqlite)
    {
        native_fetch(&path, account).await?;
    }
    Ok(())
}

/// sqlx's native SQLite `fetch` stream over the same query, encoding each row
/// the way the export does (the alternative to rusqlite).
async fn native_fetch(url: &str, account: &str) -> anyhow::Result<()> {
    use futures_util::TryStreamExt;
    #[derive(serde::Serialize)]
    struct Line<'a> {
        id: i64,
        #[serde(with = "time::serde::rfc3339")]
        at: time::OffsetDateTime,
        kind: &'a str,
        outcome: &'a str,
        method: Option<&'a str>,
        ip: Option<&'a str>,
        device_name: Option<&'a str>,
        user_agent: Option<&'a str>,
        reason: Option<&'a str>,
    }
    use sqlx::Connection;
    let mut conn = sqlx::SqliteConnection::connect(url).await?;
    let t = Instant::now();
    let mut rows = sqlx::query(
        "SELECT id, at, kind, outcome, method, ip, device_name, user_agent, reason FROM activity WHERE account_id = $1 ORDER BY id DESC",
    )
    .bind(account)
    .fetch(&mut conn);
    let (mut buf, mut n, mut bytes) = (Vec::with_capacity(70_000), 0usize, 0usize);
    while let Some(r) = rows.try_next().await? {
        use sqlx::Row;
        let line = Line {
            id: r.try_get(0)?,
            at: acctd::clock::to_datetime(r.try_get(1)?),
            kind: r.try_get(2)?,
            outcome: r.try_get(3)?,
            method: r.try_get(4)?,
            ip: r.try_get(5)?,
            device_name: r.try_get(6)?,
            user_agent: r.try_get(7)?,
            reason: r.try_get(8)?,
        };
        serde_json::to_writer(&mut buf, &line)?;
        buf.push(b'\n');
        n += 1;
        if buf.len() >= 65536 {
            bytes += buf.len();
            buf.clear();
        }
    }
    println!(
        "native sqlx fetch stream + encoding: {n} rows, {:.1} MiB in {:.2} s",
        (bytes + buf.len()) as f64 / 1048576.0,
        t.elapsed().as_secs_f64()
    );
    Ok(())
}
