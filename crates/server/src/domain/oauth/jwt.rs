//! Compact JWS: signing ID tokens with our keys and checking our own tokens
//! (`id_token_hint` at logout). Never `alg: none`: a header is only accepted when it
//! names one of our keys by `kid` and that key's algorithm.

use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use base64::Engine;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use super::keys::{LoadedKey, PrivateKey};

#[derive(Debug, thiserror::Error)]
pub enum JwtError {
    #[error("signing failed: {0}")]
    Sign(String),
    #[error("not a token this provider signed")]
    Invalid,
}

/// `header.claims.signature` signed with `key`.
pub fn sign(key: &LoadedKey, claims: &Value) -> Result<String, JwtError> {
    let header = json!({ "alg": key.alg, "typ": "JWT", "kid": key.kid });
    let input = format!(
        "{}.{}",
        B64.encode(header.to_string()),
        B64.encode(claims.to_string())
    );
    let sig = match &key.key {
        PrivateKey::Rs256(k) => {
            let digest = Sha256::digest(input.as_bytes());
            k.sign(rsa::Pkcs1v15Sign::new::<Sha256>(), &digest)
                .map_err(|e| JwtError::Sign(e.to_string()))?
        }
        PrivateKey::Es256(k) => {
            use p256::ecdsa::signature::Signer;
            let s: p256::ecdsa::Signature = k.sign(input.as_bytes());
            s.to_bytes().to_vec()
        }
        PrivateKey::EdDsa(k) => {
            use ed25519_dalek::Signer;
            k.sign(input.as_bytes()).to_bytes().to_vec()
        }
    };
    Ok(format!("{input}.{}", B64.encode(sig)))
}

/// The claims of a token signed by one of `keys` (expiry is the caller's business:
/// logout accepts an expired hint, RFC OpenID RP-Initiated Logout §2).
pub fn verify(keys: &[std::sync::Arc<LoadedKey>], token: &str) -> Result<Value, JwtError> {
    let mut parts = token.split('.');
    let (Some(h), Some(c), Some(s), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(JwtError::Invalid);
    };
    let header: Value = B64
        .decode(h)
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok())
        .ok_or(JwtError::Invalid)?;
    let kid = header["kid"].as_str().ok_or(JwtError::Invalid)?;
    let key = keys
        .iter()
        .find(|k| k.kid == kid)
        .ok_or(JwtError::Invalid)?;
    if header["alg"].as_str() != Some(key.alg.as_str()) {
        return Err(JwtError::Invalid);
    }
    let sig = B64.decode(s).map_err(|_| JwtError::Invalid)?;
    let input = format!("{h}.{c}");
    let ok = match &key.key {
        PrivateKey::Rs256(k) => {
            let digest = Sha256::digest(input.as_bytes());
            rsa::RsaPublicKey::from(k.as_ref())
                .verify(rsa::Pkcs1v15Sign::new::<Sha256>(), &digest, &sig)
                .is_ok()
        }
        PrivateKey::Es256(k) => {
            use p256::ecdsa::signature::Verifier;
            p256::ecdsa::Signature::from_slice(&sig)
                .is_ok_and(|s| k.verifying_key().verify(input.as_bytes(), &s).is_ok())
        }
        PrivateKey::EdDsa(k) => {
            use ed25519_dalek::Verifier;
            ed25519_dalek::Signature::from_slice(&sig)
                .is_ok_and(|s| k.verifying_key().verify(input.as_bytes(), &s).is_ok())
        }
    };
    if !ok {
        return Err(JwtError::Invalid);
    }
    B64.decode(c)
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok())
        .ok_or(JwtError::Invalid)
}

/// `at_hash`: the left half of the algorithm's hash, base64url (SHA-256 for RS256
/// and ES256, SHA-512 for Ed25519).
pub fn half_hash(alg: &str, value: &str) -> String {
    if alg == "EdDSA" {
        let d = sha2::Sha512::digest(value.as_bytes());
        return B64.encode(&d[..32]);
    }
    let d = Sha256::digest(value.as_bytes());
    B64.encode(&d[..16])
}
