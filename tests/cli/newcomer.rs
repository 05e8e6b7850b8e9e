//! What a new user and a script hit (issue 11): usage errors as JSON, a broken
//! config.toml refused everywhere, `continue` and `flow list` telling live
//! flows from finished ones, unique ID prefixes, private config files.

use serde_json::Value;

use crate::support::{Sandbox, PASSWORD};

/// CLI.md: with --json every error, clap's usage errors too, is an object on stdout.
#[test]
fn json_usage_errors_print_the_error_object_on_stdout() {
    let sb = Sandbox::offline();
    for args in [
        &["--json", "whoami", "--bogus"][..],
        &["whoami", "-o", "json", "--bogus"],
        &["-o", "ndjson", "devices", "sign-out"],
    ] {
        let run = sb.cmd(args).run().exit(2);
        assert_eq!(run.json()["error"]["code"], "usage", "{}", run.dump());
        assert!(run.stderr.contains("error:"), "{}", run.dump());
    }
    let run = sb.cmd(&["--json", "whoami", "--bogus"]).run().exit(2);
    assert!(
        run.json()["error"]["message"]
            .as_str()
            .unwrap()
            .contains("--bogus"),
        "{}",
        run.dump()
    );
    // Without --json stdout stays empty; --help is not an error.
    assert!(sb
        .cmd(&["whoami", "--bogus"])
        .run()
        .exit(2)
        .stdout
        .is_empty());
    let help = sb.cmd(&["--json", "whoami", "--help"]).run().ok();
    assert!(!help.stdout.contains("\"error\""), "{}", help.dump());
}

/// A typo in config.toml must not be ignored silently: every command refuses it, naming file and line.
#[test]
fn a_broken_config_toml_is_refused_by_every_command_naming_file_and_line() {
    let sb = Sandbox::offline();
    std::fs::create_dir_all(sb.config_dir()).unwrap();
    let path = sb.config_dir().join("config.toml");
    for (text, line) in [
        ("token_store = \"filez\"\n", "config.toml:1:"),
        (
            "# mine\ntoken_store = \"file\"\ntokn_store = 1\n",
            "config.toml:3:",
        ),
    ] {
        std::fs::write(&path, text).unwrap();
        for args in [&["status"][..], &["whoami"], &["flow", "list"], &["logout"]] {
            let run = sb.cmd(args).run().exit(2).stderr_has(line);
            assert!(run.stderr.contains("fix or remove it"), "{}", run.dump());
        }
        let run = sb.cmd(&["--json", "whoami"]).run().exit(2);
        assert_eq!(run.json()["error"]["code"], "usage");
        // doctor still runs and reports it as a failed check.
        let doc = sb.cmd(&["doctor", "--json"]).run().exit(1);
        let checks = doc.json()["checks"].clone();
        let config = checks
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["name"] == "config")
            .unwrap()
            .clone();
        assert_eq!(config["status"], "fail", "{}", doc.dump());
    }
}

#[test]
fn activity_with_an_unknown_kind_is_a_usage_error_listing_the_kinds() {
    let sb = Sandbox::offline();
    let run = sb
        .cmd(&["activity", "--kind", "bogus", "--json"])
        .run()
        .exit(2);
    let msg = run.json()["error"]["message"].as_str().unwrap().to_string();
    assert!(
        msg.contains("sign_in") && msg.contains("password_changed"),
        "{msg}"
    );
}

fn pending_signup(sb: &Sandbox, phone: &str) -> String {
    let run = sb
        .cmd(&["signup", "--phone", phone, "--no-input", "--json"])
        .run()
        .exit(10);
    run.json()["flow_id"].as_str().unwrap().to_string()
}

/// A finished flow is "already completed", exit 5 (CLI.md: not found), not a failure.
#[test]
fn continue_on_a_finished_flow_is_exit_5_already_completed() {
    let sb = Sandbox::new();
    let phone = "+8613812345901";
    let flow = pending_signup(&sb, phone);
    let code = sb.code_for(phone);
    // A unique prefix is enough.
    sb.cmd(&["continue", &flow[..8], "--code", &code, "--json"])
        .run()
        .ok();
    let run = sb
        .cmd(&["continue", &flow, "--code", &code, "--json"])
        .run()
        .exit(5);
    assert_eq!(run.json()["error"]["code"], "flow_completed");
    assert!(run.stderr.contains("already completed"), "{}", run.dump());
}

fn record(dir: &std::path::Path, flows: &[(&str, &str)]) {
    let mut all: Vec<Value> = std::fs::read_to_string(dir.join("flows.json"))
        .ok()
        .map(|t| serde_json::from_str(&t).unwrap())
        .unwrap_or_default();
    for (id, kind) in flows {
        all.push(serde_json::json!({
            "flow_id": id, "kind": kind, "profile": "default",
            "server": "http://127.0.0.1:9", "expires_at": "2999-01-01T00:00:00Z",
            "awaiting": "code",
        }));
    }
    std::fs::write(dir.join("flows.json"), serde_json::to_string(&all).unwrap()).unwrap();
}

/// Prefixes (as git takes them): a unique one resolves, an ambiguous one is
/// exit 2 listing the matches, an unknown one exit 5.
#[test]
fn flow_prefixes_resolve_ambiguous_is_usage_unknown_is_not_found() {
    let sb = Sandbox::offline();
    std::fs::create_dir_all(sb.config_dir()).unwrap();
    let (a, b) = (
        "abcd0000000000000000000000000001",
        "abcd0000000000000000000000000002",
    );
    record(&sb.config_dir(), &[(a, "login"), (b, "signup")]);
    let run = sb.cmd(&["continue", "abcd", "--json"]).run().exit(2);
    assert_eq!(run.json()["error"]["code"], "ambiguous");
    let msg = run.json()["error"]["message"].as_str().unwrap().to_string();
    assert!(msg.contains(a) && msg.contains(b), "{msg}");
    sb.cmd(&["flow", "cancel", "abcd"]).run().exit(2);
    sb.cmd(&["continue", "ffff"])
        .run()
        .exit(5)
        .stderr_has("acctl flow list");
    sb.cmd(&["continue", "ab"])
        .run()
        .exit(2)
        .stderr_has("too short");
    // A unique prefix picks the flow: here its server is down (exit 8), so it got that far.
    sb.cmd(&["flow", "cancel", "abcd0000000000000000000000000002"])
        .run()
        .exit(8);
}

/// `flow list` shows only live flows: finished, unknown to the service or superseded ones go.
#[test]
fn flow_list_shows_only_live_flows() {
    let sb = Sandbox::new();
    let phone = "+8613812345902";
    sb.signup(phone);
    sb.server().advance(120);
    // Two code sign-ins in one profile: the second supersedes the first.
    let first = sb.pending_sms_login("p2", phone);
    sb.server().advance(120);
    let second = sb.pending_sms_login("p2", phone);
    let first = first.json()["flow_id"].as_str().unwrap().to_string();
    let second = second.json()["flow_id"].as_str().unwrap().to_string();
    // A flow the service does not know (finished and gone, or never there).
    let mut all: Vec<Value> =
        serde_json::from_str(&std::fs::read_to_string(sb.config_dir().join("flows.json")).unwrap())
            .unwrap();
    all.push(serde_json::json!({
        "flow_id": "0123456789abcdef0123456789abcdef", "kind": "signup", "profile": "p2",
        "server": sb.url(), "expires_at": "2999-01-01T00:00:00Z", "awaiting": "code",
    }));
    std::fs::write(
        sb.config_dir().join("flows.json"),
        serde_json::to_string(&all).unwrap(),
    )
    .unwrap();
    let list = sb
        .cmd(&["--profile", "p2", "flow", "list", "--json"])
        .run()
        .ok();
    let ids: Vec<String> = list
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["flow_id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, vec![second.clone()], "{}", list.dump());
    assert!(!ids.contains(&first));
    // Finished: gone from the list too.
    let code = sb.code_for(phone);
    sb.cmd(&["continue", &second, "--code", &code]).run().ok();
    let list = sb
        .cmd(&["--profile", "p2", "flow", "list", "--json"])
        .run()
        .ok();
    assert_eq!(list.json(), serde_json::json!([]), "{}", list.dump());
    let text = std::fs::read_to_string(sb.config_dir().join("flows.json")).unwrap();
    assert!(!text.contains("0123456789abcdef"), "{text}");
}

/// Help examples use short device IDs: a unique prefix signs that device out.
#[test]
fn devices_sign_out_takes_a_unique_prefix() {
    let sb = Sandbox::new();
    let phone = "+8613812345903";
    let account = sb.signup(phone);
    sb.login("laptop", &account);
    let status = sb.cmd(&["status", "--json"]).run().ok().json();
    let other = status["profiles"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "laptop")
        .and_then(|p| p["device_id"].as_str())
        .unwrap()
        .to_string();
    sb.cmd(&["devices", "sign-out", "zzzz"]).run().exit(5);
    let run = sb
        .cmd(&["devices", "sign-out", &other[..8], "--json"])
        .run()
        .ok();
    assert_eq!(
        run.json()["signed_out"][0]["device_id"],
        other.as_str(),
        "{}",
        run.dump()
    );
    sb.cmd(&["--profile", "laptop", "whoami"]).run().exit(3);
}

/// The waiting period extends the flow: the JSON says until when it really lives,
/// and `recover status` takes a prefix of the flow ID.
#[test]
fn a_waiting_reset_shows_its_true_expiry_and_takes_a_prefix() {
    let sb = Sandbox::with_config(|c| {
        c.limits.code_resend_cooldown = 0;
        c.limits.recovery_delay = 3600;
    });
    let phone = "+8613812345904";
    sb.signup(phone);
    let start = sb
        .cmd(&[
            "--profile",
            "other",
            "recover",
            "password",
            phone,
            "--no-input",
            "--json",
        ])
        .env("ACCTL_TEST_LOCAL_ADDR", "127.0.0.2")
        .run()
        .exit(10);
    let flow = start.json()["flow_id"].as_str().unwrap().to_string();
    let code = sb.code_for(phone);
    sb.cmd(&["continue", &flow, "--code", &code, "--json"])
        .env("ACCTL_TEST_LOCAL_ADDR", "127.0.0.2")
        .run()
        .exit(10);
    let waiting = sb
        .cmd(&["continue", &flow, "--password-stdin", "--json"])
        .env("ACCTL_TEST_LOCAL_ADDR", "127.0.0.2")
        .stdin("amber-Falcon-2026\n")
        .run()
        .ok();
    let w = waiting.json();
    let parse = |v: &Value| {
        time::OffsetDateTime::parse(
            v.as_str().unwrap(),
            &time::format_description::well_known::Rfc3339,
        )
        .unwrap()
    };
    assert!(
        parse(&w["expires_at"]) > parse(&w["wait_until"]),
        "{}",
        waiting.dump()
    );
    let st = sb
        .cmd(&["recover", "status", &flow[..8], "--json"])
        .run()
        .ok();
    assert_eq!(st.json()["status"], "waiting", "{}", st.dump());
}

/// SECURITY: everything in the config dir is private; doctor flags what is not,
/// tickets.json (status secrets) and lock files included.
#[cfg(unix)]
#[test]
fn doctor_flags_readable_config_files_and_acctl_creates_them_private() {
    use std::os::unix::fs::PermissionsExt;
    let sb = Sandbox::new();
    sb.signup("+8613812345905");
    let dir = sb.config_dir();
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let mut seen = 0;
    let mut stack = vec![dir.clone()];
    while let Some(p) = stack.pop() {
        if p.is_dir() {
            assert_eq!(mode(&p), 0o700, "{}", p.display());
            stack.extend(std::fs::read_dir(&p).unwrap().flatten().map(|e| e.path()));
        } else {
            assert_eq!(mode(&p), 0o600, "{}", p.display());
            seen += 1;
        }
    }
    assert!(seen >= 2, "profiles.toml and its lock file at least");
    let lock = dir.join(".profiles.toml.lock");
    assert!(lock.exists());
    let doc = sb.cmd(&["doctor", "--json"]).run().ok();
    assert!(doc.stdout.contains("are private"), "{}", doc.dump());
    std::fs::write(dir.join("tickets.json"), "[]").unwrap();
    for (path, m) in [
        (dir.join("profiles.toml"), 0o644),
        (dir.clone(), 0o755),
        (dir.join("tickets.json"), 0o644),
        (lock.clone(), 0o640),
    ] {
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(m)).unwrap();
    }
    let doc = sb.cmd(&["doctor", "--json"]).run().exit(1);
    let perms = doc.json()["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "permissions")
        .unwrap()
        .clone();
    let detail = perms["detail"].as_str().unwrap();
    for name in [
        "profiles.toml is 644",
        "tickets.json is 644",
        ".profiles.toml.lock is 640",
        "config is 755",
    ] {
        assert!(detail.contains(name), "{name} in {detail}");
    }
    assert!(perms["fix"].as_str().unwrap().contains("chmod -R go-rwx"));
    let _ = PASSWORD;
}
