//! Service configuration: a TOML file, then `ACCTD_*` environment variables,
//! then command-line flags, each overriding the one before. Every limit of
//! PRODUCT.md is a setting under `[limits]`.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Deserialize;

use crate::clock::{Clock, SystemClock};

mod limits;
pub use limits::Limits;

/// Password policy and hashing cost.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PasswordSettings {
    pub min_length: usize,
    pub max_length: usize,
    /// `product` (letters and digits mixed) or `nist` (no composition rule).
    pub policy: String,
    /// Lowest zxcvbn score (0-4) accepted.
    pub min_score: u8,
    pub argon2_memory_kib: u32,
    pub argon2_iterations: u32,
    pub argon2_parallelism: u32,
    /// Hashes computed at once; the rest queue (0 = number of cores).
    pub hash_concurrency: usize,
}

impl Default for PasswordSettings {
    fn default() -> Self {
        Self {
            min_length: 8,
            max_length: 128,
            policy: "product".into(),
            min_score: 2,
            argon2_memory_kib: 19456,
            argon2_iterations: 2,
            argon2_parallelism: 1,
            hash_concurrency: 0,
        }
    }
}

/// How connections are held: slow and idle clients, and shutdown. Seconds.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct HttpSettings {
    /// A client has this long to send a request's headers, counted from when the
    /// connection starts waiting for them (so it also bounds a kept-alive
    /// connection's wait for its next request).
    pub header_read_timeout: u64,
    /// A connection with no byte read or written for this long is closed, whatever
    /// it is doing (e.g. a client that stopped reading its response). Keep it above
    /// the 30 s request timeout.
    pub idle_timeout: u64,
    /// Open connections per client address (IPv6: per /64); more are closed at
    /// once. Per replica. 0 = no cap (behind a proxy that already caps them).
    pub max_connections_per_ip: usize,
    /// On shutdown, open connections get this long to finish; then acctd closes
    /// them and exits.
    pub drain_timeout: u64,
}

impl Default for HttpSettings {
    fn default() -> Self {
        Self {
            header_read_timeout: 10,
            idle_timeout: 60,
            max_connections_per_ip: 256,
            drain_timeout: 20,
        }
    }
}

/// Everything `serve` needs.
#[derive(Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    pub listen: SocketAddr,
    /// `sqlite://PATH` or `postgres://…`.
    pub database: String,
    /// Where codes and links go, comma-separated: `log`, `file:PATH` (either channel),
    /// `smtp://…`/`smtps://…` (email), `webhook:URL` (SMS). See docs/operations.md.
    pub courier: String,
    /// The email courier, overriding what `courier` says for email.
    pub email_courier: Option<String>,
    /// The SMS courier, overriding what `courier` says for SMS.
    pub sms_courier: Option<String>,
    /// Key of the webhook courier's request signatures (shared with the SMS gateway).
    pub webhook_secret: Option<String>,
    /// Outbox timing: wait bound, attempt timeout, lease, retries.
    pub delivery: crate::courier::DeliverySettings,
    /// 64 hex characters; keys code hashes and token derivation. Required with PostgreSQL
    /// (all replicas must share it); with SQLite a key file beside the database is made.
    pub secret_key: Option<String>,
    pub secret_key_file: Option<PathBuf>,
    /// Origin used in links sent to users (never taken from the Host header). Empty (the
    /// default): `http://` and the address acctd listens on (see [`Config::settle_public_url`]).
    pub public_url: String,
    /// The country calling code (digits) of the stand-in phone mask shown for a login
    /// with no phone behind it, e.g. an unknown account ID: the service's main market.
    pub stand_in_country_code: String,
    /// `text` or `json`.
    pub log_format: String,
    pub max_connections: u32,
    pub limits: Limits,
    pub password: PasswordSettings,
    /// Connection timeouts, the per-client cap and the drain deadline.
    pub http: HttpSettings,
    /// The OpenID Connect provider: token lifetimes, key rotation, static clients.
    pub oidc: crate::domain::oauth::OidcSettings,
    #[serde(skip, default = "default_clock")]
    pub clock: Arc<dyn Clock>,
}

fn default_clock() -> Arc<dyn Clock> {
    Arc::new(SystemClock)
}

impl std::fmt::Debug for Config {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Config")
            .field("listen", &self.listen)
            .field("database", &redact_url(&self.database))
            .field("courier", &crate::courier::redact_spec(&self.courier))
            .field(
                "email_courier",
                &self
                    .email_courier
                    .as_deref()
                    .map(crate::courier::redact_spec),
            )
            .field(
                "sms_courier",
                &self.sms_courier.as_deref().map(crate::courier::redact_spec),
            )
            .field(
                "webhook_secret",
                &self.webhook_secret.as_ref().map(|_| "<redacted>"),
            )
            .field("delivery", &self.delivery)
            .field(
                "secret_key",
                &self.secret_key.as_ref().map(|_| "<redacted>"),
            )
            .field("public_url", &self.public_url)
            .field("stand_in_country_code", &self.stand_in_country_code)
            .field("limits", &self.limits)
            .field("password", &self.password)
            .field("http", &self.http)
            .field("oidc", &self.oidc)
            .finish()
    }
}

impl Default for Config {
    fn default() -> Self {
        Self {
            listen: SocketAddr::from(([127, 0, 0, 1], 8720)),
            database: "sqlite://acctd.db".into(),
            courier: "log".into(),
            email_courier: None,
            sms_courier: None,
            webhook_secret: None,
            delivery: crate::courier::DeliverySettings::default(),
            secret_key: None,
            secret_key_file: None,
            public_url: String::new(),
            stand_in_country_code: "86".into(),
            log_format: "text".into(),
            max_connections: 16,
            limits: Limits::default(),
            password: PasswordSettings::default(),
            oidc: Default::default(),
            http: HttpSettings::default(),
            clock: default_clock(),
        }
    }
}

impl Config {
    /// A configuration for tests: SQLite and the file courier inside `dir`,
    /// a fixed key, and cheap (but still argon2id) hashing.
    pub fn for_tests(dir: &Path) -> Self {
        let mut c = Self {
            database: format!("sqlite://{}", dir.join("acctd.db").display()),
            courier: format!("file:{}", dir.join("courier.jsonl").display()),
            secret_key: Some("11".repeat(32)),
            ..Self::default()
        };
        c.password.argon2_memory_kib = 8192;
        c.password.argon2_iterations = 1;
        c
    }

    /// Reads a TOML file (if any), then applies `ACCTD_*` variables from `env`.
    pub fn load(file: Option<&Path>, env: &[(String, String)]) -> anyhow::Result<Self> {
        let mut table = match file {
            Some(path) => {
                let text = std::fs::read_to_string(path).map_err(|e| {
                    anyhow::anyhow!("cannot read config file {}: {e}", path.display())
                })?;
                text.parse::<toml::Table>().map_err(|e| {
                    anyhow::anyhow!("config file {} is not valid TOML: {e}", path.display())
                })?
            }
            None => toml::Table::new(),
        };
        apply_env(&mut table, env);
        let config: Config = table
            .try_into()
            .map_err(|e| anyhow::anyhow!("invalid configuration: {e}"))?;
        Ok(config)
    }

    /// Fills an unset `public_url` from the address acctd listens on (a wildcard address
    /// becomes loopback, which links can reach; say `public_url` for anything else).
    /// Returns the origin links will use.
    pub fn settle_public_url(&mut self, listening: SocketAddr) -> &str {
        if self.public_url.trim().is_empty() {
            let mut addr = listening;
            if addr.ip().is_unspecified() {
                addr.set_ip(match addr.ip() {
                    std::net::IpAddr::V4(_) => std::net::Ipv4Addr::LOCALHOST.into(),
                    std::net::IpAddr::V6(_) => std::net::Ipv6Addr::LOCALHOST.into(),
                });
            }
            self.public_url = format!("http://{addr}");
        }
        &self.public_url
    }

    /// The origin of links in messages (`public_url`, or the listen address).
    pub fn links_origin(&self) -> String {
        let url = self.public_url.trim().trim_end_matches('/');
        if url.is_empty() {
            format!("http://{}", self.listen)
        } else {
            url.to_string()
        }
    }

    pub fn is_postgres(&self) -> bool {
        self.database.starts_with("postgres://") || self.database.starts_with("postgresql://")
    }
}

/// Settings whose values stay strings even when they look like numbers (keys, paths).
const STRING_SETTINGS: &[&str] = &[
    "listen",
    "database",
    "courier",
    "email_courier",
    "sms_courier",
    "webhook_secret",
    "secret_key",
    "secret_key_file",
    "public_url",
    "stand_in_country_code",
    "log_format",
    "password_policy",
];

/// `ACCTD_LISTEN=…` sets `listen`; `ACCTD_LIMITS_CODE_TTL=…` sets `limits.code_ttl`;
/// `ACCTD_PASSWORD_MIN_LENGTH=…` sets `password.min_length`;
/// `ACCTD_HTTP_DRAIN_TIMEOUT=…` sets `http.drain_timeout`.
fn apply_env(table: &mut toml::Table, env: &[(String, String)]) {
    for (key, value) in env {
        let Some(name) = key.strip_prefix("ACCTD_") else {
            continue;
        };
        let name = name.to_ascii_lowercase();
        // ACCTD_CONFIG names the file; ACCTD_TEST_* and ACCTD_REQUIRE_POSTGRES belong to
        // the test scripts (CI exports them, and binaries spawned by tests inherit them).
        if name == "config" || name.starts_with("test_") || name == "require_postgres" {
            continue;
        }
        let parsed = if STRING_SETTINGS.contains(&name.as_str()) {
            toml::Value::String(value.clone())
        } else {
            parse_scalar(value)
        };
        let mut placed = false;
        for section in ["limits", "password", "delivery", "http"] {
            if let Some(field) = name.strip_prefix(&format!("{section}_")) {
                let sub = table
                    .entry(section)
                    .or_insert_with(|| toml::Value::Table(toml::Table::new()));
                if let toml::Value::Table(sub) = sub {
                    sub.insert(field.to_string(), parsed.clone());
                    placed = true;
                }
            }
        }
        if !placed {
            table.insert(name, parsed);
        }
    }
}

fn parse_scalar(v: &str) -> toml::Value {
    if let Ok(i) = v.parse::<i64>() {
        return toml::Value::Integer(i);
    }
    match v {
        "true" => toml::Value::Boolean(true),
        "false" => toml::Value::Boolean(false),
        _ => toml::Value::String(v.to_string()),
    }
}

/// Hides the password in a database URL.
pub fn redact_url(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => {
            let creds = &url[s + 3..at];
            match creds.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..s + 3], &url[at..]),
                None => url.to_string(),
            }
        }
        _ => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn env_overrides_file_values_and_reaches_sections() {
        let env = vec![
            ("ACCTD_LIMITS_CODE_TTL".to_string(), "30".to_string()),
            ("ACCTD_COURIER".to_string(), "file:/tmp/x".to_string()),
            ("ACCTD_PASSWORD_MIN_LENGTH".to_string(), "10".to_string()),
            ("HOME".to_string(), "/root".to_string()),
            ("ACCTD_SECRET_KEY".to_string(), "0".repeat(64)),
        ];
        let c = Config::load(None, &env).unwrap();
        assert_eq!(c.limits.code_ttl, 30);
        assert_eq!(c.courier, "file:/tmp/x");
        assert_eq!(c.password.min_length, 10);
        assert_eq!(c.limits.code_max_tries, 5, "untouched limits keep defaults");
        assert_eq!(
            c.http.drain_timeout, 20,
            "connection settings have defaults"
        );
        assert_eq!(
            c.secret_key.as_deref(),
            Some("0".repeat(64).as_str()),
            "a numeric-looking key stays a string"
        );
    }

    #[test]
    fn connection_settings_come_from_env_and_file() {
        let env = vec![
            (
                "ACCTD_HTTP_HEADER_READ_TIMEOUT".to_string(),
                "3".to_string(),
            ),
            (
                "ACCTD_HTTP_MAX_CONNECTIONS_PER_IP".to_string(),
                "0".to_string(),
            ),
        ];
        let dir = std::env::temp_dir().join(format!("acctd-config-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("acctd.toml");
        std::fs::write(&file, "[http]\ndrain_timeout = 5\nidle_timeout = 90\n").unwrap();
        let c = Config::load(Some(&file), &env).unwrap();
        let _ = std::fs::remove_dir_all(&dir);
        assert_eq!(c.http.header_read_timeout, 3);
        assert_eq!(c.http.max_connections_per_ip, 0);
        assert_eq!(c.http.drain_timeout, 5);
        assert_eq!(c.http.idle_timeout, 90);
    }

    #[test]
    fn links_default_to_the_listen_address() {
        let mut c = Config::default();
        assert_eq!(c.links_origin(), "http://127.0.0.1:8720");
        c.listen = "127.0.0.1:9100".parse().unwrap();
        assert_eq!(c.links_origin(), "http://127.0.0.1:9100");
        assert_eq!(
            c.settle_public_url("0.0.0.0:9200".parse().unwrap()),
            "http://127.0.0.1:9200",
            "a wildcard address is reached on loopback"
        );
        let mut set = Config {
            public_url: "https://accounts.example.com/".into(),
            ..Config::default()
        };
        set.settle_public_url("127.0.0.1:1".parse().unwrap());
        assert_eq!(set.links_origin(), "https://accounts.example.com");
    }

    #[test]
    fn unknown_settings_are_refused() {
        let env = vec![("ACCTD_LIMITS_NOPE".to_string(), "1".to_string())];
        assert!(Config::load(None, &env).is_err());
    }

    #[test]
    fn database_passwords_are_redacted() {
        assert_eq!(
            redact_url("postgres://u:secret@h/db"),
            "postgres://u:***@h/db"
        );
    }
}
