//! The SMS webhook courier against a real HTTP receiver: signed requests, a retry
//! after a 503 that ends in exactly one delivery, and a gateway that is down or
//! refuses: the request that sent the code has long answered (no request waits on
//! delivery, SECURITY.md 30); the give-up goes to the owner's activity log and to
//! the flow's `delivery`.

use std::time::Duration;

use acct_api::{Delivery, FlowInput, FlowStatus, LoginMethod, StartFlow};
use sqlx::Row;

use crate::support::{Gateway, Mode, Server, PASSWORD, WEBHOOK_SECRET};

pub async fn server_with(gateway: &Gateway, tweak: impl FnOnce(&mut acctd::Config)) -> Server {
    let url = gateway.url.clone();
    Server::builder()
        .system_clock()
        .start(move |c, dir| {
            c.courier = format!("file:{},webhook:{url}", dir.join("courier.jsonl").display());
            c.webhook_secret = Some(WEBHOOK_SECRET.into());
            // Sign-up then sign-in to one phone within a second.
            c.limits.code_resend_cooldown = 0;
            c.delivery.retry_base_ms = 100;
            c.delivery.attempt_timeout_ms = 2_000;
            c.delivery.lease_ms = 5_000;
            c.delivery.poll_ms = 100;
            // A gateway that keeps failing is given up within a second or so.
            c.delivery.max_attempts = 3;
            tweak(c);
        })
        .await
}

pub fn signup(phone: &str) -> StartFlow {
    StartFlow::Signup {
        phone: Some(phone.into()),
        email: None,
        password: Some(PASSWORD.into()),
        name: None,
        device_name: Some("webhook-test".into()),
    }
}

/// Signs `phone` up through the gateway (which must accept) and returns the account ID.
pub async fn signed_up(server: &Server, gateway: &Gateway, phone: &str) -> String {
    let seen = gateway.delivered_to(phone).len();
    let flow = server.client.start_flow(&signup(phone)).await.unwrap();
    let code = gateway.code(phone, seen + 1).await;
    let done = server
        .client
        .advance_flow(
            &flow.flow_id,
            &FlowInput {
                code: Some(code.into()),
                ..FlowInput::default()
            },
        )
        .await
        .unwrap();
    done.result.unwrap().account_id
}

/// The `code_delivery` failures in an account's activity.
pub async fn delivery_failures(server: &Server, account_id: &str) -> Vec<(String, Option<String>)> {
    let mut db = server.db().await;
    sqlx::query(
        "SELECT outcome, method FROM activity WHERE kind = 'code_delivery' AND account_id = $1",
    )
    .bind(account_id)
    .fetch_all(&mut db)
    .await
    .unwrap()
    .iter()
    .map(|r| (r.get::<String, _>(0), r.get::<Option<String>, _>(1)))
    .collect()
}

/// The same, once there are `n` (bounded wait: the drainer records a failure right
/// after it marks the message failed).
pub async fn wait_failures(
    server: &Server,
    account_id: &str,
    n: usize,
) -> Vec<(String, Option<String>)> {
    for _ in 0..500 {
        let got = delivery_failures(server, account_id).await;
        if got.len() >= n {
            return got;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    delivery_failures(server, account_id).await
}

#[tokio::test]
async fn a_503_is_retried_and_the_message_arrives_exactly_once_signed() {
    let gateway = Gateway::start(Mode::FailFirst(1)).await;
    let server = server_with(&gateway, |_| {}).await;
    let phone = "+8613800000001";
    let flow = server.client.start_flow(&signup(phone)).await.unwrap();
    assert_eq!(flow.status, FlowStatus::Pending);
    let code = gateway.code(phone, 1).await;

    let all = gateway.received();
    assert_eq!(all.len(), 2, "one 503, then one retry: {all:?}");
    assert_eq!(all[0].answered, 503);
    assert_eq!(all[1].answered, 200);
    assert!(
        all.iter().all(|r| r.signature_ok),
        "every request is signed"
    );
    assert!(
        all[0].delivery.is_some() && all[0].delivery == all[1].delivery,
        "a retry carries the same delivery id"
    );
    assert_eq!(all[1].purpose, "signup");
    assert_eq!(server.outbox_verdict(phone, "signup").await, "sent");
    let shown = server.client.get_flow(&flow.flow_id).await.unwrap();
    assert_eq!(shown.delivery, Some(Delivery::Sent));
    assert_eq!(shown.delivery_note, None);

    let done = server
        .client
        .advance_flow(
            &flow.flow_id,
            &FlowInput {
                code: Some(code.clone().into()),
                ..FlowInput::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(done.status, FlowStatus::Complete);

    // The drainer polls every 100 ms: give it a few rounds to (wrongly) send again.
    tokio::time::sleep(Duration::from_millis(400)).await;
    assert_eq!(
        gateway.delivered_to(phone).len(),
        1,
        "delivered exactly once"
    );
    let mut db = server.db().await;
    let row = sqlx::query("SELECT status, payload, attempts FROM outbox WHERE destination = $1")
        .bind(phone)
        .fetch_one(&mut db)
        .await
        .unwrap();
    assert_eq!(row.get::<String, _>(0), "sent");
    assert_eq!(
        row.get::<Option<String>, _>(1),
        None,
        "the code is erased once sent"
    );
    assert_eq!(row.get::<i64, _>(2), 2);
}

/// SECURITY.md 30: a gateway that is down is not reported by the request (it answers
/// as for an unknown phone); the drainer gives up, logs it for the owner, and never
/// sends the code later.
#[tokio::test]
async fn a_gateway_that_is_down_is_logged_for_the_owner_and_not_sent_later() {
    let gateway = Gateway::start(Mode::Accept).await;
    let server = server_with(&gateway, |_| {}).await;
    let phone = "+8613800000002";
    let account_id = signed_up(&server, &gateway, phone).await;

    gateway.set_mode(Mode::Always(503));
    let before = gateway.received().len();
    let flow = server
        .client
        .start_flow(&StartFlow::Login {
            login: phone.into(),
            method: LoginMethod::Sms,
            password: None,
            device_name: None,
        })
        .await
        .expect("the request does not wait for, or report, delivery");
    assert_eq!(flow.delivery, Some(Delivery::Pending));
    assert_eq!(server.outbox_verdict(phone, "login").await, "failed");
    let tried = gateway.received().len() - before;
    assert_eq!(tried, 3, "retried up to max_attempts");
    assert_eq!(
        wait_failures(&server, &account_id, 1).await,
        vec![("failure".to_string(), Some("sms".to_string()))],
        "the failed delivery is in the account's activity"
    );

    // Given up, so it must not turn up later either.
    gateway.set_mode(Mode::Accept);
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(
        gateway.delivered_to(phone).len(),
        1,
        "only the sign-up code arrived"
    );
}

/// A flow that cannot be a stand-in (sign-up codes go to the phone typed, account or
/// not) says in `delivery` that the courier gave up, and what to do next.
#[tokio::test]
async fn a_refusal_is_not_retried_and_the_flow_says_not_delivered() {
    let gateway = Gateway::start(Mode::Always(422)).await;
    let server = server_with(&gateway, |_| {}).await;
    let phone = "+8613800000003";
    let flow = server.client.start_flow(&signup(phone)).await.unwrap();
    assert_eq!(server.outbox_verdict(phone, "signup").await, "failed");
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(gateway.received().len(), 1, "a 4xx is final");
    let shown = server.client.get_flow(&flow.flow_id).await.unwrap();
    assert_eq!(shown.delivery, Some(Delivery::Failed));
    let note = shown.delivery_note.unwrap_or_default();
    assert!(
        note.contains("not delivered yet") && note.contains("acctl recover ticket"),
        "{note}"
    );
}

#[tokio::test]
async fn shutdown_lets_a_slow_delivery_finish_and_be_recorded() {
    let gateway = Gateway::start(Mode::Slow(800)).await;
    let url = gateway.url.clone();
    let mut server = Server::builder()
        .system_clock()
        .start(move |c, dir| {
            c.courier = format!("file:{},webhook:{url}", dir.join("courier.jsonl").display());
            c.webhook_secret = Some(WEBHOOK_SECRET.into());
            c.delivery.attempt_timeout_ms = 3_000;
            c.delivery.lease_ms = 5_000;
        })
        .await;
    let phone = "+8613800000004";
    // Answered at once, while the drainer is still busy with the gateway.
    server.client.start_flow(&signup(phone)).await.unwrap();
    assert!(gateway.delivered_to(phone).is_empty());
    // Stop only once the drainer holds the message (else there is nothing in flight).
    let mut db = server.db().await;
    for _ in 0..500 {
        let row = sqlx::query("SELECT claimed_by, status FROM outbox WHERE destination = $1")
            .bind(phone)
            .fetch_one(&mut db)
            .await
            .unwrap();
        if row.get::<Option<String>, _>(0).is_some() || row.get::<String, _>(1) != "pending" {
            break;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    drop(db);
    let database = server.database.clone();
    server.stop().await;
    assert_eq!(gateway.delivered_to(phone).len(), 1);
    // Recorded before the pool closed: no other replica will send it again.
    sqlx::any::install_default_drivers();
    let mut db = <sqlx::AnyConnection as sqlx::Connection>::connect(&database)
        .await
        .unwrap();
    let status: String = sqlx::query("SELECT status FROM outbox WHERE destination = $1")
        .bind(phone)
        .fetch_one(&mut db)
        .await
        .unwrap()
        .get(0);
    assert_eq!(status, "sent");
}
