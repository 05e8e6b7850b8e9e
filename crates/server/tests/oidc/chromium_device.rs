//! The device page (RFC 8628) in a real browser: the app asks for a code, the person
//! opens `verification_uri_complete`, signs in (with the authenticator), sees which
//! app asked and from which network, allows, and the app's poll gets its tokens.

use acct_testkit::chromium::{Chromium, Page};
use acctd::pages::{Lang, Text};
use serde_json::Value;

use crate::chromium::{
    check_cookies, check_page, setup, sign_in, Setup, APP_ID, APP_NAME, APP_SECRET, ONE_BROWSER,
};
const DEVICE_GRANT: &str = "urn:ietf:params:oauth:grant-type:device_code";

async fn poll(st: &Setup, device_code: &str) -> (u16, Value) {
    let r = reqwest::Client::new()
        .post(format!("{}/oauth/token", st.s.url))
        .form(&[
            ("grant_type", DEVICE_GRANT),
            ("device_code", device_code),
            ("client_id", APP_ID),
            ("client_secret", APP_SECRET),
        ])
        .send()
        .await
        .unwrap();
    (r.status().as_u16(), r.json().await.unwrap())
}

/// Clicks the button of the page's form and waits for the next page.
fn submit(page: &mut Page, button: &str) {
    page.navigating(|p| p.click(button));
}

async fn device_flow(accept_language: Option<&str>, lang: Lang) {
    let _one = ONE_BROWSER.lock().await;
    let Some(chromium) = Chromium::launch("the device page test") else {
        return;
    };
    let st = setup().await;
    let auth: Value = reqwest::Client::new()
        .post(format!("{}/oauth/device_authorization", st.s.url))
        .form(&[
            ("client_id", APP_ID),
            ("client_secret", APP_SECRET),
            ("scope", "openid profile"),
        ])
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let device_code = auth["device_code"].as_str().expect("a device code");
    let user_code = auth["user_code"].as_str().expect("a user code");
    let complete = auth["verification_uri_complete"].as_str().expect("a URI");
    let (status, body) = poll(&st, device_code).await;
    assert_eq!(
        (status, &body["error"]),
        (400, &"authorization_pending".into())
    );

    let mut page = chromium.page();
    if let Some(l) = accept_language {
        page.set_accept_language(l);
    }
    let t = Text::of(lang);
    page.goto(complete);
    check_page(&mut page, lang, t.device_title);
    assert!(page.text().contains(t.device_code_label));
    assert_eq!(page.attr("#user_code", "value").as_deref(), Some(user_code));
    submit(&mut page, "form button[type=submit]");
    // No browser session yet: the sign-in pages, then the device's consent.
    sign_in(&mut page, &st, lang, false);
    page.wait_until("the device consent page", |p| {
        p.find("button[name=decision][value=allow]")
    });
    let text = page.text();
    assert!(text.contains(APP_NAME), "{text}");
    assert!(
        text.contains("127.0.0.0/24"),
        "the network it asked from:\n{text}"
    );
    submit(&mut page, "button[name=decision][value=allow]");
    check_page(&mut page, lang, t.device_done_heading);
    assert!(page.text().contains(t.device_done));
    check_cookies(&mut page, &st.s.url);
    assert_eq!(page.console_errors(), Vec::<String>::new());

    st.s.advance(5); // the polling interval
    let (status, tokens) = poll(&st, device_code).await;
    assert_eq!(status, 200, "{tokens}");
    assert!(
        tokens["access_token"].is_string() && tokens["id_token"].is_string(),
        "{tokens}"
    );
}

#[tokio::test]
async fn chromium_approves_a_device_code_in_english() {
    device_flow(None, Lang::En).await;
}

#[tokio::test]
async fn chromium_approves_a_device_code_in_chinese() {
    device_flow(Some("zh-CN"), Lang::ZhHans).await;
}
