//! Sessions over time: refresh on expiry (single-flight across processes),
//! rejected refresh, revoked devices, and where tokens are (not) written.

use crate::support::{Run, Sandbox, PASSWORD};

/// SECURITY 39: 5 parallel `acctl whoami` at expiry; none is logged out, because
/// the refresh is single-flight (file lock + re-read), never a double rotation.
#[test]
fn parallel_whoami_at_expiry_refresh_once_and_stay_signed_in() {
    let sb = Sandbox::new();
    let account = sb.signup("+8613812345611");
    let before = sb.keyring_tokens("default").unwrap();
    sb.server().advance(16 * 60);
    let children: Vec<_> = (0..5)
        .map(|_| sb.cmd(&["whoami", "--json", "-v"]).spawn())
        .collect();
    for child in children {
        let run = Run::from_output(
            "acctl whoami --json -v (parallel)".into(),
            child.wait_with_output().unwrap(),
        );
        let run = run.ok();
        assert_eq!(run.json()["account_id"], account.as_str());
    }
    let after = sb.keyring_tokens("default").unwrap();
    assert_ne!(
        before["refresh_token"], after["refresh_token"],
        "the refresh token rotated"
    );
    sb.cmd(&["whoami"]).run().ok();
    sb.cmd(&["status"]).run().ok();
}

#[test]
fn rejected_refresh_deletes_the_session_and_exits_3() {
    let sb = Sandbox::new();
    sb.signup("+8613812345612");
    sb.server().advance(31 * 86400);
    let run = sb.cmd(&["whoami", "--json"]).run().exit(3);
    assert!(
        run.stderr.contains("expired or was revoked"),
        "{}",
        run.dump()
    );
    assert_eq!(run.json()["error"]["remedy"], "acctl login");
    assert!(
        sb.keyring_tokens("default").is_none(),
        "stored session deleted"
    );
    // Never retried: the next run says "not signed in" without a refresh.
    sb.cmd(&["whoami", "-v"]).run().exit(3);
}

#[test]
fn a_device_signed_out_elsewhere_exits_3() {
    let sb = Sandbox::new();
    let account = sb.signup("+8613812345613");
    sb.login("work", &account);
    // Sign "work" out from the server side with its own token (as another client would).
    let token = sb.keyring_tokens("work").unwrap()["access_token"]
        .as_str()
        .unwrap()
        .to_string();
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let client = acct_client::Client::new(&sb.url(), Default::default())
        .unwrap()
        .with_token(token);
    rt.block_on(client.logout()).unwrap();
    let run = sb.cmd(&["--profile", "work", "whoami"]).run().exit(3);
    // The remedy names the profile that is not the default.
    assert!(
        run.stderr.contains("acctl --profile work login"),
        "{}",
        run.dump()
    );
    // The other profile is untouched.
    sb.cmd(&["whoami"]).run().ok();
}

/// SECURITY 36/38: with the keyring store no token reaches any file.
#[test]
fn no_token_is_written_to_any_file_with_the_keyring_store() {
    let sb = Sandbox::new();
    sb.signup("+8613812345614");
    sb.server().advance(16 * 60);
    sb.cmd(&["whoami"]).run().ok(); // forces a refresh and a save
    let tokens = sb.keyring_tokens("default").unwrap();
    let secrets = [
        tokens["access_token"].as_str().unwrap().to_string(),
        tokens["refresh_token"].as_str().unwrap().to_string(),
    ];
    let files = sb.config_files();
    assert!(!files.is_empty());
    for (path, bytes) in files {
        let text = String::from_utf8_lossy(&bytes);
        for s in &secrets {
            assert!(
                !text.contains(s.as_str()),
                "{} holds a token",
                path.display()
            );
        }
        assert!(
            !text.contains("refresh_token"),
            "{} mentions refresh_token",
            path.display()
        );
    }
}

#[test]
fn verbose_trace_never_shows_tokens() {
    let sb = Sandbox::new();
    sb.signup("+8613812345615");
    sb.server().advance(16 * 60);
    let run = sb.cmd(&["whoami", "-v"]).run().ok();
    let tokens = sb.keyring_tokens("default").unwrap();
    assert!(run.stderr.contains("GET"), "{}", run.dump());
    assert!(run.stderr.contains("/v1/token/refresh"), "{}", run.dump());
    for k in ["access_token", "refresh_token"] {
        assert!(
            !run.stderr.contains(tokens[k].as_str().unwrap()),
            "{}",
            run.dump()
        );
    }
}

/// The stored access expiry alone (no 401 needed) triggers the refresh.
#[test]
fn stored_expiry_triggers_a_refresh_before_the_request() {
    let sb = Sandbox::new();
    sb.signup("+8613812345616");
    let path = sb.config_dir().join("profiles.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let re_past = text
        .lines()
        .map(|l| {
            if l.starts_with("access_expires_at") {
                "access_expires_at = \"2000-01-01T00:00:00Z\"".to_string()
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(&path, re_past).unwrap();
    let run = sb.cmd(&["whoami", "-v"]).run().ok();
    let refresh = run.stderr.find("/v1/token/refresh").expect("refreshed");
    let me = run.stderr.find("/v1/me").unwrap();
    assert!(refresh < me, "refresh comes first\n{}", run.dump());
    assert_eq!(run.stderr.matches("/v1/me").count(), 1, "{}", run.dump());
}

/// A new sign-in into a signed-in profile signs the replaced device out.
#[test]
fn signing_in_again_revokes_the_replaced_session() {
    let sb = Sandbox::new();
    let account = sb.signup("+8613812345617");
    let old = sb.keyring_tokens("default").unwrap()["access_token"]
        .as_str()
        .unwrap()
        .to_string();
    sb.login("default", &account);
    let other = Sandbox::offline();
    other
        .cmd(&["whoami"])
        .env("ACCTL_SERVER", sb.url())
        .env("ACCTL_TOKEN", &old)
        .run()
        .exit(3);
    sb.cmd(&["whoami"]).run().ok();
}

fn on_path(bin: &str) -> bool {
    std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).any(|d| d.join(bin).is_file()))
        .unwrap_or(false)
}

/// A sign-in prefers the Secret Service when one answers (most Linux desktops keep
/// secrets there), the entry is really in it (`secret-tool search` finds it), and
/// `logout` removes it. Needs dbus-run-session, gnome-keyring-daemon and secret-tool;
/// CI installs them and sets ACCTL_TEST_REQUIRE_SECRET_SERVICE=1 so it never skips.
#[test]
fn secret_service_holds_the_session_and_logout_removes_it() {
    let tools = ["dbus-run-session", "gnome-keyring-daemon", "secret-tool"];
    if let Some(missing) = tools.iter().find(|t| !on_path(t)) {
        assert!(
            std::env::var_os("ACCTL_TEST_REQUIRE_SECRET_SERVICE").is_none(),
            "ACCTL_TEST_REQUIRE_SECRET_SERVICE is set but {missing} is not installed"
        );
        eprintln!("skipped: needs {}", tools.join(", "));
        return;
    }
    let sb = Sandbox::new();
    let account = sb.signup("+8613812345618");
    sb.cmd(&["logout"]).run().ok();
    // One D-Bus session with an unlocked keyring for the whole sequence. The daemon
    // registers on the bus a moment after it forks: until then a client would have
    // D-Bus start a second, empty one. The markers split what secret-tool found
    // after sign-in from what it found after logout.
    let script = format!(
        "export $(printf pw | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null) && \
         for i in $(seq 100); do dbus-send --session --print-reply --dest=org.freedesktop.DBus \
           /org/freedesktop/DBus org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets \
           2>/dev/null | grep -q 'boolean true' && break; sleep 0.1; done && \
         printf '%s\\n' '{PASSWORD}' | {bin} login {account} --password-stdin && {bin} whoami --json && \
         echo '== after login' && secret-tool search --all service {service} 2>&1 && \
         {bin} logout && echo '== after logout' && secret-tool search --all service {service} 2>&1; true",
        bin = crate::support::BIN,
        service = sb.service,
    );
    let run = sb
        .cmd(&[])
        .env_remove("ACCTL_KEYRING_BACKEND")
        .program(
            "timeout",
            &["60", "dbus-run-session", "--", "sh", "-c", &script],
        )
        .run()
        .ok();
    assert!(run.stderr.contains("Secret Service"), "{}", run.dump());
    assert!(run.stdout.contains(&account), "{}", run.dump());
    let all = format!("{}{}", run.stdout, run.stderr);
    let after_login = all
        .split("== after login")
        .nth(1)
        .and_then(|rest| rest.split("== after logout").next())
        .unwrap_or_default();
    let after_logout = all.split("== after logout").nth(1).unwrap_or_default();
    assert!(
        after_login.contains(&format!("service = {}", sb.service)),
        "secret-tool finds the entry after sign-in\n{}",
        run.dump()
    );
    assert!(
        !after_logout.contains(&format!("service = {}", sb.service)),
        "logout removed the entry\n{}",
        run.dump()
    );
    assert!(
        sb.keyring_tokens("default").is_none(),
        "nothing in the kernel keyring"
    );
}

/// After a reboot the kernel keyring is empty while profiles.toml remains.
#[test]
fn tokens_missing_from_the_keyring_say_why_and_exit_3() {
    let sb = Sandbox::new();
    sb.signup("+8613812345619");
    use linux_keyutils::{KeyRing, KeyRingIdentifier};
    let ring = KeyRing::from_special_id(KeyRingIdentifier::Session, false).unwrap();
    let key = ring
        .search(&format!("keyring-rs:default@{}", sb.service))
        .unwrap();
    key.invalidate().unwrap();
    sb.cmd(&["whoami"])
        .run()
        .exit(3)
        .stderr_has("does not survive a reboot");
    sb.cmd(&["status"]).run().exit(3);
}
