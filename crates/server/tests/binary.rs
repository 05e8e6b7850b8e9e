#![allow(clippy::unwrap_used, clippy::expect_used, clippy::disallowed_methods)] // test code: a panic is the failure report
//! The real `acctd` binary: starts with flags, reports its address, keeps
//! secrets out of its logs (SECURITY.md 34), and drains on SIGTERM.

use std::io::Read;
use std::process::{Command, Stdio};

use acct_api::{FlowInput, LoginMethod, StartFlow};
use acct_client::{Client, ClientOptions};
use acct_testkit::AcctdProcess;

/// The real binary (crates/testkit: killed and reaped on drop), with what tests read.
struct Acctd {
    process: AcctdProcess,
    /// The start-up line after "listening": which origin links use.
    links: String,
    dir: tempfile::TempDir,
}

impl std::ops::Deref for Acctd {
    type Target = AcctdProcess;
    fn deref(&self) -> &AcctdProcess {
        &self.process
    }
}

impl std::ops::DerefMut for Acctd {
    fn deref_mut(&mut self) -> &mut AcctdProcess {
        &mut self.process
    }
}

fn start(extra_env: &[(&str, &str)]) -> Acctd {
    let dir = tempfile::tempdir().unwrap();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_acctd"));
    cmd.args(["--listen", "127.0.0.1:0"])
        .arg("--database")
        .arg(format!("sqlite://{}", dir.path().join("a.db").display()))
        .arg("--courier")
        .arg(format!(
            "file:{}",
            dir.path().join("courier.jsonl").display()
        ))
        .env("RUST_LOG", "debug")
        .env("ACCTD_PASSWORD_ARGON2_MEMORY_KIB", "8192")
        .env("ACCTD_PASSWORD_ARGON2_ITERATIONS", "1")
        .stderr(Stdio::piped());
    for (k, v) in extra_env {
        cmd.env(k, v);
    }
    let mut process = AcctdProcess::spawn(&mut cmd);
    let links = process.read_line();
    Acctd {
        process,
        links,
        dir,
    }
}

/// The newest code in the courier file, once the outbox has drained (bounded: 10 s):
/// requests never wait for delivery.
async fn last_code(dir: &std::path::Path) -> String {
    acct_testkit::settle(&format!("sqlite://{}", dir.join("a.db").display()));
    let messages = acct_testkit::courier_messages(&dir.join("courier.jsonl"));
    messages.last().unwrap()["code"]
        .as_str()
        .unwrap()
        .to_string()
}

#[tokio::test]
async fn secrets_never_reach_the_log_and_user_agents_stay_one_line() {
    let mut acctd = start(&[]);
    let evil_agent = "evil\nFAKE LOG LINE injected";
    let client = Client::new(
        &acctd.url,
        ClientOptions {
            user_agent: evil_agent.replace('\n', "\t"),
            ..ClientOptions::default()
        },
    )
    .unwrap();
    let password = "violet-Quartz-91";
    let flow = client
        .start_flow(&StartFlow::Signup {
            phone: Some("+8613812345678".into()),
            email: None,
            password: Some(password.into()),
            name: None,
            device_name: Some("line1\nline2".into()),
        })
        .await
        .unwrap();
    let code = last_code(acctd.dir.path()).await;
    let done = client
        .advance_flow(
            &flow.flow_id,
            &FlowInput {
                code: Some(code.clone().into()),
                ..FlowInput::default()
            },
        )
        .await
        .unwrap();
    let session = done.result.unwrap().session.unwrap();
    let refreshed = client.refresh(&session.refresh_token).await.unwrap();
    let _ = client
        .start_flow(&StartFlow::Login {
            login: "+8613812345678".into(),
            method: LoginMethod::Password,
            password: Some("wrong-Password-1".into()),
            device_name: None,
        })
        .await;
    // A raw request whose user agent carries a newline byte sequence escaped by HTTP rules.
    let raw = reqwest::Client::new();
    let _ = raw
        .get(format!("{}/v1/me", acctd.url))
        .header("user-agent", "a\tb")
        .bearer_auth(refreshed.access_token.expose())
        .send()
        .await;

    acctd.child.kill().unwrap();
    let mut log = String::new();
    acctd
        .child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut log)
        .unwrap();
    assert!(log.contains("activity"), "the log has the events: {log}");
    for secret in [
        password,
        &code,
        session.access_token.expose(),
        session.refresh_token.expose(),
        refreshed.access_token.expose(),
        refreshed.refresh_token.expose(),
    ] {
        assert!(!log.contains(secret), "a secret reached the log");
    }
    assert!(
        !log.lines().any(|l| l.starts_with("line2")),
        "a device name with a newline stays on one line"
    );
}

#[tokio::test]
async fn migrate_subcommand_applies_and_is_idempotent() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", dir.path().join("m.db").display());
    let run = || {
        Command::new(env!("CARGO_BIN_EXE_acctd"))
            .args(["migrate", "--database", &db])
            .output()
            .unwrap()
    };
    let first = run();
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let first_out = String::from_utf8_lossy(&first.stdout);
    assert!(
        first_out.contains("applied ") && !first_out.contains("applied 0 "),
        "{first_out}"
    );
    let second = run();
    assert!(String::from_utf8_lossy(&second.stdout).contains("applied 0 migration"));
}

#[test]
fn bad_configuration_is_a_usage_error_naming_the_setting() {
    let out = Command::new(env!("CARGO_BIN_EXE_acctd"))
        .env("ACCTD_LIMITS_CODE_TTLL", "5")
        .arg("--listen")
        .arg("127.0.0.1:0")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("code_ttll"));
}

#[cfg(unix)]
#[tokio::test]
async fn sigterm_shuts_down_cleanly() {
    let mut acctd = start(&[]);
    let client = Client::new(&acctd.url, ClientOptions::default()).unwrap();
    client.service_info().await.unwrap();
    let pid = acctd.child.id().to_string();
    Command::new("kill").args(["-TERM", &pid]).status().unwrap();
    let status = acctd.child.wait().unwrap();
    assert!(status.success(), "{status:?}");
}

/// SECURITY (issue 14 item 13): half-open connections cannot keep SIGTERM from
/// finishing; acctd exits within its drain deadline (here 1 s; bound generous).
#[cfg(unix)]
#[test]
fn sigterm_exits_within_the_drain_deadline_despite_half_open_connections() {
    use std::io::Write;
    use std::time::{Duration, Instant};
    let mut acctd = start(&[
        ("ACCTD_HTTP_DRAIN_TIMEOUT", "1"),
        ("ACCTD_HTTP_HEADER_READ_TIMEOUT", "60"),
        ("ACCTD_HTTP_IDLE_TIMEOUT", "60"),
    ]);
    let addr = acctd.url.trim_start_matches("http://").to_string();
    let mut line = std::net::TcpStream::connect(&addr).unwrap();
    line.write_all(b"GET /v1/me HT").unwrap();
    let mut body = std::net::TcpStream::connect(&addr).unwrap();
    body.write_all(
        b"POST /v1/flows HTTP/1.1\r\nhost: acctd\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{",
    )
    .unwrap();
    std::thread::sleep(Duration::from_millis(300));
    let pid = acctd.child.id().to_string();
    Command::new("kill").args(["-TERM", &pid]).status().unwrap();
    let started = Instant::now();
    let bound = Duration::from_secs(15);
    let status = loop {
        if let Some(status) = acctd.child.try_wait().unwrap() {
            break status;
        }
        assert!(
            started.elapsed() < bound,
            "acctd still running {bound:?} after SIGTERM"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success(), "{status:?}");
    drop((line, body));
}

/// `acctd staff grant|revoke` bootstraps staff on the server host.
#[tokio::test]
async fn staff_grant_and_revoke_from_the_host() {
    let acctd = start(&[]);
    let client = Client::new(&acctd.url, ClientOptions::default()).unwrap();
    let flow = client
        .start_flow(&StartFlow::Signup {
            phone: Some("+8613812345678".into()),
            email: None,
            password: None,
            name: None,
            device_name: None,
        })
        .await
        .unwrap();
    let done = client
        .advance_flow(
            &flow.flow_id,
            &FlowInput {
                code: Some(last_code(acctd.dir.path()).await.into()),
                ..FlowInput::default()
            },
        )
        .await
        .unwrap();
    let session = done.result.unwrap().session.unwrap();
    let me = client.with_token(&session.access_token);
    assert_eq!(
        me.staff_search("+8613812345678").await.unwrap_err().code(),
        Some(acct_api::ErrorCode::Forbidden)
    );
    let db = format!("sqlite://{}", acctd.dir.path().join("a.db").display());
    let run = |verb: &str| {
        Command::new(env!("CARGO_BIN_EXE_acctd"))
            .args([
                "staff",
                verb,
                &session.account_id,
                "--role",
                "support",
                "--database",
                &db,
            ])
            .output()
            .unwrap()
    };
    let out = run("grant");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("has the support role"));
    assert_eq!(me.staff_search("+8613812345678").await.unwrap().len(), 1);
    assert!(run("revoke").status.success());
    assert!(me.staff_search("+8613812345678").await.is_err());
    let bad = Command::new(env!("CARGO_BIN_EXE_acctd"))
        .args([
            "staff",
            "grant",
            "99999999",
            "--role",
            "support",
            "--database",
            &db,
        ])
        .output()
        .unwrap();
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("no account"));
}

/// Issue 11: a bad `--courier` is refused before anything is opened or written: no
/// database, no key file, no "listening" line, a failing exit.
#[test]
fn a_bad_courier_is_refused_before_the_database_key_or_listening() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_acctd"))
        .args(["--listen", "127.0.0.1:0", "--courier", "pigeon:coop"])
        .arg("--database")
        .arg(format!("sqlite://{}", dir.path().join("a.db").display()))
        .output()
        .unwrap();
    assert!(!out.status.success(), "{:?}", out.status);
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert!(!stdout.contains("listening"), "{stdout}");
    assert!(stderr.contains("unknown courier"), "{stderr}");
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert!(left.is_empty(), "nothing written: {left:?}");
}

/// Issue 11: with `public_url` unset, links use the address acctd listens on (its real
/// port, for `:0`), and acctd says so at start-up; logs to a pipe carry no colour codes.
#[tokio::test]
async fn links_use_the_listen_address_and_piped_logs_are_plain() {
    let mut acctd = start(&[]);
    assert_eq!(
        acctd.links,
        format!(
            "links in messages use {} (set public_url to change it)",
            acctd.url
        )
    );
    let client = Client::new(&acctd.url, ClientOptions::default()).unwrap();
    client.service_info().await.unwrap();
    let _ = acctd.child.kill();
    let _ = acctd.child.wait();
    let mut log = Vec::new();
    acctd
        .child
        .stderr
        .take()
        .unwrap()
        .read_to_end(&mut log)
        .unwrap();
    assert!(!log.is_empty(), "acctd logged at start-up");
    assert!(!log.contains(&0x1b), "{}", String::from_utf8_lossy(&log));
    let text = String::from_utf8_lossy(&log);
    assert!(text.contains(&format!("links={}", acctd.url)), "{text}");
}

/// Issue 10: every log line of a request carries its request id (a `request` span),
/// so one request's lines can be found among many.
#[tokio::test]
async fn every_log_line_of_a_request_carries_its_request_id() {
    let mut acctd = start(&[]);
    let body = serde_json::to_value(StartFlow::Login {
        login: "+8613812345678".into(),
        method: LoginMethod::Password,
        password: Some("wrong-Password-1".into()),
        device_name: None,
    })
    .unwrap();
    let answer = reqwest::Client::new()
        .post(format!("{}/v1/flows", acctd.url))
        .header(acct_api::REQUEST_ID_HEADER, "req-under-test-42")
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(
        answer
            .headers()
            .get(acct_api::REQUEST_ID_HEADER)
            .and_then(|v| v.to_str().ok()),
        Some("req-under-test-42")
    );
    acctd.child.kill().unwrap();
    let mut log = String::new();
    acctd
        .child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut log)
        .unwrap();
    let log = strip_ansi(&log);
    let ours: Vec<&str> = log
        .lines()
        .filter(|l| l.contains("request{id=req-under-test-42 method=POST path=/v1/flows}"))
        .collect();
    assert!(ours.len() >= 2, "the request's lines carry its id: {log}");
    // Only this request checks a password: every line of that work is in its span.
    let throttle: Vec<&str> = log
        .lines()
        .filter(|l| l.contains("INSERT INTO login_throttle"))
        .collect();
    assert!(!throttle.is_empty(), "{log}");
    assert!(
        throttle
            .iter()
            .all(|l| l.contains("request{id=req-under-test-42 ")),
        "{throttle:?}"
    );
}

/// The log without terminal colour sequences.
fn strip_ansi(log: &str) -> String {
    let mut out = String::with_capacity(log.len());
    let mut chars = log.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Set only for the child run of `no_acctd_outlives_a_failing_test`.
const PROBE: &str = "ACCTD_TEST_OUTLIVE_PROBE";

/// Issue 10: an acctd started by a test stops with it, also when the test fails. A
/// child run of this test binary, whose one test starts an acctd and panics, leaves
/// its (recorded) acctd dead by the time the run has exited. scripts/test.sh checks
/// the same for every acctd of the whole suite.
#[cfg(target_os = "linux")]
#[test]
fn no_acctd_outlives_a_failing_test() {
    let pids = tempfile::tempdir().unwrap();
    let out = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "a_failing_test_holding_an_acctd",
            "--test-threads=1",
        ])
        .env(acct_testkit::PID_DIR_VAR, pids.path())
        .env(PROBE, "1")
        .output()
        .unwrap();
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(out.status.code(), Some(101), "the probe fails: {report}");
    assert!(report.contains("fails on purpose"), "{report}");
    assert_eq!(
        acct_testkit::recorded(pids.path()).len(),
        1,
        "one acctd ran"
    );
    assert_eq!(acct_testkit::still_running(pids.path()), Vec::<u32>::new());
}

/// The probe for the test above; passes at once in an ordinary run.
#[test]
fn a_failing_test_holding_an_acctd() {
    if std::env::var_os(PROBE).is_none() {
        return;
    }
    let acctd = start(&[]);
    let pids = std::path::PathBuf::from(std::env::var_os(acct_testkit::PID_DIR_VAR).unwrap());
    // The check sees a running acctd, so it would see one that outlived the run.
    assert_eq!(acct_testkit::still_running(&pids), vec![acctd.pid()]);
    panic!(
        "the probe fails on purpose while it holds acctd {}",
        acctd.pid()
    );
}
