//! Shared test inputs for sign-in and second factors: code sign-in starts, TOTP codes
//! from an enrolment secret, and enrolling an account in two-step verification.

use acct_api::{FlowInput, FlowStatus, LoginMethod, Session, StartFlow};

use crate::support::TestServer;

/// A code sign-in (SMS or email code) of `login`.
pub fn code_login(login: &str, method: LoginMethod) -> StartFlow {
    StartFlow::Login {
        login: login.into(),
        method,
        password: None,
        device_name: None,
    }
}

/// Starts an SMS sign-in of `login`; the flow awaits the code just sent.
pub async fn start_sms_login(s: &TestServer, login: &str) -> acct_api::Flow {
    s.client
        .start_flow(&code_login(login, LoginMethod::Sms))
        .await
        .unwrap()
}

/// The TOTP code of `secret` (base32, as enrolment shows it) at unix time `at`.
pub fn totp_at(secret: &str, at: i64) -> String {
    let seed = totp_rs::Secret::Encoded(secret.to_string())
        .to_bytes()
        .unwrap();
    totp_rs::TOTP::new(totp_rs::Algorithm::SHA1, 6, 1, 30, seed)
        .unwrap()
        .generate(at as u64)
}

/// A 6-digit code that matches none of the steps accepted at `at`.
pub fn wrong_totp(secret: &str, at: i64) -> String {
    let valid: Vec<String> = [at - 30, at, at + 30]
        .iter()
        .map(|t| totp_at(secret, *t))
        .collect();
    ["000000", "111111", "222222", "333333"]
        .into_iter()
        .find(|c| !valid.iter().any(|v| v == c))
        .unwrap()
        .to_string()
}

/// Turns 2SV on for the session's account; returns the secret and recovery codes.
/// The enrolment spends the current time step, so the clock moves on one step.
pub async fn enrol(s: &TestServer, session: &Session) -> (String, Vec<String>) {
    let me = s.authed(session);
    let flow = me.start_flow(&StartFlow::TotpEnroll {}).await.unwrap();
    let secret = flow.enrollment.clone().unwrap().secret;
    let done = me
        .advance_flow(
            &flow.flow_id,
            &FlowInput {
                totp: Some(totp_at(secret.expose(), s.clock_now()).into()),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(done.status, FlowStatus::Complete);
    s.advance(31);
    let codes = done.result.unwrap().recovery_codes;
    let codes = codes
        .into_iter()
        .map(acct_api::Secret::into_exposed)
        .collect();
    (secret.expose().to_string(), codes)
}
