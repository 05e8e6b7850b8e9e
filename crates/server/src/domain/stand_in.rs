//! Stand-in destinations for a login with no contact behind it on the chosen channel
//! (an unknown account ID, a phone asked for an email code, …). The mask shown is made
//! by `mask_phone`/`mask_email` from a plausible contact derived from what was typed
//! (its country, its domain) and the server key, so it has a real mask's shape and stays
//! the same across requests (SECURITY.md 30).

use acct_api::{mask_email, mask_phone, Channel, Login};

use super::App;

/// Calling code → national number length (mobile), and common mail domains there.
const COUNTRIES: &[(&str, usize, &[&str])] = &[
    ("1", 10, &["gmail.com", "yahoo.com", "outlook.com"]),
    ("7", 10, &["mail.ru", "yandex.ru", "gmail.com"]),
    ("33", 9, &["gmail.com", "orange.fr", "free.fr"]),
    ("44", 10, &["gmail.com", "outlook.com", "yahoo.co.uk"]),
    ("49", 11, &["gmail.com", "gmx.de", "web.de"]),
    ("55", 11, &["gmail.com", "hotmail.com", "uol.com.br"]),
    ("81", 10, &["gmail.com", "yahoo.co.jp", "docomo.ne.jp"]),
    ("82", 10, &["naver.com", "gmail.com", "daum.net"]),
    ("86", 11, &["qq.com", "163.com", "126.com"]),
    ("91", 10, &["gmail.com", "yahoo.co.in", "outlook.com"]),
];

/// Mail domains and top-level domains that say which country a phone would be in.
const DOMAIN_COUNTRIES: &[(&str, &str)] = &[
    ("qq.com", "86"),
    ("163.com", "86"),
    ("126.com", "86"),
    ("mail.ru", "7"),
    ("yandex.ru", "7"),
    ("naver.com", "82"),
    ("daum.net", "82"),
    (".cn", "86"),
    (".ru", "7"),
    (".fr", "33"),
    (".uk", "44"),
    (".de", "49"),
    (".br", "55"),
    (".jp", "81"),
    (".kr", "82"),
    (".in", "91"),
];

/// The calling code an E.164 number starts with, among the ones we know.
fn calling_code(phone: &str) -> Option<&'static str> {
    let digits = phone.strip_prefix('+')?;
    COUNTRIES
        .iter()
        .map(|(cc, _, _)| *cc)
        .filter(|cc| digits.starts_with(cc))
        .max_by_key(|cc| cc.len())
}

fn country_of_domain(domain: &str) -> Option<&'static str> {
    DOMAIN_COUNTRIES
        .iter()
        .find(|(d, _)| {
            if d.starts_with('.') {
                domain.ends_with(d)
            } else {
                domain == *d
            }
        })
        .map(|(_, cc)| *cc)
}

/// A phone number in country `cc` whose digits come from `seed`.
pub fn stand_in_phone(cc: &str, seed: &[u8]) -> String {
    let length = COUNTRIES
        .iter()
        .find(|(c, _, _)| *c == cc)
        .map_or(10, |(_, n, _)| *n);
    let mut national: String = seed
        .iter()
        .cycle()
        .take(length)
        .map(|b| char::from(b'0' + b % 10))
        .collect();
    // Numbers don't start with 0; Chinese mobiles start with 1.
    let first = match cc {
        "86" => '1',
        _ => char::from(b'2' + seed.first().copied().unwrap_or(0) % 8),
    };
    national.replace_range(..1, &first.to_string());
    format!("+{cc}{national}")
}

/// An address at a common domain of country `cc`, its first letter from `seed`.
pub fn stand_in_email(cc: &str, seed: &[u8]) -> String {
    let domains: &[&str] = COUNTRIES
        .iter()
        .find(|(c, _, _)| *c == cc)
        .map_or(&["gmail.com", "outlook.com"], |(_, _, d)| d);
    let pick = usize::from(seed.get(1).copied().unwrap_or(0)) % domains.len();
    let letter = char::from(b'a' + seed.get(2).copied().unwrap_or(0) % 26);
    format!("{letter}x@{}", domains[pick])
}

impl App {
    /// The mask shown for a stand-in destination of `login` on `channel`.
    pub(super) fn stand_in_mask(&self, channel: Channel, login: &Login) -> String {
        let seed = self.key.mac(&[b"stand-in", login.to_string().as_bytes()]);
        let home = self.config.stand_in_country_code.trim_start_matches('+');
        match (channel, login) {
            (Channel::Sms, Login::Phone(p)) => mask_phone(p),
            (Channel::Email, Login::Email(e)) => mask_email(e),
            (Channel::Sms, Login::Email(e)) => {
                let domain = e.rsplit_once('@').map_or("", |(_, d)| d);
                let cc = country_of_domain(domain).unwrap_or(home);
                mask_phone(&stand_in_phone(cc, &seed))
            }
            (Channel::Sms, Login::AccountId(_)) => mask_phone(&stand_in_phone(home, &seed)),
            (Channel::Email, Login::Phone(p)) => {
                let cc = calling_code(p).unwrap_or(home);
                mask_email(&stand_in_email(cc, &seed))
            }
            (Channel::Email, Login::AccountId(_)) => mask_email(&stand_in_email(home, &seed)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stand_ins_have_the_shape_of_real_contacts() {
        let seed = [7u8, 200, 13, 99, 4, 5, 6, 7];
        let cn = stand_in_phone("86", &seed);
        assert_eq!(cn.len(), "+8613812345678".len());
        assert_eq!(
            mask_phone(&cn).chars().count(),
            mask_phone("+8613812345678").chars().count()
        );
        let us = stand_in_phone("1", &seed);
        assert_eq!(us.len(), "+14155550123".len());
        assert!(stand_in_email("86", &seed).ends_with(".com"));
        assert_eq!(calling_code("+14155550123"), Some("1"));
        assert_eq!(calling_code("+8613812345678"), Some("86"));
        assert_eq!(country_of_domain("example.co.uk"), Some("44"));
        assert_eq!(country_of_domain("example.org"), None);
    }
}
