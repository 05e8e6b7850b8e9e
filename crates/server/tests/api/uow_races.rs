//! One unit of work per operation (issue 10): operations that used to write in
//! several steps either happen whole or not at all, and races between them are
//! settled by a compare-and-set before anything else is written. Barrier-released
//! bursts; the suite runs on SQLite and on PostgreSQL.

use std::sync::Arc;

use acct_api::{ErrorCode, Flow, FlowInput, FlowStatus, LoginMethod, StartFlow};
use tokio::sync::Barrier;

use crate::support::*;

const STAFF_PHONE: &str = "+8613912345000";

async fn server() -> TestServer {
    TestServer::with(|c| {
        c.limits.code_resend_cooldown = 0;
        c.limits.codes_per_ip_per_day = 100_000;
        c.limits.codes_per_destination_per_ip_per_day = 100_000;
    })
    .await
}

/// The one number a query of the test's database returns (`$1` bound to `value`).
async fn count(s: &TestServer, sql: &str, value: &str) -> i64 {
    let mut db = s.db().await;
    sqlx::query_scalar(sql)
        .bind(value)
        .fetch_one(&mut db)
        .await
        .unwrap()
}

fn code_input(code: String) -> FlowInput {
    FlowInput {
        code: Some(code.into()),
        ..Default::default()
    }
}

/// A phone change whose last code is confirmed twice at once changes the number
/// once: one answer completes, the other writes nothing (no second contact-history
/// row, event or notice).
#[tokio::test]
async fn a_phone_change_confirmed_twice_at_once_changes_it_once() {
    let s = server().await;
    for i in 0..6 {
        let (old, new) = (format!("+86138123450{i:02}"), format!("+86138123451{i:02}"));
        let a = s.signup_phone(&old, Some(PASSWORD)).await;
        let me = s.authed(&a);
        let flow = me
            .start_flow(&StartFlow::PhoneChange {
                new_phone: Some(new.clone()),
                via: None,
            })
            .await
            .unwrap();
        me.advance_flow(&flow.flow_id, &code_input(s.last_code(&old)))
            .await
            .unwrap();
        let code = s.last_code(&new);
        let barrier = Arc::new(Barrier::new(2));
        let answers: Vec<_> = (0..2)
            .map(|_| {
                let (c, b, id, code) = (
                    me.clone(),
                    barrier.clone(),
                    flow.flow_id.clone(),
                    code.clone(),
                );
                tokio::spawn(async move {
                    b.wait().await;
                    c.advance_flow(&id, &code_input(code)).await
                })
            })
            .collect();
        let mut done = Vec::new();
        for a in answers {
            done.push(a.await.unwrap());
        }
        let won: Vec<&Flow> = done.iter().filter_map(|r| r.as_ref().ok()).collect();
        assert_eq!(won.len(), 1, "round {i}: {done:?}");
        assert_eq!(won[0].status, FlowStatus::Complete);
        let lost = done.iter().find_map(|r| r.as_ref().err()).unwrap();
        assert!(
            matches!(
                lost.code(),
                Some(
                    ErrorCode::Conflict
                        | ErrorCode::InvalidCode
                        | ErrorCode::CodeExpired
                        | ErrorCode::TooManyAttempts
                )
            ),
            "round {i}: {lost}"
        );
        s.settle();
        let id = a.account_id.as_str();
        let history = count(
            &s,
            "SELECT COUNT(*) FROM previous_contacts WHERE account_id = $1",
            id,
        )
        .await;
        let events = count(
            &s,
            "SELECT COUNT(*) FROM activity WHERE account_id = $1 AND kind = 'phone_changed'",
            id,
        )
        .await;
        let notices = count(
            &s,
            "SELECT COUNT(*) FROM outbox WHERE destination = $1 AND purpose = 'phone_changed'",
            &old,
        )
        .await;
        assert_eq!((history, events, notices), (1, 1, 1), "round {i}");
        let phone: Option<String> = {
            let mut db = s.db().await;
            sqlx::query_scalar("SELECT phone FROM accounts WHERE id = $1")
                .bind(id)
                .fetch_one(&mut db)
                .await
                .unwrap()
        };
        assert_eq!(phone.as_deref(), Some(new.as_str()));
    }
}

/// A lock racing an unlock of the same account: whichever commits last decides,
/// and the lock, its audit entries and its activity events agree.
#[tokio::test]
async fn a_lock_racing_an_unlock_leaves_lock_audit_and_activity_agreeing() {
    let s = server().await;
    let support = s.signup_phone(STAFF_PHONE, Some(PASSWORD)).await;
    s.grant(&support.account_id, "support").await;
    let a = s.signup_phone("+8613812345200", Some(PASSWORD)).await;
    let id = a.account_id.clone();
    let (mut locked_rounds, mut unlocked_rounds) = (0, 0);
    for i in 0..12 {
        // Start every round locked or unlocked, alternately, so both orders happen.
        if i % 2 == 0 {
            s.authed(&support).staff_lock(&id, "setup").await.unwrap();
        }
        let barrier = Arc::new(Barrier::new(2));
        let (c, b, who) = (s.authed(&support), barrier.clone(), id.clone());
        let lock = tokio::spawn(async move {
            b.wait().await;
            c.staff_lock(&who, "race").await
        });
        let (c, b, who) = (s.authed(&support), barrier.clone(), id.clone());
        let unlock = tokio::spawn(async move {
            b.wait().await;
            c.staff_unlock(&who).await
        });
        lock.await.unwrap().unwrap();
        unlock.await.unwrap().unwrap();
        let reason: Option<String> = {
            let mut db = s.db().await;
            sqlx::query_scalar("SELECT lock_reason FROM accounts WHERE id = $1")
                .bind(&id)
                .fetch_one(&mut db)
                .await
                .unwrap()
        };
        let last: String = {
            let mut db = s.db().await;
            sqlx::query_scalar(
                "SELECT action FROM audit_log WHERE account_id = $1 AND action IN ('account.lock', 'account.unlock') ORDER BY id DESC LIMIT 1",
            )
            .bind(&id)
            .fetch_one(&mut db)
            .await
            .unwrap()
        };
        match reason {
            Some(_) => {
                locked_rounds += 1;
                assert_eq!(
                    last, "account.lock",
                    "round {i}: locked, so the lock came last"
                );
            }
            None => {
                unlocked_rounds += 1;
                assert_eq!(
                    last, "account.unlock",
                    "round {i}: unlocked, so the unlock came last"
                );
            }
        }
        if i % 2 == 1 {
            // Leave the next round a clean start.
            s.authed(&support).staff_unlock(&id).await.unwrap();
        }
    }
    let audits_of = |action: &'static str| {
        let s = &s;
        let id = id.clone();
        async move {
            count(
                s,
                &format!(
                    "SELECT COUNT(*) FROM audit_log WHERE account_id = $1 AND action = '{action}'"
                ),
                &id,
            )
            .await
        }
    };
    let events_of = |kind: &'static str| {
        let s = &s;
        let id = id.clone();
        async move {
            count(
                s,
                &format!("SELECT COUNT(*) FROM activity WHERE account_id = $1 AND kind = '{kind}'"),
                &id,
            )
            .await
        }
    };
    assert_eq!(
        audits_of("account.lock").await,
        events_of("support_lock").await
    );
    assert_eq!(
        audits_of("account.unlock").await,
        events_of("support_unlock").await
    );
    eprintln!("locked at the end of {locked_rounds} rounds, unlocked at {unlocked_rounds}");
}

/// A password sign-in racing the account's deletion: whichever wins, no device of
/// the deleted account is left signed in, and a session the sign-in got works no more.
#[tokio::test]
async fn a_sign_in_racing_the_deletion_leaves_no_live_device() {
    let s = server().await;
    for i in 0..8 {
        let phone = format!("+86138123453{i:02}");
        let a = s.signup_phone(&phone, Some(PASSWORD)).await;
        let me = s.authed(&a);
        let flow = me
            .start_flow(&StartFlow::DeleteAccount { via: None })
            .await
            .unwrap();
        me.advance_flow(&flow.flow_id, &code_input(s.last_code(&phone)))
            .await
            .unwrap();
        let barrier = Arc::new(Barrier::new(2));
        let (c, b, fid, confirm) = (
            me.clone(),
            barrier.clone(),
            flow.flow_id.clone(),
            a.account_id.clone(),
        );
        let delete = tokio::spawn(async move {
            b.wait().await;
            c.advance_flow(
                &fid,
                &FlowInput {
                    confirmation: Some(confirm),
                    ..Default::default()
                },
            )
            .await
        });
        let (c, b, login) = (s.client.clone(), barrier.clone(), phone.clone());
        let sign_in = tokio::spawn(async move {
            b.wait().await;
            c.start_flow(&StartFlow::Login {
                login,
                method: LoginMethod::Password,
                password: Some(PASSWORD.into()),
                device_name: None,
            })
            .await
        });
        let deleted = delete.await.unwrap().unwrap();
        assert!(deleted.result.unwrap().deleted, "round {i}");
        if let Ok(flow) = sign_in.await.unwrap() {
            if let Some(session) = flow.result.and_then(|r| r.session) {
                assert!(
                    s.authed(&session).me().await.is_err(),
                    "round {i}: the session died with the account"
                );
            }
        }
        let live = count(
            &s,
            "SELECT COUNT(*) FROM devices WHERE account_id = $1 AND revoked_at IS NULL",
            &a.account_id,
        )
        .await;
        assert_eq!(
            live, 0,
            "round {i}: no device of a deleted account is signed in"
        );
    }
}

/// An email change whose address another account took meanwhile fails whole: the
/// flow stays pending, its code unused, and no event or notice is written.
#[tokio::test]
async fn an_email_change_that_fails_at_the_end_leaves_nothing_behind() {
    let s = server().await;
    let a = s.signup_phone("+8613812345400", Some(PASSWORD)).await;
    let email = "taken@example.com";
    let flow = s
        .authed(&a)
        .start_flow(&StartFlow::EmailChange {
            email: email.into(),
        })
        .await
        .unwrap();
    let a_link = last_link(&s, email);
    // Another account signs up with the address meanwhile (its own code, its own purpose).
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
    s.submit_code(&signup, &s.last_code(email)).await.unwrap();
    let e = error_of(s.client.verify_email(&a_link).await);
    assert_eq!(e.code(), Some(ErrorCode::EmailTaken), "{e}");
    let id = a.account_id.as_str();
    let pending = count(
        &s,
        "SELECT COUNT(*) FROM flows WHERE id = $1 AND completed_at IS NULL",
        &flow.flow_id,
    )
    .await;
    let used = count(
        &s,
        "SELECT COUNT(*) FROM codes WHERE flow_id = $1 AND used_at IS NOT NULL",
        &flow.flow_id,
    )
    .await;
    let events = count(
        &s,
        "SELECT COUNT(*) FROM activity WHERE account_id = $1 AND kind = 'email_changed'",
        id,
    )
    .await;
    let notices = count(
        &s,
        "SELECT COUNT(*) FROM outbox WHERE destination = $1 AND purpose = 'email_changed'",
        "+8613812345400",
    )
    .await;
    assert_eq!((pending, used, events, notices), (1, 0, 0, 0));
}

fn last_link(s: &TestServer, to: &str) -> String {
    s.messages()
        .iter()
        .rev()
        .find(|m| m["to"] == to && m["link"].is_string())
        .and_then(|m| m["link"].as_str().map(str::to_string))
        .expect("a link was sent")
}
