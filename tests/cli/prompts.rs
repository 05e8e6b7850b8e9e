//! Prompts a new user meets (pty): a refused sign-up password is asked again,
//! and a phone change says where each of its two codes went.

use std::time::Duration;

use expectrl::Session;

use crate::support::{Sandbox, PASSWORD};

fn spawn(sb: &Sandbox, args: &[&str]) -> Session {
    let mut s = Session::spawn(sb.cmd(args).cmd).expect("spawn acctl in a pty");
    s.set_expect_timeout(Some(Duration::from_secs(20)));
    s
}

fn exit_code(s: &mut Session) -> i32 {
    let _ = s.expect(expectrl::Eof);
    match s.get_process().wait().expect("wait") {
        expectrl::WaitStatus::Exited(_, code) => code,
        other => panic!("acctl did not exit normally: {other:?}"),
    }
}

/// Like `password change`: a refused password names the rule and asks again.
#[test]
fn signup_asks_again_for_a_refused_password_and_scripts_get_exit_6() {
    let sb = Sandbox::new();
    let phone = "+8613812345931";
    let mut s = spawn(&sb, &["signup", "--phone", phone]);
    s.expect("Choose a password").unwrap();
    s.send_line("password").unwrap();
    s.expect("Repeat the password").unwrap();
    s.send_line("password").unwrap();
    s.expect("Choose another").unwrap();
    s.expect("Choose a password").unwrap();
    s.send_line(PASSWORD).unwrap();
    s.expect("Repeat the password").unwrap();
    s.send_line(PASSWORD).unwrap();
    s.expect("Code sent to").unwrap();
    s.send_line(sb.code_for(phone)).unwrap();
    s.expect("Created account").unwrap();
    assert_eq!(exit_code(&mut s), 0);
    let run = sb
        .cmd(&[
            "signup",
            "--phone",
            "+8613812345932",
            "--password-stdin",
            "--json",
        ])
        .stdin("password\n")
        .run()
        .exit(6);
    assert_eq!(run.json()["error"]["code"], "weak_password");
}

/// The two codes of a phone change: each prompt says where its code went.
#[test]
fn phone_change_says_where_each_code_went() {
    let sb = Sandbox::with_config(|c| c.limits.code_resend_cooldown = 0);
    let old = "+8613812345933";
    let new = "+8613912345933";
    sb.signup(old);
    let mut s = spawn(&sb, &["phone", "change", new]);
    s.expect("(your current number)").unwrap();
    s.expect("Code sent to").unwrap();
    s.send_line(sb.code_for(old)).unwrap();
    s.expect("(the new number)").unwrap();
    s.expect("Code sent to").unwrap();
    s.send_line(sb.code_for(new)).unwrap();
    s.expect("Phone changed").unwrap();
    assert_eq!(exit_code(&mut s), 0);
}
