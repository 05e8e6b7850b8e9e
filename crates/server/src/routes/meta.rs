//! Service facts and health.

use acct_api::ServiceInfo;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::get;
use axum::{Json, Router};

use crate::domain::App;

pub fn router() -> Router<App> {
    Router::new()
        .route("/v1/meta", get(service_info))
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
}

/// Version, server time (for clock-skew checks) and password policy.
#[utoipa::path(get, path = "/v1/meta", tag = "meta", responses((status = 200, body = ServiceInfo)))]
pub async fn service_info(State(app): State<App>) -> Json<ServiceInfo> {
    Json(ServiceInfo {
        service: "acctd".into(),
        version: env!("CARGO_PKG_VERSION").into(),
        time: app.timestamp().to_datetime(),
        password_min_length: u32::try_from(app.config.password.min_length).unwrap_or(8),
        password_max_length: u32::try_from(app.config.password.max_length).unwrap_or(128),
    })
}

/// Liveness: the process answers.
async fn healthz() -> &'static str {
    "ok"
}

/// Readiness: the database answers.
async fn readyz(State(app): State<App>) -> (StatusCode, &'static str) {
    if app.store.ping().await {
        (StatusCode::OK, "ready")
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "database unreachable")
    }
}
