//! What people read: code and link messages and email subjects, in English and
//! Simplified Chinese, and the HTML part of emails. Notices are in `notices.rs`.

/// The languages messages are written in: the account's (`accounts.language`),
/// or the request's for messages with no account behind them.
pub use acct_api::Language as Lang;

/// What a code is for, as people say it.
fn purpose_words(purpose: &str, lang: Lang) -> String {
    match (lang, purpose) {
        (Lang::En, "signup") => "sign-up".into(),
        (Lang::En, "login") => "sign-in".into(),
        (Lang::En, other) => other.replace('_', " "),
        (Lang::ZhHans, "signup") => "注册".into(),
        (Lang::ZhHans, "login") => "登录".into(),
        (Lang::ZhHans, "password_reset") => "重置密码".into(),
        (Lang::ZhHans, "phone_change") => "更换手机号".into(),
        (Lang::ZhHans, "email_change") => "更换邮箱".into(),
        (Lang::ZhHans, "delete_account") => "注销账号".into(),
        (Lang::ZhHans, _) => "身份验证".into(),
    }
}

/// The text of a code message (the SMS, and the plain part of an email).
pub fn code_text(purpose: &str, code: &str, minutes: i64, lang: Lang) -> String {
    match lang {
        Lang::En => format!(
            "Your acct {} code is {code}. It expires in {minutes} minutes. Never share it; we will never ask for it.",
            purpose_words(purpose, lang)
        ),
        Lang::ZhHans => format!(
            "您的 acct {}验证码是 {code}，{minutes} 分钟内有效。请勿告诉他人，我们绝不会向您索要验证码。",
            purpose_words(purpose, lang)
        ),
    }
}

/// The text of an email-verification link message.
pub fn link_text(url: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!(
            "Confirm this address for your acct account: {url}\nThe link works once, for 24 hours. If you did not ask for this, ignore this message."
        ),
        Lang::ZhHans => format!(
            "请确认这是您 acct 账号的邮箱：{url}\n此链接只能使用一次，24 小时内有效。如果您没有发起此请求，请忽略此消息。"
        ),
    }
}

/// An email's subject line. It never holds the code: subjects show on lock screens.
pub fn email_subject(purpose: &str, has_code: bool, lang: Lang) -> String {
    match (lang, has_code) {
        (Lang::En, true) => format!("Your acct {} code", purpose_words(purpose, lang)),
        (Lang::En, false) => "A message about your acct account".into(),
        (Lang::ZhHans, true) => format!("您的 acct {}验证码", purpose_words(purpose, lang)),
        (Lang::ZhHans, false) => "关于您的 acct 账号的通知".into(),
    }
}

/// The HTML part of an email: the same text, with the code set large.
pub fn email_html(text: &str, code: Option<&str>, lang: Lang) -> String {
    let body = escape(text);
    let code_block = code
        .map(|c| {
            format!(
                "<p style=\"font-size:28px;font-weight:bold;letter-spacing:4px;font-family:monospace\">{}</p>\n",
                escape(c)
            )
        })
        .unwrap_or_default();
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"></head>\n<body style=\"font-family:sans-serif\">\n{code_block}<p>{body}</p>\n</body></html>\n",
        lang.tag()
    )
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subjects_are_localised_and_never_carry_the_code() {
        assert_eq!(
            email_subject("signup", true, Lang::En),
            "Your acct sign-up code"
        );
        assert_eq!(
            email_subject("login", true, Lang::ZhHans),
            "您的 acct 登录验证码"
        );
        let text = code_text("login", "123456", 10, Lang::ZhHans);
        assert!(
            text.contains("123456") && text.contains("10 分钟"),
            "{text}"
        );
    }

    /// A stand-in (written in the request's language) and the real message (in the
    /// account's) must seal to the same size: every code and link text, in either
    /// language, fits one padding block with the payload's other fields.
    #[test]
    fn code_and_link_texts_fit_one_padding_block_in_every_language() {
        // The rest of the sealed payload: field names, a 10-digit code, a language, a time.
        const PAYLOAD_FIELDS: usize = 160;
        let link = format!(
            "https://accounts.example.com/email/verify?t={}",
            "x".repeat(120)
        );
        for lang in acct_api::LANGUAGES {
            for purpose in [
                "signup",
                "login",
                "password_reset",
                "phone_change",
                "email_change",
                "delete_account",
                "reauth",
            ] {
                let text = code_text(purpose, "1234567890", 10, lang);
                let json = serde_json::to_string(&text).unwrap_or_default();
                assert!(
                    json.len() + PAYLOAD_FIELDS <= super::super::seal::PAD,
                    "{purpose} {lang}: {}",
                    json.len()
                );
            }
            let json = serde_json::to_string(&link_text(&link, lang)).unwrap_or_default();
            assert!(
                json.len() + PAYLOAD_FIELDS <= super::super::seal::PAD,
                "link {lang}: {}",
                json.len()
            );
        }
    }

    #[test]
    fn html_escapes_the_text() {
        let html = email_html("<b>&</b>", Some("123456"), Lang::En);
        assert!(html.contains("&lt;b&gt;&amp;&lt;/b&gt;"));
        assert!(html.contains("123456") && html.contains("lang=\"en\""));
    }
}
