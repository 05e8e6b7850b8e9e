//! ID token signing keys. RS256 always (what relying parties and the conformance
//! suite expect), ES256 and EdDSA for clients that opt in. Keys are made the first
//! time one is needed, stored in the database sealed under a key derived from the
//! server key (so every replica signs with the same keys and a database dump alone
//! holds none), named by their RFC 7638 thumbprint (`kid`), and rotated on a schedule
//! or by `acctd keys rotate`; a retired key stays in the JWKS until every token it
//! signed has expired.

use std::collections::HashMap;
use std::sync::Mutex;

use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use base64::Engine;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use rand::{rngs::OsRng, RngCore};
use rsa::pkcs8::{DecodePrivateKey, EncodePrivateKey};
use rsa::traits::PublicKeyParts;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use super::ALGORITHMS;
use crate::domain::App;
use crate::secret::ServerKey;
use crate::store::SigningKeyRow;

/// RSA modulus size: 2048 bits is what every relying party accepts.
const RSA_BITS: usize = 2048;
/// How long a replica trusts its cached copy of the key table; another replica's
/// rotation is seen within this.
const CACHE_SECS: i64 = 10;
/// A retired key stays published this much longer than the longest token it signed.
const PUBLISH_MARGIN: i64 = 300;

/// A private key ready to sign.
pub enum PrivateKey {
    Rs256(Box<rsa::RsaPrivateKey>),
    Es256(p256::ecdsa::SigningKey),
    EdDsa(ed25519_dalek::SigningKey),
}

pub struct LoadedKey {
    pub kid: String,
    pub alg: String,
    pub key: PrivateKey,
    pub created_at: i64,
    pub retired: bool,
}

/// The key table as this replica last read it.
#[derive(Default)]
struct Cached {
    read_at: i64,
    keys: Vec<std::sync::Arc<LoadedKey>>,
}

/// Per-replica cache of the (opened) keys; the database is the truth.
#[derive(Default)]
pub struct KeyCache {
    cached: Mutex<Cached>,
    /// Opening an RSA key is costly; opened keys are kept by kid.
    opened: Mutex<HashMap<String, std::sync::Arc<LoadedKey>>>,
    /// One key generation at a time in this process.
    making: tokio::sync::Mutex<()>,
}

#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("signing key {0} cannot be opened: was the server key changed?")]
    Unsealable(String),
    #[error("key generation failed: {0}")]
    Generate(String),
    #[error(transparent)]
    Store(#[from] sqlx::Error),
}

fn cipher(server: &ServerKey) -> XChaCha20Poly1305 {
    XChaCha20Poly1305::new(&server.mac(&[b"oidc-signing-key-encryption"]).into())
}

fn aad(kid: &str, alg: &str) -> Vec<u8> {
    let mut out = Vec::new();
    for p in [kid, alg] {
        out.extend_from_slice(&(p.len() as u64).to_be_bytes());
        out.extend_from_slice(p.as_bytes());
    }
    out
}

fn seal(server: &ServerKey, kid: &str, alg: &str, secret: &[u8]) -> Result<String, KeyError> {
    let mut nonce = [0u8; 24];
    OsRng.fill_bytes(&mut nonce);
    let aad = aad(kid, alg);
    let sealed = cipher(server)
        .encrypt(
            XNonce::from_slice(&nonce),
            Payload {
                msg: secret,
                aad: &aad,
            },
        )
        .map_err(|_| KeyError::Generate("sealing failed".into()))?;
    let mut bytes = nonce.to_vec();
    bytes.extend_from_slice(&sealed);
    Ok(format!("k1.{}", B64.encode(bytes)))
}

fn open(server: &ServerKey, row: &SigningKeyRow) -> Result<Vec<u8>, KeyError> {
    let bad = || KeyError::Unsealable(row.kid.clone());
    let bytes = row
        .private_sealed
        .strip_prefix("k1.")
        .and_then(|b| B64.decode(b).ok())
        .ok_or_else(bad)?;
    if bytes.len() < 24 {
        return Err(bad());
    }
    let (nonce, body) = bytes.split_at(24);
    let aad = aad(&row.kid, &row.alg);
    cipher(server)
        .decrypt(
            XNonce::from_slice(nonce),
            Payload {
                msg: body,
                aad: &aad,
            },
        )
        .map_err(|_| bad())
}

/// The public JWK (without `kid`, `alg`, `use`) of a private key.
fn public_jwk(key: &PrivateKey) -> Value {
    match key {
        PrivateKey::Rs256(k) => json!({
            "kty": "RSA",
            "n": B64.encode(k.n().to_bytes_be()),
            "e": B64.encode(k.e().to_bytes_be()),
        }),
        PrivateKey::Es256(k) => {
            let point = k.verifying_key().to_encoded_point(false);
            json!({
                "kty": "EC",
                "crv": "P-256",
                "x": B64.encode(point.x().map(|x| x.to_vec()).unwrap_or_default()),
                "y": B64.encode(point.y().map(|y| y.to_vec()).unwrap_or_default()),
            })
        }
        PrivateKey::EdDsa(k) => json!({
            "kty": "OKP",
            "crv": "Ed25519",
            "x": B64.encode(k.verifying_key().to_bytes()),
        }),
    }
}

/// RFC 7638 thumbprint: SHA-256 over the required members in lexical order.
fn thumbprint(jwk: &Value) -> String {
    let members: &[&str] = match jwk["kty"].as_str() {
        Some("RSA") => &["e", "kty", "n"],
        Some("EC") => &["crv", "kty", "x", "y"],
        _ => &["crv", "kty", "x"],
    };
    let parts: Vec<String> = members
        .iter()
        .map(|m| format!("\"{m}\":\"{}\"", jwk[*m].as_str().unwrap_or_default()))
        .collect();
    B64.encode(Sha256::digest(
        format!("{{{}}}", parts.join(",")).as_bytes(),
    ))
}

fn generate(alg: &str) -> Result<(PrivateKey, Vec<u8>), KeyError> {
    let gen = |e: String| KeyError::Generate(e);
    match alg {
        "RS256" => {
            let k =
                rsa::RsaPrivateKey::new(&mut OsRng, RSA_BITS).map_err(|e| gen(e.to_string()))?;
            let der = k.to_pkcs8_der().map_err(|e| gen(e.to_string()))?;
            Ok((PrivateKey::Rs256(Box::new(k)), der.as_bytes().to_vec()))
        }
        "ES256" => {
            let k = p256::ecdsa::SigningKey::random(&mut OsRng);
            let bytes = k.to_bytes().to_vec();
            Ok((PrivateKey::Es256(k), bytes))
        }
        _ => {
            let k = ed25519_dalek::SigningKey::generate(&mut OsRng);
            let bytes = k.to_bytes().to_vec();
            Ok((PrivateKey::EdDsa(k), bytes))
        }
    }
}

fn parse(alg: &str, secret: &[u8]) -> Option<PrivateKey> {
    match alg {
        "RS256" => rsa::RsaPrivateKey::from_pkcs8_der(secret)
            .ok()
            .map(|k| PrivateKey::Rs256(Box::new(k))),
        "ES256" => p256::ecdsa::SigningKey::from_slice(secret)
            .ok()
            .map(PrivateKey::Es256),
        _ => {
            let seed: [u8; 32] = secret.try_into().ok()?;
            Some(PrivateKey::EdDsa(ed25519_dalek::SigningKey::from_bytes(
                &seed,
            )))
        }
    }
}

impl App {
    /// Keys still published, newest first, with the ones that sign; makes the first
    /// key of an algorithm that has none.
    pub async fn signing_keys(&self) -> Result<Vec<std::sync::Arc<LoadedKey>>, KeyError> {
        let now = self.now();
        {
            let cached = self
                .oidc_keys
                .cached
                .lock()
                .unwrap_or_else(|p| p.into_inner());
            if !cached.keys.is_empty() && now - cached.read_at < CACHE_SECS {
                return Ok(cached.keys.clone());
            }
        }
        let mut keys = self.read_keys(now).await?;
        let missing: Vec<&str> = ALGORITHMS
            .iter()
            .copied()
            .filter(|alg| !keys.iter().any(|k| k.alg == *alg && !k.retired))
            .collect();
        if !missing.is_empty() {
            let _one = self.oidc_keys.making.lock().await;
            // Another task may have made them while this one waited.
            keys = self.read_keys(now).await?;
            for alg in ALGORITHMS {
                if !keys.iter().any(|k| k.alg == *alg && !k.retired) {
                    self.make_key(alg, now).await?;
                }
            }
            keys = self.read_keys(now).await?;
        }
        let mut cached = self
            .oidc_keys
            .cached
            .lock()
            .unwrap_or_else(|p| p.into_inner());
        *cached = Cached {
            read_at: now,
            keys: keys.clone(),
        };
        Ok(keys)
    }

    /// The key that signs for `alg` now (the newest that is not retired).
    pub async fn current_key(&self, alg: &str) -> Result<std::sync::Arc<LoadedKey>, KeyError> {
        let keys = self.signing_keys().await?;
        keys.into_iter()
            .find(|k| k.alg == alg && !k.retired)
            .ok_or_else(|| KeyError::Generate(format!("no {alg} key")))
    }

    /// The JWKS document: every published key's public half.
    pub async fn jwks(&self) -> Result<Value, KeyError> {
        let keys = self.signing_keys().await?;
        let list: Vec<Value> = keys
            .iter()
            .map(|k| {
                let mut jwk = public_jwk(&k.key);
                jwk["kid"] = json!(k.kid);
                jwk["alg"] = json!(k.alg);
                jwk["use"] = json!("sig");
                jwk
            })
            .collect();
        Ok(json!({ "keys": list }))
    }

    /// A new key for every algorithm; the old ones stop signing now and stay
    /// published until the tokens they signed have expired. Returns the new kids.
    pub async fn rotate_keys(&self) -> Result<Vec<String>, KeyError> {
        let now = self.now();
        let o = &self.config.oidc;
        let publish_until = now + o.id_token_ttl.max(o.access_ttl) + PUBLISH_MARGIN;
        let _one = self.oidc_keys.making.lock().await;
        let mut kids = Vec::new();
        for alg in ALGORITHMS {
            let kid = self.make_key(alg, now).await?;
            self.store
                .retire_signing_keys(alg, &kid, now, publish_until)
                .await?;
            kids.push(kid);
        }
        self.oidc_keys
            .cached
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .keys
            .clear();
        Ok(kids)
    }

    /// Rotates when the signing RS256 key is older than `key_rotation` (housekeeping).
    pub async fn rotate_keys_if_due(&self) -> Result<bool, KeyError> {
        let now = self.now();
        let keys = self.read_keys(now).await?;
        let due = keys
            .iter()
            .find(|k| k.alg == "RS256" && !k.retired)
            .is_some_and(|k| now - k.created_at >= self.config.oidc.key_rotation);
        if due {
            self.rotate_keys().await?;
        }
        Ok(due)
    }

    async fn make_key(&self, alg: &str, now: i64) -> Result<String, KeyError> {
        let alg_owned = alg.to_string();
        // RSA generation takes a while: off the async threads.
        let (key, secret) = tokio::task::spawn_blocking(move || generate(&alg_owned))
            .await
            .map_err(|e| KeyError::Generate(e.to_string()))??;
        let jwk = public_jwk(&key);
        let kid = thumbprint(&jwk);
        let row = SigningKeyRow {
            kid: kid.clone(),
            alg: alg.to_string(),
            private_sealed: seal(&self.key, &kid, alg, &secret)?,
            public_jwk: jwk.to_string(),
            created_at: now,
            retired_at: None,
            publish_until: None,
        };
        self.store.insert_signing_key(&row).await?;
        tracing::info!(kid = %kid, alg, "made a new signing key");
        Ok(kid)
    }

    async fn read_keys(&self, now: i64) -> Result<Vec<std::sync::Arc<LoadedKey>>, KeyError> {
        let rows = self.store.published_signing_keys(now).await?;
        let mut out = Vec::with_capacity(rows.len());
        for row in rows {
            let opened = self
                .oidc_keys
                .opened
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .get(&row.kid)
                .cloned();
            let loaded = match opened {
                Some(k) if k.retired == row.retired_at.is_some() => k,
                _ => {
                    let secret = open(&self.key, &row)?;
                    let key = parse(&row.alg, &secret)
                        .ok_or_else(|| KeyError::Unsealable(row.kid.clone()))?;
                    let k = std::sync::Arc::new(LoadedKey {
                        kid: row.kid.clone(),
                        alg: row.alg.clone(),
                        key,
                        created_at: row.created_at,
                        retired: row.retired_at.is_some(),
                    });
                    self.oidc_keys
                        .opened
                        .lock()
                        .unwrap_or_else(|p| p.into_inner())
                        .insert(row.kid.clone(), k.clone());
                    k
                }
            };
            out.push(loaded);
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sealed_key_opens_only_under_its_kid_and_server_key() {
        let server = ServerKey::generate();
        let sealed = seal(&server, "kid1", "ES256", b"secret bytes").unwrap();
        let row = |kid: &str| SigningKeyRow {
            kid: kid.into(),
            alg: "ES256".into(),
            private_sealed: sealed.clone(),
            public_jwk: String::new(),
            created_at: 0,
            retired_at: None,
            publish_until: None,
        };
        assert_eq!(open(&server, &row("kid1")).unwrap(), b"secret bytes");
        assert!(open(&server, &row("kid2")).is_err());
        assert!(open(&ServerKey::generate(), &row("kid1")).is_err());
        assert!(!sealed.contains("secret"));
    }

    #[test]
    fn thumbprint_matches_rfc_7638_example() {
        // RFC 7638 §3.1.
        let jwk = json!({
            "kty": "RSA",
            "n": "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw",
            "e": "AQAB",
        });
        assert_eq!(
            thumbprint(&jwk),
            "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"
        );
    }

    #[test]
    fn every_algorithm_round_trips_through_its_stored_form() {
        for alg in ["ES256", "EdDSA"] {
            let (key, secret) = generate(alg).unwrap();
            let again = parse(alg, &secret).unwrap();
            assert_eq!(public_jwk(&key), public_jwk(&again));
        }
    }
}
