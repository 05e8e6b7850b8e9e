//! Test support: each test gets its own acctd on a 127.0.0.1:0 listener, with a
//! manual clock, the file courier and a fresh database — SQLite in a temp dir,
//! or a new PostgreSQL database when ACCTD_TEST_POSTGRES_URL is set.

use std::sync::Arc;
use std::time::Duration;

use acct_api::{Flow, FlowInput, FlowStatus, LoginMethod, Session, StartFlow};
use acct_client::{Client, ClientError, ClientOptions};
use acctd::{Clock, Config, ManualClock};
use sqlx::Connection;

pub struct TestServer {
    pub url: String,
    pub clock: Arc<ManualClock>,
    pub dir: tempfile::TempDir,
    pub database: String,
    pub client: Client,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    /// acctd runs on its own runtime thread, so a test blocked in `last_code` (polling
    /// for the drainer's delivery) never stalls the service it waits for.
    thread: Option<std::thread::JoinHandle<()>>,
}

impl TestServer {
    pub async fn start() -> Self {
        Self::with(|_| {}).await
    }

    pub async fn with(adjust: impl FnOnce(&mut Config)) -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let clock = Arc::new(ManualClock::starting_now());
        let mut config = Config::for_tests(dir.path());
        config.clock = clock.clone() as Arc<dyn Clock>;
        if let Ok(admin) = std::env::var("ACCTD_TEST_POSTGRES_URL") {
            config.database = fresh_postgres_database(&admin).await;
        }
        adjust(&mut config);
        let database = config.database.clone();
        let (addr_tx, addr_rx) = tokio::sync::oneshot::channel();
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        let thread = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .expect("acctd runtime");
            rt.block_on(async move {
                let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
                    .await
                    .expect("bind");
                let _ = addr_tx.send(listener.local_addr().expect("addr"));
                let shutdown = async move {
                    let _ = rx.await;
                };
                if let Err(e) = acctd::serve(listener, config, shutdown).await {
                    panic!("acctd failed: {e:#}");
                }
            });
            // A dropped (not stopped) server may leave a slow delivery behind: cut it short.
            rt.shutdown_timeout(Duration::from_secs(1));
        });
        let addr = addr_rx.await.expect("acctd did not start");
        let url = format!("http://{addr}");
        let client = Client::new(&url, ClientOptions::default()).expect("client");
        wait_ready(&client).await;
        Self {
            url,
            clock,
            dir,
            database,
            client,
            shutdown: Some(tx),
            thread: Some(thread),
        }
    }

    /// Shuts down as SIGTERM does and waits until `serve` has returned (pool closed).
    pub async fn stop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(t) = self.thread.take() {
            tokio::task::spawn_blocking(move || t.join())
                .await
                .expect("join")
                .expect("acctd stopped cleanly");
        }
    }

    /// Waits (bounded) until the drainer has taken every queued message: delivered,
    /// or dropped as a stand-in. Deterministic, unlike a sleep: the outbox says so.
    pub fn settle(&self) {
        let database = self.database.clone();
        std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("runtime");
            rt.block_on(wait_outbox_empty(&database));
        })
        .join()
        .expect("outbox check");
    }

    pub fn courier_path(&self) -> std::path::PathBuf {
        self.dir.path().join("courier.jsonl")
    }

    /// Every message the courier delivered, oldest first, once the outbox is drained.
    pub fn messages(&self) -> Vec<serde_json::Value> {
        self.settle();
        let text = std::fs::read_to_string(self.courier_path()).unwrap_or_default();
        text.lines()
            .map(|l| serde_json::from_str(l).expect("courier line is JSON"))
            .collect()
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

    pub fn authed(&self, session: &Session) -> Client {
        self.client.with_token(&session.access_token)
    }

    /// Signs up a phone account with an optional password and returns its session.
    pub async fn signup_phone(&self, phone: &str, password: Option<&str>) -> Session {
        let flow = self
            .client
            .start_flow(&StartFlow::Signup {
                phone: Some(phone.into()),
                email: None,
                password: password.map(str::to_string).map(Into::into),
                name: Some("Test".into()),
                device_name: Some("test-device".into()),
            })
            .await
            .expect("signup starts");
        let done = self
            .submit_code(&flow, &self.last_code(phone))
            .await
            .expect("signup completes");
        done.result
            .and_then(|r| r.session)
            .expect("signup signs in")
    }

    pub async fn submit_code(&self, flow: &Flow, code: &str) -> Result<Flow, ClientError> {
        let input = FlowInput {
            code: Some(code.into()),
            ..FlowInput::default()
        };
        self.client.advance_flow(&flow.flow_id, &input).await
    }

    pub async fn password_login(&self, login: &str, password: &str) -> Result<Flow, ClientError> {
        self.client
            .start_flow(&StartFlow::Login {
                login: login.into(),
                method: LoginMethod::Password,
                password: Some(password.into()),
                device_name: Some("test-login".into()),
            })
            .await
    }

    pub async fn login_session(&self, login: &str, password: &str) -> Session {
        let flow = self.password_login(login, password).await.expect("login");
        assert_eq!(flow.status, FlowStatus::Complete);
        flow.result.and_then(|r| r.session).expect("session")
    }

    /// A client that connects from another loopback address: to the service it is
    /// a network this account never signed in from.
    pub fn client_from(&self, ip: &str) -> Client {
        let options = ClientOptions {
            local_address: Some(ip.parse().expect("ip")),
            ..ClientOptions::default()
        };
        Client::new(&self.url, options).expect("client")
    }

    /// Gives an account a staff role directly in the database (as `acctd staff grant` does).
    pub async fn grant(&self, account_id: &str, role: &str) {
        let mut db = self.db().await;
        sqlx::query("UPDATE accounts SET roles = $1 WHERE id = $2")
            .bind(role)
            .bind(account_id)
            .execute(&mut db)
            .await
            .expect("grant");
    }

    /// A direct connection to the test's database, for checks the API must not offer.
    pub async fn db(&self) -> sqlx::AnyConnection {
        sqlx::any::install_default_drivers();
        sqlx::AnyConnection::connect(&self.database)
            .await
            .expect("db connect")
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        // Not joined: the thread finishes on its own (bounded by the drain).
        drop(self.thread.take());
    }
}

/// Polls the outbox (10 ms apart, at most 10 s) until no message is pending.
async fn wait_outbox_empty(database: &str) {
    sqlx::any::install_default_drivers();
    let Ok(mut db) = sqlx::AnyConnection::connect(database).await else {
        return;
    };
    for _ in 0..1000 {
        let pending: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE status = 'pending'")
                .fetch_one(&mut db)
                .await
                .unwrap_or(0);
        if pending == 0 {
            return;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

async fn wait_ready(client: &Client) {
    for _ in 0..200 {
        if client.service_info().await.is_ok() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("acctd did not come up");
}

/// Creates a uniquely named database on the admin server and returns its URL.
async fn fresh_postgres_database(admin: &str) -> String {
    sqlx::any::install_default_drivers();
    let name = format!("acctd_test_{}", acctd::secret::new_id());
    let mut conn = sqlx::AnyConnection::connect(admin)
        .await
        .expect("connect to ACCTD_TEST_POSTGRES_URL");
    sqlx::raw_sql(&format!("CREATE DATABASE {name}"))
        .execute(&mut conn)
        .await
        .expect("create test database");
    let base = admin.rsplit_once('/').map(|(b, _)| b).unwrap_or(admin);
    format!("{base}/{name}")
}

/// A sign-up by phone with nothing else given.
pub fn phone_signup(phone: &str) -> StartFlow {
    StartFlow::Signup {
        phone: Some(phone.into()),
        email: None,
        password: None,
        name: None,
        device_name: None,
    }
}

/// The API error code of a failed call.
pub fn code_of<T: std::fmt::Debug>(r: Result<T, ClientError>) -> acct_api::ErrorCode {
    match r {
        Err(e) => e.code().unwrap_or_else(|| panic!("not an API error: {e}")),
        Ok(v) => panic!("expected an error, got {v:?}"),
    }
}

pub fn error_of<T: std::fmt::Debug>(r: Result<T, ClientError>) -> ClientError {
    match r {
        Err(e) => e,
        Ok(v) => panic!("expected an error, got {v:?}"),
    }
}

pub const PASSWORD: &str = "violet-Quartz-91";
