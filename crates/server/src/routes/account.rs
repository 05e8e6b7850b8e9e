//! `/v1/me`, `/v1/me/limits`, `/v1/me/language`, `/v1/devices`.

use acct_api::{
    ActivityPage, ActivityQuery, Device, LanguageSetting, Limits, Me, SecurityCheck,
    SignOutReceipt, SignOutRequest,
};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::{delete, get, post, put};
use axum::{Json, Router};

use super::{ApiJson, ApiQuery, Authed, Meta};
use crate::domain::App;
use crate::error::ApiResult;

pub fn router() -> Router<App> {
    Router::new()
        .route("/v1/me", get(me))
        .route("/v1/me/limits", get(limits))
        .route("/v1/me/language", put(set_language))
        .route("/v1/devices", get(devices))
        .route("/v1/devices/{id}", delete(sign_out_device))
        .route("/v1/devices/sign-out", post(sign_out_devices))
        .route("/v1/activity", get(activity))
        .route("/v1/me/security", get(security))
}

/// Sign out devices by ID, all others, or all (this one included). Needs a recent
/// sign-in unless only this device is named.
#[utoipa::path(post, path = "/v1/devices/sign-out", tag = "account", security(("bearer" = [])),
    request_body = SignOutRequest,
    responses((status = 200, body = SignOutReceipt), (status = 403, body = acct_api::ErrorEnvelope),
              (status = 404, body = acct_api::ErrorEnvelope)))]
pub async fn sign_out_devices(
    State(app): State<App>,
    Meta(meta): Meta,
    Authed(ctx): Authed,
    ApiJson(req): ApiJson<SignOutRequest>,
) -> ApiResult<Json<SignOutReceipt>> {
    Ok(Json(app.sign_out_devices(&ctx, &req, &meta).await?))
}

/// Login activity, newest first, a page at a time (keyset cursor).
#[utoipa::path(get, path = "/v1/activity", tag = "account", security(("bearer" = [])),
    params(ActivityQuery),
    responses((status = 200, body = ActivityPage), (status = 400, body = acct_api::ErrorEnvelope)))]
pub async fn activity(
    State(app): State<App>,
    Authed(ctx): Authed,
    ApiQuery(q): ApiQuery<ActivityQuery>,
) -> ApiResult<Json<ActivityPage>> {
    Ok(Json(app.activity(&ctx, &q).await?))
}

/// The security checkup: findings with the command that fixes each.
#[utoipa::path(get, path = "/v1/me/security", tag = "account", security(("bearer" = [])),
    responses((status = 200, body = SecurityCheck)))]
pub async fn security(
    State(app): State<App>,
    Authed(ctx): Authed,
) -> ApiResult<Json<SecurityCheck>> {
    Ok(Json(app.security_check(&ctx).await?))
}

/// The signed-in account, contacts masked.
#[utoipa::path(get, path = "/v1/me", tag = "account", security(("bearer" = [])),
    responses((status = 200, body = Me), (status = 401, body = acct_api::ErrorEnvelope)))]
pub async fn me(State(app): State<App>, Authed(ctx): Authed) -> ApiResult<Json<Me>> {
    Ok(Json(app.me(&ctx).await?))
}

/// Set the language of the account's texts and emails: `en` or `zh-Hans`
/// (`invalid_input` names the valid values). Error messages follow each request's
/// `Accept-Language` instead.
#[utoipa::path(put, path = "/v1/me/language", tag = "account", security(("bearer" = [])),
    request_body = LanguageSetting,
    responses((status = 200, body = LanguageSetting), (status = 401, body = acct_api::ErrorEnvelope),
              (status = 422, body = acct_api::ErrorEnvelope)))]
pub async fn set_language(
    State(app): State<App>,
    Meta(meta): Meta,
    Authed(ctx): Authed,
    ApiJson(req): ApiJson<LanguageSetting>,
) -> ApiResult<Json<LanguageSetting>> {
    Ok(Json(app.set_language(&ctx, &req, &meta).await?))
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

/// Sign a device of this account out; its tokens stop working at once. The same
/// rule and event as `POST /v1/devices/sign-out` with one ID: a recent sign-in
/// unless it is this device.
#[utoipa::path(delete, path = "/v1/devices/{id}", tag = "account", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 204), (status = 403, body = acct_api::ErrorEnvelope),
              (status = 404, body = acct_api::ErrorEnvelope)))]
pub async fn sign_out_device(
    State(app): State<App>,
    Meta(meta): Meta,
    Authed(ctx): Authed,
    Path(id): Path<String>,
) -> ApiResult<StatusCode> {
    let req = SignOutRequest {
        device_ids: vec![id],
        ..SignOutRequest::default()
    };
    app.sign_out_devices(&ctx, &req, &meta).await?;
    Ok(StatusCode::NO_CONTENT)
}
