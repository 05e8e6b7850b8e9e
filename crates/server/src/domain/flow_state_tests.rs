//! Rows in the stored form of the one `FlowState` struct these types replaced load,
//! and rows written now still read with that struct (a binary from before, mid-deploy).

use super::*;
use serde_json::{json, Value};

/// The struct rows were written with before (its serde attributes, verbatim).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct LegacyFlowState {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    channel: Option<Channel>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    destination: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    sent_to: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    resend_after: Option<i64>,
    #[serde(default)]
    purpose: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    password_hash: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    device_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    language: Option<acct_api::Language>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    method: Option<LoginMethod>,
    #[serde(default)]
    ghost: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    seed_enc: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    new_contact: Option<String>,
    #[serde(default)]
    stage: u8,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    ticket_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    known_device_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    wait_until: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    evidence: Option<Evidence>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    device_id: Option<String>,
    #[serde(default)]
    taken: bool,
}

const HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo";

/// (kind column, state column) as the legacy struct wrote them, one per step a row
/// can rest at, completed rows included.
fn legacy_rows() -> Vec<(&'static str, Value)> {
    vec![
        (
            "signup",
            json!({"channel":"sms","destination":"+14155550101","sent_to":"+1 *** *** **01","resend_after":1764590060,"purpose":"signup","password_hash":HASH,"name":"Ann","device_name":"laptop","language":"zh-Hans","ghost":false,"stage":0,"taken":false}),
        ),
        (
            "signup",
            json!({"channel":"email","destination":"ann@example.com","sent_to":"a***@example.com","resend_after":1764590060,"purpose":"signup","ghost":false,"stage":0,"taken":true}),
        ),
        (
            "login",
            json!({"purpose":"login","device_name":"laptop","method":"password","ghost":false,"stage":0,"taken":false}),
        ),
        (
            "login",
            json!({"channel":"email","destination":"ghost:ACCT-1234","sent_to":"a***@e***.com","resend_after":1764590060,"purpose":"login","method":"email_code","ghost":true,"stage":0,"taken":false}),
        ),
        (
            "login",
            json!({"channel":"sms","destination":"+14155550101","sent_to":"+1 *** *** **01","resend_after":1764590060,"purpose":"login","method":"sms","ghost":false,"stage":0,"taken":false}),
        ),
        (
            "reauth",
            json!({"purpose":"reauth","ghost":false,"stage":0,"device_id":"dev-1","taken":false}),
        ),
        (
            "reauth",
            json!({"channel":"sms","destination":"+14155550101","sent_to":"+1 *** *** **01","resend_after":1764590060,"purpose":"reauth","ghost":false,"stage":0,"device_id":"dev-1","taken":false}),
        ),
        (
            "delete_account",
            json!({"channel":"email","destination":"ann@example.com","sent_to":"a***@example.com","resend_after":1764590060,"purpose":"delete_account","ghost":false,"stage":0,"device_id":"dev-1","taken":false}),
        ),
        (
            "phone_change",
            json!({"purpose":"phone_change","ghost":false,"stage":0,"device_id":"dev-1","taken":false}),
        ),
        (
            "phone_change",
            json!({"channel":"sms","destination":"+14155550101","sent_to":"+1 *** *** **01","resend_after":1764590060,"purpose":"phone_change_verify_current","ghost":false,"new_contact":"+14155550102","stage":1,"device_id":"dev-1","taken":false}),
        ),
        (
            "phone_change",
            json!({"channel":"sms","destination":"+14155550102","sent_to":"+1 *** *** **02","resend_after":1764590120,"purpose":"phone_change_verify_new","ghost":false,"new_contact":"+14155550102","stage":2,"device_id":"dev-1","taken":false}),
        ),
        (
            "email_change",
            json!({"channel":"email","destination":"new@example.com","sent_to":"n***@example.com","resend_after":1764590060,"purpose":"email_verify","ghost":false,"new_contact":"new@example.com","stage":0,"device_id":"dev-1","taken":false}),
        ),
        (
            "password_reset",
            json!({"channel":"sms","destination":"+14155550101","sent_to":"+1 *** *** **01","resend_after":1764590060,"purpose":"password_reset","ghost":false,"stage":0,"known_device_id":"dev-9","taken":false}),
        ),
        (
            "password_reset",
            json!({"channel":"sms","destination":"+14155550101","sent_to":"+1 *** *** **01","resend_after":1764590060,"purpose":"password_reset","password_hash":HASH,"ghost":false,"stage":0,"wait_until":1764676400,"taken":false}),
        ),
        (
            "password_reset",
            json!({"channel":"email","destination":"ghost:ACCT-1234","sent_to":"a***@e***.com","resend_after":1764590060,"purpose":"password_reset","ghost":true,"stage":0,"taken":false}),
        ),
        (
            "password_reset",
            json!({"channel":"email","destination":"contact@example.com","sent_to":"c***@example.com","resend_after":1764590060,"purpose":"password_reset","ghost":false,"stage":0,"ticket_id":"tkt-1","taken":false}),
        ),
        (
            "totp_enroll",
            json!({"purpose":"totp_enroll","ghost":false,"seed_enc":"bm9uY2U.c2VlZA","stage":0,"device_id":"dev-1","taken":false}),
        ),
        (
            "totp_enroll",
            json!({"purpose":"totp_enroll","ghost":false,"stage":0,"device_id":"dev-1","taken":false}),
        ),
        (
            "recovery_ticket",
            json!({"channel":"email","destination":"contact@example.com","sent_to":"c***@example.com","resend_after":1764590060,"purpose":"recovery_ticket","ghost":false,"new_contact":"ACCT-1234","stage":0,"evidence":{"devices":["iPhone 15"],"signup_month":"2024-05","notes":"lost phone"},"taken":false}),
        ),
        (
            "recovery_ticket",
            json!({"channel":"email","destination":"contact@example.com","sent_to":"c***@example.com","resend_after":1764590060,"purpose":"recovery_ticket","ghost":false,"new_contact":"ACCT-1234","stage":0,"taken":false}),
        ),
    ]
}

fn load(kind: &str, state: &Value) -> FlowState {
    FlowState::load(kind, &state.to_string()).unwrap_or_else(|e| panic!("{kind} {state}: {e}"))
}

#[test]
fn legacy_rows_load_as_their_kind() {
    for (kind, state) in legacy_rows() {
        assert_eq!(load(kind, &state).kind().as_str(), kind, "{state}");
    }
}

#[test]
fn legacy_rows_keep_their_values() {
    let FlowState::Signup(s) = load("signup", &legacy_rows()[0].1) else {
        panic!("not a sign-up")
    };
    assert_eq!(s.code.channel, Channel::Sms);
    assert_eq!(s.code.destination, "+14155550101");
    assert_eq!(s.code.resend_after, Some(Timestamp::from_unix(1764590060)));
    assert_eq!(s.code.purpose, CodePurpose::Signup);
    assert_eq!(s.password_hash.as_deref(), Some(HASH));
    assert_eq!(s.name.as_deref(), Some("Ann"));
    assert_eq!(s.language, Some(acct_api::Language::ZhHans));
    assert!(!s.taken && !s.code.ghost);

    let FlowState::Login(l) = load("login", &legacy_rows()[2].1) else {
        panic!("not a login")
    };
    assert_eq!(l.code, None, "a password sign-in sends no code");
    assert_eq!(l.method, Some(LoginMethod::Password));
    let FlowState::Login(l) = load("login", &legacy_rows()[3].1) else {
        panic!("not a login")
    };
    assert!(l.code.as_ref().is_some_and(|c| c.ghost));

    let FlowState::PhoneChange(p) = load("phone_change", &legacy_rows()[8].1) else {
        panic!("not a phone change")
    };
    assert_eq!((p.code, p.new_phone, p.stage), (None, None, 0));
    let FlowState::PhoneChange(p) = load("phone_change", &legacy_rows()[10].1) else {
        panic!("not a phone change")
    };
    assert_eq!(p.stage, 2);
    assert_eq!(p.new_phone.as_deref(), Some("+14155550102"));
    assert_eq!(
        p.code.map(|c| c.purpose),
        Some(CodePurpose::PhoneChangeVerifyNew)
    );

    let waiting = load("password_reset", &legacy_rows()[13].1);
    assert_eq!(waiting.wait_until(), Some(Timestamp::from_unix(1764676400)));
    let FlowState::PasswordReset(r) = waiting else {
        panic!("not a reset")
    };
    assert_eq!(r.password_hash.as_deref(), Some(HASH));

    let FlowState::RecoveryTicket(t) = load("recovery_ticket", &legacy_rows()[18].1) else {
        panic!("not a ticket")
    };
    assert_eq!(t.login, "ACCT-1234");
    assert_eq!(
        t.evidence.and_then(|e| e.notes).as_deref(),
        Some("lost phone")
    );

    let FlowState::EmailChange(e) = load("email_change", &legacy_rows()[11].1) else {
        panic!("not an email change")
    };
    assert_eq!(e.new_email, "new@example.com");
    assert_eq!(e.code.purpose, CodePurpose::EmailVerify);
}

/// What the legacy struct saw of a row, minus `purpose` on a flow that had sent no
/// code (it was never read there, and is no longer written there).
fn as_legacy_saw(state: &str) -> Value {
    let legacy: LegacyFlowState = serde_json::from_str(state).unwrap();
    let mut seen = serde_json::to_value(&legacy).unwrap();
    if legacy.channel.is_none() {
        seen.as_object_mut().unwrap().remove("purpose");
    }
    seen
}

#[test]
fn rows_written_now_read_the_same_with_the_legacy_struct() {
    for (kind, state) in legacy_rows() {
        let written = load(kind, &state).to_json().unwrap();
        assert_eq!(
            as_legacy_saw(&written),
            as_legacy_saw(&state.to_string()),
            "{kind}: {written}"
        );
        assert_eq!(
            FlowState::load(kind, &written).unwrap(),
            load(kind, &state),
            "{kind} round trip"
        );
    }
}

#[test]
fn a_state_under_the_wrong_kind_or_an_unknown_kind_is_refused() {
    let login =
        json!({"purpose":"login","method":"password","ghost":false,"stage":0,"taken":false});
    assert!(matches!(
        FlowState::load("signup", &login.to_string()),
        Err(FlowStateError::Json(_))
    ));
    assert!(matches!(
        FlowState::load("teleport", &login.to_string()),
        Err(FlowStateError::Kind(_))
    ));
    assert!(matches!(
        FlowState::load("unknown", &login.to_string()),
        Err(FlowStateError::Kind(_))
    ));
}
