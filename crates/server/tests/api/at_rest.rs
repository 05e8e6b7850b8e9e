//! Codes at rest (SECURITY.md 8; issue 14 item 9): the database, its WAL and its
//! shared-memory file never hold a code or a link token, and acctd makes them (and
//! its key file, and the file courier's output) readable by its owner alone.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use acct_api::{LoginMethod, StartFlow};

use crate::support::{TestServer, PASSWORD};

const PHONE: &str = "+8613700007001";

fn db_files(dir: &Path) -> Vec<PathBuf> {
    ["acctd.db", "acctd.db-wal", "acctd.db-shm"]
        .iter()
        .map(|n| dir.join(n))
        .filter(|p| p.exists())
        .collect()
}

/// Every code and link token the courier delivered.
fn secrets(s: &TestServer) -> Vec<String> {
    let mut out = Vec::new();
    for m in s.messages() {
        if let Some(c) = m["code"].as_str() {
            out.push(c.to_string());
        }
        if let Some(link) = m["link"].as_str() {
            let token = link.rsplit("t=").next().unwrap_or(link);
            out.push(token.to_string());
            // The secret half alone, too (the flow ID half is no secret).
            out.push(token.rsplit('.').next().unwrap_or(token).to_string());
        }
    }
    out
}

fn assert_absent(files: &[PathBuf], secrets: &[String], when: &str) {
    assert!(!files.is_empty());
    for f in files {
        let bytes = std::fs::read(f).unwrap();
        for secret in secrets {
            let found = bytes.windows(secret.len()).any(|w| w == secret.as_bytes());
            assert!(!found, "{when}: {} holds a code or token", f.display());
        }
    }
}

fn mode_of(p: &Path) -> u32 {
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

/// Several codes and an email link through the file courier, then a byte scan of the
/// SQLite files while acctd runs and after it stopped: none of them is there.
#[tokio::test]
async fn no_code_or_link_token_rests_in_the_database_wal_or_shm() {
    if std::env::var("ACCTD_TEST_POSTGRES_URL").is_ok() {
        eprintln!("skipped on PostgreSQL: this scans SQLite's files");
        return;
    }
    // Eight digits: a chance match of a code in unrelated bytes is then negligible.
    let mut s = TestServer::with(|c| {
        c.limits.code_digits = 8;
        c.limits.code_resend_cooldown = 0;
    })
    .await;
    let session = s.signup_phone(PHONE, Some(PASSWORD)).await;
    s.client
        .start_flow(&StartFlow::Login {
            login: PHONE.into(),
            method: LoginMethod::Sms,
            password: None,
            device_name: None,
        })
        .await
        .unwrap();
    let reset = s
        .client
        .start_flow(&StartFlow::PasswordReset {
            login: PHONE.into(),
            via: None,
            ticket: None,
            known_device_id: None,
        })
        .await
        .unwrap();
    s.client.resend_code(&reset.flow_id).await.unwrap();
    s.authed(&session)
        .start_flow(&StartFlow::EmailChange {
            email: "rest@example.com".into(),
        })
        .await
        .unwrap();
    let secrets = secrets(&s);
    assert!(secrets.len() >= 6, "four codes and a link: {secrets:?}");

    let dir = s.dir.path().to_path_buf();
    assert_absent(&db_files(&dir), &secrets, "while running");
    s.stop().await;
    let files = db_files(&dir);
    assert_absent(&files, &secrets, "after stopping");
    for f in &files {
        assert_eq!(mode_of(f), 0o600, "{}", f.display());
    }
    assert_eq!(mode_of(&s.courier_path()), 0o600, "the courier file");
}

/// Files acctd creates itself are its owner's alone: the database with its WAL and
/// shared memory, and the server key it makes beside a SQLite database.
#[tokio::test]
async fn acctd_creates_its_database_wal_shm_and_key_files_0600() {
    if std::env::var("ACCTD_TEST_POSTGRES_URL").is_ok() {
        eprintln!("skipped on PostgreSQL: these are SQLite's files");
        return;
    }
    let s = TestServer::with(|c| c.secret_key = None).await;
    s.signup_phone(PHONE, None).await;
    let dir = s.dir.path();
    let files = db_files(dir);
    assert_eq!(
        files.len(),
        3,
        "the database, its WAL and its shared memory: {files:?}"
    );
    for f in files.iter().chain([&dir.join("acctd.key")]) {
        assert_eq!(mode_of(f), 0o600, "{}", f.display());
    }
}
