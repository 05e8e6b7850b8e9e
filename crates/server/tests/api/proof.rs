//! A credential is changed only by someone who proves the credential being changed
//! (SECURITY.md 7, 22; PRODUCT.md "Credential changes"): a fresh sign-in, above all
//! one by a code, never stands in for the current password or the authenticator.

use std::sync::Arc;

use acct_api::{
    ErrorCode, FlowInput, LoginMethod, PasswordChange, Session, StartFlow, TwoStepChange,
};
use acct_client::ClientError;

use crate::factors::*;
use crate::support::*;

const PHONE: &str = "+8613812345678";
const NEW_PASSWORD: &str = "amber-Falcon-2026";

/// A session opened by a text-message code alone.
pub async fn sms_session(s: &TestServer, client: &acct_client::Client, phone: &str) -> Session {
    let flow = client
        .start_flow(&StartFlow::Login {
            login: phone.into(),
            method: LoginMethod::Sms,
            password: None,
            device_name: Some("sms-device".into()),
        })
        .await
        .unwrap();
    let done = client
        .advance_flow(
            &flow.flow_id,
            &FlowInput {
                code: Some(s.last_code(phone).into()),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    done.result.unwrap().session.unwrap()
}

fn change(current: Option<&str>, totp: Option<String>) -> PasswordChange {
    PasswordChange {
        current_password: current.map(str::to_string).map(Into::into),
        new_password: NEW_PASSWORD.into(),
        totp: totp.map(Into::into),
        ..Default::default()
    }
}

fn missing_field(e: &ClientError) -> Option<String> {
    match e {
        ClientError::Api { body, .. } => body
            .details
            .as_ref()
            .and_then(|d| d["missing"].as_str())
            .map(str::to_string),
        _ => None,
    }
}

/// SECURITY.md 7: a session opened by an SMS code, however fresh, cannot set a new
/// password without the current one; it is told to give it or recover.
#[tokio::test]
async fn a_code_sign_in_cannot_change_the_password_without_the_current_one() {
    let s = TestServer::with(|c| c.limits.code_resend_cooldown = 0).await;
    let owner = s.signup_phone(PHONE, Some(PASSWORD)).await;
    let thief = sms_session(&s, &s.client, PHONE).await;
    let e = error_of(s.authed(&thief).change_password(&change(None, None)).await);
    assert_eq!(e.code(), Some(ErrorCode::InvalidInput));
    assert_eq!(missing_field(&e).as_deref(), Some("current_password"));
    assert!(e.to_string().contains("acctl recover password"), "{e}");
    // Nothing changed: the owner's session and password still work.
    s.authed(&owner).me().await.unwrap();
    s.login_session(PHONE, PASSWORD).await;
    // A wrong current password is a wrong password (and counts toward the lockout).
    assert_eq!(
        code_of(
            s.authed(&thief)
                .change_password(&change(Some("wrong-Password-1"), None))
                .await
        ),
        ErrorCode::InvalidCredentials
    );
    // An account with no password still creates one only through recovery.
    let phone_only = s.signup_phone("+8613912345678", None).await;
    let e = error_of(
        s.authed(&phone_only)
            .change_password(&change(None, None))
            .await,
    );
    assert!(e.to_string().contains("acctl recover password"), "{e}");
}

/// SECURITY.md 7: with 2SV on, the current password and a second factor, whatever
/// the session's age; a wrong code changes nothing.
#[tokio::test]
async fn password_change_with_two_step_needs_the_password_and_a_code() {
    let s = TestServer::start().await;
    let a = s.signup_phone(PHONE, Some(PASSWORD)).await;
    let (secret, recovery) = enrol(&s, &a).await;
    let me = s.authed(&a);
    let e = error_of(me.change_password(&change(Some(PASSWORD), None)).await);
    assert_eq!(missing_field(&e).as_deref(), Some("totp"));
    assert!(e.to_string().contains("authenticator"), "{e}");
    let right = totp_at(&secret, s.clock_now());
    let wrong = if right == "000000" {
        "111111"
    } else {
        "000000"
    };
    assert_eq!(
        code_of(
            me.change_password(&change(Some(PASSWORD), Some(wrong.into())))
                .await
        ),
        ErrorCode::InvalidCode
    );
    // The right code with a wrong password: refused, and the code is not spent.
    assert_eq!(
        code_of(
            me.change_password(&change(Some("wrong-Password-1"), Some(right.clone())))
                .await
        ),
        ErrorCode::InvalidCredentials
    );
    // A stale session needs no re-auth: the request itself proves both factors.
    s.advance(11 * 60);
    let a = s.client.refresh(&a.refresh_token).await.unwrap();
    let right = totp_at(&secret, s.clock_now());
    let fresh = s
        .authed(&a)
        .change_password(&change(Some(PASSWORD), Some(right)))
        .await
        .unwrap();
    let pending = s.password_login(PHONE, NEW_PASSWORD).await.unwrap();
    assert_eq!(
        pending.awaiting,
        Some(acct_api::Awaiting::Totp),
        "the new password is right"
    );
    // A recovery code works instead of the authenticator, once.
    let back = PasswordChange {
        current_password: Some(NEW_PASSWORD.into()),
        new_password: "second-Falcon-77".into(),
        recovery_code: Some(recovery[0].clone().into()),
        ..Default::default()
    };
    let again = s.authed(&fresh).change_password(&back).await.unwrap();
    let replay = PasswordChange {
        current_password: Some("second-Falcon-77".into()),
        new_password: "third-Falcon-88".into(),
        recovery_code: Some(recovery[0].clone().into()),
        ..Default::default()
    };
    assert_eq!(
        code_of(s.authed(&again).change_password(&replay).await),
        ErrorCode::InvalidCode
    );
}

/// Unit of work: many changes released together with the same proof change the
/// password once; the rest are refused, never applied on top of the first.
#[tokio::test]
async fn concurrent_password_changes_from_one_proof_change_it_once() {
    let s = TestServer::start().await;
    let a = s.signup_phone(PHONE, Some(PASSWORD)).await;
    let n = 50;
    let barrier = Arc::new(tokio::sync::Barrier::new(n));
    let mut tasks = Vec::new();
    for i in 0..n {
        let client = s.authed(&a);
        let barrier = barrier.clone();
        tasks.push(tokio::spawn(async move {
            let req = PasswordChange {
                current_password: Some(PASSWORD.into()),
                new_password: format!("burst-Falcon-{i:02}x").into(),
                ..Default::default()
            };
            barrier.wait().await;
            (i, client.change_password(&req).await)
        }));
    }
    let mut won = Vec::new();
    for t in tasks {
        let (i, r) = t.await.unwrap();
        match r {
            Ok(_) => won.push(i),
            Err(e) => assert!(
                matches!(
                    e.code(),
                    // LoginLocked: the burst outran the password checks allowed in flight.
                    Some(ErrorCode::Conflict | ErrorCode::SessionRevoked | ErrorCode::LoginLocked)
                ),
                "{e}"
            ),
        }
    }
    assert_eq!(won.len(), 1, "exactly one change: {won:?}");
    s.login_session(PHONE, &format!("burst-Falcon-{:02}x", won[0]))
        .await;
}

fn proof(totp: Option<String>) -> TwoStepChange {
    TwoStepChange {
        totp: totp.map(Into::into),
        ..Default::default()
    }
}

/// PRODUCT.md "Credential changes": turning 2SV off needs the authenticator's code
/// (or a recovery code) in the request, even from a fresh session.
#[tokio::test]
async fn turning_two_step_off_needs_a_code_in_the_request() {
    let s = TestServer::start().await;
    let a = s.signup_phone(PHONE, Some(PASSWORD)).await;
    let (secret, _) = enrol(&s, &a).await;
    let me = s.authed(&a);
    let e = error_of(me.disable_two_step(&proof(None)).await);
    assert_eq!(missing_field(&e).as_deref(), Some("totp"));
    // A client that sends no body at all (older acctl) gets the same answer.
    let raw = reqwest::Client::new()
        .delete(format!("{}/v1/me/2sv", s.url))
        .bearer_auth(a.access_token.expose())
        .send()
        .await
        .unwrap();
    assert_eq!(raw.status(), 422);
    let right = totp_at(&secret, s.clock_now());
    let wrong = if right == "000000" {
        "111111"
    } else {
        "000000"
    };
    assert_eq!(
        code_of(me.disable_two_step(&proof(Some(wrong.into()))).await),
        ErrorCode::InvalidCode
    );
    assert!(me.me().await.unwrap().two_step, "still on");
    me.disable_two_step(&proof(Some(right))).await.unwrap();
    assert!(!me.me().await.unwrap().two_step);
    let page = me.activity_page(&Default::default()).await.unwrap();
    assert!(page.items.iter().any(|i| i.kind == "two_step_disabled"));
}

/// PRODUCT.md "Credential changes": new recovery codes need a code in the request;
/// a recovery code works too, and afterwards only the new codes do.
#[tokio::test]
async fn new_recovery_codes_need_a_code_in_the_request() {
    let s = TestServer::start().await;
    let a = s.signup_phone(PHONE, Some(PASSWORD)).await;
    let (secret, old) = enrol(&s, &a).await;
    let me = s.authed(&a);
    let e = error_of(me.regenerate_recovery_codes(&proof(None)).await);
    assert_eq!(missing_field(&e).as_deref(), Some("totp"));
    let wrong = TwoStepChange {
        recovery_code: Some("00000-00000".into()),
        ..Default::default()
    };
    assert_eq!(
        code_of(me.regenerate_recovery_codes(&wrong).await),
        ErrorCode::InvalidCode
    );
    let by_totp = me
        .regenerate_recovery_codes(&proof(Some(totp_at(&secret, s.clock_now()))))
        .await
        .unwrap();
    assert_eq!(by_totp.recovery_codes.len(), 10);
    let stale_code = TwoStepChange {
        recovery_code: Some(old[1].clone().into()),
        ..Default::default()
    };
    assert_eq!(
        code_of(me.regenerate_recovery_codes(&stale_code).await),
        ErrorCode::InvalidCode,
        "the old codes died"
    );
    let by_recovery = TwoStepChange {
        recovery_code: Some(by_totp.recovery_codes[0].clone()),
        ..Default::default()
    };
    me.regenerate_recovery_codes(&by_recovery).await.unwrap();
}

/// SECURITY.md 22: a stale session still needs a re-authentication for 2SV changes;
/// the password in the request is one, checked before the code so a wrong password
/// spends no code.
#[tokio::test]
async fn a_stale_session_changes_two_step_only_with_a_re_authentication() {
    let s = TestServer::start().await;
    let a = s.signup_phone(PHONE, Some(PASSWORD)).await;
    let (secret, _) = enrol(&s, &a).await;
    s.advance(11 * 60);
    let a = s.client.refresh(&a.refresh_token).await.unwrap();
    let me = s.authed(&a);
    let code = totp_at(&secret, s.clock_now());
    assert_eq!(
        code_of(me.disable_two_step(&proof(Some(code.clone()))).await),
        ErrorCode::ReauthRequired
    );
    let wrong_password = TwoStepChange {
        totp: Some(code.clone().into()),
        password: Some("wrong-Password-1".into()),
        ..Default::default()
    };
    assert_eq!(
        code_of(me.disable_two_step(&wrong_password).await),
        ErrorCode::InvalidCredentials
    );
    let right = TwoStepChange {
        totp: Some(code.into()),
        password: Some(PASSWORD.into()),
        ..Default::default()
    };
    me.disable_two_step(&right).await.unwrap();
    assert!(!me.me().await.unwrap().two_step);
}
