//! The outbox: every message is written to the database, sealed, before any courier
//! sees it, then delivered in the background by whichever replica claims it.
//!
//! No request waits on a courier or learns how delivery went: a request enqueues the
//! message (inside its own transaction where it has one, see [`Outbox::enqueue_in`])
//! and answers; the drainer of every replica claims due messages with a lease and
//! attempts them, retrying with backoff until delivered, refused, out of attempts or
//! past the code's lifetime. A give-up goes to the owner's activity log. A stand-in
//! (the message of a flow with no account behind it) is enqueued exactly like a real
//! one and dropped by the drainer unsent, so an unknown login costs the request the
//! same writes as a known one. Marking a message sent, dropped or given up erases its
//! payload; until then the payload is sealed ([`super::seal`]).
//!
//! Outbox times are wall-clock milliseconds, not the service [`Clock`]: leases and
//! backoff are about real couriers and real crashes, which test clocks do not move.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use acct_api::Channel;
use futures_util::future::BoxFuture;
use rand::Rng;
use serde::{Deserialize, Serialize};
use tokio::sync::{Notify, Semaphore};

use super::seal::{Binding, Sealer};
use super::{ChannelCouriers, DeliveryError, DeliverySettings, Message};
use crate::clock::{to_datetime, wall_ms, Clock};
use crate::kinds::{ActivityKind, Outcome};
use crate::secret::ServerKey;
use crate::store::{ActivityEntry, NewOutboxMessage, OutboxRow, Store, Uow};

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
    sealer: Sealer,
    /// Names this process's claims.
    replica: String,
    /// Set on shutdown: no new claims, in-flight attempts finish.
    stopping: AtomicBool,
    in_flight: AtomicUsize,
    idle: Notify,
    /// Wakes this replica's drainer: a message was committed, or an attempt ended.
    wake: Notify,
}

/// Counts a claim in flight from before it is made until its attempt ends, so shutdown
/// waits for it (and a claim is never made behind shutdown's back).
struct InFlight(Arc<Inner>);

impl InFlight {
    fn new(inner: &Arc<Inner>) -> Self {
        inner.in_flight.fetch_add(1, Ordering::SeqCst);
        Self(inner.clone())
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        if self.0.in_flight.fetch_sub(1, Ordering::SeqCst) == 1 {
            self.0.idle.notify_waiters();
        }
    }
}

/// What the sealed payload holds until the message is delivered or given up.
#[derive(Serialize, Deserialize)]
struct Payload {
    code: Option<String>,
    link: Option<String>,
    text: String,
    language: Option<String>,
    /// When the message was made (service clock, Unix seconds).
    at: i64,
    /// A stand-in: dropped by the drainer, never delivered.
    #[serde(default)]
    stand_in: bool,
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
        key: &ServerKey,
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
            sealer: Sealer::new(key),
            replica: crate::secret::new_id(),
            stopping: AtomicBool::new(false),
            in_flight: AtomicUsize::new(0),
            idle: Notify::new(),
            wake: Notify::new(),
        })))
    }

    pub fn settings(&self) -> &DeliverySettings {
        &self.0.settings
    }

    /// The outbox row for `msg`, with its payload sealed.
    fn row_for(&self, msg: &Message) -> Result<(String, i64), DeliveryError> {
        let now = wall_ms();
        let app_now = self.0.clock.now();
        let expires_at_ms = match msg.valid_until {
            Some(until) => now.saturating_add(until.saturating_sub(app_now).saturating_mul(1000)),
            None => now.saturating_add(ms(self.0.settings.notice_ttl_ms)),
        };
        let json = serde_json::to_string(&Payload {
            code: msg.code.clone(),
            link: msg.link.clone(),
            text: msg.text.clone(),
            language: msg.language.clone(),
            at: msg.at.unix_timestamp(),
            stand_in: msg.stand_in,
        })
        .map_err(|e| DeliveryError::Permanent(e.to_string()))?;
        let sealed = self
            .0
            .sealer
            .seal(
                &json,
                &Binding {
                    channel: channel_name(msg.channel),
                    destination: &msg.to,
                    purpose: &msg.purpose,
                },
            )
            .map_err(DeliveryError::Permanent)?;
        Ok((sealed, expires_at_ms))
    }

    fn new_row<'a>(msg: &'a Message, payload: &'a str, expires_at_ms: i64) -> NewOutboxMessage<'a> {
        NewOutboxMessage {
            channel: channel_name(msg.channel),
            destination: &msg.to,
            purpose: &msg.purpose,
            account_id: msg.account_id.as_deref(),
            request_id: msg.request_id.as_deref(),
            flow_id: msg.flow_id.as_deref(),
            payload,
            now_ms: wall_ms(),
            expires_at_ms,
        }
    }

    /// Enqueues `msg` inside `tx`: it exists exactly when the transaction that decided
    /// to send it commits. Call [`Outbox::wake`] after the commit (else the next poll
    /// finds it).
    pub async fn enqueue_in(&self, tx: &mut Uow, msg: &Message) -> Result<i64, DeliveryError> {
        let (payload, expires) = self.row_for(msg)?;
        tx.enqueue_message(&Self::new_row(msg, &payload, expires))
            .await
            .map_err(outbox_unwritable)
    }

    /// Enqueues `msg` on its own and wakes the drainer. Returns as soon as it is stored.
    pub async fn enqueue(&self, msg: &Message) -> Result<i64, DeliveryError> {
        let (payload, expires) = self.row_for(msg)?;
        let id = self
            .0
            .store
            .enqueue_message(&Self::new_row(msg, &payload, expires))
            .await
            .map_err(outbox_unwritable)?;
        self.wake();
        Ok(id)
    }

    /// Lets this replica's drainer look for due messages now.
    pub fn wake(&self) {
        self.0.wake.notify_one();
    }

    /// The drainer, as background work for `serve` to spawn.
    pub fn background(&self) -> BoxFuture<'static, ()> {
        Box::pin(self.clone().drain())
    }

    /// Called once the service stops taking requests: finish what is in flight.
    pub fn shutdown(&self) -> BoxFuture<'_, ()> {
        Box::pin(self.finish_in_flight())
    }

    fn open(&self, row: &OutboxRow) -> Result<Payload, DeliveryError> {
        let stored = row
            .payload
            .as_deref()
            .ok_or_else(|| DeliveryError::Permanent("the message text was erased".into()))?;
        let plain = self
            .0
            .sealer
            .open(
                stored,
                &Binding {
                    channel: &row.channel,
                    destination: &row.destination,
                    purpose: &row.purpose,
                },
            )
            .map_err(DeliveryError::Permanent)?;
        serde_json::from_str(&plain).map_err(|e| DeliveryError::Permanent(e.to_string()))
    }

    /// One attempt at a claimed message; records the result in the outbox.
    async fn attempt(&self, row: &OutboxRow) {
        let s = &self.0.settings;
        let payload = match self.open(row) {
            Ok(p) => p,
            Err(e) => {
                self.give_up(row, &e, true).await;
                return;
            }
        };
        let has_code = payload.code.is_some() || payload.link.is_some();
        if payload.stand_in {
            // Nobody is behind it: erase it unsent, as a delivery would.
            if let Err(e) = self.0.store.mark_message_dropped(row.id, wall_ms()).await {
                tracing::warn!(error = %e, id = row.id, "could not drop a stand-in message");
            }
            return;
        }
        if row.expires_at_ms <= wall_ms() {
            let e = DeliveryError::Permanent("expired before it could be delivered".into());
            self.give_up(row, &e, has_code).await;
            return;
        }
        let result = match self.message_of(row, payload) {
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
            }
            Err(e) => {
                let next = wall_ms().saturating_add(self.backoff(row.attempts));
                if e.is_permanent() || row.attempts >= s.max_attempts || next >= row.expires_at_ms {
                    self.give_up(row, &e, has_code).await;
                    return;
                }
                tracing::warn!(id = row.id, channel = %row.channel, purpose = %row.purpose, attempt = row.attempts, error = %e, "delivery failed; will retry");
                // Released: whichever replica polls first after `next` retries it.
                if let Err(db) = self
                    .0
                    .store
                    .schedule_message_retry(row.id, &self.0.replica, next, 0, &e.to_string())
                    .await
                {
                    // The lease runs out instead, and a drainer retries then.
                    tracing::error!(error = %db, id = row.id, "could not schedule a retry");
                }
            }
        }
    }

    /// Gives a message up; the owner's activity log says a code (or notice) did not go out.
    async fn give_up(&self, row: &OutboxRow, e: &DeliveryError, has_code: bool) {
        tracing::error!(id = row.id, channel = %row.channel, purpose = %row.purpose, attempts = row.attempts, error = %e, "message given up");
        match self
            .0
            .store
            .mark_message_failed(row.id, &e.to_string())
            .await
        {
            Ok(true) => {
                let entry = ActivityEntry {
                    account_id: row.account_id.clone(),
                    at: self.0.clock.now(),
                    kind: if has_code {
                        ActivityKind::CodeDelivery
                    } else {
                        ActivityKind::NoticeDelivery
                    },
                    outcome: Outcome::Failure,
                    method: Some(row.channel.clone()),
                    ip: None,
                    device_id: None,
                    device_name: None,
                    user_agent: None,
                    reason: Some("courier_unavailable".into()),
                    request_id: row.request_id.clone(),
                };
                if let Err(db) = self.0.store.record_activity(&entry).await {
                    tracing::error!(error = %db, "could not record activity");
                }
            }
            Ok(false) => {}
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

    fn message_of(&self, row: &OutboxRow, payload: Payload) -> Result<Message, DeliveryError> {
        let channel = match row.channel.as_str() {
            "sms" => Channel::Sms,
            "email" => Channel::Email,
            other => {
                return Err(DeliveryError::Permanent(format!(
                    "unknown channel {other:?}"
                )))
            }
        };
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

    /// Claims one due message, counted in flight from before the claim.
    async fn claim_next(&self) -> Option<(OutboxRow, InFlight)> {
        if self.0.stopping.load(Ordering::SeqCst) {
            return None;
        }
        let guard = InFlight::new(&self.0);
        if self.0.stopping.load(Ordering::SeqCst) {
            return None;
        }
        let now = wall_ms();
        let lease = now.saturating_add(ms(self.0.settings.lease_ms));
        match self
            .0
            .store
            .claim_due_message(&self.0.replica, now, lease)
            .await
        {
            Ok(Some(row)) => Some((row, guard)),
            Ok(None) => None,
            Err(e) => {
                tracing::warn!(error = %e, "outbox: could not claim messages");
                None
            }
        }
    }

    /// Delivers whatever is due, on every replica, until the service stops: on every
    /// wake (a commit here, an attempt ending) and every `poll_ms` (other replicas'
    /// messages, retries coming due). Attempts run side by side, at most `max_in_flight`.
    pub async fn drain(self) {
        let s = &self.0.settings;
        let slots = Arc::new(Semaphore::new(s.max_in_flight.max(1)));
        // Dropping the drainer (tests drop `serve`) aborts its attempts with it.
        let mut attempts = tokio::task::JoinSet::new();
        let mut tick = tokio::time::interval(Duration::from_millis(s.poll_ms.max(10)));
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        let mut last_purge = tokio::time::Instant::now();
        loop {
            tokio::select! {
                _ = tick.tick() => {}
                _ = self.0.wake.notified() => {}
            }
            while attempts.try_join_next().is_some() {}
            loop {
                // All slots busy: the attempt that frees one wakes this loop.
                let Ok(slot) = slots.clone().try_acquire_owned() else {
                    break;
                };
                let Some((row, guard)) = self.claim_next().await else {
                    break;
                };
                let me = self.clone();
                attempts.spawn(async move {
                    me.attempt(&row).await;
                    drop(guard);
                    drop(slot);
                    me.wake();
                });
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

fn outbox_unwritable(e: sqlx::Error) -> DeliveryError {
    tracing::error!(error = %e, "could not write to the outbox");
    DeliveryError::Transient("the outbox could not be written".into())
}
