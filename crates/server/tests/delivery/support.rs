//! Support for the delivery tests: an in-process acctd with the couriers a test
//! names (crates/testkit), and an SMS gateway on loopback that checks signatures and
//! answers as told.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use hmac::{Hmac, Mac};
use sha2::Sha256;

pub const PASSWORD: &str = "violet-Quartz-91";
pub const WEBHOOK_SECRET: &str = "test-webhook-secret-0123456789abcdef";

/// An acctd inside the test process (crates/testkit), on the real clock: start one with
/// `Server::builder().system_clock().start(|config, dir| …)`.
pub use acct_testkit::{fresh_postgres_database, TestServer as Server};

/// How the gateway answers the next requests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// 200.
    Accept,
    /// This many 503s, then 200.
    FailFirst(u32),
    /// Always this status.
    Always(u16),
    /// Never answers (a gateway that hangs).
    Hold,
    /// 200 after this many milliseconds.
    Slow(u64),
}

/// One request the gateway saw.
#[derive(Debug, Clone)]
pub struct Received {
    pub delivery: Option<String>,
    pub to: String,
    pub text: String,
    pub purpose: String,
    pub signature_ok: bool,
    /// The status answered; 0 while held.
    pub answered: u16,
}

struct GatewayState {
    mode: Mutex<Mode>,
    received: Mutex<Vec<Received>>,
}

/// An SMS gateway on a loopback port.
pub struct Gateway {
    pub url: String,
    state: Arc<GatewayState>,
    task: tokio::task::JoinHandle<()>,
}

impl Gateway {
    pub async fn start(mode: Mode) -> Self {
        let state = Arc::new(GatewayState {
            mode: Mutex::new(mode),
            received: Mutex::new(Vec::new()),
        });
        let app = axum::Router::new()
            .route("/sms", axum::routing::post(receive))
            .with_state(state.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind gateway");
        let url = format!("http://{}/sms", listener.local_addr().expect("addr"));
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Self { url, state, task }
    }

    /// Closes the port: from now on connections are refused (a gateway that is down).
    pub async fn close(&self) {
        self.task.abort();
        for _ in 0..100 {
            let addr = self
                .url
                .trim_start_matches("http://")
                .trim_end_matches("/sms");
            if tokio::net::TcpStream::connect(addr).await.is_err() {
                return;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        panic!("the gateway port stayed open");
    }

    pub fn set_mode(&self, mode: Mode) {
        *self.state.mode.lock().expect("mode") = mode;
    }

    pub fn received(&self) -> Vec<Received> {
        self.state.received.lock().expect("received").clone()
    }

    /// Requests answered 200 for `to`.
    pub fn delivered_to(&self, to: &str) -> Vec<Received> {
        self.received()
            .into_iter()
            .filter(|r| r.to == to && r.answered == 200)
            .collect()
    }

    /// Waits (bounded) until `n` messages to `to` were answered 200.
    pub async fn wait_delivered(&self, to: &str, n: usize, within: Duration) -> Vec<Received> {
        let end = tokio::time::Instant::now() + within;
        loop {
            let got = self.delivered_to(to);
            if got.len() >= n || tokio::time::Instant::now() >= end {
                return got;
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }

    /// The code in the `n`th message (1-based) delivered to `to`, waiting (bounded) for
    /// the drainer to deliver it: requests never wait for delivery themselves.
    pub async fn code(&self, to: &str, n: usize) -> String {
        let got = self.wait_delivered(to, n, Duration::from_secs(10)).await;
        let text = &got
            .get(n - 1)
            .unwrap_or_else(|| panic!("message {n} to {to} was not delivered: {got:?}"))
            .text;
        code_in(text).unwrap_or_else(|| panic!("no code in {text:?}"))
    }
}

/// The first run of six digits in a text.
pub fn code_in(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    chars.windows(6).find_map(|w| {
        w.iter()
            .all(char::is_ascii_digit)
            .then(|| w.iter().collect::<String>())
    })
}

async fn receive(
    State(state): State<Arc<GatewayState>>,
    headers: HeaderMap,
    body: Bytes,
) -> StatusCode {
    let header = |n: &str| {
        headers
            .get(n)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    };
    let timestamp = header("x-acct-timestamp").unwrap_or_default();
    let fresh = timestamp
        .parse::<i64>()
        .map(|t| (t - time::OffsetDateTime::now_utc().unix_timestamp()).abs() < 300)
        .unwrap_or(false);
    let mut mac = Hmac::<Sha256>::new_from_slice(WEBHOOK_SECRET.as_bytes()).expect("hmac");
    mac.update(timestamp.as_bytes());
    mac.update(b".");
    mac.update(&body);
    let expected = format!("sha256={}", hex::encode(mac.finalize().into_bytes()));
    let signature_ok = fresh && header("x-acct-signature").as_deref() == Some(expected.as_str());
    let json: serde_json::Value = serde_json::from_slice(&body).unwrap_or_default();
    let field = |k: &str| json[k].as_str().unwrap_or_default().to_string();
    let mut delay = 0;
    let answer = {
        let mut mode = state.mode.lock().expect("mode");
        match *mode {
            Mode::Slow(ms) => {
                delay = ms;
                Some(200)
            }
            Mode::Accept => Some(200),
            Mode::FailFirst(0) => Some(200),
            Mode::FailFirst(n) => {
                *mode = Mode::FailFirst(n - 1);
                Some(503)
            }
            Mode::Always(s) => Some(s),
            Mode::Hold => None,
        }
    };
    let answer = answer.map(|a| if signature_ok { a } else { 401 });
    tokio::time::sleep(Duration::from_millis(delay)).await;
    state.received.lock().expect("received").push(Received {
        delivery: header("x-acct-delivery"),
        to: field("to"),
        text: field("text"),
        purpose: field("purpose"),
        signature_ok,
        answered: answer.unwrap_or(0),
    });
    match answer {
        Some(s) => StatusCode::from_u16(s).unwrap_or(StatusCode::OK),
        None => std::future::pending().await,
    }
}
