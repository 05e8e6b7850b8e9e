//! SMS through an HTTP gateway: `webhook:URL` POSTs `{"to", "text", "purpose"}`.
//!
//! Each request is signed so the gateway can tell it came from us and is fresh:
//! `X-Acct-Timestamp: <unix seconds>` and
//! `X-Acct-Signature: sha256=<hex HMAC-SHA256(secret, "<timestamp>.<raw body>")>`.
//! The timestamp is inside the MAC, so a captured request cannot be replayed later
//! (receivers reject timestamps more than a few minutes off). `X-Acct-Delivery`
//! carries the outbox id, the same on every retry, so receivers can drop repeats.

use std::time::Duration;

use futures_util::future::BoxFuture;
use hmac::{Hmac, Mac};
use sha2::Sha256;

use super::{Courier, DeliveryError, DeliverySettings, Message};

pub const SIGNATURE_HEADER: &str = "x-acct-signature";
pub const TIMESTAMP_HEADER: &str = "x-acct-timestamp";
pub const DELIVERY_HEADER: &str = "x-acct-delivery";

pub struct WebhookCourier {
    url: reqwest::Url,
    secret: Vec<u8>,
    client: reqwest::Client,
}

impl WebhookCourier {
    pub fn new(url: &str, secret: &str, settings: &DeliverySettings) -> anyhow::Result<Self> {
        let url = reqwest::Url::parse(url)
            .map_err(|e| anyhow::anyhow!("webhook courier: {e} in the URL"))?;
        if !matches!(url.scheme(), "http" | "https") {
            anyhow::bail!("webhook courier: the URL must be http:// or https://");
        }
        let timeout = Duration::from_millis(settings.attempt_timeout_ms.max(1));
        let client = reqwest::Client::builder()
            .timeout(timeout)
            .connect_timeout(timeout.min(Duration::from_secs(5)))
            .user_agent(concat!("acctd/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| anyhow::anyhow!("webhook courier: {e}"))?;
        Ok(Self {
            url,
            secret: secret.as_bytes().to_vec(),
            client,
        })
    }
}

/// `sha256=<hex>` over `"<timestamp>.<body>"`.
pub fn signature(secret: &[u8], timestamp: i64, body: &[u8]) -> String {
    // HMAC accepts keys of any length; this cannot fail.
    let mut mac = match Hmac::<Sha256>::new_from_slice(secret) {
        Ok(m) => m,
        Err(_) => return String::new(),
    };
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    format!("sha256={}", hex::encode(mac.finalize().into_bytes()))
}

impl Courier for WebhookCourier {
    fn deliver<'a>(&'a self, msg: &'a Message) -> BoxFuture<'a, Result<(), DeliveryError>> {
        Box::pin(async move {
            let body = serde_json::to_vec(&serde_json::json!({
                "to": msg.to,
                "text": msg.text,
                "purpose": msg.purpose,
            }))
            .map_err(|e| DeliveryError::Permanent(e.to_string()))?;
            let timestamp = crate::clock::system_now().unix_timestamp();
            let mut request = self
                .client
                .post(self.url.clone())
                .header(reqwest::header::CONTENT_TYPE, "application/json")
                .header(TIMESTAMP_HEADER, timestamp.to_string())
                .header(SIGNATURE_HEADER, signature(&self.secret, timestamp, &body));
            if let Some(id) = msg.delivery_id {
                request = request.header(DELIVERY_HEADER, id.to_string());
            }
            let response = request.body(body).send().await.map_err(|e| {
                // Without the URL: it may hold a gateway token.
                DeliveryError::Transient(format!("webhook: {}", e.without_url()))
            })?;
            classify(response.status())
        })
    }
}

/// 2xx delivered; 5xx, 408 and 429 worth a retry; any other answer is a refusal.
fn classify(status: reqwest::StatusCode) -> Result<(), DeliveryError> {
    if status.is_success() {
        Ok(())
    } else if status.is_server_error()
        || status == reqwest::StatusCode::REQUEST_TIMEOUT
        || status == reqwest::StatusCode::TOO_MANY_REQUESTS
    {
        Err(DeliveryError::Transient(format!(
            "webhook answered {status}"
        )))
    } else {
        Err(DeliveryError::Permanent(format!(
            "webhook answered {status}"
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signature_is_hmac_sha256_over_timestamp_and_body() {
        // Computed independently with Python's hmac module.
        let sig = signature(b"key", 1_700_000_000, br#"{"a":1}"#);
        assert_eq!(
            sig,
            "sha256=a438e398bfafc57e4396bb7fc2304422f0f768e965d073ca313cb52e22e6ad03"
        );
        assert_ne!(sig, signature(b"key", 1_700_000_001, br#"{"a":1}"#));
        assert_ne!(sig, signature(b"other", 1_700_000_000, br#"{"a":1}"#));
    }

    #[test]
    fn only_server_errors_and_throttling_are_retried() {
        use reqwest::StatusCode as S;
        assert!(classify(S::OK).is_ok());
        assert!(classify(S::NO_CONTENT).is_ok());
        for s in [
            S::SERVICE_UNAVAILABLE,
            S::BAD_GATEWAY,
            S::TOO_MANY_REQUESTS,
            S::REQUEST_TIMEOUT,
        ] {
            assert!(!classify(s).err().is_some_and(|e| e.is_permanent()), "{s}");
        }
        for s in [
            S::BAD_REQUEST,
            S::UNAUTHORIZED,
            S::NOT_FOUND,
            S::UNPROCESSABLE_ENTITY,
        ] {
            assert!(classify(s).err().is_some_and(|e| e.is_permanent()), "{s}");
        }
    }
}
