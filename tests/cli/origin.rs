//! A profile's tokens are bound to the server that issued them (issue 14 item 10;
//! CLI.md "IDs"): `--server` / `ACCTL_SERVER` naming another origin means "not
//! signed in there", and no redirect carries the Authorization header elsewhere.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::support::Sandbox;

/// One request as a [`Recorder`] saw it.
#[derive(Debug, Clone)]
struct Seen {
    line: String,
    authorization: Option<String>,
}

/// A stand-in for another server: records every request (and whether it carried
/// an Authorization header) and answers 401, or redirects to `redirect_to`.
struct Recorder {
    url: String,
    seen: Arc<Mutex<Vec<Seen>>>,
}

impl Recorder {
    fn start(redirect_to: Option<String>) -> Recorder {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let seen = Arc::new(Mutex::new(Vec::new()));
        let log = seen.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { continue };
                let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
                let mut reader = BufReader::new(stream.try_clone().unwrap());
                let mut line = String::new();
                if reader.read_line(&mut line).is_err() {
                    continue;
                }
                let mut authorization = None;
                loop {
                    let mut h = String::new();
                    if reader.read_line(&mut h).unwrap_or(0) == 0 || h == "\r\n" {
                        break;
                    }
                    if let Some((name, value)) = h.split_once(':') {
                        if name.eq_ignore_ascii_case("authorization") {
                            authorization = Some(value.trim().to_string());
                        }
                    }
                }
                let path = line.split_whitespace().nth(1).unwrap_or("/").to_string();
                log.lock().unwrap().push(Seen {
                    line: line.trim().to_string(),
                    authorization,
                });
                let _ = match &redirect_to {
                    Some(to) => write!(
                        stream,
                        "HTTP/1.1 307 Temporary Redirect\r\nlocation: {to}{path}\r\ncontent-length: 0\r\nconnection: close\r\n\r\n"
                    ),
                    None => {
                        let body = r#"{"error":{"code":"unauthenticated","message":"Sign in first"}}"#;
                        write!(
                            stream,
                            "HTTP/1.1 401 Unauthorized\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                            body.len()
                        )
                    }
                };
            }
        });
        Recorder { url, seen }
    }

    fn seen(&self) -> Vec<Seen> {
        self.seen.lock().unwrap().clone()
    }

    fn saw_authorization(&self) -> bool {
        self.seen().iter().any(|s| s.authorization.is_some())
    }
}

/// SECURITY (issue 14 item 10): `--server B` / `ACCTL_SERVER=B` never gets the
/// token of a profile signed in to A: exit 3 with the sign-in remedy, B sees nothing.
#[test]
fn a_profiles_token_is_never_sent_to_another_server() {
    let sb = Sandbox::new();
    let account = sb.signup("+8613812345631");
    let other = Recorder::start(None);
    let b = other.url.as_str();

    let run = sb.cmd(&["whoami", "--server", b, "--json"]).run().exit(3);
    let err = &run.json()["error"];
    assert_eq!(err["code"], "not_signed_in", "{}", run.dump());
    assert_eq!(err["remedy"], format!("acctl login --server {b}"));
    assert!(
        run.stderr.contains(&sb.url()),
        "names where it is signed in: {}",
        run.dump()
    );

    let run = sb
        .cmd(&["token", "--json"])
        .env("ACCTL_SERVER", b)
        .run()
        .exit(3);
    assert_eq!(
        run.json()["error"]["remedy"],
        format!("acctl login --server {b}")
    );
    assert!(
        !run.stdout.contains("acct_at_"),
        "no token printed: {}",
        run.dump()
    );

    // Every command that would use the stored token: requests and refresh alike.
    sb.server().advance(16 * 60); // the access token is due for a refresh
    for args in [
        vec!["devices", "list"],
        vec!["activity"],
        vec!["limits"],
        vec!["2sv", "status"],
        vec!["status"],
    ] {
        sb.cmd(&args).env("ACCTL_SERVER", b).run().exit(3);
    }

    // Another profile is named in the remedy.
    sb.login("work", &account);
    let run = sb
        .cmd(&["--profile", "work", "whoami", "--json"])
        .env("ACCTL_SERVER", b)
        .run()
        .exit(3);
    assert_eq!(
        run.json()["error"]["remedy"],
        format!("acctl --profile work login --server {b}")
    );

    // Logout aimed at B neither sends the token nor forgets the sign-in to A.
    let run = sb.cmd(&["logout", "--server", b, "--json"]).run().exit(3);
    assert_eq!(
        run.json()["error"]["remedy"],
        format!("acctl --server {} logout", sb.url())
    );
    assert!(
        sb.keyring_tokens("default").is_some(),
        "still signed in to A"
    );

    assert!(
        other.seen().is_empty(),
        "B was contacted: {:?}",
        other.seen()
    );

    // The same origin written differently is still the profile's server.
    let upper = sb.url().replace("http://", "HTTP://") + "/";
    sb.cmd(&["whoami"]).env("ACCTL_SERVER", &upper).run().ok();

    // ACCTL_TOKEN is explicit: it goes to the server asked for.
    sb.cmd(&["whoami", "--json"])
        .env("ACCTL_SERVER", b)
        .env("ACCTL_TOKEN", "explicit-token")
        .run()
        .exit(3);
    let seen = other.seen();
    assert_eq!(seen.len(), 1, "{seen:?}");
    assert_eq!(
        seen[0].authorization.as_deref(),
        Some("Bearer explicit-token")
    );

    // And A still serves both profiles.
    sb.cmd(&["whoami"]).run().ok();
    sb.cmd(&["--profile", "work", "whoami"]).run().ok();
}

/// SECURITY (issue 14 item 10): a server that answers 307 to another origin does
/// not get the token forwarded there; acctl reports the redirect and stops.
#[test]
fn a_redirect_to_another_origin_does_not_carry_the_token() {
    let sb = Sandbox::new();
    sb.signup("+8613812345632");
    let elsewhere = Recorder::start(None);
    let redirector = Recorder::start(Some(elsewhere.url.clone()));
    // The profile's own server now redirects (a compromised or misconfigured proxy).
    let path = sb.config_dir().join("profiles.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, text.replace(&sb.url(), &redirector.url)).unwrap();

    let run = sb
        .cmd(&["whoami", "--json"])
        .env("ACCTL_SERVER", &redirector.url)
        .run();
    assert_ne!(run.status, 0, "{}", run.dump());
    assert!(run.stderr.contains("redirect"), "{}", run.dump());
    let asked = redirector.seen();
    assert!(
        !asked.is_empty() && asked[0].line.starts_with("GET /v1/me"),
        "{asked:?}"
    );
    assert!(
        elsewhere.seen().is_empty() && !elsewhere.saw_authorization(),
        "the redirect was followed: {:?}",
        elsewhere.seen()
    );
}
