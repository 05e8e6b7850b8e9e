//! The token endpoint, userinfo, revocation (RFC 7009) and introspection (RFC 7662).
//! Clients authenticate with `client_secret_basic`, `client_secret_post`, or (public
//! clients) `none`; every answer carries `Cache-Control: no-store` (the router's).

use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Form, Json, Router};
use base64::Engine;
use serde::Deserialize;

use super::web::{header_str, oauth_json_error};
use crate::domain::oauth::clients::ClientAuthError;
use crate::domain::oauth::device::DEVICE_GRANT_TYPE;
use crate::domain::oauth::tokens::OAuthError;
use crate::domain::App;
use crate::routes::Meta;
use crate::store::ClientRow;

pub fn router() -> Router<App> {
    Router::new()
        .route(super::web::TOKEN_PATH, post(token))
        .route(super::web::USERINFO_PATH, get(userinfo).post(userinfo))
        .route(super::web::REVOKE_PATH, post(revoke))
        .route(super::web::INTROSPECT_PATH, post(introspect))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(super) struct TokenForm {
    grant_type: String,
    code: Option<String>,
    redirect_uri: Option<String>,
    code_verifier: Option<String>,
    refresh_token: Option<String>,
    client_id: Option<String>,
    client_secret: Option<String>,
    token: Option<String>,
    pub(super) scope: Option<String>,
    device_code: Option<String>,
}

/// RFC 6749 §2.3.1: the Basic credentials are form-encoded before base64.
fn form_decode(s: &str) -> String {
    url::form_urlencoded::parse(format!("v={s}").as_bytes())
        .next()
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default()
}

/// Who the request authenticates as: Basic header first, then the form.
pub(super) async fn client_of(
    app: &App,
    headers: &HeaderMap,
    f: &TokenForm,
) -> Result<ClientRow, OAuthError> {
    let basic = header_str(headers, header::AUTHORIZATION)
        .and_then(|v| v.strip_prefix("Basic "))
        .and_then(|b| {
            base64::engine::general_purpose::STANDARD
                .decode(b.trim())
                .ok()
        })
        .and_then(|b| String::from_utf8(b).ok())
        .and_then(|s| {
            s.split_once(':')
                .map(|(id, secret)| (form_decode(id), form_decode(secret)))
        });
    let (id, secret) = match basic {
        Some((id, secret)) => (id, Some(secret)),
        None => match &f.client_id {
            Some(id) => (id.clone(), f.client_secret.clone()),
            None => return Err(OAuthError::InvalidClient),
        },
    };
    app.authenticate_client(&id, secret.as_deref().filter(|s| !s.is_empty()))
        .await
        .map_err(|e| match e {
            ClientAuthError::Invalid => OAuthError::InvalidClient,
            ClientAuthError::Internal(e) => OAuthError::Internal(e),
        })
}

pub(super) fn error_response(e: OAuthError) -> Response {
    let status = match &e {
        OAuthError::InvalidClient => StatusCode::UNAUTHORIZED,
        OAuthError::Internal(err) => {
            tracing::error!(error = %err, "oauth endpoint failed");
            StatusCode::INTERNAL_SERVER_ERROR
        }
        _ => StatusCode::BAD_REQUEST,
    };
    let description = match &e {
        OAuthError::Internal(_) => "try again later".to_string(),
        OAuthError::InvalidClient => {
            "client authentication failed: check the client ID and secret".to_string()
        }
        other => other.to_string(),
    };
    let mut r = oauth_json_error(status, e.code(), &description);
    if status == StatusCode::UNAUTHORIZED {
        r.headers_mut().insert(
            header::WWW_AUTHENTICATE,
            HeaderValue::from_static("Basic realm=\"acctd\""),
        );
    }
    r
}

async fn token(
    State(app): State<App>,
    Meta(meta): Meta,
    headers: HeaderMap,
    Form(f): Form<TokenForm>,
) -> Response {
    let result = async {
        let client = client_of(&app, &headers, &f).await?;
        match f.grant_type.as_str() {
            DEVICE_GRANT_TYPE => {
                let code = f
                    .device_code
                    .as_deref()
                    .ok_or(OAuthError::InvalidRequest("device_code is missing"))?;
                return app
                    .poll_device_token(&client, code, &meta)
                    .await
                    .map(|t| Json(t).into_response());
            }
            "authorization_code" => {
                let code = f
                    .code
                    .as_deref()
                    .ok_or(OAuthError::InvalidRequest("code is missing"))?;
                let redirect = f
                    .redirect_uri
                    .as_deref()
                    .ok_or(OAuthError::InvalidRequest("redirect_uri is missing"))?;
                app.redeem_code(&client, code, redirect, f.code_verifier.as_deref())
                    .await
            }
            "refresh_token" => {
                let rt = f
                    .refresh_token
                    .as_deref()
                    .ok_or(OAuthError::InvalidRequest("refresh_token is missing"))?;
                app.refresh_client_token(&client, rt).await
            }
            _ => Err(OAuthError::UnsupportedGrantType(
                "use authorization_code, refresh_token or urn:ietf:params:oauth:grant-type:device_code",
            )),
        }
        .map(|set| Json(set).into_response())
    }
    .await;
    result.unwrap_or_else(error_response)
}

fn bearer_error(error: &str) -> Response {
    let mut r = StatusCode::UNAUTHORIZED.into_response();
    if let Ok(v) = HeaderValue::from_str(&format!("Bearer error=\"{error}\"")) {
        r.headers_mut().insert(header::WWW_AUTHENTICATE, v);
    }
    r
}

async fn userinfo(State(app): State<App>, headers: HeaderMap) -> Response {
    let Some(bearer) = header_str(&headers, header::AUTHORIZATION)
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim)
    else {
        return bearer_error("invalid_request");
    };
    match app.userinfo(bearer).await {
        Ok(Some(claims)) => Json(claims).into_response(),
        Ok(None) => bearer_error("invalid_token"),
        Err(e) => error_response(e),
    }
}

async fn revoke(State(app): State<App>, headers: HeaderMap, Form(f): Form<TokenForm>) -> Response {
    let result = async {
        let client = client_of(&app, &headers, &f).await?;
        let token = f
            .token
            .as_deref()
            .ok_or(OAuthError::InvalidRequest("token is missing"))?;
        app.revoke_client_token(&client, token).await
    }
    .await;
    match result {
        Ok(()) => StatusCode::OK.into_response(),
        Err(e) => error_response(e),
    }
}

async fn introspect(
    State(app): State<App>,
    headers: HeaderMap,
    Form(f): Form<TokenForm>,
) -> Response {
    let result = async {
        let client = client_of(&app, &headers, &f).await?;
        if client.is_public() {
            return Err(OAuthError::InvalidClient);
        }
        let token = f
            .token
            .as_deref()
            .ok_or(OAuthError::InvalidRequest("token is missing"))?;
        app.introspect(&client, token).await
    }
    .await;
    match result {
        Ok(i) => Json(i).into_response(),
        Err(e) => error_response(e),
    }
}
