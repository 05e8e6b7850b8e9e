//! What every page of one authorization (code or device) carries: the language, the
//! CSRF cookie, the request as hidden fields, the browser session and the first
//! sign-in page. Its own module so the authorization and device pages share it
//! without importing each other.

use axum::http::{header, HeaderMap, StatusCode};
use axum::response::Response;

use super::web::{cookie, header_str, page, set_cookie, CSRF_COOKIE, SESSION_COOKIE};
use crate::domain::oauth::grants::AuthParams;
use crate::domain::App;
use crate::pages::{self, Lang, Text};
use crate::store::BrowserSessionRow;

/// What every page of one authorization carries: the language, the CSRF cookie
/// (made here when the browser has none) and cookies to set.
pub(super) struct PageState {
    pub lang: Lang,
    pub csrf_cookie: String,
    pub cookies: Vec<String>,
}

impl PageState {
    pub fn new(app: &App, headers: &HeaderMap, p: &AuthParams) -> Self {
        let lang = Lang::pick(
            p.ui_locales.as_deref(),
            header_str(headers, header::ACCEPT_LANGUAGE),
        );
        let mut cookies = Vec::new();
        let csrf_cookie = match cookie(headers, CSRF_COOKIE).filter(|c| c.len() >= 32) {
            Some(c) => c,
            None => {
                let c = crate::secret::new_token("");
                cookies.push(set_cookie(
                    app,
                    CSRF_COOKIE,
                    &c,
                    app.config.oidc.browser_session_ttl,
                ));
                c
            }
        };
        PageState {
            lang,
            csrf_cookie,
            cookies,
        }
    }
}

/// The parameters of an authorization request, as hidden form fields.
pub(super) fn hidden_params(p: &AuthParams) -> Vec<(&'static str, String)> {
    let mut out = vec![
        ("client_id", p.client_id.clone()),
        ("redirect_uri", p.redirect_uri.clone()),
        ("response_type", p.response_type.clone()),
        ("scope", p.scope.clone()),
    ];
    let optional = [
        ("state", &p.state),
        ("nonce", &p.nonce),
        ("code_challenge", &p.code_challenge),
        ("code_challenge_method", &p.code_challenge_method),
        ("max_age", &p.max_age),
        ("login_hint", &p.login_hint),
        ("ui_locales", &p.ui_locales),
        ("device", &p.device),
        ("device_mac", &p.device_mac),
    ];
    out.extend(
        optional
            .into_iter()
            .filter_map(|(k, v)| v.clone().map(|v| (k, v))),
    );
    out
}

/// The browser session behind the cookie, if any and still good.
pub(super) async fn current_session(app: &App, headers: &HeaderMap) -> Option<BrowserSessionRow> {
    let c = cookie(headers, SESSION_COOKIE)?;
    match app.browser_session(&c).await {
        Ok(s) => s,
        Err(e) => {
            tracing::error!(error = %e, "browser session lookup failed");
            None
        }
    }
}

/// The first sign-in page.
pub(super) fn signin_page(
    app: &App,
    p: &AuthParams,
    client_name: &str,
    ps: &mut PageState,
    error: Option<&str>,
    status: StatusCode,
) -> Response {
    let t = Text::of(ps.lang);
    let html = pages::render(
        "signin.html",
        minijinja::context! {
            lang => ps.lang.tag(), title => t.signin_title, t => t, error => error,
            client_name => client_name, login => p.login_hint.clone().unwrap_or_default(),
            params => hidden_params(p), csrf => app.csrf_token(&ps.csrf_cookie),
        },
    );
    page(status, html, &ps.cookies)
}
