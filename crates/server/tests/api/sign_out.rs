//! One rule and one event for signing a device out, by `DELETE /v1/devices/{id}`
//! or `POST /v1/devices/sign-out` (SECURITY.md 21): another device needs a recent
//! sign-in (a one-factor re-authentication); this device alone needs none.

use acct_api::{ErrorCode, FlowInput, Session, SignOutRequest, StartFlow};

use crate::support::*;

const PHONE: &str = "+8613812345678";

fn by_id(id: &str) -> SignOutRequest {
    SignOutRequest {
        device_ids: vec![id.to_string()],
        ..Default::default()
    }
}

/// The caller's session, made stale: its sign-in is older than `reauth_window`.
async fn stale(s: &TestServer, session: &Session) -> Session {
    s.advance(11 * 60);
    s.client.refresh(&session.refresh_token).await.unwrap()
}

async fn reauthenticate(s: &TestServer, session: &Session) {
    let me = s.authed(session);
    let flow = me
        .start_flow(&StartFlow::Reauth { via: None })
        .await
        .unwrap();
    me.advance_flow(
        &flow.flow_id,
        &FlowInput {
            password: Some(PASSWORD.into()),
            ..Default::default()
        },
    )
    .await
    .unwrap();
}

/// The sign-out events of the account, as (reason, device) pairs, oldest first.
async fn sign_outs(s: &TestServer, session: &Session) -> Vec<(String, Option<String>)> {
    let page = s
        .authed(session)
        .activity_page(&Default::default())
        .await
        .unwrap();
    let mut events: Vec<_> = page
        .items
        .into_iter()
        .filter(|i| i.kind.contains("sign_out") || i.kind.contains("signed_out"))
        .map(|i| {
            assert_eq!(i.kind, "device_signed_out", "one event kind");
            (i.reason.unwrap_or_default(), i.device_name)
        })
        .collect();
    events.reverse();
    events
}

/// SECURITY.md 21: both endpoints refuse a stale session alike (unknown IDs too, so
/// nothing is revealed), and after a re-auth both work and log the same event.
#[tokio::test]
async fn both_ways_of_signing_out_another_device_need_a_recent_sign_in() {
    let s = TestServer::start().await;
    let a = s.signup_phone(PHONE, Some(PASSWORD)).await;
    let b = s.login_session(PHONE, PASSWORD).await;
    let c = s.login_session(PHONE, PASSWORD).await;
    let a = stale(&s, &a).await;
    let me = s.authed(&a);
    for id in [b.device_id.as_str(), "no-such-device"] {
        let by_delete = error_of(me.sign_out_device(id).await);
        let by_post = error_of(me.sign_out_devices(&by_id(id)).await);
        assert_eq!(by_delete.code(), Some(ErrorCode::ReauthRequired));
        assert_eq!(by_delete.code(), by_post.code());
        assert_eq!(by_delete.to_string(), by_post.to_string());
    }
    for all in [
        SignOutRequest {
            others: true,
            ..Default::default()
        },
        SignOutRequest {
            all: true,
            ..Default::default()
        },
    ] {
        assert_eq!(
            code_of(me.sign_out_devices(&all).await),
            ErrorCode::ReauthRequired
        );
    }
    s.authed(&b).me().await.unwrap();
    s.authed(&c).me().await.unwrap();
    reauthenticate(&s, &a).await;
    me.sign_out_device(&b.device_id).await.unwrap();
    me.sign_out_devices(&by_id(&c.device_id)).await.unwrap();
    for gone in [&b, &c] {
        assert_eq!(
            code_of(s.authed(gone).me().await),
            ErrorCode::SessionRevoked
        );
    }
    assert_eq!(
        code_of(me.sign_out_device(&b.device_id).await),
        ErrorCode::NotFound,
        "already signed out"
    );
    let reasons: Vec<String> = sign_outs(&s, &a).await.into_iter().map(|e| e.0).collect();
    assert_eq!(
        reasons,
        [
            "signed_out_from_another_device",
            "signed_out_from_another_device"
        ]
    );
}

/// Signing out this device alone is a logout: no re-auth by any of the three routes,
/// and the same event kind.
#[tokio::test]
async fn signing_out_this_device_needs_no_re_authentication() {
    let s = TestServer::start().await;
    let keeper = s.signup_phone(PHONE, Some(PASSWORD)).await;
    let mut devices = Vec::new();
    for _ in 0..3 {
        devices.push(s.login_session(PHONE, PASSWORD).await);
    }
    s.advance(11 * 60);
    let mut stale_sessions = Vec::new();
    for d in &devices {
        stale_sessions.push(s.client.refresh(&d.refresh_token).await.unwrap());
    }
    let [x, y, z] = &stale_sessions[..] else {
        unreachable!()
    };
    s.authed(x).sign_out_device(&x.device_id).await.unwrap();
    let receipt = s
        .authed(y)
        .sign_out_devices(&by_id(&y.device_id))
        .await
        .unwrap();
    assert!(receipt.signed_out[0].current);
    s.authed(z).logout().await.unwrap();
    for gone in [x, y, z] {
        assert_eq!(
            code_of(s.authed(gone).me().await),
            ErrorCode::SessionRevoked
        );
    }
    let keeper = s.client.refresh(&keeper.refresh_token).await.unwrap();
    let reasons: Vec<String> = sign_outs(&s, &keeper)
        .await
        .into_iter()
        .map(|e| e.0)
        .collect();
    assert_eq!(
        reasons,
        ["signed_out_by_user", "signed_out_by_user", "logout"]
    );
}
