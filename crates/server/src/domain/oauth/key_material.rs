//! The key material behind `keys`: sealing a private key under the server key, its
//! public JWK and thumbprint, generating and parsing each algorithm's keys, and the
//! per-replica cache the `App` holds (kept apart from `keys`, which is `impl App`).

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

use crate::secret::ServerKey;
use crate::store::SigningKeyRow;

/// RSA modulus size: 2048 bits is what every relying party accepts.
const RSA_BITS: usize = 2048;
/// How long a replica trusts its cached copy of the key table; another replica's
/// rotation is seen within this.
pub(super) const CACHE_SECS: i64 = 10;
/// A retired key stays published this much longer than the longest token it signed.
pub(super) const PUBLISH_MARGIN: i64 = 300;

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
pub(super) struct Cached {
    pub(super) read_at: i64,
    pub(super) keys: Vec<std::sync::Arc<LoadedKey>>,
}

/// Per-replica cache of the (opened) keys; the database is the truth.
#[derive(Default)]
pub struct KeyCache {
    pub(super) cached: Mutex<Cached>,
    /// Opening an RSA key is costly; opened keys are kept by kid.
    pub(super) opened: Mutex<HashMap<String, std::sync::Arc<LoadedKey>>>,
    /// One key generation at a time in this process.
    pub(super) making: tokio::sync::Mutex<()>,
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

pub(super) fn cipher(server: &ServerKey) -> XChaCha20Poly1305 {
    XChaCha20Poly1305::new(&server.mac(&[b"oidc-signing-key-encryption"]).into())
}

pub(super) fn aad(kid: &str, alg: &str) -> Vec<u8> {
    let mut out = Vec::new();
    for p in [kid, alg] {
        out.extend_from_slice(&(p.len() as u64).to_be_bytes());
        out.extend_from_slice(p.as_bytes());
    }
    out
}

pub(super) fn seal(
    server: &ServerKey,
    kid: &str,
    alg: &str,
    secret: &[u8],
) -> Result<String, KeyError> {
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

pub(super) fn open(server: &ServerKey, row: &SigningKeyRow) -> Result<Vec<u8>, KeyError> {
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
pub(super) fn public_jwk(key: &PrivateKey) -> Value {
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
pub(super) fn thumbprint(jwk: &Value) -> String {
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

pub(super) fn generate(alg: &str) -> Result<(PrivateKey, Vec<u8>), KeyError> {
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

pub(super) fn parse(alg: &str, secret: &[u8]) -> Option<PrivateKey> {
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
