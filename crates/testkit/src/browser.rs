//! A browser without JavaScript: a cookie jar, no redirects followed, and forms read
//! out of the page and posted back with the fields a person fills in.

use std::collections::HashMap;

pub struct Browser {
    http: reqwest::Client,
    cookies: HashMap<String, String>,
    pub accept_language: Option<String>,
}

pub struct Page {
    pub status: u16,
    pub location: Option<String>,
    pub body: String,
    pub headers: reqwest::header::HeaderMap,
}

impl Page {
    /// The hidden fields and the action of the first form on the page.
    pub fn form(&self) -> (String, Vec<(String, String)>) {
        first_form(&self.body).expect("a form")
    }

    pub fn query(&self, name: &str) -> Option<String> {
        let loc = reqwest::Url::parse(self.location.as_deref()?).ok()?;
        loc.query_pairs()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.into_owned())
    }
}

/// The action and hidden fields of the first form in `body` (the device helper's
/// browser reads forms the same way).
pub(crate) fn first_form(body: &str) -> Option<(String, Vec<(String, String)>)> {
    let at = body.find("<form")?;
    let action = attr(&body[at..], "action").unwrap_or_default();
    let mut fields = Vec::new();
    let mut rest = &body[at..];
    while let Some(i) = rest.find("<input") {
        let end = rest[i..].find('>').map_or(rest.len(), |e| i + e);
        let tag = &rest[i..end];
        if attr(tag, "type").as_deref() == Some("hidden") {
            fields.push((
                attr(tag, "name").unwrap_or_default(),
                attr(tag, "value").unwrap_or_default(),
            ));
        }
        rest = &rest[end..];
    }
    Some((action, fields))
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let key = format!(" {name}=\"");
    let start = tag.find(&key)? + key.len();
    let end = tag[start..].find('"')? + start;
    Some(unescape(&tag[start..end]))
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#x2f;", "/")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

impl Default for Browser {
    fn default() -> Self {
        Self::new()
    }
}

impl Browser {
    pub fn new() -> Self {
        Self {
            http: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap(),
            cookies: HashMap::new(),
            accept_language: None,
        }
    }

    fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    async fn finish(&mut self, r: reqwest::Response) -> Page {
        for v in r.headers().get_all(reqwest::header::SET_COOKIE) {
            let v = v.to_str().unwrap();
            let first = v.split(';').next().unwrap();
            let (k, val) = first.split_once('=').unwrap();
            if val.is_empty() || v.contains("Max-Age=0") {
                self.cookies.remove(k);
            } else {
                self.cookies.insert(k.to_string(), val.to_string());
            }
        }
        Page {
            status: r.status().as_u16(),
            location: r
                .headers()
                .get("location")
                .map(|l| l.to_str().unwrap().to_string()),
            headers: r.headers().clone(),
            body: r.text().await.unwrap(),
        }
    }

    pub async fn get(&mut self, url: &str) -> Page {
        let mut req = self.http.get(url).header("cookie", self.cookie_header());
        if let Some(l) = &self.accept_language {
            req = req.header("accept-language", l);
        }
        let r = req.send().await.unwrap();
        self.finish(r).await
    }

    /// Posts the page's form with its hidden fields and `fill` on top.
    pub async fn submit(&mut self, base: &str, page: &Page, fill: &[(&str, &str)]) -> Page {
        let (action, mut fields) = page.form();
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
            .await
            .unwrap();
        self.finish(r).await
    }

    pub fn has_cookie(&self, name: &str) -> bool {
        self.cookies.contains_key(name)
    }
}
