//! Verification codes: sending under cooldown and daily caps (per destination, per
//! destination and network, per network; recovery messages on a budget of their own),
//! and checking with a try cap per code plus guess caps per destination and network and
//! per destination. Every cap is reserved in the store before the send or the check.

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
        self.reserve_send(target.destination, target.purpose, meta)
            .await?;
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
    /// even under concurrent tries) and its destination returned. A wrong code uses a
    /// try of the code and of the guess budgets of its destination (`guess_budgets`).
    pub async fn verify_code(
        &self,
        flow_id: &str,
        purpose: &str,
        input: &str,
        meta: &RequestMeta,
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
        let budgets = guess_budgets(l, &live.destination, meta);
        self.reserve_all(&budgets, day, now).await?;
        let Some(attempts) = self.store.take_code_try(live.id, l.code_max_tries).await? else {
            self.release_all(&budgets).await?;
            return Err(too_many_tries());
        };
        let entered: String = input
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .collect();
        let expected = self.code_hash(flow_id, purpose, &live.destination, &entered);
        if secret::ct_eq(expected.as_bytes(), live.code_hash.as_bytes()) {
            // A right code is not a guess: its reservations go back.
            self.release_all(&budgets).await?;
            if self.store.consume_code(live.id, now).await? {
                // The code is used: its resend cooldown has done its job, so the next
                // operation may send at once (the daily caps still bound cost).
                let key = format!("send:{}:{}", send_class(purpose), live.destination);
                self.store.end_cooldown(&key, live.created_at).await?;
                return Ok(live.destination);
            }
            return Err(ApiError::new(
                ErrorCode::InvalidCode,
                "That code was already used: request a new one.",
            ));
        }
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

    /// Reserves one unit in every budget, narrowest first; when one is spent, gives the
    /// others back and answers with what that budget says.
    async fn reserve_all(&self, budgets: &[Budget], day: i64, now: i64) -> ApiResult<()> {
        for (i, b) in budgets.iter().enumerate() {
            let allowed = self
                .store
                .count_if_allowed(&b.key, day, now, b.cap, b.cooldown)
                .await?;
            if allowed.is_none() {
                let count = self.store.read_count(&b.key, day).await?;
                self.release_all(&budgets[..i]).await?;
                return Err(b.refusal(count, day, now));
            }
        }
        Ok(())
    }

    async fn release_all(&self, budgets: &[Budget]) -> ApiResult<()> {
        for b in budgets {
            self.store.release_attempt(&b.key).await?;
        }
        Ok(())
    }

    /// Takes one message from each send budget of `destination` for `purpose`: the
    /// requesting network's daily cap, its share of the destination, and the
    /// destination's own cap and cooldown. Recovery messages (reset, find my ID,
    /// ticket contact) have budgets apart from sign-in and other codes, so spent
    /// sign-in codes never close forgot-password (SECURITY.md 14).
    pub async fn reserve_send(
        &self,
        destination: &str,
        purpose: &str,
        meta: &RequestMeta,
    ) -> ApiResult<()> {
        let l = self.limits();
        let class = send_class(purpose);
        let per_destination = if class == "rdest" {
            l.recovery_codes_per_destination_per_day
        } else {
            l.codes_per_destination_per_day
        };
        let mut budgets = Vec::new();
        if let Some(ip) = &meta.ip {
            budgets.push(Budget::new(
                format!("send:ip:{ip}"),
                l.codes_per_ip_per_day,
                Spent::SendsFromNetwork,
            ));
            budgets.push(Budget::new(
                format!("send:{class}-ip:{destination}:{ip}"),
                l.codes_per_destination_per_ip_per_day,
                Spent::SendsToDestinationFromNetwork,
            ));
        }
        let mut dest = Budget::new(
            format!("send:{class}:{destination}"),
            per_destination,
            Spent::SendsToDestination,
        );
        dest.cooldown = l.code_resend_cooldown;
        budgets.push(dest);
        self.reserve_all(&budgets, self.day(), self.now()).await
    }
}

/// The send budget class of a purpose: recovery messages (reset, find my ID, ticket
/// contact) apart from sign-in and other codes.
fn send_class(purpose: &str) -> &'static str {
    if matches!(purpose, "password_reset" | "find_id" | "recovery_ticket") {
        "rdest"
    } else {
        "dest"
    }
}

/// Which budget ran out, for the answer.
#[derive(Debug, Clone, Copy)]
enum Spent {
    SendsFromNetwork,
    SendsToDestinationFromNetwork,
    SendsToDestination,
    GuessesFromNetwork,
    Guesses,
}

/// One daily counter a send or a guess takes a unit of.
struct Budget {
    key: String,
    cap: i64,
    cooldown: i64,
    spent: Spent,
}

impl Budget {
    fn new(key: String, cap: i64, spent: Spent) -> Self {
        Self {
            key,
            cap,
            cooldown: 0,
            spent,
        }
    }

    fn refusal(&self, count: crate::store::WindowedCount, day: i64, now: i64) -> ApiError {
        let tomorrow = (day + 1) * 86_400 - now;
        if self.cooldown > 0 && count.count < self.cap {
            let retry = (count.last_at + self.cooldown - now).max(1);
            return ApiError::rate_limited(
                format!(
                    "A code was just sent; you can ask for a new one in {}.",
                    humanize_secs(retry)
                ),
                retry,
            )
            .details(json!({"limit": "code_resend_cooldown"}));
        }
        let when = format!(
            "try again after {} (in {})",
            rfc3339(now + tomorrow),
            humanize_secs(tomorrow)
        );
        let (code, text, limit) = match self.spent {
            Spent::SendsFromNetwork => (
                ErrorCode::RateLimited,
                format!("Too many codes were requested from this network today; {when}."),
                "codes_per_ip_per_day",
            ),
            Spent::SendsToDestinationFromNetwork => (
                ErrorCode::RateLimited,
                format!("No more codes can be sent to this destination from this network today (limit {} a day); {when}.", self.cap),
                "codes_per_destination_per_ip_per_day",
            ),
            Spent::SendsToDestination => (
                ErrorCode::RateLimited,
                format!("No more codes can be sent to this destination today (limit {} a day); {when}.", self.cap),
                "codes_per_destination_per_day",
            ),
            Spent::GuessesFromNetwork => (
                ErrorCode::TooManyAttempts,
                format!("Too many wrong codes for this destination from this network today; {when}."),
                "code_failures_per_destination_per_ip_per_day",
            ),
            Spent::Guesses => (
                ErrorCode::TooManyAttempts,
                format!("Too many wrong codes for this destination today; {when}."),
                "code_failures_per_destination_per_day",
            ),
        };
        ApiError::new(code, format!("{text} {TICKET_HINT}"))
            .retry_after(tomorrow)
            .details(json!({ "limit": limit }))
    }
}

/// The guess budgets a wrong code for `destination` spends: the requesting network's
/// share (what one stranger can spend) and the destination's backstop against guessing
/// from many networks.
fn guess_budgets(l: &crate::config::Limits, destination: &str, meta: &RequestMeta) -> Vec<Budget> {
    let mut budgets = Vec::new();
    if let Some(ip) = &meta.ip {
        budgets.push(Budget::new(
            format!("fail:dest-ip:{destination}:{ip}"),
            l.code_failures_per_destination_per_ip_per_day,
            Spent::GuessesFromNetwork,
        ));
    }
    budgets.push(Budget::new(
        format!("fail:dest:{destination}"),
        l.code_failures_per_destination_per_day,
        Spent::Guesses,
    ));
    budgets
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
