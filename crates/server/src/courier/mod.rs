//! Delivery of codes and notices. Channel couriers do the sending: `log` (stdout,
//! for development), `file:PATH` (one JSON line per message, for tests and local
//! tooling), `smtp://`/`smtps://` (email) and `webhook:URL` (an SMS gateway).
//! The service itself talks to one [`outbox::Outbox`], which keeps every message in
//! the database (sealed) until a channel courier has taken it; no request waits on it.

mod choice;
mod drainer;
pub mod notices;
pub mod outbox;
mod seal;
mod smtp;
pub mod text;
mod webhook;

use std::io::Write;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use acct_api::Channel;
use futures_util::future::BoxFuture;
use serde::{Deserialize, Serialize};

pub use choice::{channel_couriers, CourierSpecs};
pub use outbox::Outbox;

/// One message to one destination.
#[derive(Clone, Serialize)]
pub struct Message {
    pub channel: Channel,
    pub to: String,
    /// What the message is for: `signup`, `login`, `notice`, …
    pub purpose: String,
    /// The one-time code, if the message carries one.
    pub code: Option<String>,
    pub link: Option<String>,
    /// The text a person reads (on every line of the file courier, so messages
    /// without a code, such as find-my-ID, can be read end to end).
    pub text: String,
    #[serde(with = "time::serde::rfc3339")]
    pub at: time::OffsetDateTime,
    /// BCP 47 language of the recipient (`en`, `zh-Hans`); `None` = English.
    #[serde(skip)]
    pub language: Option<String>,
    /// The account the message concerns, when known (for the activity log).
    #[serde(skip)]
    pub account_id: Option<String>,
    #[serde(skip)]
    pub request_id: Option<String>,
    /// The outbox id: the same on every attempt, so receivers can drop repeats.
    #[serde(skip)]
    pub delivery_id: Option<i64>,
    /// By the service clock, when delivering becomes pointless (the code's expiry).
    #[serde(skip)]
    pub valid_until: Option<crate::clock::Timestamp>,
    /// The flow whose code or link this is (`Flow.delivery` reads its progress).
    #[serde(skip)]
    pub flow_id: Option<String>,
    /// The stand-in of a flow with no account behind it: enqueued like any message,
    /// dropped by the drainer without delivery.
    #[serde(skip)]
    pub stand_in: bool,
}

impl Message {
    pub fn new(
        channel: Channel,
        to: &str,
        purpose: &str,
        text: String,
        at: time::OffsetDateTime,
    ) -> Self {
        Self {
            channel,
            to: to.to_string(),
            purpose: purpose.to_string(),
            code: None,
            link: None,
            text,
            at,
            language: None,
            account_id: None,
            request_id: None,
            delivery_id: None,
            valid_until: None,
            flow_id: None,
            stand_in: false,
        }
    }
}

impl std::fmt::Debug for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Message")
            .field("channel", &self.channel)
            .field("purpose", &self.purpose)
            .field("code", &self.code.as_ref().map(|_| "<redacted>"))
            .field("delivery_id", &self.delivery_id)
            .finish()
    }
}

/// Why a delivery failed, as far as retrying is concerned. The text never holds a
/// secret (no code, password or message body): it is stored and logged.
#[derive(Debug, Clone, thiserror::Error)]
pub enum DeliveryError {
    /// Worth retrying: timeouts, connection errors, 5xx, 4xx SMTP replies.
    #[error("temporary delivery failure: {0}")]
    Transient(String),
    /// Retrying will not help: the gateway refused the message (4xx), the mail server
    /// answered 5xx, or the message cannot be built.
    #[error("permanent delivery failure: {0}")]
    Permanent(String),
}

impl DeliveryError {
    pub fn is_permanent(&self) -> bool {
        matches!(self, DeliveryError::Permanent(_))
    }
}

pub trait Courier: Send + Sync + 'static {
    /// Hands the message to the channel (one attempt; the outbox retries).
    fn deliver<'a>(&'a self, msg: &'a Message) -> BoxFuture<'a, Result<(), DeliveryError>>;
}

/// Background work (the outbox drainer), running until dropped (also when `serve`
/// itself is dropped rather than shut down, as tests do).
pub struct Background(tokio::task::JoinHandle<()>);

impl Background {
    pub fn spawn(work: BoxFuture<'static, ()>) -> Self {
        Self(tokio::spawn(work))
    }
}

impl Drop for Background {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// Delivery timing; all in milliseconds.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DeliverySettings {
    /// Ignored: no request waits for a courier any more (kept so old configs load).
    pub wait_ms: u64,
    /// Attempts one replica runs at once.
    pub max_in_flight: usize,
    /// Sign-in and password-reset flows show `delivery = unconfirmed` (with what to do if
    /// the code has not arrived) this long after the send, whatever became of it.
    pub unconfirmed_after_ms: u64,
    /// Time limit of one attempt (connect, send, answer).
    pub attempt_timeout_ms: u64,
    /// A claimed message is another replica's to retry after this long; longer than an attempt.
    pub lease_ms: u64,
    /// How often each replica looks for due messages.
    pub poll_ms: u64,
    /// First retry delay; it doubles per attempt, up to `retry_max_ms`.
    pub retry_base_ms: u64,
    pub retry_max_ms: u64,
    /// Attempts before a message is given up (it is also given up when its code expires).
    pub max_attempts: i64,
    /// How long notices (messages without a code) are retried.
    pub notice_ttl_ms: u64,
    /// How long the metadata of sent or failed messages is kept.
    pub retention_ms: u64,
}

impl Default for DeliverySettings {
    fn default() -> Self {
        Self {
            wait_ms: 2_000,
            max_in_flight: 32,
            unconfirmed_after_ms: 60_000,
            attempt_timeout_ms: 10_000,
            lease_ms: 30_000,
            poll_ms: 1_000,
            retry_base_ms: 250,
            retry_max_ms: 300_000,
            max_attempts: 12,
            notice_ttl_ms: 86_400_000,
            retention_ms: 7 * 86_400_000,
        }
    }
}

/// The couriers that serve each channel.
#[derive(Clone)]
pub struct ChannelCouriers {
    pub email: Arc<dyn Courier>,
    pub sms: Arc<dyn Courier>,
}

impl ChannelCouriers {
    pub fn for_channel(&self, channel: Channel) -> &Arc<dyn Courier> {
        match channel {
            Channel::Email => &self.email,
            Channel::Sms => &self.sms,
        }
    }
}

/// A courier spec (list) with any password in a URL hidden, for logs and errors.
pub fn redact_spec(spec: &str) -> String {
    spec.split(',')
        .map(|s| {
            let s = s.trim();
            match s.strip_prefix("webhook:") {
                Some(url) => format!("webhook:{}", redact_userinfo(url)),
                None => redact_userinfo(s),
            }
        })
        .collect::<Vec<_>>()
        .join(",")
}

/// Replaces the password of `scheme://user:password@host…` with `***`; only the
/// authority is looked at, so an `@` in a query (`?from=a@b.c`) is left alone.
fn redact_userinfo(url: &str) -> String {
    let Some(start) = url.find("://").map(|i| i + 3) else {
        return url.to_string();
    };
    let rest = &url[start..];
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..authority_end];
    match authority.rfind('@') {
        Some(at) => {
            let user = authority[..at].split(':').next().unwrap_or("");
            format!("{}{user}:***{}", &url[..start], &rest[at..])
        }
        None => url.to_string(),
    }
}

/// Prints messages on stdout: the development courier (`acctd --dev`).
/// Stdout is the operator's console here, not the service log.
pub struct LogCourier;

impl Courier for LogCourier {
    fn deliver<'a>(&'a self, msg: &'a Message) -> BoxFuture<'a, Result<(), DeliveryError>> {
        Box::pin(async move {
            let channel = match msg.channel {
                Channel::Sms => "sms",
                Channel::Email => "email",
            };
            let mut out = std::io::stdout().lock();
            writeln!(
                out,
                "[courier] {channel} to {} ({}): {}",
                msg.to, msg.purpose, msg.text
            )
            .map_err(|e| DeliveryError::Transient(format!("stdout: {e}")))?;
            Ok(())
        })
    }
}

/// Appends one JSON line per message to a file.
pub struct FileCourier {
    path: PathBuf,
    lock: Mutex<()>,
}

impl FileCourier {
    pub fn new(path: PathBuf) -> Self {
        Self {
            path,
            lock: Mutex::new(()),
        }
    }
}

impl Courier for FileCourier {
    fn deliver<'a>(&'a self, msg: &'a Message) -> BoxFuture<'a, Result<(), DeliveryError>> {
        Box::pin(async move {
            let io = |e: std::io::Error| DeliveryError::Transient(format!("courier file: {e}"));
            let mut line =
                serde_json::to_vec(msg).map_err(|e| DeliveryError::Permanent(e.to_string()))?;
            line.push(b'\n');
            let _guard = self
                .lock
                .lock()
                .map_err(|_| DeliveryError::Transient("courier lock poisoned".into()))?;
            // One write of the whole line with O_APPEND keeps lines whole across processes.
            let mut opts = std::fs::OpenOptions::new();
            opts.create(true).append(true);
            // The file holds codes: the owner's alone.
            #[cfg(unix)]
            {
                use std::os::unix::fs::OpenOptionsExt;
                opts.mode(0o600);
            }
            let mut f = opts.open(&self.path).map_err(io)?;
            f.write_all(&line).map_err(io)?;
            Ok(())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn specs<'a>(
        courier: &'a str,
        secret: Option<&'a str>,
        s: &'a DeliverySettings,
    ) -> CourierSpecs<'a> {
        CourierSpecs {
            courier,
            email: None,
            sms: None,
            webhook_secret: secret,
            settings: s,
        }
    }

    #[test]
    fn each_channel_needs_a_courier_and_only_one() {
        let s = DeliverySettings::default();
        assert!(channel_couriers(&specs("log", None, &s)).is_ok());
        assert!(channel_couriers(&specs("file:/tmp/x.jsonl", None, &s)).is_ok());
        let e = channel_couriers(&specs("smtp://h:25?from=a@b.c&tls=none", None, &s))
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(e.contains("sms"), "{e}");
        assert!(channel_couriers(&specs("smtp://h:25?from=a@b.c&tls=none,log", None, &s)).is_ok());
        assert!(channel_couriers(&specs("log,file:/tmp/x", None, &s)).is_err());
        assert!(channel_couriers(&specs("nope", None, &s)).is_err());
    }

    #[test]
    fn a_webhook_needs_a_secret() {
        let s = DeliverySettings::default();
        assert!(channel_couriers(&specs("log,webhook:http://127.0.0.1:9/sms", None, &s)).is_err());
        assert!(
            channel_couriers(&specs("log,webhook:http://127.0.0.1:9/sms", Some("k"), &s)).is_ok()
        );
    }

    #[test]
    fn delivery_settings_come_from_env_and_secrets_stay_out_of_debug() {
        let env: Vec<(String, String)> = [
            ("ACCTD_DELIVERY_LEASE_MS", "45000"),
            ("ACCTD_WEBHOOK_SECRET", "123456789"),
            // CI exports it for scripts/test.sh; spawned binaries must not trip over it.
            ("ACCTD_REQUIRE_POSTGRES", "1"),
            (
                "ACCTD_COURIER",
                "smtps://m:hunter2@mail.example?from=a%40b.c,log",
            ),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        let c = crate::config::Config::load(None, &env).unwrap();
        assert_eq!(c.delivery.lease_ms, 45_000);
        assert_eq!(
            c.delivery.wait_ms, 2_000,
            "untouched settings keep defaults"
        );
        assert_eq!(c.webhook_secret.as_deref(), Some("123456789"));
        let debug = format!("{c:?}");
        assert!(
            !debug.contains("hunter2") && !debug.contains("123456789"),
            "{debug}"
        );
    }

    #[test]
    fn passwords_in_courier_urls_are_redacted() {
        let r = redact_spec(
            "smtps://mailer:hunter2@mail.example:465?from=a@b.c,webhook:https://u:pw@gw/sms",
        );
        assert!(!r.contains("hunter2") && !r.contains(":pw@"), "{r}");
        assert!(r.contains("mail.example"), "{r}");
    }
}
