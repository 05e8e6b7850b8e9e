//! Credential changes: password, phone, email link, two-step verification.

use acct_api::{
    Awaiting, ErrorCode, FlowInput, FlowStatus, PasswordChange, StartFlow, TwoStepChange,
};

use crate::factors::*;
use crate::support::*;

const PHONE: &str = "+8613812345678";
const NEW_PHONE: &str = "+8613912345678";
const NEW_PASSWORD: &str = "amber-Falcon-2026";

fn change(current: Option<&str>, new: &str) -> PasswordChange {
    PasswordChange {
        current_password: current.map(str::to_string).map(Into::into),
        new_password: new.into(),
        ..Default::default()
    }
}

#[tokio::test]
async fn password_change_signs_out_every_other_device() {
    let s = TestServer::start().await;
    let a = s.signup_phone(PHONE, Some(PASSWORD)).await;
    let b = s.login_session(PHONE, PASSWORD).await;
    let c = s.login_session(PHONE, PASSWORD).await;
    let e = error_of(
        s.authed(&a)
            .change_password(&change(Some("wrong-Password-1"), NEW_PASSWORD))
            .await,
    );
    assert_eq!(e.code(), Some(ErrorCode::InvalidCredentials));
    assert_eq!(
        s.authed(&a)
            .limits()
            .await
            .unwrap()
            .password
            .consecutive_failures,
        1,
        "counts toward lockout"
    );
    let e = error_of(
        s.authed(&a)
            .change_password(&change(Some(PASSWORD), PASSWORD))
            .await,
    );
    assert_eq!(e.code(), Some(ErrorCode::WeakPassword));
    assert!(e.to_string().contains("same as the current"), "{e}");
    assert_eq!(
        code_of(
            s.authed(&a)
                .change_password(&change(Some(PASSWORD), "password123"))
                .await
        ),
        ErrorCode::WeakPassword
    );
    let fresh = s
        .authed(&a)
        .change_password(&change(Some(PASSWORD), NEW_PASSWORD))
        .await
        .unwrap();
    s.authed(&fresh).me().await.unwrap();
    for old in [&a, &b, &c] {
        assert_eq!(code_of(s.authed(old).me().await), ErrorCode::SessionRevoked);
    }
    assert_eq!(
        code_of(s.password_login(PHONE, PASSWORD).await),
        ErrorCode::InvalidCredentials
    );
    s.login_session(PHONE, NEW_PASSWORD).await;
    assert!(
        s.messages()
            .iter()
            .any(|m| m["purpose"] == "password_changed" && m["to"] == PHONE),
        "a notice went to the phone"
    );
    let page = s
        .authed(&fresh)
        .activity_page(&Default::default())
        .await
        .unwrap();
    assert!(page.items.iter().any(|i| i.kind == "password_changed"));
}

async fn phone_change(
    s: &TestServer,
    session: &acct_api::Session,
    new: Option<&str>,
) -> Result<acct_api::Flow, acct_client::ClientError> {
    s.authed(session)
        .start_flow(&StartFlow::PhoneChange {
            new_phone: new.map(str::to_string),
            via: None,
        })
        .await
}

#[tokio::test]
async fn phone_change_needs_codes_to_both_numbers() {
    let s = TestServer::with(|c| c.limits.code_resend_cooldown = 0).await;
    let a = s.signup_phone(PHONE, Some(PASSWORD)).await;
    let flow = phone_change(&s, &a, Some(NEW_PHONE)).await.unwrap();
    assert_eq!(
        flow.sent_to.as_deref(),
        Some("+86•••••••5678"),
        "first to the current phone"
    );
    let old_code = s.last_code(PHONE);
    let me = s.authed(&a);
    let step = me
        .advance_flow(
            &flow.flow_id,
            &FlowInput {
                code: Some(old_code.clone().into()),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(step.status, FlowStatus::Pending);
    assert_eq!(
        step.awaiting,
        Some(Awaiting::Code),
        "then a code to the new phone"
    );
    // The old code again is not the new phone's code.
    assert!(me
        .advance_flow(
            &flow.flow_id,
            &FlowInput {
                code: Some(old_code.into()),
                ..Default::default()
            }
        )
        .await
        .is_err());
    let new_code = s.last_code(NEW_PHONE);
    let done = me
        .advance_flow(
            &flow.flow_id,
            &FlowInput {
                code: Some(new_code.into()),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(done.status, FlowStatus::Complete);
    s.login_session(NEW_PHONE, PASSWORD).await;
    assert_eq!(
        code_of(s.password_login(PHONE, PASSWORD).await),
        ErrorCode::InvalidCredentials
    );
    assert!(
        s.messages()
            .iter()
            .any(|m| m["purpose"] == "phone_changed" && m["to"] == PHONE),
        "the old number is told"
    );
}

#[tokio::test]
async fn phone_change_refuses_taken_and_same_numbers_before_sending() {
    let s = TestServer::with(|c| c.limits.code_resend_cooldown = 0).await;
    let a = s.signup_phone(PHONE, Some(PASSWORD)).await;
    s.signup_phone(NEW_PHONE, None).await;
    let sent = s.messages().len();
    assert_eq!(
        code_of(phone_change(&s, &a, Some(NEW_PHONE)).await),
        ErrorCode::PhoneTaken
    );
    assert_eq!(
        code_of(phone_change(&s, &a, Some(PHONE)).await),
        ErrorCode::InvalidInput
    );
    assert_eq!(
        code_of(phone_change(&s, &a, Some("12345")).await),
        ErrorCode::InvalidPhone
    );
    // Without the number up front, the flow asks for it first.
    let flow = phone_change(&s, &a, None).await.unwrap();
    assert_eq!(flow.awaiting, Some(Awaiting::NewPhone));
    let e = error_of(
        s.authed(&a)
            .advance_flow(
                &flow.flow_id,
                &FlowInput {
                    phone: Some(NEW_PHONE.into()),
                    ..Default::default()
                },
            )
            .await,
    );
    assert_eq!(e.code(), Some(ErrorCode::PhoneTaken));
    assert_eq!(s.messages().len(), sent, "no code went anywhere");
}

fn last_link(s: &TestServer, to: &str) -> String {
    s.messages()
        .iter()
        .rev()
        .find(|m| m["to"] == to && m["link"].is_string())
        .and_then(|m| m["link"].as_str().map(str::to_string))
        .expect("a link was sent")
}

/// SECURITY.md 27: the link's origin comes from config, never from Host.
#[tokio::test]
async fn email_link_is_confirmed_on_the_page_once() {
    let s = TestServer::with(|c| c.public_url = "https://accounts.example.com".into()).await;
    let a = s.signup_phone(PHONE, Some(PASSWORD)).await;
    let http = reqwest::Client::new();
    let resp = http
        .post(format!("{}/v1/flows", s.url))
        .bearer_auth(a.access_token.expose())
        .header("host", "evil.test")
        .json(&StartFlow::EmailChange {
            email: "Ann@Example.com".into(),
        })
        .send()
        .await
        .unwrap();
    assert!(resp.status().is_success());
    let link = last_link(&s, "ann@example.com");
    assert!(
        link.starts_with("https://accounts.example.com/email/verify?t="),
        "{link}"
    );
    let local = link.replace("https://accounts.example.com", &s.url);
    // GET shows the page and changes nothing (a scanner's prefetch is harmless).
    for _ in 0..2 {
        let page = http.get(&local).send().await.unwrap().text().await.unwrap();
        assert!(
            page.contains("<button type=\"submit\">Confirm</button>"),
            "{page}"
        );
    }
    assert!(!s.authed(&a).me().await.unwrap().email_verified);
    let token = link.split("t=").nth(1).unwrap().to_string();
    let done = http
        .post(format!("{}/email/verify", s.url))
        .form(&[("t", token.as_str())])
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(done.contains("Email confirmed"), "{done}");
    assert!(s.authed(&a).me().await.unwrap().email_verified);
    let again = http.get(&local).send().await.unwrap().text().await.unwrap();
    assert!(again.contains("already used"), "{again}");
    // The address now signs in.
    s.login_session("ann@example.com", PASSWORD).await;
    assert_eq!(
        code_of(s.client.verify_email(&token).await),
        ErrorCode::Conflict
    );
}

#[tokio::test]
async fn email_verify_by_token_and_expired_links() {
    let s = TestServer::with(|c| c.limits.code_resend_cooldown = 0).await;
    let a = s.signup_phone(PHONE, Some(PASSWORD)).await;
    s.authed(&a)
        .start_flow(&StartFlow::EmailChange {
            email: "old@example.com".into(),
        })
        .await
        .unwrap();
    let link = last_link(&s, "old@example.com");
    s.advance(24 * 3600 + 1);
    let e = error_of(s.client.verify_email(&link).await);
    assert_eq!(e.code(), Some(ErrorCode::CodeExpired));
    let a = s.login_session(PHONE, PASSWORD).await;
    s.authed(&a)
        .start_flow(&StartFlow::EmailChange {
            email: "old@example.com".into(),
        })
        .await
        .unwrap();
    let link = last_link(&s, "old@example.com");
    s.client.verify_email(&link).await.unwrap();
    assert!(s.authed(&a).me().await.unwrap().email_verified);
    assert_eq!(
        code_of(s.client.verify_email("nonsense").await),
        ErrorCode::InvalidCode
    );
}

#[tokio::test]
async fn two_step_enrolment_sign_in_replay_and_recovery_codes() {
    let s = TestServer::start().await;
    let a = s.signup_phone(PHONE, Some(PASSWORD)).await;
    let me = s.authed(&a);
    let flow = me.start_flow(&StartFlow::TotpEnroll {}).await.unwrap();
    let enrol = flow.enrollment.clone().unwrap();
    assert!(
        enrol.uri.starts_with("otpauth://totp/acct:") && enrol.uri.contains(enrol.secret.expose())
    );
    assert_eq!(
        totp_rs::Secret::Encoded(enrol.secret.clone().expose().to_string())
            .to_bytes()
            .unwrap()
            .len()
            * 8,
        160
    );
    let wrong = FlowInput {
        totp: Some("000000".into()),
        ..Default::default()
    };
    if totp_at(enrol.secret.expose(), s.clock_now()) != "000000" {
        assert_eq!(
            code_of(me.advance_flow(&flow.flow_id, &wrong).await),
            ErrorCode::InvalidCode
        );
    }
    let ok = FlowInput {
        totp: Some(totp_at(enrol.secret.expose(), s.clock_now()).into()),
        ..Default::default()
    };
    let done = me.advance_flow(&flow.flow_id, &ok).await.unwrap();
    let recovery = done.result.unwrap().recovery_codes;
    assert_eq!(recovery.len(), 10);
    assert!(me.me().await.unwrap().two_step);

    // Password sign-in now asks for the second factor.
    let pending = s.password_login(PHONE, PASSWORD).await.unwrap();
    assert_eq!(pending.awaiting, Some(Awaiting::Totp));
    // The code used at enrolment is spent for this time step: a replay is refused.
    let replay = error_of(s.client.advance_flow(&pending.flow_id, &ok).await);
    assert_eq!(replay.code(), Some(ErrorCode::InvalidCredentials));
    s.advance(30);
    let next = FlowInput {
        totp: Some(totp_at(enrol.secret.expose(), s.clock_now()).into()),
        ..Default::default()
    };
    let signed_in = s
        .client
        .advance_flow(&pending.flow_id, &next)
        .await
        .unwrap();
    assert_eq!(signed_in.status, FlowStatus::Complete);
    let page = me.activity_page(&Default::default()).await.unwrap();
    assert!(page.items.iter().any(|i| i.kind == "totp_replay"));

    // A recovery code works once.
    let p2 = s.password_login(PHONE, PASSWORD).await.unwrap();
    let rc = FlowInput {
        recovery_code: Some(recovery[0].clone()),
        ..Default::default()
    };
    assert_eq!(
        s.client
            .advance_flow(&p2.flow_id, &rc)
            .await
            .unwrap()
            .status,
        FlowStatus::Complete
    );
    let p3 = s.password_login(PHONE, PASSWORD).await.unwrap();
    assert_eq!(
        code_of(s.client.advance_flow(&p3.flow_id, &rc).await),
        ErrorCode::InvalidCode
    );
    assert_eq!(me.two_step_status().await.unwrap().recovery_codes_left, 9);
}

#[tokio::test]
async fn two_step_reauth_asks_for_the_code_and_disable_needs_it() {
    let s = TestServer::start().await;
    let a = s.signup_phone(PHONE, Some(PASSWORD)).await;
    let me = s.authed(&a);
    let flow = me.start_flow(&StartFlow::TotpEnroll {}).await.unwrap();
    let secret = flow.enrollment.unwrap().secret;
    me.advance_flow(
        &flow.flow_id,
        &FlowInput {
            totp: Some(totp_at(secret.expose(), s.clock_now()).into()),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    s.advance(11 * 60);
    let a = s.client.refresh(&a.refresh_token).await.unwrap();
    let me = s.authed(&a);
    let with_code = |at: i64| TwoStepChange {
        totp: Some(totp_at(secret.expose(), at).into()),
        ..Default::default()
    };
    // Stale: refused before the code is looked at, so the code is not spent.
    assert_eq!(
        code_of(me.disable_two_step(&with_code(s.clock_now())).await),
        ErrorCode::ReauthRequired
    );
    let re = me
        .start_flow(&StartFlow::Reauth { via: None })
        .await
        .unwrap();
    let step = me
        .advance_flow(
            &re.flow_id,
            &FlowInput {
                password: Some(PASSWORD.into()),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(step.awaiting, Some(Awaiting::Totp));
    me.advance_flow(
        &re.flow_id,
        &FlowInput {
            totp: Some(totp_at(secret.expose(), s.clock_now()).into()),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    // The code the re-auth used is spent; turning 2SV off needs one of its own.
    assert_eq!(
        code_of(me.disable_two_step(&with_code(s.clock_now())).await),
        ErrorCode::InvalidCredentials
    );
    s.advance(30);
    me.disable_two_step(&with_code(s.clock_now()))
        .await
        .unwrap();
    assert!(!me.me().await.unwrap().two_step);
    assert_eq!(
        s.password_login(PHONE, PASSWORD).await.unwrap().status,
        FlowStatus::Complete
    );
}
