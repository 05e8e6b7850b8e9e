//! An email change: a link to the new address (a day to open it, SECURITY.md 9),
//! confirmed on a page or with `acctl email verify`; the old address is told when
//! it is asked for and when it is done, with a security event. Phone:
//! `phone_change.rs`.

use acct_api::{mask_email, parse_email, Awaiting, Channel, ErrorCode, Flow, FlowKind, FlowResult};

use super::codes::CodeTarget;
use super::flow_state::{CodeSend, EmailChangeState, FlowState};
use super::{App, RequestMeta};
use crate::clock::Timestamp;
use crate::courier::notices::Notice;
use crate::error::{ApiError, ApiResult};
use crate::kinds::{ActivityKind, CodePurpose, Outcome};
use crate::store::{is_unique_violation, AccessContext, AccountKey, Uow};

/// Email links live a day (SECURITY.md 9), codes ten minutes.
const EMAIL_LINK_TTL: i64 = 24 * 3600;

impl App {
    pub(super) async fn start_email_change(
        &self,
        ctx: &AccessContext,
        email: &str,
        meta: &RequestMeta,
    ) -> ApiResult<Flow> {
        self.require_fresh(ctx)?;
        let email = parse_email(email)?;
        if ctx.account.email.as_deref() == Some(email.as_str()) {
            return Err(ApiError::new(
                ErrorCode::InvalidInput,
                "That is already your email address.",
            ));
        }
        if self
            .store
            .find_account(AccountKey::Email, &email)
            .await?
            .is_some()
        {
            return Err(ApiError::new(
                ErrorCode::EmailTaken,
                "That address belongs to another account: use a different one.",
            ));
        }
        let mut state = EmailChangeState {
            code: CodeSend::new(
                Channel::Email,
                &email,
                mask_email(&email),
                CodePurpose::EmailVerify,
            ),
            new_email: email.clone(),
            device_id: ctx.device_id.clone(),
        };
        let mut row = self
            .new_flow(
                Some(&ctx.account_id),
                Awaiting::Confirmation,
                &FlowState::EmailChange(state.clone()),
            )
            .await?;
        row.expires_at = self.timestamp().plus_secs(EMAIL_LINK_TTL);
        // Hex, so nothing in it is mistaken for the separators people type in codes.
        let secret = format!("{}{}", crate::secret::new_id(), crate::secret::new_id());
        let token = format!("{}.{secret}", row.id);
        let link = format!("{}/email/verify?t={token}", self.config.links_origin());
        let link_meta = meta.in_language(ctx.account.language);
        // One unit: the link's code and message, the flow, and the notice to the
        // old address.
        let mut tx = self.store.begin().await?;
        state.code.resend_after = Some(
            self.send_link_in(&mut tx, &row.id, &email, &secret, &link, &link_meta)
                .await?,
        );
        let state = FlowState::EmailChange(state);
        row.state = state.to_json()?;
        tx.insert_flow(&row).await?;
        if let Some(old) = &ctx.account.email {
            let notice = Notice::EmailChangeRequested(mask_email(&email));
            let lang = ctx.account.language;
            self.send_notice_in(
                &mut tx,
                Channel::Email,
                old,
                "email_change_requested",
                &notice,
                lang,
            )
            .await?;
        }
        tx.commit().await?;
        self.courier.wake();
        Ok(self.flow_view(&row, &state, None))
    }

    /// Confirms an email link token (`FLOW.SECRET`, or a whole link).
    pub async fn verify_email_token(
        &self,
        token_or_link: &str,
        meta: &RequestMeta,
    ) -> ApiResult<Flow> {
        let token = token_or_link
            .rsplit("t=")
            .next()
            .unwrap_or(token_or_link)
            .trim();
        let Some((flow_id, secret)) = token.split_once('.') else {
            return Err(ApiError::new(ErrorCode::InvalidCode, "That is not an email verification link or token: paste the whole link from the message."));
        };
        let Some(row) = self.store.flow(flow_id).await? else {
            return Err(ApiError::new(
                ErrorCode::CodeExpired,
                "This link has expired or is not valid: request a new one with `acctl email set`.",
            ));
        };
        if row.kind != FlowKind::EmailChange.as_str() {
            return Err(ApiError::flow_not_found());
        }
        if row.completed_at.is_some() {
            return Err(ApiError::new(
                ErrorCode::Conflict,
                "This link was already used: the email is verified.",
            ));
        }
        if row.expires_at <= self.timestamp() {
            return Err(ApiError::new(
                ErrorCode::CodeExpired,
                "This link has expired: request a new one with `acctl email set`.",
            ));
        }
        self.recheck_flow_account(&row).await?;
        let state = FlowState::load(&row.kind, &row.state)?;
        let FlowState::EmailChange(change) = &state else {
            return Err(ApiError::flow_not_found());
        };
        let right = self
            .check_code(&row.id, CodePurpose::EmailVerify, secret, meta)
            .await?;
        let email = change.new_email.clone();
        let account_id = row.account_id.clone().unwrap_or_default();
        let Some(account) = self.store.find_account(AccountKey::Id, &account_id).await? else {
            return Err(ApiError::flow_not_found());
        };
        // One unit, the flow's compare-and-set first (a link opened twice at once
        // confirms once): the code used, the address set, the event and the notices.
        let mut tx = self.store.begin().await?;
        let flow = self
            .complete_flow_in(
                &mut tx,
                &row,
                &state,
                FlowResult {
                    account_id: account_id.clone(),
                    deleted: false,
                    session: None,
                    recovery_codes: Vec::new(),
                    ticket: None,
                },
            )
            .await?;
        self.consume_code_in(&mut tx, &right).await?;
        if let Err(e) = tx.set_contact(&account_id, false, &email).await {
            if is_unique_violation(&e) {
                return Err(ApiError::new(
                    ErrorCode::EmailTaken,
                    "That address was just taken by another account.",
                ));
            }
            return Err(e.into());
        }
        self.record_in(
            &mut tx,
            meta,
            super::activity::Event {
                account_id: Some(&account_id),
                kind: ActivityKind::EmailChanged,
                outcome: Outcome::Success,
                method: Some("email_link"),
                device_id: None,
                device_name: None,
                reason: None,
            },
        )
        .await?;
        let notice = Notice::EmailChanged(mask_email(&email));
        let lang = account.language;
        if let Some(old) = &account.email {
            self.send_notice_in(&mut tx, Channel::Email, old, "email_changed", &notice, lang)
                .await?;
        }
        if let Some(p) = &account.phone {
            self.send_notice_in(&mut tx, Channel::Sms, p, "email_changed", &notice, lang)
                .await?;
        }
        tx.commit().await?;
        self.courier.wake();
        Ok(flow)
    }

    /// The state of an email link for the confirm page, without consuming it.
    pub async fn email_link_state(&self, token_or_link: &str) -> LinkState {
        let token = token_or_link
            .rsplit("t=")
            .next()
            .unwrap_or(token_or_link)
            .trim();
        let Some((flow_id, _)) = token.split_once('.') else {
            return LinkState::Invalid;
        };
        match self.store.flow(flow_id).await {
            Ok(Some(row)) if row.kind == FlowKind::EmailChange.as_str() => {
                if row.completed_at.is_some() {
                    LinkState::Used
                } else if row.expires_at <= self.timestamp() {
                    LinkState::Expired
                } else {
                    let to = FlowState::load(&row.kind, &row.state)
                        .ok()
                        .and_then(|s| s.code().map(|c| c.sent_to.clone()))
                        .unwrap_or_default();
                    LinkState::Pending { sent_to: to }
                }
            }
            _ => LinkState::Invalid,
        }
    }

    /// Stores a link secret like a code (hashed, single use, bound to the flow) and
    /// enqueues its mail, in `tx`.
    async fn send_link_in(
        &self,
        tx: &mut Uow,
        flow_id: &str,
        email: &str,
        secret: &str,
        link: &str,
        meta: &RequestMeta,
    ) -> ApiResult<Timestamp> {
        self.send_code_in(
            tx,
            flow_id,
            &CodeTarget {
                channel: Channel::Email,
                destination: email,
                purpose: CodePurpose::EmailVerify,
                deliver: true,
            },
            meta,
            Some(super::codes::CustomCode {
                secret: Some(secret),
                link: Some(link),
                ttl: EMAIL_LINK_TTL,
            }),
        )
        .await
    }
}

/// What the confirm page shows.
#[derive(Debug, Clone, PartialEq)]
pub enum LinkState {
    Pending { sent_to: String },
    Used,
    Expired,
    Invalid,
}
