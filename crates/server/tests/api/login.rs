//! Password sign-in: identical failures, lockout with a growing wait, atomic counting.

use std::sync::Arc;

use acct_api::ErrorCode;

use crate::support::*;

const PHONE: &str = "+8613812345678";

/// SECURITY.md 30: unknown login, wrong password and no password look the same.
#[tokio::test]
async fn failures_are_indistinguishable() {
    let s = TestServer::with(|c| c.limits.code_resend_cooldown = 0).await;
    let with_pw = s.signup_phone(PHONE, Some(PASSWORD)).await;
    let without_pw = s.signup_phone("+8613912345678", None).await;
    let bodies: Vec<String> = futures_util::future::join_all([
        s.password_login("99999999", PASSWORD),
        s.password_login(&with_pw.account_id, "wrong-Password-1"),
        s.password_login(&without_pw.account_id, PASSWORD),
    ])
    .await
    .into_iter()
    .map(|r| match error_of(r) {
        acct_client::ClientError::Api { status, body, .. } => {
            format!("{status} {}", serde_json::to_string(&body).unwrap())
        }
        other => panic!("{other}"),
    })
    .collect();
    assert_eq!(bodies[0], bodies[1]);
    assert_eq!(bodies[1], bodies[2]);
    assert!(bodies[0].starts_with("401 "));
}

#[tokio::test]
async fn malformed_login_is_refused() {
    let s = TestServer::start().await;
    let e = error_of(s.password_login("bob", PASSWORD).await);
    assert_eq!(e.code(), Some(ErrorCode::InvalidLogin));
    assert!(e.to_string().contains("account ID"), "{e}");
}

/// Failures lock password sign-in with a growing wait; the error says until when;
/// a success resets the count.
#[tokio::test]
async fn lockout_grows_and_resets_on_success() {
    let s = TestServer::start().await;
    let acct = s.signup_phone(PHONE, Some(PASSWORD)).await;
    for _ in 0..5 {
        assert_eq!(
            code_of(s.password_login(PHONE, "wrong-Password-1").await),
            ErrorCode::InvalidCredentials
        );
    }
    let e = error_of(s.password_login(PHONE, PASSWORD).await);
    assert_eq!(
        e.code(),
        Some(ErrorCode::LoginLocked),
        "even the right password waits"
    );
    let first_wait = e.retry_after().unwrap();
    assert!(e.to_string().contains("until"), "{e}");
    s.advance(first_wait);
    let _ = s.password_login(PHONE, "wrong-Password-1").await;
    let second_wait = error_of(s.password_login(PHONE, PASSWORD).await)
        .retry_after()
        .unwrap();
    assert!(second_wait > first_wait, "{second_wait} > {first_wait}");
    s.advance(second_wait);
    s.login_session(&acct.account_id, PASSWORD).await;
    // Reset: five more failures are allowed before the next lock.
    for _ in 0..4 {
        assert_eq!(
            code_of(s.password_login(PHONE, "wrong-Password-1").await),
            ErrorCode::InvalidCredentials
        );
    }
    s.login_session(PHONE, PASSWORD).await;
}

/// Unknown logins lock exactly like known ones, so the lock reveals nothing.
#[tokio::test]
async fn unknown_logins_lock_too() {
    let s = TestServer::start().await;
    for _ in 0..5 {
        let _ = s.password_login("+8613700000000", PASSWORD).await;
    }
    assert_eq!(
        code_of(s.password_login("+8613700000000", PASSWORD).await),
        ErrorCode::LoginLocked
    );
}

/// SECURITY.md 14: after 100 failures the right password is refused until recovery.
#[tokio::test]
async fn a_hundred_failures_lock_until_recovery() {
    let s = TestServer::start().await;
    s.signup_phone(PHONE, Some(PASSWORD)).await;
    let mut failures = 0;
    while failures < 100 {
        match s.password_login(PHONE, "wrong-Password-1").await {
            Err(e) if e.code() == Some(ErrorCode::InvalidCredentials) => failures += 1,
            Err(e) if e.code() == Some(ErrorCode::LoginLocked) => {
                s.advance(e.retry_after().unwrap_or(1))
            }
            other => panic!("{other:?}"),
        }
    }
    let e = error_of(s.password_login(PHONE, PASSWORD).await);
    assert_eq!(e.code(), Some(ErrorCode::LoginLocked));
    assert!(e.to_string().contains("recover password"), "{e}");
    s.advance(86_400 * 30);
    assert_eq!(
        code_of(s.password_login(PHONE, PASSWORD).await),
        ErrorCode::LoginLocked
    );
}

/// SECURITY.md 15: concurrent failures are all counted.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_failures_are_all_counted() {
    let s = Arc::new(TestServer::with(|c| c.limits.lockout_free_failures = 10_000).await);
    s.signup_phone(PHONE, Some(PASSWORD)).await;
    let session = s.login_session(PHONE, PASSWORD).await;
    let barrier = Arc::new(tokio::sync::Barrier::new(100));
    let mut tasks = Vec::new();
    for _ in 0..100 {
        let (s, barrier) = (s.clone(), barrier.clone());
        tasks.push(tokio::spawn(async move {
            barrier.wait().await;
            s.password_login(PHONE, "wrong-Password-1").await.is_err()
        }));
    }
    for t in tasks {
        assert!(t.await.unwrap());
    }
    let limits = s.authed(&session).limits().await.unwrap();
    assert_eq!(limits.password.consecutive_failures, 100);
}

/// SECURITY.md 6: a hash below the current parameters is upgraded at sign-in.
#[tokio::test]
async fn weak_hashes_are_upgraded_on_login() {
    let s = TestServer::start().await;
    let acct = s.signup_phone(PHONE, Some(PASSWORD)).await;
    // Replace the stored hash with one at m=4096,t=1.
    let weak = {
        use argon2::password_hash::{PasswordHasher, SaltString};
        let params = argon2::Params::new(4096, 1, 1, None).unwrap();
        let a = argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
        a.hash_password(
            PASSWORD.as_bytes(),
            &SaltString::generate(&mut rand::rngs::OsRng),
        )
        .unwrap()
        .to_string()
    };
    let mut db = s.db().await;
    sqlx::query("UPDATE accounts SET password_hash = $1 WHERE id = $2")
        .bind(&weak)
        .bind(&acct.account_id)
        .execute(&mut db)
        .await
        .unwrap();
    s.login_session(PHONE, PASSWORD).await;
    use sqlx::Row;
    let row = sqlx::query("SELECT password_hash FROM accounts WHERE id = $1")
        .bind(&acct.account_id)
        .fetch_one(&mut db)
        .await
        .unwrap();
    let stored: String = row.get(0);
    assert!(
        stored.contains("m=8192,t=1"),
        "upgraded to the test policy: {stored}"
    );
}
