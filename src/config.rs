//! The environment and config.toml, read in this one place so the rest of the
//! CLI (and its tests) get them as plain values.

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;

pub use crate::defaults::{DEFAULT_PROFILE, DEFAULT_SERVER};
use crate::error::{CliError, Result};

pub const DEFAULT_KEYRING_SERVICE: &str = "acctl";

/// Everything acctl takes from the process environment.
#[derive(Clone, Default)]
pub struct Env {
    pub server: Option<String>,
    pub profile: Option<String>,
    pub no_input: bool,
    pub no_color: bool,
    /// `ACCTL_TOKEN`: use this access token, store nothing, never refresh.
    pub token: Option<String>,
    pub config_dir: Option<PathBuf>,
    pub keyring_service: Option<String>,
    /// `ACCTL_KEYRING_BACKEND=kernel|secret-service`: skip the Secret Service
    /// probe, or insist on it (Linux).
    pub keyring_backend: Option<String>,
    /// Test hook `ACCTL_TEST_KEYRING_FAIL=1`: every keyring call fails as if
    /// no keyring were available.
    pub test_keyring_fail: bool,
    /// Test hook `ACCTL_TEST_KEYRING_HANG=1`: every keyring call hangs (a locked keyring).
    pub test_keyring_hang: bool,
    /// Test hook `ACCTL_TEST_KEYRING_TIMEOUT_MS`: how long a keyring call may take.
    pub test_keyring_timeout_ms: Option<u64>,
    /// Test hook `ACCTL_TEST_LOCAL_ADDR=127.0.0.2`: connect from this local address,
    /// so a test's acctd sees "another network" (recovery waiting period).
    pub test_local_addr: Option<std::net::IpAddr>,
    /// `ACCTL_TEST_CONNECT_TIMEOUT_MS` / `ACCTL_TEST_REQUEST_TIMEOUT_MS`: short network timeouts for tests.
    pub test_connect_timeout_ms: Option<u64>,
    pub test_request_timeout_ms: Option<u64>,
    pub hostname: Option<String>,
    /// The `Accept-Language` acctl sends, from the locale (`LC_ALL`, then
    /// `LC_MESSAGES`, then `LANG`): `zh_CN.UTF-8` → `zh-Hans`; `C`/`POSIX` → none.
    pub accept_language: Option<String>,
    /// A desktop to open a browser on: macOS, Windows, or `DISPLAY` / `WAYLAND_DISPLAY` set.
    pub desktop: bool,
    /// `BROWSER`: the program that opens a web page (else `xdg-open` / `open`).
    pub browser: Option<String>,
}

impl std::fmt::Debug for Env {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Env")
            .field("server", &self.server)
            .field("profile", &self.profile)
            .field("token", &self.token.as_ref().map(|_| "<redacted>"))
            .field("config_dir", &self.config_dir)
            .finish_non_exhaustive()
    }
}

/// Names of the variables `acctl doctor` reports, with what they override.
pub const ENV_VARS: &[(&str, &str)] = &[
    ("ACCTL_SERVER", "the service URL (after --server)"),
    ("ACCTL_PROFILE", "the profile (after --profile)"),
    ("ACCTL_NO_INPUT", "prompting (never prompt)"),
    ("NO_COLOR", "colour (off)"),
    (
        "ACCTL_TOKEN",
        "stored sign-ins (this access token is used instead)",
    ),
    ("ACCTL_CONFIG_DIR", "the config directory"),
    ("ACCTL_KEYRING_SERVICE", "the keyring service name"),
    (
        "ACCTL_KEYRING_BACKEND",
        "which keyring a sign-in uses (kernel or secret-service)",
    ),
];

#[allow(clippy::disallowed_methods)] // the one place that reads the environment
fn var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

fn flag(name: &str) -> bool {
    var(name).is_some_and(|v| !matches!(v.as_str(), "0" | "false" | "no"))
}

/// The first locale set (POSIX precedence: `LC_ALL`, `LC_MESSAGES`, `LANG`) as an
/// `Accept-Language` value. A set `C`/`POSIX` names no language and ends the search,
/// as it overrides the variables after it.
pub fn accept_language(
    lc_all: Option<String>,
    lc_messages: Option<String>,
    lang: Option<String>,
) -> Option<String> {
    let locale = lc_all.or(lc_messages).or(lang)?;
    acct_api::Language::accept_language_for_locale(&locale)
}

impl Env {
    pub fn from_process() -> Self {
        Self {
            server: var("ACCTL_SERVER"),
            profile: var("ACCTL_PROFILE"),
            no_input: flag("ACCTL_NO_INPUT"),
            // NO_COLOR: any non-empty value disables colour (no-color.org).
            no_color: var("NO_COLOR").is_some(),
            token: var("ACCTL_TOKEN"),
            config_dir: var("ACCTL_CONFIG_DIR").map(PathBuf::from),
            keyring_service: var("ACCTL_KEYRING_SERVICE"),
            keyring_backend: var("ACCTL_KEYRING_BACKEND"),
            test_keyring_fail: flag("ACCTL_TEST_KEYRING_FAIL"),
            test_keyring_hang: flag("ACCTL_TEST_KEYRING_HANG"),
            test_keyring_timeout_ms: var("ACCTL_TEST_KEYRING_TIMEOUT_MS")
                .and_then(|v| v.parse().ok()),
            test_local_addr: var("ACCTL_TEST_LOCAL_ADDR").and_then(|v| v.parse().ok()),
            test_connect_timeout_ms: var("ACCTL_TEST_CONNECT_TIMEOUT_MS")
                .and_then(|v| v.parse().ok()),
            test_request_timeout_ms: var("ACCTL_TEST_REQUEST_TIMEOUT_MS")
                .and_then(|v| v.parse().ok()),
            hostname: var("HOSTNAME").or_else(|| {
                std::fs::read_to_string("/proc/sys/kernel/hostname")
                    .ok()
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
            }),
            accept_language: accept_language(var("LC_ALL"), var("LC_MESSAGES"), var("LANG")),
            desktop: cfg!(any(target_os = "macos", windows))
                || var("DISPLAY").is_some()
                || var("WAYLAND_DISPLAY").is_some(),
            browser: var("BROWSER"),
        }
    }

    /// Which of [`ENV_VARS`] are set (never their values).
    pub fn overrides(&self) -> Vec<&'static str> {
        let set = [
            self.server.is_some(),
            self.profile.is_some(),
            self.no_input,
            self.no_color,
            self.token.is_some(),
            self.config_dir.is_some(),
            self.keyring_service.is_some(),
            self.keyring_backend.is_some(),
        ];
        ENV_VARS
            .iter()
            .zip(set)
            .filter(|(_, on)| *on)
            .map(|((name, _), _)| *name)
            .collect()
    }

    pub fn keyring_service(&self) -> String {
        self.keyring_service
            .clone()
            .unwrap_or_else(|| DEFAULT_KEYRING_SERVICE.to_string())
    }

    /// How long to wait for a TCP (and TLS) connection: 10 s.
    pub fn connect_timeout(&self) -> Duration {
        Duration::from_millis(self.test_connect_timeout_ms.unwrap_or(10_000))
    }

    /// How long a whole request may take once connected: 30 s.
    pub fn request_timeout(&self) -> Duration {
        Duration::from_millis(self.test_request_timeout_ms.unwrap_or(30_000))
    }

    pub fn keyring_timeout(&self) -> Duration {
        Duration::from_millis(self.test_keyring_timeout_ms.unwrap_or(3000))
    }

    /// `ACCTL_CONFIG_DIR`, else the platform config dir + `acctl`.
    pub fn config_dir(&self) -> Result<PathBuf> {
        if let Some(dir) = &self.config_dir {
            return Ok(dir.clone());
        }
        dirs::config_dir().map(|d| d.join("acctl")).ok_or_else(|| {
            CliError::failure(
                "could not find a config directory for this user: set ACCTL_CONFIG_DIR.",
            )
        })
    }

    pub fn device_name(&self) -> String {
        self.hostname.clone().unwrap_or_else(|| "acctl".to_string())
    }
}

/// Where tokens go.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StoreKind {
    #[default]
    Keyring,
    /// A plain 0600 file: only when the user opts in.
    File,
}

impl StoreKind {
    pub fn as_str(self) -> &'static str {
        match self {
            StoreKind::Keyring => "keyring",
            StoreKind::File => "file",
        }
    }
}

/// `config.toml` in the config dir.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    #[serde(default)]
    pub token_store: Option<StoreKind>,
}

pub const CONFIG_FILE: &str = "config.toml";

impl FileConfig {
    /// A missing file is the defaults; a broken one is an error naming it.
    pub fn load(dir: &Path) -> Result<Self> {
        let path = dir.join(CONFIG_FILE);
        match std::fs::read_to_string(&path) {
            Ok(text) => toml::from_str(&text).map_err(|e| invalid(&path, &text, &e)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Self::default()),
            Err(e) => Err(CliError::file(&path, "read", e)),
        }
    }
}

/// A config.toml that does not parse is a usage error naming the file, line and
/// what is wrong, with the keys and values it may hold.
fn invalid(path: &Path, text: &str, e: &toml::de::Error) -> CliError {
    let at = e
        .span()
        .map(|span| {
            let before = &text[..span.start.min(text.len())];
            let line = before.matches('\n').count() + 1;
            let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            format!(":{line}:{column}")
        })
        .unwrap_or_default();
    CliError::usage(format!(
        "{}{at} is not valid: {}; fix or remove it (known keys: token_store = \"keyring\" or \"file\").",
        path.display(),
        e.message().trim_end_matches('\n').replace('\n', " ")
    ))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn config_file_opt_in_to_file_store() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(FileConfig::load(dir.path()).unwrap().token_store, None);
        std::fs::write(dir.path().join(CONFIG_FILE), "token_store = \"file\"\n").unwrap();
        assert_eq!(
            FileConfig::load(dir.path()).unwrap().token_store,
            Some(StoreKind::File)
        );
        std::fs::write(dir.path().join(CONFIG_FILE), "token_store = 3\n").unwrap();
        let err = FileConfig::load(dir.path()).unwrap_err();
        assert!(err.message.contains("config.toml:1:"), "{}", err.message);
        assert_eq!(err.exit_code(), 2);
        std::fs::write(
            dir.path().join(CONFIG_FILE),
            "# mine\ntoken_store = \"file\"\ncolour = 1\n",
        )
        .unwrap();
        let err = FileConfig::load(dir.path()).unwrap_err();
        assert!(err.message.contains("config.toml:3:1"), "{}", err.message);
        assert!(err.message.contains("colour"), "{}", err.message);
        std::fs::write(dir.path().join(CONFIG_FILE), "token_store = \"filez\"\n").unwrap();
        let err = FileConfig::load(dir.path()).unwrap_err();
        assert!(err.message.contains("config.toml:1:15"), "{}", err.message);
        assert!(err.message.contains("filez"), "{}", err.message);
    }

    #[test]
    fn the_locale_gives_accept_language_in_posix_order() {
        let s = |v: &str| Some(v.to_string());
        let cases = [
            (None, None, s("zh_CN.UTF-8"), Some("zh-Hans")),
            (s("en_US.UTF-8"), None, s("zh_CN.UTF-8"), Some("en")),
            (None, s("zh_SG.UTF-8"), s("en_GB"), Some("zh-Hans")),
            (s("C"), None, s("zh_CN.UTF-8"), None),
            (None, None, s("POSIX"), None),
            (None, None, s("fr_FR.UTF-8"), Some("fr-FR")),
            (None, None, None, None),
        ];
        for (all, messages, lang, want) in cases {
            let got = accept_language(all.clone(), messages.clone(), lang.clone());
            assert_eq!(got.as_deref(), want, "{all:?} {messages:?} {lang:?}");
        }
    }

    #[test]
    fn overrides_list_names_not_values() {
        let env = Env {
            token: Some("secret".into()),
            server: Some("http://x".into()),
            ..Env::default()
        };
        assert_eq!(env.overrides(), vec!["ACCTL_SERVER", "ACCTL_TOKEN"]);
        assert!(!format!("{env:?}").contains("secret"));
    }
}
