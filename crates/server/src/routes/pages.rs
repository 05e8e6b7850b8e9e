//! The email confirmation page. GET only shows it (a mail scanner's prefetch must
//! not consume the link); the Confirm button POSTs. No JavaScript; plain HTML.

use axum::extract::{Query, State};
use axum::response::Html;
use axum::routing::get;
use axum::{Form, Router};
use serde::Deserialize;

use super::Meta;
use crate::domain::credentials::LinkState;
use crate::domain::App;

pub fn router() -> Router<App> {
    Router::new().route("/email/verify", get(show).post(confirm))
}

#[derive(Deserialize)]
pub struct Token {
    #[serde(default)]
    t: String,
}

async fn show(State(app): State<App>, Query(q): Query<Token>) -> Html<String> {
    let body = match app.email_link_state(&q.t).await {
        LinkState::Pending { sent_to } => format!(
            r#"<h1>Confirm your email address</h1>
<p>Press the button to confirm <strong>{}</strong> for your account. It then becomes a way to sign in and to recover the account.</p>
<form method="post" action="/email/verify">
<input type="hidden" name="t" value="{}">
<button type="submit">Confirm</button>
</form>
<p>If you did not ask for this, close this page: nothing changes.</p>"#,
            escape(&sent_to),
            escape(&q.t)
        ),
        other => outcome(&other),
    };
    page("Confirm your email address", &body)
}

async fn confirm(State(app): State<App>, Meta(meta): Meta, Form(f): Form<Token>) -> Html<String> {
    let body = match app.verify_email_token(&f.t, &meta).await {
        Ok(_) => r#"<h1 role="status">Email confirmed</h1>
<p>Your email address is confirmed. You can close this page.</p>"#
            .to_string(),
        Err(_) => outcome(&app.email_link_state(&f.t).await),
    };
    page("Confirm your email address", &body)
}

fn outcome(state: &LinkState) -> String {
    match state {
        LinkState::Used => r#"<h1 role="status">Already confirmed</h1>
<p>This link was already used: the address is confirmed. Nothing else to do.</p>"#
            .into(),
        LinkState::Expired => r#"<h1 role="alert">Link expired</h1>
<p>This link has expired. Ask for a new one with <code>acctl email set ADDRESS</code>.</p>"#
            .into(),
        LinkState::Invalid | LinkState::Pending { .. } => r#"<h1 role="alert">Link not valid</h1>
<p>This link is not valid. Check that you opened the whole link from the message, or ask for a new one with <code>acctl email set ADDRESS</code>.</p>"#
            .into(),
    }
}

fn page(title: &str, body: &str) -> Html<String> {
    Html(format!(
        r#"<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>{title}</title>
<style>body{{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#111;background:#fff}}
button{{font-size:1.1rem;padding:.6rem 1.4rem;border-radius:.4rem;border:2px solid #0b57d0;background:#0b57d0;color:#fff;cursor:pointer}}
button:focus{{outline:3px solid #f9ab00;outline-offset:2px}}</style></head>
<body><main>{body}</main></body></html>"#
    ))
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
