//! Bad input at the authorization and token endpoints (SECURITY.md 42-44, 48).

use openidconnect::{OAuth2TokenResponse, PkceCodeVerifier};

use crate::browser::Browser;
use crate::code_flow::{introspect, urlencode};
use crate::rp::*;

#[tokio::test]
async fn an_unknown_client_or_unregistered_redirect_gets_a_page_never_a_redirect() {
    let s = server().await;
    let mut b = Browser::new();
    let unknown = b
        .get(&format!(
            "{}/oauth/authorize?client_id=nobody&redirect_uri={}&response_type=code&scope=openid",
            s.url,
            urlencode(WEB_REDIRECT)
        ))
        .await;
    assert_eq!(unknown.status, 400);
    assert!(unknown.location.is_none());
    let evil = b
        .get(&format!(
            "{}/oauth/authorize?client_id={WEB_ID}&redirect_uri=https%3A%2F%2Fevil.test&response_type=code&scope=openid",
            s.url
        ))
        .await;
    assert_eq!(evil.status, 400);
    assert!(evil.location.is_none());
    assert!(evil.body.contains("not registered"), "{}", evil.body);
    // The pages may not be framed.
    let csp = evil
        .headers
        .get("content-security-policy")
        .unwrap()
        .to_str()
        .unwrap();
    assert!(csp.contains("frame-ancestors 'none'"));
}

#[tokio::test]
async fn prompt_none_without_a_session_answers_login_required() {
    let s = server().await;
    let client = rp(&s, WEB_ID, Some(WEB_SECRET), WEB_REDIRECT).await;
    let p = start(&client, &[]);
    let mut b = Browser::new();
    let page = b.get(&format!("{}&prompt=none", p.url)).await;
    assert_eq!(page.status, 303);
    assert_eq!(page.query("error").as_deref(), Some("login_required"));
    assert_eq!(
        page.query("state").as_deref(),
        Some(p.state.secret().as_str())
    );
}

#[tokio::test]
async fn a_public_client_must_use_s256_pkce() {
    let s = server().await;
    let mut b = Browser::new();
    let base = format!(
        "{}/oauth/authorize?client_id={NATIVE_ID}&redirect_uri={}&response_type=code&scope=openid&state=s1",
        s.url,
        urlencode(NATIVE_REDIRECT)
    );
    let none = b.get(&base).await;
    assert_eq!(none.query("error").as_deref(), Some("invalid_request"));
    let plain = b
        .get(&format!(
            "{base}&code_challenge=abc&code_challenge_method=plain"
        ))
        .await;
    assert_eq!(plain.query("error").as_deref(), Some("invalid_request"));
}

#[tokio::test]
async fn a_missing_or_wrong_verifier_fails_and_a_reused_code_revokes_its_tokens() {
    let s = server().await;
    let account_id = account(&s).await;
    let client = rp(&s, WEB_ID, Some(WEB_SECRET), WEB_REDIRECT).await;
    let mut b = Browser::new();

    let p = start(&client, &[]);
    let back = sign_in_and_allow(&s, &mut b, &p.url, &account_id).await;
    let wrong = client
        .exchange_code(code_of(&back, &p))
        .unwrap()
        .set_pkce_verifier(PkceCodeVerifier::new("x".repeat(43)))
        .request_async(&http())
        .await;
    assert!(wrong.is_err(), "a wrong verifier is refused");

    let p = start(&client, &[]);
    let back = b.get(&p.url).await;
    let missing = client
        .exchange_code(code_of(&back, &p))
        .unwrap()
        .request_async(&http())
        .await;
    assert!(missing.is_err(), "a missing verifier is refused");

    let p = start(&client, &[]);
    let back = b.get(&p.url).await;
    let code = code_of(&back, &p);
    let secret = p.verifier.secret().clone();
    let first = client
        .exchange_code(code.clone())
        .unwrap()
        .set_pkce_verifier(p.verifier)
        .request_async(&http())
        .await
        .expect("first redemption");
    assert_eq!(
        introspect(&s, first.access_token().secret()).await["active"],
        true
    );
    let second = client
        .exchange_code(code)
        .unwrap()
        .set_pkce_verifier(PkceCodeVerifier::new(secret))
        .request_async(&http())
        .await;
    match second {
        Err(openidconnect::RequestTokenError::ServerResponse(r)) => {
            assert_eq!(r.error().as_ref(), "invalid_grant")
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        introspect(&s, first.access_token().secret()).await["active"],
        false
    );
}

#[tokio::test]
async fn a_form_without_its_csrf_token_is_refused() {
    let s = server().await;
    let account_id = account(&s).await;
    let client = rp(&s, WEB_ID, Some(WEB_SECRET), WEB_REDIRECT).await;
    let p = start(&client, &[]);
    let mut b = Browser::new();
    let page = b.get(&p.url).await;
    let r = b
        .submit(
            &s.url,
            &page,
            &[
                ("csrf", "forged"),
                ("login", &account_id),
                ("password", crate::support::PASSWORD),
            ],
        )
        .await;
    assert_eq!(r.status, 403);
    // A wrong password gets the service's own message, on the page.
    let r = b
        .submit(
            &s.url,
            &page,
            &[
                ("login", &account_id),
                ("password", "wrong-Password-1"),
                ("method", "password"),
            ],
        )
        .await;
    assert_eq!(r.status, 400);
    assert!(r.body.contains("role=\"alert\""), "{}", r.body);
}
