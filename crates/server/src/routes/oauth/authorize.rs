//! The authorization endpoint and the consent step. The client and redirect URI are
//! checked before anything else: a bad one gets an error page, never a redirect.
//! `prompt=none` never shows a page (SECURITY.md 48).

use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::routing::{get, post};
use axum::{Form, Router};
use serde::Deserialize;

pub(super) use super::page_state::{current_session, hidden_params, signin_page, PageState};
use super::web::{cookie, error_page, page, see_other, CSRF_COOKIE};
use crate::domain::oauth::grants::{AuthFailure, AuthParams, AuthRequest};
use crate::domain::App;
use crate::pages::{self, scope_words, Lang, Text};
use crate::store::BrowserSessionRow;

pub fn router() -> Router<App> {
    Router::new()
        .route(
            super::web::AUTHORIZE_PATH,
            get(authorize_get).post(authorize_post),
        )
        .route("/oauth/consent", post(consent))
}

async fn authorize_get(
    State(app): State<App>,
    headers: HeaderMap,
    Query(p): Query<AuthParams>,
) -> Response {
    authorize(&app, &headers, p).await
}

async fn authorize_post(
    State(app): State<App>,
    headers: HeaderMap,
    Form(p): Form<AuthParams>,
) -> Response {
    authorize(&app, &headers, p).await
}

/// Checks the request; a failure becomes the error page or the error redirect.
pub(super) async fn checked(
    app: &App,
    p: &AuthParams,
    lang: Lang,
) -> Result<AuthRequest, Response> {
    let t = Text::of(lang);
    if let Some(id) = p.device.as_deref() {
        return super::device::checked(app, id, p.device_mac.as_deref().unwrap_or(""), lang).await;
    }
    match app.check_auth_request(p).await {
        Ok(r) => Ok(r),
        Err(AuthFailure::Page(which)) => {
            let msg = if which == "unknown_client" {
                t.unknown_client
            } else {
                t.bad_redirect_uri
            };
            Err(error_page(lang, StatusCode::BAD_REQUEST, msg))
        }
        Err(AuthFailure::Redirect {
            redirect_uri,
            state,
            error,
            description,
        }) => Err(see_other(
            &redirect_to(
                app,
                &redirect_uri,
                &[("error", error), ("error_description", &description)],
                state.as_deref(),
            ),
            &[],
        )),
        Err(AuthFailure::Internal(e)) => {
            tracing::error!(error = %e, "authorization request failed");
            Err(error_page(
                lang,
                StatusCode::INTERNAL_SERVER_ERROR,
                t.internal,
            ))
        }
    }
}

async fn authorize(app: &App, headers: &HeaderMap, p: AuthParams) -> Response {
    let mut ps = PageState::new(app, headers, &p);
    let req = match checked(app, &p, ps.lang).await {
        Ok(r) => r,
        Err(resp) => return resp,
    };
    let session = current_session(app, headers).await;
    let prompt = |v: &str| req.prompt.iter().any(|x| x == v);
    let needs_login = match &session {
        None => true,
        Some(s) => prompt("login") || req.max_age.is_some_and(|m| app.now() - s.auth_at > m),
    };
    if needs_login {
        if prompt("none") {
            return oauth_error_redirect(app, &req, "login_required", "the user is not signed in");
        }
        return signin_page(app, &p, &req.client.name, &mut ps, None, StatusCode::OK);
    }
    let Some(session) = session else {
        return error_page(
            ps.lang,
            StatusCode::INTERNAL_SERVER_ERROR,
            Text::of(ps.lang).internal,
        );
    };
    if prompt("none") {
        match app.consent_covers(&session.account_id, &req).await {
            Ok(true) => {}
            Ok(false) => {
                return oauth_error_redirect(
                    app,
                    &req,
                    "consent_required",
                    "the user has not allowed this app",
                )
            }
            Err(e) => {
                tracing::error!(error = %e, "consent lookup failed");
                return oauth_error_redirect(app, &req, "server_error", "try again later");
            }
        }
    }
    proceed(app, &p, &req, &session, ps, false).await
}

/// After sign-in (or with a session): the consent page when the grant does not cover
/// the request (or `prompt=consent`), else the code.
pub(super) async fn proceed(
    app: &App,
    p: &AuthParams,
    req: &AuthRequest,
    session: &BrowserSessionRow,
    ps: PageState,
    consented: bool,
) -> Response {
    if p.device.is_some() {
        return super::device::consent_page(app, p, req, session, ps).await;
    }
    if !consented {
        let covered = match app.consent_covers(&session.account_id, req).await {
            Ok(c) => c,
            Err(e) => {
                tracing::error!(error = %e, "consent lookup failed");
                return error_page(
                    ps.lang,
                    StatusCode::INTERNAL_SERVER_ERROR,
                    Text::of(ps.lang).internal,
                );
            }
        };
        if !covered || req.prompt.iter().any(|x| x == "consent") {
            return consent_page(app, p, req, session, ps);
        }
    }
    match app.issue_auth_code(req, session, consented).await {
        Ok(code) => see_other(
            &redirect_to(
                app,
                &req.redirect_uri,
                &[("code", &code)],
                req.state.as_deref(),
            ),
            &ps.cookies,
        ),
        Err(e) => {
            tracing::error!(error = %e, "issuing a code failed");
            oauth_error_redirect(app, req, "server_error", "try again later")
        }
    }
}

fn consent_page(
    app: &App,
    p: &AuthParams,
    req: &AuthRequest,
    session: &BrowserSessionRow,
    ps: PageState,
) -> Response {
    let t = Text::of(ps.lang);
    let scopes: Vec<&str> = req
        .scopes
        .iter()
        .filter_map(|s| scope_words(ps.lang, s))
        .collect();
    let html = pages::render(
        "consent.html",
        minijinja::context! {
            lang => ps.lang.tag(), title => t.consent_title, t => t,
            client_name => req.client.name, scopes => scopes, account_id => session.account_id,
            params => hidden_params(p), csrf => app.csrf_token(&ps.csrf_cookie),
        },
    );
    page(StatusCode::OK, html, &ps.cookies)
}

#[derive(Deserialize)]
struct ConsentForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    decision: String,
    #[serde(flatten)]
    params: AuthParams,
}

async fn consent(
    State(app): State<App>,
    headers: HeaderMap,
    Form(f): Form<ConsentForm>,
) -> Response {
    let ps = PageState::new(&app, &headers, &f.params);
    let req = match checked(&app, &f.params, ps.lang).await {
        Ok(r) => r,
        Err(resp) => return resp,
    };
    if !app.csrf_ok(cookie(&headers, CSRF_COOKIE).as_deref(), &f.csrf) {
        return error_page(ps.lang, StatusCode::FORBIDDEN, Text::of(ps.lang).bad_form);
    }
    let Some(session) = current_session(&app, &headers).await else {
        return error_page(ps.lang, StatusCode::FORBIDDEN, Text::of(ps.lang).bad_form);
    };
    if f.decision != "allow" {
        return oauth_error_redirect(&app, &req, "access_denied", "the user denied access");
    }
    proceed(&app, &f.params, &req, &session, ps, true).await
}

pub(super) fn oauth_error_redirect(
    app: &App,
    req: &AuthRequest,
    error: &str,
    description: &str,
) -> Response {
    see_other(
        &redirect_to(
            app,
            &req.redirect_uri,
            &[("error", error), ("error_description", description)],
            req.state.as_deref(),
        ),
        &[],
    )
}

/// The checked redirect URI with our parameters, `state` and `iss` (RFC 9207) added.
pub(super) fn redirect_to(
    app: &App,
    uri: &str,
    pairs: &[(&str, &str)],
    state: Option<&str>,
) -> String {
    let Ok(mut u) = url::Url::parse(uri) else {
        return uri.to_string();
    };
    {
        let mut q = u.query_pairs_mut();
        for (k, v) in pairs {
            q.append_pair(k, v);
        }
        if let Some(s) = state {
            q.append_pair("state", s);
        }
        q.append_pair("iss", &app.issuer());
    }
    u.to_string()
}
