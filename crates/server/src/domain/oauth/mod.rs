//! acctd as an OpenID Connect provider: the client registry (`clients`), signing keys
//! and ID tokens (`keys`, `jwt`). The HTTP side is `routes::oauth`; the pages call the
//! same sign-in code the JSON API calls (SECURITY.md 52).

pub mod browser;
pub mod clients;
pub mod device;
pub mod grants;
pub mod jwt;
mod key_material;
pub mod keys;
pub mod tokens;

use serde::Deserialize;

/// Scopes a client may be allowed; `offline_access` is accepted but not needed for a
/// refresh token (relying parties like mod_auth_openidc never ask for it).
pub const KNOWN_SCOPES: &[&str] = &["openid", "profile", "email", "phone", "offline_access"];

/// What a client created without `--scope` may request.
pub const DEFAULT_SCOPES: &[&str] = &["openid", "profile", "email", "phone"];

/// ID token signing algorithms: RS256 for everyone, the others opt-in per client.
pub const ALGORITHMS: &[&str] = &["RS256", "ES256", "EdDSA"];

/// The client ID of acctl itself (public; device grant).
pub const BUILTIN_CLIENT_ID: &str = "acctl";

/// Provider settings (`[oidc]` in the TOML file). Seconds.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct OidcSettings {
    /// Life of an access token issued to a client.
    pub access_ttl: i64,
    /// Life of an ID token (`exp`).
    pub id_token_ttl: i64,
    /// Absolute life of a client's refresh-token family.
    pub refresh_ttl: i64,
    /// Life of an authorization code (at most 60 s, SECURITY.md 44).
    pub code_ttl: i64,
    /// Life of a device code and its user code (RFC 8628).
    pub device_code_ttl: i64,
    /// Absolute life of a browser session (the device's idle timeout applies too).
    pub browser_session_ttl: i64,
    /// A signing key signs this long, then a new one takes over (the old one stays in
    /// the JWKS until the tokens it signed have expired).
    pub key_rotation: i64,
    /// Clients defined here rather than with `acctl admin client`.
    pub clients: Vec<StaticClient>,
}

impl Default for OidcSettings {
    fn default() -> Self {
        Self {
            access_ttl: 600,
            id_token_ttl: 3600,
            refresh_ttl: 30 * 86_400,
            code_ttl: 60,
            device_code_ttl: 600,
            browser_session_ttl: 14 * 86_400,
            key_rotation: 90 * 86_400,
            clients: Vec::new(),
        }
    }
}

/// A client from the config file. `secret` absent = a public client.
#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StaticClient {
    pub id: String,
    pub name: String,
    /// Only unreserved characters (hex or base64url), at least 32 of them.
    pub secret: Option<String>,
    pub redirect_uris: Vec<String>,
    #[serde(default)]
    pub post_logout_redirect_uris: Vec<String>,
    #[serde(default)]
    pub scopes: Vec<String>,
    #[serde(default)]
    pub id_token_alg: Option<String>,
}

impl std::fmt::Debug for StaticClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StaticClient")
            .field("id", &self.id)
            .field("name", &self.name)
            .field("secret", &self.secret.as_ref().map(|_| "<redacted>"))
            .field("redirect_uris", &self.redirect_uris)
            .finish_non_exhaustive()
    }
}

/// Space-separated scopes, deduplicated, in a stable order.
pub fn parse_scopes(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for s in text.split_whitespace() {
        if !out.iter().any(|o| o == s) {
            out.push(s.to_string());
        }
    }
    out
}
