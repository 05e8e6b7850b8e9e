//! The support desk: staff roles, account tools (search, show, lock, unlock,
//! sign-out, activity) and the append-only audit log (the ticket queue is in
//! `ticket_desk`).
//! Staff see contacts masked and never see secrets; staff accounts are out of
//! reach of other staff.

use acct_api::{
    mask_email, mask_phone, parse_login, ActivityPage, ActivityQuery, AuditEntry, AuditQuery,
    ErrorCode, StaffAccountView, StaffActionResult,
};

use super::{App, RequestMeta};
use crate::clock::Timestamp;
use crate::courier::notices::Notice;
use crate::error::{ApiError, ApiResult};
use crate::kinds::{ActivityKind, Outcome, StaffRole};
use crate::store::{AccessContext, AccountRow, AuditRow, Uow};

impl App {
    /// The caller must hold `support` or `admin`.
    pub fn require_staff(&self, ctx: &AccessContext) -> ApiResult<()> {
        let roles = &ctx.account.roles;
        if roles.has(StaffRole::Support) || roles.has(StaffRole::Admin) {
            return Ok(());
        }
        Err(ApiError::new(ErrorCode::Forbidden, "This needs the support role; ask an administrator (`acctd staff grant ID --role support`)."))
    }

    pub async fn audit_action(
        &self,
        ctx: &AccessContext,
        action: &str,
        account: Option<&str>,
        ticket: Option<&str>,
        reason: Option<&str>,
        meta: &RequestMeta,
    ) -> ApiResult<()> {
        let row = self.audit_row(ctx, action, account, ticket, reason, meta);
        let mut tx = self.store.begin().await?;
        tx.audit(&row).await?;
        tx.commit().await?;
        Ok(())
    }

    /// The audit entry of a staff action, to append on its own or in its transaction.
    pub(super) fn audit_row(
        &self,
        ctx: &AccessContext,
        action: &str,
        account: Option<&str>,
        ticket: Option<&str>,
        reason: Option<&str>,
        meta: &RequestMeta,
    ) -> AuditRow {
        AuditRow {
            id: 0,
            at: self.timestamp(),
            actor: ctx.account_id.clone(),
            action: action.into(),
            account_id: account.map(str::to_string),
            ticket_id: ticket.map(str::to_string),
            reason: reason.map(str::to_string),
            request_id: meta.request_id.clone(),
        }
    }

    fn staff_view(
        &self,
        a: &AccountRow,
        devices: u32,
        lock_reason: Option<String>,
        locked: bool,
    ) -> StaffAccountView {
        StaffAccountView {
            account_id: a.id.clone(),
            name: a.name.clone(),
            phone: a.phone.as_deref().map(mask_phone),
            email: a.email.as_deref().map(mask_email),
            two_step: a.totp_secret_enc.is_some(),
            has_password: a.password_hash.is_some(),
            roles: a.roles.names(),
            devices,
            locked,
            lock_reason,
            deleted: a.deleted_at.is_some(),
            created_at: a.created_at.to_datetime(),
        }
    }

    async fn view_of(&self, a: &AccountRow) -> ApiResult<StaffAccountView> {
        let devices = u32::try_from(self.store.devices(&a.id, self.timestamp()).await?.len())
            .unwrap_or(u32::MAX);
        let lock_reason = self.store.lock_reason(&a.id).await?;
        let locked = lock_reason.is_some()
            || self
                .store
                .throttle(&format!("acct:{}", a.id))
                .await?
                .locked_until
                > self.timestamp();
        Ok(self.staff_view(a, devices, lock_reason, locked))
    }

    pub async fn staff_search(
        &self,
        ctx: &AccessContext,
        query: &str,
        meta: &RequestMeta,
    ) -> ApiResult<Vec<StaffAccountView>> {
        self.require_staff(ctx)?;
        let login = parse_login(query)?;
        self.audit_action(
            ctx,
            "account.search",
            None,
            None,
            Some(&login_kind(&login)),
            meta,
        )
        .await?;
        let found = self.account_for_login(&login).await?;
        let mut out = Vec::new();
        if let Some(a) = found {
            out.push(self.view_of(&a).await?);
        }
        Ok(out)
    }

    /// The target account for a staff action: exists, and is not a staff account.
    pub(super) async fn staff_target(
        &self,
        ctx: &AccessContext,
        id: &str,
        allow_deleted: bool,
    ) -> ApiResult<AccountRow> {
        self.require_staff(ctx)?;
        let a = self
            .store
            .account_any(id)
            .await?
            .ok_or_else(|| ApiError::not_found("account"))?;
        if a.deleted_at.is_some() && !allow_deleted {
            return Err(ApiError::new(
                ErrorCode::NotFound,
                "That account was deleted: there is nothing to act on.",
            ));
        }
        ensure_not_staff(&a)?;
        Ok(a)
    }

    /// Audits a staff action on an account and records it in the account's activity,
    /// in the action's unit `tx`, commits it, and builds the result line.
    #[allow(clippy::too_many_arguments)]
    async fn staff_done(
        &self,
        mut tx: Uow,
        ctx: &AccessContext,
        account_id: String,
        audit: &str,
        reason: Option<&str>,
        event: ActivityKind,
        action: &str,
        devices_signed_out: u32,
        meta: &RequestMeta,
    ) -> ApiResult<StaffActionResult> {
        tx.audit(&self.audit_row(ctx, audit, Some(&account_id), None, reason, meta))
            .await?;
        self.record_in(
            &mut tx,
            meta,
            super::activity::Event {
                account_id: Some(&account_id),
                kind: event,
                outcome: Outcome::Success,
                method: None,
                device_id: None,
                device_name: None,
                reason: None,
            },
        )
        .await?;
        tx.commit().await?;
        Ok(StaffActionResult {
            account_id,
            action: action.into(),
            devices_signed_out,
        })
    }

    pub async fn staff_show(
        &self,
        ctx: &AccessContext,
        id: &str,
        meta: &RequestMeta,
    ) -> ApiResult<StaffAccountView> {
        let a = self.staff_target(ctx, id, true).await?;
        self.audit_action(ctx, "account.show", Some(id), None, None, meta)
            .await?;
        self.view_of(&a).await
    }

    pub async fn staff_lock(
        &self,
        ctx: &AccessContext,
        id: &str,
        reason: Option<&str>,
        meta: &RequestMeta,
    ) -> ApiResult<StaffActionResult> {
        let reason = reason
            .map(str::trim)
            .filter(|r| !r.is_empty())
            .ok_or_else(|| {
                ApiError::new(ErrorCode::InvalidInput, "A lock needs a reason (--reason).")
            })?;
        let a = self.staff_target(ctx, id, false).await?;
        let now = self.timestamp();
        // The lock is the reason alone, not a password lockout: sign-in tells it only
        // after the right password or code, so it reveals nothing (SECURITY.md 30).
        // The lock's row write comes first: it orders this unit against an unlock.
        let mut tx = self.store.begin().await?;
        if !tx.set_lock_reason(&a.id, Some(reason)).await? {
            return Err(deleted_meanwhile());
        }
        let n = tx
            .revoke_all_devices(&a.id, "locked_by_support", now)
            .await?;
        self.staff_done(
            tx,
            ctx,
            a.id,
            "account.lock",
            Some(reason),
            ActivityKind::SupportLock,
            "lock",
            u32::try_from(n).unwrap_or(u32::MAX),
            meta,
        )
        .await
    }

    pub async fn staff_unlock(
        &self,
        ctx: &AccessContext,
        id: &str,
        meta: &RequestMeta,
    ) -> ApiResult<StaffActionResult> {
        let a = self.staff_target(ctx, id, false).await?;
        let mut tx = self.store.begin().await?;
        if !tx.set_lock_reason(&a.id, None).await? {
            return Err(deleted_meanwhile());
        }
        tx.clear_login_failures(&format!("acct:{}", a.id)).await?;
        self.staff_done(
            tx,
            ctx,
            a.id,
            "account.unlock",
            None,
            ActivityKind::SupportUnlock,
            "unlock",
            0,
            meta,
        )
        .await
    }

    /// Admin only: the password is known to be compromised. Every device is signed out
    /// and the next sign-in must set a new password (SECURITY.md 5).
    pub async fn staff_mark_compromised(
        &self,
        ctx: &AccessContext,
        id: &str,
        reason: Option<&str>,
        meta: &RequestMeta,
    ) -> ApiResult<StaffActionResult> {
        if !ctx.account.roles.has(StaffRole::Admin) {
            return Err(ApiError::new(
                ErrorCode::Forbidden,
                "Marking a password compromised needs the admin role.",
            ));
        }
        let a = self.staff_target(ctx, id, false).await?;
        let mut tx = self.store.begin().await?;
        tx.mark_compromised(&a.id).await?;
        let n = tx
            .revoke_all_devices(&a.id, "password_compromised", self.timestamp())
            .await?;
        let audit = self.audit_row(
            ctx,
            "account.mark_compromised",
            Some(&a.id),
            None,
            reason,
            meta,
        );
        tx.audit(&audit).await?;
        self.notify_account_in(&mut tx, &a, "security_notice", Notice::PasswordCompromised)
            .await?;
        tx.commit().await?;
        self.courier.wake();
        Ok(StaffActionResult {
            account_id: a.id,
            action: "mark_compromised".into(),
            devices_signed_out: u32::try_from(n).unwrap_or(u32::MAX),
        })
    }

    pub async fn staff_sign_out(
        &self,
        ctx: &AccessContext,
        id: &str,
        meta: &RequestMeta,
    ) -> ApiResult<StaffActionResult> {
        let a = self.staff_target(ctx, id, false).await?;
        let mut tx = self.store.begin().await?;
        let n = tx
            .revoke_all_devices(&a.id, "signed_out_by_support", self.timestamp())
            .await?;
        self.staff_done(
            tx,
            ctx,
            a.id,
            "account.sign_out",
            None,
            ActivityKind::SupportSignOut,
            "sign_out",
            u32::try_from(n).unwrap_or(u32::MAX),
            meta,
        )
        .await
    }

    pub async fn staff_activity(
        &self,
        ctx: &AccessContext,
        id: &str,
        q: &ActivityQuery,
        meta: &RequestMeta,
    ) -> ApiResult<ActivityPage> {
        let a = self.staff_target(ctx, id, true).await?;
        if q.cursor.is_none() {
            self.audit_action(ctx, "account.activity", Some(&a.id), None, None, meta)
                .await?;
        }
        self.activity_of(&a.id, q).await
    }

    pub async fn staff_audit(
        &self,
        ctx: &AccessContext,
        q: &AuditQuery,
    ) -> ApiResult<Vec<AuditEntry>> {
        self.require_staff(ctx)?;
        let since = q
            .since
            .as_deref()
            .map(|s| {
                time::OffsetDateTime::parse(s, &time::format_description::well_known::Rfc3339)
                    .map(Timestamp::from_datetime)
            })
            .transpose()
            .map_err(|_| {
                ApiError::bad_request(
                    "`since` is not valid: use RFC 3339, e.g. 2026-11-01T00:00:00Z.",
                )
            })?;
        let limit = i64::from(q.limit.unwrap_or(200).clamp(1, 10_000));
        let rows = self
            .store
            .audit_entries(q.actor.as_deref(), q.account.as_deref(), since, limit)
            .await?;
        Ok(rows
            .into_iter()
            .map(|r| AuditEntry {
                id: r.id,
                at: r.at.to_datetime(),
                actor: r.actor,
                action: r.action,
                account_id: r.account_id,
                ticket_id: r.ticket_id,
                reason: r.reason,
            })
            .collect())
    }
}

/// Staff accounts are out of reach of staff tools (SECURITY.md 29).
pub(super) fn ensure_not_staff(a: &AccountRow) -> ApiResult<()> {
    if a.roles.is_empty() {
        return Ok(());
    }
    Err(ApiError::new(
        ErrorCode::Forbidden,
        "Staff cannot act on staff or admin accounts; ask an administrator.",
    ))
}

/// The account of a staff action was deleted between the check and the action.
fn deleted_meanwhile() -> ApiError {
    ApiError::new(
        ErrorCode::NotFound,
        "That account was deleted: there is nothing to act on.",
    )
}

/// What kind of login was searched, for the audit log (not the value itself).
fn login_kind(l: &acct_api::Login) -> String {
    match l {
        acct_api::Login::AccountId(id) => format!("id {id}"),
        acct_api::Login::Phone(p) => format!("phone {}", mask_phone(p)),
        acct_api::Login::Email(e) => format!("email {}", mask_email(e)),
    }
}
