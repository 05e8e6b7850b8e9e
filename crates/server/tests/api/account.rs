//! Activity, devices, re-authentication, deletion and the security checkup.

use acct_api::{
    ActivityQuery, ErrorCode, FlowInput, FlowStatus, LoginMethod, SignOutRequest, StartFlow,
};
use futures_util::TryStreamExt;

use crate::support::*;

const PHONE: &str = "+8613812345678";

#[tokio::test]
async fn activity_lists_attempts_newest_first_with_filters_and_pages() {
    let s = TestServer::start().await;
    let a = s.signup_phone(PHONE, Some(PASSWORD)).await;
    let _ = s.password_login(PHONE, "wrong-Password-1").await;
    s.login_session(PHONE, PASSWORD).await;
    let me = s.authed(&a);
    let page = me.activity_page(&ActivityQuery::default()).await.unwrap();
    let kinds: Vec<(&str, &str)> = page
        .items
        .iter()
        .map(|i| (i.kind.as_str(), i.outcome.as_str()))
        .collect();
    assert_eq!(
        kinds,
        [
            ("sign_in", "success"),
            ("sign_in", "failure"),
            ("sign_up", "success")
        ]
    );
    let failed = &page.items[1];
    assert_eq!(failed.method.as_deref(), Some("password"));
    assert_eq!(failed.reason.as_deref(), Some("wrong_password"));
    assert_eq!(failed.ip.as_deref(), Some("127.0.0.1"));
    let only_failed = me
        .activity_page(&ActivityQuery {
            failed: Some(true),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(only_failed.items.len(), 1);
    // Pages of one, followed by cursor, give the same events in the same order.
    let streamed: Vec<_> = me
        .activity_stream(ActivityQuery {
            limit: Some(1),
            ..Default::default()
        })
        .try_collect()
        .await
        .unwrap();
    assert_eq!(streamed, page.items);
    let e = error_of(
        me.activity_page(&ActivityQuery {
            since: Some("yesterday".into()),
            ..Default::default()
        })
        .await,
    );
    assert_eq!(e.code(), Some(ErrorCode::BadRequest));
    assert!(e.to_string().contains("RFC 3339"), "{e}");
}

#[tokio::test]
async fn sign_out_others_all_and_by_id() {
    let s = TestServer::start().await;
    let a = s.signup_phone(PHONE, Some(PASSWORD)).await;
    let b = s.login_session(PHONE, PASSWORD).await;
    let c = s.login_session(PHONE, PASSWORD).await;
    let receipt = s
        .authed(&a)
        .sign_out_devices(&SignOutRequest {
            device_ids: vec![b.device_id.clone()],
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(receipt.signed_out.len(), 1);
    assert_eq!(receipt.signed_out[0].device_id, b.device_id);
    assert_eq!(code_of(s.authed(&b).me().await), ErrorCode::SessionRevoked);
    let receipt = s
        .authed(&a)
        .sign_out_devices(&SignOutRequest {
            others: true,
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(
        receipt
            .signed_out
            .iter()
            .map(|d| d.device_id.as_str())
            .collect::<Vec<_>>(),
        [c.device_id.as_str()]
    );
    s.authed(&a).me().await.unwrap();
    let receipt = s
        .authed(&a)
        .sign_out_devices(&SignOutRequest {
            all: true,
            ..Default::default()
        })
        .await
        .unwrap();
    assert!(receipt.signed_out[0].current);
    assert_eq!(code_of(s.authed(&a).me().await), ErrorCode::SessionRevoked);
}

/// Another account's device gets the same 404 as an unknown one.
#[tokio::test]
async fn foreign_and_unknown_devices_are_not_found() {
    let s = TestServer::with(|c| c.limits.code_resend_cooldown = 0).await;
    let a = s.signup_phone(PHONE, None).await;
    let other = s.signup_phone("+8613912345678", None).await;
    for id in [other.device_id.clone(), "nope".to_string()] {
        let e = error_of(
            s.authed(&a)
                .sign_out_devices(&SignOutRequest {
                    device_ids: vec![id],
                    ..Default::default()
                })
                .await,
        );
        assert_eq!(e.code(), Some(ErrorCode::NotFound));
    }
    s.authed(&other).me().await.unwrap();
}

/// SECURITY.md 21/22: after the re-auth window, sign-out needs a re-auth flow first.
#[tokio::test]
async fn stale_sessions_reauthenticate_before_sensitive_operations() {
    let s = TestServer::start().await;
    let a = s.signup_phone(PHONE, Some(PASSWORD)).await;
    let b = s.login_session(PHONE, PASSWORD).await;
    s.advance(11 * 60);
    let a = s.client.refresh(&a.refresh_token).await.unwrap();
    let req = SignOutRequest {
        device_ids: vec![b.device_id.clone()],
        ..Default::default()
    };
    assert_eq!(
        code_of(s.authed(&a).sign_out_devices(&req).await),
        ErrorCode::ReauthRequired
    );
    let flow = s
        .authed(&a)
        .start_flow(&StartFlow::Reauth { via: None })
        .await
        .unwrap();
    assert_eq!(flow.awaiting, Some(acct_api::Awaiting::Password));
    let wrong = FlowInput {
        password: Some("wrong-Password-1".into()),
        ..Default::default()
    };
    assert_eq!(
        code_of(s.authed(&a).advance_flow(&flow.flow_id, &wrong).await),
        ErrorCode::InvalidCredentials
    );
    // Someone else's token cannot drive this flow.
    let right = FlowInput {
        password: Some(PASSWORD.into()),
        ..Default::default()
    };
    assert_eq!(
        code_of(s.client.advance_flow(&flow.flow_id, &right).await),
        ErrorCode::FlowNotFound
    );
    assert_eq!(
        s.authed(&a)
            .advance_flow(&flow.flow_id, &right)
            .await
            .unwrap()
            .status,
        FlowStatus::Complete
    );
    s.authed(&a).sign_out_devices(&req).await.unwrap();
}

async fn start_deletion(s: &TestServer, session: &acct_api::Session) -> acct_api::Flow {
    s.authed(session)
        .start_flow(&StartFlow::DeleteAccount { via: None })
        .await
        .unwrap()
}

#[tokio::test]
async fn deletion_is_final_and_forgets_the_account() {
    let s = TestServer::with(|c| c.limits.code_resend_cooldown = 0).await;
    let a = s.signup_phone(PHONE, Some(PASSWORD)).await;
    let b = s.login_session(PHONE, PASSWORD).await;
    let flow = start_deletion(&s, &a).await;
    assert_eq!(flow.awaiting, Some(acct_api::Awaiting::Code));
    let code = s.last_code(PHONE);
    let step = s
        .authed(&a)
        .advance_flow(
            &flow.flow_id,
            &FlowInput {
                code: Some(code.into()),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(step.awaiting, Some(acct_api::Awaiting::Confirmation));
    // A wrong confirmation deletes nothing.
    let wrong = FlowInput {
        confirmation: Some("12345678".into()),
        ..Default::default()
    };
    assert_eq!(
        code_of(s.authed(&a).advance_flow(&flow.flow_id, &wrong).await),
        ErrorCode::InvalidInput
    );
    s.authed(&b).me().await.unwrap();
    let right = FlowInput {
        confirmation: Some(a.account_id.clone()),
        ..Default::default()
    };
    let done = s
        .authed(&a)
        .advance_flow(&flow.flow_id, &right)
        .await
        .unwrap();
    assert!(done.result.unwrap().deleted);
    // Every token is dead; sign-in answers as for an unknown account.
    for session in [&a, &b] {
        assert_eq!(
            code_of(s.authed(session).me().await),
            ErrorCode::SessionRevoked
        );
    }
    let unknown = error_of(s.password_login("99999999", PASSWORD).await);
    let deleted = error_of(s.password_login(&a.account_id, PASSWORD).await);
    assert_eq!(unknown.to_string(), deleted.to_string());
    assert_eq!(unknown.code(), deleted.code());
    // A code sign-in to the deleted ID sends nothing.
    let before = s.messages().len();
    let ghost = s
        .client
        .start_flow(&StartFlow::Login {
            login: a.account_id.clone(),
            method: LoginMethod::Sms,
            password: None,
            device_name: None,
        })
        .await
        .unwrap();
    assert_eq!(ghost.status, FlowStatus::Pending);
    assert_eq!(s.messages().len(), before);
    // The phone may start a new account, which gets a new ID; the old ID stays retired.
    let fresh = s.signup_phone(PHONE, None).await;
    assert_ne!(fresh.account_id, a.account_id);
    use sqlx::Row;
    let mut db = s.db().await;
    let row = sqlx::query("SELECT phone, name, deleted_at FROM accounts WHERE id = $1")
        .bind(&a.account_id)
        .fetch_one(&mut db)
        .await
        .unwrap();
    assert!(row.get::<Option<String>, _>(0).is_none() && row.get::<Option<String>, _>(1).is_none());
    assert!(row.get::<Option<i64>, _>(2).is_some());
    let ips = sqlx::query("SELECT COUNT(*) FROM activity WHERE account_id = $1 AND ip IS NOT NULL")
        .bind(&a.account_id)
        .fetch_one(&mut db)
        .await
        .unwrap();
    assert_eq!(
        ips.get::<i64, _>(0),
        0,
        "personal data in the activity log is erased"
    );
}

#[tokio::test]
async fn deletion_refuses_wrong_and_expired_codes_and_can_confirm_with_the_code() {
    let s = TestServer::with(|c| c.limits.code_resend_cooldown = 0).await;
    let a = s.signup_phone(PHONE, None).await;
    let flow = start_deletion(&s, &a).await;
    let code = s.last_code(PHONE);
    let bad = FlowInput {
        code: Some("000000".into()),
        confirmation: Some(a.account_id.clone()),
        ..Default::default()
    };
    if code != "000000" {
        assert_eq!(
            code_of(s.authed(&a).advance_flow(&flow.flow_id, &bad).await),
            ErrorCode::InvalidCode
        );
    }
    s.advance(601);
    let late = FlowInput {
        code: Some(code.into()),
        confirmation: Some(a.account_id.clone()),
        ..Default::default()
    };
    let a2 = s.client.refresh(&a.refresh_token).await.unwrap();
    assert_eq!(
        code_of(s.authed(&a2).advance_flow(&flow.flow_id, &late).await),
        ErrorCode::CodeExpired
    );
    s.authed(&a2).me().await.unwrap();
    // `--yes`: code and confirmation in one step. The session is stale now, so re-auth first.
    assert_eq!(
        code_of(
            s.authed(&a2)
                .start_flow(&StartFlow::DeleteAccount { via: None })
                .await
        ),
        ErrorCode::ReauthRequired
    );
    let re = s
        .authed(&a2)
        .start_flow(&StartFlow::Reauth { via: None })
        .await
        .unwrap();
    assert_eq!(
        re.awaiting,
        Some(acct_api::Awaiting::Code),
        "no password: a code"
    );
    s.authed(&a2)
        .advance_flow(
            &re.flow_id,
            &FlowInput {
                code: Some(s.last_code(PHONE).into()),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    let flow = start_deletion(&s, &a2).await;
    let both = FlowInput {
        code: Some(s.last_code(PHONE).into()),
        confirmation: Some(a.account_id.clone()),
        ..Default::default()
    };
    assert!(
        s.authed(&a2)
            .advance_flow(&flow.flow_id, &both)
            .await
            .unwrap()
            .result
            .unwrap()
            .deleted
    );
}

#[tokio::test]
async fn security_check_names_the_fix_for_each_finding() {
    let s = TestServer::start().await;
    let a = s.signup_phone(PHONE, Some(PASSWORD)).await;
    let _ = s.password_login(PHONE, "wrong-Password-1").await;
    let check = s.authed(&a).security_check().await.unwrap();
    let ids: Vec<&str> = check.findings.iter().map(|f| f.id.as_str()).collect();
    for expected in [
        "two_step_off",
        "email_missing",
        "failed_sign_ins",
        "review_activity",
    ] {
        assert!(ids.contains(&expected), "{expected} in {ids:?}");
    }
    assert_eq!(check.failed_sign_ins_30d, 1);
    let two_step = check
        .findings
        .iter()
        .find(|f| f.id == "two_step_off")
        .unwrap();
    assert_eq!(two_step.fix, "acctl 2sv enable");
    assert_eq!(
        check.findings[0].severity,
        acct_api::Severity::High,
        "most severe first"
    );
}
