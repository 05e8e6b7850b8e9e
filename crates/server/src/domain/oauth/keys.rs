//! ID token signing keys. RS256 always (what relying parties and the conformance
//! suite expect), ES256 and EdDSA for clients that opt in. Keys are made the first
//! time one is needed, stored in the database sealed under a key derived from the
//! server key (so every replica signs with the same keys and a database dump alone
//! holds none), named by their RFC 7638 thumbprint (`kid`), and rotated on a schedule
//! or by `acctd keys rotate`; a retired key stays in the JWKS until every token it
//! signed has expired.

use serde_json::{json, Value};

use super::ALGORITHMS;
use crate::domain::App;
use crate::store::SigningKeyRow;

use super::key_material::{
    generate, open, parse, public_jwk, seal, thumbprint, Cached, CACHE_SECS, PUBLISH_MARGIN,
};
pub use super::key_material::{KeyCache, KeyError, LoadedKey, PrivateKey};

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
