//! The email confirm page in a real browser: headless Chromium driven over the
//! DevTools protocol (a websocket), no network beyond 127.0.0.1.
//!
//! Needs Debian's `chromium` (`apt-get install -y chromium`; `.ci/run` installs
//! it). Without it the test fails under CI (`CI=true`) and is skipped with a
//! notice elsewhere.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::support::Sandbox;

const CHROMIUM: &str = "/usr/bin/chromium";

/// Kills the browser when the test ends, pass or fail.
struct Browser {
    child: Child,
    _profile: tempfile::TempDir,
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Launches headless Chromium; returns it and its DevTools port.
fn launch() -> Option<(Browser, u16)> {
    let path = std::env::var("ACCTL_TEST_CHROMIUM").unwrap_or_else(|_| CHROMIUM.into());
    if !std::path::Path::new(&path).exists() {
        let ci = std::env::var("CI").is_ok_and(|v| v == "true" || v == "1");
        assert!(
            !ci,
            "{path} is missing: the email confirm page test needs Chromium (apt-get install -y chromium)"
        );
        eprintln!("skipped: {path} is missing (apt-get install -y chromium); set CI=true to make this fail");
        return None;
    }
    let profile = tempfile::tempdir().unwrap();
    let mut child = Command::new(&path)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
            "--remote-debugging-port=0",
            "--remote-debugging-address=127.0.0.1",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg("about:blank")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start chromium");
    let stderr = child.stderr.take().unwrap();
    // A browser that never reports its port must not hang the suite: kill it after a minute.
    let ready = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    {
        let (ready, pid) = (ready.clone(), child.id().to_string());
        std::thread::spawn(move || {
            std::thread::sleep(Duration::from_secs(60));
            if !ready.load(std::sync::atomic::Ordering::SeqCst) {
                let _ = Command::new("kill").args(["-9", &pid]).status();
            }
        });
    }
    let browser = Browser {
        child,
        _profile: profile,
    };
    // "DevTools listening on ws://127.0.0.1:PORT/devtools/browser/…"
    let mut seen = String::new();
    for line in BufReader::new(stderr).lines() {
        let line = line.unwrap_or_default();
        if let Some(rest) = line.split("ws://127.0.0.1:").nth(1) {
            let port = rest.split('/').next().unwrap().parse().unwrap();
            ready.store(true, std::sync::atomic::Ordering::SeqCst);
            return Some((browser, port));
        }
        seen.push_str(&line);
        seen.push('\n');
    }
    panic!("chromium did not report a DevTools port:\n{seen}");
}

/// A plain HTTP GET on loopback (the DevTools target list).
fn http_get(port: u16, path: &str) -> String {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(s, "GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n").unwrap();
    // DevTools keeps the connection open: read the headers, then Content-Length bytes.
    let mut reader = BufReader::new(s);
    let mut length = 0;
    loop {
        let mut line = String::new();
        reader.read_line(&mut line).unwrap();
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some((k, v)) = line.split_once(':') {
            if k.eq_ignore_ascii_case("content-length") {
                length = v.trim().parse().unwrap();
            }
        }
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body).unwrap();
    String::from_utf8(body).unwrap()
}

struct Page {
    ws: tungstenite::WebSocket<tungstenite::stream::MaybeTlsStream<TcpStream>>,
    next: u64,
}

impl Page {
    fn open(port: u16) -> Page {
        let deadline = Instant::now() + Duration::from_secs(20);
        let url = loop {
            let list: Value = serde_json::from_str(&http_get(port, "/json/list")).unwrap();
            let page = list
                .as_array()
                .unwrap()
                .iter()
                .find(|t| t["type"] == "page")
                .and_then(|t| t["webSocketDebuggerUrl"].as_str().map(str::to_string));
            if let Some(u) = page {
                break u;
            }
            assert!(Instant::now() < deadline, "no page target in {list}");
            std::thread::sleep(Duration::from_millis(100));
        };
        let (ws, _) = tungstenite::connect(url).unwrap();
        if let tungstenite::stream::MaybeTlsStream::Plain(s) = ws.get_ref() {
            s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
        }
        Page { ws, next: 0 }
    }

    /// Sends a command and waits for its answer (events in between are skipped).
    fn call(&mut self, method: &str, params: Value) -> Value {
        self.next += 1;
        let id = self.next;
        let msg = json!({ "id": id, "method": method, "params": params });
        self.ws
            .send(tungstenite::Message::text(msg.to_string()))
            .unwrap();
        loop {
            let m = self.ws.read().unwrap();
            let Ok(text) = m.to_text() else { continue };
            let v: Value = serde_json::from_str(text).unwrap_or(Value::Null);
            if v["id"] == id {
                assert!(v.get("error").is_none(), "{method} failed: {v}");
                return v["result"].clone();
            }
        }
    }

    fn eval(&mut self, expr: &str) -> Value {
        let r = self.call(
            "Runtime.evaluate",
            json!({ "expression": expr, "returnByValue": true }),
        );
        r["result"]["value"].clone()
    }

    /// Waits until the page's text contains `needle`; returns the text.
    fn wait_for_text(&mut self, needle: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let text = self
                .eval("document.readyState === 'complete' ? document.body.innerText : ''")
                .as_str()
                .unwrap_or("")
                .to_string();
            if text.contains(needle) {
                return text;
            }
            assert!(
                Instant::now() < deadline,
                "the page never said {needle:?}; it says:\n{text}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn goto(&mut self, url: &str) {
        self.call("Page.navigate", json!({ "url": url }));
    }
}

#[test]
fn email_confirm_page_confirms_once_in_a_browser() {
    let Some((_browser, port)) = launch() else {
        return;
    };
    let sb = Sandbox::new();
    sb.signup("+8613812345741");
    sb.cmd(&["email", "set", "page@example.com"]).run().exit(10);
    sb.server().settle();
    let path = sb.server().dir.join("courier.jsonl");
    let link = std::fs::read_to_string(&path)
        .unwrap()
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .filter(|m| m["to"] == "page@example.com")
        .find_map(|m| m["link"].as_str().map(str::to_string))
        .expect("a link was mailed");
    // The link carries the configured public origin; this acctd listens elsewhere.
    let query = link.split_once("/email/verify").unwrap().1;
    let local = format!("{}/email/verify{query}", sb.url());

    let mut page = Page::open(port);
    page.goto(&local);
    page.wait_for_text("Confirm your email address");
    // Opening the page (a mail scanner's prefetch) changes nothing.
    let me = sb.cmd(&["whoami", "--json"]).run().ok().json();
    assert_eq!(me["email_verified"], false);
    page.eval("document.querySelector('button[type=submit]').click(); true");
    page.wait_for_text("Email confirmed");
    let me = sb.cmd(&["whoami", "--json"]).run().ok().json();
    assert_eq!(me["email_verified"], true);
    page.goto(&local);
    page.wait_for_text("already used");
}
