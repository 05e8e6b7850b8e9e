//! `/v1/me`, `/v1/me/limits`, `/v1/devices`.

use acct_api::{Device, Limits, Me};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::{delete, get};
use axum::{Json, Router};

use super::{Authed, Meta};
use crate::domain::App;
use crate::error::ApiResult;

pub fn router() -> Router<App> {
    Router::new()
        .route("/v1/me", get(me))
        .route("/v1/me/limits", get(limits))
        .route("/v1/devices", get(devices))
        .route("/v1/devices/{id}", delete(sign_out_device))
}

/// The signed-in account, contacts masked.
#[utoipa::path(get, path = "/v1/me", tag = "account", security(("bearer" = [])),
    responses((status = 200, body = Me), (status = 401, body = acct_api::ErrorEnvelope)))]
pub async fn me(State(app): State<App>, Authed(ctx): Authed) -> ApiResult<Json<Me>> {
    Ok(Json(app.me(&ctx).await?))
}

/// Codes left today per destination, the next code time, failures before a lock.
#[utoipa::path(get, path = "/v1/me/limits", tag = "account", security(("bearer" = [])),
    responses((status = 200, body = Limits), (status = 401, body = acct_api::ErrorEnvelope)))]
pub async fn limits(State(app): State<App>, Authed(ctx): Authed) -> ApiResult<Json<Limits>> {
    Ok(Json(app.account_limits(&ctx).await?))
}

/// The account's signed-in devices; the caller's is marked `current`.
#[utoipa::path(get, path = "/v1/devices", tag = "account", security(("bearer" = [])),
    responses((status = 200, body = Vec<Device>), (status = 401, body = acct_api::ErrorEnvelope)))]
pub async fn devices(State(app): State<App>, Authed(ctx): Authed) -> ApiResult<Json<Vec<Device>>> {
    Ok(Json(app.devices(&ctx).await?))
}

/// Sign a device of this account out; its tokens stop working at once.
#[utoipa::path(delete, path = "/v1/devices/{id}", tag = "account", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 204), (status = 404, body = acct_api::ErrorEnvelope)))]
pub async fn sign_out_device(
    State(app): State<App>,
    Meta(meta): Meta,
    Authed(ctx): Authed,
    Path(id): Path<String>,
) -> ApiResult<StatusCode> {
    app.sign_out_device(&ctx.account_id, &id, "signed_out_by_user", &meta)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}
