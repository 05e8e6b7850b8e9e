//! A grant to a client, made the way a person makes it: the relying party sends the
//! browser to `/oauth/authorize`, the browser posts the sign-in and consent forms,
//! and the code is exchanged at the token endpoint. For a confidential client (its
//! secret in Basic auth, no PKCE), so the suites need no JOSE or hashing of their own.

use serde_json::Value;

use crate::browser::Browser;
use crate::TestServer;

/// What the token endpoint gave the client.
#[derive(Debug, Clone)]
pub struct AppTokens {
    pub access_token: String,
    pub refresh_token: String,
}

impl TestServer {
    /// Signs `login` in to the client through acctd's pages, allows `scope`, and
    /// exchanges the code. Panics when any step does not answer as a browser expects.
    pub async fn app_sign_in(
        &self,
        client: (&str, &str),
        redirect_uri: &str,
        scope: &str,
        login: (&str, &str),
    ) -> AppTokens {
        let client_id = client.0;
        let url = reqwest::Url::parse_with_params(
            &format!("{}/oauth/authorize", self.url),
            &[
                ("client_id", client_id),
                ("redirect_uri", redirect_uri),
                ("response_type", "code"),
                ("scope", scope),
                ("state", "st4te"),
            ],
        )
        .expect("authorize URL");
        let mut b = Browser::new();
        // As a relying party starts: discovery and the keys (which also makes acctd's
        // first signing keys before a code exchange needs them).
        let jwks = b.get(&format!("{}/oauth/jwks", self.url)).await;
        assert_eq!(jwks.status, 200, "jwks: {}", jwks.body);
        let page = b.get(url.as_str()).await;
        assert_eq!(page.status, 200, "the sign-in page: {}", page.body);
        let mut page = b
            .submit(
                &self.url,
                &page,
                &[
                    ("login", login.0),
                    ("password", login.1),
                    ("method", "password"),
                ],
            )
            .await;
        if page.status != 303 {
            assert!(page.body.contains("decision"), "consent: {}", page.body);
            page = b.submit(&self.url, &page, &[("decision", "allow")]).await;
        }
        assert_eq!(page.status, 303, "back to the app: {}", page.body);
        assert_eq!(page.query("state").as_deref(), Some("st4te"));
        let code = page.query("code").expect("a code");
        let (status, body) = self
            .token_request(
                client,
                &[
                    ("grant_type", "authorization_code"),
                    ("code", code.as_str()),
                    ("redirect_uri", redirect_uri),
                ],
            )
            .await;
        assert_eq!(status, 200, "code exchange: {body}");
        AppTokens {
            access_token: body["access_token"].as_str().expect("access").into(),
            refresh_token: body["refresh_token"].as_str().expect("refresh").into(),
        }
    }

    /// A request to the token endpoint as the client; the status and JSON body.
    pub async fn token_request(&self, client: (&str, &str), form: &[(&str, &str)]) -> (u16, Value) {
        let r = reqwest::Client::new()
            .post(format!("{}/oauth/token", self.url))
            .basic_auth(client.0, Some(client.1))
            .form(form)
            .send()
            .await
            .expect("token endpoint");
        let status = r.status().as_u16();
        (status, r.json().await.unwrap_or(Value::Null))
    }

    /// The status of a userinfo request with this access token.
    pub async fn userinfo_status(&self, access_token: &str) -> u16 {
        reqwest::Client::new()
            .get(format!("{}/oauth/userinfo", self.url))
            .bearer_auth(access_token)
            .send()
            .await
            .expect("userinfo")
            .status()
            .as_u16()
    }
}
