//! Two-step verification on every way in, and capped second-factor guesses.

use std::sync::Arc;

use acct_api::{Awaiting, ErrorCode, Flow, FlowInput, FlowStatus, LoginMethod, Session, StartFlow};
use acct_client::Client;

use crate::factors::*;
use crate::support::*;

const PHONE: &str = "+8613812345678";

pub fn totp_input(code: String) -> FlowInput {
    FlowInput {
        totp: Some(code.into()),
        ..Default::default()
    }
}

fn sms_login(login: &str) -> StartFlow {
    StartFlow::Login {
        login: login.into(),
        method: LoginMethod::Sms,
        password: None,
        device_name: Some("sms-device".into()),
    }
}

async fn sign_in_methods(s: &TestServer, account_id: &str) -> Vec<String> {
    use sqlx::Row;
    let mut db = s.db().await;
    sqlx::query("SELECT method FROM activity WHERE account_id = $1 AND kind = 'sign_in' AND outcome = 'success'")
        .bind(account_id)
        .fetch_all(&mut db)
        .await
        .unwrap()
        .iter()
        .map(|r| r.get::<Option<String>, _>(0).unwrap_or_default())
        .collect()
}

/// SECURITY.md 25 (issue 14.1): an SMS code alone never signs in to a 2SV account;
/// the flow then awaits the authenticator (or a recovery code), recorded as `sms+totp`.
#[tokio::test]
async fn sms_sign_in_of_a_two_step_account_needs_the_authenticator() {
    let s = TestServer::start().await;
    let a = s.signup_phone(PHONE, Some(PASSWORD)).await;
    let secret = enrol_secret(&s, &a).await;
    s.advance(61);
    let flow = s.client.start_flow(&sms_login(PHONE)).await.unwrap();
    let step = s.submit_code(&flow, &s.last_code(PHONE)).await.unwrap();
    assert_eq!(step.status, FlowStatus::Pending);
    assert_eq!(step.awaiting, Some(Awaiting::Totp));
    assert!(step.result.is_none(), "no session after the code alone");
    // The code step cannot be replayed to skip the second factor.
    assert!(s.submit_code(&flow, &s.last_code(PHONE)).await.is_err());
    let e = error_of(
        s.client
            .advance_flow(
                &flow.flow_id,
                &totp_input(wrong_totp(&secret, s.clock_now())),
            )
            .await,
    );
    assert_eq!(e.code(), Some(ErrorCode::InvalidCode));
    let done = s
        .client
        .advance_flow(&flow.flow_id, &totp_input(totp_at(&secret, s.clock_now())))
        .await
        .unwrap();
    assert_eq!(done.status, FlowStatus::Complete);
    assert!(done.result.unwrap().session.is_some());
    assert!(sign_in_methods(&s, &a.account_id)
        .await
        .contains(&"sms+totp".to_string()));
}

/// The email-code sign-in of a 2SV account takes a recovery code as its second factor.
#[tokio::test]
async fn email_code_sign_in_of_a_two_step_account_takes_a_recovery_code() {
    let s = TestServer::start().await;
    let email = "ann@example.com";
    let signup = s
        .client
        .start_flow(&StartFlow::Signup {
            phone: None,
            email: Some(email.into()),
            password: None,
            name: None,
            device_name: None,
        })
        .await
        .unwrap();
    let a = s
        .submit_code(&signup, &s.last_code(email))
        .await
        .unwrap()
        .result
        .unwrap()
        .session
        .unwrap();
    let me = s.authed(&a);
    let enrol = me.start_flow(&StartFlow::TotpEnroll {}).await.unwrap();
    let secret = enrol.enrollment.clone().unwrap().secret;
    let codes = me
        .advance_flow(
            &enrol.flow_id,
            &totp_input(totp_at(secret.expose(), s.clock_now())),
        )
        .await
        .unwrap()
        .result
        .unwrap()
        .recovery_codes;
    s.advance(61);
    let flow = s
        .client
        .start_flow(&StartFlow::Login {
            login: email.into(),
            method: LoginMethod::EmailCode,
            password: None,
            device_name: None,
        })
        .await
        .unwrap();
    let step = s.submit_code(&flow, &s.last_code(email)).await.unwrap();
    assert_eq!(step.awaiting, Some(Awaiting::Totp));
    let done = s
        .client
        .advance_flow(
            &flow.flow_id,
            &FlowInput {
                recovery_code: Some(codes[0].clone()),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(done.status, FlowStatus::Complete);
    assert!(sign_in_methods(&s, &a.account_id)
        .await
        .contains(&"email_code+recovery_code".to_string()));
}

/// Feeds up to `total` wrong TOTP codes to flows made by `open` (a new one whenever the
/// last was ended by its cap); returns how many were checked (answered `invalid_code`).
async fn guess_wrong<F, Fut>(
    s: &TestServer,
    client: &Client,
    secret: &str,
    total: usize,
    mut open: F,
) -> (usize, Flow)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Flow>,
{
    let mut flow = open().await;
    let mut checked = 0;
    for _ in 0..total {
        let wrong = totp_input(wrong_totp(secret, s.clock_now()));
        match client.advance_flow(&flow.flow_id, &wrong).await {
            Err(e) if e.code() == Some(ErrorCode::InvalidCode) => checked += 1,
            Err(e) if e.code() == Some(ErrorCode::TooManyAttempts) => {
                if e.retry_after().is_none() {
                    // The flow's own cap ended it (its last try was checked).
                    checked += 1;
                    flow = open().await;
                }
            }
            other => panic!("{other:?}"),
        }
    }
    (checked, flow)
}

/// Asserts the account cap's answer (429, says until when, names the ticket path) and
/// returns the wait.
fn assert_account_cap(e: &acct_client::ClientError) -> u64 {
    assert_eq!(e.code(), Some(ErrorCode::TooManyAttempts), "{e}");
    let msg = e.to_string();
    assert!(msg.contains("try again after"), "{msg}");
    assert!(msg.contains("recover ticket"), "{msg}");
    e.retry_after().expect("the wait is stated")
}

/// SECURITY.md 16 (issue 14.3): 300 wrong TOTP codes in password reset are refused
/// after the caps (5 per flow, 10 per account), and then even the right code waits.
#[tokio::test]
async fn wrong_authenticator_codes_in_reset_are_capped() {
    let s = TestServer::with(|c| {
        c.limits.code_resend_cooldown = 0;
        c.limits.recovery_codes_per_destination_per_day = 1000;
        c.limits.codes_per_destination_per_ip_per_day = 1000;
    })
    .await;
    let a = s.signup_phone(PHONE, Some(PASSWORD)).await;
    let secret = enrol_secret(&s, &a).await;
    let open = || async {
        let start = StartFlow::PasswordReset {
            login: PHONE.into(),
            via: None,
            ticket: None,
            known_device_id: None,
        };
        let flow = s.client.start_flow(&start).await.unwrap();
        let step = s.submit_code(&flow, &s.last_code(PHONE)).await.unwrap();
        assert_eq!(step.awaiting, Some(Awaiting::Totp));
        step
    };
    let (checked, flow) = guess_wrong(&s, &s.client, &secret, 300, open).await;
    assert_eq!(checked, 10, "at most the account cap is checked");
    let right = || totp_input(totp_at(&secret, s.clock_now()));
    let wait = assert_account_cap(&error_of(
        s.client.advance_flow(&flow.flow_id, &right()).await,
    ));
    assert!(wait <= 900, "{wait}");
    s.advance(wait);
    let next = s
        .client
        .advance_flow(&flow.flow_id, &right())
        .await
        .unwrap();
    assert_eq!(next.awaiting, Some(Awaiting::NewPassword));
}

/// SECURITY.md 16 (issue 14.3): the same caps hold in re-authentication.
#[tokio::test]
async fn wrong_authenticator_codes_in_reauth_are_capped() {
    // The session must outlive the wait.
    let s = TestServer::with(|c| c.limits.access_ttl = 7200).await;
    let a = s.signup_phone(PHONE, Some(PASSWORD)).await;
    let secret = enrol_secret(&s, &a).await;
    let me = s.authed(&a);
    let open = || async {
        let flow = me
            .start_flow(&StartFlow::Reauth { via: None })
            .await
            .unwrap();
        let pw = FlowInput {
            password: Some(PASSWORD.into()),
            ..Default::default()
        };
        let step = me.advance_flow(&flow.flow_id, &pw).await.unwrap();
        assert_eq!(step.awaiting, Some(Awaiting::Totp));
        step
    };
    let (checked, flow) = guess_wrong(&s, &me, &secret, 300, open).await;
    assert_eq!(checked, 10);
    let right = || totp_input(totp_at(&secret, s.clock_now()));
    let wait = assert_account_cap(&error_of(me.advance_flow(&flow.flow_id, &right()).await));
    s.advance(wait);
    let done = me.advance_flow(&flow.flow_id, &right()).await.unwrap();
    assert_eq!(done.status, FlowStatus::Complete);
}

/// SECURITY.md 16 (issue 14.3): a burst of wrong second factors over many sign-in
/// flows checks at most the account cap, and new flows opened with the right password
/// bring no fresh tries.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_burst_of_wrong_second_factors_checks_at_most_the_account_cap() {
    let s = Arc::new(TestServer::start().await);
    let a = s.signup_phone(PHONE, Some(PASSWORD)).await;
    let secret = enrol_secret(&s, &a).await;
    let mut flows = Vec::new();
    for _ in 0..60 {
        let step = s.password_login(PHONE, PASSWORD).await.unwrap();
        assert_eq!(step.awaiting, Some(Awaiting::Totp));
        flows.push(step.flow_id);
    }
    let wrong = wrong_totp(&secret, s.clock_now());
    let barrier = Arc::new(tokio::sync::Barrier::new(flows.len()));
    let mut tasks = Vec::new();
    for id in flows {
        let (s, barrier, wrong) = (s.clone(), barrier.clone(), wrong.clone());
        tasks.push(tokio::spawn(async move {
            barrier.wait().await;
            s.client.advance_flow(&id, &totp_input(wrong)).await
        }));
    }
    let (mut checked, mut capped) = (0, 0);
    for t in tasks {
        match t.await.unwrap() {
            Err(e) if e.code() == Some(ErrorCode::InvalidCode) => checked += 1,
            Err(e) if e.code() == Some(ErrorCode::TooManyAttempts) => capped += 1,
            other => panic!("{other:?}"),
        }
    }
    assert_eq!(checked, 10, "{checked} checked, {capped} capped");
    use sqlx::Row;
    let mut db = s.db().await;
    let evaluated: i64 = sqlx::query("SELECT COUNT(*) FROM activity WHERE reason = 'wrong_totp'")
        .fetch_one(&mut db)
        .await
        .unwrap()
        .get(0);
    assert_eq!(evaluated, 10);
    // A fresh flow with the right password: the account cap still holds.
    let step = s.password_login(PHONE, PASSWORD).await.unwrap();
    let right = totp_input(totp_at(&secret, s.clock_now()));
    assert_account_cap(&error_of(
        s.client.advance_flow(&step.flow_id, &right).await,
    ));
}

/// SECURITY.md 16 (issue 14.3): enrolment takes at most five wrong codes, then ends.
#[tokio::test]
async fn wrong_codes_at_enrolment_are_capped_per_flow() {
    let s = TestServer::start().await;
    let a = s.signup_phone(PHONE, Some(PASSWORD)).await;
    let me = s.authed(&a);
    let flow = me.start_flow(&StartFlow::TotpEnroll {}).await.unwrap();
    let secret = flow.enrollment.clone().unwrap().secret;
    for _ in 0..4 {
        let wrong = totp_input(wrong_totp(secret.expose(), s.clock_now()));
        assert_eq!(
            code_of(me.advance_flow(&flow.flow_id, &wrong).await),
            ErrorCode::InvalidCode
        );
    }
    let wrong = totp_input(wrong_totp(secret.expose(), s.clock_now()));
    assert_eq!(
        code_of(me.advance_flow(&flow.flow_id, &wrong).await),
        ErrorCode::TooManyAttempts
    );
    let right = totp_input(totp_at(secret.expose(), s.clock_now()));
    assert_eq!(
        code_of(me.advance_flow(&flow.flow_id, &right).await),
        ErrorCode::FlowNotFound,
        "the flow ended"
    );
}

/// Turns two-step verification on for the session's account; returns the secret.
async fn enrol_secret(s: &TestServer, session: &Session) -> String {
    enrol(s, session).await.0
}
