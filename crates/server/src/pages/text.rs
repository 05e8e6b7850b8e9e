//! The pages' words, in English and Simplified Chinese.

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    ZhHans,
}

impl Lang {
    /// `ui_locales` first (space-separated, in order of preference), then
    /// `Accept-Language`; anything Chinese is Simplified Chinese, the rest English.
    pub fn pick(ui_locales: Option<&str>, accept_language: Option<&str>) -> Lang {
        let from_list = |list: &str, sep: char| {
            list.split(sep)
                .map(|t| {
                    t.split(';')
                        .next()
                        .unwrap_or("")
                        .trim()
                        .to_ascii_lowercase()
                })
                .find_map(|t| match t.as_str() {
                    t if t.starts_with("zh") => Some(Lang::ZhHans),
                    t if t.starts_with("en") => Some(Lang::En),
                    _ => None,
                })
        };
        ui_locales
            .and_then(|u| from_list(u, ' '))
            .or_else(|| accept_language.and_then(|a| from_list(a, ',')))
            .unwrap_or(Lang::En)
    }

    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhHans => "zh-Hans",
        }
    }
}

/// Every fixed string the templates show.
#[derive(Debug, Clone, Serialize)]
pub struct Text {
    pub signin_title: &'static str,
    pub signin_for: &'static str,
    pub login_label: &'static str,
    pub password_label: &'static str,
    pub password_hint: &'static str,
    pub signin_button: &'static str,
    pub sms_button: &'static str,
    pub email_button: &'static str,
    pub forgot: &'static str,
    pub totp_heading: &'static str,
    pub totp_label: &'static str,
    pub recovery_hint: &'static str,
    pub code_heading: &'static str,
    pub code_label: &'static str,
    pub code_sent_to: &'static str,
    pub new_password_heading: &'static str,
    pub new_password_label: &'static str,
    pub new_password_note: &'static str,
    pub continue_button: &'static str,
    pub consent_title: &'static str,
    pub consent_wants: &'static str,
    pub consent_signed_in_as: &'static str,
    pub consent_revoke_hint: &'static str,
    pub allow_button: &'static str,
    pub deny_button: &'static str,
    pub error_heading: &'static str,
    pub unknown_client: &'static str,
    pub bad_redirect_uri: &'static str,
    pub bad_form: &'static str,
    pub internal: &'static str,
    pub signed_out_heading: &'static str,
    pub signed_out: &'static str,
    pub sign_out_heading: &'static str,
    pub sign_out_question: &'static str,
    pub sign_out_button: &'static str,
    pub device_title: &'static str,
    pub device_intro: &'static str,
    pub device_code_label: &'static str,
    pub device_wrong: &'static str,
    pub device_limited: &'static str,
    pub device_gone: &'static str,
    pub device_consent_title: &'static str,
    pub device_wants: &'static str,
    pub device_asked_from: &'static str,
    pub device_warning: &'static str,
    pub device_done_heading: &'static str,
    pub device_done: &'static str,
    pub device_denied_heading: &'static str,
    pub device_denied: &'static str,
}

const EN: Text = Text {
    signin_title: "Sign in",
    signin_for: "to continue to",
    login_label: "Account ID, phone or email",
    password_label: "Password",
    password_hint: "Or leave the password empty and get a one-time code instead.",
    signin_button: "Sign in",
    sms_button: "Text me a code",
    email_button: "Email me a code",
    forgot: "Forgot your password? Run `acctl recover password LOGIN`, or use manual verification with `acctl recover ticket` if you no longer have your phone or email.",
    totp_heading: "Two-step verification",
    totp_label: "Code from your authenticator app",
    recovery_hint: "No authenticator at hand? Enter one of your recovery codes instead.",
    code_heading: "Enter the code",
    code_label: "One-time code",
    code_sent_to: "We sent a code to",
    new_password_heading: "Choose a new password",
    new_password_label: "New password",
    new_password_note: "Your password appeared in a data breach, so it must be changed before you sign in.",
    continue_button: "Continue",
    consent_title: "Allow access?",
    consent_wants: "wants to:",
    consent_signed_in_as: "You are signed in as",
    consent_revoke_hint: "You can take this back at any time with `acctl apps revoke`.",
    allow_button: "Allow",
    deny_button: "Deny",
    error_heading: "Something is wrong with this sign-in link",
    unknown_client: "The app that sent you here is not registered with this service. Go back to the app and try again, or tell its developer.",
    bad_redirect_uri: "The app that sent you here asked to return to an address it has not registered, so you are not sent on. Go back to the app and try again, or tell its developer.",
    bad_form: "This page expired or was opened in another window. Go back to the app and start the sign-in again.",
    internal: "The service could not finish this just now. Try again in a moment.",
    signed_out_heading: "Signed out",
    signed_out: "You are signed out of this browser. You can close this page.",
    sign_out_heading: "Sign out?",
    sign_out_question: "Sign out of your account in this browser? Apps you use stay connected until you revoke them with `acctl apps revoke`.",
    sign_out_button: "Sign out",
    device_title: "Connect a device",
    device_intro: "Enter the code shown on your device or in your terminal.",
    device_code_label: "Code",
    device_wrong: "That code is not right, or it has expired or been used. Check the code in your terminal; if it has expired, start the sign-in there again.",
    device_limited: "Too many wrong codes were entered here. Try again after",
    device_gone: "This code was already used or has expired. Start the sign-in again on your device.",
    device_consent_title: "Sign in on a device?",
    device_wants: "asks to sign in to your account and to:",
    device_asked_from: "The request came from the network",
    device_warning: "Only continue if you started this on your own device. If someone else gave you this code, choose Deny.",
    device_done_heading: "Device signed in",
    device_done: "You can return to your terminal.",
    device_denied_heading: "Sign-in denied",
    device_denied: "The device was not signed in. You can close this page.",
};

const ZH: Text = Text {
    signin_title: "登录",
    signin_for: "以继续使用",
    login_label: "账号 ID、手机号或邮箱",
    password_label: "密码",
    password_hint: "也可以不填密码，改用一次性验证码登录。",
    signin_button: "登录",
    sms_button: "短信发送验证码",
    email_button: "邮件发送验证码",
    forgot: "忘记密码？运行 `acctl recover password 账号`；如果手机和邮箱都已无法使用，请用 `acctl recover ticket` 申请人工验证。",
    totp_heading: "两步验证",
    totp_label: "身份验证器中的验证码",
    recovery_hint: "身份验证器不在身边？可以输入一个恢复码。",
    code_heading: "输入验证码",
    code_label: "一次性验证码",
    code_sent_to: "验证码已发送至",
    new_password_heading: "设置新密码",
    new_password_label: "新密码",
    new_password_note: "你的密码出现在已泄露的数据中，登录前必须先修改。",
    continue_button: "继续",
    consent_title: "允许访问？",
    consent_wants: "请求：",
    consent_signed_in_as: "当前登录账号",
    consent_revoke_hint: "你可以随时用 `acctl apps revoke` 撤销授权。",
    allow_button: "允许",
    deny_button: "拒绝",
    error_heading: "此登录链接有问题",
    unknown_client: "将你带到这里的应用未在本服务注册。请返回该应用重试，或告知其开发者。",
    bad_redirect_uri: "将你带到这里的应用要求返回一个未注册的地址，因此不会跳转。请返回该应用重试，或告知其开发者。",
    bad_form: "此页面已过期或已在其他窗口打开。请返回应用重新登录。",
    internal: "服务暂时无法完成此操作，请稍后重试。",
    signed_out_heading: "已退出登录",
    signed_out: "你已在此浏览器退出登录，可以关闭此页面。",
    sign_out_heading: "退出登录？",
    sign_out_question: "要在此浏览器退出你的账号吗？你授权过的应用会保持连接，直到你用 `acctl apps revoke` 撤销。",
    sign_out_button: "退出登录",
    device_title: "连接设备",
    device_intro: "请输入设备或终端上显示的代码。",
    device_code_label: "代码",
    device_wrong: "代码不正确，或已过期、已使用。请核对终端中的代码；如已过期，请在终端重新开始登录。",
    device_limited: "此处输入错误代码的次数过多。请在以下时间后重试：",
    device_gone: "此代码已使用或已过期。请在设备上重新开始登录。",
    device_consent_title: "在设备上登录？",
    device_wants: "请求登录你的账号，并：",
    device_asked_from: "请求来自网络",
    device_warning: "只有在你自己的设备上发起了此操作时才继续。如果代码是别人给你的，请选择拒绝。",
    device_done_heading: "设备已登录",
    device_done: "你可以返回终端了。",
    device_denied_heading: "已拒绝登录",
    device_denied: "设备未登录。你可以关闭此页面。",
};

impl Text {
    pub fn of(lang: Lang) -> &'static Text {
        match lang {
            Lang::En => &EN,
            Lang::ZhHans => &ZH,
        }
    }
}

/// A scope in plain words, for the consent page.
pub fn scope_words(lang: Lang, scope: &str) -> Option<&'static str> {
    Some(match (lang, scope) {
        (Lang::En, "openid") => "know your account ID",
        (Lang::En, "profile") => "see your name",
        (Lang::En, "email") => "see your email address",
        (Lang::En, "phone") => "see your phone number",
        (Lang::En, "offline_access") => "stay signed in when you are not using it",
        (Lang::ZhHans, "openid") => "获取你的账号 ID",
        (Lang::ZhHans, "profile") => "查看你的姓名",
        (Lang::ZhHans, "email") => "查看你的邮箱地址",
        (Lang::ZhHans, "phone") => "查看你的手机号",
        (Lang::ZhHans, "offline_access") => "在你不使用时保持登录",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::Lang;

    #[test]
    fn ui_locales_win_over_accept_language() {
        assert_eq!(Lang::pick(Some("zh-CN en"), Some("en-US")), Lang::ZhHans);
        assert_eq!(Lang::pick(Some("fr en"), Some("zh")), Lang::En);
        assert_eq!(
            Lang::pick(None, Some("fr;q=1, zh-Hans;q=0.8")),
            Lang::ZhHans
        );
        assert_eq!(Lang::pick(None, None), Lang::En);
    }
}
