//! "This wasn't me" (`POST /v1/activity/{id}/report`): the owner reports a sign-in;
//! its device is signed out under the same fresh-session rule as any other device
//! sign-out (SECURITY.md 21), and the report is recorded.

use acct_api::{ErrorCode, FlowInput, Session, StartFlow};

use crate::support::*;

const PHONE: &str = "+8613812345678";
const OTHER: &str = "+8613900001111";

/// The ID of the newest event (sign-up or sign-in) of `device` in `viewer`'s activity.
async fn sign_in_of(s: &TestServer, viewer: &Session, device: &str) -> i64 {
    let page = s
        .authed(viewer)
        .activity_page(&Default::default())
        .await
        .unwrap();
    let mut db = s.db().await;
    for item in page.items {
        let row: (Option<String>,) = sqlx::query_as("SELECT device_id FROM activity WHERE id = $1")
            .bind(item.id)
            .fetch_one(&mut db)
            .await
            .unwrap();
        if row.0.as_deref() == Some(device) {
            return item.id;
        }
    }
    panic!("no sign-in of {device}");
}

async fn reauthenticate(s: &TestServer, session: &Session) {
    let me = s.authed(session);
    let flow = me
        .start_flow(&StartFlow::Reauth { via: None })
        .await
        .unwrap();
    me.advance_flow(
        &flow.flow_id,
        &FlowInput {
            password: Some(PASSWORD.into()),
            ..Default::default()
        },
    )
    .await
    .unwrap();
}

/// A report signs out the reported sign-in's device (its tokens stop working),
/// records `reported_not_me`, names the next steps, and a second report of the
/// same event signs out nothing more.
#[tokio::test]
async fn reporting_a_sign_in_signs_out_its_device_and_records_the_report() {
    let s = TestServer::start().await;
    let mine = s.signup_phone(PHONE, Some(PASSWORD)).await;
    let theirs = s.login_session(PHONE, PASSWORD).await;
    let event = sign_in_of(&s, &mine, &theirs.device_id).await;
    let report = s.authed(&mine).report_activity(event).await.unwrap();
    assert_eq!(report.event_id, event);
    assert_eq!(report.event_kind, "sign_in");
    let out = report.signed_out.expect("the device was signed out");
    assert_eq!(out.device_id, theirs.device_id);
    assert!(!out.current);
    assert!(report.next.iter().any(|n| n == "acctl password change"));
    assert!(s.authed(&theirs).me().await.is_err(), "its token is dead");
    assert!(s.client.refresh(&theirs.refresh_token).await.is_err());
    s.authed(&mine).me().await.unwrap();
    let page = s
        .authed(&mine)
        .activity_page(&acct_api::ActivityQuery {
            kind: Some("reported_not_me".into()),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(page.items.len(), 1);
    assert_eq!(page.items[0].id, report.report_id);
    let again = s.authed(&mine).report_activity(event).await.unwrap();
    assert!(again.signed_out.is_none(), "already signed out");
}

/// SECURITY.md 21: an event of another account is the same 404 as an unknown one
/// (nothing revealed, nothing signed out), and this device's own sign-in is refused.
#[tokio::test]
async fn another_accounts_event_is_not_found_like_an_unknown_one() {
    let s = TestServer::start().await;
    let mine = s.signup_phone(PHONE, Some(PASSWORD)).await;
    let stranger = s.signup_phone(OTHER, Some(PASSWORD)).await;
    let foreign = sign_in_of(&s, &stranger, &stranger.device_id).await;
    let me = s.authed(&mine);
    let a = error_of(me.report_activity(foreign).await);
    let b = error_of(me.report_activity(i64::MAX).await);
    assert_eq!(a.code(), Some(ErrorCode::NotFound));
    assert_eq!(a.code(), b.code());
    assert_eq!(
        a.to_string(),
        b.to_string()
            .replace(&i64::MAX.to_string(), &foreign.to_string())
    );
    s.authed(&stranger).me().await.unwrap();
    let own = sign_in_of(&s, &mine, &mine.device_id).await;
    assert_eq!(
        code_of(me.report_activity(own).await),
        ErrorCode::InvalidInput
    );
}

/// SECURITY.md 21: a stale session cannot sign a device out by reporting its
/// sign-in (reauth_required, for known and unknown IDs alike); after a re-auth it can.
#[tokio::test]
async fn a_stale_session_must_reauthenticate_before_reporting() {
    let s = TestServer::start().await;
    let mine = s.signup_phone(PHONE, Some(PASSWORD)).await;
    let theirs = s.login_session(PHONE, PASSWORD).await;
    let event = sign_in_of(&s, &mine, &theirs.device_id).await;
    s.advance(11 * 60);
    let mine = s.client.refresh(&mine.refresh_token).await.unwrap();
    let theirs = s.client.refresh(&theirs.refresh_token).await.unwrap();
    let me = s.authed(&mine);
    for id in [event, i64::MAX] {
        assert_eq!(
            code_of(me.report_activity(id).await),
            ErrorCode::ReauthRequired
        );
    }
    s.authed(&theirs).me().await.unwrap();
    reauthenticate(&s, &mine).await;
    let report = s.authed(&mine).report_activity(event).await.unwrap();
    assert!(report.signed_out.is_some());
}

/// The unit of work: a burst of reports of one event signs its device out once
/// (compare-and-set on `revoked_at`), records one sign-out, and every report.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_burst_of_reports_signs_the_device_out_once() {
    let s = std::sync::Arc::new(TestServer::start().await);
    let mine = s.signup_phone(PHONE, Some(PASSWORD)).await;
    let theirs = s.login_session(PHONE, PASSWORD).await;
    let event = sign_in_of(&s, &mine, &theirs.device_id).await;
    let n = 50;
    let barrier = std::sync::Arc::new(tokio::sync::Barrier::new(n));
    let mut tasks = Vec::new();
    for _ in 0..n {
        let (me, barrier) = (s.authed(&mine), barrier.clone());
        tasks.push(tokio::spawn(async move {
            barrier.wait().await;
            me.report_activity(event)
                .await
                .unwrap()
                .signed_out
                .is_some()
        }));
    }
    let mut signed_out = 0;
    for t in tasks {
        signed_out += usize::from(t.await.unwrap());
    }
    assert_eq!(signed_out, 1);
    let page = s
        .authed(&mine)
        .activity_page(&acct_api::ActivityQuery {
            limit: Some(1000),
            ..Default::default()
        })
        .await
        .unwrap();
    let count = |kind: &str| page.items.iter().filter(|i| i.kind == kind).count();
    assert_eq!(count("device_signed_out"), 1);
    assert_eq!(count("reported_not_me"), n);
}
