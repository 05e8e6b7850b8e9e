//! Times reading an account's whole activity page by page, split into the store
//! read and the JSON encoding (profiling aid for scripts/bench-activity.sh).

use std::time::Instant;

use acctd::store::{ActivityFilter, Store};

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let db = args.next().unwrap_or_else(|| "sqlite://bench.db".into());
    let account = args.next().unwrap_or_else(|| "12345678".into());
    let store = Store::connect(&db, 4).await?;
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
                at: acctd::clock::to_datetime(r.at),
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
