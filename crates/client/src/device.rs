//! The device authorization grant (RFC 8628) against acctd's OpenID endpoints,
//! for `acctl login --web`. Its messages are OAuth's (forms in, `{"error": …}`
//! out), not the JSON API's, so the types live here rather than in `acct-api`.

use acct_api::Secret;
use serde::Deserialize;

use crate::call::{Call, Request};
use crate::error::ClientError;
use crate::Client;

/// The client ID of acctl itself, built into acctd (a public client: no secret).
pub const CLI_CLIENT_ID: &str = "acctl";
/// The `grant_type` of a device code poll (RFC 8628 §3.4).
pub const DEVICE_CODE_GRANT: &str = "urn:ietf:params:oauth:grant-type:device_code";
pub const DEVICE_AUTHORIZATION_PATH: &str = "/oauth/device_authorization";
pub const TOKEN_PATH: &str = "/oauth/token";

/// RFC 8628 §3.4: the poll interval when the service names none.
const DEFAULT_INTERVAL: u64 = 5;

/// The answer of the device authorization endpoint (RFC 8628 §3.2).
#[derive(Debug, Clone, Deserialize)]
pub struct DeviceAuthorization {
    /// Redeems the sign-in once approved: a secret, kept out of files and logs.
    pub device_code: Secret,
    /// What the person types on the verification page, e.g. `WDJB-MJHT`.
    pub user_code: String,
    pub verification_uri: String,
    /// The page with the user code filled in, when the service offers it.
    #[serde(default)]
    pub verification_uri_complete: Option<String>,
    /// Seconds until the device code expires.
    pub expires_in: u64,
    /// Seconds to wait between polls.
    #[serde(default = "default_interval")]
    pub interval: u64,
}

fn default_interval() -> u64 {
    DEFAULT_INTERVAL
}

/// A successful poll for acctl's built-in client: an acctd API session.
#[derive(Clone, Deserialize)]
pub struct DeviceTokens {
    pub access_token: Secret,
    pub refresh_token: Secret,
    /// Seconds until the access token expires.
    pub expires_in: u64,
    pub account_id: String,
    pub device_id: String,
    #[serde(default)]
    pub scope: Option<String>,
}

impl std::fmt::Debug for DeviceTokens {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeviceTokens")
            .field("account_id", &self.account_id)
            .field("device_id", &self.device_id)
            .finish_non_exhaustive()
    }
}

/// What one poll of the token endpoint said (RFC 8628 §3.5).
#[derive(Debug, Clone)]
pub enum DevicePoll {
    /// Approved: the session.
    Tokens(DeviceTokens),
    /// `authorization_pending`: not approved or denied yet.
    Pending,
    /// `slow_down`: polled too soon; wait 5 s longer from now on.
    SlowDown,
    /// `expired_token`: the device code ran out before it was approved.
    Expired,
    /// `access_denied`: the person denied the sign-in in the browser.
    Denied,
    /// Another OAuth error (`invalid_grant` once redeemed, `invalid_client`, …).
    Refused {
        error: String,
        description: Option<String>,
    },
}

#[derive(Deserialize)]
struct OAuthError {
    error: String,
    #[serde(default)]
    error_description: Option<String>,
}

impl Client {
    /// `POST /oauth/device_authorization` for acctl's own client: a user code
    /// to approve in a browser and the device code that will redeem it.
    pub fn device_authorization(&self, scope: &str) -> Call<DeviceAuthorization> {
        let req = Request::post(DEVICE_AUTHORIZATION_PATH)
            .form(&[("client_id", CLI_CLIENT_ID), ("scope", scope)]);
        self.call_any(req, |client, path, resp| async move {
            let status = resp.status().as_u16();
            if !resp.status().is_success() {
                return Err(oauth_error(&client, &path, resp).await);
            }
            let bytes = resp
                .bytes()
                .await
                .map_err(|e| client.unreachable(&path, &e))?;
            serde_json::from_slice(&bytes).map_err(|e| ClientError::Protocol {
                url: client.url(&path),
                status,
                detail: format!("not a device authorization answer ({e})"),
            })
        })
    }

    /// `POST /oauth/token` with the device code: one poll.
    pub fn poll_device_token(&self, device_code: &Secret) -> Call<DevicePoll> {
        let req = Request::post(TOKEN_PATH).form(&[
            ("grant_type", DEVICE_CODE_GRANT),
            ("device_code", device_code.expose()),
            ("client_id", CLI_CLIENT_ID),
        ]);
        self.call_any(req, |client, path, resp| async move {
            let status = resp.status().as_u16();
            let ok = resp.status().is_success();
            if !ok && !matches!(status, 400 | 401) {
                return Err(client.error_from(resp, &path).await);
            }
            let bytes = resp
                .bytes()
                .await
                .map_err(|e| client.unreachable(&path, &e))?;
            let protocol = |detail: String| ClientError::Protocol {
                url: client.url(&path),
                status,
                detail,
            };
            if ok {
                return serde_json::from_slice(&bytes)
                    .map(DevicePoll::Tokens)
                    .map_err(|e| protocol(format!("not a token answer ({e})")));
            }
            let err: OAuthError = serde_json::from_slice(&bytes)
                .map_err(|_| protocol("the body is not an OAuth error".into()))?;
            Ok(match err.error.as_str() {
                "authorization_pending" => DevicePoll::Pending,
                "slow_down" => DevicePoll::SlowDown,
                "expired_token" => DevicePoll::Expired,
                "access_denied" => DevicePoll::Denied,
                _ => DevicePoll::Refused {
                    error: err.error,
                    description: err.error_description,
                },
            })
        })
    }
}

/// A refused device authorization: an OAuth error (as an API error with the
/// OAuth code in the message), else whatever the answer was.
async fn oauth_error(client: &Client, path: &str, resp: reqwest::Response) -> ClientError {
    let status = resp.status().as_u16();
    let bytes = match resp.bytes().await {
        Ok(b) => b,
        Err(e) => return client.unreachable(path, &e),
    };
    if let Ok(err) = serde_json::from_slice::<OAuthError>(&bytes) {
        return ClientError::OAuth {
            status,
            error: err.error,
            description: err.error_description,
        };
    }
    // An acctd error envelope (an unknown route answers 404 in it), or anything else.
    match serde_json::from_slice::<acct_api::ErrorEnvelope>(&bytes) {
        Ok(env) => ClientError::Api {
            status,
            body: env.error,
            request_id: None,
        },
        Err(_) => ClientError::Protocol {
            url: client.url(path),
            status,
            detail: "the body is neither an OAuth nor an acctd error".into(),
        },
    }
}
