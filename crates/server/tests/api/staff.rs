//! The support desk: roles, account tools, the ticket journey, the audit log.

use acct_api::{
    ErrorCode, Evidence, FlowInput, FlowStatus, Match, StaffReason, StartFlow, TicketAction,
    TicketQuery, TicketRef,
};

use crate::support::*;

const PHONE: &str = "+8613812345678";
const STAFF_PHONE: &str = "+8613912345678";
const CONTACT: &str = "helpme@example.com";

async fn staff(s: &TestServer) -> acct_api::Session {
    let staff = s.signup_phone(STAFF_PHONE, Some(PASSWORD)).await;
    s.grant(&staff.account_id, "support").await;
    staff
}

#[tokio::test]
async fn plain_users_are_refused_every_support_call() {
    let s = TestServer::start().await;
    let a = s.signup_phone(PHONE, None).await;
    let c = s.authed(&a);
    assert_eq!(code_of(c.staff_search(PHONE).await), ErrorCode::Forbidden);
    assert_eq!(
        code_of(c.staff_show(&a.account_id).await),
        ErrorCode::Forbidden
    );
    assert_eq!(
        code_of(c.staff_lock(&a.account_id, "x").await),
        ErrorCode::Forbidden
    );
    assert_eq!(
        code_of(c.staff_unlock(&a.account_id).await),
        ErrorCode::Forbidden
    );
    assert_eq!(
        code_of(c.staff_sign_out(&a.account_id).await),
        ErrorCode::Forbidden
    );
    assert_eq!(
        code_of(c.staff_tickets(&TicketQuery::default()).await),
        ErrorCode::Forbidden
    );
    assert_eq!(code_of(c.staff_ticket("T1").await), ErrorCode::Forbidden);
    assert_eq!(
        code_of(
            c.staff_ticket_action("T1", "claim", &TicketAction::default())
                .await
        ),
        ErrorCode::Forbidden
    );
    assert_eq!(
        code_of(c.staff_audit(&Default::default()).await),
        ErrorCode::Forbidden
    );
}

#[tokio::test]
async fn the_full_ticket_journey() {
    let s = TestServer::with(|c| c.limits.code_resend_cooldown = 0).await;
    let user = s.signup_phone(PHONE, Some(PASSWORD)).await;
    let support = staff(&s).await;
    // The user lost the phone: a ticket with partly matching evidence.
    let month = time::OffsetDateTime::from_unix_timestamp(s.clock_now()).unwrap();
    let evidence = Evidence {
        devices: vec!["test-device".into(), "Nokia 3310".into()],
        signup_month: Some(format!("{}-{:02}", month.year(), u8::from(month.month()))),
        previous_phones: vec!["+8613611112222".into()],
        places: vec!["127.0.0.".into()],
        notes: Some("lost my phone on a train".into()),
    };
    let flow = s
        .client
        .start_flow(&StartFlow::RecoveryTicket {
            login: PHONE.into(),
            contact_email: CONTACT.into(),
            evidence,
        })
        .await
        .unwrap();
    let done = s.submit_code(&flow, &s.last_code(CONTACT)).await.unwrap();
    let receipt = done.result.unwrap().ticket.unwrap();
    assert_eq!(
        s.client
            .ticket_status(&receipt.ticket_id, &receipt.status_secret)
            .await
            .unwrap()
            .status,
        "open"
    );
    assert_eq!(
        code_of(s.client.ticket_status(&receipt.ticket_id, "wrong").await),
        ErrorCode::NotFound
    );

    let staff_client = s.authed(&support);
    let queue = staff_client
        .staff_tickets(&TicketQuery {
            status: Some("open".into()),
            mine: None,
        })
        .await
        .unwrap();
    assert_eq!(queue.len(), 1);
    staff_client
        .staff_ticket_action(&receipt.ticket_id, "claim", &TicketAction::default())
        .await
        .unwrap();
    let ticket = staff_client.staff_ticket(&receipt.ticket_id).await.unwrap();
    let result_of = |kind: &str, claim: &str| {
        ticket
            .items
            .iter()
            .find(|i| i.kind == kind && i.claim.contains(claim))
            .unwrap()
            .result
    };
    assert_eq!(result_of("device", "test-device"), Match::Matched);
    assert_eq!(result_of("device", "Nokia"), Match::NotMatched);
    assert_eq!(result_of("signup_month", "-"), Match::Matched);
    assert_eq!(result_of("previous_phone", "+86"), Match::NotMatched);
    assert_eq!(result_of("place", "127.0.0."), Match::Matched);
    assert_eq!((ticket.matched, ticket.scored), (3, 5));
    assert_eq!(
        ticket.contact_email, "h•••@example.com",
        "staff see contacts masked"
    );
    staff_client
        .staff_ticket_action(
            &receipt.ticket_id,
            "approve",
            &TicketAction {
                text: Some("3 of 5 matched".into()),
            },
        )
        .await
        .unwrap();

    // The user finishes with the code that went to the contact email.
    let t = TicketRef {
        ticket_id: receipt.ticket_id.clone(),
        status_secret: receipt.status_secret.clone(),
    };
    let reset = s
        .client
        .start_flow(&StartFlow::PasswordReset {
            login: PHONE.into(),
            via: None,
            ticket: Some(t),
            known_device_id: None,
        })
        .await
        .unwrap();
    assert_eq!(reset.sent_to.as_deref(), Some("h•••@example.com"));
    let step = s.submit_code(&reset, &s.last_code(CONTACT)).await.unwrap();
    let fin = s
        .client
        .advance_flow(
            &step.flow_id,
            &FlowInput {
                password: Some("amber-Falcon-2026".into()),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(fin.status, FlowStatus::Complete);
    assert_eq!(
        code_of(s.authed(&user).me().await),
        ErrorCode::SessionRevoked,
        "old devices are signed out"
    );
    let back = s.login_session(CONTACT, "amber-Falcon-2026").await;
    assert!(
        s.authed(&back).me().await.unwrap().email_verified,
        "the contact became the recovery email"
    );
    assert_eq!(
        s.client
            .ticket_status(&receipt.ticket_id, &receipt.status_secret)
            .await
            .unwrap()
            .status,
        "completed"
    );

    let audit = staff_client.staff_audit(&Default::default()).await.unwrap();
    let actions: Vec<&str> = audit.iter().map(|e| e.action.as_str()).collect();
    for a in ["ticket.claim", "ticket.show", "ticket.approve"] {
        assert!(actions.contains(&a), "{a} in {actions:?}");
    }
    assert!(audit.iter().all(|e| e.actor == support.account_id));
}

#[tokio::test]
async fn ticket_rules_claims_decisions_and_own_tickets() {
    let s = TestServer::with(|c| c.limits.code_resend_cooldown = 0).await;
    let one = staff(&s).await;
    let two = s.signup_phone("+8613712345678", Some(PASSWORD)).await;
    s.grant(&two.account_id, "support").await;
    // A ticket about staff member one's own account.
    let flow = s
        .client
        .start_flow(&StartFlow::RecoveryTicket {
            login: STAFF_PHONE.into(),
            contact_email: CONTACT.into(),
            evidence: Evidence::default(),
        })
        .await
        .unwrap();
    let receipt = s
        .submit_code(&flow, &s.last_code(CONTACT))
        .await
        .unwrap()
        .result
        .unwrap()
        .ticket
        .unwrap();
    let id = receipt.ticket_id.as_str();
    let e = error_of(
        s.authed(&one)
            .staff_ticket_action(id, "approve", &TicketAction::default())
            .await,
    );
    assert_eq!(
        e.code(),
        Some(ErrorCode::Forbidden),
        "nobody approves their own ticket: {e}"
    );
    s.authed(&two)
        .staff_ticket_action(id, "claim", &TicketAction::default())
        .await
        .unwrap();
    // Notes are open to anyone on staff, even on a ticket someone else holds.
    s.authed(&one)
        .staff_ticket_action(
            id,
            "note",
            &TicketAction {
                text: Some("fyi".into()),
            },
        )
        .await
        .unwrap();
    let e = error_of(
        s.authed(&one)
            .staff_ticket_action(
                id,
                "reject",
                &TicketAction {
                    text: Some("no".into()),
                },
            )
            .await,
    );
    assert_eq!(e.code(), Some(ErrorCode::Conflict));
    assert!(
        e.to_string().contains(&two.account_id),
        "says who holds it: {e}"
    );
    let e = error_of(
        s.authed(&two)
            .staff_ticket_action(id, "reject", &TicketAction::default())
            .await,
    );
    assert_eq!(
        e.code(),
        Some(ErrorCode::InvalidInput),
        "a rejection needs a reason"
    );
    s.authed(&two)
        .staff_ticket_action(
            id,
            "reject",
            &TicketAction {
                text: Some("evidence did not match".into()),
            },
        )
        .await
        .unwrap();
    assert!(
        s.messages()
            .iter()
            .any(|m| m["purpose"] == "recovery_ticket_rejected" && m["to"] == CONTACT),
        "the requester is told"
    );
    let e = error_of(
        s.authed(&two)
            .staff_ticket_action(id, "approve", &TicketAction::default())
            .await,
    );
    assert_eq!(e.code(), Some(ErrorCode::Conflict), "already decided");
}

#[tokio::test]
async fn lock_unlock_sign_out_and_staff_protection() {
    let s = TestServer::with(|c| c.limits.code_resend_cooldown = 0).await;
    let user = s.signup_phone(PHONE, Some(PASSWORD)).await;
    let support = staff(&s).await;
    let c = s.authed(&support);
    let found = c.staff_search(PHONE).await.unwrap();
    assert_eq!(found[0].account_id, user.account_id);
    assert_eq!(found[0].phone.as_deref(), Some("+86•••••••5678"));
    assert_eq!(
        code_of(c.staff_lock(&user.account_id, "").await),
        ErrorCode::InvalidInput,
        "a lock needs a reason"
    );
    let locked = c
        .staff_lock(&user.account_id, "reported stolen")
        .await
        .unwrap();
    assert_eq!(locked.devices_signed_out, 1);
    assert_eq!(
        code_of(s.authed(&user).me().await),
        ErrorCode::SessionRevoked
    );
    assert_eq!(
        code_of(s.password_login(PHONE, PASSWORD).await),
        ErrorCode::LoginLocked
    );
    assert!(c.staff_show(&user.account_id).await.unwrap().locked);
    c.staff_unlock(&user.account_id).await.unwrap();
    let back = s.login_session(PHONE, PASSWORD).await;
    assert_eq!(
        c.staff_sign_out(&user.account_id)
            .await
            .unwrap()
            .devices_signed_out,
        1
    );
    assert_eq!(
        code_of(s.authed(&back).me().await),
        ErrorCode::SessionRevoked
    );
    // Staff accounts are out of reach of other staff.
    let other_staff = s.signup_phone("+8613712345678", None).await;
    s.grant(&other_staff.account_id, "admin").await;
    assert_eq!(
        code_of(c.staff_lock(&other_staff.account_id, "x").await),
        ErrorCode::Forbidden
    );
    // A deleted account cannot be locked.
    let gone = s.signup_phone("+8613612345678", None).await;
    let del = s
        .authed(&gone)
        .start_flow(&StartFlow::DeleteAccount { via: None })
        .await
        .unwrap();
    s.authed(&gone)
        .advance_flow(
            &del.flow_id,
            &FlowInput {
                code: Some(s.last_code("+8613612345678").into()),
                confirmation: Some(gone.account_id.clone()),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(
        code_of(c.staff_lock(&gone.account_id, "x").await),
        ErrorCode::NotFound
    );
    let activity = c
        .staff_activity(&user.account_id, &Default::default())
        .await
        .unwrap();
    assert!(activity.items.iter().any(|i| i.kind == "support_lock"));
}

/// SECURITY.md 33: the audit log refuses UPDATE and DELETE.
#[tokio::test]
async fn the_audit_log_is_append_only() {
    let s = TestServer::start().await;
    let support = staff(&s).await;
    s.authed(&support).staff_search(STAFF_PHONE).await.unwrap();
    let mut db = s.db().await;
    assert!(sqlx::query("UPDATE audit_log SET actor = 'x'")
        .execute(&mut db)
        .await
        .is_err());
    assert!(sqlx::query("DELETE FROM audit_log")
        .execute(&mut db)
        .await
        .is_err());
    let _ = StaffReason::default();
}

/// SECURITY.md 5: after an admin marks the password compromised, the next sign-in
/// must set a new one; support staff without admin cannot.
#[tokio::test]
async fn a_compromised_password_must_be_changed_at_the_next_sign_in() {
    let s = TestServer::with(|c| c.limits.code_resend_cooldown = 0).await;
    let user = s.signup_phone(PHONE, Some(PASSWORD)).await;
    let support = staff(&s).await;
    assert_eq!(
        code_of(
            s.authed(&support)
                .staff_mark_compromised(&user.account_id, "breach list")
                .await
        ),
        ErrorCode::Forbidden
    );
    let admin = s.signup_phone("+8613712345678", None).await;
    s.grant(&admin.account_id, "admin").await;
    s.authed(&admin)
        .staff_mark_compromised(&user.account_id, "found in a breach list")
        .await
        .unwrap();
    assert_eq!(
        code_of(s.authed(&user).me().await),
        ErrorCode::SessionRevoked
    );
    let flow = s.password_login(PHONE, PASSWORD).await.unwrap();
    assert_eq!(flow.awaiting, Some(acct_api::Awaiting::NewPassword));
    let same = FlowInput {
        password: Some(PASSWORD.into()),
        ..Default::default()
    };
    assert_eq!(
        code_of(s.client.advance_flow(&flow.flow_id, &same).await),
        ErrorCode::WeakPassword
    );
    let new = FlowInput {
        password: Some("amber-Falcon-2026".into()),
        ..Default::default()
    };
    let done = s.client.advance_flow(&flow.flow_id, &new).await.unwrap();
    assert_eq!(done.status, FlowStatus::Complete);
    assert!(done.result.unwrap().session.is_some());
    assert_eq!(
        s.login_session(PHONE, "amber-Falcon-2026").await.account_id,
        user.account_id
    );
}
