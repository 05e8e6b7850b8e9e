//! The signed-in account: profile, limits, devices, and its language setting.

use acct_api::{
    mask_email, mask_phone, Channel, DestinationLimits, Device, ErrorCode, Language,
    LanguageSetting, Limits, Me, PasswordLimits,
};

use super::activity::Event;
use super::{App, RequestMeta};
use crate::clock::Timestamp;
use crate::error::{ApiError, ApiResult};
use crate::kinds::{ActivityKind, Outcome};
use crate::store::AccessContext;

impl App {
    pub async fn me(&self, ctx: &AccessContext) -> ApiResult<Me> {
        let a = ctx.account.clone();
        Ok(Me {
            account_id: a.id,
            name: a.name,
            phone_verified: a.phone.is_some(),
            email_verified: a.email.is_some(),
            phone: a.phone.as_deref().map(mask_phone),
            email: a.email.as_deref().map(mask_email),
            two_step: a.totp_secret_enc.is_some(),
            has_password: a.password_hash.is_some(),
            created_at: a.created_at.to_datetime(),
            device_id: ctx.device_id.clone(),
            language: a.language,
        })
    }

    /// Sets the language of the account's texts and emails, recorded in its activity.
    pub async fn set_language(
        &self,
        ctx: &AccessContext,
        req: &LanguageSetting,
        meta: &RequestMeta,
    ) -> ApiResult<LanguageSetting> {
        let language: Language = req
            .language
            .parse()
            .map_err(|e| ApiError::new(ErrorCode::InvalidInput, format!("{e}.")))?;
        // The setting and its event in one unit of work.
        let mut tx = self.store.begin().await?;
        tx.set_language(&ctx.account_id, language).await?;
        self.record_in(
            &mut tx,
            meta,
            Event {
                account_id: Some(&ctx.account_id),
                kind: ActivityKind::LanguageChanged,
                outcome: Outcome::Success,
                method: None,
                device_id: Some(&ctx.device_id),
                device_name: None,
                reason: Some(language.tag()),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(LanguageSetting {
            language: language.tag().to_string(),
        })
    }

    pub async fn account_limits(&self, ctx: &AccessContext) -> ApiResult<Limits> {
        let a = ctx.account.clone();
        let l = self.limits();
        let now = self.timestamp();
        let day = now.utc_day();
        let mut destinations = Vec::new();
        for (channel, dest) in [(Channel::Sms, &a.phone), (Channel::Email, &a.email)] {
            let Some(dest) = dest else { continue };
            let c = self
                .store
                .read_count(&format!("send:dest:{dest}"), day)
                .await?;
            let left = (l.codes_per_destination_per_day - c.count).max(0);
            let cooldown_end = c.last_at.plus_secs(l.code_resend_cooldown);
            let next = if left == 0 {
                Some(now.next_utc_midnight())
            } else if cooldown_end > now {
                Some(cooldown_end)
            } else {
                None
            };
            destinations.push(DestinationLimits {
                channel,
                destination: match channel {
                    Channel::Sms => mask_phone(dest),
                    Channel::Email => mask_email(dest),
                },
                codes_left_today: u32::try_from(left).unwrap_or(0),
                codes_per_day: u32::try_from(l.codes_per_destination_per_day).unwrap_or(0),
                next_code_at: next.map(Timestamp::to_datetime),
            });
        }
        let t = self.store.throttle(&format!("acct:{}", a.id)).await?;
        Ok(Limits {
            destinations,
            password: PasswordLimits {
                consecutive_failures: u32::try_from(t.failures).unwrap_or(0),
                failures_before_lock: u32::try_from((l.lockout_free_failures - t.failures).max(0))
                    .unwrap_or(0),
                locked_until: (t.locked_until > now).then(|| t.locked_until.to_datetime()),
            },
        })
    }

    pub async fn devices(&self, ctx: &AccessContext) -> ApiResult<Vec<Device>> {
        let rows = self
            .store
            .devices(&ctx.account_id, self.timestamp())
            .await?;
        Ok(rows
            .into_iter()
            .map(|d| Device {
                current: d.id == ctx.device_id,
                device_id: d.id,
                name: d.name,
                created_at: d.created_at.to_datetime(),
                last_seen_at: d.last_seen_at.to_datetime(),
                ip: d.ip,
                user_agent: d.user_agent,
            })
            .collect())
    }
}
