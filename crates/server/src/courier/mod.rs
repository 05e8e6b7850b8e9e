//! Delivery of codes and notices: `log` (stdout, for development) and
//! `file:PATH` (one JSON line per message, for tests and local tooling).
//! SMTP and an SMS webhook implement the same trait.

use std::io::Write;
use std::path::PathBuf;
use std::sync::Mutex;

use acct_api::Channel;
use futures_util::future::BoxFuture;
use serde::Serialize;

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
    /// The text a person reads.
    #[serde(skip)]
    pub text: String,
    #[serde(with = "time::serde::rfc3339")]
    pub at: time::OffsetDateTime,
}

impl std::fmt::Debug for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Message")
            .field("channel", &self.channel)
            .field("purpose", &self.purpose)
            .field("code", &self.code.as_ref().map(|_| "<redacted>"))
            .finish()
    }
}

pub trait Courier: Send + Sync + 'static {
    fn deliver<'a>(&'a self, msg: &'a Message) -> BoxFuture<'a, anyhow::Result<()>>;
}

/// Builds the courier named by a `--courier` spec.
pub fn from_spec(spec: &str) -> anyhow::Result<Box<dyn Courier>> {
    if spec == "log" {
        return Ok(Box::new(LogCourier));
    }
    if let Some(path) = spec.strip_prefix("file:") {
        if path.is_empty() {
            anyhow::bail!("courier file: needs a path, e.g. file:/tmp/acctd-courier.jsonl");
        }
        return Ok(Box::new(FileCourier::new(PathBuf::from(path))));
    }
    anyhow::bail!("unknown courier {spec:?}: use `log` or `file:PATH`")
}

/// Prints messages on stdout: the development courier (`acctd --dev`).
/// Stdout is the operator's console here, not the service log.
pub struct LogCourier;

impl Courier for LogCourier {
    fn deliver<'a>(&'a self, msg: &'a Message) -> BoxFuture<'a, anyhow::Result<()>> {
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
            )?;
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
    fn deliver<'a>(&'a self, msg: &'a Message) -> BoxFuture<'a, anyhow::Result<()>> {
        Box::pin(async move {
            let mut line = serde_json::to_vec(msg)?;
            line.push(b'\n');
            let _guard = self
                .lock
                .lock()
                .map_err(|_| anyhow::anyhow!("courier lock poisoned"))?;
            // One write of the whole line with O_APPEND keeps lines whole across processes.
            let mut f = std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(&self.path)?;
            f.write_all(&line)?;
            Ok(())
        })
    }
}
