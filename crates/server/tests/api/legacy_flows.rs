//! Flows in flight across an upgrade: a row whose state was written by the one
//! `FlowState` struct of before (every kind's fields in one object, `ghost`, `stage`,
//! `taken` and `purpose` always present) still loads, shows and advances.

use acct_api::{Channel, FlowStatus, StartFlow};
use serde_json::json;
use sqlx::Row;

use crate::support::*;

/// Rewrites a flow's stored state in the legacy struct's shape, keeping its values.
async fn write_legacy_state(s: &TestServer, flow_id: &str, extra: serde_json::Value) {
    let mut db = s.db().await;
    let row = sqlx::query("SELECT state FROM flows WHERE id = $1")
        .bind(flow_id)
        .fetch_one(&mut db)
        .await
        .unwrap();
    let now: serde_json::Value = serde_json::from_str(&row.get::<String, _>("state")).unwrap();
    let mut legacy = json!({
        "channel": now["channel"],
        "destination": now["destination"],
        "sent_to": now["sent_to"],
        "resend_after": now["resend_after"],
        "purpose": now["purpose"],
        "ghost": false,
        "stage": 0,
        "taken": false,
    });
    for (k, v) in extra.as_object().unwrap() {
        legacy[k] = v.clone();
    }
    sqlx::query("UPDATE flows SET state = $1 WHERE id = $2")
        .bind(legacy.to_string())
        .bind(flow_id)
        .execute(&mut db)
        .await
        .unwrap();
}

#[tokio::test]
async fn a_sign_up_stored_in_the_legacy_shape_shows_and_finishes() {
    let s = TestServer::start().await;
    let flow = s
        .client
        .start_flow(&StartFlow::Signup {
            phone: Some("+86 138 1234 5600".into()),
            email: None,
            password: None,
            name: None,
            device_name: None,
        })
        .await
        .unwrap();
    write_legacy_state(&s, &flow.flow_id, json!({"name": "Ann"})).await;
    let shown = s.client.get_flow(&flow.flow_id).await.unwrap();
    assert_eq!(shown.channel, Some(Channel::Sms));
    assert_eq!(shown.sent_to, flow.sent_to);
    assert_eq!(shown.resend_after, flow.resend_after);
    let done = s
        .submit_code(&flow, &s.last_code("+8613812345600"))
        .await
        .unwrap();
    assert_eq!(done.status, FlowStatus::Complete);
    let me = s
        .authed(&done.result.unwrap().session.unwrap())
        .me()
        .await
        .unwrap();
    assert_eq!(me.name.as_deref(), Some("Ann"));
}
