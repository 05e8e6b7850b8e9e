//! Outbox payloads at rest: the code, link and text of a message are sealed with
//! XChaCha20-Poly1305 under a key derived from the server key (which lives outside
//! the database), so neither the database file, its WAL nor a backup holds a code.
//! The plaintext is padded to a multiple of [`PAD`] bytes first, so a row's size does
//! not tell a code from a link, or a stand-in from a real message.

use base64::Engine;
use chacha20poly1305::aead::{Aead, KeyInit, Payload as Aad};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use rand::{rngs::OsRng, RngCore};

use crate::secret::ServerKey;

/// Sealed payloads start with this (older, plaintext ones with `{`).
const PREFIX: &str = "x1.";
const NONCE: usize = 24;
/// Plaintexts are padded with spaces (JSON ignores them) to a multiple of this.
pub const PAD: usize = 512;

/// Seals and opens outbox payloads. Cheap to clone.
#[derive(Clone)]
pub struct Sealer(XChaCha20Poly1305);

/// What a sealed payload is bound to: moved to another row, it does not open.
pub struct Binding<'a> {
    pub channel: &'a str,
    pub destination: &'a str,
    pub purpose: &'a str,
}

impl Binding<'_> {
    fn aad(&self) -> Vec<u8> {
        let mut out = Vec::new();
        for part in [self.channel, self.destination, self.purpose] {
            out.extend_from_slice(&(part.len() as u64).to_be_bytes());
            out.extend_from_slice(part.as_bytes());
        }
        out
    }
}

impl Sealer {
    pub fn new(key: &ServerKey) -> Self {
        Self(XChaCha20Poly1305::new(
            &key.mac(&[b"outbox-payload-encryption"]).into(),
        ))
    }

    pub fn seal(&self, plaintext: &str, to: &Binding<'_>) -> Result<String, String> {
        let mut padded = plaintext.as_bytes().to_vec();
        let len = padded.len().div_ceil(PAD).max(1) * PAD;
        padded.resize(len, b' ');
        let mut nonce = [0u8; NONCE];
        OsRng.fill_bytes(&mut nonce);
        let aad = to.aad();
        let sealed = self
            .0
            .encrypt(
                XNonce::from_slice(&nonce),
                Aad {
                    msg: &padded,
                    aad: &aad,
                },
            )
            .map_err(|_| "payload encryption failed".to_string())?;
        let mut bytes = nonce.to_vec();
        bytes.extend_from_slice(&sealed);
        Ok(format!(
            "{PREFIX}{}",
            base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
        ))
    }

    /// The plaintext (padding included; JSON readers skip it).
    pub fn open(&self, stored: &str, to: &Binding<'_>) -> Result<String, String> {
        let Some(b64) = stored.strip_prefix(PREFIX) else {
            // Written before payloads were sealed: still deliverable.
            return if stored.starts_with('{') {
                Ok(stored.to_string())
            } else {
                Err("the message payload is not in a known format".into())
            };
        };
        let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(b64)
            .map_err(|_| "the sealed message payload is not base64".to_string())?;
        if bytes.len() < NONCE {
            return Err("the sealed message payload is too short".into());
        }
        let (nonce, sealed) = bytes.split_at(NONCE);
        let aad = to.aad();
        let plain = self
            .0
            .decrypt(
                XNonce::from_slice(nonce),
                Aad {
                    msg: sealed,
                    aad: &aad,
                },
            )
            .map_err(|_| {
                "the message payload does not open: was the server key changed?".to_string()
            })?;
        String::from_utf8(plain).map_err(|_| "the message payload is not text".into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn to<'a>(destination: &'a str) -> Binding<'a> {
        Binding {
            channel: "sms",
            destination,
            purpose: "login",
        }
    }

    #[test]
    fn a_sealed_payload_opens_only_for_its_row_and_hides_its_size() {
        let s = Sealer::new(&ServerKey::from_hex(&"11".repeat(32)).unwrap());
        let short = s.seal(r#"{"code":"123456"}"#, &to("+861")).unwrap();
        let long = s
            .seal(&format!(r#"{{"t":"{}"}}"#, "x".repeat(400)), &to("+861"))
            .unwrap();
        assert!(!short.contains("123456"));
        assert_eq!(short.len(), long.len(), "padded to one size");
        assert_eq!(
            s.open(&short, &to("+861")).unwrap().trim_end(),
            r#"{"code":"123456"}"#
        );
        assert!(
            s.open(&short, &to("+862")).is_err(),
            "bound to its destination"
        );
        let other = Sealer::new(&ServerKey::from_hex(&"22".repeat(32)).unwrap());
        assert!(other.open(&short, &to("+861")).is_err());
        assert_eq!(
            s.open("{}", &to("+861")).unwrap(),
            "{}",
            "old rows still open"
        );
    }
}
