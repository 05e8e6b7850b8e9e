//! The drainer: claims due outbox messages with a lease, attempts them with a time
//! limit, retries with backoff, and gives up (in one unit with the owner's activity
//! event) when a message is refused, out of attempts or past its code's lifetime.
//! Times are wall-clock milliseconds (see [`super::outbox`]).

use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Duration;

use rand::Rng;
use tokio::sync::Semaphore;

use super::outbox::{ms, Inner, Outbox};
use super::DeliveryError;
use crate::clock::wall_ms;
use crate::kinds::{ActivityKind, Outcome};
use crate::store::{ActivityEntry, OutboxRow};

/// How often finished messages' metadata is purged.
const PURGE_EVERY: Duration = Duration::from_secs(3600);

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

impl Outbox {
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

    /// Gives a message up; the owner's activity log says a code (or notice) did not go
    /// out. Both are written in one unit of work: if it fails, neither is kept and the
    /// message stays pending under its lease, so the next drainer to claim it gives it
    /// up again.
    async fn give_up(&self, row: &OutboxRow, e: &DeliveryError, has_code: bool) {
        tracing::error!(id = row.id, channel = %row.channel, purpose = %row.purpose, attempts = row.attempts, error = %e, "message given up");
        if let Err(db) = self.record_give_up(row, e, has_code).await {
            tracing::error!(error = %db, id = row.id, "could not give up a message; it is tried again after its lease");
        }
    }

    async fn record_give_up(
        &self,
        row: &OutboxRow,
        e: &DeliveryError,
        has_code: bool,
    ) -> Result<(), sqlx::Error> {
        let mut tx = self.0.store.begin().await?;
        if !tx.mark_message_failed(row.id, &e.to_string()).await? {
            // Sent or given up by someone else meanwhile: nothing to record.
            return tx.rollback().await;
        }
        let kind = if has_code {
            ActivityKind::CodeDelivery
        } else {
            ActivityKind::NoticeDelivery
        };
        tx.record_activity(&ActivityEntry {
            account_id: row.account_id.clone(),
            at: self.0.clock.timestamp(),
            kind,
            outcome: Outcome::Failure,
            method: Some(row.channel.clone()),
            ip: None,
            device_id: None,
            device_name: None,
            user_agent: None,
            reason: Some("courier_unavailable".into()),
            request_id: row.request_id.clone(),
        })
        .await?;
        tx.commit().await
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

    /// Stops claiming and waits (at most one attempt's time limit) for attempts in
    /// flight, so a replica stopped by SIGTERM does not leave a message half-sent to be
    /// sent again by another replica after its lease.
    pub(super) async fn finish_in_flight(&self) {
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
