//! The security checkup: what would make this account safer, each finding with the
//! command that fixes it.

use std::collections::HashSet;

use acct_api::{Finding, SecurityCheck, Severity};

use super::App;
use crate::error::ApiResult;
use crate::store::AccessContext;

const DAYS_30: i64 = 30 * 86_400;
const PASSWORD_AGE_WARN: i64 = 365 * 86_400;

impl App {
    pub async fn security_check(&self, ctx: &AccessContext) -> ApiResult<SecurityCheck> {
        let a = &ctx.account;
        let now = self.timestamp();
        let mut findings = Vec::new();
        let mut add = |id: &str, severity, title: &str, detail: String, fix: String| {
            findings.push(Finding {
                id: id.into(),
                severity,
                title: title.into(),
                detail,
                fix,
            });
        };
        if a.totp_secret_enc.is_none() {
            add("two_step_off", Severity::High, "Two-step verification is off",
                "A stolen password alone is enough to sign in. Turn on two-step verification with an authenticator app.".into(),
                "acctl 2sv enable".into());
        }
        match (a.password_hash.is_some(), a.password_changed_at) {
            (false, _) => add("no_password", Severity::Low, "No password set",
                "You sign in with codes only; if you lose the phone you depend on recovery.".into(),
                format!("acctl recover password {}", a.id)),
            (true, Some(t)) if now.secs_since(t) > PASSWORD_AGE_WARN => add("password_old", Severity::Low, "Password older than a year",
                "Use a unique, strong password that you use nowhere else; change it if you reused it.".into(),
                "acctl password change".into()),
            _ => {}
        }
        if a.phone.is_none() {
            add(
                "phone_missing",
                Severity::Medium,
                "No verified phone",
                "A verified phone lets you sign in and recover the account by text message.".into(),
                "acctl phone change +E164".into(),
            );
        }
        if a.email.is_none() {
            add(
                "email_missing",
                Severity::Medium,
                "No verified email",
                "A verified email is a second way to recover the account.".into(),
                "acctl email set ADDRESS".into(),
            );
        }
        let failed = self
            .store
            .failed_sign_ins_since(&a.id, now.minus_secs(DAYS_30))
            .await?;
        if failed > 0 {
            let attempts = if failed == 1 { "attempt" } else { "attempts" };
            // With two-step verification on, changing the password is what is left to do.
            let advice = if a.totp_secret_enc.is_some() {
                "change your password"
            } else {
                "change your password and turn on two-step verification"
            };
            add(
                "failed_sign_ins",
                Severity::Medium,
                "Failed sign-ins in the last 30 days",
                format!("{failed} failed sign-in {attempts}. If they were not you, {advice}."),
                "acctl activity --failed --since 30d".into(),
            );
        }
        let devices = self.store.devices(&a.id, now).await?;
        let mut unrecognised = Vec::new();
        for d in devices
            .iter()
            .filter(|d| d.created_at >= now.minus_secs(DAYS_30) && d.id != ctx.device_id)
        {
            let known: HashSet<String> = self
                .store
                .known_ips(&a.id, d.created_at)
                .await?
                .into_iter()
                .collect();
            if d.ip.as_ref().is_some_and(|ip| !known.contains(ip)) {
                unrecognised.push(d.id.clone());
            }
        }
        if !unrecognised.is_empty() {
            add("unrecognised_devices", Severity::High, "Devices signed in from new networks",
                format!("{} signed in from a network not seen before. Sign out any you don't recognise.", match unrecognised.len() { 1 => "1 device".to_string(), n => format!("{n} devices") }),
                format!("acctl devices sign-out {}", unrecognised.join(" ")));
        }
        add(
            "review_activity",
            Severity::Info,
            "Review your login activity",
            "Look through recent sign-ins for anything you don't recognise.".into(),
            "acctl activity --since 30d".into(),
        );
        findings.sort_by_key(|f| std::cmp::Reverse(f.severity));
        Ok(SecurityCheck {
            findings,
            failed_sign_ins_30d: u32::try_from(failed).unwrap_or(u32::MAX),
            unrecognised_devices: unrecognised,
        })
    }
}
