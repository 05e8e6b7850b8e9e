//! The device authorization grant's endpoint (RFC 8628 §3.1) and its pages: `/device`
//! where the user types the code (rate-limited in the store), the sign-in pages when
//! the browser has no session, and a consent page that names the client, the scopes
//! and the network the request came from (SECURITY.md 41). The token side is in
//! `token` (the grant type) and `domain::oauth::device`.

use axum::extract::{Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Form, Json, Router};
use serde::Deserialize;

use super::page_state::{current_session, signin_page, PageState};
use super::token::{client_of, error_response, TokenForm};
use super::web::{cookie, error_page, page, CSRF_COOKIE, DEVICE_AUTHORIZATION_PATH};
use crate::domain::oauth::device::{Entry, VERIFICATION_PATH};
use crate::domain::oauth::grants::{AuthParams, AuthRequest};
use crate::domain::App;
use crate::pages::{self, scope_words, Lang, Text};
use crate::routes::Meta;
use crate::store::{BrowserSessionRow, ClientRow, DeviceCodeRow};

const DECIDE_PATH: &str = "/device/decide";

pub fn router() -> Router<App> {
    Router::new()
        .route(DEVICE_AUTHORIZATION_PATH, post(device_authorization))
        .route(VERIFICATION_PATH, get(entry_page).post(enter))
        .route(DECIDE_PATH, post(decide))
}

/// Client authentication as at the token endpoint; `Cache-Control: no-store` is the
/// router's default.
async fn device_authorization(
    State(app): State<App>,
    Meta(meta): Meta,
    headers: HeaderMap,
    Form(f): Form<TokenForm>,
) -> Response {
    let result = async {
        let client = client_of(&app, &headers, &f).await?;
        app.start_device_authorization(&client, f.scope.as_deref(), &meta)
            .await
    }
    .await;
    match result {
        Ok(a) => Json(a).into_response(),
        Err(e) => error_response(e),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct EntryForm {
    csrf: String,
    user_code: String,
    ui_locales: Option<String>,
}

fn lang_only(ui_locales: Option<String>) -> AuthParams {
    AuthParams {
        ui_locales,
        ..AuthParams::default()
    }
}

async fn entry_page(
    State(app): State<App>,
    headers: HeaderMap,
    Query(q): Query<EntryForm>,
) -> Response {
    let p = lang_only(q.ui_locales);
    let ps = PageState::new(&app, &headers, &p);
    form_page(&app, &p, ps, &q.user_code, None, StatusCode::OK)
}

fn form_page(
    app: &App,
    p: &AuthParams,
    ps: PageState,
    user_code: &str,
    error: Option<&str>,
    status: StatusCode,
) -> Response {
    let t = Text::of(ps.lang);
    let params: Vec<(&str, String)> = p
        .ui_locales
        .iter()
        .map(|u| ("ui_locales", u.clone()))
        .collect();
    let html = pages::render(
        "device.html",
        minijinja::context! {
            lang => ps.lang.tag(), title => t.device_title, t => t, error => error,
            user_code => user_code, params => params, csrf => app.csrf_token(&ps.csrf_cookie),
        },
    );
    page(status, html, &ps.cookies)
}

/// A typed code: counted, then looked up; a right one goes on to the sign-in pages
/// (no session) or straight to consent.
async fn enter(
    State(app): State<App>,
    Meta(meta): Meta,
    headers: HeaderMap,
    Form(f): Form<EntryForm>,
) -> Response {
    let p = lang_only(f.ui_locales.clone());
    let mut ps = PageState::new(&app, &headers, &p);
    let t = Text::of(ps.lang);
    let browser = cookie(&headers, CSRF_COOKIE);
    if !app.csrf_ok(browser.as_deref(), &f.csrf) {
        return error_page(ps.lang, StatusCode::FORBIDDEN, t.bad_form);
    }
    let browser = browser.unwrap_or_default();
    match app.enter_user_code(&f.user_code, &browser, &meta).await {
        Ok(Entry::Found(row, client)) => {
            let p = AuthParams {
                client_id: client.id.clone(),
                ui_locales: f.ui_locales,
                device: Some(row.id.clone()),
                device_mac: Some(app.device_mac(&row.id)),
                ..AuthParams::default()
            };
            match current_session(&app, &headers).await {
                Some(s) => consent(&app, &p, &row, &client, &s, ps),
                None => signin_page(&app, &p, &client.name, &mut ps, None, StatusCode::OK),
            }
        }
        Ok(Entry::Wrong) => form_page(
            &app,
            &p,
            ps,
            &f.user_code,
            Some(t.device_wrong),
            StatusCode::BAD_REQUEST,
        ),
        Ok(Entry::Limited { until }) => {
            let msg = format!("{} {}.", t.device_limited, when(until));
            let mut r = page(
                StatusCode::TOO_MANY_REQUESTS,
                pages::message(ps.lang, t.device_title, &msg, true),
                &ps.cookies,
            );
            let wait = (until - app.now()).max(1);
            if let Ok(v) = HeaderValue::from_str(&wait.to_string()) {
                r.headers_mut().insert(header::RETRY_AFTER, v);
            }
            r
        }
        Err(e) => internal(ps.lang, e),
    }
}

fn internal(lang: Lang, e: anyhow::Error) -> Response {
    tracing::error!(error = %e, "device page failed");
    error_page(
        lang,
        StatusCode::INTERNAL_SERVER_ERROR,
        Text::of(lang).internal,
    )
}

/// `2026-12-01 14:05 UTC`.
fn when(unix: i64) -> String {
    let d = crate::clock::to_datetime(unix);
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02} UTC",
        d.year(),
        u8::from(d.month()),
        d.day(),
        d.hour(),
        d.minute()
    )
}

/// The sign-in pages' check of a request they carry for a device (`AuthParams::device`).
pub(super) async fn checked(
    app: &App,
    id: &str,
    mac: &str,
    lang: Lang,
) -> Result<AuthRequest, Response> {
    match app.device_request(id, mac).await {
        Ok(Some((row, client))) => Ok(AuthRequest {
            client,
            redirect_uri: String::new(),
            scopes: crate::domain::oauth::parse_scopes(&row.scopes),
            state: None,
            nonce: None,
            code_challenge: None,
            prompt: Vec::new(),
            max_age: None,
        }),
        Ok(None) => Err(gone(lang)),
        Err(e) => Err(internal(lang, e)),
    }
}

fn gone(lang: Lang) -> Response {
    error_page(lang, StatusCode::BAD_REQUEST, Text::of(lang).device_gone)
}

/// After the sign-in pages (`authorize::proceed`): the device's consent page.
pub(super) async fn consent_page(
    app: &App,
    p: &AuthParams,
    _req: &AuthRequest,
    session: &BrowserSessionRow,
    ps: PageState,
) -> Response {
    let id = p.device.as_deref().unwrap_or("");
    match app
        .device_request(id, p.device_mac.as_deref().unwrap_or(""))
        .await
    {
        Ok(Some((row, client))) => consent(app, p, &row, &client, session, ps),
        Ok(None) => gone(ps.lang),
        Err(e) => internal(ps.lang, e),
    }
}

fn consent(
    app: &App,
    p: &AuthParams,
    row: &DeviceCodeRow,
    client: &ClientRow,
    session: &BrowserSessionRow,
    ps: PageState,
) -> Response {
    let t = Text::of(ps.lang);
    let scopes: Vec<&str> = crate::domain::oauth::parse_scopes(&row.scopes)
        .iter()
        .filter_map(|s| scope_words(ps.lang, s))
        .collect();
    let mut params = vec![
        ("device", p.device.clone().unwrap_or_default()),
        ("device_mac", p.device_mac.clone().unwrap_or_default()),
    ];
    if let Some(u) = &p.ui_locales {
        params.push(("ui_locales", u.clone()));
    }
    let network = row.network.clone().unwrap_or_else(|| "?".into());
    let html = pages::render(
        "device_consent.html",
        minijinja::context! {
            lang => ps.lang.tag(), title => t.device_consent_title, t => t,
            client_name => client.name, scopes => scopes, account_id => session.account_id,
            network => network, asked_at => when(row.created_at.unix()),
            params => params, csrf => app.csrf_token(&ps.csrf_cookie),
        },
    );
    page(StatusCode::OK, html, &ps.cookies)
}

#[derive(Deserialize)]
struct DecideForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    decision: String,
    #[serde(flatten)]
    params: AuthParams,
}

/// Allow or Deny: decided once (a second decision finds the code gone).
async fn decide(State(app): State<App>, headers: HeaderMap, Form(f): Form<DecideForm>) -> Response {
    let ps = PageState::new(&app, &headers, &f.params);
    let t = Text::of(ps.lang);
    if !app.csrf_ok(cookie(&headers, CSRF_COOKIE).as_deref(), &f.csrf) {
        return error_page(ps.lang, StatusCode::FORBIDDEN, t.bad_form);
    }
    let Some(session) = current_session(&app, &headers).await else {
        return error_page(ps.lang, StatusCode::FORBIDDEN, t.bad_form);
    };
    let found = app
        .device_request(
            f.params.device.as_deref().unwrap_or(""),
            f.params.device_mac.as_deref().unwrap_or(""),
        )
        .await;
    let (row, client) = match found {
        Ok(Some(x)) => x,
        Ok(None) => return gone(ps.lang),
        Err(e) => return internal(ps.lang, e),
    };
    let approved = f.decision == "allow";
    match app.decide_device(&row, &client, &session, approved).await {
        Ok(true) => {
            let (heading, msg) = if approved {
                (t.device_done_heading, t.device_done)
            } else {
                (t.device_denied_heading, t.device_denied)
            };
            page(
                StatusCode::OK,
                pages::message(ps.lang, heading, msg, false),
                &ps.cookies,
            )
        }
        Ok(false) => gone(ps.lang),
        Err(e) => internal(ps.lang, e),
    }
}
