//! The network edges: a service that accepts but never answers, https to a
//! plain-http port, a cached token while the service is down, `--server X status`
//! naming what it contacted, and `logout` under ACCTL_TOKEN.

use std::time::{Duration, Instant};

use crate::support::{Sandbox, PASSWORD};

/// A listener that accepts connections and never answers (kept open until drop).
fn silent_listener() -> (String, std::thread::JoinHandle<()>, std::net::TcpListener) {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", l.local_addr().unwrap());
    let clone = l.try_clone().unwrap();
    let t = std::thread::spawn(move || {
        let mut held = Vec::new();
        for s in clone.incoming().take(8) {
            match s {
                Ok(s) => held.push(s),
                Err(_) => return,
            }
        }
        std::thread::sleep(Duration::from_secs(5));
    });
    (url, t, l)
}

/// A server that accepts but never answers: exit 8 after the request timeout
/// (short here, 30 s by default), naming it, without a doubled wait.
#[test]
fn a_server_that_never_answers_is_exit_8_naming_the_request_timeout() {
    let (url, _t, _l) = silent_listener();
    let sb = Sandbox::offline();
    let started = Instant::now();
    let run = sb
        .cmd(&[
            "--server",
            &url,
            "recover",
            "id",
            "--phone",
            "+8613812345795",
            "--json",
        ])
        .env("ACCTL_TEST_REQUEST_TIMEOUT_MS", "700")
        .run()
        .exit(8);
    assert!(
        run.stderr
            .contains("accepted the connection but did not answer within 700 ms"),
        "{}",
        run.dump()
    );
    assert_eq!(run.json()["error"]["code"], "unreachable");
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
}

/// https:// to acctd's plain-http port: the TLS failure by name, with the fix.
#[test]
fn https_to_a_plain_http_port_names_the_tls_failure() {
    let sb = Sandbox::new();
    let https = sb.url().replacen("http://", "https://", 1);
    let run = sb
        .cmd(&[
            "--server",
            &https,
            "recover",
            "id",
            "--phone",
            "+8613812345796",
            "--json",
        ])
        .run()
        .exit(8);
    assert!(
        run.stderr.contains("TLS handshake failed") && run.stderr.contains("does not speak TLS"),
        "{}",
        run.dump()
    );
    assert!(
        run.stderr.contains(&format!("did you mean {}", sb.url())),
        "{}",
        run.dump()
    );
}

/// `acctl token` prints the cached token while it is valid, with the service down.
#[test]
fn token_prints_the_cached_token_while_the_server_is_down() {
    let mut sb = Sandbox::new();
    sb.signup("+8613812345797");
    let online = sb.cmd(&["token", "--json"]).run().ok().json();
    let url = sb.url();
    drop(sb.server.take());
    let offline = sb
        .cmd(&["token", "--json"])
        .env("ACCTL_SERVER", &url)
        .run()
        .ok()
        .json();
    assert_eq!(offline["access_token"], online["access_token"]);
    let plain = sb.cmd(&["token"]).env("ACCTL_SERVER", &url).run().ok();
    assert_eq!(
        plain.stdout.trim(),
        online["access_token"].as_str().unwrap()
    );
}

/// `--server X status` says what it contacted and is exit 8 when X is unreachable.
#[test]
fn status_with_an_unreachable_server_names_it_and_exits_8() {
    let sb = Sandbox::new();
    sb.signup("+8613812345798");
    let ok = sb
        .cmd(&["--server", &sb.url(), "status", "--json"])
        .run()
        .ok();
    assert_eq!(ok.json()["server"], sb.url().as_str());
    assert_eq!(ok.json()["reachable"], true);
    let dead = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        format!("http://{}", l.local_addr().unwrap())
    };
    let run = sb
        .cmd(&["--server", &dead, "status", "--json"])
        .run()
        .exit(8);
    assert_eq!(run.json()["server"], dead.as_str(), "{}", run.dump());
    assert_eq!(run.json()["reachable"], false);
    assert!(run.stderr.contains(&dead), "{}", run.dump());
    sb.cmd(&["--server", &dead, "status"])
        .run()
        .exit(8)
        .stdout_has(&format!("{dead} (not reachable)"));
}

/// `ACCTL_TOKEN=… acctl logout` says the token is in use, revokes it, and leaves
/// the stored sign-in alone.
#[test]
fn logout_with_acctl_token_says_so_and_revokes_only_that_token() {
    let sb = Sandbox::new();
    let phone = "+8613812345799";
    sb.signup(phone);
    sb.cmd(&[
        "--profile",
        "ci",
        "login",
        phone,
        "--password-stdin",
        "--json",
    ])
    .stdin(&format!("{PASSWORD}\n"))
    .run()
    .ok();
    let token = sb
        .cmd(&["--profile", "ci", "token"])
        .run()
        .ok()
        .stdout
        .trim()
        .to_string();
    let run = sb
        .cmd(&["logout", "--json"])
        .env("ACCTL_TOKEN", &token)
        .run()
        .ok();
    assert!(
        run.stderr.contains("ACCTL_TOKEN is in use"),
        "{}",
        run.dump()
    );
    assert!(!run.stderr.contains("was not signed in"), "{}", run.dump());
    assert!(run.stderr.contains("untouched"), "{}", run.dump());
    assert_eq!(run.json()["signed_out"][0]["revoked_on_server"], true);
    sb.cmd(&["whoami"]).env("ACCTL_TOKEN", &token).run().exit(3);
    sb.cmd(&["whoami"]).run().ok();
}
