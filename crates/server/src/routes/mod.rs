//! HTTP routes: thin handlers that extract, call the domain and map the result.
//! Routers per area, merged here with the middleware every request passes.

mod account;
mod activity_export;
mod credentials;
mod extract;
mod flows;
mod meta;
pub mod openapi;
mod pages;
mod recovery;
mod report;
mod support;
mod tokens;

use std::time::Duration;

use axum::http::{HeaderName, HeaderValue};
use axum::Router;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;

use crate::domain::App;

pub use extract::{ApiJson, Authed, MaybeAuthed, Meta, OptionalJson};

/// Largest request body accepted; every request we take is small.
const BODY_LIMIT: usize = 16 * 1024;

pub fn router(app: App) -> Router {
    let request_id = HeaderName::from_static(acct_api::REQUEST_ID_HEADER);
    Router::new()
        .merge(flows::router())
        .merge(tokens::router())
        .merge(account::router())
        .merge(activity_export::router())
        .merge(credentials::router())
        .merge(pages::router())
        .merge(recovery::router())
        .merge(report::router())
        .merge(support::router())
        .merge(meta::router())
        .fallback(extract::not_found)
        .with_state(app)
        .layer(SetResponseHeaderLayer::overriding(
            axum::http::header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ))
        .layer(TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(30),
        ))
        .layer(axum::extract::DefaultBodyLimit::max(BODY_LIMIT))
        .layer(PropagateRequestIdLayer::new(request_id.clone()))
        .layer(SetRequestIdLayer::new(request_id, MakeRequestUuid))
}
