//! Extractors: JSON bodies answered in our error shape, the caller's metadata,
//! and the bearer token's session.

use std::net::SocketAddr;

use acct_api::ErrorCode;
use axum::extract::rejection::JsonRejection;
use axum::extract::{ConnectInfo, FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::StatusCode;
use serde::de::DeserializeOwned;

use crate::domain::{App, RequestMeta};
use crate::error::ApiError;
use crate::store::AccessContext;

/// `Json<T>` whose rejections use the API's error envelope.
pub struct ApiJson<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        match axum::Json::<T>::from_request(req, state).await {
            Ok(axum::Json(v)) => Ok(ApiJson(v)),
            Err(rejection) => Err(json_error(rejection)),
        }
    }
}

/// `Query<T>` whose rejections use the API's error envelope (400 `bad_request`).
pub struct ApiQuery<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for ApiQuery<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        match axum::extract::Query::<T>::from_request_parts(parts, state).await {
            Ok(axum::extract::Query(v)) => Ok(ApiQuery(v)),
            Err(rejection) => Err(ApiError::bad_request(format!(
                "The query string does not fit this request: {}",
                rejection.body_text()
            ))),
        }
    }
}

/// A JSON body a client may leave out (clients older than the field send none):
/// an empty body is `T::default()`, anything else must be valid JSON of `T`.
pub struct OptionalJson<T>(pub T);

impl<T: DeserializeOwned + Default, S: Send + Sync> FromRequest<S> for OptionalJson<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        if req.headers().contains_key(axum::http::header::CONTENT_TYPE) {
            let ApiJson(v) = ApiJson::<T>::from_request(req, state).await?;
            return Ok(OptionalJson(v));
        }
        let bytes = axum::body::Bytes::from_request(req, state)
            .await
            .map_err(|r| {
                if r.status() == StatusCode::PAYLOAD_TOO_LARGE {
                    ApiError::new(ErrorCode::PayloadTooLarge, "The request body is too large.")
                } else {
                    ApiError::bad_request(r.body_text())
                }
            })?;
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return Ok(OptionalJson(T::default()));
        }
        Err(ApiError::bad_request(
            "Send the body as JSON with `Content-Type: application/json`.",
        ))
    }
}

fn json_error(rejection: JsonRejection) -> ApiError {
    if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
        return ApiError::new(ErrorCode::PayloadTooLarge, "The request body is too large.");
    }
    match rejection {
        JsonRejection::MissingJsonContentType(_) => {
            ApiError::bad_request("Send the body as JSON with `Content-Type: application/json`.")
        }
        JsonRejection::JsonDataError(e) => ApiError::bad_request(format!(
            "The JSON does not fit this request: {}",
            e.body_text()
        )),
        JsonRejection::JsonSyntaxError(e) => {
            ApiError::bad_request(format!("The body is not valid JSON: {}", e.body_text()))
        }
        other => ApiError::bad_request(other.body_text()),
    }
}

/// Who is calling: IP, user agent, request id.
pub struct Meta(pub RequestMeta);

impl<S: Send + Sync> FromRequestParts<S> for Meta {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let ip = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|ConnectInfo(addr)| addr.ip().to_string());
        let header = |name: &str| {
            parts
                .headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(|s| s.chars().take(256).collect::<String>())
        };
        Ok(Meta(RequestMeta {
            ip,
            user_agent: header("user-agent"),
            request_id: header(acct_api::REQUEST_ID_HEADER),
            accept_language: accept_language(&parts.headers),
        }))
    }
}

/// The supported language the request's `Accept-Language` asks for.
pub fn accept_language(headers: &axum::http::HeaderMap) -> Option<acct_api::Language> {
    headers
        .get(axum::http::header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(acct_api::Language::negotiate)
}

/// A request with a valid access token.
pub struct Authed(pub AccessContext);

impl FromRequestParts<App> for Authed {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, app: &App) -> Result<Self, Self::Rejection> {
        let token = parts
            .headers
            .get(axum::http::header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .ok_or_else(ApiError::unauthenticated)?;
        Ok(Authed(app.authenticate(token).await?))
    }
}

/// A request that may carry an access token (flows: sign-in needs none, account
/// operations need one). A token that is present must be valid.
pub struct MaybeAuthed(pub Option<AccessContext>);

impl FromRequestParts<App> for MaybeAuthed {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, app: &App) -> Result<Self, Self::Rejection> {
        if !parts
            .headers
            .contains_key(axum::http::header::AUTHORIZATION)
        {
            return Ok(MaybeAuthed(None));
        }
        let Authed(ctx) = Authed::from_request_parts(parts, app).await?;
        Ok(MaybeAuthed(Some(ctx)))
    }
}

pub async fn not_found() -> ApiError {
    ApiError::new(
        ErrorCode::NotFound,
        "No such endpoint; see /v1/openapi.json.",
    )
}
