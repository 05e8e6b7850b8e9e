//! The OpenID provider's endpoints: discovery, JWKS, the authorization endpoint and
//! its pages (`authorize`, `signin`), the token endpoint, userinfo, revocation,
//! introspection (`token`), RP-initiated logout (`logout`) and the device grant's
//! endpoint and pages (`device`). Not part of the
//! `/v1` JSON API, so not in the OpenAPI document: OpenID Connect is their contract.

mod authorize;
mod device;
mod logout;
mod page_state;
mod signin;
mod token;
mod web;

use axum::extract::State;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde_json::json;

use crate::domain::App;
use web::{
    oauth_json_error, AUTHORIZE_PATH, DEVICE_AUTHORIZATION_PATH, INTROSPECT_PATH, JWKS_PATH,
    LOGOUT_PATH, REVOKE_PATH, TOKEN_PATH, USERINFO_PATH,
};

pub fn router() -> Router<App> {
    Router::new()
        .route("/.well-known/openid-configuration", get(discovery))
        .route(JWKS_PATH, get(jwks))
        .merge(authorize::router())
        .merge(signin::router())
        .merge(token::router())
        .merge(logout::router())
        .merge(device::router())
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
        "device_authorization_endpoint": at(DEVICE_AUTHORIZATION_PATH),
        "scopes_supported": crate::domain::oauth::KNOWN_SCOPES,
        "response_types_supported": ["code"],
        "response_modes_supported": ["query"],
        "grant_types_supported": ["authorization_code", "refresh_token", crate::domain::oauth::device::DEVICE_GRANT_TYPE],
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
