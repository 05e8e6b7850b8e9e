//! The languages acctd writes in: the account setting's values, `Accept-Language`
//! negotiation (RFC 9110 §12.5.4, q-values), and how acctl turns a POSIX locale
//! (`zh_CN.UTF-8`) into the tag it sends.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// A language texts, emails and error messages are written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Language {
    /// English (the default).
    #[default]
    #[serde(rename = "en")]
    En,
    /// Simplified Chinese.
    #[serde(rename = "zh-Hans")]
    ZhHans,
}

/// Every supported language, in the order help texts list them.
pub const LANGUAGES: [Language; 2] = [Language::En, Language::ZhHans];

/// A language value that is not one of [`LANGUAGES`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownLanguage(pub String);

impl fmt::Display for UnknownLanguage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:?} is not a supported language: use one of {}",
            self.0,
            Language::valid_values()
        )
    }
}

impl std::error::Error for UnknownLanguage {}

impl Language {
    /// The BCP 47 tag (`en`, `zh-Hans`): the stored and wire value.
    pub fn tag(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::ZhHans => "zh-Hans",
        }
    }

    /// `en, zh-Hans`: for messages that list what is accepted.
    pub fn valid_values() -> String {
        LANGUAGES.map(Language::tag).join(", ")
    }

    /// The supported language a BCP 47 tag asks for (any case, `_` or `-`):
    /// `zh`, `zh-CN`, `zh-SG`, `zh-MY`, `zh-Hans…` are Simplified Chinese, `en…` English.
    /// Traditional Chinese (`zh-Hant…`, `zh-TW`, `zh-HK`, `zh-MO`) and every other
    /// language are not supported: `None`.
    pub fn from_tag(tag: &str) -> Option<Self> {
        let tag = tag.trim().to_ascii_lowercase().replace('_', "-");
        let mut subtags = tag.split('-');
        match subtags.next()? {
            "en" => Some(Language::En),
            "zh" => {
                for sub in subtags {
                    match sub {
                        "hans" => return Some(Language::ZhHans),
                        "hant" | "tw" | "hk" | "mo" => return None,
                        _ => {}
                    }
                }
                Some(Language::ZhHans)
            }
            _ => None,
        }
    }

    /// A stored value (`accounts.language`); empty or unknown reads as English.
    pub fn from_stored(value: Option<&str>) -> Self {
        value.and_then(Self::from_tag).unwrap_or_default()
    }

    /// The best supported language for an `Accept-Language` header: the listed
    /// ranges by descending q (ties keep their order), `q=0` meaning "not this";
    /// `*` is the default (English). `None` when nothing listed is supported.
    pub fn negotiate(header: &str) -> Option<Self> {
        let mut ranges: Vec<(&str, u16)> = header
            .split(',')
            .take(32)
            .filter_map(|item| {
                let mut parts = item.split(';');
                let range = parts.next()?.trim();
                if range.is_empty() {
                    return None;
                }
                let mut q = 1000;
                for p in parts {
                    let Some((k, v)) = p.split_once('=') else {
                        continue;
                    };
                    if k.trim().eq_ignore_ascii_case("q") {
                        q = parse_q(v.trim())?;
                    }
                }
                Some((range, q))
            })
            .filter(|(_, q)| *q > 0)
            .collect();
        ranges.sort_by_key(|r| std::cmp::Reverse(r.1));
        ranges.into_iter().find_map(|(range, _)| {
            if range == "*" {
                Some(Language::default())
            } else {
                Self::from_tag(range)
            }
        })
    }

    /// The `Accept-Language` value for a POSIX locale (`LC_ALL`, `LC_MESSAGES` or
    /// `LANG`): `zh_CN.UTF-8` → `zh-Hans`, `en_GB` → `en`, `fr_FR.UTF-8@euro` →
    /// `fr-FR` (the service answers those in English); `C`, `POSIX` and `C.UTF-8`
    /// name no language: `None`.
    pub fn accept_language_for_locale(locale: &str) -> Option<String> {
        let base = locale.split(['.', '@']).next().unwrap_or("").trim();
        if base.is_empty() || base == "C" || base == "POSIX" {
            return None;
        }
        if let Some(lang) = Self::from_tag(base) {
            return Some(lang.tag().to_string());
        }
        let tag = base.replace('_', "-");
        let plain = tag.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
        plain.then_some(tag)
    }
}

/// A q-value as thousandths: `0`, `0.5`, `1`, `1.000`; anything else is invalid.
fn parse_q(v: &str) -> Option<u16> {
    let (int, frac) = v.split_once('.').unwrap_or((v, ""));
    if frac.len() > 3 || !frac.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let frac_value = format!("{frac:0<3}").parse::<u16>().ok()?;
    match int {
        "0" => Some(frac_value),
        "1" if frac_value == 0 => Some(1000),
        _ => None,
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

/// The strict parse for a setting: exactly `en` or `zh-Hans` (any case).
impl FromStr for Language {
    type Err = UnknownLanguage;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        LANGUAGES
            .into_iter()
            .find(|l| l.tag().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| UnknownLanguage(s.to_string()))
    }
}

/// `PUT /v1/me/language`: the account's language for texts and emails.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LanguageSetting {
    /// `en` or `zh-Hans`.
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "zh-Hans"))]
    pub language: String,
}

/// The store decodes the column through this (`sqlx(try_from)`): NULL, empty or
/// unknown reads as English, as [`Language::from_stored`].
impl From<Option<String>> for Language {
    fn from(value: Option<String>) -> Self {
        Self::from_stored(value.as_deref())
    }
}

#[cfg(test)]
mod tests {
    use super::Language::{self, En, ZhHans};

    #[test]
    fn simplified_chinese_tags_and_english_tags_are_recognised() {
        for t in [
            "zh",
            "zh-CN",
            "zh-Hans",
            "zh-SG",
            "zh_CN",
            "ZH-cn",
            "zh-Hans-CN",
            "zh-MY",
        ] {
            assert_eq!(Language::from_tag(t), Some(ZhHans), "{t}");
        }
        for t in ["en", "en-GB", "EN_us"] {
            assert_eq!(Language::from_tag(t), Some(En), "{t}");
        }
        for t in ["zh-TW", "zh-Hant", "zh-Hant-CN", "zh-HK", "fr", "", "*"] {
            assert_eq!(Language::from_tag(t), None, "{t}");
        }
    }

    #[test]
    fn accept_language_is_negotiated_by_q_value() {
        let cases: &[(&str, Option<Language>)] = &[
            ("zh-CN", Some(ZhHans)),
            ("zh-CN,zh;q=0.9,en;q=0.8", Some(ZhHans)),
            ("en-US,en;q=0.9,zh-CN;q=0.8", Some(En)),
            ("en;q=0.5, zh-Hans;q=0.9", Some(ZhHans)),
            ("zh-TW", None),
            ("zh-TW, zh;q=0.8", Some(ZhHans)),
            ("zh-Hant, en;q=0.1", Some(En)),
            ("fr-FR, de;q=0.5", None),
            ("fr, *;q=0.1", Some(En)),
            ("zh;q=0, en", Some(En)),
            ("zh;q=0", None),
            ("zh;q=2, en", Some(En)),
            ("zh;q=abc, en;q=0.3", Some(En)),
            ("", None),
            (" , ;q=1", None),
            ("ZH-cn ; Q=0.7", Some(ZhHans)),
        ];
        for (header, want) in cases {
            assert_eq!(Language::negotiate(header), *want, "{header:?}");
        }
    }

    #[test]
    fn locales_become_accept_language_tags() {
        let cases: &[(&str, Option<&str>)] = &[
            ("zh_CN.UTF-8", Some("zh-Hans")),
            ("zh_SG", Some("zh-Hans")),
            ("en_GB.UTF-8", Some("en")),
            ("zh_TW.UTF-8", Some("zh-TW")),
            ("fr_FR.UTF-8@euro", Some("fr-FR")),
            ("C", None),
            ("C.UTF-8", None),
            ("POSIX", None),
            ("", None),
            ("bad\"value", None),
        ];
        for (locale, want) in cases {
            assert_eq!(
                Language::accept_language_for_locale(locale).as_deref(),
                *want,
                "{locale:?}"
            );
        }
    }

    #[test]
    fn a_setting_takes_exactly_the_supported_tags() {
        assert_eq!("zh-hans".parse::<Language>(), Ok(ZhHans));
        assert_eq!("en".parse::<Language>(), Ok(En));
        let e = "fr".parse::<Language>().unwrap_err().to_string();
        assert!(e.contains("en, zh-Hans"), "{e}");
        assert!("zh-CN".parse::<Language>().is_err());
    }
}
