//! Reading what the service sent: the outbox (is anything still pending?) and the
//! file courier's `courier.jsonl`.

use std::path::Path;
use std::time::Duration;

use sqlx::Connection;

use crate::TestServer;

/// Waits (bounded: 10 s, polling every 10 ms) until no outbox message of `database`
/// is pending. Blocking, from a test in a runtime or not (it runs on its own thread).
pub fn settle(database: &str) {
    let database = database.to_string();
    std::thread::spawn(move || {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime")
            .block_on(wait_outbox_empty(&database));
    })
    .join()
    .expect("outbox check");
}

async fn wait_outbox_empty(database: &str) {
    sqlx::any::install_default_drivers();
    let Ok(mut db) = sqlx::AnyConnection::connect(database).await else {
        return;
    };
    for _ in 0..1000 {
        let pending: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE status = 'pending'")
                .fetch_one(&mut db)
                .await
                .unwrap_or(0);
        if pending == 0 {
            return;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// The file courier's messages, oldest first (none if the file is missing).
pub fn courier_messages(path: &Path) -> Vec<serde_json::Value> {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .map(|l| serde_json::from_str(l).expect("courier line is JSON"))
        .collect()
}

impl TestServer {
    /// Waits (bounded, 10 s) until the outbox row of `purpose` to `to` is no longer
    /// pending, and returns its status: the drainer's verdict.
    pub async fn outbox_verdict(&self, to: &str, purpose: &str) -> String {
        let mut db = self.db().await;
        for _ in 0..1000 {
            let status: Option<String> = sqlx::query_scalar(
                "SELECT status FROM outbox WHERE destination = $1 AND purpose = $2 ORDER BY id DESC LIMIT 1",
            )
            .bind(to)
            .bind(purpose)
            .fetch_optional(&mut db)
            .await
            .expect("outbox");
            match status {
                Some(s) if s != "pending" => return s,
                _ => tokio::time::sleep(Duration::from_millis(10)).await,
            }
        }
        panic!("the {purpose} message to {to} is still pending");
    }

    /// A direct connection to the test's database, for checks the API must not offer.
    pub async fn db(&self) -> sqlx::AnyConnection {
        sqlx::any::install_default_drivers();
        sqlx::AnyConnection::connect(&self.database)
            .await
            .expect("db connect")
    }
}
