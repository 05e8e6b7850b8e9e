//! What people read: code messages and email subjects, in English and Simplified
//! Chinese, and the HTML part of emails. The language is the account's
//! (`accounts.language`), English when unknown.

/// The languages messages are written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    ZhHans,
}

impl Lang {
    /// `zh`, `zh-CN`, `zh-Hans`, `zh-SG` (any case, `_` or `-`) read as Simplified Chinese;
    /// everything else (and nothing) as English.
    pub fn from_tag(tag: Option<&str>) -> Self {
        let Some(tag) = tag else { return Lang::En };
        let t = tag.trim().to_ascii_lowercase().replace('_', "-");
        let simplified =
            t == "zh" || t.starts_with("zh-hans") || t == "zh-cn" || t == "zh-sg" || t == "zh-my";
        if simplified {
            Lang::ZhHans
        } else {
            Lang::En
        }
    }

    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhHans => "zh-Hans",
        }
    }
}

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
    fn chinese_tags_read_as_simplified_chinese_and_the_rest_as_english() {
        for t in ["zh", "zh-Hans", "zh-hans-CN", "zh_CN", "ZH-cn"] {
            assert_eq!(Lang::from_tag(Some(t)), Lang::ZhHans, "{t}");
        }
        for t in ["en", "en-GB", "zh-Hant", "zh-TW", "fr", ""] {
            assert_eq!(Lang::from_tag(Some(t)), Lang::En, "{t}");
        }
        assert_eq!(Lang::from_tag(None), Lang::En);
    }

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

    #[test]
    fn html_escapes_the_text() {
        let html = email_html("<b>&</b>", Some("123456"), Lang::En);
        assert!(html.contains("&lt;b&gt;&amp;&lt;/b&gt;"));
        assert!(html.contains("123456") && html.contains("lang=\"en\""));
    }
}
