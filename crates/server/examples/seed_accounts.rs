//! Seeds N accounts, each with one signed-in device, straight into an acctd
//! SQLite database (migrated first), and prints their IDs one per line — the
//! input of `scripts/bench-bulk.sh`. Benchmark data only: the accounts have
//! no password, phone or email.
//!
//!     cargo run --release -p acctd --example seed_accounts -- sqlite:///tmp/bench.db 10000 > ids.txt

use sqlx::Connection;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let url = args
        .next()
        .ok_or_else(|| anyhow::anyhow!("usage: seed_accounts sqlite://PATH [COUNT]"))?;
    let count: u32 = args.next().map_or(Ok(10_000), |c| c.parse())?;
    let store = acctd::store::Store::connect(&url, 1).await?;
    store.migrate().await?;
    store.close().await;

    let now = acctd::clock::system_now().unix_timestamp();
    let mut db = sqlx::SqliteConnection::connect(&url).await?;
    let mut tx = db.begin().await?;
    let mut ids = String::new();
    for i in 0..count {
        // 10-digit IDs well away from the random 8-10 digit ones acctd issues in tests.
        let id = format!("{}", 9_000_000_000u64 + u64::from(i) * 7919 % 999_999_937);
        sqlx::query("INSERT INTO accounts (id, name, roles, created_at) VALUES (?, ?, '', ?)")
            .bind(&id)
            .bind(format!("bench {i}"))
            .bind(now)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO devices (id, account_id, name, user_agent, ip, created_at, last_seen_at, auth_at, refresh_expires_at) \
             VALUES (?, ?, 'bench-device', 'seed', '127.0.0.1', ?, ?, ?, ?)",
        )
        .bind(format!("bench-{id}"))
        .bind(&id)
        .bind(now)
        .bind(now)
        .bind(now)
        .bind(now + 30 * 86_400)
        .execute(&mut *tx)
        .await?;
        ids.push_str(&id);
        ids.push('\n');
    }
    tx.commit().await?;
    print!("{ids}");
    Ok(())
}
