//! `/v1/admin/clients`: registering OpenID Connect clients (role `admin`, checked in
//! the domain). Static clients (from acctd's config, and acctl's built-in one) are
//! read-only here: 409.

use acct_api::{ClientCreate, ClientList, ClientUpdate, ClientView, CreatedClient, RotatedSecret};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};

use super::{ApiJson, Authed, Meta};
use crate::domain::App;
use crate::error::ApiResult;

pub fn router() -> Router<App> {
    Router::new()
        .route("/v1/admin/clients", get(list_clients).post(create_client))
        .route(
            "/v1/admin/clients/{id}",
            get(show_client).patch(update_client).delete(delete_client),
        )
        .route("/v1/admin/clients/{id}/rotate-secret", post(rotate_secret))
}

type Id = Path<String>;

/// Register a client. A confidential one (`public: false`) gets a secret, in this
/// answer only: acctd keeps its hash. Refused fields answer 422 with `details.field`.
#[utoipa::path(post, path = "/v1/admin/clients", tag = "admin", security(("bearer" = [])),
    request_body = ClientCreate,
    responses((status = 201, body = CreatedClient), (status = 403, body = acct_api::ErrorEnvelope),
              (status = 422, body = acct_api::ErrorEnvelope)))]
pub async fn create_client(
    State(app): State<App>,
    Meta(m): Meta,
    Authed(c): Authed,
    ApiJson(req): ApiJson<ClientCreate>,
) -> ApiResult<(StatusCode, Json<CreatedClient>)> {
    let made = app.admin_create_client(&c, &req, &m).await?;
    Ok((StatusCode::CREATED, Json(made)))
}

/// Every registered client, oldest first (static ones included; never a secret).
#[utoipa::path(get, path = "/v1/admin/clients", tag = "admin", security(("bearer" = [])),
    responses((status = 200, body = ClientList), (status = 403, body = acct_api::ErrorEnvelope)))]
pub async fn list_clients(
    State(app): State<App>,
    Authed(c): Authed,
) -> ApiResult<Json<ClientList>> {
    Ok(Json(app.admin_clients(&c).await?))
}

/// One client.
#[utoipa::path(get, path = "/v1/admin/clients/{id}", tag = "admin", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, body = ClientView), (status = 403, body = acct_api::ErrorEnvelope),
              (status = 404, body = acct_api::ErrorEnvelope)))]
pub async fn show_client(
    State(app): State<App>,
    Authed(c): Authed,
    Path(id): Id,
) -> ApiResult<Json<ClientView>> {
    Ok(Json(app.admin_client(&c, &id).await?))
}

/// Change what is given (name, redirect URIs, scopes, signing algorithm); the secret
/// is changed only by `rotate-secret`. 409 for a static client.
#[utoipa::path(patch, path = "/v1/admin/clients/{id}", tag = "admin", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = ClientUpdate,
    responses((status = 200, body = ClientView), (status = 403, body = acct_api::ErrorEnvelope),
              (status = 404, body = acct_api::ErrorEnvelope), (status = 409, body = acct_api::ErrorEnvelope),
              (status = 422, body = acct_api::ErrorEnvelope)))]
pub async fn update_client(
    State(app): State<App>,
    Meta(m): Meta,
    Authed(c): Authed,
    Path(id): Id,
    ApiJson(req): ApiJson<ClientUpdate>,
) -> ApiResult<Json<ClientView>> {
    Ok(Json(app.admin_update_client(&c, &id, &req, &m).await?))
}

/// A new secret, in this answer only; the old one stops working at once. 409 for a
/// public or static client.
#[utoipa::path(post, path = "/v1/admin/clients/{id}/rotate-secret", tag = "admin", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, body = RotatedSecret), (status = 403, body = acct_api::ErrorEnvelope),
              (status = 404, body = acct_api::ErrorEnvelope), (status = 409, body = acct_api::ErrorEnvelope)))]
pub async fn rotate_secret(
    State(app): State<App>,
    Meta(m): Meta,
    Authed(c): Authed,
    Path(id): Id,
) -> ApiResult<Json<RotatedSecret>> {
    Ok(Json(app.admin_rotate_secret(&c, &id, &m).await?))
}

/// Delete a client: every grant and token it had ends. Its ID is never reused. 409
/// for a static client.
#[utoipa::path(delete, path = "/v1/admin/clients/{id}", tag = "admin", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 204), (status = 403, body = acct_api::ErrorEnvelope),
              (status = 404, body = acct_api::ErrorEnvelope), (status = 409, body = acct_api::ErrorEnvelope)))]
pub async fn delete_client(
    State(app): State<App>,
    Meta(m): Meta,
    Authed(c): Authed,
    Path(id): Id,
) -> ApiResult<StatusCode> {
    app.admin_delete_client(&c, &id, &m).await?;
    Ok(StatusCode::NO_CONTENT)
}
