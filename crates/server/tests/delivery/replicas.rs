//! Two real `acctd` processes on one PostgreSQL database behave as one service:
//! sessions, codes and limits are shared, and a replica killed with messages still
//! in its outbox has them delivered, once, by the other.
//! Needs ACCTD_TEST_POSTGRES_URL (scripts/test.sh sets it); skipped without it.

use std::io::BufRead;
use std::process::Command;
use std::time::Duration;

use acct_api::{ErrorCode, FlowInput, FlowStatus, StartFlow};
use acct_client::{Client, ClientOptions};
use acct_testkit::AcctdProcess;

use crate::support::{fresh_postgres_database, Gateway, Mode, PASSWORD, WEBHOOK_SECRET};

/// One real acctd (crates/testkit: killed and reaped on drop) and a client for it.
struct Replica {
    child: AcctdProcess,
    client: Client,
}

impl Replica {
    fn start(database: &str, gateway: &str, log: &std::path::Path) -> Self {
        let stderr = std::fs::File::create(log).unwrap();
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_acctd"));
        // Only the settings below: nothing inherited from the environment of the test run.
        for (k, _) in std::env::vars().filter(|(k, _)| k.starts_with("ACCTD_")) {
            cmd.env_remove(k);
        }
        cmd.args(["--listen", "127.0.0.1:0", "--database", database])
            .arg("--courier")
            .arg(format!("log,webhook:{gateway}"))
            .env("ACCTD_SECRET_KEY", "22".repeat(32))
            .env("ACCTD_WEBHOOK_SECRET", WEBHOOK_SECRET)
            .env("ACCTD_PASSWORD_ARGON2_MEMORY_KIB", "8192")
            .env("ACCTD_PASSWORD_ARGON2_ITERATIONS", "1")
            .env("ACCTD_LIMITS_CODE_RESEND_COOLDOWN", "0")
            .env("ACCTD_LIMITS_CODES_PER_DESTINATION_PER_DAY", "4")
            .env("ACCTD_DELIVERY_ATTEMPT_TIMEOUT_MS", "2000")
            .env("ACCTD_DELIVERY_LEASE_MS", "3000")
            .env("ACCTD_DELIVERY_POLL_MS", "100")
            .env("RUST_LOG", "info")
            .stderr(stderr);
        let mut child = AcctdProcess::spawn(&mut cmd);
        // The `log` courier prints on stdout: keep the pipe drained.
        let mut stdout = child.stdout.take().unwrap();
        std::thread::spawn(move || {
            let mut sink = String::new();
            while stdout.read_line(&mut sink).map(|n| n > 0).unwrap_or(false) {
                sink.clear();
            }
        });
        let client = Client::new(&child.url, ClientOptions::default()).unwrap();
        Self { child, client }
    }
}

fn signup(phone: &str) -> StartFlow {
    StartFlow::Signup {
        phone: Some(phone.into()),
        email: None,
        password: Some(PASSWORD.into()),
        name: None,
        device_name: Some("replica-test".into()),
    }
}

fn code(c: String) -> FlowInput {
    FlowInput {
        code: Some(c.into()),
        ..FlowInput::default()
    }
}

#[tokio::test]
async fn two_replicas_on_one_postgres_behave_as_one_service() {
    let Ok(admin) = std::env::var("ACCTD_TEST_POSTGRES_URL") else {
        eprintln!(
            "skipped: set ACCTD_TEST_POSTGRES_URL to run the replica test (scripts/test.sh does)"
        );
        return;
    };
    let database = fresh_postgres_database(&admin).await;
    let gateway = Gateway::start(Mode::Accept).await;
    let logs = tempfile::tempdir().unwrap();
    // Started together: the migration lock keeps them from racing.
    let a = Replica::start(&database, &gateway.url, &logs.path().join("a.log"));
    let b = Replica::start(&database, &gateway.url, &logs.path().join("b.log"));
    let mut a = a;

    // A code issued via A verifies via B.
    let phone = "+8613900000001";
    let flow = a.client.start_flow(&signup(phone)).await.unwrap();
    let done = b
        .client
        .advance_flow(&flow.flow_id, &code(gateway.code(phone, 1).await))
        .await
        .unwrap();
    assert_eq!(done.status, FlowStatus::Complete);
    let owner = done.result.unwrap().session.unwrap();

    // Sign in through A, sign that device out through B: A refuses it at once.
    let signed_in = a
        .client
        .start_flow(&StartFlow::Login {
            login: phone.into(),
            method: acct_api::LoginMethod::Password,
            password: Some(PASSWORD.into()),
            device_name: Some("laptop".into()),
        })
        .await
        .unwrap()
        .result
        .unwrap()
        .session
        .unwrap();
    let on_a = a.client.with_token(&signed_in.access_token);
    on_a.me().await.unwrap();
    b.client
        .with_token(&owner.access_token)
        .sign_out_device(&signed_in.device_id)
        .await
        .unwrap();
    let refused = on_a.me().await.unwrap_err();
    assert!(
        matches!(
            refused.code(),
            Some(ErrorCode::SessionRevoked | ErrorCode::Unauthenticated)
        ),
        "{refused}"
    );

    // The daily code limit (4 here) counts requests to both replicas.
    let busy = "+8613900000002";
    for i in 0..4 {
        let via = if i % 2 == 0 { &a } else { &b };
        via.client.start_flow(&signup(busy)).await.unwrap();
    }
    for via in [&a, &b] {
        let err = via.client.start_flow(&signup(busy)).await.unwrap_err();
        assert_eq!(err.code(), Some(ErrorCode::RateLimited), "{err}");
    }

    // A hangs on the gateway with two messages claimed, and is killed: B delivers them once each.
    gateway.set_mode(Mode::Hold);
    let pending = ["+8613900000003", "+8613900000004"];
    for phone in pending {
        a.client.start_flow(&signup(phone)).await.unwrap();
    }
    // Requests never wait for delivery: kill A only once the gateway holds both
    // messages (A's drainer, woken by the commit, usually claims them first).
    for _ in 0..500 {
        let held = gateway.received();
        if pending.iter().all(|p| held.iter().any(|r| r.to == *p)) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    a.child.kill(); // SIGKILL, reaped
    gateway.set_mode(Mode::Accept);
    for phone in pending {
        let got = gateway
            .wait_delivered(phone, 1, Duration::from_secs(15))
            .await;
        assert_eq!(got.len(), 1, "B delivered A's message to {phone}");
    }
    // Give any second (wrong) delivery time to show: several of B's polls.
    tokio::time::sleep(Duration::from_millis(500)).await;
    for phone in pending {
        let got = gateway.delivered_to(phone);
        assert_eq!(got.len(), 1, "exactly once to {phone}: {got:?}");
        let held: Vec<_> = gateway
            .received()
            .into_iter()
            .filter(|r| r.to == phone)
            .collect();
        // A's held attempt, then B's delivery (on a slow machine a timed-out attempt may
        // have been retried in between): all one message.
        assert!(
            held.len() >= 2,
            "A's held attempt and B's delivery: {held:?}"
        );
        assert!(
            held.iter().all(|r| r.delivery == held[0].delivery),
            "the same message: {held:?}"
        );
    }
    drop(b);

    // Neither replica logged a code or the webhook secret (SECURITY.md 34).
    let codes: Vec<String> = gateway
        .received()
        .iter()
        .filter_map(|r| crate::support::code_in(&r.text))
        .collect();
    assert!(!codes.is_empty());
    for name in ["a.log", "b.log"] {
        let log = std::fs::read_to_string(logs.path().join(name)).unwrap();
        assert!(log.contains("message delivered"), "{name} logs deliveries");
        assert!(
            !log.contains(WEBHOOK_SECRET),
            "{name} holds the webhook secret"
        );
        for code in &codes {
            assert!(!log.contains(code.as_str()), "{name} holds a code");
        }
    }
}
