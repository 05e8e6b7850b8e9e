//! `GET /v1/activity/export` and `GET /v1/support/accounts/{id}/activity/export`:
//! the whole activity as one NDJSON response (one `ActivityItem` a line, newest
//! first), read from one cursor as fast as the client takes it.

use acct_api::ActivityQuery;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use tokio::sync::mpsc;

use super::{ApiQuery, Authed, Meta};
use crate::domain::App;
use crate::error::ApiResult;
use crate::store::ExportChunk;

pub fn router() -> Router<App> {
    Router::new()
        .route("/v1/activity/export", get(export))
        .route(
            "/v1/support/accounts/{id}/activity/export",
            get(staff_export),
        )
}

/// All activity matching the filters, newest first, as NDJSON (one `ActivityItem`
/// a line; `limit` and `cursor` do not apply). A body that ends early (no final
/// newline, or a transfer error) is incomplete.
#[utoipa::path(get, path = "/v1/activity/export", tag = "account", security(("bearer" = [])),
    params(ActivityQuery),
    responses((status = 200, body = acct_api::ActivityItem, content_type = "application/x-ndjson"),
              (status = 400, body = acct_api::ErrorEnvelope), (status = 429, body = acct_api::ErrorEnvelope)))]
pub async fn export(
    State(app): State<App>,
    Authed(ctx): Authed,
    ApiQuery(q): ApiQuery<ActivityQuery>,
) -> ApiResult<Response> {
    Ok(ndjson(app.export_activity(&ctx, &q).await?))
}

/// Staff: an account's activity as NDJSON, like the user's own export. Audited.
#[utoipa::path(get, path = "/v1/support/accounts/{id}/activity/export", tag = "support", security(("bearer" = [])),
    params(("id" = String, Path), ActivityQuery),
    responses((status = 200, body = acct_api::ActivityItem, content_type = "application/x-ndjson"),
              (status = 403, body = acct_api::ErrorEnvelope), (status = 404, body = acct_api::ErrorEnvelope),
              (status = 429, body = acct_api::ErrorEnvelope)))]
pub async fn staff_export(
    State(app): State<App>,
    Meta(m): Meta,
    Authed(c): Authed,
    Path(id): Path<String>,
    ApiQuery(q): ApiQuery<ActivityQuery>,
) -> ApiResult<Response> {
    Ok(ndjson(app.staff_export_activity(&c, &id, &q, &m).await?))
}

/// The body polls the reader's channel: hyper asks for the next chunk only once
/// the previous one is written, and drops the body (so the receiver, which stops
/// the reader) when the client goes away.
fn ndjson(rx: mpsc::Receiver<ExportChunk>) -> Response {
    let chunks = futures_util::stream::unfold(rx, |mut rx| async move {
        rx.recv().await.map(|chunk| (chunk, rx))
    });
    (
        [(header::CONTENT_TYPE, "application/x-ndjson")],
        Body::from_stream(chunks),
    )
        .into_response()
}
