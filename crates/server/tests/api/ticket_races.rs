//! Races on one recovery ticket: decisions and finishes are one transaction each,
//! decided by a compare-and-set before anything else is written (issue 10).

use std::sync::Arc;
use std::time::Duration;

use acct_api::{
    ErrorCode, Evidence, Flow, FlowInput, FlowStatus, StartFlow, TicketAction, TicketReceipt,
    TicketRef,
};
use acct_client::Client;
use sqlx::Row;
use tokio::sync::Barrier;

use crate::support::*;

const PHONE: &str = "+8613812345678";
const STAFF_PHONE: &str = "+8613912345678";

async fn server() -> TestServer {
    TestServer::with(|c| {
        c.limits.code_resend_cooldown = 0;
        c.limits.codes_per_ip_per_day = 100_000;
        c.limits.codes_per_destination_per_ip_per_day = 100_000;
    })
    .await
}

/// Opens a ticket about `PHONE` whose contact is `contact`.
async fn open_ticket(s: &TestServer, contact: &str) -> TicketReceipt {
    let flow = s
        .client
        .start_flow(&StartFlow::RecoveryTicket {
            login: PHONE.into(),
            contact_email: contact.into(),
            evidence: Evidence::default(),
        })
        .await
        .unwrap();
    s.submit_code(&flow, &s.last_code(contact))
        .await
        .unwrap()
        .result
        .unwrap()
        .ticket
        .unwrap()
}

fn reason(text: &str) -> TicketAction {
    TicketAction {
        text: Some(text.into()),
    }
}

/// Counts rows of `sql` (one `$1` bound to `value`).
async fn count(s: &TestServer, sql: &str, value: &str) -> i64 {
    let mut db = s.db().await;
    sqlx::query(sql)
        .bind(value)
        .fetch_one(&mut db)
        .await
        .unwrap()
        .try_get(0)
        .unwrap()
}

/// Issue 10: an approve racing a reject of the same ticket must never leave a working
/// reset code (or its message) on a rejected ticket; exactly one decision wins.
#[tokio::test]
async fn approve_racing_reject_leaves_no_code_on_a_rejected_ticket() {
    let s = server().await;
    s.signup_phone(PHONE, Some(PASSWORD)).await;
    let support = s.signup_phone(STAFF_PHONE, Some(PASSWORD)).await;
    s.grant(&support.account_id, "support").await;
    let (mut approvals, mut rejections) = (0, 0);
    for i in 0..20u64 {
        let contact = format!("race{i}@example.com");
        let ticket = open_ticket(&s, &contact).await;
        let barrier = Arc::new(Barrier::new(2));
        // A reject is the lighter request: held back a little in some rounds, so both
        // sides win some of them.
        let decide = |action: &'static str, body: TicketAction, delay_ms: u64| {
            let (c, b, id) = (
                s.authed(&support),
                barrier.clone(),
                ticket.ticket_id.clone(),
            );
            tokio::spawn(async move {
                b.wait().await;
                tokio::time::sleep(Duration::from_millis(delay_ms)).await;
                c.staff_ticket_action(&id, action, &body).await
            })
        };
        let approve = decide("approve", TicketAction::default(), 0);
        let reject = decide("reject", reason("evidence did not match"), (i % 4) * 2);
        let (approve, reject) = (approve.await.unwrap(), reject.await.unwrap());
        assert!(
            approve.is_ok() != reject.is_ok(),
            "exactly one decision wins (round {i}): {approve:?} / {reject:?}"
        );
        let loser = approve.as_ref().err().or(reject.as_ref().err()).unwrap();
        assert_eq!(
            loser.code(),
            Some(ErrorCode::Conflict),
            "round {i}: {loser}"
        );
        s.settle();
        let codes = count(
            &s,
            "SELECT COUNT(*) FROM codes WHERE destination = $1 AND purpose = 'password_reset'",
            &contact,
        )
        .await;
        let messages = count(
            &s,
            "SELECT COUNT(*) FROM outbox WHERE destination = $1 AND purpose = 'password_reset'",
            &contact,
        )
        .await;
        let flows = count(
            &s,
            "SELECT COUNT(*) FROM flows WHERE kind = 'password_reset' AND state LIKE $1",
            &format!("%{}%", ticket.ticket_id),
        )
        .await;
        let status: String = {
            let mut db = s.db().await;
            sqlx::query("SELECT status FROM tickets WHERE id = $1")
                .bind(&ticket.ticket_id)
                .fetch_one(&mut db)
                .await
                .unwrap()
                .try_get(0)
                .unwrap()
        };
        if approve.is_ok() {
            approvals += 1;
            assert_eq!(status, "approved");
            assert_eq!((codes, messages, flows), (1, 1, 1), "round {i}");
        } else {
            rejections += 1;
            assert_eq!(status, "rejected");
            assert_eq!(
                (codes, messages, flows),
                (0, 0, 0),
                "a rejected ticket has no reset flow, code or message (round {i})"
            );
        }
    }
    eprintln!("approve won {approvals}, reject won {rejections}");
}

/// An approved ticket's reset flow, advanced to the new-password step.
async fn reset_at_new_password(s: &TestServer, staff: &Client, contact: &str) -> (Flow, String) {
    let ticket = open_ticket(s, contact).await;
    staff
        .staff_ticket_action(&ticket.ticket_id, "approve", &TicketAction::default())
        .await
        .unwrap();
    let reset = s
        .client
        .start_flow(&StartFlow::PasswordReset {
            login: PHONE.into(),
            via: None,
            ticket: Some(TicketRef {
                ticket_id: ticket.ticket_id.clone(),
                status_secret: ticket.status_secret,
            }),
            known_device_id: None,
        })
        .await
        .unwrap();
    let step = s.submit_code(&reset, &s.last_code(contact)).await.unwrap();
    (step, ticket.ticket_id)
}

/// Issue 10: two finishes of one approved ticket reset, released together: one sets
/// its password and completes the ticket; the other changes nothing (its password
/// never works), because the ticket's approved → completed CAS and the password are
/// one transaction.
#[tokio::test]
async fn two_finishes_of_one_ticket_reset_set_one_password() {
    let s = server().await;
    s.signup_phone(PHONE, Some(PASSWORD)).await;
    let support = s.signup_phone(STAFF_PHONE, Some(PASSWORD)).await;
    s.grant(&support.account_id, "support").await;
    let staff = s.authed(&support);
    for i in 0..5 {
        let contact = format!("finish{i}@example.com");
        let (step, ticket_id) = reset_at_new_password(&s, &staff, &contact).await;
        let barrier = Arc::new(Barrier::new(2));
        let finish = |password: String| {
            let (c, b, id) = (s.client.clone(), barrier.clone(), step.flow_id.clone());
            tokio::spawn(async move {
                b.wait().await;
                let input = FlowInput {
                    password: Some(password.clone().into()),
                    ..FlowInput::default()
                };
                (password, c.advance_flow(&id, &input).await)
            })
        };
        let one = finish(format!("amber-Falcon-{i}1"));
        let two = finish(format!("cobalt-Heron-{i}2"));
        let results = [one.await.unwrap(), two.await.unwrap()];
        let won: Vec<_> = results.iter().filter(|(_, r)| r.is_ok()).collect();
        assert_eq!(won.len(), 1, "exactly one finish wins (round {i})");
        let (winner, done) = won[0];
        assert_eq!(done.as_ref().unwrap().status, FlowStatus::Complete);
        let (loser, lost) = results.iter().find(|(_, r)| r.is_err()).unwrap();
        assert_eq!(
            lost.as_ref().unwrap_err().code(),
            Some(ErrorCode::Conflict),
            "round {i}"
        );
        s.login_session(PHONE, winner).await;
        assert!(
            s.password_login(PHONE, loser)
                .await
                .is_err_and(|e| e.code() == Some(ErrorCode::InvalidCredentials)),
            "the losing finish set no password (round {i})"
        );
        let completed = count(
            &s,
            "SELECT COUNT(*) FROM tickets WHERE id = $1 AND status = 'completed'",
            &ticket_id,
        )
        .await;
        assert_eq!(completed, 1, "round {i}");
    }
}
