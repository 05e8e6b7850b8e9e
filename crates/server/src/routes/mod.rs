//! HTTP routes: thin handlers that extract, call the domain and map the result.
//! Routers per area, merged here with the middleware every request passes.

mod account;
mod activity_export;
mod admin_clients;
mod apps;
mod credentials;
mod extract;
mod flows;
mod meta;
mod oauth;
pub mod openapi;
mod openapi_contract;
mod openapi_links;
mod pages;
mod recovery;
mod report;
mod support;
mod tokens;

use std::time::Duration;

use axum::extract::{MatchedPath, Request};
use axum::http::{HeaderName, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;
use axum::Router;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tracing::Instrument;

use crate::domain::App;

pub use extract::{ApiJson, ApiQuery, Authed, MaybeAuthed, Meta, OptionalJson};

/// Largest request body accepted; every request we take is small.
const BODY_LIMIT: usize = 16 * 1024;

/// `GET /v1/openapi.json`.
async fn openapi_json() -> axum::Json<serde_json::Value> {
    axum::Json(openapi::document())
}

pub fn router(app: App) -> Router {
    let request_id = HeaderName::from_static(acct_api::REQUEST_ID_HEADER);
    Router::new()
        .merge(flows::router())
        .merge(tokens::router())
        .merge(account::router())
        .merge(activity_export::router())
        .merge(apps::router())
        .merge(admin_clients::router())
        .merge(credentials::router())
        .merge(pages::router())
        .merge(recovery::router())
        .merge(report::router())
        .merge(support::router())
        .merge(meta::router())
        // Here, not in meta: the document lists meta's handlers.
        .route("/v1/openapi.json", axum::routing::get(openapi_json))
        .merge(oauth::router())
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
        .layer(axum::middleware::from_fn(localise_errors))
        // Inside the request-id layers, so the id is set when the span opens.
        .layer(axum::middleware::from_fn(request_span))
        .layer(PropagateRequestIdLayer::new(request_id.clone()))
        .layer(SetRequestIdLayer::new(request_id, MakeRequestUuid))
}

/// Runs the request inside a `request` span carrying its id, so every log line of the
/// request has it (kanidm's `kopid_middleware`). The route template stands for the
/// path: a raw path can hold flow and ticket IDs.
async fn request_span(req: Request, next: Next) -> Response {
    let id = req
        .headers()
        .get(acct_api::REQUEST_ID_HEADER)
        .and_then(|v| v.to_str().ok())
        .map_or_else(|| "-".to_string(), loggable_id);
    let path = req
        .extensions()
        .get::<MatchedPath>()
        .map_or("unmatched", MatchedPath::as_str)
        .to_string();
    let span = tracing::info_span!("request", id = %id, method = %req.method(), path = %path);
    next.run(req).instrument(span).await
}

/// Error messages follow the request's `Accept-Language` (PRODUCT.md "Language"): an
/// error answer is rewritten in the language asked for when the catalogue has its
/// message. Status, headers and `code` stay as they are.
async fn localise_errors(req: Request, next: Next) -> Response {
    let lang = extract::accept_language(req.headers());
    let mut resp = next.run(req).await;
    let Some(lang) = lang.filter(|l| *l != acct_api::Language::En) else {
        return resp;
    };
    let Some(english) = resp.extensions_mut().remove::<crate::error::EnglishError>() else {
        return resp;
    };
    let code = english.0.code;
    let Some(envelope) = english.localised(lang) else {
        // A gap in the catalogue (error_text.rs): the answer stays English.
        tracing::warn!(
            code = code.as_str(),
            language = lang.tag(),
            "an error message has no translation"
        );
        return resp;
    };
    let Ok(body) = serde_json::to_vec(&envelope) else {
        return resp;
    };
    resp.headers_mut()
        .remove(axum::http::header::CONTENT_LENGTH);
    *resp.body_mut() = axum::body::Body::from(body);
    resp
}

/// A client may send its own request id: only a short run of plain characters of it
/// reaches the log, so it cannot forge fields or lines there.
fn loggable_id(raw: &str) -> String {
    raw.chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | ':'))
        .take(64)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::loggable_id;

    #[test]
    fn a_client_request_id_cannot_forge_log_fields() {
        assert_eq!(loggable_id("abc-123"), "abc-123");
        assert_eq!(loggable_id("x method=DELETE}"), "xmethodDELETE");
        assert_eq!(loggable_id(&"a".repeat(200)).len(), 64);
    }
}
