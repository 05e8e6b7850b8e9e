//! `/v1/apps`: the apps (OpenID Connect clients) the signed-in account granted.

use acct_api::AppList;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::{delete, get};
use axum::{Json, Router};

use super::{Authed, Meta};
use crate::domain::App;
use crate::error::ApiResult;

pub fn router() -> Router<App> {
    Router::new()
        .route("/v1/apps", get(apps))
        .route("/v1/apps/{client_id}", delete(revoke_app))
}

/// The apps this account granted, oldest grant first: the client's name, the scopes
/// allowed, when it was granted and last used.
#[utoipa::path(get, path = "/v1/apps", tag = "account", security(("bearer" = [])),
    responses((status = 200, body = AppList)))]
pub async fn apps(State(app): State<App>, Authed(ctx): Authed) -> ApiResult<Json<AppList>> {
    Ok(Json(app.connected_apps(&ctx).await?))
}

/// End the grant to this client and every access and refresh token issued under it,
/// at once (recorded as `app_revoked`). The browser session stays signed in.
#[utoipa::path(delete, path = "/v1/apps/{client_id}", tag = "account", security(("bearer" = [])),
    params(("client_id" = String, Path, description = "The client ID from `GET /v1/apps`")),
    responses((status = 204), (status = 404, body = acct_api::ErrorEnvelope)))]
pub async fn revoke_app(
    State(app): State<App>,
    Meta(meta): Meta,
    Authed(ctx): Authed,
    Path(client_id): Path<String>,
) -> ApiResult<StatusCode> {
    app.revoke_app(&ctx, &client_id, &meta).await?;
    Ok(StatusCode::NO_CONTENT)
}
