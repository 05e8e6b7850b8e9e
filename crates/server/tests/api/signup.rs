//! Sign-up by phone and email, and the input it refuses.

use acct_api::{ErrorCode, FlowStatus, LoginMethod, StartFlow};

use crate::support::*;

fn signup(phone: Option<&str>, email: Option<&str>, password: Option<&str>) -> StartFlow {
    StartFlow::Signup {
        phone: phone.map(str::to_string),
        email: email.map(str::to_string),
        password: password.map(str::to_string).map(Into::into),
        name: None,
        device_name: None,
    }
}

#[tokio::test]
async fn phone_signup_creates_an_account_and_signs_in() {
    let s = TestServer::start().await;
    let flow = s
        .client
        .start_flow(&signup(Some("+86 138 1234 5678"), None, Some(PASSWORD)))
        .await
        .unwrap();
    assert_eq!(flow.status, FlowStatus::Pending);
    assert_eq!(flow.sent_to.as_deref(), Some("+86•••••••5678"));
    let done = s
        .submit_code(&flow, &s.last_code("+8613812345678"))
        .await
        .unwrap();
    let result = done.result.unwrap();
    assert!((8..=10).contains(&result.account_id.len()));
    let me = s.authed(&result.session.unwrap()).me().await.unwrap();
    assert_eq!(me.account_id, result.account_id);
    assert!(me.phone_verified && me.has_password && !me.email_verified);
    // The ID, the phone and the password all sign in.
    s.login_session(&result.account_id, PASSWORD).await;
    s.login_session("+8613812345678", PASSWORD).await;
}

#[tokio::test]
async fn email_signup_without_password() {
    let s = TestServer::start().await;
    let flow = s
        .client
        .start_flow(&signup(None, Some("Ann@Example.com"), None))
        .await
        .unwrap();
    assert_eq!(flow.sent_to.as_deref(), Some("a•••@example.com"));
    let done = s
        .submit_code(&flow, &s.last_code("ann@example.com"))
        .await
        .unwrap();
    let me = s
        .authed(&done.result.unwrap().session.unwrap())
        .me()
        .await
        .unwrap();
    assert!(me.email_verified && !me.has_password);
    // No password: a password sign-in fails like any wrong password.
    assert_eq!(
        code_of(s.password_login("ann@example.com", PASSWORD).await),
        ErrorCode::InvalidCredentials
    );
}

#[tokio::test]
async fn malformed_contacts_are_refused_with_what_to_do() {
    let s = TestServer::start().await;
    let e = error_of(
        s.client
            .start_flow(&signup(Some("13812345678"), None, None))
            .await,
    );
    assert_eq!(e.code(), Some(ErrorCode::InvalidPhone));
    assert!(
        e.to_string().contains("+8613812345678"),
        "message shows the expected form: {e}"
    );
    let e = error_of(s.client.start_flow(&signup(None, Some("ann@"), None)).await);
    assert_eq!(e.code(), Some(ErrorCode::InvalidEmail));
    let both = s
        .client
        .start_flow(&signup(Some("+8613812345678"), Some("a@example.com"), None))
        .await;
    assert_eq!(code_of(both), ErrorCode::InvalidInput);
    assert!(s.messages().is_empty(), "nothing is sent for refused input");
}

#[tokio::test]
async fn weak_passwords_are_refused_with_the_reason() {
    let s = TestServer::start().await;
    for (pw, reason) in [
        ("short1", "too_short"),
        ("onlyletters", "needs_letters_and_digits"),
        ("password123", "blocklisted"),
        ("x13812345678y", "contains_personal_info"),
    ] {
        let e = error_of(
            s.client
                .start_flow(&signup(Some("+8613812345678"), None, Some(pw)))
                .await,
        );
        assert_eq!(e.code(), Some(ErrorCode::WeakPassword), "{pw}");
        match e {
            acct_client::ClientError::Api { body, .. } => {
                assert_eq!(body.details.unwrap()["reason"], reason, "{pw}");
            }
            other => panic!("{other}"),
        }
    }
    assert!(
        s.messages().is_empty(),
        "no code is sent before the password passes"
    );
}

/// SECURITY.md 31: a taken phone gets the same answer as a free one until the code
/// proves the caller owns it.
#[tokio::test]
async fn taken_phone_is_revealed_only_after_the_code() {
    let s = TestServer::with(|c| c.limits.code_resend_cooldown = 0).await;
    s.signup_phone("+8613812345678", None).await;
    let free = s
        .client
        .start_flow(&signup(Some("+8613912345678"), None, None))
        .await
        .unwrap();
    let taken = s
        .client
        .start_flow(&signup(Some("+8613812345678"), None, None))
        .await
        .unwrap();
    assert_eq!(free.status, taken.status);
    assert_eq!(free.awaiting, taken.awaiting);
    let e = error_of(s.submit_code(&taken, &s.last_code("+8613812345678")).await);
    assert_eq!(e.code(), Some(ErrorCode::PhoneTaken));
    assert!(e.to_string().contains("acctl login"), "{e}");
}

#[tokio::test]
async fn account_ids_are_unique_and_random() {
    let s = TestServer::with(|c| c.limits.code_resend_cooldown = 0).await;
    let mut ids = Vec::new();
    for i in 0..8 {
        let phone = format!("+861381234567{i}");
        let session = s.signup_phone(&phone, None).await;
        ids.push(session.account_id.parse::<u64>().unwrap());
    }
    let mut sorted = ids.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(sorted.len(), ids.len(), "IDs are unique");
    assert!(
        ids.windows(2).all(|w| w[0].abs_diff(w[1]) > 1),
        "IDs are not sequential: {ids:?}"
    );
}

/// SECURITY (issue 14 item 12): a right-to-left override or zero-width joiner in a
/// display or device name would let it read as something else; they are removed on input.
#[tokio::test]
async fn spoofing_characters_are_removed_from_display_and_device_names() {
    let s = TestServer::start().await;
    let phone = "+8613812345699";
    let flow = s
        .client
        .start_flow(&StartFlow::Signup {
            phone: Some(phone.into()),
            email: None,
            password: Some(PASSWORD.into()),
            name: Some("Bob\u{202E}gnp.exe".into()),
            device_name: Some("Work\u{200D}\u{200D}Phone\u{200B}\u{2066}".into()),
        })
        .await
        .unwrap();
    let done = s.submit_code(&flow, &s.last_code(phone)).await.unwrap();
    let session = done.result.unwrap().session.unwrap();
    let me = s.authed(&session).me().await.unwrap();
    assert_eq!(me.name.as_deref(), Some("Bobgnp.exe"));
    // A sign-in's device name too, and a name of nothing but hidden characters
    // falls back to the user agent instead of an invisible entry.
    for device_name in ["Lap\u{202E}top\u{FEFF}", "\u{200B}\u{202E}"] {
        s.client
            .start_flow(&StartFlow::Login {
                login: phone.into(),
                method: LoginMethod::Password,
                password: Some(PASSWORD.into()),
                device_name: Some(device_name.into()),
            })
            .await
            .unwrap();
    }
    let names: Vec<String> = s
        .authed(&session)
        .devices()
        .await
        .unwrap()
        .into_iter()
        .map(|d| d.name)
        .collect();
    assert!(names.contains(&"WorkPhone".to_string()), "{names:?}");
    assert!(names.contains(&"Laptop".to_string()), "{names:?}");
    assert!(names.iter().all(|n| !n.is_empty()), "{names:?}");
    let activity = s
        .authed(&session)
        .activity_page(&Default::default())
        .await
        .unwrap();
    let shown = names
        .iter()
        .chain(activity.items.iter().filter_map(|i| i.device_name.as_ref()));
    for name in shown {
        assert!(!name.chars().any(acct_api::is_hidden_char), "{name:?}");
    }
}
