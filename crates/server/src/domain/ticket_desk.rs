//! The staff side of recovery tickets: the queue, claiming, and deciding. A decision
//! is one transaction that starts with the ticket's compare-and-set, so of two staff
//! members deciding one ticket at once exactly one wins and the other writes nothing.

use acct_api::{
    mask_email, Awaiting, Channel, ErrorCode, Evidence, Match, ScoredItem, StaffNote, Ticket,
    TicketQuery,
};

use super::codes::CustomCode;
use super::flow_state::{CodeSend, FlowState, ResetState};
use super::support::ensure_not_staff;
use super::{App, RequestMeta};
use crate::error::{ApiError, ApiResult};
use crate::kinds::{CodePurpose, TicketStatus};
use crate::store::{AccessContext, FlowRow, TicketMove, TicketRow, Uow};

impl App {
    pub async fn staff_tickets(
        &self,
        ctx: &AccessContext,
        q: &TicketQuery,
    ) -> ApiResult<Vec<Ticket>> {
        self.require_staff(ctx)?;
        let mine = q.mine.unwrap_or(false).then_some(ctx.account_id.as_str());
        let status = match q.status.as_deref().map(str::parse::<TicketStatus>) {
            None => None,
            Some(Ok(s)) => Some(s),
            // No ticket has a status that does not exist.
            Some(Err(_)) => return Ok(Vec::new()),
        };
        let rows = self.store.tickets(status, mine, 500).await?;
        let mut out = Vec::new();
        for r in rows {
            out.push(self.ticket_view(&r, false).await?);
        }
        Ok(out)
    }

    pub async fn staff_ticket(
        &self,
        ctx: &AccessContext,
        id: &str,
        meta: &RequestMeta,
    ) -> ApiResult<Ticket> {
        self.require_staff(ctx)?;
        let t = self
            .store
            .ticket(id)
            .await?
            .ok_or_else(|| ApiError::not_found("ticket"))?;
        self.audit_action(
            ctx,
            "ticket.show",
            t.account_id.as_deref(),
            Some(&t.id),
            None,
            meta,
        )
        .await?;
        self.ticket_view(&t, true).await
    }

    async fn ticket_view(&self, t: &TicketRow, with_notes: bool) -> ApiResult<Ticket> {
        let items: Vec<ScoredItem> = serde_json::from_str(&t.score).unwrap_or_default();
        let evidence: Evidence = serde_json::from_str(&t.evidence).unwrap_or_default();
        let scored = items.iter().filter(|i| i.result != Match::Unknown).count();
        let matched = items.iter().filter(|i| i.result == Match::Matched).count();
        let staff_notes = if with_notes {
            self.store
                .ticket_notes(&t.id)
                .await?
                .into_iter()
                .map(|n| StaffNote {
                    author: n.author,
                    at: n.at.to_datetime(),
                    text: n.text,
                })
                .collect()
        } else {
            Vec::new()
        };
        Ok(Ticket {
            ticket_id: t.id.clone(),
            status: t.status.to_string(),
            account_id: t.account_id.clone(),
            contact_email: mask_email(&t.contact_email),
            claimed_by: t.claimed_by.clone(),
            created_at: t.created_at.to_datetime(),
            updated_at: t.updated_at.to_datetime(),
            items,
            matched: u32::try_from(matched).unwrap_or(0),
            scored: u32::try_from(scored).unwrap_or(0),
            notes_from_requester: evidence.notes,
            staff_notes,
        })
    }

    /// Loads a ticket the caller may decide: not decided yet, not someone else's claim,
    /// not the caller's own account (SECURITY.md 29).
    async fn decidable(&self, ctx: &AccessContext, id: &str) -> ApiResult<TicketRow> {
        self.require_staff(ctx)?;
        let t = self
            .store
            .ticket(id)
            .await?
            .ok_or_else(|| ApiError::not_found("ticket"))?;
        if !t.status.is_undecided() {
            return Err(ApiError::new(
                ErrorCode::Conflict,
                format!("The ticket was already {}; nothing to decide.", t.status),
            ));
        }
        if let Some(other) = t.claimed_by.as_deref().filter(|c| *c != ctx.account_id) {
            return Err(ApiError::new(
                ErrorCode::Conflict,
                format!("The ticket is claimed by {other}; ask them, or an administrator."),
            )
            .details(serde_json::json!({ "claimed_by": other })));
        }
        if t.account_id.as_deref() == Some(ctx.account_id.as_str()) {
            return Err(ApiError::new(
                ErrorCode::Forbidden,
                "You cannot decide a ticket about your own account; another staff member must.",
            ));
        }
        Ok(t)
    }

    pub async fn staff_claim(
        &self,
        ctx: &AccessContext,
        id: &str,
        meta: &RequestMeta,
    ) -> ApiResult<Ticket> {
        let t = self.decidable(ctx, id).await?;
        let mut tx = self.store.begin().await?;
        if !tx
            .claim_ticket(&t.id, &ctx.account_id, self.timestamp())
            .await?
        {
            return Err(ApiError::new(
                ErrorCode::Conflict,
                "Someone claimed the ticket just now; look again.",
            ));
        }
        let audit = self.audit_row(
            ctx,
            "ticket.claim",
            t.account_id.as_deref(),
            Some(&t.id),
            None,
            meta,
        );
        self.commit_decision(tx, &audit, &t.id).await
    }

    /// Approves a ticket: one transaction holds the ticket's compare-and-set (first, so
    /// a racing reject or second approval wins or loses before anything is written),
    /// the reset flow, the send budgets, the code and its outbox message, the note and
    /// the audit entry. A lost race leaves none of them behind.
    pub async fn staff_approve(
        &self,
        ctx: &AccessContext,
        id: &str,
        note: Option<&str>,
        meta: &RequestMeta,
    ) -> ApiResult<Ticket> {
        let t = self.decidable(ctx, id).await?;
        let Some(account_id) = t.account_id.clone() else {
            return Err(ApiError::new(
                ErrorCode::Conflict,
                "No account has the login this ticket names: reject it.",
            ));
        };
        let target = self.store.account_any(&account_id).await?;
        if let Some(target) = &target {
            ensure_not_staff(target)?;
        }
        // The code is for the requester: in the account's language, not the staff member's.
        let meta = &RequestMeta {
            accept_language: Some(target.map(|a| a.language).unwrap_or_default()),
            ..meta.clone()
        };
        let flow = self
            .approval_reset_flow(&t.id, &account_id, &t.contact_email)
            .await?;
        let now = self.timestamp();
        let mut tx = self.store.begin().await?;
        let decided = TicketMove {
            status: TicketStatus::Approved,
            claimed_by: Some(&ctx.account_id),
            reset_flow_id: Some(&flow.0.id),
            now,
        };
        if !tx
            .update_ticket(&t.id, &[TicketStatus::Open, TicketStatus::Claimed], decided)
            .await?
        {
            return Err(changed_meanwhile());
        }
        self.store_approval_flow(&mut tx, flow, meta).await?;
        if let Some(n) = note.filter(|n| !n.trim().is_empty()) {
            tx.add_ticket_note(&t.id, &ctx.account_id, n, now).await?;
        }
        let audit = self.audit_row(
            ctx,
            "ticket.approve",
            Some(&account_id),
            Some(&t.id),
            note,
            meta,
        );
        self.commit_decision(tx, &audit, &t.id).await
    }

    /// Rejects a ticket: the compare-and-set, the note, the notice to the requester
    /// and the audit entry, in one transaction.
    pub async fn staff_reject(
        &self,
        ctx: &AccessContext,
        id: &str,
        reason: Option<&str>,
        meta: &RequestMeta,
    ) -> ApiResult<Ticket> {
        let reason = reason
            .map(str::trim)
            .filter(|r| !r.is_empty())
            .ok_or_else(|| {
                ApiError::new(
                    ErrorCode::InvalidInput,
                    "A rejection needs a reason (--reason).",
                )
            })?;
        let t = self.decidable(ctx, id).await?;
        let lang = self.ticket_language(&t).await?;
        let now = self.timestamp();
        let mut tx = self.store.begin().await?;
        let decided = TicketMove {
            status: TicketStatus::Rejected,
            claimed_by: Some(&ctx.account_id),
            reset_flow_id: None,
            now,
        };
        if !tx
            .update_ticket(&t.id, &[TicketStatus::Open, TicketStatus::Claimed], decided)
            .await?
        {
            return Err(changed_meanwhile());
        }
        tx.add_ticket_note(&t.id, &ctx.account_id, reason, now)
            .await?;
        let notice = crate::courier::notices::Notice::TicketRejected {
            ticket_id: t.id.clone(),
            reason: reason.to_string(),
        };
        self.send_notice_in(
            &mut tx,
            Channel::Email,
            &t.contact_email,
            "recovery_ticket_rejected",
            &notice,
            lang,
        )
        .await?;
        let audit = self.audit_row(
            ctx,
            "ticket.reject",
            t.account_id.as_deref(),
            Some(&t.id),
            Some(reason),
            meta,
        );
        self.commit_decision(tx, &audit, &t.id).await
    }

    /// Ends a decision's unit of work: the audit entry joins it, it commits, and only
    /// then is the drainer woken for the messages it wrote.
    async fn commit_decision(
        &self,
        mut tx: Uow,
        audit: &crate::store::AuditRow,
        ticket_id: &str,
    ) -> ApiResult<Ticket> {
        tx.audit(audit).await?;
        tx.commit().await?;
        self.courier.wake();
        self.staff_ticket_fresh(ticket_id).await
    }

    pub async fn staff_note(
        &self,
        ctx: &AccessContext,
        id: &str,
        text: Option<&str>,
        meta: &RequestMeta,
    ) -> ApiResult<Ticket> {
        self.require_staff(ctx)?;
        let text = text
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .ok_or_else(|| ApiError::new(ErrorCode::InvalidInput, "A note needs text."))?;
        let t = self
            .store
            .ticket(id)
            .await?
            .ok_or_else(|| ApiError::not_found("ticket"))?;
        // The note and its audit entry, in one unit.
        let mut tx = self.store.begin().await?;
        tx.add_ticket_note(&t.id, &ctx.account_id, text, self.timestamp())
            .await?;
        let audit = self.audit_row(
            ctx,
            "ticket.note",
            t.account_id.as_deref(),
            Some(&t.id),
            None,
            meta,
        );
        self.commit_decision(tx, &audit, &t.id).await
    }

    async fn staff_ticket_fresh(&self, id: &str) -> ApiResult<Ticket> {
        let t = self
            .store
            .ticket(id)
            .await?
            .ok_or_else(|| ApiError::not_found("ticket"))?;
        self.ticket_view(&t, true).await
    }

    /// The reset flow an approval creates (valid `ticket_code_ttl`), not stored yet.
    async fn approval_reset_flow(
        &self,
        ticket_id: &str,
        account_id: &str,
        contact: &str,
    ) -> ApiResult<(FlowRow, FlowState)> {
        let state = FlowState::PasswordReset(ResetState {
            code: CodeSend::new(
                Channel::Email,
                contact,
                mask_email(contact),
                CodePurpose::PasswordReset,
            ),
            ticket_id: Some(ticket_id.to_string()),
            known_device_id: None,
            wait_until: None,
            password_hash: None,
        });
        let mut row = self
            .new_flow(Some(account_id), Awaiting::Code, &state)
            .await?;
        row.expires_at = self.timestamp().plus_secs(self.limits().ticket_code_ttl);
        Ok((row, state))
    }

    /// Sends the approval's code to the ticket's contact and stores its flow, inside
    /// the approval's transaction.
    async fn store_approval_flow(
        &self,
        tx: &mut Uow,
        (mut row, mut state): (FlowRow, FlowState),
        meta: &RequestMeta,
    ) -> ApiResult<()> {
        let ttl = self.limits().ticket_code_ttl;
        let custom = CustomCode {
            secret: None,
            link: None,
            ttl,
        };
        let Some(code) = state.code_mut() else {
            return Err(ApiError::Internal(anyhow::anyhow!(
                "an approval's reset flow without a code"
            )));
        };
        code.resend_after = Some(
            self.send_code_in(tx, &row.id, &code.target(), meta, Some(custom))
                .await?,
        );
        row.state = state.to_json()?;
        tx.insert_flow(&row).await?;
        Ok(())
    }
}

impl App {
    /// The language a ticket's messages are written in: its account's.
    async fn ticket_language(&self, t: &TicketRow) -> ApiResult<crate::courier::text::Lang> {
        let Some(id) = &t.account_id else {
            return Ok(Default::default());
        };
        let account = self.store.account_any(id).await?;
        Ok(account.map(|a| a.language).unwrap_or_default())
    }
}

fn changed_meanwhile() -> ApiError {
    ApiError::new(
        ErrorCode::Conflict,
        "The ticket changed meanwhile; look again.",
    )
}
