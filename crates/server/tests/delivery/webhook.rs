//! The SMS webhook courier against a real HTTP receiver: signed requests, a retry
//! after a 503 that ends in exactly one delivery, and a gateway that is down being
//! reported to the user (and to the activity log) instead of silently dropped.

use std::time::Duration;

use acct_api::{ErrorCode, FlowInput, FlowStatus, LoginMethod, StartFlow};
use sqlx::Row;

use crate::support::{Gateway, Mode, Server, PASSWORD, WEBHOOK_SECRET};

async fn server_with(gateway: &Gateway) -> Server {
    let url = gateway.url.clone();
    Server::start(move |c, dir| {
        c.courier = format!("file:{},webhook:{url}", dir.join("courier.jsonl").display());
        c.webhook_secret = Some(WEBHOOK_SECRET.into());
        // Sign-up then sign-in to one phone within a second.
        c.limits.code_resend_cooldown = 0;
        c.delivery.wait_ms = 1_000;
        c.delivery.retry_base_ms = 100;
        c.delivery.attempt_timeout_ms = 2_000;
        c.delivery.lease_ms = 5_000;
        c.delivery.poll_ms = 100;
    })
    .await
}

fn signup(phone: &str) -> StartFlow {
    StartFlow::Signup {
        phone: Some(phone.into()),
        email: None,
        password: Some(PASSWORD.into()),
        name: None,
        device_name: Some("webhook-test".into()),
    }
}

#[tokio::test]
async fn a_503_is_retried_and_the_message_arrives_exactly_once_signed() {
    let gateway = Gateway::start(Mode::FailFirst(1)).await;
    let server = server_with(&gateway).await;
    let phone = "+8613800000001";
    let flow = server.client.start_flow(&signup(phone)).await.unwrap();
    assert_eq!(flow.status, FlowStatus::Pending);

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

    let code = gateway.last_code(phone);
    let done = server
        .client
        .advance_flow(
            &flow.flow_id,
            &FlowInput {
                code: Some(code.clone()),
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

#[tokio::test]
async fn a_gateway_that_is_down_is_reported_and_logged_and_not_sent_later() {
    let gateway = Gateway::start(Mode::Accept).await;
    let server = server_with(&gateway).await;
    let phone = "+8613800000002";
    let flow = server.client.start_flow(&signup(phone)).await.unwrap();
    let code = gateway.last_code(phone);
    let done = server
        .client
        .advance_flow(
            &flow.flow_id,
            &FlowInput {
                code: Some(code),
                ..FlowInput::default()
            },
        )
        .await
        .unwrap();
    let account_id = done.result.unwrap().account_id;

    gateway.set_mode(Mode::Always(503));
    let before = gateway.received().len();
    let err = server
        .client
        .start_flow(&StartFlow::Login {
            login: phone.into(),
            method: LoginMethod::Sms,
            password: None,
            device_name: None,
        })
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(ErrorCode::Unavailable), "{err}");
    assert!(
        err.to_string().contains("could not send the code")
            && err.to_string().contains("manual verification"),
        "{err}"
    );
    let tried = gateway.received().len() - before;
    assert!(tried >= 2, "retried within the wait bound ({tried} tries)");

    let mut db = server.db().await;
    let logged = sqlx::query(
        "SELECT outcome, method, reason FROM activity WHERE kind = 'code_delivery' AND account_id = $1",
    )
    .bind(&account_id)
    .fetch_all(&mut db)
    .await
    .unwrap();
    assert_eq!(
        logged.len(),
        1,
        "the failed attempt is in the account's activity"
    );
    assert_eq!(logged[0].get::<String, _>(0), "failure");
    assert_eq!(
        logged[0].get::<Option<String>, _>(1).as_deref(),
        Some("sms")
    );

    // Reported as not sent, so it must not turn up later either.
    gateway.set_mode(Mode::Accept);
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(
        gateway.delivered_to(phone).len(),
        1,
        "only the sign-up code arrived"
    );
    let status: String =
        sqlx::query("SELECT status FROM outbox WHERE destination = $1 AND purpose = 'login'")
            .bind(phone)
            .fetch_one(&mut db)
            .await
            .unwrap()
            .get(0);
    assert_eq!(status, "failed");
}

#[tokio::test]
async fn a_refusal_is_not_retried() {
    let gateway = Gateway::start(Mode::Always(422)).await;
    let server = server_with(&gateway).await;
    let err = server
        .client
        .start_flow(&signup("+8613800000003"))
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(ErrorCode::Unavailable));
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(gateway.received().len(), 1, "a 4xx is final");
}

#[tokio::test]
async fn shutdown_lets_a_slow_delivery_finish_and_be_recorded() {
    let gateway = Gateway::start(Mode::Slow(800)).await;
    let url = gateway.url.clone();
    let mut server = Server::start(move |c, dir| {
        c.courier = format!("file:{},webhook:{url}", dir.join("courier.jsonl").display());
        c.webhook_secret = Some(WEBHOOK_SECRET.into());
        c.delivery.wait_ms = 200;
        c.delivery.attempt_timeout_ms = 3_000;
        c.delivery.lease_ms = 5_000;
    })
    .await;
    let phone = "+8613800000004";
    // Answered "sent" at the wait bound while the gateway is still busy.
    server.client.start_flow(&signup(phone)).await.unwrap();
    assert!(gateway.delivered_to(phone).is_empty());
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
