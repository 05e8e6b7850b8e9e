//! Verification codes: sending under cooldown and daily caps (per destination, per
//! destination and network, per network; recovery messages on a budget of their own),
//! and checking with a try cap per code plus guess caps per destination and network and
//! per destination. Every cap is reserved in the store before the send or the check.

use acct_api::{Channel, ErrorCode};
use serde_json::json;

use super::budgets::guess_budgets;
use super::{App, RequestMeta};
use crate::clock::Timestamp;
use crate::courier::notices::Notice;
use crate::courier::text::{self, Lang};
use crate::courier::Message;
use crate::error::{ApiError, ApiResult};
use crate::kinds::CodePurpose;
use crate::secret;
use crate::store::{AccountRow, NewCode, Uow};

/// Where a code goes and what it is for.
#[derive(Debug, Clone)]
pub struct CodeTarget<'a> {
    pub channel: Channel,
    pub destination: &'a str,
    pub purpose: CodePurpose,
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

impl App {
    fn code_hash(
        &self,
        flow_id: &str,
        purpose: CodePurpose,
        destination: &str,
        code: &str,
    ) -> String {
        self.key.mac_hex(&[
            b"code",
            purpose.as_str().as_bytes(),
            destination.as_bytes(),
            flow_id.as_bytes(),
            code.as_bytes(),
        ])
    }

    /// Stores the code and enqueues its message `msg` inside the caller's transaction.
    async fn store_code_in(
        &self,
        tx: &mut Uow,
        flow_id: &str,
        target: &CodeTarget<'_>,
        code: &str,
        valid_until: Timestamp,
        msg: &Message,
    ) -> ApiResult<()> {
        let hash = self.code_hash(flow_id, target.purpose, target.destination, code);
        tx.insert_code(&NewCode {
            flow_id,
            purpose: target.purpose,
            destination: target.destination,
            code_hash: &hash,
            now: self.timestamp(),
            expires_at: valid_until,
        })
        .await?;
        self.courier
            .enqueue_in(tx, msg)
            .await
            .map_err(outbox_error)?;
        Ok(())
    }

    /// Issues a code (or, with `custom`, a link carrying a given secret, or a code of
    /// its own lifetime) for a flow: every write (send budgets, code, message) inside
    /// the caller's unit, so they commit or vanish with the decision to send. A
    /// stand-in (`deliver = false`) takes exactly the same path — same lookups, same
    /// writes, a payload of the same size — and is dropped by the drainer, so nothing
    /// here differs for an unknown login. Returns when the next code may be sent.
    /// On an error the caller drops the transaction: the budgets' counts roll back too.
    /// Call `self.courier.wake()` after the commit.
    pub async fn send_code_in(
        &self,
        tx: &mut Uow,
        flow_id: &str,
        target: &CodeTarget<'_>,
        meta: &RequestMeta,
        custom: Option<CustomCode<'_>>,
    ) -> ApiResult<Timestamp> {
        let l = self.limits();
        let now = self.timestamp();
        self.count_sends_in(tx, target.destination, target.purpose, meta)
            .await?;
        let ttl = custom.as_ref().map_or(l.code_ttl, |c| c.ttl);
        let code = match custom.as_ref().and_then(|c| c.secret) {
            Some(s) => s.to_string(),
            None => secret::new_code(l.code_digits),
        };
        let link = custom.as_ref().and_then(|c| c.link);
        let owner = tx.contact_owner(target.destination).await?;
        let valid_until = now.plus_secs(ttl);
        let mut msg = self.code_message(target, &code, valid_until, link, meta, owner);
        msg.flow_id = Some(flow_id.to_string());
        self.store_code_in(tx, flow_id, target, &code, valid_until, &msg)
            .await?;
        Ok(now.plus_secs(l.code_resend_cooldown))
    }

    /// Takes one message from each send budget of `destination` for `purpose`
    /// (`send_budgets`) inside `tx`: the counts commit or roll back with the
    /// send they allow.
    pub(super) async fn count_sends_in(
        &self,
        tx: &mut Uow,
        destination: &str,
        purpose: CodePurpose,
        meta: &RequestMeta,
    ) -> ApiResult<()> {
        let now = self.timestamp();
        let day = now.utc_day();
        for b in &self.send_budgets(destination, purpose, meta) {
            let allowed = tx
                .count_if_allowed(&b.key, day, now, b.cap, b.cooldown)
                .await?;
            if allowed.is_none() {
                let count = tx.read_count(&b.key, day).await?;
                return Err(b.refusal(count, now));
            }
        }
        Ok(())
    }

    /// The message that carries a code or link, in its owner's language. `owner` is
    /// whose contact this is ([`Store::contact_owner`]): the language to write in, and
    /// whose activity log a failure joins; looked up for a stand-in too, so both cost
    /// the same.
    fn code_message(
        &self,
        target: &CodeTarget<'_>,
        code: &str,
        valid_until: Timestamp,
        link: Option<&str>,
        meta: &RequestMeta,
        owner: Option<(String, Option<String>)>,
    ) -> Message {
        let l = self.limits();
        let now = self.timestamp();
        let (account_id, lang) = match owner {
            Some((id, lang)) if target.deliver => (Some(id), Lang::from_stored(lang.as_deref())),
            // No account behind it (a sign-up, a stand-in): written as a real message
            // would be for an account that chose the request's language.
            _ => (None, meta.language()),
        };
        let text = text::code_text(target.purpose.as_str(), code, l.code_ttl / 60, lang);
        let mut msg = Message::new(
            target.channel,
            target.destination,
            target.purpose.as_str(),
            text,
            now.to_datetime(),
        );
        match link {
            Some(url) => {
                msg.text = text::link_text(url, lang);
                msg.link = Some(url.to_string());
            }
            None => msg.code = Some(code.to_string()),
        }
        msg.language = Some(lang.tag().to_string());
        msg.account_id = account_id;
        msg.request_id = meta.request_id.clone();
        msg.valid_until = Some(valid_until);
        msg.stand_in = !target.deliver;
        msg
    }

    fn notice(
        &self,
        channel: Channel,
        to: &str,
        purpose: &str,
        notice: &Notice,
        lang: Lang,
    ) -> Message {
        let mut msg = Message::new(
            channel,
            to,
            purpose,
            notice.text(lang),
            self.timestamp().to_datetime(),
        );
        msg.language = Some(lang.tag().to_string());
        msg
    }

    /// Sends a message without a code (notices such as "your account already exists"):
    /// one enqueue, answered at once; the drainers deliver it (a courier outage delays
    /// it, never drops it). A caller holding a transaction uses [`App::send_notice_in`].
    pub async fn send_notice(
        &self,
        channel: Channel,
        to: &str,
        purpose: &str,
        notice: &Notice,
        lang: Lang,
    ) {
        let msg = self.notice(channel, to, purpose, notice, lang);
        if let Err(e) = self.courier.enqueue(&msg).await {
            tracing::error!(error = %e, purpose, "could not enqueue a notice");
        }
    }

    /// The stand-in of a notice to a contact with no account behind it, inside `tx`:
    /// the same one write as [`App::send_notice_in`] (give it the notice the real one
    /// would be, in the request's language), and the drainer drops it, so answering
    /// "sent if it exists" costs the same either way.
    pub async fn send_stand_in_notice_in(
        &self,
        tx: &mut Uow,
        channel: Channel,
        to: &str,
        purpose: &str,
        notice: &Notice,
        lang: Lang,
    ) -> ApiResult<()> {
        let mut msg = self.notice(channel, to, purpose, notice, lang);
        msg.stand_in = true;
        self.courier
            .enqueue_in(tx, &msg)
            .await
            .map_err(outbox_error)?;
        Ok(())
    }

    /// Enqueues a notice inside `tx`, so it exists exactly when the change it announces
    /// commits. Call `self.courier.wake()` after the commit.
    pub async fn send_notice_in(
        &self,
        tx: &mut Uow,
        channel: Channel,
        to: &str,
        purpose: &str,
        notice: &Notice,
        lang: Lang,
    ) -> ApiResult<()> {
        let msg = self.notice(channel, to, purpose, notice, lang);
        self.courier
            .enqueue_in(tx, &msg)
            .await
            .map_err(outbox_error)?;
        Ok(())
    }

    /// The same inside the transaction of the change it announces; call
    /// `self.courier.wake()` after the commit.
    pub async fn notify_account_in(
        &self,
        tx: &mut Uow,
        account: &AccountRow,
        purpose: &str,
        notice: Notice,
    ) -> ApiResult<()> {
        let lang = account.language;
        if let Some(p) = &account.phone {
            self.send_notice_in(tx, Channel::Sms, p, purpose, &notice, lang)
                .await?;
        }
        if let Some(e) = &account.email {
            self.send_notice_in(tx, Channel::Email, e, purpose, &notice, lang)
                .await?;
        }
        Ok(())
    }

    /// Sends a notice to every verified channel of the account, in its language.
    pub async fn notify_account(&self, account: &AccountRow, purpose: &str, notice: Notice) {
        let lang = account.language;
        if let Some(p) = &account.phone {
            self.send_notice(Channel::Sms, p, purpose, &notice, lang)
                .await;
        }
        if let Some(e) = &account.email {
            self.send_notice(Channel::Email, e, purpose, &notice, lang)
                .await;
        }
    }

    /// Consumes a code [`App::check_code`] found right, inside the transaction that
    /// does what it allows: the code is used exactly when that work commits.
    pub async fn consume_code_in(&self, tx: &mut Uow, right: &RightCode) -> ApiResult<()> {
        if tx.consume_code(right.code_id, self.timestamp()).await? {
            tx.end_cooldown(&right.cooldown_key, right.sent_at).await?;
            return Ok(());
        }
        Err(already_used())
    }

    /// Checks a code without consuming it: the code's try is taken and the guess
    /// budgets counted (in the store, on their own, before the compare); a right code
    /// is returned for the caller to consume in the unit of what it proves
    /// ([`App::consume_code_in`]), exactly once even under concurrent tries. A wrong
    /// code uses a try of the code and of the guess budgets of its destination
    /// (`guess_budgets`).
    pub async fn check_code(
        &self,
        flow_id: &str,
        purpose: CodePurpose,
        input: &str,
        meta: &RequestMeta,
    ) -> ApiResult<RightCode> {
        let l = self.limits();
        let now = self.timestamp();
        let day = now.utc_day();
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
            return Ok(RightCode {
                code_id: live.id,
                destination: live.destination.clone(),
                cooldown_key: super::budgets::cooldown_key(purpose, &live.destination),
                sent_at: live.created_at,
            });
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
}

/// A code [`App::check_code`] found right, not consumed yet.
#[derive(Debug)]
pub struct RightCode {
    code_id: i64,
    pub destination: String,
    /// The send counter whose cooldown this code held, and when it was sent: once the
    /// code is used, the next operation may send at once (the daily caps still bound cost).
    cooldown_key: String,
    sent_at: Timestamp,
}

fn already_used() -> ApiError {
    ApiError::new(
        ErrorCode::InvalidCode,
        "That code was already used: request a new one.",
    )
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
