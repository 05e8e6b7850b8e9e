//! `/v1/support/*`: staff tools. Every handler checks the role in the domain.

use acct_api::{
    ActivityPage, ActivityQuery, AuditEntry, AuditQuery, StaffAccountView, StaffActionResult,
    StaffReason, Ticket, TicketAction, TicketQuery,
};
use axum::extract::{Path, State};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;

use super::{ApiJson, ApiQuery, Authed, Meta};
use crate::domain::App;
use crate::error::ApiResult;

pub fn router() -> Router<App> {
    Router::new()
        .route("/v1/support/accounts", get(search))
        .route("/v1/support/accounts/{id}", get(show))
        .route("/v1/support/accounts/{id}/lock", post(lock))
        .route("/v1/support/accounts/{id}/unlock", post(unlock))
        .route("/v1/support/accounts/{id}/sign-out", post(sign_out))
        .route(
            "/v1/support/accounts/{id}/mark-compromised",
            post(mark_compromised),
        )
        .route("/v1/support/accounts/{id}/activity", get(activity))
        .route("/v1/support/tickets", get(tickets))
        .route("/v1/support/tickets/{id}", get(ticket))
        .route("/v1/support/tickets/{id}/claim", post(claim))
        .route("/v1/support/tickets/{id}/approve", post(approve))
        .route("/v1/support/tickets/{id}/reject", post(reject))
        .route("/v1/support/tickets/{id}/note", post(note))
        .route("/v1/support/audit", get(audit))
}

#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SearchQuery {
    /// An account ID, +E164 phone or email (exact).
    q: String,
}

type Id = Path<String>;

/// Find accounts by ID, phone or email. Contacts come back masked.
#[utoipa::path(get, path = "/v1/support/accounts", tag = "support", security(("bearer" = [])), params(SearchQuery),
    responses((status = 200, body = Vec<StaffAccountView>), (status = 403, body = acct_api::ErrorEnvelope)))]
pub async fn search(
    State(app): State<App>,
    Meta(m): Meta,
    Authed(c): Authed,
    ApiQuery(q): ApiQuery<SearchQuery>,
) -> ApiResult<Json<Vec<StaffAccountView>>> {
    Ok(Json(app.staff_search(&c, &q.q, &m).await?))
}

/// One account, masked.
#[utoipa::path(get, path = "/v1/support/accounts/{id}", tag = "support", security(("bearer" = [])), params(("id" = String, Path)),
    responses((status = 200, body = StaffAccountView), (status = 403, body = acct_api::ErrorEnvelope), (status = 404, body = acct_api::ErrorEnvelope)))]
pub async fn show(
    State(app): State<App>,
    Meta(m): Meta,
    Authed(c): Authed,
    Path(id): Id,
) -> ApiResult<Json<StaffAccountView>> {
    Ok(Json(app.staff_show(&c, &id, &m).await?))
}

/// Lock the account (sign-in refused, devices signed out) with a reason.
#[utoipa::path(post, path = "/v1/support/accounts/{id}/lock", tag = "support", security(("bearer" = [])), params(("id" = String, Path)),
    request_body = StaffReason, responses((status = 200, body = StaffActionResult), (status = 403, body = acct_api::ErrorEnvelope), (status = 404, body = acct_api::ErrorEnvelope)))]
pub async fn lock(
    State(app): State<App>,
    Meta(m): Meta,
    Authed(c): Authed,
    Path(id): Id,
    ApiJson(r): ApiJson<StaffReason>,
) -> ApiResult<Json<StaffActionResult>> {
    Ok(Json(
        app.staff_lock(&c, &id, r.reason.as_deref(), &m).await?,
    ))
}

/// Lift a support lock and any sign-in lockout.
#[utoipa::path(post, path = "/v1/support/accounts/{id}/unlock", tag = "support", security(("bearer" = [])), params(("id" = String, Path)),
    responses((status = 200, body = StaffActionResult), (status = 403, body = acct_api::ErrorEnvelope)))]
pub async fn unlock(
    State(app): State<App>,
    Meta(m): Meta,
    Authed(c): Authed,
    Path(id): Id,
) -> ApiResult<Json<StaffActionResult>> {
    Ok(Json(app.staff_unlock(&c, &id, &m).await?))
}

/// Admin only: sign out everywhere and require a new password at the next sign-in.
#[utoipa::path(post, path = "/v1/support/accounts/{id}/mark-compromised", tag = "support", security(("bearer" = [])), params(("id" = String, Path)),
    request_body = StaffReason, responses((status = 200, body = StaffActionResult), (status = 403, body = acct_api::ErrorEnvelope)))]
pub async fn mark_compromised(
    State(app): State<App>,
    Meta(m): Meta,
    Authed(c): Authed,
    Path(id): Id,
    ApiJson(r): ApiJson<StaffReason>,
) -> ApiResult<Json<StaffActionResult>> {
    Ok(Json(
        app.staff_mark_compromised(&c, &id, r.reason.as_deref(), &m)
            .await?,
    ))
}

/// Sign the account out everywhere.
#[utoipa::path(post, path = "/v1/support/accounts/{id}/sign-out", tag = "support", security(("bearer" = [])), params(("id" = String, Path)),
    responses((status = 200, body = StaffActionResult), (status = 403, body = acct_api::ErrorEnvelope)))]
pub async fn sign_out(
    State(app): State<App>,
    Meta(m): Meta,
    Authed(c): Authed,
    Path(id): Id,
) -> ApiResult<Json<StaffActionResult>> {
    Ok(Json(app.staff_sign_out(&c, &id, &m).await?))
}

/// The account's activity, like the user's own.
#[utoipa::path(get, path = "/v1/support/accounts/{id}/activity", operation_id = "staff_activity", tag = "support", security(("bearer" = [])),
    params(("id" = String, Path), ActivityQuery), responses((status = 200, body = ActivityPage)))]
pub async fn activity(
    State(app): State<App>,
    Meta(m): Meta,
    Authed(c): Authed,
    Path(id): Id,
    ApiQuery(q): ApiQuery<ActivityQuery>,
) -> ApiResult<Json<ActivityPage>> {
    Ok(Json(app.staff_activity(&c, &id, &q, &m).await?))
}

/// The ticket queue, oldest first.
#[utoipa::path(get, path = "/v1/support/tickets", tag = "support", security(("bearer" = [])), params(TicketQuery),
    responses((status = 200, body = Vec<Ticket>)))]
pub async fn tickets(
    State(app): State<App>,
    Authed(c): Authed,
    ApiQuery(q): ApiQuery<TicketQuery>,
) -> ApiResult<Json<Vec<Ticket>>> {
    Ok(Json(app.staff_tickets(&c, &q).await?))
}

/// One ticket: the evidence beside its score, item by item, and staff notes.
#[utoipa::path(get, path = "/v1/support/tickets/{id}", tag = "support", security(("bearer" = [])), params(("id" = String, Path)),
    responses((status = 200, body = Ticket), (status = 404, body = acct_api::ErrorEnvelope)))]
pub async fn ticket(
    State(app): State<App>,
    Meta(m): Meta,
    Authed(c): Authed,
    Path(id): Id,
) -> ApiResult<Json<Ticket>> {
    Ok(Json(app.staff_ticket(&c, &id, &m).await?))
}

/// Claim a ticket (409 when someone else holds it).
#[utoipa::path(post, path = "/v1/support/tickets/{id}/claim", tag = "support", security(("bearer" = [])), params(("id" = String, Path)),
    responses((status = 200, body = Ticket), (status = 409, body = acct_api::ErrorEnvelope)))]
pub async fn claim(
    State(app): State<App>,
    Meta(m): Meta,
    Authed(c): Authed,
    Path(id): Id,
) -> ApiResult<Json<Ticket>> {
    Ok(Json(app.staff_claim(&c, &id, &m).await?))
}

/// Approve: a recovery code goes to the ticket's contact email.
#[utoipa::path(post, path = "/v1/support/tickets/{id}/approve", tag = "support", security(("bearer" = [])), params(("id" = String, Path)),
    request_body = TicketAction, responses((status = 200, body = Ticket), (status = 403, body = acct_api::ErrorEnvelope), (status = 409, body = acct_api::ErrorEnvelope)))]
pub async fn approve(
    State(app): State<App>,
    Meta(m): Meta,
    Authed(c): Authed,
    Path(id): Id,
    ApiJson(a): ApiJson<TicketAction>,
) -> ApiResult<Json<Ticket>> {
    Ok(Json(
        app.staff_approve(&c, &id, a.text.as_deref(), &m).await?,
    ))
}

/// Reject with a reason; the requester is told.
#[utoipa::path(post, path = "/v1/support/tickets/{id}/reject", tag = "support", security(("bearer" = [])), params(("id" = String, Path)),
    request_body = TicketAction, responses((status = 200, body = Ticket), (status = 409, body = acct_api::ErrorEnvelope)))]
pub async fn reject(
    State(app): State<App>,
    Meta(m): Meta,
    Authed(c): Authed,
    Path(id): Id,
    ApiJson(a): ApiJson<TicketAction>,
) -> ApiResult<Json<Ticket>> {
    Ok(Json(
        app.staff_reject(&c, &id, a.text.as_deref(), &m).await?,
    ))
}

/// Add a staff note.
#[utoipa::path(post, path = "/v1/support/tickets/{id}/note", tag = "support", security(("bearer" = [])), params(("id" = String, Path)),
    request_body = TicketAction, responses((status = 200, body = Ticket)))]
pub async fn note(
    State(app): State<App>,
    Meta(m): Meta,
    Authed(c): Authed,
    Path(id): Id,
    ApiJson(a): ApiJson<TicketAction>,
) -> ApiResult<Json<Ticket>> {
    Ok(Json(app.staff_note(&c, &id, a.text.as_deref(), &m).await?))
}

/// The audit log, newest first (append-only: no API edits or deletes it).
#[utoipa::path(get, path = "/v1/support/audit", tag = "support", security(("bearer" = [])), params(AuditQuery),
    responses((status = 200, body = Vec<AuditEntry>), (status = 403, body = acct_api::ErrorEnvelope)))]
pub async fn audit(
    State(app): State<App>,
    Authed(c): Authed,
    ApiQuery(q): ApiQuery<AuditQuery>,
) -> ApiResult<Json<Vec<AuditEntry>>> {
    Ok(Json(app.staff_audit(&c, &q).await?))
}
