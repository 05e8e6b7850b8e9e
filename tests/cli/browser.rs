//! The email confirm page in a real browser: headless Chromium (the testkit's
//! DevTools driver), no network beyond 127.0.0.1.
//!
//! Needs Debian's `chromium` (`apt-get install -y chromium`; `.ci/run` installs
//! it). Without it the test fails under CI (`CI=true`) and is skipped with a
//! notice elsewhere.

use acct_testkit::chromium::Chromium;
use serde_json::Value;

use crate::support::Sandbox;

#[test]
fn email_confirm_page_confirms_once_in_a_browser() {
    let Some(browser) = Chromium::launch("the email confirm page test") else {
        return;
    };
    let sb = Sandbox::new();
    sb.signup("+8613812345741");
    sb.cmd(&["email", "set", "page@example.com"]).run().exit(10);
    sb.server().settle();
    let path = sb.server().dir.join("courier.jsonl");
    let link = std::fs::read_to_string(&path)
        .unwrap()
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .filter(|m| m["to"] == "page@example.com")
        .find_map(|m| m["link"].as_str().map(str::to_string))
        .expect("a link was mailed");
    // The link carries the configured public origin; this acctd listens elsewhere.
    let query = link.split_once("/email/verify").unwrap().1;
    let local = format!("{}/email/verify{query}", sb.url());

    let mut page = browser.page();
    page.goto(&local);
    page.wait_for_text("Confirm your email address");
    // Opening the page (a mail scanner's prefetch) changes nothing.
    let me = sb.cmd(&["whoami", "--json"]).run().ok().json();
    assert_eq!(me["email_verified"], false);
    page.navigating(|p| p.click("button[type=submit]"));
    page.wait_for_text("Email confirmed");
    let me = sb.cmd(&["whoami", "--json"]).run().ok().json();
    assert_eq!(me["email_verified"], true);
    page.goto(&local);
    page.wait_for_text("already used");
}
