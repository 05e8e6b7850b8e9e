//! Parsing of logins, phones and emails, shared so `acctl` refuses bad input
//! locally with exactly the message `acctd` would give.

use std::fmt;

use crate::error::ErrorCode;

/// Account IDs are 8-10 digits.
pub const ACCOUNT_ID_MIN_DIGITS: usize = 8;
pub const ACCOUNT_ID_MAX_DIGITS: usize = 10;

/// A login as the user typed it, classified and normalised.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Login {
    AccountId(String),
    /// E.164, e.g. `+8613812345678`.
    Phone(String),
    /// Lower-cased email.
    Email(String),
}

impl fmt::Display for Login {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Login::AccountId(s) | Login::Phone(s) | Login::Email(s) => f.write_str(s),
        }
    }
}

/// Why a contact or login was refused; `code()` is the API error code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ContactError {
    Phone(String),
    Email(String),
    Login(String),
}

impl ContactError {
    pub fn code(&self) -> ErrorCode {
        match self {
            ContactError::Phone(_) => ErrorCode::InvalidPhone,
            ContactError::Email(_) => ErrorCode::InvalidEmail,
            ContactError::Login(_) => ErrorCode::InvalidLogin,
        }
    }
}

impl fmt::Display for ContactError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ContactError::Phone(_) => f.write_str(
                "That is not a valid phone number: use international (E.164) form with the country code, e.g. +8613812345678.",
            ),
            ContactError::Email(_) => {
                f.write_str("That is not a valid email address: use the form name@example.com.")
            }
            ContactError::Login(_) => f.write_str(
                "That is not a valid login: use your 8-10 digit account ID, your phone as +E164 (e.g. +8613812345678) or your email.",
            ),
        }
    }
}

impl std::error::Error for ContactError {}

/// Parses an E.164 phone number (`+` and country code required) and returns it normalised.
pub fn parse_phone(input: &str) -> Result<String, ContactError> {
    let trimmed = input.trim();
    let err = || ContactError::Phone(trimmed.to_string());
    if !trimmed.starts_with('+') || trimmed.len() > 20 {
        return Err(err());
    }
    // Allow the common separators people paste; E.164 itself is digits only.
    let compact: String = trimmed
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '(' | ')' | '.'))
        .collect();
    if !compact[1..].chars().all(|c| c.is_ascii_digit()) {
        return Err(err());
    }
    let number = phonenumber::parse(None, &compact).map_err(|_| err())?;
    if !phonenumber::is_valid(&number) {
        return Err(err());
    }
    Ok(number.format().mode(phonenumber::Mode::E164).to_string())
}

/// Parses an email address and returns it with the domain lower-cased.
pub fn parse_email(input: &str) -> Result<String, ContactError> {
    let trimmed = input.trim();
    let err = || ContactError::Email(trimmed.to_string());
    if trimmed.len() > 254 {
        return Err(err());
    }
    let parsed: email_address::EmailAddress = trimmed.parse().map_err(|_| err())?;
    // Display names ("A <a@b>") and dotless domains are not addresses we deliver to.
    if parsed.display_part() != "" || !parsed.domain().contains('.') {
        return Err(err());
    }
    Ok(format!(
        "{}@{}",
        parsed.local_part(),
        parsed.domain().to_ascii_lowercase()
    )
    .to_lowercase())
}

/// Parses an account ID: 8-10 ASCII digits.
pub fn parse_account_id(input: &str) -> Option<String> {
    let s = input.trim();
    let ok = (ACCOUNT_ID_MIN_DIGITS..=ACCOUNT_ID_MAX_DIGITS).contains(&s.len())
        && s.bytes().all(|b| b.is_ascii_digit());
    ok.then(|| s.to_string())
}

/// Classifies and normalises a login: account ID, `+E164` phone or email.
pub fn parse_login(input: &str) -> Result<Login, ContactError> {
    let s = input.trim();
    if s.starts_with('+') {
        return parse_phone(s).map(Login::Phone);
    }
    if s.contains('@') {
        return parse_email(s).map(Login::Email);
    }
    parse_account_id(s)
        .map(Login::AccountId)
        .ok_or_else(|| ContactError::Login(s.to_string()))
}

/// Masks a phone for display: `+86•••••5678`.
pub fn mask_phone(phone: &str) -> String {
    let chars: Vec<char> = phone.chars().collect();
    if chars.len() <= 7 {
        return "•".repeat(chars.len());
    }
    let head: String = chars[..3].iter().collect();
    let tail: String = chars[chars.len() - 4..].iter().collect();
    format!("{head}{}{tail}", "•".repeat(chars.len() - 7))
}

/// Masks an email for display: `a•••@example.com`.
pub fn mask_email(email: &str) -> String {
    match email.split_once('@') {
        Some((local, domain)) => {
            let first: String = local.chars().take(1).collect();
            format!("{first}•••@{domain}")
        }
        None => "•••".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phones_are_normalised_and_checked() {
        assert_eq!(
            parse_phone("+86 138 1234 5678").as_deref(),
            Ok("+8613812345678")
        );
        assert_eq!(parse_phone("+14155552671").as_deref(), Ok("+14155552671"));
        assert!(
            parse_phone("13812345678").is_err(),
            "country code is required"
        );
        assert!(parse_phone("+1234").is_err());
        assert!(parse_phone("+86abc").is_err());
    }

    #[test]
    fn emails_are_checked() {
        assert_eq!(
            parse_email(" Ann@Example.COM ").as_deref(),
            Ok("ann@example.com")
        );
        assert!(parse_email("ann@").is_err());
        assert!(parse_email("ann@localhost").is_err());
        assert!(parse_email("Ann <ann@example.com>").is_err());
    }

    #[test]
    fn logins_are_classified() {
        assert_eq!(
            parse_login("12345678"),
            Ok(Login::AccountId("12345678".into()))
        );
        assert!(matches!(parse_login("+8613812345678"), Ok(Login::Phone(_))));
        assert!(matches!(parse_login("a@example.com"), Ok(Login::Email(_))));
        assert!(parse_login("1234567").is_err(), "7 digits is too short");
        assert!(parse_login("12345678901").is_err(), "11 digits is too long");
        assert!(parse_login("bob").is_err());
    }

    #[test]
    fn masks_hide_the_middle() {
        assert_eq!(mask_phone("+8613812345678"), "+86•••••••5678");
        assert_eq!(mask_email("ann@example.com"), "a•••@example.com");
    }
}
