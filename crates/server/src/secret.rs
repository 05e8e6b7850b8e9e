//! Randomness, tokens and keyed hashes. Secrets are compared in constant time.

use base64::Engine;
use hmac::{Hmac, Mac};
use rand::{rngs::OsRng, Rng, RngCore};
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

type HmacSha256 = Hmac<Sha256>;

/// The server's secret key: keys code hashes and token derivation.
/// Kept outside the database (config or key file) so a DB dump alone can't test codes.
#[derive(Clone)]
pub struct ServerKey([u8; 32]);

impl std::fmt::Debug for ServerKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ServerKey(<redacted>)")
    }
}

impl ServerKey {
    pub fn generate() -> Self {
        let mut k = [0u8; 32];
        OsRng.fill_bytes(&mut k);
        Self(k)
    }

    /// From 64 hex characters.
    pub fn from_hex(s: &str) -> Option<Self> {
        let bytes = hex::decode(s.trim()).ok()?;
        let arr: [u8; 32] = bytes.try_into().ok()?;
        Some(Self(arr))
    }

    pub fn to_hex(&self) -> String {
        hex::encode(self.0)
    }

    /// HMAC-SHA256 over the parts, each length-prefixed so fields can't run together.
    pub fn mac(&self, parts: &[&[u8]]) -> [u8; 32] {
        // HMAC accepts keys of any length, so this cannot fail.
        let mut mac = match HmacSha256::new_from_slice(&self.0) {
            Ok(m) => m,
            Err(_) => unreachable!("HMAC takes any key length"),
        };
        for p in parts {
            mac.update(&(p.len() as u64).to_be_bytes());
            mac.update(p);
        }
        mac.finalize().into_bytes().into()
    }

    pub fn mac_hex(&self, parts: &[&[u8]]) -> String {
        hex::encode(self.mac(parts))
    }
}

/// A random opaque token: 256 bits, base64url, with a prefix that says what it is
/// (so secret scanners and people can recognise a leaked one).
pub fn new_token(prefix: &str) -> String {
    let mut b = [0u8; 32];
    OsRng.fill_bytes(&mut b);
    token_from_bytes(prefix, &b)
}

pub fn token_from_bytes(prefix: &str, bytes: &[u8; 32]) -> String {
    format!(
        "{prefix}{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
    )
}

/// Tokens are high-entropy, so a plain SHA-256 is enough to store them.
pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// A random ID for flows and devices (128 bits, hex).
pub fn new_id() -> String {
    let mut b = [0u8; 16];
    OsRng.fill_bytes(&mut b);
    hex::encode(b)
}

/// A uniformly random numeric code of `digits` digits.
pub fn new_code(digits: u32) -> String {
    let max = 10u64.pow(digits);
    let n = OsRng.gen_range(0..max);
    format!("{n:0width$}", width = digits as usize)
}

/// A random account ID of 8-10 digits (never sequential).
pub fn new_account_id() -> String {
    OsRng
        .gen_range(10_000_000u64..10_000_000_000u64)
        .to_string()
}

pub fn ct_eq(a: &[u8], b: &[u8]) -> bool {
    a.ct_eq(b).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_have_the_digits_asked_for() {
        for _ in 0..1000 {
            let c = new_code(6);
            assert_eq!(c.len(), 6);
            assert!(c.bytes().all(|b| b.is_ascii_digit()));
        }
    }

    /// SECURITY.md 8: codes come from a CSPRNG with a flat distribution.
    #[test]
    fn code_digits_pass_a_chi_square_test() {
        let mut counts = [0u64; 10];
        let n = 100_000;
        for _ in 0..n {
            let c = new_code(6);
            counts[(c.as_bytes()[0] - b'0') as usize] += 1;
        }
        let expected = n as f64 / 10.0;
        let chi: f64 = counts
            .iter()
            .map(|&o| (o as f64 - expected).powi(2) / expected)
            .sum();
        // 9 degrees of freedom; 27.88 is the 0.999 quantile.
        assert!(chi < 27.88, "chi-square {chi} over first digits {counts:?}");
    }

    #[test]
    fn account_ids_are_8_to_10_digits() {
        for _ in 0..1000 {
            let id = new_account_id();
            assert!((8..=10).contains(&id.len()), "{id}");
        }
    }

    #[test]
    fn tokens_are_small() {
        // SECURITY.md 37: far below the Windows credential blob limit.
        assert!(new_token("acct_at_").len() <= 512);
    }

    #[test]
    fn mac_separates_fields() {
        let k = ServerKey::generate();
        assert_ne!(k.mac(&[b"ab", b"c"]), k.mac(&[b"a", b"bc"]));
    }
}
