//! `/v1/flows`: start, read, advance, resend, cancel.

use acct_api::{Flow, FlowInput, StartFlow};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};

use super::{ApiJson, MaybeAuthed, Meta};
use crate::domain::App;
use crate::error::ApiResult;

pub fn router() -> Router<App> {
    Router::new()
        .route("/v1/flows", post(start))
        .route("/v1/flows/{id}", get(read).post(advance).delete(cancel))
        .route("/v1/flows/{id}/resend", post(resend))
}

/// Start sign-up or sign-in (no token), or re-authentication or deletion (with the
/// account's token). A password sign-in may complete at once.
#[utoipa::path(post, path = "/v1/flows", tag = "flows", request_body = StartFlow, security((), ("bearer" = [])),
    responses((status = 200, body = Flow), (status = 401, body = acct_api::ErrorEnvelope),
              (status = 403, description = "`reauth_required`: an account flow needs a recent sign-in.", body = acct_api::ErrorEnvelope),
              (status = 404, description = "The ticket named does not exist or its secret does not match.", body = acct_api::ErrorEnvelope),
              (status = 409, description = "The account's state does not allow it (e.g. two-step is already on).", body = acct_api::ErrorEnvelope),
              (status = 422, body = acct_api::ErrorEnvelope), (status = 423, body = acct_api::ErrorEnvelope),
              (status = 429, body = acct_api::ErrorEnvelope)))]
pub async fn start(
    State(app): State<App>,
    Meta(meta): Meta,
    MaybeAuthed(auth): MaybeAuthed,
    ApiJson(body): ApiJson<StartFlow>,
) -> ApiResult<Json<Flow>> {
    // Names are cleaned here, once, so every flow stores and logs them clean.
    let body = body.with_clean_names();
    Ok(Json(app.start_flow(body, auth.as_ref(), &meta).await?))
}

/// A flow's current state (never its tokens).
#[utoipa::path(get, path = "/v1/flows/{id}", tag = "flows", params(("id" = String, Path)),
    responses((status = 200, body = Flow), (status = 404, body = acct_api::ErrorEnvelope)))]
pub async fn read(State(app): State<App>, Path(id): Path<String>) -> ApiResult<Json<Flow>> {
    Ok(Json(app.get_flow(&id).await?))
}

/// Answer the step the flow awaits.
#[utoipa::path(post, path = "/v1/flows/{id}", tag = "flows", params(("id" = String, Path)), request_body = FlowInput, security((), ("bearer" = [])),
    responses((status = 200, body = Flow), (status = 404, body = acct_api::ErrorEnvelope),
              (status = 409, body = acct_api::ErrorEnvelope), (status = 422, body = acct_api::ErrorEnvelope),
              (status = 429, body = acct_api::ErrorEnvelope)))]
pub async fn advance(
    State(app): State<App>,
    Meta(meta): Meta,
    MaybeAuthed(auth): MaybeAuthed,
    Path(id): Path<String>,
    ApiJson(input): ApiJson<FlowInput>,
) -> ApiResult<Json<Flow>> {
    Ok(Json(
        app.advance_flow(&id, input, auth.as_ref(), &meta).await?,
    ))
}

/// Send a new code; the previous one dies.
#[utoipa::path(post, path = "/v1/flows/{id}/resend", tag = "flows", params(("id" = String, Path)),
    responses((status = 200, body = Flow),
              (status = 422, description = "`wrong_step`: the flow is not waiting for a code, or `flow_expired`.", body = acct_api::ErrorEnvelope),
              (status = 429, body = acct_api::ErrorEnvelope)))]
pub async fn resend(
    State(app): State<App>,
    Meta(meta): Meta,
    Path(id): Path<String>,
) -> ApiResult<Json<Flow>> {
    Ok(Json(app.resend_code(&id, &meta).await?))
}

/// Cancel a pending flow.
#[utoipa::path(delete, path = "/v1/flows/{id}", operation_id = "cancel_flow", tag = "flows", params(("id" = String, Path)),
    responses((status = 204), (status = 404, body = acct_api::ErrorEnvelope)))]
pub async fn cancel(State(app): State<App>, Path(id): Path<String>) -> ApiResult<StatusCode> {
    app.cancel_flow(&id).await?;
    Ok(StatusCode::NO_CONTENT)
}
