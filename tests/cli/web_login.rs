//! `acctl login --web`: the device grant end to end, the real acctl against a
//! real acctd, approved or denied through acctd's own pages (testkit's
//! `approve_device` / `deny_device`, an HTTP client following the forms).

use std::io::{Read, Write};
use std::time::Duration;

use expectrl::{ControlCode, Regex, Session};
use serde_json::Value;

use crate::support::{Sandbox, PASSWORD};

fn rt() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

fn approve(sb: &Sandbox, user_code: &str, login: &str) {
    rt().block_on(acct_testkit::approve_device(
        &sb.url(),
        user_code,
        login,
        PASSWORD,
    ))
    .unwrap();
}

fn deny(sb: &Sandbox, user_code: &str, login: &str) {
    rt().block_on(acct_testkit::deny_device(
        &sb.url(),
        user_code,
        login,
        PASSWORD,
    ))
    .unwrap();
}

/// `login --web --no-input --json` in `profile`: exit 10 and the pending step.
fn pending(sb: &Sandbox, profile: &str) -> Value {
    sb.cmd(&[
        "--profile",
        profile,
        "login",
        "--web",
        "--no-input",
        "--json",
    ])
    .run()
    .exit(10)
    .stderr_has("acctl continue")
    .json()
}

/// The device code the flow keeps in the (test's kernel) keyring.
fn stored_device_code(sb: &Sandbox, flow_id: &str) -> Option<String> {
    use linux_keyutils::{KeyRing, KeyRingIdentifier};
    let ring = KeyRing::from_special_id(KeyRingIdentifier::Session, false).ok()?;
    let key = ring
        .search(&format!("keyring-rs:.flow-{flow_id}@{}", sb.service))
        .ok()?;
    let bytes = key.read_to_vec().ok()?;
    serde_json::from_slice::<String>(&bytes).ok()
}

fn flows_json(sb: &Sandbox) -> String {
    std::fs::read_to_string(sb.config_dir().join("flows.json")).unwrap_or_default()
}

#[test]
fn no_input_exits_10_and_continue_signs_in_after_approval() {
    let sb = Sandbox::new();
    let account = sb.signup("+8613812345801");
    let step = pending(&sb, "work");
    let flow_id = step["flow_id"].as_str().unwrap().to_string();
    assert_eq!(step["kind"], "web_login");
    assert_eq!(step["awaiting"], "browser");
    let user_code = step["user_code"].as_str().unwrap().to_string();
    assert_eq!(user_code.len(), 9, "{step}");
    let uri = step["verification_uri"].as_str().unwrap();
    assert_eq!(uri, format!("{}/device", sb.url()));
    assert!(step["verification_uri_complete"]
        .as_str()
        .unwrap()
        .contains(&user_code));
    assert!(step["expires_at"].is_string() && step["interval"].is_u64());

    // The device code is a secret: in the keyring, in no file under the config dir.
    let device_code = stored_device_code(&sb, &flow_id).expect("device code in the keyring");
    assert!(!flows_json(&sb).contains(&device_code));
    for (path, bytes) in sb.config_files() {
        let text = String::from_utf8_lossy(&bytes);
        assert!(!text.contains(&device_code), "{} holds it", path.display());
    }
    assert!(flows_json(&sb).contains(&user_code));

    let listed = sb
        .cmd(&["--profile", "work", "flow", "list", "--json"])
        .run()
        .ok()
        .json();
    assert_eq!(listed[0]["flow_id"], flow_id.as_str());
    assert_eq!(listed[0]["awaiting"], "browser");
    assert_eq!(listed[0]["user_code"], user_code.as_str());

    approve(&sb, &user_code, &account);
    let done = sb
        .cmd(&["continue", &flow_id[..8], "--json"])
        .run()
        .ok()
        .stderr_has("Signed in to");
    let done = done.json();
    assert_eq!(done["account_id"], account.as_str());
    assert_eq!(done["profile"], "work");
    assert!(done["refresh_expires_at"].is_string());
    let device_id = done["device_id"].as_str().unwrap().to_string();

    // The flow and its device code are gone.
    assert!(stored_device_code(&sb, &flow_id).is_none());
    assert!(!flows_json(&sb).contains(&flow_id));

    let me = sb
        .cmd(&["--profile", "work", "whoami", "--json"])
        .run()
        .ok()
        .json();
    assert_eq!(me["account_id"], account.as_str());
    let devices = sb
        .cmd(&["--profile", "work", "devices", "--json"])
        .run()
        .ok()
        .json();
    let mine = devices
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["device_id"] == device_id.as_str())
        .unwrap_or_else(|| panic!("{device_id} not in {devices}"));
    assert_eq!(mine["current"], true);
    // The session refreshes like any other.
    sb.server().advance(3600);
    sb.cmd(&["--profile", "work", "whoami"]).run().ok();
}

#[test]
fn denied_in_the_browser_is_exit_6() {
    let sb = Sandbox::new();
    let account = sb.signup("+8613812345802");
    let step = pending(&sb, "default");
    let flow_id = step["flow_id"].as_str().unwrap();
    deny(&sb, step["user_code"].as_str().unwrap(), &account);
    let run = sb
        .cmd(&["continue", flow_id, "--json"])
        .run()
        .exit(6)
        .stderr_has("the sign-in was denied in the browser; run `acctl ")
        .stderr_has("login --web` again");
    assert_eq!(run.json()["error"]["code"], "access_denied");
    assert!(stored_device_code(&sb, flow_id).is_none());
    assert!(!flows_json(&sb).contains(flow_id));
}

#[test]
fn an_expired_code_is_exit_5() {
    let sb = Sandbox::new();
    sb.signup("+8613812345803");
    let step = pending(&sb, "work");
    let flow_id = step["flow_id"].as_str().unwrap();
    sb.server().advance(601);
    sb.cmd(&["continue", flow_id])
        .run()
        .exit(5)
        .stderr_has("the code expired")
        .stderr_has("acctl --profile work ")
        .stderr_has("login --web` again");
    assert!(stored_device_code(&sb, flow_id).is_none());
}

#[test]
fn flow_cancel_forgets_the_device_code() {
    let sb = Sandbox::new();
    let step = pending(&sb, "default");
    let flow_id = step["flow_id"].as_str().unwrap();
    assert!(stored_device_code(&sb, flow_id).is_some());
    sb.cmd(&["flow", "cancel", flow_id]).run().ok();
    assert!(stored_device_code(&sb, flow_id).is_none());
    let listed = sb.cmd(&["flow", "list", "--json"]).run().ok().json();
    assert_eq!(listed, serde_json::json!([]));
    // A new browser sign-in replaces the pending one, and its device code.
    let first = pending(&sb, "default");
    let second = pending(&sb, "default");
    let first_id = first["flow_id"].as_str().unwrap();
    assert!(stored_device_code(&sb, first_id).is_none());
    assert!(!flows_json(&sb).contains(first_id));
    assert!(flows_json(&sb).contains(second["flow_id"].as_str().unwrap()));
}

#[test]
fn web_conflicts_with_the_other_sign_in_flags() {
    let sb = Sandbox::offline();
    for args in [
        &["login", "--web", "12345678"][..],
        &["login", "--web", "--sms"],
        &["login", "--web", "--password-stdin"],
        &["login", "--web", "--code", "123456"],
        &["login", "--no-browser"],
    ] {
        sb.cmd(args).run().exit(2);
    }
}

#[test]
fn an_unreachable_service_is_exit_8() {
    let sb = Sandbox::offline();
    sb.cmd(&["login", "--web", "--no-input"])
        .run()
        .exit(8)
        .stderr_has("could not reach the service");
    assert!(!flows_json(&sb).contains("web_login"));
}

/// A service without the device endpoint: acctd's 404 for an unknown route.
#[test]
fn a_service_without_browser_sign_in_says_so() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for mut conn in listener.incoming().flatten() {
            let mut buf = [0u8; 4096];
            let _ = conn.read(&mut buf);
            let body = r#"{"error":{"code":"not_found","message":"There is nothing here."}}"#;
            let _ = write!(
                conn,
                "HTTP/1.1 404 Not Found\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    let sb = Sandbox::offline();
    sb.cmd(&["--server", &url, "login", "--web", "--no-input"])
        .run()
        .exit(1)
        .stderr_has("does not offer sign-in with a browser")
        .stderr_has("acctl login LOGIN");
}

fn spawn(sb: &Sandbox, cmd: std::process::Command) -> Session {
    let _ = sb;
    let mut s = Session::spawn(cmd).expect("spawn acctl in a pty");
    s.set_expect_timeout(Some(Duration::from_secs(30)));
    s
}

fn exit_code(s: &mut Session) -> i32 {
    let _ = s.expect(expectrl::Eof);
    match s.get_process().wait().expect("wait") {
        expectrl::WaitStatus::Exited(_, code) => code,
        other => panic!("acctl did not exit normally: {other:?}"),
    }
}

fn user_code(s: &mut Session) -> String {
    let found = s
        .expect(Regex("one-time code: ([A-Z]{4}-[A-Z]{4})"))
        .unwrap();
    String::from_utf8_lossy(found.get(1).unwrap()).to_string()
}

#[test]
fn interactive_no_browser_waits_for_the_approval() {
    let sb = Sandbox::new();
    let account = sb.signup("+8613812345804");
    let cmd = sb
        .cmd(&["--profile", "work", "login", "--web", "--no-browser"])
        .cmd;
    let mut s = spawn(&sb, cmd);
    let code = user_code(&mut s);
    s.expect("/device in your browser").unwrap();
    approve(&sb, &code, &account);
    // The service's clock is manual: a poll that came before the approval made the
    // next one "too soon" until it moves.
    sb.server().advance(60);
    s.expect("Signed in to").unwrap();
    assert_eq!(exit_code(&mut s), 0);
    let me = sb
        .cmd(&["--profile", "work", "whoami", "--json"])
        .run()
        .ok()
        .json();
    assert_eq!(me["account_id"], account.as_str());
    assert!(!flows_json(&sb).contains("web_login"));
}

/// On a desktop the browser opens at the page with the code filled in; Ctrl-C
/// stops waiting and leaves the flow for `acctl continue`.
#[test]
fn interactive_opens_the_browser_and_ctrl_c_leaves_the_flow() {
    let sb = Sandbox::new();
    let account = sb.signup("+8613812345805");
    let opened = sb.dir.path().join("opened.txt");
    let browser = sb.dir.path().join("browser.sh");
    std::fs::write(
        &browser,
        format!("#!/bin/sh\nprintf '%s' \"$1\" > {}\n", opened.display()),
    )
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&browser, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let cmd = sb
        .cmd(&["login", "--web"])
        .env("DISPLAY", ":0")
        .env("BROWSER", &browser)
        .cmd;
    let mut s = spawn(&sb, cmd);
    let code = user_code(&mut s);
    s.expect("Opened it in your browser").unwrap();
    let page = std::fs::read_to_string(&opened).unwrap();
    assert!(page.contains("/device?user_code="), "{page}");
    s.expect("Waiting for the approval").unwrap();
    // The handler is in place once the wait has begun; give it a moment.
    std::thread::sleep(Duration::from_millis(300));
    s.send(ControlCode::EndOfText).unwrap();
    s.expect("acctl continue").unwrap();
    assert_eq!(exit_code(&mut s), 10);
    let listed = sb.cmd(&["flow", "list", "--json"]).run().ok().json();
    let flow_id = listed[0]["flow_id"].as_str().unwrap().to_string();
    approve(&sb, &code, &account);
    sb.server().advance(60);
    sb.cmd(&["continue", &flow_id]).run().ok();
    sb.cmd(&["whoami"]).run().ok();
}
