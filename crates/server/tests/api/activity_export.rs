//! The activity export (`GET /v1/activity/export` and the staff form): one streamed
//! NDJSON response from one cursor, with the paged listing's rows and filters,
//! read only as fast as the client takes it, and stopped when the client goes away.

use std::time::Duration;

use acct_api::{ActivityItem, ActivityQuery, ErrorCode};
use acct_client::Client;
use futures_util::TryStreamExt;

use crate::support::*;

const PHONE: &str = "+8613812345678";
const STAFF_PHONE: &str = "+8613912345678";

/// Seeds `n` events for the account straight into the database, 10 s apart from
/// `from`: every fifth a password change, every seventh a failure.
async fn seed(s: &TestServer, account_id: &str, n: i64, from: i64) {
    let mut db = s.db().await;
    sqlx::query(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $2) \
         INSERT INTO activity (account_id, at, kind, outcome, method, ip, device_name, user_agent, reason) \
         SELECT $1, $3 + i * 10, \
                CASE WHEN i % 5 = 0 THEN 'password_changed' ELSE 'sign_in' END, \
                CASE WHEN i % 7 = 0 THEN 'failure' ELSE 'success' END, \
                CASE WHEN i % 3 = 0 THEN 'sms' ELSE 'password' END, \
                '10.0.' || (i % 250) || '.1', 'laptop-' || (i % 13), \
                'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 \"q\" \\\\ Safari/537.36', \
                CASE WHEN i % 7 = 0 THEN 'wrong_password' END \
         FROM n",
    )
    .bind(account_id)
    .bind(n)
    .bind(from)
    .execute(&mut db)
    .await
    .expect("seed activity");
}

/// The whole export through the client, parsed line by line.
async fn export_all(c: &Client, q: &ActivityQuery) -> Vec<ActivityItem> {
    lines_of(c.activity_export(q).await.expect("export starts")).await
}

async fn lines_of(mut export: acct_client::Export) -> Vec<ActivityItem> {
    let mut body = Vec::new();
    while let Some(chunk) = export.chunk().await.expect("export completes") {
        body.extend_from_slice(&chunk);
    }
    assert!(
        body.is_empty() || body.ends_with(b"\n"),
        "ends with a newline"
    );
    body.split(|b| *b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| serde_json::from_slice(l).expect("each line is an ActivityItem"))
        .collect()
}

async fn paged(c: &Client, q: &ActivityQuery) -> Vec<ActivityItem> {
    c.activity_stream(ActivityQuery {
        limit: Some(97),
        ..q.clone()
    })
    .try_collect()
    .await
    .expect("pages")
}

fn rfc3339(t: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(t)
        .unwrap()
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap()
}

/// A raw streamed GET of the export (no client-side buffering of the body).
async fn raw_export(s: &TestServer, token: &str) -> reqwest::Response {
    let resp = reqwest::Client::new()
        .get(format!("{}/v1/activity/export", s.url))
        .bearer_auth(token)
        .send()
        .await
        .expect("export answers");
    assert_eq!(resp.status(), 200);
    assert_eq!(
        resp.headers()["content-type"],
        "application/x-ndjson",
        "NDJSON"
    );
    resp
}

/// Waits (at most 10 s) until the account's export reader has stopped moving:
/// blocked on the client (backpressure) or ended. Returns its rows read, if still running.
async fn settled_reader(account_id: &str) -> Option<u64> {
    let mut last = acctd::store::rows_read_by_export(account_id);
    for _ in 0..50 {
        tokio::time::sleep(Duration::from_millis(200)).await;
        let now = acctd::store::rows_read_by_export(account_id);
        if now == last {
            return now;
        }
        last = now;
    }
    last
}

/// Issue 12: `--all` must give exactly what paging gives (same ids, same order,
/// same fields), so scripts can switch to the export without a diff.
#[tokio::test]
async fn the_export_gives_exactly_the_rows_of_the_paged_listing() {
    let s = TestServer::start().await;
    let a = s.signup_phone(PHONE, Some(PASSWORD)).await;
    let _ = s.password_login(PHONE, "wrong-Password-1").await;
    seed(&s, &a.account_id, 400, s.clock_now() - 86_400).await;
    let me = s.authed(&a);
    let all = ActivityQuery::default();
    let exported = export_all(&me, &all).await;
    let pages = paged(&me, &all).await;
    assert!(
        exported.len() >= 402,
        "400 seeded + sign-up + failed sign-in"
    );
    assert_eq!(exported, pages);
    assert!(
        exported.windows(2).all(|w| w[0].id > w[1].id),
        "newest first"
    );
    // Limit and cursor are for pages: the export ignores them.
    let ignoring = export_all(
        &me,
        &ActivityQuery {
            limit: Some(3),
            cursor: Some("5".into()),
            ..Default::default()
        },
    )
    .await;
    assert_eq!(ignoring, pages);
}

/// Issue 12: the filters are pushed into the export's query and match the paged
/// listing's for since, until, failed and kind, alone and together.
#[tokio::test]
async fn the_export_honours_every_filter_as_the_listing_does() {
    let s = TestServer::start().await;
    let a = s.signup_phone(PHONE, None).await;
    let from = s.clock_now() - 86_400;
    seed(&s, &a.account_id, 300, from).await;
    let me = s.authed(&a);
    let since = Some(rfc3339(from + 1_000));
    let until = Some(rfc3339(from + 2_500));
    let queries = [
        ActivityQuery {
            since: since.clone(),
            ..Default::default()
        },
        ActivityQuery {
            until: until.clone(),
            ..Default::default()
        },
        ActivityQuery {
            failed: Some(true),
            ..Default::default()
        },
        ActivityQuery {
            kind: Some("password_changed".into()),
            ..Default::default()
        },
        ActivityQuery {
            since,
            until,
            failed: Some(true),
            kind: Some("sign_in".into()),
            ..Default::default()
        },
        ActivityQuery {
            kind: Some("no_such_kind".into()),
            ..Default::default()
        },
    ];
    for q in &queries {
        let exported = export_all(&me, q).await;
        let pages = paged(&me, q).await;
        assert_eq!(exported, pages, "{q:?}");
        if q.kind.as_deref() != Some("no_such_kind") {
            assert!(!exported.is_empty() && exported.len() < 301, "{q:?}");
        }
    }
    let e = error_of(
        me.activity_export(&ActivityQuery {
            since: Some("yesterday".into()),
            ..Default::default()
        })
        .await,
    );
    assert_eq!(e.code(), Some(ErrorCode::BadRequest));
}

/// Issue 12: the export streams: its first line reaches the client while the
/// reader still has rows to read, and a client that stops reading holds the reader
/// back (backpressure) instead of letting it buffer the whole history.
#[tokio::test]
async fn the_export_streams_its_first_line_before_the_last_row_is_read() {
    let s = TestServer::start().await;
    let a = s.signup_phone(PHONE, None).await;
    let total = 100_000;
    let from = s.clock_now() - 10 * 86_400;
    seed(&s, &a.account_id, total, from).await;
    let mut resp = raw_export(&s, a.access_token.expose()).await;
    let first = resp.chunk().await.unwrap().expect("a first chunk");
    let running = acctd::store::rows_read_by_export(&a.account_id);
    let line = first.split(|b| *b == b'\n').next().unwrap();
    let newest: ActivityItem = serde_json::from_slice(line).unwrap();
    assert_eq!(
        newest.at.unix_timestamp(),
        from + total * 10,
        "the newest seeded event comes first"
    );
    assert!(
        running.is_some_and(|n| n < total as u64),
        "the first line arrived while the reader was still reading: {running:?}"
    );
    // Not reading further: the reader stops at the channel and socket buffers.
    let held = settled_reader(&a.account_id).await;
    assert!(
        held.is_some_and(|n| n < total as u64),
        "a stalled client holds the reader back: {held:?} of {total}"
    );
    // While it is held, a second export of the account waits its turn (one slow
    // client cannot hold every export slot of the server).
    let second = error_of(s.authed(&a).activity_export(&Default::default()).await);
    assert_eq!(second.code(), Some(ErrorCode::RateLimited));
    assert!(second.retry_after().is_some());
    drop(resp);
}

/// Issue 12: a client that goes away mid-export stops the reader (it does not
/// read the rest of the history for no one); the service stays healthy.
#[tokio::test]
async fn a_dropped_export_stops_its_reader_and_the_service_carries_on() {
    let s = TestServer::start().await;
    let a = s.signup_phone(PHONE, None).await;
    let total = 100_000;
    seed(&s, &a.account_id, total, s.clock_now() - 10 * 86_400).await;
    let cut_before = acctd::store::exports_cut_short();
    let mut resp = raw_export(&s, a.access_token.expose()).await;
    resp.chunk().await.unwrap().expect("a first chunk");
    assert!(acctd::store::rows_read_by_export(&a.account_id).is_some());
    drop(resp);
    let mut stopped = false;
    for _ in 0..500 {
        if acctd::store::rows_read_by_export(&a.account_id).is_none() {
            stopped = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(stopped, "the reader ended after the client went away");
    assert!(
        acctd::store::exports_cut_short() > cut_before,
        "it ended because the client was gone, not by reading everything"
    );
    let me = s.authed(&a);
    me.me().await.expect("the service still answers");
    let changes = export_all(
        &me,
        &ActivityQuery {
            kind: Some("password_changed".into()),
            failed: Some(true),
            ..Default::default()
        },
    )
    .await;
    assert_eq!(changes.len(), (total / 35) as usize, "a later export works");
}

/// Issue 12 / SECURITY.md (staff tools): the staff export is for staff only, is
/// audited like the staff listing, and gives the staff listing's rows.
#[tokio::test]
async fn the_staff_export_is_staff_only_audited_and_matches_the_listing() {
    let s = TestServer::start().await;
    let user = s.signup_phone(PHONE, None).await;
    seed(&s, &user.account_id, 250, s.clock_now() - 86_400).await;
    let support = s.signup_phone(STAFF_PHONE, Some(PASSWORD)).await;
    assert_eq!(
        code_of(
            s.authed(&user)
                .staff_activity_export(&support.account_id, &Default::default())
                .await
                .map(|_| ())
        ),
        ErrorCode::Forbidden
    );
    s.grant(&support.account_id, "support").await;
    let c = s.authed(&support);
    let q = ActivityQuery {
        failed: Some(true),
        ..Default::default()
    };
    let exported = lines_of(
        c.staff_activity_export(&user.account_id, &q)
            .await
            .expect("staff export"),
    )
    .await;
    let views = |audit: &[acct_api::AuditEntry]| {
        audit
            .iter()
            .filter(|e| {
                e.action == "account.activity"
                    && e.account_id.as_deref() == Some(user.account_id.as_str())
            })
            .count()
    };
    let audit = c.staff_audit(&Default::default()).await.unwrap();
    assert_eq!(views(&audit), 1, "the export is audited");
    let mut pages = Vec::new();
    let mut page_q = ActivityQuery {
        limit: Some(10),
        ..q.clone()
    };
    loop {
        let page = c.staff_activity(&user.account_id, &page_q).await.unwrap();
        pages.extend(page.items);
        match page.next_cursor {
            Some(cur) => page_q.cursor = Some(cur),
            None => break,
        }
    }
    assert_eq!(exported.len(), 250 / 7);
    assert_eq!(exported, pages);
    assert_eq!(
        code_of(c.staff_activity_export("99999999", &q).await.map(|_| ())),
        ErrorCode::NotFound
    );
}
