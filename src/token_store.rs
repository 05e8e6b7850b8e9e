//! Where tokens live: the OS keyring (default, fail closed) or, only when the
//! user opts in, a 0600 file. One entry per profile holding `{access_token,
//! refresh_token}`, so `whoami` needs no refresh round trip.
//!
//! On Linux a sign-in prefers the Secret Service (GNOME Keyring, KWallet) when
//! one answers a probe, else the kernel keyring; the profile records which.
//! Every keyring call runs on its own thread and is waited for at most a few
//! seconds: a locked or absent keyring must not hang the CLI.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use acct_api::Secret;
use serde::{Deserialize, Serialize};

use crate::config::{Env, StoreKind};
use crate::config_dir::{create_private_dir, write_private};
use crate::error::{CliError, Exit, Result};

/// The secrets of one profile.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct Tokens {
    pub access_token: Secret,
    pub refresh_token: Secret,
}

impl std::fmt::Debug for Tokens {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Tokens { <redacted> }")
    }
}

/// Which keyring holds a profile's entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Backend {
    /// The platform's own: the kernel keyring on Linux, Keychain, Credential Manager.
    #[default]
    Native,
    /// The desktop Secret Service over D-Bus (Linux).
    SecretService,
}

/// A token store, chosen per profile.
#[derive(Debug, Clone)]
pub enum TokenStore {
    Keyring {
        backend: Backend,
        service: String,
        timeout: Duration,
        /// Test hook: behave as if no keyring were available.
        fail: bool,
        /// Test hook: behave like a keyring that never answers.
        hang: bool,
    },
    File {
        dir: PathBuf,
    },
}

/// What a keyring call can tell us.
enum KeyringOutcome<T> {
    Ok(T),
    NoEntry,
    Failed(String),
}

const PROBE_USER: &str = "acctl-probe";

impl TokenStore {
    /// The store tokens were saved in: its kind and keyring, as a profile records them.
    pub fn saved(kind: StoreKind, backend: Option<Backend>, env: &Env, config_dir: &Path) -> Self {
        Self::with_backend(kind, backend.unwrap_or_default(), env, config_dir)
    }

    /// The store for a new sign-in, probed so a fresh token is never lost: the
    /// Secret Service if one answers (Linux), else the native keyring. `trace`
    /// hears why the Secret Service was passed over (`-v`).
    pub fn for_sign_in(
        kind: StoreKind,
        env: &Env,
        config_dir: &Path,
        trace: &dyn Fn(&str),
    ) -> Result<Self> {
        let native = Self::with_backend(kind, Backend::Native, env, config_dir);
        let try_secret_service = kind == StoreKind::Keyring
            && cfg!(target_os = "linux")
            && env.keyring_backend.as_deref() != Some("kernel");
        if try_secret_service {
            let ss = Self::with_backend(kind, Backend::SecretService, env, config_dir);
            match ss.probe() {
                Ok(()) => return Ok(ss),
                Err(e) if env.keyring_backend.as_deref() == Some("secret-service") => {
                    return Err(e)
                }
                Err(e) => trace(&format!("  (Secret Service not used: {})", e.message)),
            }
        }
        native.probe()?;
        Ok(native)
    }

    pub fn new(kind: StoreKind, env: &Env, config_dir: &Path) -> Self {
        Self::with_backend(kind, Backend::Native, env, config_dir)
    }

    fn with_backend(kind: StoreKind, backend: Backend, env: &Env, config_dir: &Path) -> Self {
        match kind {
            StoreKind::Keyring => TokenStore::Keyring {
                backend,
                service: env.keyring_service(),
                timeout: env.keyring_timeout(),
                fail: env.test_keyring_fail,
                hang: env.test_keyring_hang,
            },
            StoreKind::File => TokenStore::File {
                dir: config_dir.join("credentials"),
            },
        }
    }

    /// The keyring in use (for the profile record); `None` for the file store.
    pub fn backend(&self) -> Option<Backend> {
        match self {
            TokenStore::Keyring { backend, .. } => Some(*backend),
            TokenStore::File { .. } => None,
        }
    }

    pub fn kind(&self) -> StoreKind {
        match self {
            TokenStore::Keyring { .. } => StoreKind::Keyring,
            TokenStore::File { .. } => StoreKind::File,
        }
    }

    /// Where the tokens go, for people.
    pub fn describe(&self) -> String {
        match self {
            TokenStore::Keyring { backend, .. } => keyring_name(*backend).to_string(),
            TokenStore::File { dir } => format!("the plain file store in {}", dir.display()),
        }
    }

    /// Checks the store works (write, read back, delete) before a sign-in, so a
    /// freshly issued token is never lost to a failed write.
    pub fn probe(&self) -> Result<()> {
        match self {
            TokenStore::Keyring { .. } => {
                let value = format!("probe-{}", std::process::id());
                self.keyring(PROBE_USER, "write to", {
                    let value = value.clone();
                    move |e| e.set_password(&value)
                })?;
                let read = self.keyring(PROBE_USER, "read from", |e| e.get_password())?;
                let _ = self.keyring(PROBE_USER, "delete from", |e| e.delete_credential());
                match read {
                    Some(v) if v == value => Ok(()),
                    _ => Err(unavailable("the probe entry did not read back")),
                }
            }
            TokenStore::File { dir } => {
                create_private_dir(dir)?;
                let path = dir.join(".probe");
                write_private(&path, b"probe")?;
                let _ = std::fs::remove_file(&path);
                Ok(())
            }
        }
    }

    /// The profile's tokens; `None` when there are none.
    pub fn load(&self, profile: &str) -> Result<Option<Tokens>> {
        let Some(text) = self.load_text(profile)? else {
            return Ok(None);
        };
        serde_json::from_str(&text).map(Some).map_err(|_| {
            CliError::new(
                Exit::NotSignedIn,
                "corrupt_token_entry",
                format!(
                    "the stored tokens of profile {profile:?} in {} are unreadable: run `acctl login`.",
                    self.describe()
                ),
            )
            .with_remedy("acctl login")
        })
    }

    pub fn save(&self, profile: &str, tokens: &Tokens) -> Result<()> {
        let text = serde_json::to_string(tokens)
            .map_err(|e| CliError::failure(format!("could not encode tokens: {e}")))?;
        self.save_text(profile, text)
    }

    /// A secret that is not a profile's tokens (a pending browser sign-in's
    /// device code), under a `key` no profile name can take (it starts with a dot).
    pub fn save_secret(&self, key: &str, secret: &Secret) -> Result<()> {
        let text = serde_json::to_string(secret)
            .map_err(|e| CliError::failure(format!("could not encode a secret: {e}")))?;
        self.save_text(key, text)
    }

    /// The secret saved under `key`; `None` when there is none (or it is unreadable).
    pub fn load_secret(&self, key: &str) -> Result<Option<Secret>> {
        Ok(self
            .load_text(key)?
            .and_then(|t| serde_json::from_str(&t).ok()))
    }

    fn load_text(&self, key: &str) -> Result<Option<String>> {
        match self {
            TokenStore::Keyring { .. } => self.keyring(key, "read from", |e| e.get_password()),
            TokenStore::File { dir } => {
                let path = dir.join(format!("{key}.json"));
                match std::fs::read_to_string(&path) {
                    Ok(t) => Ok(Some(t)),
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
                    Err(e) => Err(CliError::file(&path, "read", e)),
                }
            }
        }
    }

    fn save_text(&self, key: &str, text: String) -> Result<()> {
        match self {
            TokenStore::Keyring { .. } => {
                self.keyring(key, "write to", move |e| e.set_password(&text))?;
                Ok(())
            }
            TokenStore::File { dir } => {
                create_private_dir(dir)?;
                write_private(&dir.join(format!("{key}.json")), text.as_bytes())
            }
        }
    }

    /// Removes the profile's tokens; absent tokens are fine.
    pub fn delete(&self, profile: &str) -> Result<()> {
        match self {
            TokenStore::Keyring { .. } => {
                self.keyring(profile, "delete from", |e| e.delete_credential())?;
                Ok(())
            }
            TokenStore::File { dir } => {
                let path = dir.join(format!("{profile}.json"));
                match std::fs::remove_file(&path) {
                    Ok(()) => Ok(()),
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
                    Err(e) => Err(CliError::file(&path, "delete", e)),
                }
            }
        }
    }

    /// Runs one keyring call on a thread, waiting at most the timeout.
    fn keyring<T: Send + 'static>(
        &self,
        user: &str,
        what: &str,
        call: impl FnOnce(&keyring::Entry) -> keyring::Result<T> + Send + 'static,
    ) -> Result<Option<T>> {
        let TokenStore::Keyring {
            backend,
            service,
            timeout,
            fail,
            hang,
        } = self
        else {
            return Err(CliError::failure("internal: not a keyring store"));
        };
        if *fail {
            return Err(unavailable("ACCTL_TEST_KEYRING_FAIL is set"));
        }
        let (tx, rx) = mpsc::channel();
        let (service, user, hang, backend) = (service.clone(), user.to_string(), *hang, *backend);
        std::thread::spawn(move || {
            if hang {
                // Simulates a locked keyring; the process exits long before this ends.
                std::thread::park_timeout(Duration::from_secs(3600));
            }
            let outcome = match entry(backend, &service, &user).and_then(|e| call(&e)) {
                Ok(v) => KeyringOutcome::Ok(v),
                Err(keyring::Error::NoEntry) => KeyringOutcome::NoEntry,
                Err(e) => KeyringOutcome::Failed(e.to_string()),
            };
            let _ = tx.send(outcome);
        });
        match rx.recv_timeout(*timeout) {
            Ok(KeyringOutcome::Ok(v)) => Ok(Some(v)),
            Ok(KeyringOutcome::NoEntry) => Ok(None),
            Ok(KeyringOutcome::Failed(e)) => Err(unavailable(&format!("could not {what} it: {e}"))),
            Err(_) => Err(unavailable(&format!(
                "it did not answer within {} s (is it locked?)",
                timeout.as_secs_f32()
            ))),
        }
    }
}

/// The keyring entry of `user` under `service`.
fn entry(backend: Backend, service: &str, user: &str) -> keyring::Result<keyring::Entry> {
    match backend {
        Backend::Native => native_entry(service, user),
        Backend::SecretService => secret_service_entry(service, user),
    }
}

#[cfg(target_os = "linux")]
fn native_entry(service: &str, user: &str) -> keyring::Result<keyring::Entry> {
    use linux_keyutils::{KeyRing, KeyRingIdentifier};
    // keyring-rs would also attach the user's persistent keyring to the session
    // keyring; where that keyring is not ours (user namespaces, containers)
    // every later search fails with a misleading NoEntry. The session keyring
    // alone works everywhere and is shared by the processes of the session.
    let session = KeyRing::from_special_id(KeyRingIdentifier::Session, false)
        .map_err(|e| keyring::Error::NoStorageAccess(Box::new(e)))?;
    let cred = keyring::keyutils::KeyutilsCredential {
        session,
        persistent: None,
        description: format!("keyring-rs:{user}@{service}"),
    };
    Ok(keyring::Entry::new_with_credential(Box::new(cred)))
}

#[cfg(not(target_os = "linux"))]
fn native_entry(service: &str, user: &str) -> keyring::Result<keyring::Entry> {
    keyring::Entry::new(service, user)
}

#[cfg(target_os = "linux")]
fn secret_service_entry(service: &str, user: &str) -> keyring::Result<keyring::Entry> {
    let cred = keyring::secret_service::SsCredential::new_with_target(None, service, user)?;
    Ok(keyring::Entry::new_with_credential(Box::new(cred)))
}

#[cfg(not(target_os = "linux"))]
fn secret_service_entry(service: &str, user: &str) -> keyring::Result<keyring::Entry> {
    keyring::Entry::new(service, user)
}

/// What a keyring is called, for people.
pub fn keyring_name(backend: Backend) -> &'static str {
    match backend {
        Backend::SecretService => "the Secret Service (desktop keyring)",
        Backend::Native if cfg!(target_os = "linux") => "the Linux kernel keyring",
        Backend::Native => "the OS keyring",
    }
}

/// The kernel keyring forgets everything at reboot; people should know.
pub fn forgets_at_reboot(store: &TokenStore) -> bool {
    cfg!(target_os = "linux") && store.backend() == Some(Backend::Native)
}

/// Fail closed, and say how to opt into the file store.
fn unavailable(detail: &str) -> CliError {
    CliError::new(
        Exit::Failure,
        "keyring_unavailable",
        format!(
            "the keyring is not available ({detail}); tokens are never written to a plain file unless you opt in: \
             pass --insecure-storage to `acctl login`/`acctl signup`, or put token_store = \"file\" in config.toml in the config dir."
        ),
    )
    .with_remedy("acctl login --insecure-storage")
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn file_store_round_trip_is_private() {
        let dir = tempfile::tempdir().unwrap();
        let store = TokenStore::File {
            dir: dir.path().join("credentials"),
        };
        store.probe().unwrap();
        assert_eq!(store.load("p").unwrap(), None);
        let t = Tokens {
            access_token: "a".into(),
            refresh_token: "r".into(),
        };
        store.save("p", &t).unwrap();
        assert_eq!(store.load("p").unwrap(), Some(t));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.path().join("credentials/p.json"))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        store.delete("p").unwrap();
        store.delete("p").unwrap();
        assert_eq!(store.load("p").unwrap(), None);
    }

    #[test]
    fn failing_keyring_explains_the_opt_in() {
        let store = TokenStore::Keyring {
            backend: Backend::Native,
            service: "acctl-test".into(),
            timeout: Duration::from_secs(1),
            fail: true,
            hang: false,
        };
        let err = store.probe().unwrap_err();
        assert_eq!(err.code, "keyring_unavailable");
        assert!(err.message.contains("--insecure-storage"));
        assert!(err.message.contains("token_store = \"file\""));
    }

    #[test]
    fn a_hanging_keyring_times_out_with_a_clear_error() {
        let store = TokenStore::Keyring {
            backend: Backend::Native,
            service: "acctl-test".into(),
            timeout: Duration::from_millis(50),
            fail: false,
            hang: true,
        };
        let err = store.load("p").unwrap_err();
        assert!(err.message.contains("did not answer"), "{}", err.message);
    }

    #[test]
    fn tokens_debug_is_redacted() {
        let t = Tokens {
            access_token: "secret-a".into(),
            refresh_token: "secret-r".into(),
        };
        assert!(!format!("{t:?}").contains("secret"));
    }
}
