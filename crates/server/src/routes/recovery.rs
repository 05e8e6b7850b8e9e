//! `/v1/recovery/*`: find my ID, ticket status, cancelling a waiting reset.
//! Forgot password and opening a ticket are flows (`POST /v1/flows`).

use acct_api::{Accepted, FindId, TicketSecret, TicketStatus};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::post;
use axum::{Json, Router};

use super::{ApiJson, Authed, Meta};
use crate::domain::App;
use crate::error::ApiResult;

pub fn router() -> Router<App> {
    Router::new()
        .route("/v1/recovery/id", post(find_id))
        .route("/v1/recovery/cancel", post(cancel))
        .route("/v1/recovery/tickets/{id}/status", post(ticket_status))
}

/// Send the account ID to a verified phone or email. Same answer either way.
#[utoipa::path(post, path = "/v1/recovery/id", tag = "recovery", request_body = FindId,
    responses((status = 202, body = Accepted), (status = 422, body = acct_api::ErrorEnvelope),
              (status = 429, body = acct_api::ErrorEnvelope)))]
pub async fn find_id(
    State(app): State<App>,
    Meta(meta): Meta,
    ApiJson(req): ApiJson<FindId>,
) -> ApiResult<(StatusCode, Json<Accepted>)> {
    Ok((StatusCode::ACCEPTED, Json(app.find_id(&req, &meta).await?)))
}

/// The owner cancels a password reset that is waiting out its delay.
#[utoipa::path(post, path = "/v1/recovery/cancel", operation_id = "cancel_recovery", tag = "recovery", security(("bearer" = [])),
    responses((status = 204), (status = 404, body = acct_api::ErrorEnvelope)))]
pub async fn cancel(
    State(app): State<App>,
    Meta(meta): Meta,
    Authed(ctx): Authed,
) -> ApiResult<StatusCode> {
    app.cancel_recovery(&ctx, &meta).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A recovery ticket's status, for whoever holds its status secret.
#[utoipa::path(post, path = "/v1/recovery/tickets/{id}/status", tag = "recovery", params(("id" = String, Path)),
    request_body = TicketSecret,
    responses((status = 200, body = TicketStatus), (status = 404, body = acct_api::ErrorEnvelope)))]
pub async fn ticket_status(
    State(app): State<App>,
    Path(id): Path<String>,
    ApiJson(req): ApiJson<TicketSecret>,
) -> ApiResult<Json<TicketStatus>> {
    Ok(Json(
        app.ticket_status(&id, req.status_secret.expose()).await?,
    ))
}
