//! The sign-in, two-step and consent pages in a real browser: headless Chromium (the
//! testkit's DevTools driver) clicks and types as a person does, in English and in
//! Simplified Chinese, and once with JavaScript off. The relying party is the
//! `openidconnect` crate, and its redirect URI a loopback listener of this test.
//!
//! One browser per test, and one test's browser at a time (two cores, shared).

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc};
use std::time::Duration;

use acct_testkit::chromium::{Chromium, Page};
use acctd::domain::oauth::StaticClient;
use acctd::pages::{scope_words, Lang, Text};
use openidconnect::{AuthorizationCode, TokenResponse};

use crate::rp::{self, Client, Pending};
use crate::support::{TestServer, PASSWORD};
use crate::two_step::{totp_at, two_step_account};

pub const APP_ID: &str = "chromium-app";
pub const APP_NAME: &str = "Chromium Test App";
pub const APP_SECRET: &str = "chromium-app-secret-0123456789abcdef-012345";

/// Chromium runs for one test at a time: several at once starve a small machine.
pub static ONE_BROWSER: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// The relying party's redirect URI: a loopback listener that answers 200 "ok" and
/// reports every request target it was sent.
pub struct Callback {
    pub url: String,
    hits: mpsc::Receiver<String>,
    stop: Arc<AtomicBool>,
    port: u16,
}

impl Callback {
    pub fn start() -> Callback {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let (tx, hits) = mpsc::channel();
        let stop = Arc::new(AtomicBool::new(false));
        let stopping = stop.clone();
        std::thread::spawn(move || {
            for conn in listener.incoming() {
                if stopping.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(mut conn) = conn else { continue };
                let mut line = String::new();
                let _ = BufReader::new(&conn).read_line(&mut line);
                let target = line.split(' ').nth(1).unwrap_or("").to_string();
                let _ = conn.write_all(
                    b"HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\ncontent-length: 2\r\nconnection: close\r\n\r\nok",
                );
                let _ = tx.send(target);
            }
        });
        Callback {
            url: format!("http://127.0.0.1:{port}/callback"),
            hits,
            stop,
            port,
        }
    }

    /// The next request target the listener was sent (path and query).
    pub fn next_hit(&self) -> String {
        self.hits
            .recv_timeout(Duration::from_secs(30))
            .expect("the browser came back to the relying party")
    }
}

impl Drop for Callback {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wakes the accept loop so it sees the flag.
        let _ = TcpStream::connect(("127.0.0.1", self.port));
    }
}

/// A test acctd whose one client sends the browser back to `cb`, and a two-step
/// account on it.
pub struct Setup {
    pub s: TestServer,
    pub client: Client,
    pub account: String,
    pub totp_secret: String,
    pub cb: Callback,
}

pub async fn setup() -> Setup {
    let cb = Callback::start();
    let redirect = cb.url.clone();
    let s = TestServer::with(|c| {
        c.oidc.clients = vec![StaticClient {
            id: APP_ID.into(),
            name: APP_NAME.into(),
            secret: Some(APP_SECRET.into()),
            redirect_uris: vec![redirect],
            post_logout_redirect_uris: Vec::new(),
            scopes: Vec::new(),
            id_token_alg: None,
        }]
    })
    .await;
    let (account, totp_secret) = two_step_account(&s).await;
    let client = rp::rp(&s, APP_ID, Some(APP_SECRET), &cb.url).await;
    Setup {
        s,
        client,
        account,
        totp_secret,
        cb,
    }
}

/// How the browser is set up and driven.
#[derive(Clone, Copy, Default)]
struct Run {
    ui_locales: Option<&'static str>,
    accept_language: Option<&'static str>,
    /// JavaScript off, and every form sent with Enter in its field.
    no_script: bool,
}

/// Checks what every page must be: the language, a title, a label with words for
/// every field, a CSRF field and POST on every form, no script, words on buttons.
pub fn check_page(page: &mut Page, lang: Lang, heading: &str) {
    page.wait_until(&format!("the heading {heading:?}"), |p| {
        let h = p.eval("(document.querySelector('h1') || {}).innerText || ''");
        (h.as_str() == Some(heading)).then_some(())
    });
    assert_eq!(page.attr("html", "lang").as_deref(), Some(lang.tag()));
    let problems = page.eval(
        r#"(() => {
          const out = [];
          if (!document.title.trim()) out.push('no title');
          if (document.querySelectorAll('script').length) out.push('a script tag');
          for (const i of document.querySelectorAll('input:not([type=hidden]), select, textarea'))
            if (!i.labels || !i.labels.length || !i.labels[0].innerText.trim())
              out.push('no label for ' + (i.name || i.id));
          for (const f of document.forms) {
            const action = f.getAttribute('action');
            // Read as attributes: the sign-in form has a field named "method".
            if ((f.getAttribute('method') || '').toLowerCase() !== 'post') out.push('the form to ' + action + ' is not a POST');
            const c = f.querySelector('input[type=hidden][name=csrf]');
            if (!c || c.value.length < 16) out.push('no CSRF field in the form to ' + action);
          }
          for (const b of document.querySelectorAll('button'))
            if (!b.innerText.trim()) out.push('a button without words');
          return out;
        })()"#,
    );
    assert_eq!(
        problems,
        serde_json::json!([]),
        "{heading}: {}",
        page.html()
    );
    let doc = page.documents().last().cloned().expect("a document");
    let csp = doc.header("content-security-policy").unwrap_or("");
    assert!(csp.contains("frame-ancestors 'none'"), "{}: {csp}", doc.url);
    assert_eq!(doc.header("x-frame-options"), Some("DENY"), "{}", doc.url);
    assert_eq!(doc.header("cache-control"), Some("no-store"), "{}", doc.url);
}

/// In Chinese, none of the English words are left on the page.
fn no_english(page: &mut Page, lang: Lang) {
    if lang != Lang::ZhHans {
        return;
    }
    let en = Text::of(Lang::En);
    let text = page.text();
    for word in [
        en.signin_title,
        en.login_label,
        en.password_label,
        en.password_hint,
        en.sms_button,
        en.totp_heading,
        en.totp_label,
        en.continue_button,
        en.consent_title,
        en.consent_wants,
        en.allow_button,
        en.deny_button,
        "Forgot",
        "know your account ID",
    ] {
        assert!(
            !text.contains(word),
            "English {word:?} on a Chinese page:\n{text}"
        );
    }
}

/// Sends the form the focus is in: Enter in the field (no script), or a click.
fn send(page: &mut Page, run: Run, button: &str) {
    if run.no_script {
        page.navigating(|p| p.press_enter());
    } else {
        page.navigating(|p| p.click(button));
    }
}

/// Signs in with the account ID, the password and the authenticator, through the
/// sign-in and two-step pages, and checks each on the way.
pub fn sign_in(page: &mut Page, st: &Setup, lang: Lang, no_script: bool) {
    let t = Text::of(lang);
    let run = Run {
        no_script,
        ..Run::default()
    };
    check_page(page, lang, t.signin_title);
    let text = page.text();
    for words in [
        APP_NAME,
        t.signin_for,
        t.login_label,
        t.password_label,
        t.signin_button,
    ] {
        assert!(
            text.contains(words),
            "{words:?} is not on the sign-in page:\n{text}"
        );
    }
    assert_eq!(
        page.attr("#login", "autocomplete").as_deref(),
        Some("username")
    );
    assert_eq!(
        page.attr("#password", "autocomplete").as_deref(),
        Some("current-password")
    );
    no_english(page, lang);
    page.fill("#login", &st.account);
    page.fill("#password", PASSWORD);
    send(page, run, "button[name=method][value=password]");

    check_page(page, lang, t.totp_heading);
    assert!(page.text().contains(t.totp_label));
    assert_eq!(
        page.attr("input[name=step]", "value").as_deref(),
        Some("totp")
    );
    assert_eq!(
        page.attr("#code", "autocomplete").as_deref(),
        Some("one-time-code")
    );
    no_english(page, lang);
    page.fill("#code", &totp_at(&st.totp_secret, st.s.clock_now()));
    send(page, run, "form button[type=submit]");
}

/// The consent page names the app and says what it asks in plain words; Allow.
pub fn allow(page: &mut Page, lang: Lang, scopes: &[&str]) {
    let t = Text::of(lang);
    check_page(page, lang, t.consent_title);
    let text = page.text();
    assert!(text.contains(APP_NAME), "{text}");
    for s in scopes {
        let words = scope_words(lang, s).unwrap();
        assert!(
            text.contains(words),
            "{words:?} is not on the consent page:\n{text}"
        );
    }
    assert!(
        text.contains(t.allow_button) && text.contains(t.deny_button),
        "{text}"
    );
    no_english(page, lang);
    page.navigating(|p| p.click("button[name=decision][value=allow]"));
}

/// The whole code flow with PKCE, in the browser; then the code is exchanged and the
/// ID token names the account.
async fn code_flow(run: Run, lang: Lang) {
    let _one = ONE_BROWSER.lock().await;
    let Some(chromium) = Chromium::launch("the OpenID pages test") else {
        return;
    };
    let st = setup().await;
    let mut page = chromium.page();
    if run.no_script {
        page.disable_javascript();
    }
    if let Some(l) = run.accept_language {
        page.set_accept_language(l);
    }
    let p = rp::start(&st.client, &["profile", "email"]);
    let url = match run.ui_locales {
        Some(l) => format!("{}&ui_locales={l}", p.url),
        None => p.url.clone(),
    };
    page.goto(&url);
    sign_in(&mut page, &st, lang, run.no_script);
    allow(&mut page, lang, &["openid", "profile", "email"]);

    let hit = st.cb.next_hit();
    assert!(hit.starts_with("/callback?"), "{hit}");
    let back = page.url();
    assert!(back.starts_with(&st.cb.url), "{back}");
    let code = returned(&back, &p);
    let tokens = st
        .client
        .exchange_code(code)
        .unwrap()
        .set_pkce_verifier(p.verifier)
        .request_async(&rp::http())
        .await
        .unwrap();
    let claims = tokens
        .id_token()
        .expect("an ID token")
        .claims(&st.client.id_token_verifier(), &p.nonce)
        .unwrap();
    assert_eq!(claims.subject().as_str(), st.account);

    check_cookies(&mut page, &st.s.url);
    // Nothing but OAuth's own parameters ever sat in an address.
    for d in page.documents() {
        assert!(!d.url.contains(PASSWORD), "{}", d.url);
        let path = d.url.split('?').next().unwrap_or("");
        let oauth = path.ends_with("/oauth/authorize") || path.ends_with("/callback");
        assert!(oauth || !d.url.contains('?'), "{}", d.url);
    }
    assert_eq!(page.console_errors(), Vec::<String>::new());
}

/// The code and `state` in the URL the browser was sent back to.
fn returned(url: &str, p: &Pending) -> AuthorizationCode {
    let u = url::Url::parse(url).unwrap();
    let q = |name: &str| {
        u.query_pairs()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.into_owned())
    };
    assert_eq!(q("state").as_deref(), Some(p.state.secret().as_str()));
    AuthorizationCode::new(q("code").expect("a code"))
}

/// The pages' cookies: HttpOnly, SameSite=Lax, not Secure on plain http, and not
/// readable by page script.
pub fn check_cookies(page: &mut Page, origin: &str) {
    let cookies = page.cookies(origin);
    let names: Vec<&str> = cookies.iter().filter_map(|c| c["name"].as_str()).collect();
    assert!(
        names.contains(&"acct_session") && names.contains(&"acct_csrf"),
        "{cookies:?}"
    );
    for c in &cookies {
        assert_eq!(c["httpOnly"], true, "{c}");
        assert_eq!(c["sameSite"], "Lax", "{c}");
        assert_eq!(c["secure"], false, "{c}");
    }
    assert_eq!(page.eval("document.cookie"), "");
}

#[tokio::test]
async fn chromium_signs_in_with_two_step_and_consents_in_english() {
    code_flow(Run::default(), Lang::En).await;
}

#[tokio::test]
async fn chromium_pages_are_chinese_by_ui_locales() {
    let run = Run {
        ui_locales: Some("zh-Hans"),
        ..Run::default()
    };
    code_flow(run, Lang::ZhHans).await;
}

#[tokio::test]
async fn chromium_pages_are_chinese_by_accept_language() {
    let run = Run {
        accept_language: Some("zh-CN,zh;q=0.9,en;q=0.5"),
        ..Run::default()
    };
    code_flow(run, Lang::ZhHans).await;
}

#[tokio::test]
async fn chromium_signs_in_without_javascript() {
    let run = Run {
        no_script: true,
        ..Run::default()
    };
    code_flow(run, Lang::En).await;
}
