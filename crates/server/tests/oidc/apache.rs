//! A real relying party nobody here wrote: Apache httpd with mod_auth_openidc
//! (crates/testkit `apache`) protects a page on loopback. The browser (a plain HTTP
//! client) goes there, through acctd's sign-in and consent pages and back, sees the
//! page with `REMOTE_USER` = the account ID, then signs out through the relying
//! party (RP-initiated logout with `id_token_hint`).
//!
//! Needs Debian's `apache2` and `libapache2-mod-auth-openidc` (`.ci/run` installs
//! them). Without them the tests fail under CI (`CI=true`) and are skipped with a
//! notice elsewhere.

use acct_testkit::apache::{self, Apache, OidcSite};
use acctd::domain::oauth::StaticClient;

use crate::browser::{Browser, Page};
use crate::rp::{account, sign_in_and_allow, PHONE};
use crate::support::{TestServer, PASSWORD};

const CLIENT_ID: &str = "apache";
const CLIENT_NAME: &str = "Apache Intranet";
/// The device a browser sign-in opens is named for the app.
const DEVICE: &str = "Browser: Apache Intranet";
/// Hex: mod_auth_openidc form-encodes Basic credentials, and hex needs no encoding.
const SECRET: &str = "5f0c6a1e9b3d4e7a8c2b1f0e9d8c7b6a5f4e3d2c1b0a99887766554433221100";

#[tokio::test]
async fn apache_signs_in_with_client_secret_basic_and_signs_out() {
    // Not set: mod_auth_openidc picks the first method discovery lists (Basic).
    sign_in_and_out(None, false).await;
}

#[tokio::test]
async fn apache_signs_in_with_client_secret_post_and_pkce() {
    sign_in_and_out(Some("client_secret_post"), true).await;
}

async fn sign_in_and_out(auth: Option<&str>, pkce: bool) {
    if !apache::available() {
        return;
    }
    let port = apache::free_port();
    // The real clock: mod_auth_openidc checks `iat` and `exp` against its own.
    let s = TestServer::builder()
        .system_clock()
        .start(|c, _| {
            c.oidc.clients = vec![StaticClient {
                id: CLIENT_ID.into(),
                name: CLIENT_NAME.into(),
                secret: Some(SECRET.into()),
                redirect_uris: vec![apache::redirect_uri(port)],
                post_logout_redirect_uris: vec![apache::logged_out(port)],
                scopes: Vec::new(),
                id_token_alg: None,
            }]
        })
        .await;
    let account_id = account(&s).await;
    let site = OidcSite {
        issuer: &s.url,
        client_id: CLIENT_ID,
        client_secret: SECRET,
        token_endpoint_auth: auth,
        pkce,
        scope: "openid profile",
        port,
    };
    // Blocks this thread until Apache answers; acctd serves on its own thread.
    let rp = Apache::start(&site);
    let owner = s.authed(&s.login_session(PHONE, PASSWORD).await);
    let mut b = Browser::new();

    // The protected page sends the browser to acctd's authorization endpoint.
    let protected = format!("{}/protected/", rp.url);
    let to_op = b.get(&protected).await;
    assert_eq!(to_op.status, 302, "{}\n{}", to_op.body, rp.logs());
    let authorize = to_op.location.clone().unwrap();
    assert!(authorize.starts_with(&format!("{}/oauth/authorize?", s.url)));
    assert_eq!(
        to_op.query("code_challenge_method").as_deref(),
        pkce.then_some("S256")
    );
    // Sign in and allow; the code goes back to mod_auth_openidc, which redeems it
    // (token endpoint, userinfo) and returns to the page.
    let back = sign_in_and_allow(&s, &mut b, &authorize, &account_id).await;
    let page = follow(&mut b, back).await;
    assert_eq!(page.status, 200, "{}\n{}", page.body, rp.logs());
    assert!(
        page.body.contains(&format!("REMOTE_USER={account_id}<")),
        "{}\n{}",
        page.body,
        rp.logs()
    );
    assert_eq!(
        browser_devices(&owner).await,
        1,
        "a device named for the app"
    );

    // RP-initiated logout: mod_auth_openidc ends its session and sends the browser to
    // end_session with the ID token as hint; acctd returns to the registered page.
    let logout = format!(
        "{}/protected/redirect_uri?logout={}",
        rp.url,
        urlencode(&site.logged_out())
    );
    let to_op = b.get(&logout).await;
    assert_eq!(to_op.status, 302, "{}\n{}", to_op.body, rp.logs());
    let end_session = to_op.location.clone().unwrap();
    assert!(
        end_session.starts_with(&format!("{}/oauth/logout?", s.url)),
        "{end_session}"
    );
    assert!(to_op.query("id_token_hint").is_some(), "{end_session}");
    let out = b.get(&end_session).await;
    assert_eq!(out.status, 303, "{}", out.body);
    assert!(
        out.location
            .as_deref()
            .is_some_and(|l| l.starts_with(&site.logged_out())),
        "{:?}",
        out.location
    );
    let page = follow(&mut b, out).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("You are signed out."), "{}", page.body);

    // Signed out on both sides: the page asks for a sign-in again, and the browser's
    // device is gone with `device_signed_out` (reason logout) in the activity (the
    // only sign-out: the owner's API session stays signed in).
    let again = b.get(&protected).await;
    assert_eq!(again.status, 302, "{}", again.body);
    let signin = b.get(again.location.as_deref().unwrap()).await;
    assert_eq!(signin.status, 200, "{}", signin.body);
    assert!(signin.body.contains("current-password"), "{}", signin.body);
    assert_eq!(browser_devices(&owner).await, 0);
    let activity = owner
        .activity_page(&acct_api::ActivityQuery::default())
        .await
        .unwrap();
    assert!(
        activity
            .items
            .iter()
            .any(|e| e.kind == "device_signed_out" && e.reason.as_deref() == Some("logout")),
        "{:?}",
        activity.items
    );
}

/// The account's devices named for the Apache client.
async fn browser_devices(owner: &acct_client::Client) -> usize {
    let devices = owner.devices().await.unwrap();
    devices.iter().filter(|d| d.name == DEVICE).count()
}

/// Follows redirects until a page that is not one (each `Location` resolved against
/// the URL it answered, the first one absolute).
async fn follow(b: &mut Browser, mut page: Page) -> Page {
    let mut at: Option<url::Url> = None;
    for _ in 0..10 {
        let Some(loc) = page.location.clone().filter(|_| page.status / 100 == 3) else {
            return page;
        };
        let next = match &at {
            Some(base) => base.join(&loc),
            None => url::Url::parse(&loc),
        }
        .unwrap_or_else(|e| panic!("Location {loc:?}: {e}"));
        page = b.get(next.as_str()).await;
        at = Some(next);
    }
    panic!("more than 10 redirects");
}

fn urlencode(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}
