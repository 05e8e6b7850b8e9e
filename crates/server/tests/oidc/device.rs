//! The device authorization grant (RFC 8628, SECURITY.md 41): the `openidconnect`
//! crate asks for a code and polls while the pages are answered as a browser would;
//! pending, slow_down, expiry, denial, a second redemption, the user code's entry
//! limit, a two-step account, a burst of polls, and acctl's own client getting an API
//! session.

use std::sync::Arc;
use std::time::Duration;

use acct_testkit::{approve_device, deny_device};
use openidconnect::core::{CoreDeviceAuthorizationResponse, CoreUserInfoClaims};
use openidconnect::{DeviceAuthorizationUrl, Nonce, OAuth2TokenResponse, TokenResponse};
use serde_json::Value;

use crate::browser::{Browser, Page};
use crate::rp::*;
use crate::support::PASSWORD;

/// Asks for a device code as `client_id` (Basic auth with `secret`, if any).
async fn authorize(
    s: &crate::support::TestServer,
    client_id: &str,
    secret: Option<&str>,
    scope: &str,
) -> (u16, Value) {
    let mut req = reqwest::Client::new()
        .post(format!("{}/oauth/device_authorization", s.url))
        .header("user-agent", "acctl/9.9 (test)");
    let mut form = vec![("scope", scope)];
    match secret {
        Some(sec) => req = req.basic_auth(client_id, Some(sec)),
        None => form.push(("client_id", client_id)),
    }
    let r = req.form(&form).send().await.unwrap();
    if r.status() == 200 {
        assert_eq!(r.headers()["cache-control"], "no-store");
    }
    (r.status().as_u16(), r.json().await.unwrap())
}

/// One poll of the token endpoint by a public client.
async fn poll(s: &crate::support::TestServer, client_id: &str, device_code: &str) -> (u16, Value) {
    let r = reqwest::Client::new()
        .post(format!("{}/oauth/token", s.url))
        .form(&[
            ("grant_type", "urn:ietf:params:oauth:grant-type:device_code"),
            ("device_code", device_code),
            ("client_id", client_id),
        ])
        .send()
        .await
        .unwrap();
    (r.status().as_u16(), r.json().await.unwrap())
}

fn error(answer: &(u16, Value)) -> &str {
    assert_eq!(answer.0, 400, "{answer:?}");
    answer.1["error"].as_str().unwrap()
}

fn str_of<'a>(v: &'a Value, k: &str) -> &'a str {
    v[k].as_str().unwrap_or_else(|| panic!("{k} in {v}"))
}

#[tokio::test]
async fn the_rp_polls_while_the_pages_approve_and_its_tokens_verify() {
    let s = server().await;
    let account_id = account(&s).await;
    let discovery: Value = reqwest::get(format!("{}/.well-known/openid-configuration", s.url))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let endpoint = str_of(&discovery, "device_authorization_endpoint").to_string();
    assert_eq!(endpoint, format!("{}/oauth/device_authorization", s.url));
    assert!(discovery["grant_types_supported"]
        .as_array()
        .unwrap()
        .iter()
        .any(|g| g == "urn:ietf:params:oauth:grant-type:device_code"));

    let client = rp(&s, WEB_ID, Some(WEB_SECRET), WEB_REDIRECT)
        .await
        .set_device_authorization_url(DeviceAuthorizationUrl::new(endpoint).unwrap());
    let h = http();
    let details: CoreDeviceAuthorizationResponse = client
        .exchange_device_code()
        .add_scope(openidconnect::Scope::new("profile".into()))
        .request_async(&h)
        .await
        .expect("device authorization");
    let user_code = details.user_code().secret().clone();
    assert_eq!(user_code.len(), 9, "{user_code}");
    assert_eq!(
        details.verification_uri().as_str(),
        format!("{}/device", s.url)
    );
    assert_eq!(details.interval(), Duration::from_secs(5));
    assert_eq!(details.expires_in(), Duration::from_secs(600));

    // The RP sleeps in test time: each of its waits moves the server's clock on.
    let clock = s.clock.clone();
    let polling = client
        .exchange_device_access_token(&details)
        .unwrap()
        .request_async(
            &h,
            move |d| {
                let clock = clock.clone();
                async move {
                    tokio::time::sleep(Duration::from_millis(20)).await;
                    clock.advance(d);
                }
            },
            None,
        );
    let typed = user_code.to_lowercase();
    let approving = approve_device(&s.url, &typed, &account_id, PASSWORD);
    let (tokens, approved) = tokio::join!(polling, approving);
    approved.expect("approved through the pages");
    let tokens = tokens.expect("tokens after approval");
    let claims = tokens
        .id_token()
        .expect("an ID token (openid granted)")
        .claims(&client.id_token_verifier(), |_: Option<&Nonce>| Ok(()))
        .expect("verifies");
    assert_eq!(claims.subject().as_str(), account_id);
    assert!(tokens.refresh_token().is_some());
    let info: CoreUserInfoClaims = client
        .user_info(tokens.access_token().clone(), None)
        .unwrap()
        .request_async(&h)
        .await
        .expect("userinfo");
    assert_eq!(info.subject().as_str(), account_id);
}

#[tokio::test]
async fn pending_then_slow_down_adds_five_seconds_then_the_code_expires() {
    let s = server().await;
    let (st, a) = authorize(&s, NATIVE_ID, None, "openid").await;
    assert_eq!(st, 200, "{a}");
    let code = str_of(&a, "device_code");
    let user_code = str_of(&a, "user_code");
    assert!(user_code
        .chars()
        .all(|c| c == '-' || "BCDFGHJKLMNPQRSTVWXZ".contains(c)));
    assert_eq!(
        str_of(&a, "verification_uri_complete"),
        format!("{}/device?user_code={user_code}", s.url)
    );
    assert_eq!(
        error(&poll(&s, NATIVE_ID, code).await),
        "authorization_pending"
    );
    // Sooner than the interval: slow down, and the interval is now 10 s.
    assert_eq!(error(&poll(&s, NATIVE_ID, code).await), "slow_down");
    s.advance(6);
    assert_eq!(error(&poll(&s, NATIVE_ID, code).await), "slow_down");
    s.advance(15);
    assert_eq!(
        error(&poll(&s, NATIVE_ID, code).await),
        "authorization_pending"
    );
    // Another client cannot poll it.
    s.advance(20);
    assert_eq!(error(&poll(&s, "acctl", code).await), "invalid_grant");
    s.advance(600);
    assert_eq!(error(&poll(&s, NATIVE_ID, code).await), "expired_token");
    // Nor can it be entered on the page any more.
    let mut b = Browser::new();
    let page = b.get(&format!("{}/device", s.url)).await;
    let page = b.submit(&s.url, &page, &[("user_code", user_code)]).await;
    assert_eq!(page.status, 400, "{}", page.body);
}

#[tokio::test]
async fn a_denied_code_answers_access_denied_and_an_approved_one_redeems_once() {
    let s = server().await;
    let account_id = account(&s).await;
    let (_, a) = authorize(&s, NATIVE_ID, None, "openid profile").await;
    deny_device(&s.url, str_of(&a, "user_code"), &account_id, PASSWORD)
        .await
        .unwrap();
    assert_eq!(
        error(&poll(&s, NATIVE_ID, str_of(&a, "device_code")).await),
        "access_denied"
    );

    let (_, a) = authorize(&s, NATIVE_ID, None, "openid").await;
    let code = str_of(&a, "device_code");
    approve_device(&s.url, str_of(&a, "user_code"), &account_id, PASSWORD)
        .await
        .unwrap();
    let (st, tokens) = poll(&s, NATIVE_ID, code).await;
    assert_eq!(st, 200, "{tokens}");
    assert!(tokens["id_token"].is_string() && tokens["refresh_token"].is_string());
    s.advance(5);
    assert_eq!(error(&poll(&s, NATIVE_ID, code).await), "invalid_grant");
    // Approving it again: the code is gone.
    let again = approve_device(&s.url, str_of(&a, "user_code"), &account_id, PASSWORD).await;
    assert!(again.is_err());
}

#[tokio::test]
async fn the_pages_name_the_client_and_network_and_decide_once() {
    let s = server().await;
    let account_id = account(&s).await;
    let (_, a) = authorize(&s, NATIVE_ID, None, "openid profile").await;
    let mut b = Browser::new();
    b.accept_language = Some("zh-CN,zh;q=0.9".into());
    let page = b.get(str_of(&a, "verification_uri_complete")).await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(page.body.contains("连接设备"), "{}", page.body);
    assert!(page.body.contains("<label for=\"user_code\">"));
    let typed = str_of(&a, "user_code").replace('-', " ").to_lowercase();
    assert!(page.body.contains(str_of(&a, "user_code")), "prefilled");
    let page = b.submit(&s.url, &page, &[("user_code", &typed)]).await;
    assert_eq!(page.status, 200, "{}", page.body);
    let page = b
        .submit(
            &s.url,
            &page,
            &[
                ("login", &account_id),
                ("password", PASSWORD),
                ("method", "password"),
            ],
        )
        .await;
    assert_eq!(page.status, 200, "{}", page.body);
    for want in [
        "Example Native",
        "127.0.0.0/24",
        "查看你的姓名",
        "UTC",
        "拒绝",
    ] {
        assert!(page.body.contains(want), "{want}: {}", page.body);
    }
    let consent = page;
    let done = b.submit(&s.url, &consent, &[("decision", "allow")]).await;
    assert_eq!(done.status, 200, "{}", done.body);
    assert!(done.body.contains("返回终端"), "{}", done.body);
    let twice = b.submit(&s.url, &consent, &[("decision", "deny")]).await;
    assert_eq!(twice.status, 400, "{}", twice.body);
    // The approval recorded a grant: the code flow for the same scopes asks no consent.
    let native = rp(&s, NATIVE_ID, None, NATIVE_REDIRECT).await;
    let p = start(&native, &["profile"]);
    let back = b.get(&p.url).await;
    assert_eq!(back.status, 303, "{}", back.body);
    code_of(&back, &p);

    // With the browser session: a right code goes straight to consent.
    let (_, a2) = authorize(&s, NATIVE_ID, None, "openid").await;
    b.accept_language = None;
    let page = b.get(&format!("{}/device", s.url)).await;
    let page = b
        .submit(&s.url, &page, &[("user_code", str_of(&a2, "user_code"))])
        .await;
    assert!(
        page.body.contains("action=\"/device/decide\""),
        "{}",
        page.body
    );
    assert!(page
        .body
        .contains("Only continue if you started this on your own device"));
    // A forged form (no CSRF token) is refused.
    let forged = b
        .submit(&s.url, &page, &[("decision", "allow"), ("csrf", "x")])
        .await;
    assert_eq!(forged.status, 403);
}

#[tokio::test]
async fn wrong_user_codes_are_limited_and_then_even_the_right_one_waits() {
    let s = server().await;
    account(&s).await;
    let (_, a) = authorize(&s, NATIVE_ID, None, "openid").await;
    let right = str_of(&a, "user_code");
    let mut b = Browser::new();
    let mut page = b.get(&format!("{}/device", s.url)).await;
    for wrong in ["BBBB-BBBB", "nonsense", "CCCC CCCC", "", "DDDDDDDD"] {
        page = b.submit(&s.url, &page, &[("user_code", wrong)]).await;
        assert_eq!(page.status, 400, "{}", page.body);
        assert!(page.body.contains("not right"), "{}", page.body);
    }
    let limited = b.submit(&s.url, &page, &[("user_code", right)]).await;
    assert_eq!(limited.status, 429, "{}", limited.body);
    assert!(limited.body.contains("Try again after"), "{}", limited.body);
    assert!(limited.headers.contains_key("retry-after"));
    // A fresh browser on the same network is limited too.
    let mut other = Browser::new();
    let fresh = other.get(&format!("{}/device", s.url)).await;
    let refused = other.submit(&s.url, &fresh, &[("user_code", right)]).await;
    assert_eq!(refused.status, 429, "{}", refused.body);

    s.advance(15 * 60 + 1);
    let (_, a) = authorize(&s, NATIVE_ID, None, "openid").await;
    let ok = other
        .submit(&s.url, &fresh, &[("user_code", str_of(&a, "user_code"))])
        .await;
    assert_eq!(ok.status, 200, "{}", ok.body);
    assert!(ok.body.contains("action=\"/oauth/signin\""), "{}", ok.body);
}

#[tokio::test]
async fn unknown_clients_bad_secrets_and_scopes_are_refused() {
    let s = server().await;
    let (st, e) = authorize(&s, "no-such-app", None, "openid").await;
    assert_eq!((st, str_of(&e, "error")), (401, "invalid_client"), "{e}");
    let (st, e) = authorize(&s, WEB_ID, Some("wrong-secret"), "openid").await;
    assert_eq!((st, str_of(&e, "error")), (401, "invalid_client"), "{e}");
    let (st, e) = authorize(&s, NATIVE_ID, None, "openid email").await;
    assert_eq!((st, str_of(&e, "error")), (400, "invalid_scope"), "{e}");
    assert_eq!(
        error(&poll(&s, NATIVE_ID, "acct_dc_nonsense").await),
        "invalid_grant"
    );
    let (st, e) = poll(&s, "no-such-app", "acct_dc_nonsense").await;
    assert_eq!((st, str_of(&e, "error")), (401, "invalid_client"), "{e}");
}

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
    let page = b.submit(&s.url, &page, &[]).await;
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

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_burst_of_polls_after_approval_gets_one_token_set() {
    const BURST: usize = 8;
    let s = server().await;
    let account_id = account(&s).await;
    let (_, a) = authorize(&s, NATIVE_ID, None, "openid").await;
    let code = str_of(&a, "device_code").to_string();
    approve_device(&s.url, str_of(&a, "user_code"), &account_id, PASSWORD)
        .await
        .unwrap();
    let barrier = Arc::new(tokio::sync::Barrier::new(BURST));
    let tasks: Vec<_> = (0..BURST)
        .map(|_| {
            let (barrier, url, code) = (barrier.clone(), s.url.clone(), code.clone());
            tokio::spawn(async move {
                let http = reqwest::Client::new();
                barrier.wait().await;
                let r = http
                    .post(format!("{url}/oauth/token"))
                    .form(&[
                        ("grant_type", "urn:ietf:params:oauth:grant-type:device_code"),
                        ("device_code", code.as_str()),
                        ("client_id", NATIVE_ID),
                    ])
                    .send()
                    .await
                    .unwrap();
                (r.status().as_u16(), r.json::<Value>().await.unwrap())
            })
        })
        .collect();
    let mut answers = Vec::new();
    for t in tasks {
        answers.push(t.await.unwrap());
    }
    let won = answers.iter().filter(|(st, _)| *st == 200).count();
    assert_eq!(won, 1, "{answers:?}");
    assert!(
        answers
            .iter()
            .filter(|(st, _)| *st != 200)
            .all(|(st, v)| *st == 400
                && (v["error"] == "slow_down" || v["error"] == "invalid_grant")),
        "{answers:?}"
    );
}

#[tokio::test]
async fn acctl_gets_an_api_session_that_works_on_v1_and_refreshes() {
    let s = server().await;
    let account_id = account(&s).await;
    let (st, a) = authorize(&s, "acctl", None, "").await;
    assert_eq!(st, 200, "{a}");
    approve_device(&s.url, str_of(&a, "user_code"), &account_id, PASSWORD)
        .await
        .unwrap();
    let (st, t) = poll(&s, "acctl", str_of(&a, "device_code")).await;
    assert_eq!(st, 200, "{t}");
    assert_eq!(str_of(&t, "token_type"), "Bearer");
    assert_eq!(str_of(&t, "account_id"), account_id);
    let http = reqwest::Client::new();
    let bearer = format!("Bearer {}", str_of(&t, "access_token"));
    let me: Value = http
        .get(format!("{}/v1/me", s.url))
        .header("authorization", &bearer)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(me["account_id"], account_id.as_str(), "{me}");
    let devices: Value = http
        .get(format!("{}/v1/devices", s.url))
        .header("authorization", &bearer)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let text = devices.to_string();
    assert!(text.contains(str_of(&t, "device_id")), "{text}");
    assert!(
        text.contains("acctl/9.9 (test)"),
        "named from the user agent: {text}"
    );
    let activity: Value = http
        .get(format!("{}/v1/activity", s.url))
        .header("authorization", &bearer)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(
        activity.to_string().contains("device_code:acctl"),
        "{activity}"
    );
    let r = http
        .post(format!("{}/v1/token/refresh", s.url))
        .json(&serde_json::json!({ "refresh_token": str_of(&t, "refresh_token") }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let next: Value = r.json().await.unwrap();
    assert_eq!(next["device_id"], t["device_id"], "{next}");
}
