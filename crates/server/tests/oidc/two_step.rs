//! The sign-in pages drive the same flows as acctl: a code by text message, then
//! the authenticator for a two-step account (SECURITY.md 52), and `amr` says so.

use acct_api::{FlowInput, FlowStatus, StartFlow};
use openidconnect::TokenResponse;

use crate::browser::Browser;
use crate::rp::*;

pub fn totp_at(secret: &str, at: i64) -> String {
    let seed = totp_rs::Secret::Encoded(secret.to_string())
        .to_bytes()
        .unwrap();
    totp_rs::TOTP::new(totp_rs::Algorithm::SHA1, 6, 1, 30, seed)
        .unwrap()
        .generate(at as u64)
}

/// Signs `PHONE` up with a password and turns the authenticator on; returns the
/// account ID and the authenticator's secret. The clock is moved to the next time
/// step (the enrolment's code is spent) and past the text-code cooldown.
pub async fn two_step_account(s: &crate::support::TestServer) -> (String, String) {
    let session = s.signup_phone(PHONE, Some(crate::support::PASSWORD)).await;
    let me = s.authed(&session);
    let flow = me.start_flow(&StartFlow::TotpEnroll {}).await.unwrap();
    let secret = flow.enrollment.clone().unwrap().secret;
    let input = FlowInput {
        totp: Some(totp_at(secret.expose(), s.clock_now()).into()),
        ..Default::default()
    };
    let done = me.advance_flow(&flow.flow_id, &input).await.unwrap();
    assert_eq!(done.status, FlowStatus::Complete);
    s.advance(61);
    (session.account_id, secret.expose().to_string())
}

#[tokio::test]
async fn a_text_code_then_the_authenticator_signs_a_two_step_account_in() {
    let s = server().await;
    let (_, secret) = two_step_account(&s).await;
    let client = rp(&s, WEB_ID, Some(WEB_SECRET), WEB_REDIRECT).await;
    let p = start(&client, &[]);
    let mut b = Browser::new();
    let page = b.get(&p.url).await;
    let page = b
        .submit(&s.url, &page, &[("login", PHONE), ("method", "sms")])
        .await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(
        page.body.contains("autocomplete=\"one-time-code\""),
        "{}",
        page.body
    );
    // A wrong code: the same step again, with the service's own message.
    let wrong = b.submit(&s.url, &page, &[("code", "000000")]).await;
    assert_eq!(wrong.status, 400, "{}", wrong.body);
    assert!(wrong.body.contains("role=\"alert\""));
    let code = s.last_code(PHONE);
    let page = b.submit(&s.url, &wrong, &[("code", &code)]).await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(
        page.body.contains("name=\"step\" value=\"totp\""),
        "the second factor: {}",
        page.body
    );
    let page = b
        .submit(&s.url, &page, &[("code", &totp_at(&secret, s.clock_now()))])
        .await;
    let back = allow(&s, &mut b, page).await;
    let tokens = client
        .exchange_code(code_of(&back, &p))
        .unwrap()
        .set_pkce_verifier(p.verifier)
        .request_async(&http())
        .await
        .unwrap();
    let claims = tokens
        .id_token()
        .unwrap()
        .claims(&client.id_token_verifier(), &p.nonce)
        .unwrap();
    let amr: Vec<String> = claims
        .auth_method_refs()
        .unwrap()
        .iter()
        .map(|a| a.as_str().to_string())
        .collect();
    assert_eq!(amr, ["sms", "otp", "mfa"]);
    assert_eq!(
        claims.auth_context_ref().map(|a| a.as_str()),
        Some("urn:acctd:acr:2fa")
    );
}
