//! Recovery: forgot password, with a waiting period from unrecognised devices and
//! networks, or through an approved recovery ticket (opening one is in `tickets.rs`,
//! find my ID in `find_id.rs`). Every request that starts recovery answers the same
//! whether or not the account exists.

use acct_api::{parse_login, Channel, ErrorCode, Flow, FlowInput, FlowResult, TicketRef};

use super::activity::Event;
use super::flow_state::{CodeSend, FlowState, ResetState};
use super::flows::required;
use super::passwords::check_policy;
use super::{humanize_secs, rfc3339, App, RequestMeta};
use crate::courier::notices::{Change, Notice};
use crate::error::{ApiError, ApiResult};
use crate::kinds::{ActivityKind, CodePurpose, Outcome, TicketStatus};
use crate::store::{AccountKey, AccountRow, FlowRow, TicketMove};

impl App {
    pub(super) async fn start_password_reset(
        &self,
        login: &str,
        via: Option<Channel>,
        ticket: Option<TicketRef>,
        known_device_id: Option<String>,
        meta: &RequestMeta,
    ) -> ApiResult<Flow> {
        if let Some(t) = ticket {
            return self.ticket_reset_flow(&t).await;
        }
        let login = parse_login(login)?;
        let account = self.account_for_login(&login).await?;
        let channel = via.unwrap_or(match &login {
            acct_api::Login::Email(_) => Channel::Email,
            _ => Channel::Sms,
        });
        // A channel asked for is honoured: with no such contact on the account the flow
        // is a stand-in, answered like a real one (an unknown login gets the same).
        // Without `via`, an account ID of a phone-less account falls back to its email;
        // so that an email mask does not tell such an account from an unknown ID, an
        // unknown ID's stand-in goes by email for a share of IDs too (fixed per ID).
        let channel = match (&account, &login) {
            (Some(a), acct_api::Login::AccountId(_))
                if via.is_none() && a.phone.is_none() && a.email.is_some() =>
            {
                Channel::Email
            }
            (None, acct_api::Login::AccountId(id)) if via.is_none() => self.stand_in_channel(id),
            _ => channel,
        };
        let (destination, sent_to, ghost) =
            self.code_destination(&login, account.as_ref(), channel);
        let state = ResetState {
            code: CodeSend::new(channel, &destination, sent_to, CodePurpose::PasswordReset)
                .ghost(ghost),
            ticket_id: None,
            known_device_id,
            wait_until: None,
            password_hash: None,
        };
        let account_id = if ghost {
            None
        } else {
            account.as_ref().map(|a| a.id.as_str())
        };
        self.start_code_flow(account_id, FlowState::PasswordReset(state), meta)
            .await
    }

    pub(super) async fn advance_password_reset(
        &self,
        row: &FlowRow,
        state: &ResetState,
        input: &FlowInput,
        meta: &RequestMeta,
    ) -> ApiResult<Flow> {
        let account = match row.account_id.as_deref() {
            Some(id) if !state.code.ghost => self.store.find_account(AccountKey::Id, id).await?,
            _ => None,
        };
        match row.awaiting.as_deref() {
            Some("code") => {
                let code = required(input.code.as_ref().map(|s| s.expose()), "code")?;
                let right = self
                    .check_code(&row.id, CodePurpose::PasswordReset, code, meta)
                    .await?;
                let Some(account) = account else {
                    return Err(ApiError::new(
                        ErrorCode::InvalidCode,
                        "That code is not right.",
                    ));
                };
                if state.ticket_id.is_none() {
                    // Support locked it: told only now that the code proved the contact.
                    self.refuse_if_support_locked(row, &account.id).await?;
                }
                // A reset never bypasses two-step verification (a ticket can, after staff review).
                let next_step = if account.totp_secret_enc.is_some() && state.ticket_id.is_none() {
                    "totp"
                } else {
                    "new_password"
                };
                let next = FlowState::PasswordReset(state.clone());
                self.move_flow_using(row, &next, next_step, &right).await
            }
            Some("totp") => {
                let Some(account) = account else {
                    return Err(ApiError::flow_not_found());
                };
                self.check_flow_second_factor(row, &account, input, meta, None)
                    .await?;
                self.move_flow(
                    row,
                    &FlowState::PasswordReset(state.clone()),
                    "new_password",
                )
                .await
            }
            Some("new_password") => {
                let Some(account) = account else {
                    return Err(ApiError::flow_not_found());
                };
                let password = required(input.password.as_ref().map(|s| s.expose()), "password")?;
                let s = &self.config.password;
                let context = [
                    account.id.as_str(),
                    account.phone.as_deref().unwrap_or(""),
                    account.email.as_deref().unwrap_or(""),
                ];
                check_policy(s, password, &context)
                    .map_err(|p| ApiError::weak_password(p, s.min_length, s.max_length))?;
                let hash = self.hasher.hash(password).await?;
                let mut next = state.clone();
                next.password_hash = Some(hash);
                if state.ticket_id.is_some() || self.recognised(&account, state, meta).await? {
                    return self.finish_reset(row, &next, &account, meta).await;
                }
                let until = self.timestamp().plus_secs(self.limits().recovery_delay);
                next.wait_until = Some(until);
                // The flow must outlive the wait, so the requester can finish it then.
                let expires_at = until.plus_secs(self.limits().flow_ttl);
                // The answer carries the extended expiry, not the one read before.
                let extended = FlowRow {
                    expires_at,
                    ..row.clone()
                };
                let next = FlowState::PasswordReset(next);
                // One unit: the step (compare-and-set first), its expiry, the notices
                // and the event; a lost race writes and sends nothing.
                let mut tx = self.store.begin().await?;
                self.step_in(&mut tx, row, Some("wait"), &next, None)
                    .await?;
                tx.extend_flow(&row.id, expires_at).await?;
                let notice = Notice::ResetPending(rfc3339(until));
                self.notify_account_in(&mut tx, &account, "password_reset_pending", notice)
                    .await?;
                self.record_in(
                    &mut tx,
                    meta,
                    Event {
                        account_id: Some(&account.id),
                        kind: ActivityKind::PasswordReset,
                        outcome: Outcome::Pending,
                        method: None,
                        device_id: None,
                        device_name: None,
                        reason: Some("unrecognised device or network"),
                    },
                )
                .await?;
                tx.commit().await?;
                self.courier.wake();
                let mut moved = extended;
                moved.version += 1;
                moved.awaiting = Some("wait".into());
                Ok(self.flow_view(&moved, &next, None))
            }
            Some("wait") => {
                let Some(account) = account else {
                    return Err(ApiError::flow_not_found());
                };
                let until = state.wait_until.unwrap_or_default();
                let left = self.timestamp().secs_until(until);
                if left > 0 {
                    return Err(ApiError::rate_limited(
                        format!(
                            "The reset completes at {} (in {}); run this again then.",
                            rfc3339(until),
                            humanize_secs(left)
                        ),
                        left,
                    ));
                }
                self.finish_reset(row, state, &account, meta).await
            }
            _ => Err(ApiError::new(
                ErrorCode::WrongStep,
                "This flow is not waiting for that input.",
            )),
        }
    }

    /// Recognised (SECURITY.md 28): a device of this account the client names that
    /// is still signed in, or a network this account signed in from within
    /// `recognised_network_window`; in both cases by a sign-in that proved more than
    /// a code (`store::recovery::PROVED_MORE`). A signed-out device, an old network,
    /// or a session opened by the very code a reset asks for again, skips no wait.
    async fn recognised(
        &self,
        account: &AccountRow,
        state: &ResetState,
        meta: &RequestMeta,
    ) -> ApiResult<bool> {
        let now = self.timestamp();
        let l = self.limits();
        if let Some(d) = &state.known_device_id {
            let idle_since = now.minus_secs(l.refresh_idle_ttl);
            if self
                .store
                .device_recognised(&account.id, d, now, idle_since)
                .await?
            {
                return Ok(true);
            }
        }
        let Some(ip) = &meta.ip else { return Ok(false) };
        Ok(self
            .store
            .network_recognised(&account.id, ip, now.minus_secs(l.recognised_network_window))
            .await?)
    }

    /// Completes a reset in one transaction. The compare-and-sets come first: a ticket
    /// reset's approved → completed, then the flow's own step; if either loses (another
    /// finish of the same reset won), nothing is written and no password is set. Then
    /// the password (every device signed out), a ticket's verified contact as the
    /// recovery email when no account holds it, and the notices.
    async fn finish_reset(
        &self,
        row: &FlowRow,
        state: &ResetState,
        account: &AccountRow,
        meta: &RequestMeta,
    ) -> ApiResult<Flow> {
        let now = self.timestamp();
        let hash = state.password_hash.clone().unwrap_or_default();
        let done = FlowState::PasswordReset(ResetState {
            password_hash: None,
            ..state.clone()
        });
        let json = done.to_json()?;
        let mut tx = self.store.begin().await?;
        if let Some(ticket_id) = &state.ticket_id {
            let to = TicketMove {
                status: TicketStatus::Completed,
                claimed_by: None,
                reset_flow_id: None,
                now,
            };
            if !tx
                .update_ticket(ticket_id, &[TicketStatus::Approved], to)
                .await?
            {
                return Err(ApiError::new(
                    ErrorCode::Conflict,
                    "This reset was already completed: sign in with the new password, or open a new ticket (`acctl recover ticket`).",
                ));
            }
        }
        if !tx.complete_flow(&row.id, row.version, &json, now).await? {
            return Err(ApiError::new(
                ErrorCode::Conflict,
                "The flow changed meanwhile; look at it again (`acctl flow list`).",
            ));
        }
        tx.set_password(&account.id, &hash, None, now).await?;
        if state.ticket_id.is_some() {
            // A ticket's code went to its contact email, which it has now proved.
            tx.set_email_if_free(&account.id, &state.code.destination)
                .await?;
        }
        let notice = Notice::ResetDone {
            account_id: account.id.clone(),
        };
        self.notify_account_in(&mut tx, account, "password_reset", notice)
            .await?;
        self.record_in(
            &mut tx,
            meta,
            Event {
                account_id: Some(&account.id),
                kind: ActivityKind::PasswordReset,
                outcome: Outcome::Success,
                method: None,
                device_id: None,
                device_name: None,
                reason: state.ticket_id.as_deref().map(|_| "recovery ticket"),
            },
        )
        .await?;
        tx.commit().await?;
        self.courier.wake();
        let mut finished = row.clone();
        finished.awaiting = None;
        finished.completed_at = Some(now);
        finished.version += 1;
        Ok(self.flow_view(
            &finished,
            &done,
            Some(FlowResult {
                // The code (and the second factor) proved the requester owns the account.
                account_id: account.id.clone(),
                deleted: false,
                session: None,
                recovery_codes: Vec::new(),
                ticket: None,
            }),
        ))
    }

    /// The owner cancels a waiting reset from a signed-in device.
    pub async fn cancel_recovery(
        &self,
        ctx: &crate::store::AccessContext,
        meta: &RequestMeta,
    ) -> ApiResult<u32> {
        // One unit: every waiting reset ended (its codes killed), the event and the
        // notices; a reset finishing meanwhile either committed first (not waiting
        // any more, so not listed) or finds its flow gone.
        let mut tx = self.store.begin().await?;
        let pending = tx.waiting_resets(&ctx.account_id).await?;
        if pending.is_empty() {
            return Err(ApiError::new(
                ErrorCode::NotFound,
                "There is no pending recovery on this account: nothing to cancel.",
            ));
        }
        for id in &pending {
            tx.kill_flow(id).await?;
        }
        self.security_event(
            &mut tx,
            ctx,
            ActivityKind::PasswordResetCancelled,
            meta,
            Change::ResetCancelled,
        )
        .await?;
        tx.commit().await?;
        self.courier.wake();
        Ok(u32::try_from(pending.len()).unwrap_or(u32::MAX))
    }

    /// A password-reset flow for an approved ticket (its code went to the contact email).
    async fn ticket_reset_flow(&self, t: &TicketRef) -> ApiResult<Flow> {
        let ticket = self
            .ticket_for_requester(&t.ticket_id, t.status_secret.expose())
            .await?;
        if ticket.status != TicketStatus::Approved {
            return Err(ApiError::new(
                ErrorCode::Conflict,
                format!(
                    "The ticket is {}; it must be approved first (`acctl recover status {}`).",
                    ticket.status, ticket.id
                ),
            ));
        }
        let flow_id = ticket.reset_flow_id.clone().unwrap_or_default();
        self.get_flow(&flow_id).await
    }
}

impl App {
    /// The channel of an unknown account ID's stand-in reset when none was asked for:
    /// email for one ID in four (keyed by the server key, so fixed per ID and not
    /// predictable), else a text message, as real accounts are mostly reached.
    fn stand_in_channel(&self, account_id: &str) -> Channel {
        if self.key.mac(&[b"stand-in-channel", account_id.as_bytes()])[0].is_multiple_of(4) {
            Channel::Email
        } else {
            Channel::Sms
        }
    }
}
