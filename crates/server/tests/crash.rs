#![allow(clippy::unwrap_used, clippy::expect_used, clippy::disallowed_methods)] // test code: a panic is the failure report
//! `kill -9` during sign-ups: the real `acctd` binary is killed at random moments
//! while several clients sign up, and restarted on the same database. A sign-up
//! consumes its code in the transaction that creates the account (issue 10), so no
//! crash can leave a used code without its account. Runs on PostgreSQL when
//! ACCTD_TEST_POSTGRES_URL is set (the case the issue found), else on SQLite.

use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, RwLock};
use std::time::Duration;

use acct_api::{FlowInput, StartFlow};
use acct_client::{Client, ClientOptions};
use acct_testkit::AcctdProcess;
use rand::Rng;
use sqlx::Connection;

const KILLS: usize = 5;
const MAX_SIGNUPS: usize = 400;
const TASKS: usize = 4;

/// One acctd process (crates/testkit): killed (SIGKILL) and reaped when dropped.
fn start(database: &str, dir: &std::path::Path) -> (AcctdProcess, String) {
    let acctd = AcctdProcess::spawn(
        Command::new(env!("CARGO_BIN_EXE_acctd"))
            .args(["--listen", "127.0.0.1:0", "--database", database])
            .arg("--courier")
            .arg(format!("file:{}", dir.join("courier.jsonl").display()))
            .env("ACCTD_SECRET_KEY", "7".repeat(64))
            .env("ACCTD_LIMITS_CODES_PER_IP_PER_DAY", "1000000")
            .env(
                "ACCTD_LIMITS_CODES_PER_DESTINATION_PER_IP_PER_DAY",
                "1000000",
            )
            .current_dir(dir)
            .stderr(Stdio::null()),
    );
    let url = acctd.url.clone();
    (acctd, url)
}

async fn fresh_database(dir: &std::path::Path) -> String {
    sqlx::any::install_default_drivers();
    let Some(admin) = acct_testkit::postgres_admin_url() else {
        eprintln!("ACCTD_TEST_POSTGRES_URL is not set: the kill -9 test runs on SQLite only");
        return format!("sqlite://{}", dir.join("a.db").display());
    };
    acct_testkit::fresh_postgres_database(&admin).await
}

/// The code sent to `to`, once the courier file has it (bounded: 5 s).
async fn code_for(dir: &std::path::Path, to: &str) -> Option<String> {
    for _ in 0..500 {
        let text = std::fs::read_to_string(dir.join("courier.jsonl")).unwrap_or_default();
        let found = text
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter(|m| m["to"] == to)
            .find_map(|m| m["code"].as_str().map(str::to_string));
        if found.is_some() {
            return found;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    None
}

/// One client signing up new addresses until told to stop. Failures are expected
/// (the service is killed under it): it moves on to the next address.
async fn sign_up_loop(
    task: usize,
    url: Arc<RwLock<String>>,
    dir: Arc<tempfile::TempDir>,
    stop: Arc<AtomicBool>,
    started: Arc<AtomicUsize>,
) {
    let mut n = 0;
    while !stop.load(Ordering::SeqCst) && started.fetch_add(1, Ordering::SeqCst) < MAX_SIGNUPS {
        n += 1;
        let email = format!("crash{task}-{n}@example.com");
        let current = url.read().unwrap().clone();
        let client = Client::new(&current, ClientOptions::default()).unwrap();
        let start = StartFlow::Signup {
            phone: None,
            email: Some(email.clone()),
            password: None,
            name: None,
            device_name: None,
        };
        let Ok(flow) = client.start_flow(&start).await else {
            tokio::time::sleep(Duration::from_millis(20)).await;
            continue;
        };
        let Some(code) = code_for(dir.path(), &email).await else {
            continue;
        };
        // Whichever acctd is up now finishes it (the flow is in the database).
        let current = url.read().unwrap().clone();
        let client = Client::new(&current, ClientOptions::default()).unwrap();
        let input = FlowInput {
            code: Some(code.into()),
            ..FlowInput::default()
        };
        let _ = client.advance_flow(&flow.flow_id, &input).await;
    }
}

/// Issue 10: after `kill -9` during sign-ups (PostgreSQL in the issue), no sign-up code
/// is used without the account it was for.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn kill_9_during_sign_ups_leaves_no_used_code_without_its_account() {
    let dir = Arc::new(tempfile::tempdir().unwrap());
    let database = fresh_database(dir.path()).await;
    let (acctd, first_url) = start(&database, dir.path());
    let mut acctd = Some(acctd);
    let url = Arc::new(RwLock::new(first_url));
    let stop = Arc::new(AtomicBool::new(false));
    let started = Arc::new(AtomicUsize::new(0));
    let tasks: Vec<_> = (0..TASKS)
        .map(|t| {
            tokio::spawn(sign_up_loop(
                t,
                url.clone(),
                dir.clone(),
                stop.clone(),
                started.clone(),
            ))
        })
        .collect();
    for _ in 0..KILLS {
        let wait = rand::thread_rng().gen_range(50..300);
        tokio::time::sleep(Duration::from_millis(wait)).await;
        drop(acctd.take()); // SIGKILL, reaped
        let (next, next_url) = start(&database, dir.path());
        acctd = Some(next);
        *url.write().unwrap() = next_url;
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    stop.store(true, Ordering::SeqCst);
    for t in tasks {
        t.await.unwrap();
    }
    drop(acctd.take());

    let mut db = sqlx::AnyConnection::connect(&database).await.unwrap();
    let orphans: Vec<String> = sqlx::query_scalar(
        "SELECT c.destination FROM codes c WHERE c.purpose = 'signup' AND c.used_at IS NOT NULL \
         AND NOT EXISTS (SELECT 1 FROM accounts a WHERE a.email = c.destination)",
    )
    .fetch_all(&mut db)
    .await
    .unwrap();
    let accounts: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM accounts")
        .fetch_one(&mut db)
        .await
        .unwrap();
    eprintln!(
        "{} sign-ups started, {accounts} accounts, {KILLS} kills",
        started.load(Ordering::SeqCst).min(MAX_SIGNUPS)
    );
    assert!(accounts > 0, "some sign-ups finished");
    assert!(
        orphans.is_empty(),
        "used sign-up codes without an account: {orphans:?}"
    );
}
