//! The device grant's small pure parts: user codes (drawn, shown, typed), the
//! approximate network shown on the consent page, and activity's method names.

/// Consonants only (RFC 8628 §6.1): no vowels to spell words, nothing to confuse.
const ALPHABET: &[u8] = b"BCDFGHJKLMNPQRSTVWXZ";
const USER_CODE_LEN: usize = 8;

/// A new user code, shown as `WDJB-MJHT`.
pub(super) fn new_user_code() -> String {
    use rand::Rng;
    let mut rng = rand::rngs::OsRng;
    let raw: String = (0..USER_CODE_LEN)
        .map(|_| ALPHABET[rng.gen_range(0..ALPHABET.len())] as char)
        .collect();
    display_user_code(&raw)
}

fn display_user_code(raw: &str) -> String {
    let (a, b) = raw.split_at(raw.len() / 2);
    format!("{a}-{b}")
}

/// A typed user code in its stored form: upper case, spaces and dashes dropped;
/// `None` when it cannot be one.
pub fn normalize_user_code(typed: &str) -> Option<String> {
    let raw: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_uppercase())
        .collect();
    (raw.len() == USER_CODE_LEN && raw.bytes().all(|b| ALPHABET.contains(&b))).then_some(raw)
}

/// The approximate network of an address, for the consent page: IPv4 /24, IPv6 /48.
pub fn network_of(ip: &str) -> Option<String> {
    match ip.parse::<std::net::IpAddr>().ok()? {
        std::net::IpAddr::V4(v4) => {
            let [a, b, c, _] = v4.octets();
            Some(format!("{a}.{b}.{c}.0/24"))
        }
        std::net::IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => network_of(&v4.to_string()),
            None => {
                let s = v6.segments();
                let net = std::net::Ipv6Addr::new(s[0], s[1], s[2], 0, 0, 0, 0, 0);
                Some(format!("{net}/48"))
            }
        },
    }
}

/// The sign-in methods of a browser session's `amr`, as activity names them.
pub(super) fn method_of(amr: &[String]) -> String {
    let has = |m: &str| amr.iter().any(|x| x == m);
    let first = if has("pwd") {
        "password"
    } else if has("sms") {
        "sms"
    } else {
        "email_code"
    };
    if has("mfa") {
        format!("{first}+totp")
    } else {
        first.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_codes_are_typed_loosely_and_shown_with_a_dash() {
        let c = new_user_code();
        assert_eq!(c.len(), 9);
        assert_eq!(&c[4..5], "-");
        assert_eq!(
            normalize_user_code("wdjb mjht").as_deref(),
            Some("WDJBMJHT")
        );
        assert_eq!(
            normalize_user_code(" WDJB-MJHT ").as_deref(),
            Some("WDJBMJHT")
        );
        assert_eq!(normalize_user_code("WDJBMJHA"), None, "a vowel");
        assert_eq!(normalize_user_code("WDJB-MJH"), None);
    }

    #[test]
    fn networks_are_a_slash_24_or_a_slash_48() {
        assert_eq!(
            network_of("203.0.113.77").as_deref(),
            Some("203.0.113.0/24")
        );
        assert_eq!(
            network_of("2001:db8:abcd:12::1").as_deref(),
            Some("2001:db8:abcd::/48")
        );
        assert_eq!(
            network_of("::ffff:198.51.100.9").as_deref(),
            Some("198.51.100.0/24")
        );
        assert_eq!(network_of("nonsense"), None);
    }

    #[test]
    fn activity_names_the_methods() {
        let amr = |s: &str| super::super::parse_scopes(s);
        assert_eq!(method_of(&amr("pwd")), "password");
        assert_eq!(method_of(&amr("sms otp mfa")), "sms+totp");
    }
}
