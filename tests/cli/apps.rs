//! `acctl apps`: a grant made through acctd's sign-in and consent pages lists
//! (table and JSON), and `revoke` ends it with every token issued under it.

use acctd::domain::oauth::StaticClient;

use crate::support::{Sandbox, PASSWORD};

const APP: (&str, &str) = ("wiki-app", "wiki-secret-0123456789abcdef-0123456789");
const REDIRECT: &str = "https://wiki.example/cb";

fn sandbox() -> Sandbox {
    Sandbox::with_config(|c| {
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
}

fn block_on<F: std::future::Future>(f: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(f)
}

/// `login` signs in to the app through the pages and allows it.
pub fn grant(
    sb: &Sandbox,
    client: (&str, &str),
    redirect: &str,
    login: &str,
) -> acct_testkit::AppTokens {
    block_on(
        sb.server()
            .app_sign_in(client, redirect, "openid profile", (login, PASSWORD)),
    )
}

#[test]
fn apps_lists_a_grant_and_revoke_ends_its_tokens() {
    let sb = sandbox();
    let phone = "+8613812345901";
    sb.signup(phone);
    sb.cmd(&["apps"]).run().ok().stderr_has("consent page");
    assert_eq!(
        sb.cmd(&["apps", "--json"]).run().ok().json(),
        serde_json::json!([])
    );

    let tokens = grant(&sb, APP, REDIRECT, phone);
    let listed = sb.cmd(&["apps", "list", "--json"]).run().ok().json();
    let items = listed.as_array().unwrap();
    assert_eq!(items.len(), 1);
    let mut keys: Vec<&str> = items[0]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        ["client_id", "granted_at", "last_used_at", "name", "scopes"]
    );
    assert_eq!(items[0]["client_id"], APP.0);
    assert_eq!(items[0]["name"], "Team Wiki");
    assert_eq!(items[0]["scopes"], serde_json::json!(["openid", "profile"]));
    sb.cmd(&["apps"])
        .run()
        .ok()
        .stdout_has("Team Wiki")
        .stdout_has("openid profile");

    // A unique prefix names it; prompting is off here, so no question is asked.
    let out = sb.cmd(&["apps", "revoke", "wiki", "--json"]).run().ok();
    assert_eq!(out.json()["revoked"]["client_id"], APP.0);
    let out = out.stderr_has("Revoked Team Wiki");
    assert!(out.stderr.contains("refresh tokens"), "{}", out.dump());
    assert_eq!(
        block_on(sb.server().userinfo_status(&tokens.access_token)),
        401
    );
    let (status, _) = block_on(sb.server().token_request(
        APP,
        &[
            ("grant_type", "refresh_token"),
            ("refresh_token", tokens.refresh_token.as_str()),
        ],
    ));
    assert_eq!(status, 400);
    sb.cmd(&["activity", "--kind", "app_revoked", "--json"])
        .run()
        .ok()
        .stdout_has(APP.0);

    // Nothing left to revoke: exit 5, pointing at the list.
    let gone = sb.cmd(&["apps", "revoke", APP.0]).run().exit(5);
    assert!(gone.stderr.contains("`acctl apps`"), "{}", gone.dump());
    let gone = sb.cmd(&["apps", "revoke", APP.0, "--json"]).run().exit(5);
    assert_eq!(gone.json()["error"]["remedy"], "acctl apps");
}

#[test]
fn apps_need_a_sign_in() {
    let sb = sandbox();
    sb.cmd(&["apps"]).run().exit(3).stderr_has("acctl login");
    sb.cmd(&["apps", "revoke", APP.0, "--yes"]).run().exit(3);
}
