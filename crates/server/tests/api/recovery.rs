//! Forgot password (with the waiting period), find my ID.

use acct_api::{Awaiting, ErrorCode, FindId, FlowInput, FlowStatus, StartFlow};
use acct_client::Client;

use crate::support::*;

const PHONE: &str = "+8613812345678";
const NEW_PASSWORD: &str = "amber-Falcon-2026";

pub fn reset(login: &str) -> StartFlow {
    StartFlow::PasswordReset {
        login: login.into(),
        via: None,
        ticket: None,
        known_device_id: None,
    }
}

/// Runs a reset through code and new password; returns the flow after the password.
pub async fn reset_to_password(
    s: &TestServer,
    client: &Client,
    start: StartFlow,
) -> acct_api::Flow {
    let flow = client.start_flow(&start).await.unwrap();
    let code = FlowInput {
        code: Some(s.last_code(PHONE).into()),
        ..Default::default()
    };
    let step = client.advance_flow(&flow.flow_id, &code).await.unwrap();
    assert_eq!(step.awaiting, Some(Awaiting::NewPassword));
    let pw = FlowInput {
        password: Some(NEW_PASSWORD.into()),
        ..Default::default()
    };
    client.advance_flow(&flow.flow_id, &pw).await.unwrap()
}

#[tokio::test]
async fn reset_from_a_known_network_completes_at_once_and_signs_out_everywhere() {
    let s = TestServer::start().await;
    let a = s.signup_phone(PHONE, Some(PASSWORD)).await;
    s.advance(61);
    let done = reset_to_password(&s, &s.client, reset(PHONE)).await;
    assert_eq!(done.status, FlowStatus::Complete);
    assert_eq!(code_of(s.authed(&a).me().await), ErrorCode::SessionRevoked);
    s.login_session(PHONE, NEW_PASSWORD).await;
    assert!(s
        .messages()
        .iter()
        .any(|m| m["purpose"] == "password_reset"));
}

/// SECURITY.md 28: from an unrecognised network the reset waits; every channel is
/// told; an early completion is refused; the owner can cancel.
#[tokio::test]
async fn reset_from_an_unknown_network_waits_and_can_be_cancelled() {
    let s = TestServer::with(|c| {
        c.limits.recovery_delay = 3600;
        c.limits.code_resend_cooldown = 0;
    })
    .await;
    let a = s.signup_phone(PHONE, Some(PASSWORD)).await;
    let stranger = s.client_from("127.0.0.2");
    let pending = reset_to_password(&s, &stranger, reset(PHONE)).await;
    assert_eq!(pending.awaiting, Some(Awaiting::Wait));
    assert!(pending.wait_until.is_some());
    assert!(s
        .messages()
        .iter()
        .any(|m| m["purpose"] == "password_reset_pending" && m["to"] == PHONE));
    let early = error_of(
        stranger
            .advance_flow(&pending.flow_id, &FlowInput::default())
            .await,
    );
    assert_eq!(early.code(), Some(ErrorCode::RateLimited));
    assert!(early.retry_after().unwrap() > 3000);
    // The owner cancels from a signed-in device.
    s.authed(&a).cancel_recovery().await.unwrap();
    assert_eq!(
        code_of(
            stranger
                .advance_flow(&pending.flow_id, &FlowInput::default())
                .await
        ),
        ErrorCode::FlowNotFound
    );
    assert_eq!(
        code_of(s.authed(&a).cancel_recovery().await),
        ErrorCode::NotFound,
        "nothing left to cancel"
    );
    s.login_session(PHONE, PASSWORD).await;

    // A second one, not cancelled, completes after the delay.
    let pending = reset_to_password(&s, &stranger, reset(PHONE)).await;
    s.advance(3601);
    let done = stranger
        .advance_flow(&pending.flow_id, &FlowInput::default())
        .await
        .unwrap();
    assert_eq!(done.status, FlowStatus::Complete);
    assert_eq!(code_of(s.authed(&a).me().await), ErrorCode::SessionRevoked);
    s.login_session(PHONE, NEW_PASSWORD).await;
}

#[tokio::test]
async fn a_known_device_is_recognised_on_any_network() {
    let s = TestServer::start().await;
    let a = s.signup_phone(PHONE, Some(PASSWORD)).await;
    s.advance(61);
    let start = StartFlow::PasswordReset {
        login: PHONE.into(),
        via: None,
        ticket: None,
        known_device_id: Some(a.device_id.clone()),
    };
    let done = reset_to_password(&s, &s.client_from("127.0.0.3"), start).await;
    assert_eq!(done.status, FlowStatus::Complete);
}

/// SECURITY.md 24: the same answer whether or not the account exists.
#[tokio::test]
async fn reset_answers_the_same_for_unknown_accounts() {
    let s = TestServer::with(|c| c.limits.code_resend_cooldown = 0).await;
    s.signup_phone(PHONE, Some(PASSWORD)).await;
    let known = s.client.start_flow(&reset(PHONE)).await.unwrap();
    let unknown = s.client.start_flow(&reset("+8613700000000")).await.unwrap();
    let shape = |f: &acct_api::Flow| {
        (
            f.kind,
            f.status,
            f.awaiting,
            f.channel,
            f.tries_left,
            f.sent_to.as_ref().map(|s| s.chars().count()),
        )
    };
    assert_eq!(shape(&known), shape(&unknown));
    let k = serde_json::to_value(&known).unwrap();
    let u = serde_json::to_value(&unknown).unwrap();
    let keys = |v: &serde_json::Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
    assert_eq!(keys(&k), keys(&u));
    assert_eq!(
        code_of(s.submit_code(&unknown, "123456").await),
        ErrorCode::InvalidCode
    );
}

/// SECURITY.md 25: a reset never bypasses two-step verification.
#[tokio::test]
async fn reset_of_a_two_step_account_asks_for_the_second_factor() {
    let s = TestServer::start().await;
    let a = s.signup_phone(PHONE, Some(PASSWORD)).await;
    let enrol = s
        .authed(&a)
        .start_flow(&StartFlow::TotpEnroll {})
        .await
        .unwrap();
    let secret = enrol.enrollment.clone().unwrap().secret;
    let seed = totp_rs::Secret::Encoded(secret.expose().to_string())
        .to_bytes()
        .unwrap();
    let code = totp_rs::TOTP::new(totp_rs::Algorithm::SHA1, 6, 1, 30, seed)
        .unwrap()
        .generate(s.clock_now() as u64);
    s.authed(&a)
        .advance_flow(
            &enrol.flow_id,
            &FlowInput {
                totp: Some(code.into()),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    s.advance(61);
    let flow = s.client.start_flow(&reset(PHONE)).await.unwrap();
    let step = s
        .client
        .advance_flow(
            &flow.flow_id,
            &FlowInput {
                code: Some(s.last_code(PHONE).into()),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(step.awaiting, Some(Awaiting::Totp));
    let e = error_of(
        s.client
            .advance_flow(
                &flow.flow_id,
                &FlowInput {
                    password: Some(NEW_PASSWORD.into()),
                    ..Default::default()
                },
            )
            .await,
    );
    assert!(
        e.to_string().contains("recover ticket"),
        "without a second factor, a ticket: {e}"
    );
}

#[tokio::test]
async fn find_my_id_answers_the_same_either_way() {
    let s = TestServer::with(|c| c.limits.code_resend_cooldown = 0).await;
    let a = s.signup_phone(PHONE, None).await;
    let known = s
        .client
        .find_id(&FindId {
            phone: Some(PHONE.into()),
            email: None,
        })
        .await
        .unwrap();
    let unknown = s
        .client
        .find_id(&FindId {
            phone: Some("+8613700000000".into()),
            email: None,
        })
        .await
        .unwrap();
    assert_eq!(known, unknown);
    let sent = s
        .messages()
        .into_iter()
        .rev()
        .find(|m| m["purpose"] == "find_id")
        .unwrap();
    assert_eq!(sent["to"], PHONE);
    assert!(!s.messages().iter().any(|m| m["to"] == "+8613700000000"));
    let _ = a;
    assert_eq!(
        code_of(
            s.client
                .find_id(&FindId {
                    phone: Some("123".into()),
                    email: None
                })
                .await
        ),
        ErrorCode::InvalidPhone
    );
}
