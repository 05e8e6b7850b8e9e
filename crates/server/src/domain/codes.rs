//! Verification codes: sending under cooldown and daily caps (per destination and
//! per IP), and checking with a try cap per code plus a guess cap per destination.

use acct_api::{Channel, ErrorCode};
use serde_json::json;

use super::{humanize_secs, rfc3339, App, RequestMeta};
use crate::courier::Message;
use crate::error::{ApiError, ApiResult};
use crate::secret;
use crate::store::{NewCode, Store, Tx};

/// Where a code goes and what it is for.
#[derive(Debug, Clone)]
pub struct CodeTarget<'a> {
    pub channel: Channel,
    pub destination: &'a str,
    pub purpose: &'a str,
    /// False for a flow with no real account behind it: counted, stored and enqueued
    /// the same (a stand-in message), but the drainer drops it undelivered.
    pub deliver: bool,
}

/// A code with its own lifetime, or a link carrying a given secret.
pub struct CustomCode<'a> {
    pub secret: Option<&'a str>,
    pub link: Option<&'a str>,
    pub ttl: i64,
}

const TICKET_HINT: &str =
    "If codes don't reach you, open a recovery ticket with `acctl recover ticket`.";

impl App {
    fn code_hash(&self, flow_id: &str, purpose: &str, destination: &str, code: &str) -> String {
        self.key.mac_hex(&[
            b"code",
            purpose.as_bytes(),
            destination.as_bytes(),
            flow_id.as_bytes(),
            code.as_bytes(),
        ])
    }

    /// Issues a code for a flow, enforcing the send limits atomically.
    /// Returns when the next code may be sent.
    pub async fn send_code(
        &self,
        flow_id: &str,
        target: &CodeTarget<'_>,
        meta: &RequestMeta,
    ) -> ApiResult<i64> {
        self.send_code_with(flow_id, target, meta, None).await
    }

    /// Like `send_code`, with a chosen lifetime, and optionally a given secret sent as a
    /// link instead of a typed code (stored and checked the same way).
    pub async fn send_code_with(
        &self,
        flow_id: &str,
        target: &CodeTarget<'_>,
        meta: &RequestMeta,
        custom: Option<CustomCode<'_>>,
    ) -> ApiResult<i64> {
        let l = self.limits();
        let now = self.now();
        let day = self.day();
        let dest_key = format!("send:dest:{}", target.destination);
        let allowed = self
            .store
            .count_if_allowed(
                &dest_key,
                day,
                now,
                l.codes_per_destination_per_day,
                l.code_resend_cooldown,
            )
            .await?;
        if allowed.is_none() {
            let c = self.store.read_count(&dest_key, day).await?;
            if c.count >= l.codes_per_destination_per_day {
                let retry = (day + 1) * 86_400 - now;
                return Err(ApiError::rate_limited(
                    format!(
                        "No more codes can be sent to this destination today (limit {} a day); try again after {} (in {}). {TICKET_HINT}",
                        l.codes_per_destination_per_day,
                        rfc3339(now + retry),
                        humanize_secs(retry)
                    ),
                    retry,
                )
                .details(json!({"limit": "codes_per_destination_per_day"})));
            }
            let retry = (c.last_at + l.code_resend_cooldown - now).max(1);
            return Err(ApiError::rate_limited(
                format!(
                    "A code was just sent; you can ask for a new one in {}.",
                    humanize_secs(retry)
                ),
                retry,
            )
            .details(json!({"limit": "code_resend_cooldown"})));
        }
        if let Some(ip) = &meta.ip {
            let ip_key = format!("send:ip:{ip}");
            if self
                .store
                .count_if_allowed(&ip_key, day, now, l.codes_per_ip_per_day, 0)
                .await?
                .is_none()
            {
                let retry = (day + 1) * 86_400 - now;
                return Err(ApiError::rate_limited(
                    format!(
                        "Too many codes were requested from this network today; try again in {}. {TICKET_HINT}",
                        humanize_secs(retry)
                    ),
                    retry,
                )
                .details(json!({"limit": "codes_per_ip_per_day"})));
            }
        }

        let ttl = custom.as_ref().map_or(l.code_ttl, |c| c.ttl);
        let code = match custom.as_ref().and_then(|c| c.secret) {
            Some(s) => s.to_string(),
            None => secret::new_code(l.code_digits),
        };
        let link = custom.as_ref().and_then(|c| c.link);
        self.issue_code(flow_id, target, &code, now + ttl, link, meta)
            .await?;
        Ok(now + l.code_resend_cooldown)
    }

    /// Stores the code and enqueues its message in one transaction, then answers without
    /// waiting for any courier. A stand-in (`deliver = false`) takes exactly the same
    /// path — same lookups, same writes, a payload of the same size — and is dropped by
    /// the drainer, so nothing here differs for an unknown login.
    async fn issue_code(
        &self,
        flow_id: &str,
        target: &CodeTarget<'_>,
        code: &str,
        valid_until: i64,
        link: Option<&str>,
        meta: &RequestMeta,
    ) -> ApiResult<()> {
        let now = self.now();
        let mut msg = self
            .code_message(target, code, valid_until, link, meta)
            .await?;
        msg.flow_id = Some(flow_id.to_string());
        let hash = self.code_hash(flow_id, target.purpose, target.destination, code);
        let mut tx = self.store.begin_write().await?;
        Store::insert_code_in(
            &mut tx,
            &NewCode {
                flow_id,
                purpose: target.purpose,
                destination: target.destination,
                code_hash: &hash,
                now,
                expires_at: valid_until,
            },
        )
        .await?;
        self.courier
            .enqueue_in(&mut tx, &msg)
            .await
            .map_err(outbox_error)?;
        tx.commit().await?;
        self.courier.wake();
        Ok(())
    }

    /// The message that carries a code or link, in its owner's language.
    async fn code_message(
        &self,
        target: &CodeTarget<'_>,
        code: &str,
        valid_until: i64,
        link: Option<&str>,
        meta: &RequestMeta,
    ) -> ApiResult<Message> {
        let l = self.limits();
        let now = self.now();
        // Whose contact this is: the language to write in, and whose activity log a
        // failure joins. Looked up for a stand-in too, so both cost the same.
        let owner = self.store.contact_owner(target.destination).await?;
        let (account_id, language) = match owner {
            Some((id, lang)) if target.deliver => (Some(id), lang),
            _ => (None, None),
        };
        let lang = crate::courier::text::Lang::from_tag(language.as_deref());
        let text = crate::courier::text::code_text(target.purpose, code, l.code_ttl / 60, lang);
        let mut msg = Message::new(
            target.channel,
            target.destination,
            target.purpose,
            text,
            crate::clock::to_datetime(now),
        );
        match link {
            Some(url) => {
                msg.text = format!(
                    "Confirm this address for your acct account: {url}\nThe link works once, for 24 hours. If you did not ask for this, ignore this message."
                );
                msg.link = Some(url.to_string());
            }
            None => msg.code = Some(code.to_string()),
        }
        msg.language = Some(lang.tag().to_string());
        msg.account_id = account_id;
        msg.request_id = meta.request_id.clone();
        msg.valid_until = Some(valid_until);
        msg.stand_in = !target.deliver;
        Ok(msg)
    }

    fn notice(&self, channel: Channel, to: &str, purpose: &str, text: String) -> Message {
        Message::new(
            channel,
            to,
            purpose,
            text,
            crate::clock::to_datetime(self.now()),
        )
    }

    /// Sends a message without a code (notices such as "your account already exists"):
    /// one enqueue, answered at once; the drainers deliver it (a courier outage delays
    /// it, never drops it). A caller holding a transaction uses [`App::send_notice_in`].
    pub async fn send_notice(&self, channel: Channel, to: &str, purpose: &str, text: String) {
        let msg = self.notice(channel, to, purpose, text);
        if let Err(e) = self.courier.enqueue(&msg).await {
            tracing::error!(error = %e, purpose, "could not enqueue a notice");
        }
    }

    /// The stand-in of a notice to a contact with no account behind it: the same one
    /// write as [`App::send_notice`] (give it the text the real notice would have), and
    /// the drainer drops it, so answering "sent if it exists" costs the same either way.
    pub async fn send_stand_in_notice(
        &self,
        channel: Channel,
        to: &str,
        purpose: &str,
        text: String,
    ) {
        let mut msg = self.notice(channel, to, purpose, text);
        msg.stand_in = true;
        if let Err(e) = self.courier.enqueue(&msg).await {
            tracing::error!(error = %e, purpose, "could not enqueue a notice");
        }
    }

    /// Enqueues a notice inside `tx`, so it exists exactly when the change it announces
    /// commits. Call `self.courier.wake()` after the commit.
    pub async fn send_notice_in(
        &self,
        tx: &mut Tx,
        channel: Channel,
        to: &str,
        purpose: &str,
        text: String,
    ) -> ApiResult<()> {
        let msg = self.notice(channel, to, purpose, text);
        self.courier
            .enqueue_in(tx, &msg)
            .await
            .map_err(outbox_error)?;
        Ok(())
    }

    /// Checks a code for a flow. On success the code is consumed (exactly once,
    /// even under concurrent tries) and its destination returned.
    pub async fn verify_code(
        &self,
        flow_id: &str,
        purpose: &str,
        input: &str,
    ) -> ApiResult<String> {
        let l = self.limits();
        let now = self.now();
        let day = self.day();
        let Some(live) = self.store.live_code(flow_id).await? else {
            return Err(ApiError::new(
                ErrorCode::CodeExpired,
                "There is no valid code for this flow any more (a newer one was sent, or it was used up): request a new code.",
            ));
        };
        if live.expires_at <= now {
            return Err(ApiError::new(
                ErrorCode::CodeExpired,
                "The code has expired: request a new one.",
            ));
        }
        let fail_key = format!("fail:dest:{}", live.destination);
        let failures = self.store.read_count(&fail_key, day).await?;
        if failures.count >= l.code_failures_per_destination_per_day {
            let retry = (day + 1) * 86_400 - now;
            return Err(ApiError::new(
                ErrorCode::TooManyAttempts,
                format!("Too many wrong codes for this destination today; try again in {}. {TICKET_HINT}", humanize_secs(retry)),
            )
            .retry_after(retry));
        }
        let Some(attempts) = self.store.take_code_try(live.id, l.code_max_tries).await? else {
            return Err(too_many_tries());
        };
        let entered: String = input
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .collect();
        let expected = self.code_hash(flow_id, purpose, &live.destination, &entered);
        if secret::ct_eq(expected.as_bytes(), live.code_hash.as_bytes()) {
            if self.store.consume_code(live.id, now).await? {
                return Ok(live.destination);
            }
            return Err(ApiError::new(
                ErrorCode::InvalidCode,
                "That code was already used: request a new one.",
            ));
        }
        self.store.count(&fail_key, day, now).await?;
        let tries_left = (l.code_max_tries - attempts).max(0);
        if tries_left == 0 {
            self.store.kill_code(live.id).await?;
            return Err(too_many_tries());
        }
        Err(ApiError::new(
            ErrorCode::InvalidCode,
            format!(
                "That code is not right; {tries_left} {} left. Check the latest message, or request a new code.",
                if tries_left == 1 { "try" } else { "tries" }
            ),
        )
        .details(json!({ "tries_left": tries_left })))
    }
}

fn too_many_tries() -> ApiError {
    ApiError::new(
        ErrorCode::TooManyAttempts,
        "Too many wrong tries for this code: request a new code.",
    )
}

/// The outbox could not be written: nothing was sent, and the request says so
/// (the same for a stand-in, which is written the same way).
fn outbox_error(e: crate::courier::DeliveryError) -> ApiError {
    ApiError::Internal(anyhow::anyhow!("{e}"))
}
