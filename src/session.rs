//! The signed-in session of a profile: which tokens, which server, and the
//! refresh dance — refresh once on expiry (stored expiry or a 401), save the
//! rotated refresh token, retry; a rejected refresh deletes the stored session.
//!
//! Refresh is single-flight across processes: a per-profile file lock around
//! read-tokens → refresh → save, and a re-read after taking the lock, because
//! a parallel acctl may already have rotated the refresh token.

use acct_api::{ErrorCode, Secret};
use acct_client::{Call, Client, ClientError};

use crate::config_dir::{create_private_dir, lock_file};
use crate::context::{same_origin, Context};
use crate::error::{CliError, Exit, Result};
use crate::profiles::{load_profiles, saved_store, update_profiles, Profile};
use crate::token_store::{forgets_at_reboot, TokenStore, Tokens};

/// Refresh a little before the stored expiry, so the request does not race it.
const EXPIRY_MARGIN: time::Duration = time::Duration::seconds(30);

/// A profile resolved for authenticated calls.
pub struct Session<'a> {
    ctx: &'a Context,
    pub name: String,
    pub profile: Option<Profile>,
    pub server: String,
    pub client: Client,
    /// `ACCTL_TOKEN`: used as is, nothing stored, never refreshed.
    env_token: Option<String>,
}

impl<'a> Session<'a> {
    pub fn open(ctx: &'a Context) -> Result<Self> {
        let dir = ctx.config_dir()?;
        let file = load_profiles(&dir)?;
        let name = ctx.profile_name(&file)?;
        let profile = file.profiles.get(&name).cloned();
        let server = ctx.server(profile.as_ref());
        Self::with(ctx, name, profile, server)
    }

    /// A session for a named profile against `server`.
    pub fn with(
        ctx: &'a Context,
        name: String,
        profile: Option<Profile>,
        server: String,
    ) -> Result<Self> {
        let client = ctx.client(&server)?;
        Ok(Self {
            ctx,
            name,
            profile,
            server,
            client,
            env_token: ctx.env.token.clone(),
        })
    }

    pub fn uses_env_token(&self) -> bool {
        self.env_token.is_some()
    }

    /// A client carrying a valid access token (refreshed when the stored expiry
    /// says so), for authenticated flows: the flow driver posts each step itself.
    pub fn authed_client(&mut self) -> Result<Client> {
        if let Some(token) = &self.env_token {
            return Ok(self.client.with_token(token.as_str()));
        }
        let mut tokens = self.tokens()?;
        let expires = self.profile.as_ref().and_then(|p| p.access_expires_at);
        if expires.is_none_or(|t| t <= crate::clock::now() + EXPIRY_MARGIN) {
            tokens = self.refresh(&tokens)?;
        }
        Ok(self.client.with_token(tokens.access_token))
    }

    pub fn store(&self) -> Result<TokenStore> {
        Ok(saved_store(
            self.profile.as_ref(),
            &self.ctx.env,
            &self.ctx.config_dir()?,
        ))
    }

    /// Runs an authenticated request, refreshing at most once.
    pub fn call<T, F>(&mut self, f: F) -> Result<T>
    where
        F: Fn(Client) -> Call<T>,
    {
        if let Some(token) = &self.env_token {
            let r = self.ctx.call(f(self.client.with_token(token.as_str())))?;
            return r.map_err(|e| match e.code() {
                Some(ErrorCode::Unauthenticated | ErrorCode::SessionRevoked) => CliError::new(
                    Exit::NotSignedIn,
                    "unauthenticated",
                    "the service refused ACCTL_TOKEN (expired or revoked): set a fresh one, or unset ACCTL_TOKEN to use the stored sign-in.",
                ),
                _ => e.into(),
            });
        }
        let mut tokens = self.tokens()?;
        let expires = self.profile.as_ref().and_then(|p| p.access_expires_at);
        if expires.is_none_or(|t| t <= crate::clock::now() + EXPIRY_MARGIN) {
            tokens = self.refresh(&tokens)?;
        }
        let first = self
            .ctx
            .call(f(self.client.with_token(&tokens.access_token)))?;
        let err = match first {
            Ok(v) => return Ok(v),
            Err(e) => e,
        };
        match err.code() {
            Some(ErrorCode::Unauthenticated) => {
                tokens = self.refresh(&tokens)?;
                let again = self
                    .ctx
                    .call(f(self.client.with_token(&tokens.access_token)))?;
                again.map_err(|e| self.classify(e))
            }
            _ => Err(self.classify(err)),
        }
    }

    /// The stored tokens, or "not signed in" — also when the server asked for
    /// is another origin than the one that issued them: every use of a stored
    /// token (requests, refresh, logout) goes through here.
    pub fn tokens(&self) -> Result<Tokens> {
        let Some(profile) = self.profile.as_ref().filter(|p| p.account_id.is_some()) else {
            return Err(CliError::not_signed_in(&self.name));
        };
        self.check_origin(profile)?;
        let store = self.store()?;
        store.load(&self.name)?.ok_or_else(|| {
            // The profile says signed in but the keyring forgot (e.g. the kernel keyring after a reboot).
            let mut e = CliError::not_signed_in(&self.name);
            e.message = format!(
                "the tokens of profile {} are no longer in {}{}: run `acctl login`.",
                self.name,
                store.describe(),
                if forgets_at_reboot(&store) {
                    " (it does not survive a reboot)"
                } else {
                    ""
                }
            );
            e
        })
    }

    /// The profile's tokens may go to `self.server` only if it issued them.
    fn check_origin(&self, profile: &Profile) -> Result<()> {
        if same_origin(&profile.server, &self.server) {
            return Ok(());
        }
        Err(CliError::signed_in_elsewhere(
            &self.name,
            &profile.server,
            &self.server,
        ))
    }

    /// A revoked session is dead for good: clear it so `status` tells the truth.
    fn classify(&self, e: ClientError) -> CliError {
        if e.code() == Some(ErrorCode::SessionRevoked) {
            self.clear_local();
            return CliError::session_revoked();
        }
        e.into()
    }

    fn refresh(&mut self, stale: &Tokens) -> Result<Tokens> {
        if let Some(p) = &self.profile {
            self.check_origin(p)?;
        }
        let dir = self.ctx.config_dir()?;
        let locks = dir.join("locks");
        create_private_dir(&locks)?;
        let _lock = lock_file(&locks.join(format!("{}.lock", self.name)))?;
        let store = self.store()?;
        let current = store
            .load(&self.name)?
            .ok_or_else(|| CliError::not_signed_in(&self.name))?;
        if current.refresh_token != stale.refresh_token {
            // Another acctl refreshed while we waited for the lock.
            self.ctx
                .out
                .trace("  (tokens were refreshed by another acctl process)");
            self.profile = load_profiles(&dir)?.profiles.get(&self.name).cloned();
            return Ok(current);
        }
        let refreshed = self.ctx.call(self.client.refresh(&current.refresh_token))?;
        let session = match refreshed {
            Ok(s) => s,
            Err(e) => {
                return Err(match e.code() {
                    Some(
                        ErrorCode::InvalidRefreshToken
                        | ErrorCode::Unauthenticated
                        | ErrorCode::InvalidCredentials,
                    ) => {
                        self.clear_local();
                        CliError::session_expired()
                    }
                    Some(ErrorCode::SessionRevoked) => {
                        self.clear_local();
                        CliError::session_revoked()
                    }
                    _ => e.into(),
                })
            }
        };
        let tokens = Tokens {
            access_token: session.access_token.clone(),
            refresh_token: session.refresh_token.clone(),
        };
        store.save(&self.name, &tokens)?;
        let name = self.name.clone();
        self.profile = update_profiles(&dir, |file| {
            let p = file.profiles.get_mut(&name);
            if let Some(p) = p {
                p.access_expires_at = Some(session.access_expires_at);
                p.refresh_expires_at = Some(session.refresh_expires_at);
                p.device_id = Some(session.device_id.clone());
                return Ok(Some(p.clone()));
            }
            Ok(None)
        })?;
        Ok(tokens)
    }

    /// Forgets the session locally (tokens and expiries), keeping the profile's server.
    pub fn clear_local(&self) {
        if let Ok(store) = self.store() {
            if let Err(e) = store.delete(&self.name) {
                self.ctx
                    .out
                    .warn(&format!("could not delete the stored tokens: {e}"));
            }
        }
        let Ok(dir) = self.ctx.config_dir() else {
            return;
        };
        let name = self.name.clone();
        let cleared = update_profiles(&dir, |file| {
            if let Some(p) = file.profiles.get_mut(&name) {
                p.account_id = None;
                p.device_id = None;
                p.access_expires_at = None;
                p.refresh_expires_at = None;
            }
            Ok(())
        });
        if let Err(e) = cleared {
            self.ctx.out.warn(&e.message);
        }
    }
}

/// The sign-in a new one is about to replace in `profile`, if any.
pub fn current_sign_in(ctx: &Context, profile: &str) -> Option<(Profile, Tokens)> {
    let dir = ctx.config_dir().ok()?;
    let old = load_profiles(&dir).ok()?.profiles.get(profile).cloned()?;
    old.account_id.as_ref()?;
    let tokens = saved_store(Some(&old), &ctx.env, &dir)
        .load(profile)
        .ok()??;
    Some((old, tokens))
}

/// Best effort: signs out the device a new sign-in replaced, so it does not
/// linger on the server with nobody holding its tokens.
pub fn revoke_replaced(ctx: &Context, profile: &str, old: &Profile, tokens: &Tokens) {
    let Ok(client) = ctx.client(&old.server) else {
        return;
    };
    let logout = |access: Secret| client.with_token(access).logout();
    let mut result = ctx.call(logout(tokens.access_token.clone()));
    if matches!(&result, Ok(Err(e)) if e.code() == Some(ErrorCode::Unauthenticated)) {
        // The old access token ran out: one refresh, then sign out with the new one.
        if let Ok(Ok(s)) = ctx.call(client.refresh(&tokens.refresh_token)) {
            result = ctx.call(logout(s.access_token));
        }
    }
    let failure = match result {
        Ok(Ok(())) => return,
        Ok(Err(e))
            if matches!(
                e.code(),
                Some(ErrorCode::InvalidRefreshToken | ErrorCode::SessionRevoked)
            ) =>
        {
            return
        }
        Ok(Err(e)) => CliError::from(e).message.clone(),
        Err(e) => e.message.clone(),
    };
    ctx.out.warn(&format!(
        "the previous sign-in of profile {profile} (account {}) could not be signed out on {} ({}); sign it out with `acctl devices sign-out`.",
        old.account_id.as_deref().unwrap_or("?"),
        old.server,
        failure.trim_end_matches('.')
    ));
}

/// Saves a fresh sign-in: tokens first (the store was probed before the flow
/// started), then the profile that points at them.
pub fn save_sign_in(
    ctx: &Context,
    profile: &str,
    server: &str,
    store: &TokenStore,
    device_name: Option<String>,
    session: &acct_api::Session,
) -> Result<Profile> {
    let dir = ctx.config_dir()?;
    let tokens = Tokens {
        access_token: session.access_token.clone(),
        refresh_token: session.refresh_token.clone(),
    };
    store.save(profile, &tokens)?;
    let new = Profile {
        server: server.to_string(),
        account_id: Some(session.account_id.clone()),
        device_id: Some(session.device_id.clone()),
        device_name,
        access_expires_at: Some(session.access_expires_at),
        refresh_expires_at: Some(session.refresh_expires_at),
        token_store: store.kind(),
        keyring_backend: store
            .backend()
            .filter(|b| *b != crate::token_store::Backend::Native),
    };
    let old = update_profiles(&dir, |file| {
        Ok(file.profiles.insert(profile.to_string(), new.clone()))
    })?;
    // Switching stores must not leave the old tokens behind.
    if let Some(old) = old {
        let old_store = saved_store(Some(&old), &ctx.env, &dir);
        if (old_store.kind(), old_store.backend()) != (store.kind(), store.backend()) {
            let _ = old_store.delete(profile);
        }
    }
    Ok(new)
}
