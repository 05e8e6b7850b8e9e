//! The device grant for a two-step account: the sign-in pages' second step comes
//! before the device's consent page (SECURITY.md 52).

use acct_testkit::approve_device;

use crate::browser::{Browser, Page};
use crate::device::{authorize, poll, str_of};
use crate::rp::*;
use crate::support::PASSWORD;

fn totp_at(secret: &str, at: i64) -> String {
    let seed = totp_rs::Secret::Encoded(secret.to_string())
        .to_bytes()
        .unwrap();
    totp_rs::TOTP::new(totp_rs::Algorithm::SHA1, 6, 1, 30, seed)
        .unwrap()
        .generate(at as u64)
}

#[tokio::test]
async fn a_two_step_account_approves_through_the_second_step() {
    use acct_api::{FlowInput, FlowStatus, StartFlow};
    let s = server().await;
    let session = s.signup_phone(PHONE, Some(PASSWORD)).await;
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

    let (_, a) = authorize(&s, NATIVE_ID, None, "openid").await;
    // The helper signs in with a password only: it stops at the second step.
    assert!(
        approve_device(&s.url, str_of(&a, "user_code"), PHONE, PASSWORD)
            .await
            .is_err()
    );
    let mut b = Browser::new();
    let page = b.get(str_of(&a, "verification_uri_complete")).await;
    let page = b
        .submit(&s.url, &page, &[("user_code", str_of(&a, "user_code"))])
        .await;
    let page = b
        .submit(&s.url, &page, &[("login", PHONE), ("method", "sms")])
        .await;
    let page = b
        .submit(&s.url, &page, &[("code", &s.last_code(PHONE))])
        .await;
    assert!(
        page.body.contains("name=\"step\" value=\"totp\""),
        "{}",
        page.body
    );
    let page = step_totp(&s, &mut b, page, secret.expose()).await;
    assert!(
        page.body.contains("action=\"/device/decide\""),
        "{}",
        page.body
    );
    let done = b.submit(&s.url, &page, &[("decision", "allow")]).await;
    assert_eq!(done.status, 200, "{}", done.body);
    s.advance(5);
    let (st, tokens) = poll(&s, NATIVE_ID, str_of(&a, "device_code")).await;
    assert_eq!(st, 200, "{tokens}");
}

async fn step_totp(
    s: &crate::support::TestServer,
    b: &mut Browser,
    page: Page,
    secret: &str,
) -> Page {
    b.submit(&s.url, &page, &[("code", &totp_at(secret, s.clock_now()))])
        .await
}
