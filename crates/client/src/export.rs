//! A streamed NDJSON answer (the activity export), read chunk by chunk.

use std::time::Duration;

use crate::error::{ClientError, Result};

/// A whole export may take long; a stall is still caught by the per-read timeout.
pub(crate) const EXPORT_TIMEOUT: Duration = Duration::from_secs(24 * 3600);

/// A streamed NDJSON response: chunks as they arrive (not split on lines).
#[derive(Debug)]
pub struct Export {
    resp: reqwest::Response,
    url: String,
}

impl Export {
    pub(crate) fn new(resp: reqwest::Response, url: String) -> Self {
        Self { resp, url }
    }

    /// The next chunk; `None` at the end of a complete body. A body cut short
    /// (the service failed mid-way, the connection dropped) is an error.
    pub async fn chunk(&mut self) -> Result<Option<bytes::Bytes>> {
        self.resp
            .chunk()
            .await
            .map_err(|e| ClientError::Unreachable {
                url: self.url.clone(),
                reason: format!("the export was cut short ({e})"),
            })
    }
}
