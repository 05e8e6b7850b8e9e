//! What every command gets: the environment, output settings, the prompter,
//! which profile and server to use, and a network runtime built only when a
//! command first talks to the service.

use std::cell::OnceCell;
use std::future::Future;
use std::path::PathBuf;
use std::time::Instant;

use acct_client::{Call, Client, ClientError, ClientOptions, Endpoint};

use crate::config::{Env, FileConfig, StoreKind, DEFAULT_PROFILE, DEFAULT_SERVER};
use crate::error::{CliError, Result};
use crate::output::Output;
use crate::profiles::{check_profile_name, Profile, ProfileFile};
use crate::prompt::Prompter;

pub struct Context {
    pub env: Env,
    pub out: Output,
    pub prompter: Box<dyn Prompter>,
    pub server_flag: Option<String>,
    pub profile_flag: Option<String>,
    pub allow_insecure_http: bool,
    runtime: OnceCell<tokio::runtime::Runtime>,
}

impl Context {
    pub fn new(
        env: Env,
        out: Output,
        prompter: Box<dyn Prompter>,
        server_flag: Option<String>,
        profile_flag: Option<String>,
        allow_insecure_http: bool,
    ) -> Self {
        Self {
            env,
            out,
            prompter,
            server_flag,
            profile_flag,
            allow_insecure_http,
            runtime: OnceCell::new(),
        }
    }

    pub fn config_dir(&self) -> Result<PathBuf> {
        self.env.config_dir()
    }

    pub fn file_config(&self) -> Result<FileConfig> {
        FileConfig::load(&self.config_dir()?)
    }

    /// The token store a new sign-in uses: `--insecure-storage` or config.toml opt in to the file.
    pub fn sign_in_store_kind(&self, insecure_flag: bool) -> Result<StoreKind> {
        if insecure_flag {
            return Ok(StoreKind::File);
        }
        Ok(self.file_config()?.token_store.unwrap_or_default())
    }

    /// `--profile`, else `ACCTL_PROFILE`, else `acctl profile use`, else `default`.
    pub fn profile_name(&self, file: &ProfileFile) -> Result<String> {
        let name = self
            .profile_flag
            .clone()
            .or_else(|| self.env.profile.clone())
            .or_else(|| file.current.clone())
            .unwrap_or_else(|| DEFAULT_PROFILE.to_string());
        check_profile_name(&name)?;
        Ok(name)
    }

    /// `--server`, else `ACCTL_SERVER`, else the profile's, else the default.
    pub fn server(&self, profile: Option<&Profile>) -> String {
        self.server_flag
            .clone()
            .or_else(|| self.env.server.clone())
            .or_else(|| profile.map(|p| p.server.clone()))
            .unwrap_or_else(|| DEFAULT_SERVER.to_string())
            .trim_end_matches('/')
            .to_string()
    }

    /// A client for `server`, refusing plaintext HTTP off loopback.
    pub fn client(&self, server: &str) -> Result<Client> {
        check_transport(server, self.allow_insecure_http)?;
        let options = ClientOptions {
            user_agent: format!("acctl/{}", env!("CARGO_PKG_VERSION")),
            connect_timeout: self.env.connect_timeout(),
            request_timeout: self.env.request_timeout(),
            retries: 1,
            local_address: self.env.test_local_addr,
            accept_language: self.env.accept_language.clone(),
        };
        Client::new(server, options).map_err(CliError::from)
    }

    pub fn block_on<F: Future>(&self, fut: F) -> Result<F::Output> {
        if self.runtime.get().is_none() {
            // One thread is plenty for a CLI and starts fastest.
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .map_err(|e| {
                    CliError::failure(format!("could not start the network runtime: {e}"))
                })?;
            let _ = self.runtime.set(rt);
        }
        match self.runtime.get() {
            Some(rt) => Ok(rt.block_on(fut)),
            None => Err(CliError::failure("could not start the network runtime")),
        }
    }

    /// Runs one request with a spinner (terminal) and a `-v` trace line, both
    /// naming the endpoint the client says it calls.
    pub fn call<T>(&self, call: Call<T>) -> Result<Result<T, ClientError>> {
        let Endpoint { method, path } = call.endpoint().clone();
        self.trace_request(&call);
        let spinner = self.out.spinner(&format!("{method} {path}"));
        let started = Instant::now();
        let result = self.block_on(call)?;
        if let Some(s) = spinner {
            s.finish_and_clear();
        }
        self.trace_answer(&result, started);
        Ok(result)
    }

    /// The `-v` line before a request (for callers awaiting a [`Call`] themselves).
    pub fn trace_request<T>(&self, call: &Call<T>) {
        let Endpoint { method, path } = call.endpoint();
        self.out
            .trace(&format!("> {method} {}{path}", call.base_url()));
    }

    /// The `-v` line after a request sent at `started`.
    pub fn trace_answer<T>(&self, result: &Result<T, ClientError>, started: Instant) {
        let ms = started.elapsed().as_millis();
        match result {
            Ok(_) => self.out.trace(&format!("< ok ({ms} ms)")),
            Err(ClientError::Api {
                status,
                body,
                request_id,
            }) => self.out.trace(&format!(
                "< {status} {} ({ms} ms{})",
                body.code,
                request_id
                    .as_ref()
                    .map(|r| format!(", request id {r}"))
                    .unwrap_or_default()
            )),
            Err(e) => self.out.trace(&format!("< failed: {e} ({ms} ms)")),
        }
    }
}

/// HTTPS, or plain HTTP to loopback only, unless `--allow-insecure-http`.
pub fn check_transport(server: &str, allow_insecure_http: bool) -> Result<()> {
    let url = url::Url::parse(server).map_err(|_| {
        CliError::usage(format!(
            "invalid server URL {server:?}: use e.g. https://accounts.example.com or http://127.0.0.1:8720."
        ))
    })?;
    match url.scheme() {
        "https" => Ok(()),
        "http" if allow_insecure_http || is_loopback(&url) => Ok(()),
        "http" => Err(CliError::usage(format!(
            "refusing to send credentials over plain HTTP to {server}: use https://, or pass --allow-insecure-http if you really mean it."
        ))),
        other => Err(CliError::usage(format!(
            "unsupported URL scheme {other:?} in {server:?}: use https:// (or http:// to 127.0.0.1)."
        ))),
    }
}

/// Whether two server URLs are one origin (scheme, host, port): case, default
/// ports and paths or trailing slashes do not matter. A profile's tokens go
/// only to the origin that issued them (as `gh` keys credentials by host).
pub fn same_origin(a: &str, b: &str) -> bool {
    match (url::Url::parse(a), url::Url::parse(b)) {
        // Opaque origins (non-http schemes, unparsable) never equal anything.
        (Ok(a), Ok(b)) => a.origin().is_tuple() && a.origin() == b.origin(),
        _ => false,
    }
}

pub fn is_loopback(url: &url::Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_http_only_to_loopback() {
        for ok in [
            "https://accounts.example.com",
            "http://127.0.0.1:8720",
            "http://127.8.9.1",
            "http://[::1]:80",
            "http://localhost:1",
        ] {
            assert!(check_transport(ok, false).is_ok(), "{ok}");
        }
        for bad in [
            "http://accounts.example.com",
            "http://10.0.0.1",
            "ftp://x.example",
        ] {
            let err = check_transport(bad, false).err();
            assert_eq!(err.map(|e| e.exit_code()), Some(2), "{bad}");
        }
        assert!(check_transport("http://accounts.example.com", true).is_ok());
        assert!(check_transport("not a url", true).is_err());
    }

    #[test]
    fn origins_compare_normalised() {
        for (a, b) in [
            (
                "https://accounts.example.com",
                "https://accounts.example.com/",
            ),
            (
                "https://accounts.example.com",
                "HTTPS://Accounts.Example.COM",
            ),
            (
                "https://accounts.example.com",
                "https://accounts.example.com:443",
            ),
            ("http://127.0.0.1:80", "http://127.0.0.1"),
            ("http://127.0.0.1:8720", "http://127.0.0.1:8720/v1/"),
            ("http://[::1]:8720", "http://[0:0::1]:8720"),
        ] {
            assert!(same_origin(a, b), "{a} = {b}");
        }
        for (a, b) in [
            (
                "https://accounts.example.com",
                "http://accounts.example.com",
            ),
            (
                "https://accounts.example.com",
                "https://accounts.example.com:8443",
            ),
            (
                "https://accounts.example.com",
                "https://accounts.example.com.evil.test",
            ),
            (
                "https://accounts.example.com",
                "https://evil.test/accounts.example.com",
            ),
            ("https://accounts.example.com", "https://user@evil.test"),
            ("http://127.0.0.1:8720", "http://localhost:8720"),
            ("http://127.0.0.1:8720", "http://127.0.0.1:8721"),
            ("not a url", "not a url"),
            ("file:///x", "file:///x"),
        ] {
            assert!(!same_origin(a, b), "{a} ≠ {b}");
        }
    }
}
