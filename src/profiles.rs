//! Saved sign-ins (profiles.toml) and pending flows (flows.json) in the config
//! dir: non-secret metadata only. Tokens live in the token store.
//!
//! Files are read-modified-written under an exclusive lock and replaced
//! atomically, so parallel acctl runs never lose each other's updates; a file
//! that does not parse is reported by name and never overwritten.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{de::DeserializeOwned, Deserialize, Serialize};
use time::OffsetDateTime;

use crate::config::{Env, StoreKind};
use crate::config_dir::{create_private_dir, lock_file, lock_path, write_private};
use crate::error::{CliError, Result};
use crate::token_store::{Backend, TokenStore};

pub const PROFILES_FILE: &str = "profiles.toml";
pub const FLOWS_FILE: &str = "flows.json";

/// One saved sign-in. No secrets.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    pub server: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "time::serde::rfc3339::option"
    )]
    pub access_expires_at: Option<OffsetDateTime>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "time::serde::rfc3339::option"
    )]
    pub refresh_expires_at: Option<OffsetDateTime>,
    #[serde(default)]
    pub token_store: StoreKind,
    /// Which keyring holds the tokens (absent: the native one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keyring_backend: Option<Backend>,
}

impl Profile {
    /// Has a session that has not run out by the local clock.
    pub fn locally_valid(&self, now: OffsetDateTime) -> bool {
        self.account_id.is_some() && self.refresh_expires_at.is_some_and(|t| t > now)
    }
}

/// The token store a profile's tokens were saved in (none yet: the default one).
pub fn saved_store(profile: Option<&Profile>, env: &Env, config_dir: &Path) -> TokenStore {
    TokenStore::saved(
        profile.map(|p| p.token_store).unwrap_or_default(),
        profile.and_then(|p| p.keyring_backend),
        env,
        config_dir,
    )
}

/// The whole of profiles.toml.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfileFile {
    /// Set by `acctl profile use`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current: Option<String>,
    #[serde(default)]
    pub profiles: BTreeMap<String, Profile>,
}

/// A flow started here and not finished; enough to resume it as the original
/// command would have finished it. No secrets.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PendingFlow {
    pub flow_id: String,
    pub kind: String,
    pub profile: String,
    pub server: String,
    #[serde(with = "time::serde::rfc3339")]
    pub expires_at: OffsetDateTime,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub awaiting: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sent_to: Option<String>,
    /// The sign-in was started with `--insecure-storage`.
    #[serde(default)]
    pub insecure_storage: bool,
    /// A confirmation given up front (`account delete --yes`); not a secret.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confirmation: Option<String>,
    /// A browser sign-in (`login --web`): what the browser is asked. Its device
    /// code is a secret and is in the token store, not here.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub web: Option<WebLogin>,
}

/// The public half of a pending device authorization (RFC 8628): what to open
/// and type, and where its device code is kept.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WebLogin {
    pub user_code: String,
    pub verification_uri: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification_uri_complete: Option<String>,
    /// Seconds between polls, as the service last asked.
    pub interval: u64,
    /// Which keyring holds the device code (absent: the native one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keyring_backend: Option<Backend>,
}

/// A profile name is used in file and keyring entry names: keep it plain.
pub fn check_profile_name(name: &str) -> Result<()> {
    let ok = !name.is_empty()
        && name.len() <= 64
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
        && !name.starts_with('.');
    if ok {
        Ok(())
    } else {
        Err(CliError::usage(format!(
            "invalid profile name {name:?}: use letters, digits, '-', '_' or '.' (at most 64)."
        )))
    }
}

pub fn load_profiles(dir: &Path) -> Result<ProfileFile> {
    read_file(&dir.join(PROFILES_FILE), |t| {
        toml::from_str(t).map_err(|e| e.message().to_string())
    })
}

/// Changes profiles.toml under its lock; `f` sees the current contents.
pub fn update_profiles<T>(dir: &Path, f: impl FnOnce(&mut ProfileFile) -> Result<T>) -> Result<T> {
    let path = dir.join(PROFILES_FILE);
    update_file(
        dir,
        &path,
        |t| toml::from_str(t).map_err(|e| e.message().to_string()),
        |v| toml::to_string_pretty(v).map_err(|e| e.to_string()),
        f,
    )
}

pub fn load_flows(dir: &Path) -> Result<Vec<PendingFlow>> {
    read_file(&dir.join(FLOWS_FILE), |t| {
        serde_json::from_str(t).map_err(|e| e.to_string())
    })
}

pub fn update_flows<T>(
    dir: &Path,
    f: impl FnOnce(&mut Vec<PendingFlow>) -> Result<T>,
) -> Result<T> {
    let path = dir.join(FLOWS_FILE);
    update_file(
        dir,
        &path,
        |t| serde_json::from_str(t).map_err(|e| e.to_string()),
        |v| serde_json::to_string_pretty(v).map_err(|e| e.to_string()),
        f,
    )
}

/// Forgets flows that have expired or belong to nothing anymore.
pub fn record_flow(dir: &Path, flow: PendingFlow) -> Result<()> {
    let now = crate::clock::now();
    update_flows(dir, |flows| {
        flows.retain(|f| f.flow_id != flow.flow_id && f.expires_at > now);
        flows.push(flow);
        Ok(())
    })
}

pub fn forget_flow(dir: &Path, flow_id: &str) -> Result<()> {
    if !dir.join(FLOWS_FILE).exists() {
        return Ok(());
    }
    update_flows(dir, |flows| {
        flows.retain(|f| f.flow_id != flow_id);
        Ok(())
    })
}

fn read_file<T: Default>(path: &Path, parse: impl Fn(&str) -> Result<T, String>) -> Result<T> {
    match std::fs::read_to_string(path) {
        Ok(text) if text.trim().is_empty() => Ok(T::default()),
        Ok(text) => parse(&text).map_err(|e| corrupt(path, &e)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(T::default()),
        Err(e) => Err(CliError::file(path, "read", e)),
    }
}

fn corrupt(path: &Path, detail: &str) -> CliError {
    CliError::new(
        crate::error::Exit::Failure,
        "corrupt_config",
        format!(
            "{} is corrupt ({}); acctl left it untouched: fix it by hand, or move it away and sign in again.",
            path.display(),
            detail.trim()
        ),
    )
}

fn update_file<V: Default + Serialize + DeserializeOwned, T>(
    dir: &Path,
    path: &Path,
    parse: impl Fn(&str) -> Result<V, String>,
    render: impl Fn(&V) -> Result<String, String>,
    f: impl FnOnce(&mut V) -> Result<T>,
) -> Result<T> {
    create_private_dir(dir)?;
    let _lock = lock_file(&lock_path(path))?;
    let mut value: V = read_file(path, &parse)?;
    let out = f(&mut value)?;
    let text = render(&value).map_err(|e| CliError::file(path, "encode", e))?;
    write_private(path, text.as_bytes())?;
    Ok(out)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn profile() -> Profile {
        Profile {
            server: "http://127.0.0.1:8720".into(),
            account_id: Some("12345678".into()),
            device_id: Some("d1".into()),
            device_name: None,
            access_expires_at: Some(crate::clock::now()),
            refresh_expires_at: None,
            token_store: StoreKind::Keyring,
            keyring_backend: None,
        }
    }

    #[test]
    fn profiles_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(load_profiles(dir.path()).unwrap(), ProfileFile::default());
        update_profiles(dir.path(), |p| {
            p.profiles.insert("default".into(), profile());
            Ok(())
        })
        .unwrap();
        let loaded = load_profiles(dir.path()).unwrap();
        assert_eq!(
            loaded.profiles["default"].account_id.as_deref(),
            Some("12345678")
        );
    }

    #[test]
    fn corrupt_profiles_are_named_and_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(PROFILES_FILE);
        std::fs::write(&path, "this is [not toml").unwrap();
        let err = update_profiles(dir.path(), |_| Ok(())).unwrap_err();
        assert!(err.message.contains("profiles.toml"), "{}", err.message);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "this is [not toml");
    }

    #[test]
    fn profile_names_are_plain() {
        assert!(check_profile_name("work-2").is_ok());
        assert!(check_profile_name("../x").is_err());
        assert!(check_profile_name("").is_err());
        assert!(check_profile_name(".hidden").is_err());
    }

    #[test]
    fn expired_flows_are_dropped_when_recording() {
        let dir = tempfile::tempdir().unwrap();
        let mk = |id: &str, secs: i64| PendingFlow {
            flow_id: id.into(),
            kind: "login".into(),
            profile: "default".into(),
            server: "s".into(),
            expires_at: crate::clock::now() + time::Duration::seconds(secs),
            device_name: None,
            awaiting: Some("code".into()),
            sent_to: None,
            insecure_storage: false,
            confirmation: None,
            web: None,
        };
        record_flow(dir.path(), mk("old", -5)).unwrap();
        record_flow(dir.path(), mk("new", 600)).unwrap();
        let flows = load_flows(dir.path()).unwrap();
        assert_eq!(flows.len(), 1);
        assert_eq!(flows[0].flow_id, "new");
        forget_flow(dir.path(), "new").unwrap();
        assert!(load_flows(dir.path()).unwrap().is_empty());
    }
}
