//! `POST /v1/activity/{id}/report`: "this wasn't me".

use acct_api::ActivityReport;
use axum::extract::{Path, State};
use axum::routing::post;
use axum::{Json, Router};

use super::{Authed, Meta};
use crate::domain::App;
use crate::error::{ApiError, ApiResult};

pub fn router() -> Router<App> {
    Router::new().route("/v1/activity/{id}/report", post(report))
}

/// Report an event of this account's activity as not yours: its device is signed
/// out (needs a recent sign-in), the report is recorded, and the answer names
/// the next steps. An unknown event and another account's get the same 404.
#[utoipa::path(post, path = "/v1/activity/{id}/report", tag = "account", security(("bearer" = [])),
    params(("id" = i64, Path, description = "The event's `id` from `GET /v1/activity`")),
    responses((status = 200, body = ActivityReport), (status = 403, body = acct_api::ErrorEnvelope),
              (status = 404, body = acct_api::ErrorEnvelope),
              (status = 422, description = "`invalid_input`: the event cannot be reported (e.g. this device's own sign-in).", body = acct_api::ErrorEnvelope)))]
pub async fn report(
    State(app): State<App>,
    Meta(meta): Meta,
    Authed(ctx): Authed,
    Path(id): Path<String>,
) -> ApiResult<Json<ActivityReport>> {
    // A malformed ID is just an unknown event.
    let Ok(event_id) = id.parse::<i64>() else {
        app.require_fresh(&ctx)?;
        return Err(ApiError::not_found(
            "event in this account's activity (see `acctl activity`)",
        ));
    };
    Ok(Json(app.report_activity(&ctx, event_id, &meta).await?))
}
