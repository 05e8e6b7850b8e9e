//! Surfaces that must work with no server, no keyring and no config.

use crate::support::Sandbox;

/// Guards the speed promise: --help, --version and completions touch neither
/// the network, the keyring nor the config dir.
#[test]
fn help_version_and_completions_need_no_server_or_keyring() {
    let sb = Sandbox::offline();
    for args in [
        vec!["--help"],
        vec!["--version"],
        vec!["login", "--help"],
        vec!["completions", "bash"],
        vec!["completions", "zsh"],
    ] {
        sb.cmd(&args)
            .env("ACCTL_SERVER", "http://127.0.0.1:9")
            .env("ACCTL_TEST_KEYRING_FAIL", "1")
            .run()
            .ok();
    }
    assert!(!sb.config_dir().exists(), "config dir must not be created");
}

#[test]
fn every_command_help_has_examples() {
    let sb = Sandbox::offline();
    for cmd in [
        "signup",
        "login",
        "logout",
        "status",
        "whoami",
        "token",
        "continue",
        "profile",
        "flow",
        "limits",
        "doctor",
        "completions",
    ] {
        sb.cmd(&[cmd, "--help"]).run().ok().stdout_has("Examples:");
    }
    sb.cmd(&["profile", "use", "--help"])
        .run()
        .ok()
        .stdout_has("Examples:");
    sb.cmd(&["flow", "cancel", "--help"])
        .run()
        .ok()
        .stdout_has("Examples:");
}

#[test]
fn unknown_output_format_is_a_usage_error() {
    let sb = Sandbox::offline();
    sb.cmd(&["-o", "yaml", "status"])
        .run()
        .exit(2)
        .stderr_has("yaml");
    sb.cmd(&["--bogus"]).run().exit(2);
}

#[test]
fn malformed_logins_are_refused_locally_with_exit_6() {
    let sb = Sandbox::offline();
    // No server is running: these must fail before any request.
    let run = sb.cmd(&["login", "bob", "--json"]).run().exit(6);
    assert_eq!(run.json()["error"]["code"], "invalid_login");
    let run = sb
        .cmd(&["signup", "--phone", "13812345678", "--json"])
        .run()
        .exit(6);
    assert_eq!(run.json()["error"]["code"], "invalid_phone");
    sb.cmd(&["signup", "--email", "ann@"])
        .run()
        .exit(6)
        .stderr_has("not a valid email");
}

#[test]
fn signup_without_contact_under_no_input_is_usage() {
    let sb = Sandbox::offline();
    sb.cmd(&["signup", "--no-input"])
        .run()
        .exit(2)
        .stderr_has("--phone");
    sb.cmd(&["login", "--no-input"])
        .run()
        .exit(2)
        .stderr_has("LOGIN");
}

#[test]
fn plain_http_off_loopback_is_refused_unless_allowed() {
    let sb = Sandbox::offline();
    let run = sb
        .cmd(&[
            "--server",
            "http://accounts.example.invalid",
            "login",
            "12345678",
            "--password-stdin",
        ])
        .stdin("pw\n")
        .run()
        .exit(2);
    assert!(
        run.stderr.contains("--allow-insecure-http"),
        "{}",
        run.dump()
    );
    // Allowed, it goes on to the network, which cannot resolve the name: exit 8 naming the URL.
    sb.cmd(&[
        "--server",
        "http://accounts.example.invalid",
        "--allow-insecure-http",
        "login",
        "12345678",
        "--password-stdin",
        "--insecure-storage",
    ])
    .stdin("pw\n")
    .run()
    .exit(8)
    .stderr_has("http://accounts.example.invalid");
}

#[test]
fn corrupt_profile_file_is_named_and_left_untouched() {
    let sb = Sandbox::offline();
    std::fs::create_dir_all(sb.config_dir()).unwrap();
    let path = sb.config_dir().join("profiles.toml");
    std::fs::write(&path, "[profiles.default\nserver = ").unwrap();
    for args in [vec!["whoami"], vec!["status"], vec!["profile", "list"]] {
        sb.cmd(&args).run().exit(1).stderr_has("profiles.toml");
    }
    sb.cmd(&["login", "12345678", "--password-stdin"])
        .stdin("pw\n")
        .run()
        .exit(1)
        .stderr_has("profiles.toml");
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "[profiles.default\nserver = "
    );
}

#[test]
fn whoami_without_sign_in_is_exit_3_with_remedy() {
    let sb = Sandbox::offline();
    let run = sb.cmd(&["whoami", "--json"]).run().exit(3);
    assert_eq!(run.json()["error"]["remedy"], "acctl login");
    assert!(run.stderr.contains("acctl login"), "{}", run.dump());
}

#[test]
fn profile_commands_work_offline() {
    let sb = Sandbox::offline();
    let run = sb.cmd(&["profile", "list", "--json"]).run().ok();
    assert_eq!(run.json(), serde_json::json!([]));
    sb.cmd(&["profile", "use", "nope"]).run().exit(5);
    sb.cmd(&["profile", "remove", "nope"]).run().exit(5);
    sb.cmd(&["--profile", "../x", "status"]).run().exit(2);
}

/// No ANSI codes when not a terminal (even without NO_COLOR), unless forced.
#[test]
fn no_colour_when_piped_unless_forced() {
    let sb = Sandbox::offline();
    let mut cmd = sb.cmd(&["whoami"]);
    cmd.cmd.env_remove("NO_COLOR");
    let run = cmd.run().exit(3);
    assert!(
        !run.stderr.contains('\u{1b}') && !run.stdout.contains('\u{1b}'),
        "{}",
        run.dump()
    );
    let mut cmd = sb.cmd(&["--color", "always", "whoami"]);
    cmd.cmd.env_remove("NO_COLOR");
    let run = cmd.run().exit(3);
    assert!(run.stderr.contains('\u{1b}'), "{}", run.dump());
    let run = sb.cmd(&["--color", "never", "whoami"]).run().exit(3);
    assert!(!run.stderr.contains('\u{1b}'), "{}", run.dump());
}

/// ripgrep's rule: a reader that goes away early is not an error.
#[test]
fn broken_pipe_is_exit_0() {
    let sb = Sandbox::offline();
    let mut child = sb.cmd(&["completions", "zsh"]).spawn();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
