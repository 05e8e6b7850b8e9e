//! The outbox: every message is written to the database before any courier sees it,
//! then delivered by whichever replica holds its claim.
//!
//! The request that sends a code enqueues the message already claimed by this
//! replica and waits a short bound (`delivery.wait_ms`) while a detached task makes
//! the first attempts. Delivered within the bound: the request answers "sent". A
//! courier that keeps failing within the bound: the message is given up and the
//! request answers "we could not send the code". An attempt still running at the
//! bound (a slow courier): the request answers "sent" and the attempt carries on.
//! Anything left pending is retried by the drainer of any replica, with backoff,
//! once its claim's lease has run out, so a crash loses nothing. Marking a message
//! sent also erases its code and text.
//!
//! Outbox times are wall-clock milliseconds, not the service [`Clock`]: leases and
//! backoff are about real couriers and real crashes, which test clocks do not move.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use acct_api::Channel;
use futures_util::future::BoxFuture;
use futures_util::FutureExt;
use rand::Rng;
use serde::{Deserialize, Serialize};
use tokio::sync::{watch, Notify};

use super::{ChannelCouriers, Courier, DeliveryError, DeliverySettings, Message};
use crate::clock::{to_datetime, Clock};
use crate::store::{ActivityEntry, NewOutboxMessage, OutboxRow, Store};

/// Messages one drainer pass claims at most before attempting them together.
const BATCH: usize = 8;
/// How often finished messages' metadata is purged.
const PURGE_EVERY: Duration = Duration::from_secs(3600);

/// The durable courier the service talks to. Cheap to clone.
#[derive(Clone)]
pub struct Outbox(Arc<Inner>);

struct Inner {
    store: Store,
    couriers: ChannelCouriers,
    settings: DeliverySettings,
    clock: Arc<dyn Clock>,
    /// Names this process's claims.
    replica: String,
    /// Set on shutdown: no new claims, in-flight attempts finish.
    stopping: AtomicBool,
    in_flight: AtomicUsize,
    idle: Notify,
}

/// Counts an attempt in flight, so shutdown can wait for it to finish.
struct InFlight<'a>(&'a Inner);

impl<'a> InFlight<'a> {
    fn new(inner: &'a Inner) -> Self {
        inner.in_flight.fetch_add(1, Ordering::SeqCst);
        Self(inner)
    }
}

impl Drop for InFlight<'_> {
    fn drop(&mut self) {
        if self.0.in_flight.fetch_sub(1, Ordering::SeqCst) == 1 {
            self.0.idle.notify_waiters();
        }
    }
}

/// What the outbox row keeps until the message is delivered or given up.
#[derive(Serialize, Deserialize)]
struct Payload {
    code: Option<String>,
    link: Option<String>,
    text: String,
    language: Option<String>,
    /// When the message was made (service clock, Unix seconds).
    at: i64,
}

/// How the first attempts are going, as the waiting request sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Progress {
    Attempting,
    /// The last attempt failed; another is scheduled.
    Retrying(String),
    Delivered,
    Failed(String),
}

/// The result of one attempt.
enum Outcome {
    Delivered,
    RetryAt(i64, DeliveryError),
    GaveUp(DeliveryError),
}

fn wall_ms() -> i64 {
    let since = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    i64::try_from(since.as_millis()).unwrap_or(i64::MAX)
}

fn ms(v: u64) -> i64 {
    i64::try_from(v).unwrap_or(i64::MAX)
}

fn channel_name(c: Channel) -> &'static str {
    match c {
        Channel::Sms => "sms",
        Channel::Email => "email",
    }
}

impl Outbox {
    pub fn new(
        store: Store,
        couriers: ChannelCouriers,
        settings: DeliverySettings,
        clock: Arc<dyn Clock>,
    ) -> anyhow::Result<Self> {
        if settings.lease_ms <= settings.attempt_timeout_ms {
            anyhow::bail!(
                "delivery.lease_ms ({}) must be longer than delivery.attempt_timeout_ms ({}), or a slow attempt loses its claim and the message may go out twice",
                settings.lease_ms,
                settings.attempt_timeout_ms
            );
        }
        Ok(Self(Arc::new(Inner {
            store,
            couriers,
            settings,
            clock,
            replica: crate::secret::new_id(),
            stopping: AtomicBool::new(false),
            in_flight: AtomicUsize::new(0),
            idle: Notify::new(),
        })))
    }

    /// Enqueues, starts the first attempts, and waits up to the bound for a verdict.
    async fn dispatch(&self, msg: &Message) -> Result<(), DeliveryError> {
        let s = &self.0.settings;
        let now = wall_ms();
        let app_now = self.0.clock.now();
        let expires_at_ms = match msg.valid_until {
            Some(until) => now.saturating_add(until.saturating_sub(app_now).saturating_mul(1000)),
            None => now.saturating_add(ms(s.notice_ttl_ms)),
        };
        let payload = serde_json::to_string(&Payload {
            code: msg.code.clone(),
            link: msg.link.clone(),
            text: msg.text.clone(),
            language: msg.language.clone(),
            at: msg.at.unix_timestamp(),
        })
        .map_err(|e| DeliveryError::Permanent(e.to_string()))?;
        let channel = channel_name(msg.channel);
        let new = NewOutboxMessage {
            channel,
            destination: &msg.to,
            purpose: &msg.purpose,
            account_id: msg.account_id.as_deref(),
            request_id: msg.request_id.as_deref(),
            payload: &payload,
            now_ms: now,
            expires_at_ms,
            claimed_by: &self.0.replica,
            lease_until_ms: now.saturating_add(ms(s.lease_ms)),
        };
        let id = self.0.store.enqueue_message(&new).await.map_err(|e| {
            tracing::error!(error = %e, "could not write to the outbox");
            DeliveryError::Transient("the outbox could not be written".into())
        })?;
        let row = OutboxRow {
            id,
            channel: channel.into(),
            destination: msg.to.clone(),
            purpose: msg.purpose.clone(),
            account_id: msg.account_id.clone(),
            request_id: msg.request_id.clone(),
            payload: Some(payload),
            attempts: 1,
            expires_at_ms,
        };
        let deadline = now.saturating_add(ms(s.wait_ms));
        let (tx, mut rx) = watch::channel(Progress::Attempting);
        tokio::spawn(self.clone().first_attempts(row, tx, deadline));
        // A notice has nobody waiting to act on a failure: the drainer keeps at it.
        if msg.code.is_none() && msg.link.is_none() {
            return Ok(());
        }
        let verdict = tokio::time::timeout(
            Duration::from_millis(s.wait_ms),
            rx.wait_for(|p| matches!(p, Progress::Delivered | Progress::Failed(_)))
                .map(|r| r.map(|p| p.clone())),
        )
        .await;
        // Timed out, or the task handed the message to the drainers (no retry fits in the
        // wait): either way the last progress decides.
        let state = match verdict {
            Ok(Ok(p)) => p,
            Ok(Err(_)) | Err(_) => rx.borrow().clone(),
        };
        match state {
            Progress::Delivered | Progress::Attempting => Ok(()),
            Progress::Failed(e) => Err(DeliveryError::Transient(e)),
            Progress::Retrying(e) => {
                // The requester is told it failed, so it must not arrive later.
                match self
                    .0
                    .store
                    .mark_message_failed(id, &format!("{e}; reported to the requester"))
                    .await
                {
                    Ok(true) => Err(DeliveryError::Transient(e)),
                    // Sent meanwhile (the race is lost only by a hair): it did go out.
                    Ok(false) => match self.0.store.message_status(id).await {
                        Ok(Some(s)) if s == "sent" => Ok(()),
                        _ => Err(DeliveryError::Transient(e)),
                    },
                    Err(db) => {
                        tracing::error!(error = %db, id, "could not give up a message");
                        Err(DeliveryError::Transient(e))
                    }
                }
            }
        }
    }

    /// Attempts until delivered, given up, or the request's wait ends; after that
    /// the drainers own the message.
    async fn first_attempts(self, mut row: OutboxRow, tx: watch::Sender<Progress>, deadline: i64) {
        loop {
            tx.send_replace(Progress::Attempting);
            // Once nobody waits, a give-up is recorded here rather than by the request.
            // Within the wait the claim is kept, so no drainer retries behind the request's back.
            match self.attempt(&row, tx.is_closed(), deadline).await {
                Outcome::Delivered => {
                    tx.send_replace(Progress::Delivered);
                    return;
                }
                Outcome::GaveUp(e) => {
                    tx.send_replace(Progress::Failed(e.to_string()));
                    return;
                }
                Outcome::RetryAt(at, e) => {
                    tx.send_replace(Progress::Retrying(e.to_string()));
                    if at >= deadline {
                        return;
                    }
                    let wait = u64::try_from(at - wall_ms()).unwrap_or(0);
                    tokio::time::sleep(Duration::from_millis(wait)).await;
                    if self.0.stopping.load(Ordering::SeqCst) {
                        // Shutting down: let another replica have it now, not after the lease.
                        if let Err(e) = self.0.store.release_message(row.id, &self.0.replica).await
                        {
                            tracing::warn!(error = %e, id = row.id, "could not release a message");
                        }
                        return;
                    }
                    let now = wall_ms();
                    let lease = now.saturating_add(ms(self.0.settings.lease_ms));
                    match self
                        .0
                        .store
                        .claim_message(row.id, &self.0.replica, now, lease)
                        .await
                    {
                        Ok(Some(next)) => row = next,
                        // Given up by the request, or a drainer took it.
                        Ok(None) => return,
                        Err(e) => {
                            tracing::warn!(error = %e, id = row.id, "could not reclaim a message; a drainer will retry it");
                            return;
                        }
                    }
                }
            }
        }
    }

    /// One attempt at a claimed message; records the result in the outbox. A retry due
    /// before `keep_claim_before` stays claimed by this replica.
    async fn attempt(
        &self,
        row: &OutboxRow,
        record_give_up: bool,
        keep_claim_before: i64,
    ) -> Outcome {
        let _in_flight = InFlight::new(&self.0);
        let s = &self.0.settings;
        if row.expires_at_ms <= wall_ms() {
            let e = DeliveryError::Permanent("expired before it could be delivered".into());
            self.give_up(row, &e, record_give_up).await;
            return Outcome::GaveUp(e);
        }
        let result = match self.message_of(row) {
            Ok(msg) => {
                let courier = self.0.couriers.for_channel(msg.channel);
                let limit = Duration::from_millis(s.attempt_timeout_ms);
                match tokio::time::timeout(limit, courier.deliver(&msg)).await {
                    Ok(r) => r,
                    Err(_) => Err(DeliveryError::Transient(format!(
                        "no answer within {} ms",
                        s.attempt_timeout_ms
                    ))),
                }
            }
            Err(e) => Err(e),
        };
        match result {
            Ok(()) => {
                match self.0.store.mark_message_sent(row.id, wall_ms()).await {
                    Ok(true) => {}
                    Ok(false) => tracing::warn!(
                        id = row.id,
                        "delivered a message that was given up meanwhile"
                    ),
                    Err(e) => {
                        tracing::error!(error = %e, id = row.id, "delivered, but could not mark it sent; it may go out again")
                    }
                }
                tracing::info!(id = row.id, channel = %row.channel, purpose = %row.purpose, attempt = row.attempts, "message delivered");
                Outcome::Delivered
            }
            Err(e) => {
                let next = wall_ms().saturating_add(self.backoff(row.attempts));
                if e.is_permanent() || row.attempts >= s.max_attempts || next >= row.expires_at_ms {
                    self.give_up(row, &e, record_give_up).await;
                    return Outcome::GaveUp(e);
                }
                tracing::warn!(id = row.id, channel = %row.channel, purpose = %row.purpose, attempt = row.attempts, error = %e, "delivery failed; will retry");
                let lease = if next < keep_claim_before {
                    next.saturating_add(ms(s.lease_ms))
                } else {
                    0
                };
                if let Err(db) = self
                    .0
                    .store
                    .schedule_message_retry(row.id, &self.0.replica, next, lease, &e.to_string())
                    .await
                {
                    // The lease runs out instead, and a drainer retries then.
                    tracing::error!(error = %db, id = row.id, "could not schedule a retry");
                }
                Outcome::RetryAt(next, e)
            }
        }
    }

    async fn give_up(&self, row: &OutboxRow, e: &DeliveryError, record: bool) {
        tracing::error!(id = row.id, channel = %row.channel, purpose = %row.purpose, attempts = row.attempts, error = %e, "message given up");
        match self
            .0
            .store
            .mark_message_failed(row.id, &e.to_string())
            .await
        {
            Ok(true) if record => {
                let has_code = row
                    .payload
                    .as_deref()
                    .and_then(|p| serde_json::from_str::<Payload>(p).ok())
                    .is_some_and(|p| p.code.is_some());
                let entry = ActivityEntry {
                    account_id: row.account_id.clone(),
                    at: self.0.clock.now(),
                    kind: if has_code {
                        "code_delivery"
                    } else {
                        "notice_delivery"
                    }
                    .into(),
                    outcome: "failure".into(),
                    method: Some(row.channel.clone()),
                    reason: Some("courier_unavailable".into()),
                    request_id: row.request_id.clone(),
                    ..ActivityEntry::default()
                };
                if let Err(db) = self.0.store.record_activity(&entry).await {
                    tracing::error!(error = %db, "could not record activity");
                }
            }
            Ok(_) => {}
            Err(db) => tracing::error!(error = %db, id = row.id, "could not give up a message"),
        }
    }

    /// Exponential backoff with jitter, so retries of many messages spread out.
    fn backoff(&self, attempts: i64) -> i64 {
        let s = &self.0.settings;
        let exp = u32::try_from(attempts.saturating_sub(1).clamp(0, 30)).unwrap_or(30);
        let base = s
            .retry_base_ms
            .saturating_mul(1u64 << exp)
            .min(s.retry_max_ms);
        let jitter: f64 = rand::thread_rng().gen_range(0.8..1.2);
        ms((base as f64 * jitter) as u64).max(1)
    }

    fn message_of(&self, row: &OutboxRow) -> Result<Message, DeliveryError> {
        let channel = match row.channel.as_str() {
            "sms" => Channel::Sms,
            "email" => Channel::Email,
            other => {
                return Err(DeliveryError::Permanent(format!(
                    "unknown channel {other:?}"
                )))
            }
        };
        let payload: Payload = row
            .payload
            .as_deref()
            .ok_or_else(|| DeliveryError::Permanent("the message text was erased".into()))
            .and_then(|p| {
                serde_json::from_str(p).map_err(|e| DeliveryError::Permanent(e.to_string()))
            })?;
        let mut msg = Message::new(
            channel,
            &row.destination,
            &row.purpose,
            payload.text,
            to_datetime(payload.at),
        );
        msg.code = payload.code;
        msg.link = payload.link;
        msg.language = payload.language;
        msg.account_id = row.account_id.clone();
        msg.request_id = row.request_id.clone();
        msg.delivery_id = Some(row.id);
        Ok(msg)
    }

    /// Stops claiming and waits (at most one attempt's time limit) for attempts in
    /// flight, so a replica stopped by SIGTERM does not leave a message half-sent to be
    /// sent again by another replica after its lease.
    async fn finish_in_flight(&self) {
        let inner = &self.0;
        inner.stopping.store(true, Ordering::SeqCst);
        let limit = Duration::from_millis(inner.settings.attempt_timeout_ms.saturating_add(500));
        let wait = async {
            loop {
                let idle = inner.idle.notified();
                if inner.in_flight.load(Ordering::SeqCst) == 0 {
                    return;
                }
                idle.await;
            }
        };
        if tokio::time::timeout(limit, wait).await.is_err() {
            tracing::warn!("outbox: stopped with deliveries still in flight; other replicas retry them after the lease");
        }
    }

    /// Delivers whatever is due, on every replica, until the service stops.
    pub async fn drain(self) {
        let s = &self.0.settings;
        let mut tick = tokio::time::interval(Duration::from_millis(s.poll_ms.max(10)));
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        let mut last_purge = tokio::time::Instant::now();
        loop {
            tick.tick().await;
            loop {
                let mut batch = Vec::new();
                while batch.len() < BATCH && !self.0.stopping.load(Ordering::SeqCst) {
                    let now = wall_ms();
                    let lease = now.saturating_add(ms(s.lease_ms));
                    match self
                        .0
                        .store
                        .claim_due_message(&self.0.replica, now, lease)
                        .await
                    {
                        Ok(Some(row)) => batch.push(row),
                        Ok(None) => break,
                        Err(e) => {
                            tracing::warn!(error = %e, "outbox: could not claim messages");
                            break;
                        }
                    }
                }
                if batch.is_empty() {
                    break;
                }
                futures_util::future::join_all(batch.iter().map(|r| self.attempt(r, true, 0)))
                    .await;
            }
            if last_purge.elapsed() >= PURGE_EVERY {
                last_purge = tokio::time::Instant::now();
                let before = wall_ms().saturating_sub(ms(s.retention_ms));
                if let Err(e) = self.0.store.purge_outbox(before).await {
                    tracing::warn!(error = %e, "outbox: purge failed");
                }
            }
        }
    }
}

impl Courier for Outbox {
    fn deliver<'a>(&'a self, msg: &'a Message) -> BoxFuture<'a, Result<(), DeliveryError>> {
        Box::pin(self.dispatch(msg))
    }

    fn background(&self) -> Option<BoxFuture<'static, ()>> {
        Some(Box::pin(self.clone().drain()))
    }

    fn shutdown(&self) -> BoxFuture<'_, ()> {
        Box::pin(self.finish_in_flight())
    }
}
