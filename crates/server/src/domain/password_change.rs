//! Changing the password. The request proves the credential being changed: the
//! current password whenever the account has one and, with two-step verification
//! on, an authenticator or recovery code as well, whatever the session's age
//! (SECURITY.md 7; PRODUCT.md "Credential changes"). A recent sign-in by a code
//! proves the phone, never the password. An account without a password gets one
//! only through recovery. This device gets new tokens; every other is signed out.

use acct_api::{ErrorCode, FlowInput, PasswordChange, PasswordProblem, Session};

use super::passwords::check_policy;
use super::{App, RequestMeta};
use crate::error::{ApiError, ApiResult};
use crate::kinds::ActivityKind;
use crate::store::{AccessContext, AccountKey, AccountRow};

impl App {
    pub async fn change_password(
        &self,
        ctx: &AccessContext,
        req: &PasswordChange,
        meta: &RequestMeta,
    ) -> ApiResult<Session> {
        let a = &ctx.account;
        if a.password_hash.is_none() {
            return Err(ApiError::new(
                ErrorCode::InvalidInput,
                format!("This account has no password yet; create one with `acctl recover password {}`.", a.id),
            ));
        }
        // Everything that can be refused without a secret is refused first, so a
        // missing field or a weak new password costs no guess and spends no code.
        let Some(current) = present(req.current_password.as_ref().map(|s| s.expose())) else {
            return Err(missing(
                "current_password",
                format!("Changing the password needs the current one, however recently you signed in. If you don't know it, reset it with `acctl recover password {}`.", a.id),
            ));
        };
        let second = second_factor(
            req.totp.as_ref().map(|s| s.expose()),
            req.recovery_code.as_ref().map(|s| s.expose()),
        )
        .filter(|_| a.totp_secret_enc.is_some());
        if a.totp_secret_enc.is_some() && second.is_none() {
            return Err(missing_second_factor("Changing the password"));
        }
        let s = &self.config.password;
        let context = [
            a.id.as_str(),
            a.phone.as_deref().unwrap_or(""),
            a.email.as_deref().unwrap_or(""),
        ];
        check_policy(s, req.new_password.expose(), &context)
            .map_err(|p| ApiError::weak_password(p, s.min_length, s.max_length))?;
        self.check_account_password(a, current, meta).await?;
        if let Some(input) = &second {
            self.check_second_factor(a, input, meta).await?;
        }
        // Only after the proof: otherwise "same as current" would test guesses for free.
        if self
            .hasher
            .verify(req.new_password.expose(), a.password_hash.as_deref())
            .await?
            .matched
        {
            return Err(ApiError::weak_password(
                PasswordProblem::SameAsCurrent,
                s.min_length,
                s.max_length,
            ));
        }
        let hash = self.hasher.hash(req.new_password.expose()).await?;
        let proved = self.proved_hash(a, current).await?;
        let now = self.timestamp();
        // One unit of work: the new password, every device out, this one back in.
        let mut tx = self.store.begin().await?;
        if !tx.replace_password(&a.id, &proved, &hash, now).await? {
            tx.rollback().await?;
            return Err(changed_meanwhile());
        }
        let session = self.create_session(&mut tx, &a.id, None, meta).await?;
        // Recorded on the device that holds the new tokens: it proved the password,
        // so it counts as recognised for a later recovery (recovery.rs).
        self.security_event_on(
            &mut tx,
            ctx,
            &session.device_id,
            ActivityKind::PasswordChanged,
            Some(proof_method(&second)),
            meta,
            crate::courier::notices::Change::PasswordChanged,
        )
        .await?;
        tx.commit().await?;
        self.courier.wake();
        Ok(session)
    }
}

impl App {
    /// The stored hash the request proved the password against: the one read with
    /// the session, or, when sign-in rehashed it meanwhile, the new one if the same
    /// password matches it. A hash set by another change or a reset is never taken.
    async fn proved_hash(&self, a: &AccountRow, current: &str) -> ApiResult<String> {
        let known = a.password_hash.clone().unwrap_or_default();
        let Some(now) = self.store.find_account(AccountKey::Id, &a.id).await? else {
            return Err(ApiError::session_revoked());
        };
        match now.password_hash {
            Some(h) if h == known => Ok(h),
            Some(h) if self.hasher.verify(current, Some(&h)).await?.matched => Ok(h),
            _ => Err(changed_meanwhile()),
        }
    }
}

fn changed_meanwhile() -> ApiError {
    ApiError::new(
        ErrorCode::Conflict,
        "The password was changed meanwhile (from another device, or by a reset): sign in again with the new one.",
    )
}

/// A non-blank field.
pub(super) fn present(v: Option<&str>) -> Option<&str> {
    v.filter(|v| !v.trim().is_empty())
}

/// The second factor given in a request, as the flow input `check_second_factor` takes.
pub(super) fn second_factor(totp: Option<&str>, recovery_code: Option<&str>) -> Option<FlowInput> {
    let totp = present(totp).map(acct_api::Secret::from);
    let recovery_code = present(recovery_code).map(acct_api::Secret::from);
    (totp.is_some() || recovery_code.is_some()).then(|| FlowInput {
        totp,
        recovery_code,
        ..FlowInput::default()
    })
}

/// The activity method of a change proved by the password (and a second factor).
fn proof_method(second: &Option<FlowInput>) -> &'static str {
    match second {
        Some(i) if i.recovery_code.is_some() => "password+recovery_code",
        Some(_) => "password+totp",
        None => "password",
    }
}

/// A 422 naming the field the request lacks (`details.missing`).
pub(super) fn missing(field: &str, message: String) -> ApiError {
    ApiError::new(ErrorCode::InvalidInput, message).details(serde_json::json!({ "missing": field }))
}

pub(super) fn missing_second_factor(what: &str) -> ApiError {
    missing(
        "totp",
        format!("{what} needs the current code from your authenticator app (`totp`), or an unused recovery code (`recovery_code`). Without either, open a recovery ticket: `acctl recover ticket`."),
    )
}
