//! `/v1/me/password`, `/v1/me/2sv`, `/v1/email/verify`.

use acct_api::{
    EmailVerify, Flow, PasswordChange, RecoveryCodes, Session, TwoStepChange, TwoStepStatus,
};
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};

use super::{ApiJson, Authed, Meta, OptionalJson};
use crate::domain::App;
use crate::error::ApiResult;

pub fn router() -> Router<App> {
    Router::new()
        .route("/v1/me/password", post(change_password))
        .route("/v1/me/2sv", get(two_step_status).delete(disable_two_step))
        .route("/v1/me/2sv/recovery-codes", post(recovery_codes))
        .route("/v1/email/verify", post(verify_email))
}

/// Change the password. Needs the current password, and with two-step on also an
/// authenticator or recovery code, however recent the sign-in. Every other device
/// is signed out; this one gets new tokens.
#[utoipa::path(post, path = "/v1/me/password", tag = "credentials", security(("bearer" = [])),
    request_body = PasswordChange,
    responses((status = 200, body = Session), (status = 401, body = acct_api::ErrorEnvelope),
              (status = 403, body = acct_api::ErrorEnvelope), (status = 422, body = acct_api::ErrorEnvelope)))]
pub async fn change_password(
    State(app): State<App>,
    Meta(meta): Meta,
    Authed(ctx): Authed,
    ApiJson(req): ApiJson<PasswordChange>,
) -> ApiResult<Json<Session>> {
    Ok(Json(app.change_password(&ctx, &req, &meta).await?))
}

/// Whether two-step verification is on, and recovery codes left.
#[utoipa::path(get, path = "/v1/me/2sv", tag = "credentials", security(("bearer" = [])),
    responses((status = 200, body = TwoStepStatus)))]
pub async fn two_step_status(
    State(app): State<App>,
    Authed(ctx): Authed,
) -> ApiResult<Json<TwoStepStatus>> {
    Ok(Json(app.two_step_status(&ctx).await?))
}

/// Turn two-step verification off. Needs an authenticator or recovery code, and a
/// recent sign-in (or `password` in the body).
#[utoipa::path(delete, path = "/v1/me/2sv", tag = "credentials", security(("bearer" = [])),
    request_body = TwoStepChange,
    responses((status = 204), (status = 401, body = acct_api::ErrorEnvelope),
              (status = 403, body = acct_api::ErrorEnvelope),
              (status = 409, description = "Two-step verification is off.", body = acct_api::ErrorEnvelope),
              (status = 422, body = acct_api::ErrorEnvelope)))]
pub async fn disable_two_step(
    State(app): State<App>,
    Meta(meta): Meta,
    Authed(ctx): Authed,
    OptionalJson(proof): OptionalJson<TwoStepChange>,
) -> ApiResult<StatusCode> {
    app.disable_two_step(&ctx, &proof, &meta).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Replace the recovery codes (shown once). The same proof as turning two-step off.
#[utoipa::path(post, path = "/v1/me/2sv/recovery-codes", tag = "credentials", security(("bearer" = [])),
    request_body = TwoStepChange,
    responses((status = 200, body = RecoveryCodes), (status = 401, body = acct_api::ErrorEnvelope),
              (status = 403, body = acct_api::ErrorEnvelope),
              (status = 409, description = "Two-step verification is off.", body = acct_api::ErrorEnvelope),
              (status = 422, body = acct_api::ErrorEnvelope)))]
pub async fn recovery_codes(
    State(app): State<App>,
    Meta(meta): Meta,
    Authed(ctx): Authed,
    OptionalJson(proof): OptionalJson<TwoStepChange>,
) -> ApiResult<Json<RecoveryCodes>> {
    Ok(Json(
        app.regenerate_recovery_codes(&ctx, &proof, &meta).await?,
    ))
}

/// Confirm an email address with the token (or whole link) from the message.
#[utoipa::path(post, path = "/v1/email/verify", tag = "credentials", request_body = EmailVerify,
    responses((status = 200, body = Flow), (status = 409, body = acct_api::ErrorEnvelope),
              (status = 422, body = acct_api::ErrorEnvelope)))]
pub async fn verify_email(
    State(app): State<App>,
    Meta(meta): Meta,
    ApiJson(req): ApiJson<EmailVerify>,
) -> ApiResult<Json<Flow>> {
    Ok(Json(
        app.verify_email_token(req.token.expose(), &meta).await?,
    ))
}
