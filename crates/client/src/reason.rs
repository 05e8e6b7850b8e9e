//! Why a request failed, in words: reqwest's cause chain, TLS handshake
//! failures told apart by rustls's error names, and timeouts as durations.

use std::time::Duration;

/// reqwest's Display omits the cause; the cause says what went wrong.
pub fn cause_chain(e: &reqwest::Error) -> String {
    let mut msg = e.to_string();
    let mut src = std::error::Error::source(e);
    while let Some(s) = src {
        msg = format!("{msg}: {s}");
        src = s.source();
    }
    msg
}

/// Whether a connection failed in the TLS handshake (by rustls's error names).
pub fn is_tls(e: &reqwest::Error) -> bool {
    let chain = cause_chain(e);
    speaks_no_tls(&chain)
        || chain.contains("certificate")
        || chain.contains("HandshakeFailure")
        || chain.contains("peer sent no certificates")
}

/// A plaintext answer to a ClientHello: rustls reads it as a corrupt record.
pub fn speaks_no_tls(chain: &str) -> bool {
    chain.contains("InvalidContentType") || chain.contains("corrupt message")
}

/// The most specific part of the chain (e.g. "invalid peer certificate: UnknownIssuer").
pub fn tls_cause(chain: &str) -> String {
    let parts: Vec<&str> = chain.split(": ").collect();
    let from = parts
        .iter()
        .position(|p| p.contains("certificate") || p.contains("Handshake") || p.contains("alert"))
        .unwrap_or(0);
    parts[from..].join(": ").chars().take(300).collect()
}

/// `10 s`, `1.5 s`, `250 ms`.
pub fn secs(d: Duration) -> String {
    let ms = d.as_millis();
    if ms < 1000 {
        format!("{ms} ms")
    } else if ms.is_multiple_of(1000) {
        format!("{} s", ms / 1000)
    } else {
        format!("{:.1} s", d.as_secs_f64())
    }
}
