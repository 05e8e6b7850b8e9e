//! Key rotation: a token signed before it still verifies against the JWKS, and new
//! tokens carry the new `kid` (SECURITY.md 45).

use openidconnect::{OAuth2TokenResponse, TokenResponse};

use crate::browser::Browser;
use crate::rp::*;

#[tokio::test]
async fn a_token_signed_before_rotation_still_verifies() {
    let s = server().await;
    let account_id = account(&s).await;
    let client = rp(&s, WEB_ID, Some(WEB_SECRET), WEB_REDIRECT).await;
    let SignedIn {
        tokens: before,
        nonce,
        ..
    } = sign_in_through_pages(&s, &client, &[], &account_id).await;
    let old_kid = kid_of(&before.id_token().unwrap().to_string());

    // `acctd keys rotate` on another replica of the same database.
    let mut config = acctd::Config::for_tests(s.dir.path());
    config.database = s.database.clone();
    config.oidc.clients = clients();
    let other = acctd::build_app(config).await.unwrap();
    other.rotate_keys().await.unwrap();
    other.store.close().await;
    s.advance(15); // past the replica's key cache

    let client = rp(&s, WEB_ID, Some(WEB_SECRET), WEB_REDIRECT).await;
    before
        .id_token()
        .unwrap()
        .claims(&client.id_token_verifier(), &nonce)
        .expect("the old token still verifies");
    let next = client
        .exchange_refresh_token(before.refresh_token().unwrap())
        .unwrap()
        .request_async(&http())
        .await
        .unwrap();
    let new_kid = kid_of(&next.id_token().unwrap().to_string());
    assert_ne!(old_kid, new_kid);
    let _ = next.access_token();
}

fn kid_of(jwt: &str) -> String {
    use base64::Engine;
    let header = jwt.split('.').next().unwrap();
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(header)
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    v["kid"].as_str().unwrap().to_string()
}

/// A client taken out of the config is gone when acctd next starts (with its tokens).
#[tokio::test]
async fn a_client_removed_from_the_config_stops_working() {
    let s = server().await;
    let mut config = acctd::Config::for_tests(s.dir.path());
    config.database = s.database.clone();
    config.oidc.clients = clients().into_iter().filter(|c| c.id != WEB_ID).collect();
    let other = acctd::build_app(config).await.unwrap();
    other.install_static_clients().await.unwrap(); // as `serve` does at start-up
    other.store.close().await;
    let mut b = Browser::new();
    let page = b
        .get(&format!(
            "{}/oauth/authorize?client_id={WEB_ID}&redirect_uri={}&response_type=code&scope=openid",
            s.url,
            crate::code_flow::urlencode(WEB_REDIRECT)
        ))
        .await;
    assert_eq!(page.status, 400, "unknown client now");
}
