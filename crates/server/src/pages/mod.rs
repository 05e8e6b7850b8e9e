//! Server-rendered pages of the OpenID provider (sign-in, second step, consent,
//! signed out, errors): minijinja templates compiled into the binary, escaped by
//! default, no JavaScript. English or Simplified Chinese, by `ui_locales`, then
//! `Accept-Language`.

mod text;

use std::sync::OnceLock;

use minijinja::Environment;
use serde::Serialize;

pub use text::{scope_words, Lang, Text};

fn env() -> &'static Environment<'static> {
    static ENV: OnceLock<Environment<'static>> = OnceLock::new();
    ENV.get_or_init(|| {
        let mut env = Environment::new();
        for (name, source) in [
            ("base.html", include_str!("../../templates/pages/base.html")),
            (
                "hidden.html",
                include_str!("../../templates/pages/hidden.html"),
            ),
            (
                "signin.html",
                include_str!("../../templates/pages/signin.html"),
            ),
            ("step.html", include_str!("../../templates/pages/step.html")),
            (
                "consent.html",
                include_str!("../../templates/pages/consent.html"),
            ),
            (
                "device.html",
                include_str!("../../templates/pages/device.html"),
            ),
            (
                "device_consent.html",
                include_str!("../../templates/pages/device_consent.html"),
            ),
            (
                "message.html",
                include_str!("../../templates/pages/message.html"),
            ),
            (
                "logout.html",
                include_str!("../../templates/pages/logout.html"),
            ),
        ] {
            if let Err(e) = env.add_template(name, source) {
                // The templates ship in the binary and a unit test renders each one.
                tracing::error!(template = name, error = %e, "page template does not compile");
            }
        }
        env
    })
}

/// Renders a page; a template error becomes a plain apology (and a log line).
pub fn render<S: Serialize>(name: &str, ctx: S) -> String {
    match env().get_template(name).and_then(|t| t.render(ctx)) {
        Ok(html) => html,
        Err(e) => {
            tracing::error!(template = name, error = %e, "page rendering failed");
            "<!doctype html><title>Error</title><p>This page could not be shown. Try again later.</p>".into()
        }
    }
}

#[derive(Serialize)]
struct MessageCtx<'a> {
    lang: &'a str,
    title: &'a str,
    heading: &'a str,
    message: &'a str,
    role: &'a str,
}

/// A page that only says something (an error, or that the user is signed out).
pub fn message(lang: Lang, heading: &str, message: &str, is_error: bool) -> String {
    render(
        "message.html",
        MessageCtx {
            lang: lang.tag(),
            title: heading,
            heading,
            message,
            role: if is_error { "alert" } else { "status" },
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_renders_and_escapes() {
        let html = message(Lang::En, "<b>x</b>", "a & b", true);
        assert!(
            html.contains("&lt;b&gt;x") && !html.contains("<b>"),
            "{html}"
        );
        assert!(html.contains("a &amp; b"));
        for name in [
            "signin.html",
            "step.html",
            "consent.html",
            "logout.html",
            "device.html",
            "device_consent.html",
        ] {
            let out = env()
                .get_template(name)
                .unwrap()
                .render(minijinja::context! {
                    lang => "en", title => "t", t => Text::of(Lang::ZhHans),
                    params => vec![("state", "\"><script>")], csrf => "c", scopes => vec!["s"],
                });
            let out = out.unwrap();
            assert!(!out.contains("<script>"), "{name}: {out}");
        }
    }
}
