//! Headless Chromium for the page tests, driven over the DevTools protocol (a
//! websocket on loopback), with no network beyond 127.0.0.1.
//!
//! One driver for every suite (the CLI's email confirm page, acctd's sign-in,
//! consent and device pages). It acts as a person does: it clicks at the middle of an
//! element and types key by key (`Input.*`), so a page is driven the same way with
//! JavaScript switched off. Reads (the DOM, the current URL, the document responses'
//! headers, cookies, console errors) go through DevTools, never through page script.
//!
//! Needs Debian's `chromium` (`apt-get install -y chromium`; `.ci/run` installs it),
//! or the binary named by `ACCTL_TEST_CHROMIUM`. Without it [`Chromium::launch`]
//! fails under CI (`CI=true`) and returns `None` with a notice elsewhere.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::os::unix::process::CommandExt;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::Value;

mod page;
pub use page::{Document, Page};

const CHROMIUM: &str = "/usr/bin/chromium";
/// The browser binary, when it is not Debian's.
pub const CHROMIUM_VAR: &str = "ACCTL_TEST_CHROMIUM";
/// How long any one wait (a page, an answer, a condition) may take on a busy machine.
pub(crate) const WAIT: Duration = Duration::from_secs(30);
/// How long one read of the websocket blocks, so waits can poll their condition.
pub(crate) const TICK: Duration = Duration::from_millis(50);

pub(crate) type Socket = tungstenite::WebSocket<tungstenite::stream::MaybeTlsStream<TcpStream>>;

/// A running headless Chromium with its own profile; killed (with its renderers)
/// when dropped, pass or fail.
pub struct Chromium {
    child: Child,
    port: u16,
    _profile: tempfile::TempDir,
}

impl Drop for Chromium {
    fn drop(&mut self) {
        // The browser leads its own process group: end the renderers with it.
        kill_group(self.child.id());
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Chromium {
    /// Starts the browser, or says why not: `None` (with a notice) when Chromium is
    /// missing outside CI. `what` names the test in that notice.
    pub fn launch(what: &str) -> Option<Chromium> {
        let path = std::env::var(CHROMIUM_VAR).unwrap_or_else(|_| CHROMIUM.into());
        if !std::path::Path::new(&path).exists() {
            let ci = std::env::var("CI").is_ok_and(|v| v == "true" || v == "1");
            assert!(
                !ci,
                "{path} is missing: {what} needs Chromium (apt-get install -y chromium)"
            );
            eprintln!(
                "skipped {what}: {path} is missing (apt-get install -y chromium); set CI=true to make this fail"
            );
            return None;
        }
        let profile = tempfile::tempdir().expect("profile dir");
        let mut cmd = Command::new(&path);
        cmd.args([
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
        // Its own process group, so a kill reaches the renderers too.
        .process_group(0);
        let mut child = cmd.spawn().expect("start chromium");
        let stderr = child.stderr.take().expect("stderr");
        // A browser that never reports its port must not hang the suite.
        let ready = Arc::new(AtomicBool::new(false));
        {
            let (ready, pid) = (ready.clone(), child.id());
            std::thread::spawn(move || {
                std::thread::sleep(Duration::from_secs(60));
                if !ready.load(Ordering::SeqCst) {
                    kill_group(pid);
                }
            });
        }
        let mut browser = Chromium {
            child,
            port: 0,
            _profile: profile,
        };
        // "DevTools listening on ws://127.0.0.1:PORT/devtools/browser/…"
        let mut lines = BufReader::new(stderr).lines();
        let mut seen = String::new();
        for line in lines.by_ref() {
            let line = line.unwrap_or_default();
            if let Some(rest) = line.split("ws://127.0.0.1:").nth(1) {
                browser.port = rest
                    .split('/')
                    .next()
                    .and_then(|p| p.parse().ok())
                    .expect("a DevTools port");
                ready.store(true, Ordering::SeqCst);
                break;
            }
            seen.push_str(&line);
            seen.push('\n');
        }
        assert!(
            browser.port != 0,
            "chromium did not report a DevTools port:\n{seen}"
        );
        // Keep reading its stderr, so a chatty browser never blocks on a full pipe.
        std::thread::spawn(move || lines.for_each(drop));
        Some(browser)
    }

    /// The browser's tab, with the page, network, runtime and log domains on.
    pub fn page(&self) -> Page {
        let deadline = Instant::now() + WAIT;
        let url = loop {
            let list: Value =
                serde_json::from_str(&http_get(self.port, "/json/list")).expect("target list");
            let found = list
                .as_array()
                .into_iter()
                .flatten()
                .find(|t| t["type"] == "page")
                .and_then(|t| t["webSocketDebuggerUrl"].as_str().map(str::to_string));
            if let Some(u) = found {
                break u;
            }
            assert!(Instant::now() < deadline, "no page target in {list}");
            std::thread::sleep(Duration::from_millis(100));
        };
        let (ws, _) = tungstenite::connect(url).expect("DevTools websocket");
        if let tungstenite::stream::MaybeTlsStream::Plain(s) = ws.get_ref() {
            s.set_read_timeout(Some(TICK)).expect("read timeout");
        }
        Page::attach(ws)
    }
}

/// SIGKILL to the process group the browser leads (its own pid, so nothing else).
fn kill_group(pid: u32) {
    let _ = Command::new("kill")
        .args(["-s", "KILL", "--", &format!("-{pid}")])
        .stderr(Stdio::null())
        .status();
}

/// A plain HTTP GET on loopback (the DevTools target list).
fn http_get(port: u16, path: &str) -> String {
    let mut s = TcpStream::connect(("127.0.0.1", port)).expect("DevTools HTTP");
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
