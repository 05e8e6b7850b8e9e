//! A relying party built on the `openidconnect` crate, and a test acctd with two
//! clients from its config: a confidential web app and a public native app.

use acctd::domain::oauth::StaticClient;
use openidconnect::core::{CoreClient, CoreProviderMetadata, CoreResponseType, CoreTokenResponse};
use openidconnect::{
    AuthenticationFlow, AuthorizationCode, ClientId, ClientSecret, CsrfToken, IssuerUrl, Nonce,
    PkceCodeChallenge, PkceCodeVerifier, RedirectUrl, Scope,
};

use crate::browser::{Browser, Page};
use crate::support::{TestServer, PASSWORD};

pub const WEB_ID: &str = "web-app";
pub const WEB_SECRET: &str = "web-app-secret-0123456789abcdef-0123456789";
pub const WEB_REDIRECT: &str = "https://rp.example/callback";
pub const WEB_LOGOUT: &str = "https://rp.example/signed-out";
pub const NATIVE_ID: &str = "native-app";
pub const NATIVE_REDIRECT: &str = "http://127.0.0.1/native";
pub const PHONE: &str = "+8613812345678";

/// The clients of the test config (every replica is given the same).
pub fn clients() -> Vec<StaticClient> {
    vec![
        StaticClient {
            id: WEB_ID.into(),
            name: "Example Web".into(),
            secret: Some(WEB_SECRET.into()),
            redirect_uris: vec![WEB_REDIRECT.into()],
            post_logout_redirect_uris: vec![WEB_LOGOUT.into()],
            scopes: Vec::new(),
            id_token_alg: None,
        },
        StaticClient {
            id: NATIVE_ID.into(),
            name: "Example Native".into(),
            secret: None,
            redirect_uris: vec![NATIVE_REDIRECT.into()],
            post_logout_redirect_uris: Vec::new(),
            scopes: vec!["openid".into(), "profile".into()],
            id_token_alg: Some("ES256".into()),
        },
    ]
}

pub async fn server() -> TestServer {
    TestServer::with(|c| c.oidc.clients = clients()).await
}

pub type Client = CoreClient<
    openidconnect::EndpointSet,
    openidconnect::EndpointNotSet,
    openidconnect::EndpointNotSet,
    openidconnect::EndpointNotSet,
    openidconnect::EndpointMaybeSet,
    openidconnect::EndpointMaybeSet,
>;

pub fn http() -> openidconnect::reqwest::Client {
    openidconnect::reqwest::ClientBuilder::new()
        .redirect(openidconnect::reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// Discovers acctd and builds the client, as a relying party does at start-up.
pub async fn rp(s: &TestServer, id: &str, secret: Option<&str>, redirect: &str) -> Client {
    let meta =
        CoreProviderMetadata::discover_async(IssuerUrl::new(s.url.clone()).unwrap(), &http())
            .await
            .expect("discovery");
    CoreClient::from_provider_metadata(
        meta,
        ClientId::new(id.into()),
        secret.map(|x| ClientSecret::new(x.into())),
    )
    .set_redirect_uri(RedirectUrl::new(redirect.into()).unwrap())
}

/// One authorization request's secrets, kept by the relying party.
pub struct Pending {
    pub url: String,
    pub state: CsrfToken,
    pub nonce: Nonce,
    pub verifier: PkceCodeVerifier,
}

pub fn start(client: &Client, scopes: &[&str]) -> Pending {
    let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
    let mut req = client
        .authorize_url(
            AuthenticationFlow::<CoreResponseType>::AuthorizationCode,
            CsrfToken::new_random,
            Nonce::new_random,
        )
        .set_pkce_challenge(challenge);
    for s in scopes {
        req = req.add_scope(Scope::new(s.to_string()));
    }
    let (url, state, nonce) = req.url();
    Pending {
        url: url.to_string(),
        state,
        nonce,
        verifier,
    }
}

/// A whole code flow as a relying party sees it: the request, the sign-in and consent
/// pages, and the code exchanged with its verifier.
pub struct SignedIn {
    pub tokens: CoreTokenResponse,
    pub nonce: Nonce,
    /// Holds the browser session the pages opened.
    pub browser: Browser,
}

pub async fn sign_in_through_pages(
    s: &TestServer,
    client: &Client,
    scopes: &[&str],
    login: &str,
) -> SignedIn {
    let p = start(client, scopes);
    let mut browser = Browser::new();
    let back = sign_in_and_allow(s, &mut browser, &p.url, login).await;
    let tokens = client
        .exchange_code(code_of(&back, &p))
        .unwrap()
        .set_pkce_verifier(p.verifier)
        .request_async(&http())
        .await
        .unwrap();
    SignedIn {
        tokens,
        nonce: p.nonce,
        browser,
    }
}

/// Signs up an account with a password (through the JSON API) and returns its ID.
pub async fn account(s: &TestServer) -> String {
    s.signup_phone(PHONE, Some(PASSWORD)).await.account_id
}

/// The browser goes through the sign-in and consent pages; returns the redirect.
pub async fn sign_in_and_allow(s: &TestServer, b: &mut Browser, url: &str, login: &str) -> Page {
    let page = b.get(url).await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(
        page.body.contains("autocomplete=\"username\""),
        "{}",
        page.body
    );
    let page = b
        .submit(
            &s.url,
            &page,
            &[
                ("login", login),
                ("password", PASSWORD),
                ("method", "password"),
            ],
        )
        .await;
    allow(s, b, page).await
}

pub async fn allow(s: &TestServer, b: &mut Browser, page: Page) -> Page {
    if page.status == 303 {
        return page;
    }
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(
        page.body.contains("decision"),
        "expected consent: {}",
        page.body
    );
    let page = b.submit(&s.url, &page, &[("decision", "allow")]).await;
    assert_eq!(page.status, 303, "{}", page.body);
    page
}

pub fn code_of(page: &Page, p: &Pending) -> AuthorizationCode {
    assert_eq!(
        page.query("state").as_deref(),
        Some(p.state.secret().as_str())
    );
    AuthorizationCode::new(page.query("code").expect("a code"))
}
