//! Test support: a sandbox per test (config dir, unique keyring service, its own
//! in-process acctd on 127.0.0.1:0 with a manual clock, from crates/testkit) and a
//! command runner whose assertions dump the command, stdout and stderr on failure.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use acctd::Config;
use serde_json::Value;

pub const BIN: &str = env!("CARGO_BIN_EXE_acctl");
pub const PASSWORD: &str = "plum-orbit-cactus-42";

/// An acctd on its own runtime thread in `<sandbox>/server` (crates/testkit: manual
/// clock, file courier, SQLite), stopped on drop.
pub use acct_testkit::TestServer as Server;

/// Starts the sandbox's acctd in `dir`: SQLite even when ACCTD_TEST_POSTGRES_URL is
/// set (the CLI suite runs on SQLite only), one runtime worker.
fn start_server(dir: &Path, tweak: impl FnOnce(&mut Config)) -> Server {
    Server::builder()
        .sqlite()
        .dir(dir)
        .workers(1)
        .start_blocking(|c, _| tweak(c))
}

static NEXT: AtomicUsize = AtomicUsize::new(0);

/// One test's world.
pub struct Sandbox {
    pub dir: tempfile::TempDir,
    pub service: String,
    pub server: Option<Server>,
}

impl Sandbox {
    /// With a running acctd.
    pub fn new() -> Sandbox {
        Self::with_config(|_| {})
    }

    pub fn with_config(tweak: impl FnOnce(&mut Config)) -> Sandbox {
        let mut sb = Self::offline();
        sb.server = Some(start_server(&sb.dir.path().join("server"), tweak));
        sb
    }

    /// Without a server.
    pub fn offline() -> Sandbox {
        let n = NEXT.fetch_add(1, Ordering::SeqCst);
        Sandbox {
            dir: tempfile::tempdir().unwrap(),
            service: format!("acctl-test-{}-{n}", std::process::id()),
            server: None,
        }
    }

    pub fn server(&self) -> &Server {
        self.server.as_ref().expect("this sandbox has no server")
    }

    pub fn url(&self) -> String {
        self.server
            .as_ref()
            .map(|s| s.url.clone())
            .unwrap_or_else(|| "http://127.0.0.1:9".into())
    }

    pub fn config_dir(&self) -> PathBuf {
        self.dir.path().join("config")
    }

    /// `acctl ARGS` with the sandbox environment.
    pub fn cmd(&self, args: &[&str]) -> TestCommand {
        let mut cmd = Command::new(BIN);
        cmd.args(args)
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("HOME", self.dir.path())
            .env("ACCTL_CONFIG_DIR", self.config_dir())
            .env("ACCTL_SERVER", self.url())
            .env("ACCTL_KEYRING_SERVICE", &self.service)
            // Deterministic: the kernel keyring, even on a desktop with a Secret Service.
            .env("ACCTL_KEYRING_BACKEND", "kernel")
            .env("NO_COLOR", "1")
            .env("HOSTNAME", "test-host");
        TestCommand { cmd, stdin: None }
    }

    /// The last code sent to `to`, polling the courier file briefly.
    pub fn code_for(&self, to: &str) -> String {
        self.server().settle();
        let path = self.server().dir.join("courier.jsonl");
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            let code = text
                .lines()
                .rev()
                .filter_map(|l| serde_json::from_str::<Value>(l).ok())
                .find(|m| m["to"] == to && m["code"].is_string())
                .map(|m| m["code"].as_str().unwrap().to_string());
            if let Some(c) = code {
                return c;
            }
            assert!(
                Instant::now() < deadline,
                "no code for {to} in {}:\n{text}",
                path.display()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    pub fn count_codes(&self, to: &str) -> usize {
        self.server().settle();
        let path = self.server().dir.join("courier.jsonl");
        std::fs::read_to_string(path)
            .unwrap_or_default()
            .lines()
            .filter_map(|l| serde_json::from_str::<Value>(l).ok())
            .filter(|m| m["to"] == to && m["code"].is_string())
            .count()
    }

    /// Starts a scripted SMS sign-in of `phone` in `profile`: it stops for the code
    /// (exit 10) and prints the pending step as JSON.
    pub fn pending_sms_login(&self, profile: &str, phone: &str) -> Run {
        self.cmd(&[
            "--profile",
            profile,
            "login",
            phone,
            "--sms",
            "--no-input",
            "--json",
        ])
        .run()
        .exit(10)
    }

    /// Sign-up by phone with a password, scripted; returns the account ID.
    pub fn signup(&self, phone: &str) -> String {
        let run = self
            .cmd(&["signup", "--phone", phone, "--password-stdin", "--json"])
            .stdin(&format!("{PASSWORD}\n"))
            .run()
            .exit(10);
        let flow_id = run.json()["flow_id"].as_str().unwrap().to_string();
        let code = self.code_for(phone);
        let done = self
            .cmd(&["continue", &flow_id, "--code", &code, "--json"])
            .run()
            .ok();
        done.json()["account_id"].as_str().unwrap().to_string()
    }

    /// Password login of `login` into `profile`.
    pub fn login(&self, profile: &str, login: &str) -> Run {
        self.cmd(&[
            "--profile",
            profile,
            "login",
            login,
            "--password-stdin",
            "--json",
        ])
        .stdin(&format!("{PASSWORD}\n"))
        .run()
        .ok()
    }

    /// The profile's tokens as stored in the kernel keyring.
    pub fn keyring_tokens(&self, profile: &str) -> Option<Value> {
        use linux_keyutils::{KeyRing, KeyRingIdentifier};
        let ring = KeyRing::from_special_id(KeyRingIdentifier::Session, false).ok()?;
        let key = ring
            .search(&format!("keyring-rs:{profile}@{}", self.service))
            .ok()?;
        let bytes = key.read_to_vec().ok()?;
        serde_json::from_slice(&bytes).ok()
    }

    /// Every file under the config dir, with its contents.
    pub fn config_files(&self) -> Vec<(PathBuf, Vec<u8>)> {
        fn walk(dir: &Path, out: &mut Vec<(PathBuf, Vec<u8>)>) {
            for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
                let p = e.path();
                if p.is_dir() {
                    walk(&p, out);
                } else {
                    out.push((p.clone(), std::fs::read(&p).unwrap_or_default()));
                }
            }
        }
        let mut out = Vec::new();
        walk(&self.config_dir(), &mut out);
        out
    }
}

impl Drop for Sandbox {
    /// Kernel keyring entries outlive the process: remove this test's.
    fn drop(&mut self) {
        use linux_keyutils::{KeyRing, KeyRingIdentifier};
        if let Ok(ring) = KeyRing::from_special_id(KeyRingIdentifier::Session, false) {
            for profile in ["default", "work", "other", "acctl-probe"] {
                if let Ok(key) = ring.search(&format!("keyring-rs:{profile}@{}", self.service)) {
                    let _ = key.invalidate();
                }
            }
        }
    }
}

pub struct TestCommand {
    pub cmd: Command,
    stdin: Option<String>,
}

impl TestCommand {
    pub fn env(mut self, k: &str, v: impl AsRef<std::ffi::OsStr>) -> Self {
        self.cmd.env(k, v);
        self
    }

    pub fn env_remove(mut self, k: &str) -> Self {
        self.cmd.env_remove(k);
        self
    }

    /// The same environment, another program (e.g. a wrapper around acctl).
    pub fn program(self, program: &str, args: &[&str]) -> Self {
        let mut cmd = Command::new(program);
        cmd.args(args).env_clear();
        for (k, v) in self.cmd.get_envs() {
            if let Some(v) = v {
                cmd.env(k, v);
            }
        }
        TestCommand {
            cmd,
            stdin: self.stdin,
        }
    }

    pub fn stdin(mut self, s: &str) -> Self {
        self.stdin = Some(s.to_string());
        self
    }

    pub fn spawn(mut self) -> std::process::Child {
        self.cmd
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    }

    pub fn run(mut self) -> Run {
        let desc = format!("{:?}", self.cmd);
        self.cmd
            .stdin(if self.stdin.is_some() {
                Stdio::piped()
            } else {
                Stdio::null()
            })
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = self.cmd.spawn().unwrap();
        if let Some(input) = &self.stdin {
            let mut pipe = child.stdin.take().unwrap();
            let _ = pipe.write_all(input.as_bytes());
        }
        let out = child.wait_with_output().unwrap();
        Run {
            desc,
            status: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }
}

/// A finished run.
pub struct Run {
    pub desc: String,
    pub status: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn from_output(desc: String, out: std::process::Output) -> Run {
        Run {
            desc,
            status: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    pub fn dump(&self) -> String {
        format!(
            "command: {}\nexit: {}\n--- stdout\n{}\n--- stderr\n{}",
            self.desc, self.status, self.stdout, self.stderr
        )
    }

    pub fn exit(self, code: i32) -> Run {
        assert_eq!(self.status, code, "unexpected exit code\n{}", self.dump());
        self
    }

    pub fn ok(self) -> Run {
        self.exit(0)
    }

    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e})\n{}", self.dump()))
    }

    pub fn stderr_has(self, needle: &str) -> Run {
        assert!(
            self.stderr.contains(needle),
            "stderr lacks {needle:?}\n{}",
            self.dump()
        );
        self
    }

    pub fn stdout_has(self, needle: &str) -> Run {
        assert!(
            self.stdout.contains(needle),
            "stdout lacks {needle:?}\n{}",
            self.dump()
        );
        self
    }
}
