//! A give-up is one unit of work: the outbox mark and the owner's activity event are
//! kept together or not at all, on SQLite and on PostgreSQL.

use std::time::Duration;

use acct_api::{LoginMethod, StartFlow};

use crate::support::{Gateway, Mode, Server};
use crate::webhook::{delivery_failures, server_with, signed_up, wait_failures};

/// Makes the activity insert of a `code_delivery` event fail (a trigger that raises),
/// or works again.
async fn refuse_delivery_events(server: &Server, refuse: bool) {
    let mut db = server.db().await;
    let postgres = server.database.starts_with("postgres");
    let statements: &[&str] = match (postgres, refuse) {
        (false, true) => {
            &["CREATE TRIGGER test_refuse BEFORE INSERT ON activity \
             WHEN NEW.kind = 'code_delivery' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"]
        }
        (false, false) => &["DROP TRIGGER test_refuse"],
        (true, true) => &[
            "CREATE FUNCTION test_refuse() RETURNS trigger LANGUAGE plpgsql AS \
             $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$",
            "CREATE TRIGGER test_refuse BEFORE INSERT ON activity FOR EACH ROW \
             WHEN (NEW.kind = 'code_delivery') EXECUTE FUNCTION test_refuse()",
        ],
        (true, false) => &["DROP TRIGGER test_refuse ON activity"],
    };
    for sql in statements {
        sqlx::query(sql).execute(&mut db).await.unwrap();
    }
}

async fn outbox_status(server: &Server, phone: &str, purpose: &str) -> String {
    let mut db = server.db().await;
    sqlx::query_scalar(
        "SELECT status FROM outbox WHERE destination = $1 AND purpose = $2 ORDER BY id DESC LIMIT 1",
    )
    .bind(phone)
    .bind(purpose)
    .fetch_one(&mut db)
    .await
    .unwrap()
}

/// Issue 10: the drainer marked a message given up and then, in a second statement,
/// recorded the owner's event, so a failure between the two lost the event for good.
/// Now both are one unit: while the event cannot be written the message is not marked
/// either (it stays pending and is claimed again after its lease); once it can, both
/// are there, once.
#[tokio::test]
async fn a_give_up_keeps_the_mark_and_the_owners_event_together() {
    let gateway = Gateway::start(Mode::Accept).await;
    let server = server_with(&gateway, |c| {
        c.delivery.attempt_timeout_ms = 300;
        c.delivery.lease_ms = 600;
    })
    .await;
    let phone = "+8613800000005";
    let account_id = signed_up(&server, &gateway, phone).await;

    refuse_delivery_events(&server, true).await;
    gateway.set_mode(Mode::Always(422));
    let before = gateway.received().len();
    server
        .client
        .start_flow(&StartFlow::Login {
            login: phone.into(),
            method: LoginMethod::Sms,
            password: None,
            device_name: None,
        })
        .await
        .unwrap();
    // A 422 is final, so a second request can only come from a claim after the lease:
    // the first give-up kept nothing.
    for _ in 0..500 {
        if gateway.received().len() - before >= 2 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(
        gateway.received().len() - before >= 2,
        "the message was claimed again after a give-up that could not be recorded"
    );
    assert_eq!(outbox_status(&server, phone, "login").await, "pending");
    assert!(
        delivery_failures(&server, &account_id).await.is_empty(),
        "no event without its mark"
    );

    refuse_delivery_events(&server, false).await;
    assert_eq!(server.outbox_verdict(phone, "login").await, "failed");
    assert_eq!(
        wait_failures(&server, &account_id, 1).await,
        vec![("failure".to_string(), Some("sms".to_string()))],
        "the mark and the event, once"
    );
}
