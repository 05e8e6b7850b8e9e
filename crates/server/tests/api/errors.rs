//! Bad requests get the one error shape, the right status, and nothing changes.

use acct_api::ErrorCode;

use crate::support::*;

async fn raw(
    s: &TestServer,
    method: &str,
    path: &str,
    body: Option<&str>,
    headers: &[(&str, &str)],
) -> (u16, serde_json::Value) {
    let client = reqwest::Client::new();
    let mut req = client.request(method.parse().unwrap(), format!("{}{path}", s.url));
    if let Some(b) = body {
        req = req
            .header("content-type", "application/json")
            .body(b.to_string());
    }
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let resp = req.send().await.unwrap();
    let status = resp.status().as_u16();
    assert!(
        resp.headers().contains_key("x-request-id"),
        "every response has a request id"
    );
    (status, resp.json().await.unwrap_or(serde_json::Value::Null))
}

#[tokio::test]
async fn malformed_bodies_are_400_in_the_error_shape() {
    let s = TestServer::start().await;
    let (status, body) = raw(&s, "POST", "/v1/flows", Some("{not json"), &[]).await;
    assert_eq!(status, 400);
    assert_eq!(body["error"]["code"], "bad_request");
    let (status, body) = raw(
        &s,
        "POST",
        "/v1/flows",
        Some(r#"{"kind":"signup","phone":"+8613812345678","admin":true}"#),
        &[],
    )
    .await;
    assert_eq!(status, 400, "unknown fields are refused");
    assert!(body["error"]["message"].as_str().unwrap().contains("admin"));
    let (status, _) = raw(&s, "POST", "/v1/flows", Some(r#"{"kind":"teleport"}"#), &[]).await;
    assert_eq!(status, 400);
    assert!(s.messages().is_empty());
}

#[tokio::test]
async fn oversized_bodies_are_413() {
    let s = TestServer::start().await;
    let big = format!(r#"{{"kind":"signup","phone":"{}"}}"#, "1".repeat(64 * 1024));
    let (status, body) = raw(&s, "POST", "/v1/flows", Some(&big), &[]).await;
    assert_eq!(status, 413);
    assert_eq!(body["error"]["code"], "payload_too_large");
}

#[tokio::test]
async fn missing_and_bad_tokens_are_401() {
    let s = TestServer::start().await;
    let (status, body) = raw(&s, "GET", "/v1/me", None, &[]).await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (401, Some("unauthenticated"))
    );
    let (status, _) = raw(
        &s,
        "GET",
        "/v1/me",
        None,
        &[("authorization", "Bearer acct_at_nope")],
    )
    .await;
    assert_eq!(status, 401);
}

#[tokio::test]
async fn unknown_flows_and_routes_are_404() {
    let s = TestServer::start().await;
    assert_eq!(
        code_of(s.client.get_flow("0123456789abcdef").await),
        ErrorCode::FlowNotFound
    );
    let (status, body) = raw(&s, "GET", "/v1/nothing", None, &[]).await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (404, Some("not_found"))
    );
}

#[tokio::test]
async fn expired_flows_say_so() {
    let s = TestServer::start().await;
    let flow = s
        .client
        .start_flow(&phone_signup("+8613812345678"))
        .await
        .unwrap();
    s.advance(31 * 60);
    assert_eq!(
        code_of(s.submit_code(&flow, "123456").await),
        ErrorCode::FlowExpired
    );
}

#[tokio::test]
async fn rate_limits_send_retry_after_headers() {
    let s = TestServer::start().await;
    let body = r#"{"kind":"signup","phone":"+8613812345678"}"#;
    raw(&s, "POST", "/v1/flows", Some(body), &[]).await;
    let client = reqwest::Client::new();
    let resp = client
        .post(format!("{}/v1/flows", s.url))
        .header("content-type", "application/json")
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 429);
    assert!(resp.headers().get("retry-after").is_some());
}

/// SECURITY.md 33: the activity log refuses UPDATE and DELETE.
#[tokio::test]
async fn activity_is_append_only() {
    let s = TestServer::start().await;
    s.signup_phone("+8613812345678", None).await;
    let mut db = s.db().await;
    assert!(sqlx::query("UPDATE activity SET outcome = 'x'")
        .execute(&mut db)
        .await
        .is_err());
    assert!(sqlx::query("DELETE FROM activity")
        .execute(&mut db)
        .await
        .is_err());
}

/// docs/openapi.json is the document the service serves; regenerate with
/// `UPDATE_OPENAPI=1 cargo test -p acctd --test api openapi`.
#[tokio::test]
async fn openapi_document_is_served_and_the_copy_in_docs_is_fresh() {
    let s = TestServer::start().await;
    let (status, served) = raw(&s, "GET", "/v1/openapi.json", None, &[]).await;
    assert_eq!(status, 200);
    assert!(served["paths"]["/v1/flows"].is_object());
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/openapi.json");
    let pretty = serde_json::to_string_pretty(&served).unwrap() + "\n";
    if std::env::var_os("UPDATE_OPENAPI").is_some() {
        std::fs::write(&path, &pretty).unwrap();
    }
    let kept = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        kept == pretty,
        "docs/openapi.json is stale: run `UPDATE_OPENAPI=1 cargo test -p acctd --test api openapi`"
    );
}
