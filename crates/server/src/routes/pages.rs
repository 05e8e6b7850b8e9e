//! The email confirmation page. GET only shows it (a mail scanner's prefetch must
//! not consume the link); the Confirm button POSTs. No JavaScript; plain HTML, in
//! the browser's language (English or Simplified Chinese).

use axum::extract::{Query, State};
use axum::response::Html;
use axum::routing::get;
use axum::{Form, Router};
use serde::Deserialize;

use super::Meta;
use crate::courier::text::Lang;
use crate::domain::email_change::LinkState;
use crate::domain::App;

pub fn router() -> Router<App> {
    Router::new().route("/email/verify", get(show).post(confirm))
}

#[derive(Deserialize)]
pub struct Token {
    #[serde(default)]
    t: String,
}

/// A page's words in one language; the English ones are what the page always said.
struct Words {
    title: &'static str,
    /// `{address}` stands for the address being confirmed.
    pending: &'static str,
    confirm: &'static str,
    not_me: &'static str,
    confirmed: &'static str,
    used: &'static str,
    expired: &'static str,
    invalid: &'static str,
}

const EN: Words = Words {
    title: "Confirm your email address",
    pending: "<h1>Confirm your email address</h1>\n<p>Press the button to confirm <strong>{address}</strong> for your account. It then becomes a way to sign in and to recover the account.</p>",
    confirm: "Confirm",
    not_me: "<p>If you did not ask for this, close this page: nothing changes.</p>",
    confirmed: "<h1 role=\"status\">Email confirmed</h1>\n<p>Your email address is confirmed. You can close this page.</p>",
    used: "<h1 role=\"status\">Already confirmed</h1>\n<p>This link was already used: the address is confirmed. Nothing else to do.</p>",
    expired: "<h1 role=\"alert\">Link expired</h1>\n<p>This link has expired. Ask for a new one with <code>acctl email set ADDRESS</code>.</p>",
    invalid: "<h1 role=\"alert\">Link not valid</h1>\n<p>This link is not valid. Check that you opened the whole link from the message, or ask for a new one with <code>acctl email set ADDRESS</code>.</p>",
};

const ZH_HANS: Words = Words {
    title: "确认您的邮箱地址",
    pending: "<h1>确认您的邮箱地址</h1>\n<p>按下按钮，为您的账号确认 <strong>{address}</strong>。确认后，它可用于登录和恢复账号。</p>",
    confirm: "确认",
    not_me: "<p>如果您没有发起此请求，请关闭此页面：不会有任何更改。</p>",
    confirmed: "<h1 role=\"status\">邮箱已确认</h1>\n<p>您的邮箱地址已确认。您可以关闭此页面。</p>",
    used: "<h1 role=\"status\">已经确认</h1>\n<p>此链接已使用过：该地址已确认，无需其他操作。</p>",
    expired: "<h1 role=\"alert\">链接已过期</h1>\n<p>此链接已过期。请用 <code>acctl email set ADDRESS</code> 重新获取。</p>",
    invalid: "<h1 role=\"alert\">链接无效</h1>\n<p>此链接无效。请确认您打开的是消息中的完整链接，或用 <code>acctl email set ADDRESS</code> 重新获取。</p>",
};

/// Pages follow the browser's `Accept-Language` (PRODUCT.md "Language").
fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::En => &EN,
        Lang::ZhHans => &ZH_HANS,
    }
}

async fn show(State(app): State<App>, Meta(meta): Meta, Query(q): Query<Token>) -> Html<String> {
    let lang = meta.language();
    let w = words(lang);
    let body = match app.email_link_state(&q.t).await {
        LinkState::Pending { sent_to } => format!(
            r#"{}
<form method="post" action="/email/verify">
<input type="hidden" name="t" value="{}">
<button type="submit">{}</button>
</form>
{}"#,
            w.pending.replace("{address}", &escape(&sent_to)),
            escape(&q.t),
            w.confirm,
            w.not_me
        ),
        other => outcome(&other, w).to_string(),
    };
    page(lang, &body)
}

async fn confirm(State(app): State<App>, Meta(meta): Meta, Form(f): Form<Token>) -> Html<String> {
    let lang = meta.language();
    let w = words(lang);
    let body = match app.verify_email_token(&f.t, &meta).await {
        Ok(_) => w.confirmed,
        Err(_) => outcome(&app.email_link_state(&f.t).await, w),
    };
    page(lang, body)
}

fn outcome(state: &LinkState, w: &'static Words) -> &'static str {
    match state {
        LinkState::Used => w.used,
        LinkState::Expired => w.expired,
        LinkState::Invalid | LinkState::Pending { .. } => w.invalid,
    }
}

fn page(lang: Lang, body: &str) -> Html<String> {
    let title = words(lang).title;
    let tag = lang.tag();
    Html(format!(
        r#"<!doctype html>
<html lang="{tag}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
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
