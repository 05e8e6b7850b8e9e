//! The outbox: every message is written to the database, sealed, before any courier
//! sees it, then delivered in the background by whichever replica claims it.
//!
//! No request waits on a courier or learns how delivery went: a request enqueues the
//! message (inside its own transaction where it has one, see [`Outbox::enqueue_in`])
//! and answers; the drainer of every replica claims due messages with a lease and
//! attempts them, retrying with backoff until delivered, refused, out of attempts or
//! past the code's lifetime ([`super::drainer`]). A give-up goes to the owner's
//! activity log, in one unit of work with the mark. A stand-in (the message of a flow
//! with no account behind it) is enqueued exactly like a real one and dropped by the
//! drainer unsent, so an unknown login costs the request the same writes as a known
//! one. Marking a message sent, dropped or given up erases its payload; until then
//! the payload is sealed ([`super::seal`]).
//!
//! Outbox times are wall-clock milliseconds, not the service [`Clock`]: leases and
//! backoff are about real couriers and real crashes, which test clocks do not move.

use std::sync::atomic::{AtomicBool, AtomicUsize};
use std::sync::Arc;

use acct_api::Channel;
use futures_util::future::BoxFuture;
use serde::{Deserialize, Serialize};
use tokio::sync::Notify;

use super::seal::{Binding, Sealer};
use super::{ChannelCouriers, DeliveryError, DeliverySettings, Message};
use crate::clock::{to_datetime, wall_ms, Clock};
use crate::secret::ServerKey;
use crate::store::{NewOutboxMessage, OutboxRow, Store, Uow};

/// The durable courier the service talks to. Cheap to clone.
#[derive(Clone)]
pub struct Outbox(pub(super) Arc<Inner>);

pub(super) struct Inner {
    pub(super) store: Store,
    pub(super) couriers: ChannelCouriers,
    pub(super) settings: DeliverySettings,
    pub(super) clock: Arc<dyn Clock>,
    pub(super) sealer: Sealer,
    /// Names this process's claims.
    pub(super) replica: String,
    /// Set on shutdown: no new claims, in-flight attempts finish.
    pub(super) stopping: AtomicBool,
    pub(super) in_flight: AtomicUsize,
    pub(super) idle: Notify,
    /// Wakes this replica's drainer: a message was committed, or an attempt ended.
    pub(super) wake: Notify,
}

/// What the sealed payload holds until the message is delivered or given up.
#[derive(Serialize, Deserialize)]
pub(super) struct Payload {
    pub(super) code: Option<String>,
    pub(super) link: Option<String>,
    pub(super) text: String,
    pub(super) language: Option<String>,
    /// When the message was made (service clock, Unix seconds).
    pub(super) at: i64,
    /// A stand-in: dropped by the drainer, never delivered.
    #[serde(default)]
    pub(super) stand_in: bool,
}

pub(super) fn ms(v: u64) -> i64 {
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
        let app_now = self.0.clock.timestamp();
        let expires_at_ms = match msg.valid_until {
            Some(until) => now.saturating_add(app_now.secs_until(until).saturating_mul(1000)),
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

    pub(super) fn open(&self, row: &OutboxRow) -> Result<Payload, DeliveryError> {
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

    pub(super) fn message_of(
        &self,
        row: &OutboxRow,
        payload: Payload,
    ) -> Result<Message, DeliveryError> {
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
}

fn outbox_unwritable(e: sqlx::Error) -> DeliveryError {
    tracing::error!(error = %e, "could not write to the outbox");
    DeliveryError::Transient("the outbox could not be written".into())
}
