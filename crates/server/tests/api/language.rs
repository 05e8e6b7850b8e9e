//! The account's language (PRODUCT.md "Language"): set at sign-up from
//! `Accept-Language`, changed with `PUT /v1/me/language`; codes and notices are
//! written in it; error messages follow each request's `Accept-Language`, with the
//! same code and status in every language.

use acct_api::{ActivityQuery, ErrorCode, FindId, Language};
use acct_client::{Client, ClientOptions};

use crate::factors::start_sms_login;
use crate::support::*;

/// A client whose requests carry `Accept-Language: value`.
fn speaking(s: &TestServer, value: &str) -> Client {
    let options = ClientOptions {
        accept_language: Some(value.into()),
        ..ClientOptions::default()
    };
    Client::new(&s.url, options).expect("client")
}

/// The newest message's rendered text to `to`.
fn last_text(s: &TestServer, to: &str) -> String {
    s.messages()
        .iter()
        .rev()
        .find(|m| m["to"] == to)
        .and_then(|m| m["text"].as_str().map(str::to_string))
        .unwrap_or_else(|| panic!("nothing was sent to {to}"))
}

fn is_chinese(text: &str) -> bool {
    text.chars().any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c))
}

#[tokio::test]
async fn a_chinese_sign_up_makes_a_chinese_account_and_later_messages_follow_the_setting() {
    let s = TestServer::start().await;
    let phone = "+8613812340901";
    let zh = speaking(&s, "zh-CN,zh;q=0.9,en;q=0.8");
    let flow = zh.start_flow(&phone_signup(phone)).await.unwrap();
    let signup_text = last_text(&s, phone);
    assert!(signup_text.contains("注册验证码"), "{signup_text}");
    let done = zh
        .advance_flow(
            &flow.flow_id,
            &acct_api::FlowInput {
                code: Some(s.last_code(phone).into()),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    let session = done.result.and_then(|r| r.session).unwrap();
    let me = s.authed(&session).me().await.unwrap();
    assert_eq!(me.language, Language::ZhHans);

    // A later code follows the account, not the (English) request.
    s.advance(61);
    start_sms_login(&s, phone).await;
    let login_text = last_text(&s, phone);
    assert!(login_text.contains("登录验证码"), "{login_text}");

    // Changed to English: the next message is English, and the change is in the activity.
    let set = s.authed(&session).set_language("en").await.unwrap();
    assert_eq!(set.language, "en");
    assert_eq!(
        s.authed(&session).me().await.unwrap().language,
        Language::En
    );
    s.advance(61);
    start_sms_login(&s, phone).await;
    let english = last_text(&s, phone);
    assert!(
        english.starts_with("Your acct sign-in code is ") && !is_chinese(&english),
        "{english}"
    );
    let page = s
        .authed(&session)
        .activity_page(&ActivityQuery::default())
        .await
        .unwrap();
    assert!(
        page.items
            .iter()
            .any(|e| e.kind == "language_changed" && e.reason.as_deref() == Some("en")),
        "{:?}",
        page.items
    );
}

#[tokio::test]
async fn notices_are_written_in_the_account_language() {
    let s = TestServer::start().await;
    let phone = "+8613812340902";
    let session = s.signup_phone(phone, None).await;
    s.authed(&session).set_language("zh-Hans").await.unwrap();
    s.advance(61);
    // Find my ID from an English client: the notice is the account's language.
    s.client
        .find_id(&FindId {
            phone: Some(phone.into()),
            email: None,
        })
        .await
        .unwrap();
    let text = last_text(&s, phone);
    assert!(
        text.contains("账号 ID") && text.contains(&session.account_id),
        "{text}"
    );
}

#[tokio::test]
async fn no_accept_language_or_an_unsupported_one_signs_up_in_english() {
    let s = TestServer::start().await;
    for (phone, header) in [
        ("+8613812340903", None),
        ("+8613812340904", Some("zh-TW")),
        ("+8613812340905", Some("fr-FR, de;q=0.5")),
    ] {
        let client = match header {
            Some(h) => speaking(&s, h),
            None => s.client.clone(),
        };
        client.start_flow(&phone_signup(phone)).await.unwrap();
        let text = last_text(&s, phone);
        assert!(
            text.starts_with("Your acct sign-up code is "),
            "{header:?}: {text}"
        );
    }
}

/// Error messages follow the request's `Accept-Language`; code and status do not change,
/// and English stays byte for byte what it was.
#[tokio::test]
async fn error_messages_follow_accept_language_with_the_same_code() {
    let s = TestServer::start().await;
    let get_me = |lang: Option<&'static str>| {
        let url = format!("{}/v1/me", s.url);
        async move {
            let mut req = reqwest::Client::new().get(url);
            if let Some(l) = lang {
                req = req.header("accept-language", l);
            }
            let resp = req.send().await.unwrap();
            let status = resp.status().as_u16();
            (status, resp.json::<serde_json::Value>().await.unwrap())
        }
    };
    let (en_status, en) = get_me(None).await;
    let (zh_status, zh) = get_me(Some("zh-Hans")).await;
    let (q_status, q) = get_me(Some("en;q=0.4, zh-CN;q=0.8")).await;
    assert_eq!(en_status, 401);
    assert_eq!((zh_status, q_status), (401, 401));
    assert_eq!(
        en["error"]["message"],
        "Not signed in, or the access token has expired: refresh it or sign in again."
    );
    for body in [&zh, &q] {
        assert_eq!(body["error"]["code"], "unauthenticated");
        assert_eq!(
            body["error"]["message"],
            "未登录，或访问令牌已过期：请刷新令牌或重新登录。"
        );
    }
    // A built message (with a number in it) through the typed client.
    let zh_client = speaking(&s, "zh-Hans");
    let phone = "+8613812340906";
    zh_client.start_flow(&phone_signup(phone)).await.unwrap();
    let again = error_of(zh_client.start_flow(&phone_signup(phone)).await);
    assert_eq!(again.code(), Some(ErrorCode::RateLimited));
    assert!(again.retry_after().is_some());
    let message = again.to_string();
    assert!(
        message.starts_with("验证码刚刚已发送；") && message.ends_with("后可以再次获取。"),
        "{message}"
    );
}

#[tokio::test]
async fn a_language_that_is_not_supported_is_422_naming_the_valid_ones() {
    let s = TestServer::start().await;
    let session = s.signup_phone("+8613812340907", None).await;
    let e = error_of(s.authed(&session).set_language("fr").await);
    assert_eq!(e.code(), Some(ErrorCode::InvalidInput));
    assert!(matches!(
        e,
        acct_client::ClientError::Api { status: 422, .. }
    ));
    assert!(e.to_string().contains("en, zh-Hans"), "{e}");
    assert_eq!(
        s.authed(&session).me().await.unwrap().language,
        Language::En,
        "nothing changed"
    );
}

/// The email confirmation page follows the browser's language.
#[tokio::test]
async fn the_email_page_follows_the_browser_language() {
    let s = TestServer::start().await;
    let page = |lang: Option<&'static str>| {
        let url = format!("{}/email/verify?t=not-a-token", s.url);
        async move {
            let mut req = reqwest::Client::new().get(url);
            if let Some(l) = lang {
                req = req.header("accept-language", l);
            }
            req.send().await.unwrap().text().await.unwrap()
        }
    };
    let en = page(None).await;
    assert!(
        en.contains("<html lang=\"en\">") && en.contains("Link not valid"),
        "{en}"
    );
    let zh = page(Some("zh-CN,zh;q=0.9")).await;
    assert!(
        zh.contains("<html lang=\"zh-Hans\">") && zh.contains("链接无效"),
        "{zh}"
    );
}

/// A code to a contact that is not the account's yet (the new phone) is written in the
/// account's language too, and so is the notice of the change.
#[tokio::test]
async fn a_phone_change_writes_to_the_new_number_in_the_account_language() {
    let s = TestServer::with(|c| c.limits.code_resend_cooldown = 0).await;
    let (old, new) = ("+8613812340911", "+8613812340912");
    let session = s.signup_phone(old, None).await;
    let me = s.authed(&session);
    me.set_language("zh-Hans").await.unwrap();
    let flow = me
        .start_flow(&acct_api::StartFlow::PhoneChange {
            new_phone: Some(new.into()),
            via: None,
        })
        .await
        .unwrap();
    let code = |to: &str| acct_api::FlowInput {
        code: Some(s.last_code(to).into()),
        ..Default::default()
    };
    me.advance_flow(&flow.flow_id, &code(old)).await.unwrap();
    let to_new = last_text(&s, new);
    assert!(is_chinese(&to_new), "{to_new}");
    me.advance_flow(&flow.flow_id, &code(new)).await.unwrap();
    let notice = s
        .messages()
        .iter()
        .rev()
        .find(|m| m["purpose"] == "phone_changed")
        .and_then(|m| m["text"].as_str().map(str::to_string))
        .unwrap_or_default();
    assert!(
        notice.starts_with("您账号的手机号已更换为") && notice.contains("acctl recover password"),
        "{notice}"
    );
}

/// A sign-up's new code keeps the language the sign-up started in.
#[tokio::test]
async fn a_resent_sign_up_code_keeps_the_sign_up_language() {
    let s = TestServer::with(|c| c.limits.code_resend_cooldown = 0).await;
    let phone = "+8613812340921";
    let flow = speaking(&s, "zh-Hans")
        .start_flow(&phone_signup(phone))
        .await
        .unwrap();
    s.client.resend_code(&flow.flow_id).await.unwrap();
    let texts: Vec<String> = s
        .messages()
        .iter()
        .filter(|m| m["to"] == phone)
        .filter_map(|m| m["text"].as_str().map(str::to_string))
        .collect();
    assert_eq!(texts.len(), 2, "{texts:?}");
    assert!(texts.iter().all(|t| t.contains("注册验证码")), "{texts:?}");
}
