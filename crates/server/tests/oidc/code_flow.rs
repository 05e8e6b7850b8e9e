//! The authorization code flow with PKCE, end to end, and what follows it: the ID
//! token, userinfo, refresh rotation and reuse, revocation, introspection, logout.

use openidconnect::core::CoreUserInfoClaims;
use openidconnect::{OAuth2TokenResponse, RefreshToken, TokenResponse};

use crate::browser::Browser;
use crate::rp::*;

#[tokio::test]
async fn code_flow_with_pkce_signs_in_and_the_rp_verifies_the_id_token() {
    let s = server().await;
    let account_id = account(&s).await;
    let client = rp(&s, WEB_ID, Some(WEB_SECRET), WEB_REDIRECT).await;
    let p = start(&client, &["profile", "phone"]);
    let mut b = Browser::new();
    let back = sign_in_and_allow(&s, &mut b, &p.url, &account_id).await;
    assert!(back.location.as_deref().unwrap().starts_with(WEB_REDIRECT));
    assert_eq!(back.query("iss").as_deref(), Some(s.url.as_str()));
    let code = code_of(&back, &p);
    let tokens = client
        .exchange_code(code)
        .unwrap()
        .set_pkce_verifier(p.verifier)
        .request_async(&http())
        .await
        .expect("code exchange");
    let id_token = tokens.id_token().expect("an ID token");
    let claims = id_token
        .claims(&client.id_token_verifier(), &p.nonce)
        .expect("verifies");
    assert_eq!(claims.subject().as_str(), account_id);
    assert_eq!(claims.issuer().as_str(), s.url);
    assert!(claims.auth_time().is_some());
    assert_eq!(claims.phone_number().map(|p| p.as_str()), Some(PHONE));
    // Not granted: no email claim even if there were one.
    assert!(claims.email().is_none());
    assert!(
        tokens.refresh_token().is_some(),
        "a refresh token without offline_access"
    );

    let info: CoreUserInfoClaims = client
        .user_info(tokens.access_token().clone(), None)
        .unwrap()
        .request_async(&http())
        .await
        .expect("userinfo");
    assert_eq!(info.subject().as_str(), account_id);
    assert_eq!(info.phone_number().map(|p| p.as_str()), Some(PHONE));

    // A second request for the same scopes: signed in and consented, straight back.
    let p2 = start(&client, &["profile"]);
    let again = b.get(&p2.url).await;
    assert_eq!(again.status, 303, "{}", again.body);
    code_of(&again, &p2);

    // The browser sign-in is a device of the account, named for the app.
    let session = s.login_session(&account_id, crate::support::PASSWORD).await;
    let devices = s.authed(&session).devices().await.unwrap();
    assert!(
        devices.iter().any(|d| d.name.contains("Example Web")),
        "{devices:?}"
    );
}

#[tokio::test]
async fn refresh_rotates_and_a_reused_token_revokes_the_family() {
    let s = server().await;
    let account_id = account(&s).await;
    let client = rp(&s, WEB_ID, Some(WEB_SECRET), WEB_REDIRECT).await;
    let tokens = sign_in_through_pages(&s, &client, &[], &account_id)
        .await
        .tokens;
    let first = tokens.refresh_token().unwrap().clone();
    let next = client
        .exchange_refresh_token(&first)
        .unwrap()
        .request_async(&http())
        .await
        .expect("refresh");
    let second = next.refresh_token().unwrap().clone();
    assert_ne!(first.secret(), second.secret());
    // Within the grace: the same successor (a lost response does not sign out).
    let replay = client
        .exchange_refresh_token(&first)
        .unwrap()
        .request_async(&http())
        .await
        .expect("grace");
    assert_eq!(replay.refresh_token().unwrap().secret(), second.secret());
    // After it: reuse revokes every token of the sign-in.
    s.advance(60);
    assert!(client
        .exchange_refresh_token(&first)
        .unwrap()
        .request_async(&http())
        .await
        .is_err());
    let e = client
        .exchange_refresh_token(&second)
        .unwrap()
        .request_async(&http())
        .await;
    assert!(e.is_err(), "the successor died with the family");
    let introspected = introspect(&s, next.access_token().secret()).await;
    assert_eq!(introspected["active"], false);
    let _ = RefreshToken::new(String::new());
}

pub async fn introspect(s: &crate::support::TestServer, token: &str) -> serde_json::Value {
    reqwest::Client::new()
        .post(format!("{}/oauth/introspect", s.url))
        .basic_auth(WEB_ID, Some(WEB_SECRET))
        .form(&[("token", token)])
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

#[tokio::test]
async fn revocation_introspection_and_logout() {
    let s = server().await;
    let account_id = account(&s).await;
    let client = rp(&s, WEB_ID, Some(WEB_SECRET), WEB_REDIRECT).await;
    let SignedIn {
        tokens,
        browser: mut b,
        ..
    } = sign_in_through_pages(&s, &client, &["email"], &account_id).await;
    let access = tokens.access_token().secret().clone();
    let live = introspect(&s, &access).await;
    assert_eq!(live["active"], true);
    assert_eq!(live["sub"], account_id.as_str());
    // Client secret posted in the form works as well as Basic.
    let r = reqwest::Client::new()
        .post(format!("{}/oauth/revoke", s.url))
        .form(&[
            ("token", access.as_str()),
            ("client_id", WEB_ID),
            ("client_secret", WEB_SECRET),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(introspect(&s, &access).await["active"], false);
    // A wrong secret is refused.
    let r = reqwest::Client::new()
        .post(format!("{}/oauth/introspect", s.url))
        .basic_auth(WEB_ID, Some("wrong"))
        .form(&[("token", access.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401);

    // RP-initiated logout: back to the registered address, and the session is gone.
    let hint = tokens.id_token().unwrap().to_string();
    let url = format!(
        "{}/oauth/logout?id_token_hint={hint}&post_logout_redirect_uri={}&state=bye",
        s.url,
        urlencode(WEB_LOGOUT)
    );
    let out = b.get(&url).await;
    assert_eq!(out.status, 303, "{}", out.body);
    assert_eq!(
        out.location.as_deref(),
        Some(format!("{WEB_LOGOUT}?state=bye").as_str())
    );
    assert!(!b.has_cookie("acct_session"));
    // The owner sees the browser signed out, as after `acctl logout`.
    let owner = s.login_session(PHONE, crate::support::PASSWORD).await;
    let page = s
        .authed(&owner)
        .activity_page(&acct_api::ActivityQuery::default())
        .await
        .unwrap();
    assert!(
        page.items
            .iter()
            .any(|e| e.kind == "device_signed_out" && e.reason.as_deref() == Some("logout")),
        "{:?}",
        page.items
    );
    let p2 = start(&client, &[]);
    let page = b.get(&p2.url).await;
    assert_eq!(page.status, 200, "signed out: the sign-in page again");
    assert!(page.body.contains("current-password"));
    // An unregistered return address: an error page, never a redirect.
    let evil = format!(
        "{}/oauth/logout?post_logout_redirect_uri=https%3A%2F%2Fevil.test&client_id={WEB_ID}",
        s.url
    );
    let page = b.get(&evil).await;
    assert_eq!(page.status, 400);
    assert!(page.location.is_none());
    // Without an id_token_hint, a link alone signs no one out: a confirmation form first.
    let p3 = start(&client, &[]);
    let back = sign_in_and_allow(&s, &mut b, &p3.url, &account_id).await;
    assert_eq!(back.status, 303);
    let ask = b.get(&format!("{}/oauth/logout", s.url)).await;
    assert_eq!(ask.status, 200);
    assert!(
        b.has_cookie("acct_session"),
        "not signed out by a GET without a hint"
    );
    let done = b.submit(&s.url, &ask, &[("confirm", "yes")]).await;
    assert_eq!(done.status, 200, "{}", done.body);
    assert!(!b.has_cookie("acct_session"));
}

pub fn urlencode(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

/// A public client: PKCE required, ES256 ID tokens, loopback redirect on any port.
#[tokio::test]
async fn a_native_app_signs_in_on_any_loopback_port_with_es256() {
    let s = server().await;
    let account_id = account(&s).await;
    let client = rp(&s, NATIVE_ID, None, "http://127.0.0.1:49152/native").await;
    let p = start(&client, &["profile"]);
    let mut b = Browser::new();
    b.accept_language = Some("zh-CN,zh;q=0.9".into());
    let page = b.get(&p.url).await;
    assert!(page.body.contains("lang=\"zh-Hans\""), "{}", page.body);
    assert!(page.body.contains("登录"));
    let page = b
        .submit(
            &s.url,
            &page,
            &[
                ("login", &account_id),
                ("password", crate::support::PASSWORD),
                ("method", "password"),
            ],
        )
        .await;
    let back = allow(&s, &mut b, page).await;
    assert!(back
        .location
        .as_deref()
        .unwrap()
        .starts_with("http://127.0.0.1:49152/native?"));
    let tokens = client
        .exchange_code(code_of(&back, &p))
        .unwrap()
        .set_pkce_verifier(p.verifier)
        .request_async(&http())
        .await
        .expect("exchange");
    let verifier = client.id_token_verifier().set_allowed_algs(vec![
        openidconnect::core::CoreJwsSigningAlgorithm::EcdsaP256Sha256,
    ]);
    let claims = tokens
        .id_token()
        .unwrap()
        .claims(&verifier, &p.nonce)
        .unwrap();
    assert_eq!(claims.subject().as_str(), account_id);
}

/// Found by mod_auth_openidc (tests/oidc/apache.rs): it fetches no JWKS before its
/// first code exchange, so the signing keys are first needed at the token endpoint.
/// Made inside the exchange's unit, they waited out SQLite's busy timeout and the
/// answer was a server_error.
#[tokio::test]
async fn the_first_code_exchange_before_anyone_read_the_keys_gets_an_id_token() {
    let s = server().await;
    let account_id = account(&s).await;
    // No discovery, no JWKS: the authorization request written by hand.
    let url = format!(
        "{}/oauth/authorize?response_type=code&client_id={WEB_ID}&redirect_uri={}&scope=openid&state=s1&nonce=n1",
        s.url,
        urlencode(WEB_REDIRECT)
    );
    let mut b = Browser::new();
    let back = sign_in_and_allow(&s, &mut b, &url, &account_id).await;
    assert_eq!(back.query("state").as_deref(), Some("s1"));
    let code = back.query("code").expect("a code");
    let started = std::time::Instant::now();
    let r = reqwest::Client::new()
        .post(format!("{}/oauth/token", s.url))
        .basic_auth(WEB_ID, Some(WEB_SECRET))
        .form(&[
            ("grant_type", "authorization_code"),
            ("code", code.as_str()),
            ("redirect_uri", WEB_REDIRECT),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
    let body: serde_json::Value = r.json().await.unwrap();
    assert!(body["id_token"].is_string(), "{body}");
}
