//! The client registry: admins create, update, rotate and delete clients; static
//! clients come from the config, and acctl has a built-in public one. A secret is
//! 256 random bits in base64url (unreserved characters only, so relying parties that
//! form-encode `client_secret_basic` and those that do not send the same bytes),
//! shown once and stored as a hash. Every change is audited.

use super::{BUILTIN_CLIENT_ID, DEFAULT_SCOPES, KNOWN_SCOPES};
use crate::domain::{App, RequestMeta};
use crate::error::{ApiError, ApiResult};
use crate::secret::{self, token_hash};
use crate::store::{AuditRow, ClientRow};

const SECRET_PREFIX: &str = "acct_cs_";

/// What an admin gives to create or update a client.
#[derive(Debug, Clone, Default)]
pub struct ClientSpec {
    pub name: Option<String>,
    pub redirect_uris: Option<Vec<String>>,
    pub post_logout_redirect_uris: Option<Vec<String>>,
    pub scopes: Option<Vec<String>>,
    pub id_token_alg: Option<String>,
}

/// A new client and, for a confidential one, its secret (shown once).
#[derive(Debug, Clone)]
pub struct CreatedClient {
    pub client: ClientRow,
    pub secret: Option<String>,
}

impl App {
    /// Writes the built-in and config clients, so every replica sees the same registry.
    pub async fn install_static_clients(&self) -> anyhow::Result<()> {
        let now = self.now();
        let builtin = ClientRow {
            id: BUILTIN_CLIENT_ID.into(),
            name: "acctl".into(),
            secret_hash: None,
            redirect_uris: vec!["http://127.0.0.1/callback".into()],
            post_logout_redirect_uris: Vec::new(),
            scopes: KNOWN_SCOPES.iter().map(|s| s.to_string()).collect(),
            id_token_alg: "RS256".into(),
            source: "builtin".into(),
            created_at: now,
            updated_at: now,
        };
        self.store.upsert_static_client(&builtin).await?;
        for c in &self.config.oidc.clients {
            if c.id == BUILTIN_CLIENT_ID {
                anyhow::bail!(
                    "oidc client ID {:?} is reserved for acctl itself: pick another",
                    c.id
                );
            }
            let secret_hash = match &c.secret {
                Some(s) if valid_secret(s) => Some(token_hash(s)),
                Some(_) => anyhow::bail!(
                    "oidc client {:?}: the secret must be at least 32 characters of A-Z a-z 0-9 - _ (generate one with `openssl rand -hex 32`)",
                    c.id
                ),
                None => None,
            };
            let spec = ClientSpec {
                name: Some(c.name.clone()),
                redirect_uris: Some(c.redirect_uris.clone()),
                post_logout_redirect_uris: Some(c.post_logout_redirect_uris.clone()),
                scopes: (!c.scopes.is_empty()).then(|| c.scopes.clone()),
                id_token_alg: c.id_token_alg.clone(),
            };
            let mut row = ClientRow {
                id: c.id.clone(),
                secret_hash,
                source: "config".into(),
                created_at: now,
                updated_at: now,
                ..blank_client()
            };
            apply_spec(&mut row, &spec, true)
                .map_err(|e| anyhow::anyhow!("oidc client {:?}: {}", c.id, e.message))?;
            self.store.upsert_static_client(&row).await?;
        }
        // A client taken out of the config file is gone, with its grants and tokens.
        let kept: Vec<&str> = self
            .config
            .oidc
            .clients
            .iter()
            .map(|c| c.id.as_str())
            .collect();
        for gone in self.store.clients().await? {
            if gone.source == "config" && !kept.contains(&gone.id.as_str()) {
                let mut tx = self.store.begin().await?;
                tx.delete_client(&gone.id, now).await?;
                tx.revoke_client_grants(&gone.id, now).await?;
                tx.commit().await?;
                tracing::info!(client = %gone.id, "removed a client no longer in the config");
            }
        }
        Ok(())
    }

    /// Registers a client; a confidential one gets a secret, returned once.
    pub async fn create_client(
        &self,
        actor: &str,
        spec: &ClientSpec,
        public: bool,
        meta: &RequestMeta,
    ) -> ApiResult<CreatedClient> {
        let now = self.now();
        let secret = (!public).then(|| secret::new_token(SECRET_PREFIX));
        let mut row = ClientRow {
            id: secret::new_id(),
            secret_hash: secret.as_deref().map(token_hash),
            source: "admin".into(),
            created_at: now,
            updated_at: now,
            ..blank_client()
        };
        apply_spec(&mut row, spec, true).map_err(SpecError::into_api)?;
        let mut tx = self.store.begin().await?;
        tx.insert_client(&row).await?;
        tx.audit(&self.client_audit(actor, "client.create", &row.id, meta))
            .await?;
        tx.commit().await?;
        Ok(CreatedClient {
            client: row,
            secret,
        })
    }

    pub async fn get_client(&self, id: &str) -> ApiResult<ClientRow> {
        self.store.client(id).await?.ok_or_else(client_not_found)
    }

    pub async fn list_clients(&self) -> ApiResult<Vec<ClientRow>> {
        Ok(self.store.clients().await?)
    }

    pub async fn update_client(
        &self,
        actor: &str,
        id: &str,
        spec: &ClientSpec,
        meta: &RequestMeta,
    ) -> ApiResult<ClientRow> {
        let mut row = self.editable_client(id).await?;
        apply_spec(&mut row, spec, false).map_err(SpecError::into_api)?;
        row.updated_at = self.now();
        let mut tx = self.store.begin().await?;
        if !tx.update_client(&row).await? {
            return Err(client_not_found());
        }
        tx.audit(&self.client_audit(actor, "client.update", id, meta))
            .await?;
        tx.commit().await?;
        Ok(row)
    }

    /// A new secret for a confidential client; the old one stops working at once.
    pub async fn rotate_client_secret(
        &self,
        actor: &str,
        id: &str,
        meta: &RequestMeta,
    ) -> ApiResult<String> {
        let row = self.editable_client(id).await?;
        if row.is_public() {
            return Err(ApiError::new(
                acct_api::ErrorCode::Conflict,
                "this is a public client: it has no secret to rotate (it uses PKCE instead)",
            ));
        }
        let secret = secret::new_token(SECRET_PREFIX);
        let mut tx = self.store.begin().await?;
        if !tx
            .set_client_secret(id, &token_hash(&secret), self.now())
            .await?
        {
            return Err(client_not_found());
        }
        tx.audit(&self.client_audit(actor, "client.rotate_secret", id, meta))
            .await?;
        tx.commit().await?;
        Ok(secret)
    }

    /// Deletes a client and ends every grant and token issued to it.
    pub async fn delete_client(&self, actor: &str, id: &str, meta: &RequestMeta) -> ApiResult<()> {
        self.editable_client(id).await?;
        let now = self.now();
        let mut tx = self.store.begin().await?;
        if !tx.delete_client(id, now).await? {
            return Err(client_not_found());
        }
        tx.revoke_client_grants(id, now).await?;
        tx.audit(&self.client_audit(actor, "client.delete", id, meta))
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Static clients are edited in the config file, not by command (409).
    async fn editable_client(&self, id: &str) -> ApiResult<ClientRow> {
        let row = self.get_client(id).await?;
        let why = match row.source.as_str() {
            "admin" => return Ok(row),
            "builtin" => format!(
                "client {id} is acctl's own built-in client: it is read-only (acctd keeps it as it is)"
            ),
            _ => format!(
                "client {id} is defined in acctd's config file ([[oidc.clients]]): it is read-only here; edit it in the config file and restart acctd"
            ),
        };
        Err(ApiError::new(acct_api::ErrorCode::Conflict, why))
    }

    fn client_audit(
        &self,
        actor: &str,
        action: &str,
        client_id: &str,
        meta: &RequestMeta,
    ) -> AuditRow {
        AuditRow {
            at: self.timestamp(),
            actor: actor.to_string(),
            action: action.to_string(),
            reason: Some(format!("client {client_id}")),
            request_id: meta.request_id.clone(),
            ..AuditRow::default()
        }
    }

    /// The client a token, introspection or revocation request authenticates as.
    /// Confidential clients must present their secret (compared as hashes in
    /// constant time); a public client presents none.
    pub async fn authenticate_client(
        &self,
        id: &str,
        presented: Option<&str>,
    ) -> Result<ClientRow, ClientAuthError> {
        let row = self
            .store
            .client(id)
            .await
            .map_err(|e| ClientAuthError::Internal(e.into()))?;
        let Some(row) = row else {
            return Err(ClientAuthError::Invalid);
        };
        match (&row.secret_hash, presented) {
            (None, None) => Ok(row),
            (Some(hash), Some(secret))
                if secret::ct_eq(hash.as_bytes(), token_hash(secret).as_bytes()) =>
            {
                Ok(row)
            }
            _ => Err(ClientAuthError::Invalid),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ClientAuthError {
    #[error("client authentication failed")]
    Invalid,
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

fn client_not_found() -> ApiError {
    ApiError::new(
        acct_api::ErrorCode::NotFound,
        "no such client: list them with `acctl admin client list`",
    )
}

fn blank_client() -> ClientRow {
    ClientRow {
        id: String::new(),
        name: String::new(),
        secret_hash: None,
        redirect_uris: Vec::new(),
        post_logout_redirect_uris: Vec::new(),
        scopes: DEFAULT_SCOPES.iter().map(|s| s.to_string()).collect(),
        id_token_alg: "RS256".into(),
        source: String::new(),
        created_at: 0,
        updated_at: 0,
    }
}

/// A config secret: long enough and only unreserved characters (RFC 3986 §2.3).
fn valid_secret(s: &str) -> bool {
    s.len() >= 32
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// A field of a client that was refused, and why (422 `invalid_input` with
/// `details.field`).
#[derive(Debug)]
struct SpecError {
    field: &'static str,
    message: String,
}

impl SpecError {
    fn new(field: &'static str, message: impl Into<String>) -> Self {
        Self {
            field,
            message: message.into(),
        }
    }

    fn into_api(self) -> ApiError {
        ApiError::new(acct_api::ErrorCode::InvalidInput, self.message)
            .details(serde_json::json!({ "field": self.field }))
    }
}

/// Checks and applies what was given; `creating` requires a name.
fn apply_spec(row: &mut ClientRow, spec: &ClientSpec, creating: bool) -> Result<(), SpecError> {
    if let Some(name) = &spec.name {
        let name = name.trim();
        if name.is_empty() || name.chars().count() > 80 || name.chars().any(char::is_control) {
            return Err(SpecError::new(
                "name",
                "the client name must be 1-80 printable characters",
            ));
        }
        row.name = name.to_string();
    } else if creating {
        return Err(SpecError::new(
            "name",
            "give the client a name with --name (people see it on the consent page)",
        ));
    }
    if let Some(uris) = &spec.redirect_uris {
        for u in uris {
            check_redirect_uri(u).map_err(|e| SpecError::new("redirect_uris", e))?;
        }
        row.redirect_uris = uris.clone();
    }
    if row.redirect_uris.is_empty() {
        return Err(SpecError::new(
            "redirect_uris",
            "give at least one --redirect-uri (https, or http on a loopback address)",
        ));
    }
    if let Some(uris) = &spec.post_logout_redirect_uris {
        for u in uris {
            check_redirect_uri(u).map_err(|e| SpecError::new("post_logout_redirect_uris", e))?;
        }
        row.post_logout_redirect_uris = uris.clone();
    }
    if let Some(scopes) = &spec.scopes {
        if let Some(bad) = scopes.iter().find(|s| !KNOWN_SCOPES.contains(&s.as_str())) {
            return Err(SpecError::new(
                "scopes",
                format!("unknown scope {bad:?}: use {}", KNOWN_SCOPES.join(", ")),
            ));
        }
        let mut scopes = scopes.clone();
        if !scopes.iter().any(|s| s == "openid") {
            scopes.insert(0, "openid".into());
        }
        row.scopes = scopes;
    }
    if let Some(alg) = &spec.id_token_alg {
        if !super::ALGORITHMS.contains(&alg.as_str()) {
            return Err(SpecError::new(
                "id_token_alg",
                format!(
                    "unknown signing algorithm {alg:?}: use {}",
                    super::ALGORITHMS.join(", ")
                ),
            ));
        }
        row.id_token_alg = alg.clone();
    }
    Ok(())
}

/// A redirect URI an admin may register: absolute, no fragment, https or http on a
/// loopback address (RFC 8252 §7.3), or a private-use scheme of a native app (§7.1).
pub fn check_redirect_uri(uri: &str) -> Result<(), String> {
    let parsed = url::Url::parse(uri).map_err(|_| format!("{uri:?} is not an absolute URL"))?;
    if parsed.fragment().is_some() {
        return Err(format!("{uri:?}: a redirect URI may not have a #fragment"));
    }
    match parsed.scheme() {
        "https" => Ok(()),
        "http" if is_loopback(&parsed) => Ok(()),
        "http" => Err(format!("{uri:?}: plain http is allowed only on a loopback address; use https")),
        s if s.contains('.') => Ok(()),
        _ => Err(format!("{uri:?}: use https, http on a loopback address, or a reverse-domain scheme like com.example.app:/cb")),
    }
}

fn is_loopback(u: &url::Url) -> bool {
    match u.host() {
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        Some(url::Host::Domain(d)) => d == "localhost",
        None => false,
    }
}

/// Does `asked` match one registered URI exactly? A loopback http URI matches on any
/// port (RFC 8252 §7.3): native apps listen on an ephemeral one.
pub fn redirect_matches(registered: &[String], asked: &str) -> bool {
    if registered.iter().any(|r| r == asked) {
        return true;
    }
    let Ok(a) = url::Url::parse(asked) else {
        return false;
    };
    if a.scheme() != "http" || !is_loopback(&a) {
        return false;
    }
    registered.iter().any(|r| {
        let Ok(mut r) = url::Url::parse(r) else {
            return false;
        };
        if r.scheme() != "http" || !is_loopback(&r) {
            return false;
        }
        if r.set_port(a.port()).is_err() {
            return false;
        }
        r.as_str() == a.as_str()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_redirects_match_on_any_port_and_nothing_else_loosely() {
        let reg = vec![
            "http://127.0.0.1/cb".to_string(),
            "https://app.example/cb".to_string(),
        ];
        assert!(redirect_matches(&reg, "http://127.0.0.1:53121/cb"));
        assert!(redirect_matches(&reg, "http://127.0.0.1/cb"));
        assert!(redirect_matches(&reg, "https://app.example/cb"));
        assert!(!redirect_matches(&reg, "http://127.0.0.1:53121/cb2"));
        assert!(!redirect_matches(&reg, "https://app.example/cb/"));
        assert!(!redirect_matches(&reg, "https://app.example:8443/cb"));
        assert!(!redirect_matches(&reg, "https://evil.test"));
        assert!(!redirect_matches(&reg, "http://localhost:1/cb"));
    }

    #[test]
    fn registered_redirects_are_https_loopback_or_private_schemes() {
        assert!(check_redirect_uri("https://app.example/cb").is_ok());
        assert!(check_redirect_uri("http://[::1]:8080/cb").is_ok());
        assert!(check_redirect_uri("com.example.app:/cb").is_ok());
        assert!(check_redirect_uri("http://app.example/cb").is_err());
        assert!(check_redirect_uri("https://app.example/cb#x").is_err());
        assert!(check_redirect_uri("javascript:alert(1)").is_err());
        assert!(check_redirect_uri("/cb").is_err());
    }

    #[test]
    fn config_secrets_use_only_unreserved_characters() {
        assert!(valid_secret(&"a1-_".repeat(8)));
        assert!(!valid_secret("short"));
        assert!(!valid_secret(&format!("{}+/=", "a".repeat(32))));
        let s = secret::new_token(SECRET_PREFIX);
        assert!(valid_secret(&s));
    }
}
