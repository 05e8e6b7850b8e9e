//! Two-step sign-in (a pending login awaiting `totp`). acctd has no 2SV
//! enrolment yet, so these run against a small canned HTTP server that speaks
//! the flow API exactly as documented in acct-api.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::{json, Value};

use crate::support::{Sandbox, PASSWORD};

const FLOW: &str = "f2sv0000";
const TOTP: &str = "123456";

/// Answers: start login → awaiting totp; the right totp → complete with a session.
struct FakeAcctd {
    url: String,
    requests: Arc<Mutex<Vec<(String, Value)>>>,
}

fn rfc3339(offset_secs: i64) -> String {
    let t = time::OffsetDateTime::now_utc() + time::Duration::seconds(offset_secs);
    t.format(&time::format_description::well_known::Rfc3339)
        .unwrap()
}

fn pending() -> Value {
    json!({"flow_id": FLOW, "kind": "login", "status": "pending", "awaiting": "totp", "expires_at": rfc3339(600)})
}

fn respond(method: &str, path: &str, body: &Value) -> (u16, Value) {
    match (method, path) {
        ("POST", "/v1/flows") => (200, pending()),
        ("GET", p) if p == format!("/v1/flows/{FLOW}") => (200, pending()),
        ("POST", p) if p == format!("/v1/flows/{FLOW}") && body["totp"] == TOTP => (
            200,
            json!({"flow_id": FLOW, "kind": "login", "status": "complete", "expires_at": rfc3339(600),
                   "result": {"account_id": "12345678", "session": {
                       "account_id": "12345678", "device_id": "dev1",
                       "access_token": "at-2sv", "access_expires_at": rfc3339(900),
                       "refresh_token": "rt-2sv", "refresh_expires_at": rfc3339(86400)}}}),
        ),
        ("POST", p) if p.starts_with("/v1/flows/") => (
            401,
            json!({"error": {"code": "invalid_credentials", "message": "The code is not right"}}),
        ),
        ("GET", "/v1/me") => (
            200,
            json!({"account_id": "12345678", "phone_verified": true, "email_verified": false,
                   "two_step": true, "has_password": true, "created_at": rfc3339(-86400), "device_id": "dev1"}),
        ),
        ("POST", "/v1/logout") => (200, json!({})),
        _ => (
            404,
            json!({"error": {"code": "not_found", "message": "No such route"}}),
        ),
    }
}

impl FakeAcctd {
    fn start() -> FakeAcctd {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let requests = Arc::new(Mutex::new(Vec::new()));
        let log = requests.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { continue };
                let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
                let mut reader = BufReader::new(stream.try_clone().unwrap());
                let mut line = String::new();
                if reader.read_line(&mut line).is_err() {
                    continue;
                }
                let mut parts = line.split_whitespace();
                let (method, path) = (
                    parts.next().unwrap_or("").to_string(),
                    parts.next().unwrap_or("").to_string(),
                );
                let mut len = 0;
                loop {
                    let mut h = String::new();
                    if reader.read_line(&mut h).unwrap_or(0) == 0 || h == "\r\n" {
                        break;
                    }
                    if let Some(v) = h.to_ascii_lowercase().strip_prefix("content-length:") {
                        len = v.trim().parse().unwrap_or(0);
                    }
                }
                let mut body = vec![0; len];
                let _ = reader.read_exact(&mut body);
                let body: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
                let (status, answer) = respond(&method, &path, &body);
                log.lock().unwrap().push((format!("{method} {path}"), body));
                let text = answer.to_string();
                let _ = write!(
                    stream,
                    "HTTP/1.1 {status} X\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{text}",
                    text.len()
                );
            }
        });
        FakeAcctd { url, requests }
    }
}

#[test]
fn two_step_login_with_totp_flag_needs_no_continue() {
    let fake = FakeAcctd::start();
    let sb = Sandbox::offline();
    let run = sb
        .cmd(&[
            "login",
            "12345678",
            "--password-stdin",
            "--totp",
            TOTP,
            "--json",
        ])
        .env("ACCTL_SERVER", &fake.url)
        .stdin(&format!("{PASSWORD}\n"))
        .run()
        .ok();
    assert_eq!(run.json()["account_id"], "12345678");
    let requests = fake.requests.lock().unwrap().clone();
    assert_eq!(requests[0].1["password"], PASSWORD);
    assert_eq!(requests[1].1, json!({"totp": TOTP}));
    sb.cmd(&["whoami", "--json"])
        .env("ACCTL_SERVER", &fake.url)
        .run()
        .ok();
}

#[test]
fn two_step_login_without_totp_exits_10_and_continue_finishes() {
    let fake = FakeAcctd::start();
    let sb = Sandbox::offline();
    let run = sb
        .cmd(&[
            "--profile",
            "work",
            "login",
            "12345678",
            "--password-stdin",
            "--json",
        ])
        .env("ACCTL_SERVER", &fake.url)
        .stdin(&format!("{PASSWORD}\n"))
        .run()
        .exit(10)
        .stderr_has(&format!("acctl continue {FLOW} --totp"));
    assert_eq!(run.json()["awaiting"], "totp");
    sb.cmd(&["continue", FLOW, "--totp", "999999", "--json"])
        .env("ACCTL_SERVER", &fake.url)
        .run()
        .exit(6);
    sb.cmd(&["continue", FLOW, "--totp", TOTP])
        .env("ACCTL_SERVER", &fake.url)
        .run()
        .ok();
    let status = sb
        .cmd(&["--profile", "work", "status", "--json"])
        .env("ACCTL_SERVER", &fake.url)
        .run()
        .ok()
        .json();
    assert_eq!(status["profiles"][0]["account_id"], "12345678");
}

#[test]
fn two_step_login_prompts_for_the_code_on_a_terminal() {
    let fake = FakeAcctd::start();
    let sb = Sandbox::offline();
    let cmd = sb
        .cmd(&["login", "12345678"])
        .env("ACCTL_SERVER", &fake.url)
        .cmd;
    let mut s = expectrl::Session::spawn(cmd).unwrap();
    s.set_expect_timeout(Some(Duration::from_secs(20)));
    s.expect("Password").unwrap();
    s.send_line(PASSWORD).unwrap();
    s.expect("Two-step verification code").unwrap();
    s.send_line("000000").unwrap();
    // A wrong code at a prompt is said and asked again.
    s.expect("Two-step verification code").unwrap();
    s.send_line(TOTP).unwrap();
    s.expect("Signed in to").unwrap();
    let _ = s.expect(expectrl::Eof);
    assert!(matches!(
        s.get_process().wait().unwrap(),
        expectrl::WaitStatus::Exited(_, 0)
    ));
}
