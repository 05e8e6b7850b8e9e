//! Terminal journeys through a real pseudo-terminal (expectrl): the prompts a
//! person sees, answered like a person would.

use std::time::Duration;

use expectrl::Session;

use crate::support::{Sandbox, PASSWORD};

fn spawn(sb: &Sandbox, args: &[&str]) -> Session {
    let cmd = sb.cmd(args).cmd;
    let mut s = Session::spawn(cmd).expect("spawn acctl in a pty");
    s.set_expect_timeout(Some(Duration::from_secs(20)));
    s
}

/// Waits for exit and returns the exit code.
fn exit_code(s: &mut Session) -> i32 {
    let _ = s.expect(expectrl::Eof);
    let status = s.get_process().wait().expect("wait");
    match status {
        expectrl::WaitStatus::Exited(_, code) => code,
        other => panic!("acctl did not exit normally: {other:?}"),
    }
}

#[test]
fn interactive_signup_asks_password_and_code_and_offers_resend() {
    let sb = Sandbox::with_config(|c| c.limits.code_resend_cooldown = 0);
    let phone = "+8613812345631";
    let mut s = spawn(&sb, &["signup", "--phone", phone]);
    s.expect("Choose a password").unwrap();
    s.send_line(PASSWORD).unwrap();
    s.expect("Repeat the password").unwrap();
    s.send_line(PASSWORD).unwrap();
    s.expect("A code was sent to").unwrap();
    s.expect("Code").unwrap();
    let first = sb.code_for(phone);
    // Empty input asks for a new code.
    s.send_line("").unwrap();
    s.expect("Sent a new code").unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while sb.count_codes(phone) < 2 {
        assert!(std::time::Instant::now() < deadline, "no second code");
        std::thread::sleep(Duration::from_millis(20));
    }
    let code = sb.code_for(phone);
    assert_ne!(first, code, "a resend sends a new code");
    // A typo is refused and asked again.
    s.expect("Code").unwrap();
    s.send_line("000000").unwrap();
    s.expect("Code").unwrap();
    s.send_line(&code).unwrap();
    s.expect("Created account").unwrap();
    assert_eq!(exit_code(&mut s), 0);
    sb.cmd(&["whoami"]).run().ok();
}

#[test]
fn interactive_password_login() {
    let sb = Sandbox::new();
    let account = sb.signup("+8613812345632");
    sb.cmd(&["logout"]).run().ok();
    let mut s = spawn(&sb, &["login"]);
    s.expect("Account ID, phone").unwrap();
    s.send_line(&account).unwrap();
    s.expect("Password").unwrap();
    s.send_line(PASSWORD).unwrap();
    s.expect("Signed in to").unwrap();
    assert_eq!(exit_code(&mut s), 0);
    let me = sb.cmd(&["whoami", "--json"]).run().ok().json();
    assert_eq!(me["account_id"], account.as_str());
}

#[test]
fn interactive_wrong_password_is_exit_6() {
    let sb = Sandbox::new();
    let account = sb.signup("+8613812345633");
    let mut s = spawn(&sb, &["--profile", "other", "login", &account]);
    s.expect("Password").unwrap();
    s.send_line("not-the-password-1").unwrap();
    assert_eq!(exit_code(&mut s), 6);
}

#[test]
fn interactive_code_login() {
    let sb = Sandbox::new();
    let phone = "+8613812345634";
    let account = sb.signup(phone);
    sb.server().advance(120);
    let mut s = spawn(&sb, &["--profile", "work", "login", phone, "--sms"]);
    s.expect("Code").unwrap();
    let code = sb.code_for(phone);
    s.send_line(&code).unwrap();
    s.expect("Signed in to").unwrap();
    assert_eq!(exit_code(&mut s), 0);
    let me = sb
        .cmd(&["--profile", "work", "whoami", "--json"])
        .run()
        .ok()
        .json();
    assert_eq!(me["account_id"], account.as_str());
}
