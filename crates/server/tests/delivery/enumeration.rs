//! SECURITY.md 24 and 30: with the SMS gateway slow, failing or down, forgot-password
//! and `login --sms` answer a real phone exactly as an unknown one (status and body),
//! and the flow's `delivery` reads the same for both; the failure reaches only the
//! owner's activity log. Timing is measured by `scripts/delivery-timing.py`, not here.

use acct_api::{Delivery, LoginMethod, StartFlow};

use crate::support::{Gateway, Mode, Server};
use crate::webhook::{delivery_failures, server_with, signed_up, wait_failures};

/// Same last four digits, so the masks match too (they follow what was typed).
const REAL: &str = "+8613800010010";
const UNKNOWN: &str = "+8613900020010";

fn reset(login: &str) -> StartFlow {
    StartFlow::PasswordReset {
        login: login.into(),
        via: None,
        ticket: None,
        known_device_id: None,
    }
}

fn sms_login(login: &str) -> StartFlow {
    StartFlow::Login {
        login: login.into(),
        method: LoginMethod::Sms,
        password: None,
        device_name: None,
    }
}

/// Status and body of `POST /v1/flows`, less what differs per flow anyway (its ID and
/// second-granular times); the flow ID for a later look.
async fn start_raw(server: &Server, start: &StartFlow) -> (u16, serde_json::Value, String) {
    let res = reqwest::Client::new()
        .post(format!("{}/v1/flows", server.url))
        .json(start)
        .send()
        .await
        .unwrap();
    let status = res.status().as_u16();
    let mut body: serde_json::Value = res.json().await.unwrap();
    let flow_id = body["flow_id"].as_str().unwrap_or_default().to_string();
    if let Some(o) = body.as_object_mut() {
        for k in ["flow_id", "expires_at", "resend_after"] {
            assert!(o.remove(k).is_some() || k == "resend_after", "{k} in {o:?}");
        }
    }
    (status, body, flow_id)
}

/// Starts each kind for the real and the unknown phone and asserts the answers match.
/// Returns the (real, unknown) flow IDs of each kind.
async fn same_answers(server: &Server, gateway: &Gateway, slow: bool) -> Vec<(String, String)> {
    let mut flows = Vec::new();
    for start in [reset as fn(&str) -> StartFlow, sms_login] {
        let delivered = gateway.delivered_to(REAL).len();
        let (real_status, real, real_id) = start_raw(server, &start(REAL)).await;
        let (ghost_status, ghost, ghost_id) = start_raw(server, &start(UNKNOWN)).await;
        assert_eq!(real_status, 200, "{real}");
        assert_eq!((real_status, &real), (ghost_status, &ghost));
        assert_eq!(real["delivery"], "pending", "{real}");
        if slow {
            // Both answered while the gateway still sat on the real code: nothing waited.
            assert_eq!(gateway.delivered_to(REAL).len(), delivered);
        }
        flows.push((real_id, ghost_id));
    }
    flows
}

/// How both flows of each pair look now: they must read the same.
async fn same_delivery(server: &Server, flows: &[(String, String)]) -> Delivery {
    let mut seen = None;
    for (real, ghost) in flows {
        let real = server.client.get_flow(real).await.unwrap();
        let ghost = server.client.get_flow(ghost).await.unwrap();
        assert_eq!(real.delivery, ghost.delivery);
        assert_eq!(real.delivery_note, ghost.delivery_note);
        assert_eq!(real.sent_to, ghost.sent_to);
        seen = real.delivery;
    }
    seen.unwrap_or(Delivery::Unknown)
}

/// The gateway in `mode` (or closed), the stranger's view checked, the owner's log too.
async fn check(mode: Option<Mode>, unconfirmed_after_ms: u64) {
    let gateway = Gateway::start(Mode::Accept).await;
    let server = server_with(&gateway, |c| {
        c.delivery.unconfirmed_after_ms = unconfirmed_after_ms;
        c.delivery.attempt_timeout_ms = 3_000;
    })
    .await;
    let account_id = signed_up(&server, &gateway, REAL).await;
    match mode {
        Some(m) => gateway.set_mode(m),
        None => gateway.close().await,
    }
    let flows = same_answers(&server, &gateway, matches!(mode, Some(Mode::Slow(_)))).await;
    let before = same_delivery(&server, &flows).await;
    let verdict = server.outbox_verdict(REAL, "login").await;
    assert_eq!(
        server.outbox_verdict(UNKNOWN, "password_reset").await,
        "dropped"
    );
    assert_eq!(server.outbox_verdict(UNKNOWN, "login").await, "dropped");
    let after = same_delivery(&server, &flows).await;
    let expected = if unconfirmed_after_ms == 0 {
        Delivery::Unconfirmed
    } else {
        Delivery::Pending
    };
    assert_eq!((before, after), (expected, expected), "time alone decides");
    assert!(
        gateway.received().iter().all(|r| r.to != UNKNOWN),
        "a stand-in never reaches the gateway"
    );
    if matches!(mode, Some(Mode::Slow(_))) {
        assert_eq!(verdict, "sent");
        assert_eq!(server.outbox_verdict(REAL, "password_reset").await, "sent");
        let failures = delivery_failures(&server, &account_id).await;
        assert!(failures.is_empty(), "{failures:?}");
    } else {
        assert_eq!(verdict, "failed");
        assert_eq!(
            server.outbox_verdict(REAL, "password_reset").await,
            "failed"
        );
        assert_eq!(
            wait_failures(&server, &account_id, 2).await.len(),
            2,
            "both codes' failures are in the owner's activity"
        );
    }
}

#[tokio::test]
async fn with_a_failing_gateway_a_real_phone_is_answered_as_an_unknown_one() {
    check(Some(Mode::Always(500)), 0).await;
}

#[tokio::test]
async fn with_a_slow_gateway_a_real_phone_is_answered_as_an_unknown_one() {
    check(Some(Mode::Slow(2_000)), 60_000).await;
}

#[tokio::test]
async fn with_a_gateway_that_refuses_connections_a_real_phone_is_answered_as_an_unknown_one() {
    check(None, 60_000).await;
}
