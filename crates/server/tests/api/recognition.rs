//! What counts as recognised for an immediate password reset (SECURITY.md 28): a
//! device that is still signed in, or a network signed in from within
//! `recognised_network_window`, in both cases by a sign-in that proved more than
//! the code the reset itself asks for. Everything else waits out `recovery_delay`.

use acct_api::{Awaiting, FlowStatus, LoginMethod, PasswordChange, SignOutRequest, StartFlow};
use acct_client::Client;

use crate::proof::sms_session;
use crate::recovery::{reset, reset_to_password};
use crate::support::*;

const PHONE: &str = "+8613812345678";

fn naming(device_id: &str) -> StartFlow {
    StartFlow::PasswordReset {
        login: PHONE.into(),
        via: None,
        ticket: None,
        known_device_id: Some(device_id.into()),
    }
}

async fn server() -> TestServer {
    TestServer::with(|c| c.limits.code_resend_cooldown = 0).await
}

async fn password_session(client: &Client) -> acct_api::Session {
    let flow = client
        .start_flow(&StartFlow::Login {
            login: PHONE.into(),
            method: LoginMethod::Password,
            password: Some(PASSWORD.into()),
            device_name: Some("laptop".into()),
        })
        .await
        .unwrap();
    flow.result.unwrap().session.unwrap()
}

/// SECURITY.md 28: a device that was signed out is not recognised any more.
#[tokio::test]
async fn a_reset_naming_a_signed_out_device_waits() {
    let s = server().await;
    let a = s.signup_phone(PHONE, Some(PASSWORD)).await;
    let b = s.login_session(PHONE, PASSWORD).await;
    let out = SignOutRequest {
        device_ids: vec![b.device_id.clone()],
        ..Default::default()
    };
    s.authed(&a).sign_out_devices(&out).await.unwrap();
    let stranger = s.client_from("127.0.0.3");
    let pending = reset_to_password(&s, &stranger, naming(&b.device_id)).await;
    assert_eq!(pending.awaiting, Some(Awaiting::Wait));
    // A device still signed in (and opened by the password) is.
    let done = reset_to_password(&s, &stranger, naming(&a.device_id)).await;
    assert_eq!(done.status, FlowStatus::Complete);
}

/// SECURITY.md 28: a device past its refresh idle timeout is signed out in all but name.
#[tokio::test]
async fn a_reset_naming_an_expired_device_waits() {
    let s = TestServer::with(|c| {
        c.limits.code_resend_cooldown = 0;
        c.limits.refresh_idle_ttl = 3600;
    })
    .await;
    let a = s.signup_phone(PHONE, Some(PASSWORD)).await;
    s.advance(3601);
    let pending = reset_to_password(&s, &s.client_from("127.0.0.3"), naming(&a.device_id)).await;
    assert_eq!(pending.awaiting, Some(Awaiting::Wait));
}

/// SECURITY.md 28: a network is recognised for a bounded window after its last
/// successful sign-in (`recognised_network_window`, 30 days), not for ever.
#[tokio::test]
async fn a_reset_from_a_network_last_signed_in_from_long_ago_waits() {
    let s = server().await;
    s.signup_phone(PHONE, Some(PASSWORD)).await;
    s.advance(31 * 86_400);
    let pending = reset_to_password(&s, &s.client, reset(PHONE)).await;
    assert_eq!(pending.awaiting, Some(Awaiting::Wait));
    // A sign-in from there today makes it recognised again.
    password_session(&s.client).await;
    let done = reset_to_password(&s, &s.client, reset(PHONE)).await;
    assert_eq!(done.status, FlowStatus::Complete);
}

/// SECURITY.md 28: the network of a device that signed in with the password, and
/// is still signed in, completes a reset at once.
#[tokio::test]
async fn a_reset_from_a_signed_in_devices_network_completes_at_once() {
    let s = server().await;
    s.signup_phone(PHONE, Some(PASSWORD)).await;
    let laptop = s.client_from("127.0.0.4");
    let session = password_session(&laptop).await;
    s.authed(&session).me().await.unwrap();
    let done = reset_to_password(&s, &laptop, reset(PHONE)).await;
    assert_eq!(done.status, FlowStatus::Complete);
}

/// SECURITY.md 28, issue 14 item 6: whoever holds the phone can sign in by SMS from
/// anywhere; that proves only what a reset proves itself, so neither that network
/// nor that device skips the wait (and the session cannot set a password either).
#[tokio::test]
async fn a_code_sign_in_recognises_neither_its_network_nor_its_device() {
    let s = server().await;
    s.signup_phone(PHONE, Some(PASSWORD)).await;
    let thief_net = s.client_from("127.0.0.5");
    let thief = sms_session(&s, &thief_net, PHONE).await;
    let change = PasswordChange {
        new_password: "amber-Falcon-2026".into(),
        ..Default::default()
    };
    assert_eq!(
        code_of(s.authed(&thief).change_password(&change).await),
        acct_api::ErrorCode::InvalidInput
    );
    let by_network = reset_to_password(&s, &thief_net, reset(PHONE)).await;
    assert_eq!(by_network.awaiting, Some(Awaiting::Wait));
    let by_device = reset_to_password(&s, &thief_net, naming(&thief.device_id)).await;
    assert_eq!(by_device.awaiting, Some(Awaiting::Wait));
}

/// A password change proves the password: the device it reissues stays recognised.
#[tokio::test]
async fn the_device_of_a_password_change_stays_recognised() {
    let s = server().await;
    let a = s.signup_phone(PHONE, Some(PASSWORD)).await;
    let changed = s
        .authed(&a)
        .change_password(&PasswordChange {
            current_password: Some(PASSWORD.into()),
            new_password: "amber-Falcon-2026".into(),
            ..Default::default()
        })
        .await
        .unwrap();
    let done = reset_to_password(&s, &s.client_from("127.0.0.6"), naming(&changed.device_id)).await;
    assert_eq!(done.status, FlowStatus::Complete);
}
