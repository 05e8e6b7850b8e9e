//! Sign-up: a code proves the phone or email, then the account is created and
//! signed in, in one transaction that also consumes the code. A contact that already
//! has an account gets the same answer as a free one until the code proves the caller
//! owns it.

use acct_api::{
    mask_email, mask_phone, parse_email, parse_phone, Channel, ErrorCode, Flow, FlowResult,
};

use super::flow_state::{CodeSend, FlowState, SignupState};
use super::passwords::check_policy;
use super::{App, RequestMeta};
use crate::error::{ApiError, ApiResult};
use crate::kinds::{ActivityKind, CodePurpose, Outcome, StaffRoles};
use crate::secret;
use crate::store::{is_unique_violation, AccountKey, AccountRow};

/// Longest display name kept.
const MAX_NAME: usize = 100;

impl App {
    pub(super) async fn start_signup(
        &self,
        phone: Option<String>,
        email: Option<String>,
        password: Option<String>,
        name: Option<String>,
        device_name: Option<String>,
        meta: &RequestMeta,
    ) -> ApiResult<Flow> {
        let (channel, destination, sent_to, key) = match (phone, email) {
            (Some(p), None) => {
                let p = parse_phone(&p)?;
                let masked = mask_phone(&p);
                (Channel::Sms, p, masked, AccountKey::Phone)
            }
            (None, Some(e)) => {
                let e = parse_email(&e)?;
                let masked = mask_email(&e);
                (Channel::Email, e, masked, AccountKey::Email)
            }
            _ => {
                return Err(ApiError::new(
                    ErrorCode::InvalidInput,
                    "Sign up with exactly one of a phone number or an email address.",
                ))
            }
        };
        // No bidi, zero-width or control characters in a name others will read.
        let name = acct_api::clean_optional_name(name.as_deref(), MAX_NAME);
        let password_hash = match password {
            Some(pw) => {
                let s = &self.config.password;
                check_policy(s, &pw, &[destination.as_str()])
                    .map_err(|p| ApiError::weak_password(p, s.min_length, s.max_length))?;
                Some(self.hasher.hash(&pw).await?)
            }
            None => None,
        };
        let taken = self.store.find_account(key, &destination).await?.is_some();
        let state = SignupState {
            code: CodeSend::new(channel, &destination, sent_to, CodePurpose::Signup),
            password_hash,
            name,
            device_name,
            language: Some(meta.language()),
            taken,
        };
        self.start_code_flow(None, FlowState::Signup(state), meta)
            .await
    }

    pub(super) async fn finish_signup(
        &self,
        row: &crate::store::FlowRow,
        state: &SignupState,
        code: &str,
        meta: &RequestMeta,
    ) -> ApiResult<Flow> {
        // The try and the guess budgets are counted on their own first; the code is
        // consumed only in the transaction that creates the account, so a crash leaves
        // either both or neither.
        let right = self
            .check_code(&row.id, CodePurpose::Signup, code, meta)
            .await?;
        let destination = right.destination.clone();
        let channel = state.code.channel;
        let (phone, email) = match channel {
            Channel::Sms => (Some(destination.clone()), None),
            _ => (None, Some(destination.clone())),
        };
        // The code proved the caller owns the contact, so now it is safe to say it is taken.
        if state.taken {
            let mut tx = self.store.begin().await?;
            self.consume_code_in(&mut tx, &right).await?;
            tx.kill_flow(&row.id).await?;
            tx.commit().await?;
            return Err(taken_error(channel, &destination));
        }
        let now = self.timestamp();
        let mut tx = self.store.begin().await?;
        self.consume_code_in(&mut tx, &right).await?;
        let mut id = secret::new_account_id();
        // IDs are random; a collision with any ID ever issued (deleted ones too) draws again.
        for _ in 0..20 {
            if !tx.account_id_taken(&id).await? {
                break;
            }
            id = secret::new_account_id();
        }
        let account = AccountRow {
            id: id.clone(),
            name: state.name.clone(),
            phone,
            email,
            password_changed_at: state.password_hash.as_ref().map(|_| now),
            password_hash: state.password_hash.clone(),
            totp_secret_enc: None,
            totp_last_step: None,
            roles: StaffRoles::default(),
            created_at: now,
            deleted_at: None,
            language: state.language.unwrap_or_else(|| meta.language()),
        };
        if let Err(e) = tx.insert_account(&account).await {
            if is_unique_violation(&e) {
                return Err(taken_error(channel, &destination));
            }
            return Err(e.into());
        }
        let session = self
            .create_session(&mut tx, &id, state.device_name.as_deref(), meta)
            .await?;
        let done_state = FlowState::Signup(state.clone());
        let json = done_state.to_json()?;
        if !tx.complete_flow(&row.id, row.version, &json, now).await? {
            return Err(ApiError::new(
                ErrorCode::Conflict,
                "The flow changed meanwhile; try again.",
            ));
        }
        self.record_in(
            &mut tx,
            meta,
            super::activity::Event {
                account_id: Some(&id),
                kind: ActivityKind::SignUp,
                outcome: Outcome::Success,
                method: Some(if channel == Channel::Sms {
                    "sms"
                } else {
                    "email_code"
                }),
                device_id: Some(&session.device_id),
                device_name: state.device_name.as_deref(),
                reason: None,
            },
        )
        .await?;
        tx.commit().await?;
        let mut done = row.clone();
        done.awaiting = None;
        done.completed_at = Some(now);
        Ok(self.flow_view(
            &done,
            &done_state,
            Some(FlowResult {
                deleted: false,
                recovery_codes: Vec::new(),
                ticket: None,
                account_id: id,
                session: Some(session),
            }),
        ))
    }
}

fn taken_error(channel: Channel, destination: &str) -> ApiError {
    match channel {
        Channel::Sms => ApiError::new(
            ErrorCode::PhoneTaken,
            format!("{destination} already has an account: sign in with `acctl login {destination}`, or use `acctl recover password {destination}`."),
        ),
        Channel::Email => ApiError::new(
            ErrorCode::EmailTaken,
            format!("{destination} already has an account: sign in with `acctl login {destination}`, or use `acctl recover password {destination}`."),
        ),
    }
}
