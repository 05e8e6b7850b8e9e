//! Bad input and bad conditions: each with its documented exit code and a
//! message that says what to do.

use crate::support::{Sandbox, PASSWORD};

#[test]
fn locked_login_is_exit_7_and_says_until_when() {
    let sb = Sandbox::with_config(|c| {
        c.limits.lockout_free_failures = 1;
        c.limits.lockout_base_delay = 300;
    });
    let account = sb.signup("+8613812345621");
    let mut last = None;
    for _ in 0..3 {
        let run = sb
            .cmd(&[
                "--profile",
                "other",
                "login",
                &account,
                "--password-stdin",
                "--json",
            ])
            .stdin("wrong-password-1\n")
            .run();
        if run.status == 7 {
            last = Some(run);
            break;
        }
        run.exit(6);
    }
    let run = last.expect("login never locked");
    let err = &run.json()["error"];
    assert!(err["retry_after"].as_u64().unwrap() > 0, "{}", run.dump());
    assert!(run.stderr.contains("Try again after"), "{}", run.dump());
}

#[test]
fn unreachable_server_is_exit_8_naming_the_url() {
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let url = format!("http://127.0.0.1:{port}");
    let sb = Sandbox::offline();
    let run = sb
        .cmd(&["login", "12345678", "--password-stdin", "--json"])
        .env("ACCTL_SERVER", &url)
        .stdin(&format!("{PASSWORD}\n"))
        .run()
        .exit(8);
    assert!(run.stderr.contains(&url), "{}", run.dump());
    assert_eq!(run.json()["error"]["code"], "unreachable");
    sb.cmd(&["doctor"])
        .env("ACCTL_SERVER", &url)
        .run()
        .exit(1)
        .stdout_has(&url);
}

#[test]
fn logout_with_the_service_down_clears_local_state_and_warns() {
    let mut sb = Sandbox::new();
    sb.signup("+8613812345622");
    let url = sb.url();
    drop(sb.server.take());
    // Not reachable: status judges by the stored expiry and says it did not check.
    sb.cmd(&["status"])
        .env("ACCTL_SERVER", &url)
        .run()
        .ok()
        .stdout_has("not checked")
        .stderr_has(&url);
    let run = sb.cmd(&["logout"]).env("ACCTL_SERVER", &url).run().ok();
    assert!(
        run.stderr.contains("could not sign profile default out"),
        "{}",
        run.dump()
    );
    assert!(sb.keyring_tokens("default").is_none());
    assert!(sb
        .cmd(&["profile", "list", "--json"])
        .env("ACCTL_SERVER", &url)
        .run()
        .ok()
        .json()
        .as_array()
        .unwrap()
        .is_empty());
}

/// SECURITY 36: keyring unavailable → exit 1 explaining the opt-in; no file written.
#[test]
fn keyring_unavailable_fails_closed_and_explains_the_file_store() {
    let sb = Sandbox::new();
    let phone = "+8613812345623";
    let run = sb
        .cmd(&["signup", "--phone", phone, "--json"])
        .env("ACCTL_TEST_KEYRING_FAIL", "1")
        .run()
        .exit(1);
    assert_eq!(run.json()["error"]["code"], "keyring_unavailable");
    assert!(
        run.stderr.contains("--insecure-storage") && run.stderr.contains("token_store = \"file\""),
        "{}",
        run.dump()
    );
    assert_eq!(sb.count_codes(phone), 0, "probed before any code was sent");
    let doctor = sb
        .cmd(&["doctor", "--json"])
        .env("ACCTL_TEST_KEYRING_FAIL", "1")
        .run()
        .exit(1)
        .json();
    let store = doctor["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "token store")
        .unwrap()
        .clone();
    assert_eq!(store["status"], "fail", "{doctor}");
    assert!(
        store["fix"].as_str().unwrap().contains("token_store"),
        "{doctor}"
    );
    assert!(sb
        .config_files()
        .iter()
        .all(|(p, _)| !p.to_string_lossy().contains("credentials")));

    // Opting in works, warns first, writes 0600, and status shows it.
    let run = sb
        .cmd(&["signup", "--phone", phone, "--insecure-storage", "--json"])
        .env("ACCTL_TEST_KEYRING_FAIL", "1")
        .run()
        .exit(10)
        .stderr_has("unencrypted");
    let flow_id = run.json()["flow_id"].as_str().unwrap().to_string();
    let code = sb.code_for(phone);
    sb.cmd(&["continue", &flow_id, "--code", &code])
        .env("ACCTL_TEST_KEYRING_FAIL", "1")
        .run()
        .ok();
    let cred = sb.config_dir().join("credentials/default.json");
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(&cred).unwrap().permissions().mode() & 0o777,
        0o600
    );
    sb.cmd(&["status"])
        .env("ACCTL_TEST_KEYRING_FAIL", "1")
        .run()
        .ok()
        .stdout_has("insecure storage");
    sb.cmd(&["whoami"])
        .env("ACCTL_TEST_KEYRING_FAIL", "1")
        .run()
        .ok();
    sb.cmd(&["logout"])
        .env("ACCTL_TEST_KEYRING_FAIL", "1")
        .run()
        .ok();
    assert!(!cred.exists());
}

#[test]
fn config_toml_opts_into_the_file_store() {
    let sb = Sandbox::new();
    std::fs::create_dir_all(sb.config_dir()).unwrap();
    std::fs::write(
        sb.config_dir().join("config.toml"),
        "token_store = \"file\"\n",
    )
    .unwrap();
    let run = sb
        .cmd(&["signup", "--phone", "+8613812345624", "--json"])
        .run()
        .exit(10)
        .stderr_has("unencrypted");
    let flow_id = run.json()["flow_id"].as_str().unwrap().to_string();
    let code = sb.code_for("+8613812345624");
    let done = sb
        .cmd(&["continue", &flow_id, "--code", &code, "--json"])
        .run()
        .ok();
    assert_eq!(done.json()["token_store"], "file");
    assert!(sb.keyring_tokens("default").is_none());
}

#[test]
fn expired_flow_is_refused_with_exit_6() {
    let sb = Sandbox::new();
    let phone = "+8613812345625";
    let run = sb
        .cmd(&["signup", "--phone", phone, "--json"])
        .run()
        .exit(10);
    let flow_id = run.json()["flow_id"].as_str().unwrap().to_string();
    let code = sb.code_for(phone);
    sb.server().advance(2 * 3600);
    let run = sb
        .cmd(&["continue", &flow_id, "--code", &code, "--json"])
        .run();
    // Depending on which expires first, the service says flow_expired, code_expired or not found.
    assert!(matches!(run.status, 5 | 6), "{}", run.dump());
}

#[test]
fn taken_phone_is_exit_6() {
    let sb = Sandbox::new();
    let phone = "+8613812345626";
    sb.signup(phone);
    sb.server().advance(120);
    let run = sb
        .cmd(&["--profile", "other", "signup", "--phone", phone, "--json"])
        .run();
    if run.status == 10 {
        let flow_id = run.json()["flow_id"].as_str().unwrap().to_string();
        let code = sb.code_for(phone);
        let run = sb
            .cmd(&["continue", &flow_id, "--code", &code, "--json"])
            .run()
            .exit(6);
        assert_eq!(run.json()["error"]["code"], "phone_taken");
    } else {
        let run = run.exit(6);
        assert_eq!(run.json()["error"]["code"], "phone_taken");
    }
}

/// A locked keyring must not hang the CLI: each call is time-boxed.
#[test]
fn a_hanging_keyring_times_out_with_a_clear_error() {
    let sb = Sandbox::new();
    let started = std::time::Instant::now();
    sb.cmd(&["login", "12345678", "--password-stdin"])
        .env("ACCTL_TEST_KEYRING_HANG", "1")
        .env("ACCTL_TEST_KEYRING_TIMEOUT_MS", "300")
        .stdin(&format!("{PASSWORD}\n"))
        .run()
        .exit(1)
        .stderr_has("did not answer");
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
}
