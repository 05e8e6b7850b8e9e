//! Which courier serves which channel, from the configured specs (`log`,
//! `file:PATH`, `smtp://…`, `webhook:URL`).

use std::path::PathBuf;
use std::sync::Arc;

use super::smtp::SmtpCourier;
use super::webhook::WebhookCourier;
use super::{redact_spec, ChannelCouriers, Courier, DeliverySettings, FileCourier, LogCourier};

/// What a `--courier` spec list and the per-channel settings name.
pub struct CourierSpecs<'a> {
    /// Comma-separated: `log`, `file:PATH`, `smtp://…`, `smtps://…`, `webhook:URL`.
    pub courier: &'a str,
    pub email: Option<&'a str>,
    pub sms: Option<&'a str>,
    pub webhook_secret: Option<&'a str>,
    pub settings: &'a DeliverySettings,
}

/// Builds the couriers of both channels. `smtp://`/`smtps://` serve email and
/// `webhook:` serves SMS; `log` and `file:` serve whichever channel nothing else
/// does. `email_courier`/`sms_courier` name one channel's courier outright.
pub fn channel_couriers(specs: &CourierSpecs<'_>) -> anyhow::Result<ChannelCouriers> {
    let mut email: Option<Arc<dyn Courier>> = None;
    let mut sms: Option<Arc<dyn Courier>> = None;
    let mut both: Option<Arc<dyn Courier>> = None;
    for spec in specs
        .courier
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        let (courier, serves) = one_courier(spec, specs)?;
        let slot = match serves {
            Serves::Email => &mut email,
            Serves::Sms => &mut sms,
            Serves::Both => &mut both,
        };
        if slot.is_some() {
            anyhow::bail!(
                "courier list {:?} names two couriers for one channel",
                redact_spec(specs.courier)
            );
        }
        *slot = Some(courier);
    }
    if let Some(spec) = specs.email.filter(|s| !s.trim().is_empty()) {
        email = Some(one_courier(spec.trim(), specs)?.0);
    }
    if let Some(spec) = specs.sms.filter(|s| !s.trim().is_empty()) {
        sms = Some(one_courier(spec.trim(), specs)?.0);
    }
    let missing = |channel: &str, hint: &str| {
        anyhow::anyhow!(
            "no courier delivers {channel}: add {hint} to `courier` (or set {channel}_courier); `log` prints messages on stdout"
        )
    };
    Ok(ChannelCouriers {
        email: email
            .or_else(|| both.clone())
            .ok_or_else(|| missing("email", "`smtp://…`"))?,
        sms: sms
            .or(both)
            .ok_or_else(|| missing("sms", "`webhook:URL`"))?,
    })
}

enum Serves {
    Email,
    Sms,
    Both,
}

fn one_courier(spec: &str, specs: &CourierSpecs<'_>) -> anyhow::Result<(Arc<dyn Courier>, Serves)> {
    if spec == "log" {
        return Ok((Arc::new(LogCourier), Serves::Both));
    }
    if let Some(path) = spec.strip_prefix("file:") {
        if path.is_empty() {
            anyhow::bail!("courier file: needs a path, e.g. file:/tmp/acctd-courier.jsonl");
        }
        return Ok((
            Arc::new(FileCourier::new(PathBuf::from(path))),
            Serves::Both,
        ));
    }
    if spec.starts_with("smtp://") || spec.starts_with("smtps://") {
        let courier = SmtpCourier::from_url(spec, specs.settings)?;
        return Ok((Arc::new(courier), Serves::Email));
    }
    if let Some(url) = spec.strip_prefix("webhook:") {
        let secret = specs.webhook_secret.filter(|s| !s.is_empty()).ok_or_else(|| {
            anyhow::anyhow!(
                "the webhook courier signs its requests: set webhook_secret (ACCTD_WEBHOOK_SECRET), e.g. `openssl rand -hex 32`"
            )
        })?;
        let courier = WebhookCourier::new(url, secret, specs.settings)?;
        return Ok((Arc::new(courier), Serves::Sms));
    }
    anyhow::bail!(
        "unknown courier {:?}: use `log`, `file:PATH`, `smtp://…`, `smtps://…` or `webhook:URL`",
        redact_spec(spec)
    )
}
