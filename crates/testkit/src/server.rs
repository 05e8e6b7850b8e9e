//! acctd inside the test process: its own runtime thread (so a test blocked on a
//! code never stalls the service it waits for), stopped when dropped.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use acct_client::{Client, ClientOptions};
use acctd::{Clock, Config, ManualClock};
use tokio::sync::oneshot;

/// How long `start` waits for the first answer (migrations included, on a busy machine).
const READY_WITHIN: Duration = Duration::from_secs(30);
/// How long a drop waits for the service to finish (drain, deliveries in flight).
const STOP_WITHIN: Duration = Duration::from_secs(10);

/// One acctd for one test. Fields are what tests read; the service stops on drop.
pub struct TestServer {
    /// `http://127.0.0.1:<port>`.
    pub url: String,
    /// The service's clock, unless started with [`Builder::system_clock`].
    pub clock: Arc<ManualClock>,
    /// Its directory: database (SQLite), `courier.jsonl`, key file.
    pub dir: ServerDir,
    /// The database URL the service uses.
    pub database: String,
    /// A client for `url`, made on the caller's runtime.
    pub client: Client,
    running: Option<Running>,
}

/// The thread acctd runs on, and how to stop it.
struct Running {
    /// Graceful, as SIGTERM: stop taking requests, drain, finish deliveries.
    stop: oneshot::Sender<()>,
    /// At once, as SIGKILL: every task of the service is dropped (a drop must not wait
    /// out the drain deadline for a connection a test left open).
    kill: oneshot::Sender<()>,
    /// Closed (sender dropped) when the thread is done. In a mutex only so that the
    /// server is `Sync` (tests share it across tasks in an `Arc`).
    done: std::sync::Mutex<std::sync::mpsc::Receiver<()>>,
    thread: std::thread::JoinHandle<()>,
}

/// A temp dir the server owns (deleted on drop), or a directory the test gave.
/// `dir.path()` as for a `TempDir`, and `dir.join(..)` as for a `Path`.
pub enum ServerDir {
    Temp(tempfile::TempDir),
    Given(PathBuf),
}

impl ServerDir {
    pub fn path(&self) -> &Path {
        match self {
            ServerDir::Temp(t) => t.path(),
            ServerDir::Given(p) => p,
        }
    }
}

impl std::ops::Deref for ServerDir {
    type Target = Path;
    fn deref(&self) -> &Path {
        self.path()
    }
}

/// How to start a [`TestServer`]; the defaults are the API suite's.
pub struct Builder {
    manual_clock: bool,
    postgres_from_env: bool,
    dir: Option<PathBuf>,
    workers: usize,
}

impl TestServer {
    /// acctd with the test configuration ([`Config::for_tests`]).
    pub async fn start() -> Self {
        Self::builder().start(|_, _| {}).await
    }

    /// acctd with the test configuration, changed by `adjust` before it starts.
    pub async fn with(adjust: impl FnOnce(&mut Config)) -> Self {
        Self::builder().start(|c, _| adjust(c)).await
    }

    /// Manual clock, PostgreSQL when `ACCTD_TEST_POSTGRES_URL` is set, a new temp dir,
    /// two runtime workers.
    pub fn builder() -> Builder {
        Builder {
            manual_clock: true,
            postgres_from_env: true,
            dir: None,
            workers: 2,
        }
    }

    /// Shuts down as SIGTERM does and waits until `serve` has returned (pool closed).
    pub async fn stop(&mut self) {
        if let Some(running) = self.running.take() {
            let _ = running.stop.send(());
            tokio::task::spawn_blocking(move || running.thread.join())
                .await
                .expect("join")
                .expect("acctd stopped cleanly");
        }
    }

    /// Waits (bounded: 10 s) until the drainer has taken every queued message:
    /// delivered, or dropped as a stand-in. Requests never wait for delivery.
    pub fn settle(&self) {
        crate::outbox::settle(&self.database);
    }

    pub fn courier_path(&self) -> PathBuf {
        self.dir.join("courier.jsonl")
    }

    /// Every message the courier delivered, oldest first, once the outbox is drained.
    pub fn messages(&self) -> Vec<serde_json::Value> {
        self.settle();
        crate::outbox::courier_messages(&self.courier_path())
    }

    /// The newest code sent to `to`.
    pub fn last_code(&self, to: &str) -> String {
        self.messages()
            .iter()
            .rev()
            .find(|m| m["to"] == to && m["code"].is_string())
            .and_then(|m| m["code"].as_str().map(str::to_string))
            .unwrap_or_else(|| panic!("no code was sent to {to}"))
    }

    pub fn clock_now(&self) -> i64 {
        self.clock.now()
    }

    pub fn advance(&self, secs: u64) {
        self.clock.advance(Duration::from_secs(secs));
    }
}

impl Builder {
    /// The real clock (for delivery tests: retries and leases run on it).
    pub fn system_clock(mut self) -> Self {
        self.manual_clock = false;
        self
    }

    /// SQLite even when `ACCTD_TEST_POSTGRES_URL` is set (the CLI suite).
    pub fn sqlite(mut self) -> Self {
        self.postgres_from_env = false;
        self
    }

    /// In `dir` (created if missing, left in place) instead of a new temp dir.
    pub fn dir(mut self, dir: &Path) -> Self {
        self.dir = Some(dir.to_path_buf());
        self
    }

    pub fn workers(mut self, n: usize) -> Self {
        self.workers = n.max(1);
        self
    }

    /// Starts acctd and returns once it answers. `adjust` gets the configuration
    /// (database and clock already set) and the server's directory.
    pub async fn start(self, adjust: impl FnOnce(&mut Config, &Path)) -> TestServer {
        let admin = crate::postgres::postgres_admin_url().filter(|_| self.postgres_from_env);
        let database = match admin {
            Some(admin) => Some(crate::postgres::fresh_postgres_database(&admin).await),
            None => None,
        };
        let (prepared, ready) = self.prepare(database, adjust);
        let ready = ready
            .await
            .unwrap_or_else(|_| Err("the acctd thread died".into()));
        prepared.finish(ready)
    }

    /// As [`Builder::start`], for a test that is not async (not inside a runtime).
    pub fn start_blocking(self, adjust: impl FnOnce(&mut Config, &Path)) -> TestServer {
        let admin = crate::postgres::postgres_admin_url().filter(|_| self.postgres_from_env);
        let database = admin.map(|admin| {
            tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("runtime")
                .block_on(crate::postgres::fresh_postgres_database(&admin))
        });
        let (prepared, ready) = self.prepare(database, adjust);
        let ready = ready
            .blocking_recv()
            .unwrap_or_else(|_| Err("the acctd thread died".into()));
        prepared.finish(ready)
    }

    /// Builds the configuration and starts the thread; `ready` says how start-up went.
    fn prepare(
        self,
        database: Option<String>,
        adjust: impl FnOnce(&mut Config, &Path),
    ) -> (Prepared, oneshot::Receiver<Result<SocketAddr, String>>) {
        let dir = match self.dir {
            Some(path) => {
                std::fs::create_dir_all(&path).expect("server dir");
                ServerDir::Given(path)
            }
            None => ServerDir::Temp(tempfile::tempdir().expect("temp dir")),
        };
        let clock = Arc::new(ManualClock::starting_now());
        let mut config = Config::for_tests(dir.path());
        if self.manual_clock {
            config.clock = clock.clone() as Arc<dyn Clock>;
        }
        if let Some(database) = database {
            config.database = database;
        }
        adjust(&mut config, dir.path());
        let database = config.database.clone();
        let (ready_tx, ready_rx) = oneshot::channel();
        let (stop, stop_rx) = oneshot::channel();
        let (kill, kill_rx) = oneshot::channel();
        let (done_tx, done) = std::sync::mpsc::channel::<()>();
        let workers = self.workers;
        let thread = std::thread::Builder::new()
            .name("acctd-under-test".into())
            .spawn(move || {
                run(workers, config, ready_tx, stop_rx, kill_rx);
                drop(done_tx);
            })
            .expect("spawn the acctd thread");
        let prepared = Prepared {
            dir,
            clock,
            database,
            running: Running {
                stop,
                kill,
                done: std::sync::Mutex::new(done),
                thread,
            },
        };
        (prepared, ready_rx)
    }
}

/// Started, not yet known to answer.
struct Prepared {
    dir: ServerDir,
    clock: Arc<ManualClock>,
    database: String,
    running: Running,
}

impl Prepared {
    fn finish(self, ready: Result<SocketAddr, String>) -> TestServer {
        // Built first: a failed start-up still stops the thread (on drop) before panicking.
        let url = ready
            .as_ref()
            .map(|a| format!("http://{a}"))
            .unwrap_or_default();
        let server = TestServer {
            client: Client::new(
                if url.is_empty() {
                    "http://127.0.0.1:9"
                } else {
                    &url
                },
                ClientOptions::default(),
            )
            .expect("client"),
            url,
            clock: self.clock,
            dir: self.dir,
            database: self.database,
            running: Some(self.running),
        };
        if let Err(e) = ready {
            panic!("acctd did not start: {e}");
        }
        server
    }
}

/// The acctd thread: serves until stopped or killed, after saying (once) whether it
/// answers.
fn run(
    workers: usize,
    config: Config,
    ready: oneshot::Sender<Result<SocketAddr, String>>,
    stop: oneshot::Receiver<()>,
    kill: oneshot::Receiver<()>,
) {
    let rt = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(workers)
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            let _ = ready.send(Err(format!("no runtime: {e}")));
            return;
        }
    };
    rt.block_on(async move {
        tokio::select! {
            () = serve_until_stopped(config, ready, stop) => {}
            Ok(()) = kill => {}
        }
    });
    // Whatever is left (after a kill: everything; after a stop: a slow delivery) is
    // dropped here, blocking work waited for at most a second.
    rt.shutdown_timeout(Duration::from_secs(1));
}

/// Serves until `stop`, after saying (once) whether the service answers.
async fn serve_until_stopped(
    config: Config,
    ready: oneshot::Sender<Result<SocketAddr, String>>,
    stop: oneshot::Receiver<()>,
) {
    let listener = match tokio::net::TcpListener::bind("127.0.0.1:0").await {
        Ok(l) => l,
        Err(e) => {
            let _ = ready.send(Err(format!("cannot bind 127.0.0.1:0: {e}")));
            return;
        }
    };
    let Ok(addr) = listener.local_addr() else {
        let _ = ready.send(Err("no local address".into()));
        return;
    };
    let shutdown = async move {
        let _ = stop.await;
    };
    let mut serving = tokio::spawn(acctd::serve(listener, config, shutdown));
    tokio::select! {
        ended = &mut serving => {
            let why = match ended {
                Ok(Err(e)) => format!("{e:#}"),
                Ok(Ok(())) => "serve returned before answering".into(),
                Err(e) => format!("serve panicked: {e}"),
            };
            let _ = ready.send(Err(why));
            return;
        }
        answered = answers(addr) => {
            let _ = ready.send(answered.then_some(addr).ok_or_else(|| {
                format!("no answer on {addr} within {READY_WITHIN:?}")
            }));
        }
    }
    match serving.await {
        Ok(Err(e)) => eprintln!("acctd failed: {e:#}"),
        Err(e) => eprintln!("acctd panicked: {e}"),
        Ok(Ok(())) => {}
    }
}

/// Polls `GET /v1` (10 ms apart, bounded) until the service answers.
async fn answers(addr: SocketAddr) -> bool {
    let Ok(client) = Client::new(&format!("http://{addr}"), ClientOptions::default()) else {
        return false;
    };
    let until = tokio::time::Instant::now() + READY_WITHIN;
    while tokio::time::Instant::now() < until {
        if client.service_info().await.is_ok() {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    false
}

impl Drop for TestServer {
    /// Kills the service (every task dropped, as SIGKILL would) and waits (bounded)
    /// until its thread is done, also when the test panicked: nothing of it keeps
    /// running into the next test. `stop` is the graceful way.
    fn drop(&mut self) {
        if let Some(running) = self.running.take() {
            let _ = running.kill.send(());
            // Disconnected once the thread is done; a timeout leaves it to finish alone.
            let done = running.done.lock().map(|d| d.recv_timeout(STOP_WITHIN));
            if let Ok(Err(std::sync::mpsc::RecvTimeoutError::Disconnected)) = done {
                let _ = running.thread.join();
            }
        }
    }
}
