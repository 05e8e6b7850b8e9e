//! Tokens: expiry, refresh rotation, reuse detection with grace, sign-out.

use std::sync::Arc;

use acct_api::ErrorCode;

use crate::support::*;

const PHONE: &str = "+8613812345678";

#[tokio::test]
async fn access_tokens_expire_and_refresh_rotates() {
    let s = TestServer::start().await;
    let session = s.signup_phone(PHONE, None).await;
    s.advance(15 * 60);
    assert_eq!(
        code_of(s.authed(&session).me().await),
        ErrorCode::Unauthenticated
    );
    let next = s.client.refresh(&session.refresh_token).await.unwrap();
    assert_ne!(next.refresh_token, session.refresh_token);
    assert_eq!(next.device_id, session.device_id);
    s.authed(&next).me().await.unwrap();
}

/// SECURITY.md 20: a replay inside the grace gets the same successor; after the
/// grace it signs the device out, and the successor dies too.
#[tokio::test]
async fn refresh_reuse_inside_grace_is_forgiven_after_it_revokes() {
    let s = TestServer::start().await;
    let r1 = s.signup_phone(PHONE, None).await;
    let r2 = s.client.refresh(&r1.refresh_token).await.unwrap();
    let again = s.client.refresh(&r1.refresh_token).await.unwrap();
    assert!(again.refresh_token == r2.refresh_token && again.access_token == r2.access_token);
    s.advance(6);
    assert_eq!(
        code_of(s.client.refresh(&r1.refresh_token).await),
        ErrorCode::InvalidRefreshToken
    );
    assert_eq!(code_of(s.authed(&r2).me().await), ErrorCode::SessionRevoked);
    assert_eq!(
        code_of(s.client.refresh(&r2.refresh_token).await),
        ErrorCode::SessionRevoked
    );
}

/// The same refresh token used concurrently rotates once; with no grace, the
/// loser's use signs the device out.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_refresh_rotates_once() {
    let s = Arc::new(TestServer::with(|c| c.limits.refresh_grace = 0).await);
    s.advance(0);
    let r1 = s.signup_phone(PHONE, None).await;
    s.advance(1);
    let barrier = Arc::new(tokio::sync::Barrier::new(8));
    let mut tasks = Vec::new();
    for _ in 0..8 {
        let (s, token, barrier) = (s.clone(), r1.refresh_token.clone(), barrier.clone());
        tasks.push(tokio::spawn(async move {
            barrier.wait().await;
            s.client.refresh(&token).await
        }));
    }
    let mut winners = Vec::new();
    for t in tasks {
        if let Ok(session) = t.await.unwrap() {
            winners.push(session);
        }
    }
    assert!(!winners.is_empty(), "one refresh wins");
    let first = &winners[0];
    assert!(
        winners
            .iter()
            .all(|w| w.refresh_token == first.refresh_token),
        "one rotation only"
    );
    if winners.len() < 8 {
        // A loser replayed a used token: the device is signed out.
        assert_eq!(
            code_of(s.authed(first).me().await),
            ErrorCode::SessionRevoked
        );
    }
}

#[tokio::test]
async fn logout_signs_this_device_out_only() {
    let s = TestServer::start().await;
    let a = s.signup_phone(PHONE, Some(PASSWORD)).await;
    let b = s.login_session(PHONE, PASSWORD).await;
    s.authed(&a).logout().await.unwrap();
    assert_eq!(code_of(s.authed(&a).me().await), ErrorCode::SessionRevoked);
    assert_eq!(
        code_of(s.client.refresh(&a.refresh_token).await),
        ErrorCode::SessionRevoked
    );
    s.authed(&b).me().await.unwrap();
}

#[tokio::test]
async fn devices_list_and_sign_out_another() {
    let s = TestServer::start().await;
    let a = s.signup_phone(PHONE, Some(PASSWORD)).await;
    let b = s.login_session(PHONE, PASSWORD).await;
    let devices = s.authed(&a).devices().await.unwrap();
    assert_eq!(devices.len(), 2);
    assert_eq!(devices.iter().filter(|d| d.current).count(), 1);
    s.authed(&a).sign_out_device(&b.device_id).await.unwrap();
    assert_eq!(code_of(s.authed(&b).me().await), ErrorCode::SessionRevoked);
    assert_eq!(
        code_of(s.authed(&a).sign_out_device("nope").await),
        ErrorCode::NotFound
    );
}

/// Refresh tokens die after the idle timeout even inside their absolute lifetime.
#[tokio::test]
async fn idle_refresh_tokens_expire() {
    let s = TestServer::with(|c| c.limits.refresh_idle_ttl = 3600).await;
    let session = s.signup_phone(PHONE, None).await;
    s.advance(3601);
    assert_eq!(
        code_of(s.client.refresh(&session.refresh_token).await),
        ErrorCode::InvalidRefreshToken
    );
}

/// SECURITY.md 18: every sign-in issues new tokens.
#[tokio::test]
async fn each_sign_in_is_a_new_device_with_new_tokens() {
    let s = TestServer::start().await;
    let a = s.signup_phone(PHONE, Some(PASSWORD)).await;
    let b = s.login_session(PHONE, PASSWORD).await;
    assert_ne!(a.access_token, b.access_token);
    assert_ne!(a.device_id, b.device_id);
    assert!(a.access_token.expose().len() <= 512, "SECURITY.md 37");
}
