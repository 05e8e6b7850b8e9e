//! Scripted journeys: sign-up, password and code sign-in, continue, logout,
//! status, profiles, flows — with --no-input/--json and exit codes.

use crate::support::{Sandbox, PASSWORD};

#[test]
fn scripted_signup_prints_pending_step_then_continue_signs_in() {
    let sb = Sandbox::new();
    let phone = "+8613812345678";
    let run = sb
        .cmd(&["signup", "--phone", phone, "--no-input", "--json"])
        .run()
        .exit(10);
    let pending = run.json();
    for field in ["flow_id", "kind", "awaiting", "sent_to", "expires_at"] {
        assert!(!pending[field].is_null(), "missing {field}\n{}", run.dump());
    }
    assert_eq!(pending["kind"], "signup");
    assert_eq!(pending["awaiting"], "code");
    assert!(
        !pending["sent_to"].as_str().unwrap().contains("1234"),
        "destination is masked"
    );
    let flow_id = pending["flow_id"].as_str().unwrap();
    assert!(
        run.stderr
            .contains(&format!("acctl continue {flow_id} --code")),
        "{}",
        run.dump()
    );

    // The flow is listed while pending.
    let list = sb.cmd(&["flow", "list", "--json"]).run().ok().json();
    assert_eq!(list[0]["flow_id"], flow_id);
    assert_eq!(list[0]["awaiting"], "code");

    let code = sb.code_for(phone);
    let done = sb
        .cmd(&["continue", flow_id, "--code", &code, "--json"])
        .run()
        .ok();
    let account = done.json()["account_id"].as_str().unwrap().to_string();
    assert!((8..=10).contains(&account.len()));
    assert_eq!(done.json()["profile"], "default");

    let me = sb.cmd(&["whoami", "--json"]).run().ok().json();
    assert_eq!(me["account_id"], account.as_str());
    for field in [
        "name",
        "phone",
        "email",
        "phone_verified",
        "email_verified",
        "two_step",
        "created_at",
    ] {
        assert!(me.get(field).is_some(), "whoami lacks {field}: {me}");
    }
    assert_eq!(me["phone_verified"], true);
    assert!(sb
        .cmd(&["flow", "list", "--json"])
        .run()
        .ok()
        .json()
        .as_array()
        .unwrap()
        .is_empty());
}

#[test]
fn plain_signup_prints_the_account_id_on_stdout() {
    let sb = Sandbox::new();
    let email = "ann@example.com";
    let run = sb.cmd(&["signup", "--email", email]).run().exit(10);
    assert!(run.stdout.is_empty(), "{}", run.dump());
    let flow_id = run
        .stderr
        .split_whitespace()
        .skip_while(|w| *w != "continue")
        .nth(1)
        .unwrap()
        .to_string();
    let code = sb.code_for(email);
    let done = sb.cmd(&["continue", &flow_id, "--code", &code]).run().ok();
    let id = done.stdout.trim();
    assert!(
        id.chars().all(|c| c.is_ascii_digit()) && id.len() >= 8,
        "{}",
        done.dump()
    );
    done.stderr_has("Created account")
        .stderr_has("kernel keyring");
}

#[test]
fn password_login_status_token_logout() {
    let sb = Sandbox::new();
    let account = sb.signup("+8613812345601");
    sb.cmd(&["logout"]).run().ok();
    sb.cmd(&["status"]).run().exit(3);

    let login = sb.login("default", &account).json();
    assert_eq!(login["account_id"], account.as_str());
    assert_eq!(login["token_store"], "keyring");

    let status = sb.cmd(&["status", "--json"]).run().ok().json();
    assert_eq!(status["signed_in"], true);
    assert_eq!(status["profiles"][0]["account_id"], account.as_str());
    sb.cmd(&["status"]).run().ok().stdout_has("kernel keyring");

    let token = sb.cmd(&["token"]).run().ok().stdout.trim().to_string();
    assert!(
        !token.is_empty() && token.len() <= 512,
        "SECURITY 37: tokens stay small"
    );

    // ACCTL_TOKEN: used as is, nothing stored, in a fresh config dir.
    let other = Sandbox::offline();
    let me = other
        .cmd(&["whoami", "--json"])
        .env("ACCTL_SERVER", sb.url())
        .env("ACCTL_TOKEN", &token)
        .run()
        .ok()
        .json();
    assert_eq!(me["account_id"], account.as_str());
    assert!(!other.config_dir().exists(), "ACCTL_TOKEN stores nothing");

    let out = sb.cmd(&["logout", "--json"]).run().ok().json();
    assert_eq!(out["signed_out"][0]["revoked_on_server"], true);
    assert!(
        sb.keyring_tokens("default").is_none(),
        "keyring entry removed"
    );
    sb.cmd(&["whoami"]).run().exit(3);
    // The revoked token is dead on the server too.
    other
        .cmd(&["whoami"])
        .env("ACCTL_SERVER", sb.url())
        .env("ACCTL_TOKEN", &token)
        .run()
        .exit(3);
}

#[test]
fn wrong_password_is_exit_6() {
    let sb = Sandbox::new();
    let account = sb.signup("+8613812345602");
    let run = sb
        .cmd(&[
            "--profile",
            "other",
            "login",
            &account,
            "--password-stdin",
            "--json",
        ])
        .stdin("wrong-password-99\n")
        .run()
        .exit(6);
    assert_eq!(run.json()["error"]["code"], "invalid_credentials");
}

#[test]
fn code_login_resumed_stores_session_in_the_original_profile() {
    let sb = Sandbox::new();
    let phone = "+8613812345603";
    let account = sb.signup(phone);
    // The sign-up code was used: a sign-in code is sent at once (issue 11, quickstart).
    sb.cmd(&["--profile", "work", "login", phone, "--sms", "--json"])
        .run()
        .exit(10);
    // That one is still unused: a new one must wait (exit 7, with when).
    let limited = sb
        .cmd(&["--profile", "work", "login", phone, "--sms", "--json"])
        .run()
        .exit(7);
    assert!(limited.json()["error"]["retry_after"].as_u64().unwrap() > 0);
    assert!(
        limited.stderr.contains("Try again after"),
        "{}",
        limited.dump()
    );
    sb.server().advance(120);
    let pending = sb
        .cmd(&["--profile", "work", "login", phone, "--sms", "--json"])
        .run()
        .exit(10)
        .json();
    assert_eq!(pending["kind"], "login");
    let flow_id = pending["flow_id"].as_str().unwrap();
    // A wrong code is refused (6) and the flow stays usable.
    let bad = sb
        .cmd(&["continue", flow_id, "--code", "000000", "--json"])
        .run()
        .exit(6);
    assert_eq!(bad.json()["error"]["code"], "invalid_code");
    let code = sb.code_for(phone);
    // No --profile here: the record says "work".
    sb.cmd(&["continue", flow_id, "--code", &code]).run().ok();
    let me = sb
        .cmd(&["--profile", "work", "whoami", "--json"])
        .run()
        .ok()
        .json();
    assert_eq!(me["account_id"], account.as_str());
    let profiles = sb.cmd(&["profile", "list", "--json"]).run().ok().json();
    let names: Vec<_> = profiles
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].clone())
        .collect();
    assert!(
        names.contains(&"work".into()) && names.contains(&"default".into()),
        "{profiles}"
    );
}

#[test]
fn flow_cancel_and_unknown_flow_is_exit_5() {
    let sb = Sandbox::new();
    let pending = sb
        .cmd(&["signup", "--phone", "+8613812345604", "--json"])
        .run()
        .exit(10)
        .json();
    let flow_id = pending["flow_id"].as_str().unwrap();
    sb.cmd(&["flow", "cancel", flow_id]).run().ok();
    assert!(sb
        .cmd(&["flow", "list", "--json"])
        .run()
        .ok()
        .json()
        .as_array()
        .unwrap()
        .is_empty());
    let run = sb
        .cmd(&["continue", flow_id, "--code", "123456", "--json"])
        .run()
        .exit(5);
    assert_eq!(run.json()["error"]["code"], "flow_not_found");
    sb.cmd(&["continue", "doesnotexist", "--code", "123456"])
        .run()
        .exit(5);
}

#[test]
fn profiles_use_and_remove() {
    let sb = Sandbox::new();
    let account = sb.signup("+8613812345605");
    sb.login("work", &account);
    let nd = sb.cmd(&["profile", "list", "-o", "ndjson"]).run().ok();
    let lines: Vec<serde_json::Value> = nd
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2, "{}", nd.dump());
    sb.cmd(&["profile", "use", "work"]).run().ok();
    let status = sb.cmd(&["status", "--json"]).run().ok().json();
    assert_eq!(status["current_profile"], "work");
    sb.cmd(&["profile", "remove", "work"])
        .run()
        .ok()
        .stderr_has("stays signed in");
    assert!(sb.keyring_tokens("work").is_none());
    let status = sb.cmd(&["status", "--json"]).run().ok().json();
    assert_eq!(status["current_profile"], "default");
}

#[test]
fn logout_all_profiles_clears_everything() {
    let sb = Sandbox::new();
    let account = sb.signup("+8613812345606");
    sb.login("work", &account);
    sb.cmd(&["logout", "--all-profiles"]).run().ok();
    assert!(sb
        .cmd(&["profile", "list", "--json"])
        .run()
        .ok()
        .json()
        .as_array()
        .unwrap()
        .is_empty());
    assert!(sb.keyring_tokens("default").is_none() && sb.keyring_tokens("work").is_none());
}

#[test]
fn limits_and_doctor_report() {
    let sb = Sandbox::new();
    sb.signup("+8613812345607");
    let limits = sb.cmd(&["limits", "--json"]).run().ok().json();
    assert!(limits["destinations"].is_array(), "{limits}");
    assert!(
        limits["password"]["failures_before_lock"].is_number(),
        "{limits}"
    );
    sb.cmd(&["limits"])
        .run()
        .ok()
        .stdout_has("password sign-in");
    let doctor = sb.cmd(&["doctor", "--json"]).run().ok().json();
    let names: Vec<_> = doctor["checks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap().to_string())
        .collect();
    for n in [
        "token store",
        "permissions",
        "environment",
        "server",
        "tls",
        "clock",
    ] {
        assert!(names.iter().any(|x| x == n), "doctor lacks {n}: {doctor}");
    }
    assert_eq!(doctor["ok"], true, "{doctor}");
}

#[test]
fn stdin_closed_when_a_password_is_needed_names_the_flag() {
    let sb = Sandbox::new();
    // stdin is /dev/null: not a terminal, so no prompt; exit 10 naming the flag.
    sb.cmd(&["login", "12345678"])
        .run()
        .exit(10)
        .stderr_has("--password-stdin");
    sb.cmd(&["login", "12345678", "--password-stdin"])
        .stdin("")
        .run()
        .exit(10)
        .stderr_has("stdin was empty");
    let _ = PASSWORD;
}
