//! The OpenID provider's endpoints: discovery, JWKS, the authorization endpoint and
//! its pages (`authorize`, `signin`), the token endpoint, userinfo, revocation,
//! introspection (`token`) and RP-initiated logout (`logout`). Not part of the
//! `/v1` JSON API, so not in the OpenAPI document: OpenID Connect is their contract.

mod authorize;
mod logout;
mod signin;
mod token;

use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
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

/// The browser session cookie and the CSRF cookie.
const SESSION_COOKIE: &str = "acct_session";
const CSRF_COOKIE: &str = "acct_csrf";

pub fn router() -> Router<App> {
    Router::new()
        .route("/.well-known/openid-configuration", get(discovery))
        .route(JWKS_PATH, get(jwks))
        .merge(authorize::router())
        .merge(signin::router())
        .merge(token::router())
        .merge(logout::router())
}

/// OpenID Discovery 1.0: the issuer is `public_url` exactly and every endpoint is
/// absolute (relying parties compare the issuer byte for byte).
async fn discovery(State(app): State<App>) -> Response {
    let iss = app.issuer();
    let at = |p: &str| format!("{iss}{p}");
    let body = json!({
        "issuer": iss,
        "authorization_endpoint": at(AUTHORIZE_PATH),
        "token_endpoint": at(TOKEN_PATH),
        "userinfo_endpoint": at(USERINFO_PATH),
        "jwks_uri": at(JWKS_PATH),
        "revocation_endpoint": at(REVOKE_PATH),
        "introspection_endpoint": at(INTROSPECT_PATH),
        "end_session_endpoint": at(LOGOUT_PATH),
        "scopes_supported": crate::domain::oauth::KNOWN_SCOPES,
        "response_types_supported": ["code"],
        "response_modes_supported": ["query"],
        "grant_types_supported": ["authorization_code", "refresh_token"],
        "subject_types_supported": ["public"],
        "id_token_signing_alg_values_supported": crate::domain::oauth::ALGORITHMS,
        "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post", "none"],
        "revocation_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post", "none"],
        "introspection_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"],
        "code_challenge_methods_supported": ["S256"],
        "claims_supported": ["sub", "iss", "aud", "exp", "iat", "auth_time", "nonce", "amr", "acr", "azp", "at_hash",
            "name", "email", "email_verified", "phone_number", "phone_number_verified"],
        "acr_values_supported": ["urn:acctd:acr:1fa", "urn:acctd:acr:2fa"],
        "prompt_values_supported": ["none", "login", "consent"],
        "ui_locales_supported": ["en", "zh-Hans"],
        "claims_parameter_supported": false,
        "request_parameter_supported": false,
        "request_uri_parameter_supported": false,
        "authorization_response_iss_parameter_supported": true,
    });
    cacheable(Json(body).into_response())
}

async fn jwks(State(app): State<App>) -> Response {
    match app.jwks().await {
        Ok(doc) => cacheable(Json(doc).into_response()),
        Err(e) => {
            tracing::error!(error = %e, "cannot serve the JWKS");
            oauth_json_error(
                StatusCode::INTERNAL_SERVER_ERROR,
                "server_error",
                "try again later",
            )
        }
    }
}

/// Discovery and keys may be cached briefly (the router's default is `no-store`); a
/// rotation is picked up within this.
fn cacheable(mut r: Response) -> Response {
    r.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=60"),
    );
    r
}

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
