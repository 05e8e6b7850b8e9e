//! Connected apps: a grant made through the sign-in and consent pages lists in
//! `GET /v1/apps`; revoking it ends the grant and every token under it at once.

use acct_api::{ActivityQuery, ErrorCode};
use acctd::domain::oauth::StaticClient;

use crate::support::*;

const PHONE: &str = "+8613812345601";
const APP: (&str, &str) = ("wiki", "wiki-secret-0123456789abcdef-0123456789");
const REDIRECT: &str = "https://wiki.example/cb";

async fn server() -> TestServer {
    TestServer::with(|c| {
        c.oidc.clients = vec![StaticClient {
            id: APP.0.into(),
            name: "Team Wiki".into(),
            secret: Some(APP.1.into()),
            redirect_uris: vec![REDIRECT.into()],
            post_logout_redirect_uris: Vec::new(),
            scopes: Vec::new(),
            id_token_alg: None,
        }]
    })
    .await
}

#[tokio::test]
async fn a_grant_lists_and_revoking_it_ends_its_access_and_refresh_tokens() {
    let s = server().await;
    let user = s.signup_phone(PHONE, Some(PASSWORD)).await;
    let c = s.authed(&user);
    assert!(c.apps().await.unwrap().items.is_empty());
    let tokens = s
        .app_sign_in(APP, REDIRECT, "openid profile email", (PHONE, PASSWORD))
        .await;
    assert_eq!(s.userinfo_status(&tokens.access_token).await, 200);

    let apps = c.apps().await.unwrap().items;
    assert_eq!(apps.len(), 1, "{apps:?}");
    assert_eq!(apps[0].client_id, APP.0);
    assert_eq!(apps[0].name, "Team Wiki");
    assert_eq!(apps[0].scopes, ["openid", "profile", "email"]);
    assert_eq!(apps[0].granted_at.unix_timestamp(), s.clock_now());
    // The wire form: RFC 3339 times, exactly these fields.
    let (status, raw) = get(&s, "/v1/apps", user.access_token.expose()).await;
    assert_eq!(status, 200);
    let item = raw["items"][0].as_object().unwrap();
    let mut keys: Vec<&str> = item.keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        ["client_id", "granted_at", "last_used_at", "name", "scopes"]
    );
    assert!(time::OffsetDateTime::parse(
        item["granted_at"].as_str().unwrap(),
        &time::format_description::well_known::Rfc3339
    )
    .is_ok());

    s.advance(5);
    c.revoke_app(APP.0).await.unwrap();
    // At once: the access token fails userinfo and the refresh token is refused.
    assert_eq!(s.userinfo_status(&tokens.access_token).await, 401);
    let (status, body) = s
        .token_request(
            APP,
            &[
                ("grant_type", "refresh_token"),
                ("refresh_token", tokens.refresh_token.as_str()),
            ],
        )
        .await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["error"], "invalid_grant");
    assert!(c.apps().await.unwrap().items.is_empty());
    // The account's own session goes on.
    c.me().await.unwrap();

    let page = c.activity_page(&ActivityQuery::default()).await.unwrap();
    let event = page
        .items
        .iter()
        .find(|e| e.kind == "app_revoked")
        .expect("an app_revoked event");
    assert_eq!(event.reason.as_deref(), Some(APP.0));
    assert_eq!(event.outcome, "success");

    // Again: nothing to revoke.
    let e = error_of(c.revoke_app(APP.0).await);
    assert_eq!(e.code(), Some(ErrorCode::NotFound));
    assert!(e.to_string().contains("acctl apps"), "{e}");
}

#[tokio::test]
async fn apps_need_a_token_and_only_ones_own_grant_can_be_revoked() {
    let s = server().await;
    let (status, _) = get(&s, "/v1/apps", "").await;
    assert_eq!(status, 401);
    let owner = s.signup_phone(PHONE, Some(PASSWORD)).await;
    let other = s.signup_phone("+8613812345602", None).await;
    let tokens = s
        .app_sign_in(APP, REDIRECT, "openid", (PHONE, PASSWORD))
        .await;
    // Another account has no grant to this client: 404, and the owner's stays.
    assert_eq!(
        code_of(s.authed(&other).revoke_app(APP.0).await),
        ErrorCode::NotFound
    );
    assert_eq!(
        code_of(s.authed(&other).revoke_app("nope").await),
        ErrorCode::NotFound
    );
    assert_eq!(s.userinfo_status(&tokens.access_token).await, 200);
    assert_eq!(s.authed(&owner).apps().await.unwrap().items.len(), 1);
}

async fn get(s: &TestServer, path: &str, token: &str) -> (u16, serde_json::Value) {
    let mut req = reqwest::Client::new().get(format!("{}{path}", s.url));
    if !token.is_empty() {
        req = req.bearer_auth(token);
    }
    let r = req.send().await.unwrap();
    let status = r.status().as_u16();
    (status, r.json().await.unwrap_or(serde_json::Value::Null))
}
