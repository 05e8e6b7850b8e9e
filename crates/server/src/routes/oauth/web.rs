//! What the OpenID endpoints share: their paths, the cookies of the pages, and how a
//! page, an error page, a redirect or a JSON error is answered.

use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::json;

use crate::domain::App;
use crate::pages::{self, Lang, Text};

pub const AUTHORIZE_PATH: &str = "/oauth/authorize";
pub const TOKEN_PATH: &str = "/oauth/token";
pub const USERINFO_PATH: &str = "/oauth/userinfo";
pub const JWKS_PATH: &str = "/oauth/jwks";
pub const REVOKE_PATH: &str = "/oauth/revoke";
pub const INTROSPECT_PATH: &str = "/oauth/introspect";
pub const LOGOUT_PATH: &str = "/oauth/logout";
pub const DEVICE_AUTHORIZATION_PATH: &str = "/oauth/device_authorization";

/// The browser session cookie and the CSRF cookie.
pub(super) const SESSION_COOKIE: &str = "acct_session";
pub(super) const CSRF_COOKIE: &str = "acct_csrf";

/// `{"error", "error_description"}` (RFC 6749 §5.2).
pub(super) fn oauth_json_error(status: StatusCode, error: &str, description: &str) -> Response {
    (
        status,
        Json(json!({ "error": error, "error_description": description })),
    )
        .into_response()
}

/// A page response: no framing by other sites (SECURITY.md 47), no caching.
pub(super) fn page(status: StatusCode, html: String, cookies: &[String]) -> Response {
    let mut r = (status, axum::response::Html(html)).into_response();
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'none'; style-src 'unsafe-inline'; form-action 'self' http: https:; frame-ancestors 'none'; base-uri 'none'"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        "x-content-type-options",
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    for c in cookies {
        if let Ok(v) = HeaderValue::from_str(c) {
            h.append(header::SET_COOKIE, v);
        }
    }
    r
}

/// An error page: never a redirect (SECURITY.md 43).
pub(super) fn error_page(lang: Lang, status: StatusCode, message: &str) -> Response {
    let t = Text::of(lang);
    page(
        status,
        pages::message(lang, t.error_heading, message, true),
        &[],
    )
}

/// A 303 to a relying party (or our own page), with cookies.
pub(super) fn see_other(location: &str, cookies: &[String]) -> Response {
    let mut r = StatusCode::SEE_OTHER.into_response();
    if let Ok(v) = HeaderValue::from_str(location) {
        r.headers_mut().insert(header::LOCATION, v);
    }
    for c in cookies {
        if let Ok(v) = HeaderValue::from_str(c) {
            r.headers_mut().append(header::SET_COOKIE, v);
        }
    }
    r
}

pub(super) fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
}

/// `Set-Cookie` for one of ours: HttpOnly, SameSite=Lax, Secure behind https.
pub(super) fn set_cookie(app: &App, name: &str, value: &str, max_age: i64) -> String {
    let secure = if app.config.public_url.starts_with("https://") {
        "; Secure"
    } else {
        ""
    };
    format!("{name}={value}; Path=/; Max-Age={max_age}; HttpOnly; SameSite=Lax{secure}")
}

pub(super) fn header_str(headers: &HeaderMap, name: header::HeaderName) -> Option<&str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}
