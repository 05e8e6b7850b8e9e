//! Email over SMTP (lettre, rustls).
//!
//! `smtp://[user:pass@]host[:port]?from=ADDR[&tls=starttls|opportunistic|none]`:
//! port 587 and STARTTLS required unless `tls=` says otherwise (`none` is for a
//! mail relay on loopback, never across a network). `smtps://…` is implicit TLS on
//! port 465. `from=` is required (`acct <no-reply@example.com>`, URL-encoded).
//! Messages are plain text plus HTML, subjects in the recipient's language.

use std::time::Duration;

use futures_util::future::BoxFuture;
use lettre::message::{Mailbox, MultiPart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Tls, TlsParameters};
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};

use super::text::{email_html, email_subject, Lang};
use super::{Courier, DeliveryError, DeliverySettings, Message};

pub struct SmtpCourier {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TlsMode {
    Implicit,
    StartTls,
    Opportunistic,
    None,
}

impl SmtpCourier {
    pub fn from_url(spec: &str, settings: &DeliverySettings) -> anyhow::Result<Self> {
        // Errors name the setting, never the URL: it may hold the password.
        let url = reqwest::Url::parse(spec)
            .map_err(|e| anyhow::anyhow!("smtp courier: {e} in the URL"))?;
        let host = url
            .host_str()
            .filter(|h| !h.is_empty())
            .ok_or_else(|| anyhow::anyhow!("smtp courier: the URL needs a host"))?
            .to_string();
        let mut from = None;
        let mut tls = None;
        for (k, v) in url.query_pairs() {
            match k.as_ref() {
                "from" => from = Some(v.into_owned()),
                "tls" => tls = Some(v.into_owned()),
                other => {
                    anyhow::bail!("smtp courier: unknown parameter {other:?} (use from= and tls=)")
                }
            }
        }
        let from: Mailbox = from
            .ok_or_else(|| {
                anyhow::anyhow!(
                    "smtp courier: add the sender, e.g. smtp://mail.example.com?from=no-reply%40example.com"
                )
            })?
            .parse()
            .map_err(|e| anyhow::anyhow!("smtp courier: from= is not an email address: {e}"))?;
        let mode = match (url.scheme(), tls.as_deref()) {
            ("smtps", None | Some("implicit")) => TlsMode::Implicit,
            ("smtp", None | Some("starttls") | Some("required")) => TlsMode::StartTls,
            ("smtp", Some("opportunistic")) => TlsMode::Opportunistic,
            ("smtp", Some("none")) => TlsMode::None,
            (scheme, Some(t)) => anyhow::bail!(
                "smtp courier: tls={t} does not go with {scheme}:// (smtp: starttls, opportunistic, none; smtps: implicit)"
            ),
            (scheme, None) => anyhow::bail!("smtp courier: unknown scheme {scheme}"),
        };
        let tls_error = |e| anyhow::anyhow!("smtp courier: TLS set-up for {host}: {e}");
        let builder = match mode {
            TlsMode::Implicit => {
                AsyncSmtpTransport::<Tokio1Executor>::relay(&host).map_err(tls_error)?
            }
            TlsMode::StartTls => {
                AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(&host).map_err(tls_error)?
            }
            TlsMode::Opportunistic => {
                let params = TlsParameters::new(host.clone()).map_err(tls_error)?;
                AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&host)
                    .port(587)
                    .tls(Tls::Opportunistic(params))
            }
            TlsMode::None => {
                AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&host).port(25)
            }
        };
        let mut builder = builder.timeout(Some(Duration::from_millis(
            settings.attempt_timeout_ms.max(1),
        )));
        if let Some(port) = url.port() {
            builder = builder.port(port);
        }
        if !url.username().is_empty() {
            let user = percent_decode(url.username());
            let pass = percent_decode(url.password().unwrap_or(""));
            builder = builder.credentials(Credentials::new(user, pass));
        }
        Ok(Self {
            transport: builder.build(),
            from,
        })
    }

    fn email(&self, msg: &Message) -> Result<lettre::Message, DeliveryError> {
        let to: Mailbox = msg
            .to
            .parse()
            .map_err(|e| DeliveryError::Permanent(format!("not an email address: {e}")))?;
        let lang = Lang::from_stored(msg.language.as_deref());
        let subject = email_subject(&msg.purpose, msg.code.is_some(), lang);
        let html = email_html(&msg.text, msg.code.as_deref(), lang);
        lettre::Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(subject)
            .multipart(MultiPart::alternative_plain_html(msg.text.clone(), html))
            .map_err(|e| DeliveryError::Permanent(format!("cannot build the email: {e}")))
    }
}

impl Courier for SmtpCourier {
    fn deliver<'a>(&'a self, msg: &'a Message) -> BoxFuture<'a, Result<(), DeliveryError>> {
        Box::pin(async move {
            let email = self.email(msg)?;
            match self.transport.send(email).await {
                Ok(_) => Ok(()),
                // A 5xx reply will not change on retry; anything else (4xx, network, TLS, timeout) may.
                Err(e) if e.is_permanent() => Err(DeliveryError::Permanent(format!("smtp: {e}"))),
                Err(e) => Err(DeliveryError::Transient(format!("smtp: {e}"))),
            }
        })
    }
}

/// Decodes `%XX` escapes in URL user info (a password may hold `@`, `:` or `/`).
fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = |b: u8| (b as char).to_digit(16);
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_need_a_sender_and_a_known_tls_mode() {
        let s = DeliverySettings::default();
        assert!(
            SmtpCourier::from_url("smtp://127.0.0.1:2525?from=a%40b.example&tls=none", &s).is_ok()
        );
        assert!(SmtpCourier::from_url("smtps://u:p@mail.example?from=a%40b.example", &s).is_ok());
        assert!(SmtpCourier::from_url("smtp://mail.example", &s).is_err());
        assert!(
            SmtpCourier::from_url("smtps://mail.example?from=a%40b.example&tls=none", &s).is_err()
        );
        assert!(SmtpCourier::from_url("smtp://mail.example?from=a%40b.example&x=1", &s).is_err());
        let e = SmtpCourier::from_url("smtp://u:hunter2@mail.example?from=nope", &s)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(!e.contains("hunter2"), "{e}");
    }

    #[test]
    fn user_info_is_percent_decoded() {
        assert_eq!(percent_decode("p%40ss%3Aw%2Fd"), "p@ss:w/d");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz"), "%zz");
    }
}
