//! The sign-in pages: the first step (account ID, phone or email; a password or a
//! code) and the steps after it (the code, the second factor, a forced new password).
//! They drive the very flows the JSON API and acctl drive, so every lockout, limit
//! and enumeration rule holds here too (SECURITY.md 52).

use acct_api::{Awaiting, FlowInput, FlowStatus, LoginMethod, StartFlow};
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::routing::post;
use axum::{Form, Router};
use serde::Deserialize;

use super::authorize::{checked, hidden_params, proceed, signin_page, PageState};
use super::web::{cookie, error_page, page, set_cookie, CSRF_COOKIE, SESSION_COOKIE};
use crate::domain::oauth::grants::{AuthParams, AuthRequest};
use crate::domain::App;
use crate::error::ApiError;
use crate::pages::{self, Text};
use crate::routes::Meta;

pub fn router() -> Router<App> {
    Router::new()
        .route("/oauth/signin", post(signin))
        .route("/oauth/signin/step", post(step))
}

#[derive(Deserialize)]
struct SigninForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    login: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    method: String,
    #[serde(flatten)]
    params: AuthParams,
}

async fn signin(
    State(app): State<App>,
    Meta(meta): Meta,
    headers: HeaderMap,
    Form(f): Form<SigninForm>,
) -> Response {
    let mut ps = PageState::new(&app, &headers, &f.params);
    let req = match checked(&app, &f.params, ps.lang).await {
        Ok(r) => r,
        Err(resp) => return resp,
    };
    if !app.csrf_ok(cookie(&headers, CSRF_COOKIE).as_deref(), &f.csrf) {
        return error_page(ps.lang, StatusCode::FORBIDDEN, Text::of(ps.lang).bad_form);
    }
    let (method, amr) = match f.method.as_str() {
        "sms" => (LoginMethod::Sms, "sms"),
        "email_code" => (LoginMethod::EmailCode, "otp"),
        _ => (LoginMethod::Password, "pwd"),
    };
    let start = StartFlow::Login {
        login: f.login.trim().to_string(),
        method,
        password: (method == LoginMethod::Password).then(|| f.password.as_str().into()),
        device_name: Some(device_name(&req)),
    };
    let mut shown = f.params.clone();
    shown.login_hint = Some(f.login.trim().to_string());
    match app.start_flow(start, None, &meta).await {
        Ok(flow) => after_step(&app, &f.params, &req, ps, flow, amr.to_string()).await,
        Err(e) => {
            let msg = page_message(&e, ps.lang);
            signin_page(
                &app,
                &shown,
                &req.client.name,
                &mut ps,
                Some(&msg),
                StatusCode::BAD_REQUEST,
            )
        }
    }
}

#[derive(Deserialize)]
struct StepForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    flow_id: String,
    #[serde(default)]
    amr: String,
    #[serde(default)]
    amr_mac: String,
    #[serde(default)]
    step: String,
    #[serde(default)]
    code: String,
    #[serde(default)]
    password: String,
    #[serde(flatten)]
    params: AuthParams,
}

async fn step(
    State(app): State<App>,
    Meta(meta): Meta,
    headers: HeaderMap,
    Form(f): Form<StepForm>,
) -> Response {
    let ps = PageState::new(&app, &headers, &f.params);
    let req = match checked(&app, &f.params, ps.lang).await {
        Ok(r) => r,
        Err(resp) => return resp,
    };
    let mac_ok = crate::secret::ct_eq(
        app.page_mac(&[&f.flow_id, &f.amr]).as_bytes(),
        f.amr_mac.as_bytes(),
    );
    if !app.csrf_ok(cookie(&headers, CSRF_COOKIE).as_deref(), &f.csrf) || !mac_ok {
        return error_page(ps.lang, StatusCode::FORBIDDEN, Text::of(ps.lang).bad_form);
    }
    let code = f.code.trim().to_string();
    let mut amr = f.amr.clone();
    let input = match f.step.as_str() {
        "totp" => {
            amr.push_str(" otp mfa");
            // Six digits are the authenticator's; anything else is a recovery code.
            if code.len() == 6 && code.bytes().all(|b| b.is_ascii_digit()) {
                FlowInput {
                    totp: Some(code.into()),
                    ..FlowInput::default()
                }
            } else {
                FlowInput {
                    recovery_code: Some(code.into()),
                    ..FlowInput::default()
                }
            }
        }
        "new_password" => FlowInput {
            password: Some(f.password.as_str().into()),
            ..FlowInput::default()
        },
        _ => FlowInput {
            code: Some(code.into()),
            ..FlowInput::default()
        },
    };
    match app.advance_flow(&f.flow_id, input, None, &meta).await {
        Ok(flow) => after_step(&app, &f.params, &req, ps, flow, amr).await,
        Err(e) => {
            let msg = page_message(&e, ps.lang);
            // The same step again with the reason (a wrong code, a lock, an expired flow).
            match app.get_flow(&f.flow_id).await {
                Ok(flow) if flow.status == FlowStatus::Pending => {
                    step_page(&app, &f.params, ps, &flow, f.amr.clone(), Some(&msg))
                }
                _ => {
                    let mut ps = ps;
                    signin_page(
                        &app,
                        &f.params,
                        &req.client.name,
                        &mut ps,
                        Some(&msg),
                        StatusCode::BAD_REQUEST,
                    )
                }
            }
        }
    }
}

/// Where a sign-in flow stands after a step: signed in (open the browser session
/// and go on to consent or the code), or the next step's page.
async fn after_step(
    app: &App,
    p: &AuthParams,
    req: &AuthRequest,
    mut ps: PageState,
    flow: acct_api::Flow,
    amr: String,
) -> Response {
    if flow.status == FlowStatus::Complete {
        let Some(session) = flow.result.as_ref().and_then(|r| r.session.as_ref()) else {
            return error_page(
                ps.lang,
                StatusCode::INTERNAL_SERVER_ERROR,
                Text::of(ps.lang).internal,
            );
        };
        let amr: Vec<String> = crate::domain::oauth::parse_scopes(&amr);
        let opened = match app
            .open_browser_session(&session.account_id, &session.device_id, &amr)
            .await
        {
            Ok(c) => c,
            Err(e) => {
                tracing::error!(error = %e, "opening a browser session failed");
                return error_page(
                    ps.lang,
                    StatusCode::INTERNAL_SERVER_ERROR,
                    Text::of(ps.lang).internal,
                );
            }
        };
        let Ok(Some(row)) = app.browser_session(&opened).await else {
            return error_page(
                ps.lang,
                StatusCode::INTERNAL_SERVER_ERROR,
                Text::of(ps.lang).internal,
            );
        };
        ps.cookies.push(set_cookie(
            app,
            SESSION_COOKIE,
            &opened,
            app.config.oidc.browser_session_ttl,
        ));
        return proceed(app, p, req, &row, ps, false).await;
    }
    step_page(app, p, ps, &flow, amr, None)
}

fn step_page(
    app: &App,
    p: &AuthParams,
    ps: PageState,
    flow: &acct_api::Flow,
    amr: String,
    error: Option<&str>,
) -> Response {
    let t = Text::of(ps.lang);
    let (step, heading, label, note) = match flow.awaiting {
        Some(Awaiting::Totp) => ("totp", t.totp_heading, t.totp_label, None),
        Some(Awaiting::NewPassword) => (
            "new_password",
            t.new_password_heading,
            t.new_password_label,
            Some(t.new_password_note.to_string()),
        ),
        Some(Awaiting::Code) => (
            "code",
            t.code_heading,
            t.code_label,
            flow.sent_to
                .as_ref()
                .map(|to| format!("{} {to}", t.code_sent_to)),
        ),
        _ => return error_page(ps.lang, StatusCode::BAD_REQUEST, t.bad_form),
    };
    let html = pages::render(
        "step.html",
        minijinja::context! {
            lang => ps.lang.tag(), title => heading, t => t, heading => heading, field_label => label,
            note => note, error => error, step => step, flow_id => flow.flow_id,
            amr => amr, amr_mac => app.page_mac(&[&flow.flow_id, &amr]),
            params => hidden_params(p), csrf => app.csrf_token(&ps.csrf_cookie),
        },
    );
    page(
        if error.is_some() {
            StatusCode::BAD_REQUEST
        } else {
            StatusCode::OK
        },
        html,
        &ps.cookies,
    )
}

/// The device a browser sign-in creates is named for the app it was for, so
/// `acctl devices` and activity say which app it was.
fn device_name(req: &AuthRequest) -> String {
    format!("Browser: {}", req.client.name)
}

/// The service's own message (what acctl prints); an internal failure's detail
/// goes to the log only.
fn page_message(e: &ApiError, lang: crate::pages::Lang) -> String {
    match e {
        ApiError::Api { message, .. } => message.clone(),
        ApiError::Internal(err) => {
            tracing::error!(error = %err, "sign-in page step failed");
            Text::of(lang).internal.to_string()
        }
    }
}
