//! Paths and query strings: user-supplied IDs kept inside their path segment,
//! values percent-encoded.

use serde::Serialize;

/// `?a=1&b=x` from a query struct (values percent-encoded).
pub fn query_string<T: Serialize>(q: &T) -> String {
    let Ok(serde_json::Value::Object(map)) = serde_json::to_value(q) else {
        return String::new();
    };
    let pairs: Vec<String> = map
        .into_iter()
        .filter(|(_, v)| !v.is_null())
        .map(|(k, v)| {
            let v = match v {
                serde_json::Value::String(s) => s,
                other => other.to_string(),
            };
            format!("{k}={}", percent_encode(&v))
        })
        .collect();
    if pairs.is_empty() {
        String::new()
    } else {
        format!("?{}", pairs.join("&"))
    }
}

pub fn percent_encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Keeps user-supplied IDs from escaping their path segment.
pub fn seg(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
        .collect()
}
