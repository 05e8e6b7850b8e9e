//! `/v1/token/refresh` and `/v1/logout`.

use acct_api::{RefreshRequest, Session};
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::post;
use axum::{Json, Router};

use super::{ApiJson, Authed, Meta};
use crate::domain::App;
use crate::error::ApiResult;

pub fn router() -> Router<App> {
    Router::new()
        .route("/v1/token/refresh", post(refresh))
        .route("/v1/logout", post(logout))
}

/// Trade a refresh token for a new pair. The old refresh token dies; reusing it
/// after a short grace signs the device out.
#[utoipa::path(post, path = "/v1/token/refresh", tag = "sessions", request_body = RefreshRequest,
    responses((status = 200, body = Session), (status = 401, body = acct_api::ErrorEnvelope)))]
pub async fn refresh(
    State(app): State<App>,
    Meta(meta): Meta,
    ApiJson(body): ApiJson<RefreshRequest>,
) -> ApiResult<Json<Session>> {
    Ok(Json(app.refresh(body.refresh_token.expose(), &meta).await?))
}

/// Sign out the device this token belongs to.
#[utoipa::path(post, path = "/v1/logout", tag = "sessions", security(("bearer" = [])),
    responses((status = 204), (status = 401, body = acct_api::ErrorEnvelope)))]
pub async fn logout(
    State(app): State<App>,
    Meta(meta): Meta,
    Authed(ctx): Authed,
) -> ApiResult<StatusCode> {
    app.sign_out_device(&ctx.account_id, &ctx.device_id, "logout", &meta)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}
