//! A browser answering a device code (RFC 8628) through acctd's pages, as a person
//! would: the `/device` form, the sign-in page with a password, the consent page, then
//! Allow or Deny. For tests of `acctl login --web` and of the grant itself. No
//! JavaScript, no redirects followed; cookies kept by hand.

use std::collections::HashMap;

use anyhow::{bail, Context};

/// Approves `user_code` as the account `login` (password sign-in, no two-step).
pub async fn approve_device(
    base_url: &str,
    user_code: &str,
    login: &str,
    password: &str,
) -> anyhow::Result<()> {
    answer(base_url, user_code, login, password, "allow").await
}

/// Denies `user_code`, signed in as the account `login`.
pub async fn deny_device(
    base_url: &str,
    user_code: &str,
    login: &str,
    password: &str,
) -> anyhow::Result<()> {
    answer(base_url, user_code, login, password, "deny").await
}

async fn answer(
    base_url: &str,
    user_code: &str,
    login: &str,
    password: &str,
    decision: &str,
) -> anyhow::Result<()> {
    let base = base_url.trim_end_matches('/');
    let mut b = Browser::new()?;
    let page = b.get(&format!("{base}/device")).await?;
    expect(&page, 200, "the device page")?;
    let page = b.submit(base, &page, &[("user_code", user_code)]).await?;
    expect(&page, 200, "the code entry")?;
    if !page.body.contains("action=\"/oauth/signin\"") {
        bail!("expected the sign-in page after the code: {}", page.body);
    }
    let page = b
        .submit(
            base,
            &page,
            &[
                ("login", login),
                ("password", password),
                ("method", "password"),
            ],
        )
        .await?;
    expect(&page, 200, "the sign-in")?;
    if !page.body.contains("action=\"/device/decide\"") {
        bail!(
            "expected the consent page after signing in (two-step accounts need the step page): {}",
            page.body
        );
    }
    let page = b.submit(base, &page, &[("decision", decision)]).await?;
    expect(&page, 200, "the decision")?;
    Ok(())
}

fn expect(page: &Page, status: u16, what: &str) -> anyhow::Result<()> {
    if page.status != status {
        bail!(
            "{what}: HTTP {} instead of {status}: {}",
            page.status,
            page.body
        );
    }
    Ok(())
}

struct Page {
    status: u16,
    body: String,
}

impl Page {
    /// The action and hidden fields of the first form.
    fn form(&self) -> anyhow::Result<(String, Vec<(String, String)>)> {
        crate::browser::first_form(&self.body).context("no form on the page")
    }
}

struct Browser {
    http: reqwest::Client,
    cookies: HashMap<String, String>,
}

impl Browser {
    fn new() -> anyhow::Result<Self> {
        Ok(Self {
            http: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()?,
            cookies: HashMap::new(),
        })
    }

    fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    async fn finish(&mut self, r: reqwest::Response) -> anyhow::Result<Page> {
        for v in r.headers().get_all(reqwest::header::SET_COOKIE) {
            let v = v.to_str()?;
            let first = v.split(';').next().unwrap_or_default();
            if let Some((k, val)) = first.split_once('=') {
                if val.is_empty() || v.contains("Max-Age=0") {
                    self.cookies.remove(k);
                } else {
                    self.cookies.insert(k.to_string(), val.to_string());
                }
            }
        }
        Ok(Page {
            status: r.status().as_u16(),
            body: r.text().await?,
        })
    }

    async fn get(&mut self, url: &str) -> anyhow::Result<Page> {
        let r = self
            .http
            .get(url)
            .header("cookie", self.cookie_header())
            .send()
            .await?;
        self.finish(r).await
    }

    async fn submit(
        &mut self,
        base: &str,
        page: &Page,
        fill: &[(&str, &str)],
    ) -> anyhow::Result<Page> {
        let (action, mut fields) = page.form()?;
        for (k, v) in fill {
            fields.retain(|(f, _)| f != k);
            fields.push((k.to_string(), v.to_string()));
        }
        let r = self
            .http
            .post(format!("{base}{action}"))
            .header("cookie", self.cookie_header())
            .form(&fields)
            .send()
            .await?;
        self.finish(r).await
    }
}
