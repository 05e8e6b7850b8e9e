//! RP-initiated logout (OpenID Connect RP-Initiated Logout 1.0): ends the browser
//! session (its device is signed out) and returns to a registered
//! `post_logout_redirect_uri`, or shows the signed-out page. An unregistered return
//! address gets an error page, never a redirect.

use axum::extract::{Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::Response;
use axum::routing::get;
use axum::{Form, Router};
use serde::Deserialize;

use super::authorize::current_session;
use super::web::{
    cookie, error_page, header_str, page, see_other, set_cookie, CSRF_COOKIE, SESSION_COOKIE,
};
use crate::domain::oauth::jwt;
use crate::domain::{App, RequestMeta};
use crate::pages::{self, Lang, Text};
use crate::routes::extract::Meta;

pub fn router() -> Router<App> {
    Router::new().route(super::web::LOGOUT_PATH, get(logout_get).post(logout_post))
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct LogoutParams {
    id_token_hint: Option<String>,
    post_logout_redirect_uri: Option<String>,
    client_id: Option<String>,
    state: Option<String>,
    ui_locales: Option<String>,
    /// The confirmation form's fields, when there was no `id_token_hint`.
    csrf: Option<String>,
    confirm: Option<String>,
}

async fn logout_get(
    State(app): State<App>,
    headers: HeaderMap,
    Meta(meta): Meta,
    Query(p): Query<LogoutParams>,
) -> Response {
    logout(&app, &headers, &meta, p).await
}

async fn logout_post(
    State(app): State<App>,
    headers: HeaderMap,
    Meta(meta): Meta,
    Form(p): Form<LogoutParams>,
) -> Response {
    logout(&app, &headers, &meta, p).await
}

async fn logout(app: &App, headers: &HeaderMap, meta: &RequestMeta, p: LogoutParams) -> Response {
    let lang = Lang::pick(
        p.ui_locales.as_deref(),
        header_str(headers, header::ACCEPT_LANGUAGE),
    );
    let t = Text::of(lang);
    // The hint names the client (and the account); an expired one is still a hint.
    let hint = match p.id_token_hint.as_deref().filter(|h| !h.is_empty()) {
        None => None,
        Some(h) => {
            let keys = match app.signing_keys().await {
                Ok(k) => k,
                Err(e) => {
                    tracing::error!(error = %e, "logout: keys unavailable");
                    return error_page(lang, StatusCode::INTERNAL_SERVER_ERROR, t.internal);
                }
            };
            match jwt::verify(&keys, h) {
                Ok(c) if c["iss"].as_str() == Some(app.issuer().as_str()) => Some(c),
                _ => return error_page(lang, StatusCode::BAD_REQUEST, t.bad_form),
            }
        }
    };
    let client_id = hint
        .as_ref()
        .and_then(|c| c["aud"].as_str().map(str::to_string))
        .or(p.client_id.clone());
    let mut target = None;
    if let Some(uri) = p
        .post_logout_redirect_uri
        .as_deref()
        .filter(|u| !u.is_empty())
    {
        let client = match &client_id {
            Some(id) => app.store.client(id).await.ok().flatten(),
            None => None,
        };
        match client {
            Some(c) if c.post_logout_redirect_uris.iter().any(|r| r == uri) => {
                target = Some(uri.to_string())
            }
            _ => return error_page(lang, StatusCode::BAD_REQUEST, t.bad_redirect_uri),
        }
    }
    // Without a hint anyone could link a user to this URL: ask first (a form with a
    // CSRF token), so a stranger's page cannot sign people out.
    let confirmed = p.confirm.as_deref() == Some("yes")
        && app.csrf_ok(
            cookie(headers, CSRF_COOKIE).as_deref(),
            p.csrf.as_deref().unwrap_or(""),
        );
    if hint.is_none() && !confirmed {
        return confirm_page(app, headers, &p, lang);
    }
    if let Some(session) = current_session(app, headers).await {
        // With a hint, only the session of the account it names is ended.
        let same = hint
            .as_ref()
            .is_none_or(|c| c["sub"].as_str() == Some(session.account_id.as_str()));
        if same {
            if let Err(e) = app.end_browser_session(&session, meta).await {
                tracing::error!(error = %e, "logout failed");
                return error_page(lang, StatusCode::INTERNAL_SERVER_ERROR, t.internal);
            }
        }
    }
    let clear = vec![set_cookie(app, SESSION_COOKIE, "", 0)];
    match target {
        Some(uri) => see_other(&with_state(&uri, p.state.as_deref()), &clear),
        None => page(
            StatusCode::OK,
            pages::message(lang, t.signed_out_heading, t.signed_out, false),
            &clear,
        ),
    }
}

fn with_state(uri: &str, state: Option<&str>) -> String {
    match (url::Url::parse(uri), state) {
        (Ok(mut u), Some(s)) => {
            u.query_pairs_mut().append_pair("state", s);
            u.to_string()
        }
        _ => uri.to_string(),
    }
}

fn confirm_page(app: &App, headers: &HeaderMap, p: &LogoutParams, lang: Lang) -> Response {
    let t = Text::of(lang);
    let mut cookies = Vec::new();
    let csrf_cookie = match cookie(headers, CSRF_COOKIE).filter(|c| c.len() >= 32) {
        Some(c) => c,
        None => {
            let c = crate::secret::new_token("");
            cookies.push(set_cookie(
                app,
                CSRF_COOKIE,
                &c,
                app.config.oidc.browser_session_ttl,
            ));
            c
        }
    };
    let params: Vec<(&str, String)> = [
        ("post_logout_redirect_uri", &p.post_logout_redirect_uri),
        ("client_id", &p.client_id),
        ("state", &p.state),
        ("ui_locales", &p.ui_locales),
    ]
    .into_iter()
    .filter_map(|(k, v)| v.clone().map(|v| (k, v)))
    .collect();
    let html = pages::render(
        "logout.html",
        minijinja::context! {
            lang => lang.tag(), title => t.sign_out_heading, t => t,
            params => params, csrf => app.csrf_token(&csrf_cookie),
        },
    );
    page(StatusCode::OK, html, &cookies)
}
