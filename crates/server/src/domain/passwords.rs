//! Passwords: the policy (length, composition, blocklist, context words) and
//! argon2id hashing, run off the async executor with bounded concurrency.

use std::sync::{mpsc, Arc, Mutex};

use acct_api::PasswordProblem;
use argon2::password_hash::{Output, PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use rand::rngs::OsRng;
use unicode_normalization::UnicodeNormalization;

use crate::config::PasswordSettings;

/// Words no password may contain, whoever the user is.
const SERVICE_WORDS: &[&str] = &["acctl", "acctd", "account"];

/// Applies NFKC the same way at set and at verify (SECURITY.md 2).
pub fn normalize(password: &str) -> String {
    password.nfkc().collect()
}

/// Checks a new password against the policy. `context` holds the account's own
/// ID, phone and email, which a password must not contain.
pub fn check_policy(
    settings: &PasswordSettings,
    password: &str,
    context: &[&str],
) -> Result<(), PasswordProblem> {
    let pw = normalize(password);
    let len = pw.chars().count();
    if len < settings.min_length {
        return Err(PasswordProblem::TooShort);
    }
    if len > settings.max_length {
        return Err(PasswordProblem::TooLong);
    }
    if settings.policy != "nist" {
        let letters = pw.chars().any(char::is_alphabetic);
        let digits = pw.chars().any(|c| c.is_numeric());
        if !(letters && digits) {
            return Err(PasswordProblem::NeedsLettersAndDigits);
        }
    }
    let lower = pw.to_lowercase();
    let personal = context
        .iter()
        .map(|w| w.trim_start_matches('+').to_lowercase())
        .flat_map(|w| {
            // An email counts by its whole and its local part; a phone by its whole
            // and its last 8 digits (the national number people type).
            let local = w.split('@').next().unwrap_or_default().to_string();
            let digits = w.chars().all(|c| c.is_ascii_digit()) && w.len() > 8;
            let tail = if digits {
                w[w.len() - 8..].to_string()
            } else {
                String::new()
            };
            [w, local, tail]
        })
        .filter(|w| w.chars().count() >= 4);
    for word in personal.chain(SERVICE_WORDS.iter().map(|w| w.to_string())) {
        if lower.contains(&word) {
            return Err(PasswordProblem::ContainsPersonalInfo);
        }
    }
    let entropy = zxcvbn::zxcvbn(&pw, context);
    if u8::from(entropy.score()) < settings.min_score {
        use zxcvbn::feedback::Warning;
        let common = entropy
            .feedback()
            .and_then(|f| f.warning())
            .is_some_and(|w| {
                matches!(
                    w,
                    Warning::ThisIsATop10Password
                        | Warning::ThisIsATop100Password
                        | Warning::ThisIsACommonPassword
                        | Warning::ThisIsSimilarToACommonlyUsedPassword
                )
            });
        return Err(if common {
            PasswordProblem::Blocklisted
        } else {
            PasswordProblem::TooGuessable
        });
    }
    Ok(())
}

type Job = Box<dyn FnOnce() + Send>;

/// Hashes and verifies passwords with argon2id on a fixed set of worker threads
/// (`hash_concurrency`, default one per core). A fixed set bounds both CPU and memory:
/// each argon2 call takes `argon2_memory_kib`, and the allocator keeps that per thread,
/// so an unbounded blocking pool would grow by that much for every thread it ever used.
#[derive(Clone)]
pub struct Hasher {
    params: Params,
    jobs: mpsc::Sender<Job>,
    /// A hash of a random password, verified against for unknown logins so they cost
    /// the same time as known ones (SECURITY.md 30).
    dummy: Arc<String>,
}

impl Hasher {
    pub fn new(settings: &PasswordSettings) -> anyhow::Result<Self> {
        let params = Params::new(
            settings.argon2_memory_kib,
            settings.argon2_iterations,
            settings.argon2_parallelism,
            None,
        )
        .map_err(|e| anyhow::anyhow!("invalid argon2 parameters: {e}"))?;
        let concurrency = match settings.hash_concurrency {
            0 => std::thread::available_parallelism().map_or(2, |n| n.get()),
            n => n,
        };
        // Hashed here, outside the workers' reused work areas, so an idle service
        // does not hold an argon2 work area on the main thread.
        let dummy = argon2_for(&params)
            .hash_password(
                crate::secret::new_id().as_bytes(),
                &SaltString::generate(&mut OsRng),
            )
            .map_err(|e| anyhow::anyhow!("argon2 failed: {e}"))?
            .to_string();
        let (jobs, rx) = mpsc::channel::<Job>();
        let rx = Arc::new(Mutex::new(rx));
        for i in 0..concurrency {
            let rx = rx.clone();
            std::thread::Builder::new()
                .name(format!("argon2-{i}"))
                .spawn(move || loop {
                    // The lock is held only while taking a job; the thread ends with the Hasher.
                    let job = match rx.lock() {
                        Ok(guard) => guard.recv(),
                        Err(_) => return,
                    };
                    match job {
                        Ok(job) => job(),
                        Err(_) => return,
                    }
                })
                .map_err(|e| anyhow::anyhow!("cannot start hashing threads: {e}"))?;
        }
        Ok(Self {
            params,
            jobs,
            dummy: Arc::new(dummy),
        })
    }

    pub async fn hash(&self, password: &str) -> anyhow::Result<String> {
        let pw = normalize(password);
        let params = self.params.clone();
        self.blocking(move || hash_with(&params, &pw)).await?
    }

    /// Verifies `password` against `stored`, or against the dummy hash when there is
    /// no stored hash, so both paths take the same time. Returns whether it matched
    /// and, when it did, whether the hash should be upgraded to current parameters.
    pub async fn verify(&self, password: &str, stored: Option<&str>) -> anyhow::Result<Verified> {
        let pw = normalize(password);
        let (hash, real) = match stored {
            Some(h) => (h.to_string(), true),
            None => (self.dummy.as_str().to_string(), false),
        };
        let params = self.params.clone();
        self.blocking(move || {
            let parsed = PasswordHash::new(&hash)
                .map_err(|e| anyhow::anyhow!("stored password hash is not a PHC string: {e}"))?;
            let ok = verify_phc(&parsed, &pw)?;
            let needs_rehash = ok && real && below_policy(&parsed, &params);
            Ok(Verified {
                matched: ok && real,
                needs_rehash,
            })
        })
        .await?
    }

    async fn blocking<T: Send + 'static>(
        &self,
        f: impl FnOnce() -> T + Send + 'static,
    ) -> anyhow::Result<T> {
        let (tx, rx) = tokio::sync::oneshot::channel();
        self.jobs
            .send(Box::new(move || {
                let _ = tx.send(f());
            }))
            .map_err(|_| anyhow::anyhow!("hashing threads stopped"))?;
        rx.await
            .map_err(|_| anyhow::anyhow!("hash job was dropped"))
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Verified {
    pub matched: bool,
    pub needs_rehash: bool,
}

fn argon2_for(params: &Params) -> Argon2<'static> {
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params.clone())
}

thread_local! {
    /// Each hashing thread reuses one argon2 work area instead of allocating
    /// `m_cost` KiB per call, so memory stays at threads × m_cost.
    static WORK_AREA: std::cell::RefCell<Vec<Block>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Raw argon2id output for `password` under `params` and `salt`, in the thread's work area.
fn argon2_raw(params: &Params, password: &[u8], salt: &[u8], out: &mut [u8]) -> anyhow::Result<()> {
    WORK_AREA.with(|cell| {
        let mut blocks = cell.borrow_mut();
        let needed = params.block_count();
        if blocks.len() < needed {
            blocks.resize(needed, Block::default());
        }
        argon2_for(params)
            .hash_password_into_with_memory(password, salt, out, &mut blocks[..needed])
            .map_err(|e| anyhow::anyhow!("argon2 failed: {e}"))
    })
}

/// A new PHC string (`$argon2id$v=19$m=…,t=…,p=…$salt$hash`) for `password`.
fn hash_with(params: &Params, password: &str) -> anyhow::Result<String> {
    let salt = SaltString::generate(&mut OsRng);
    let mut salt_buf = [0u8; 64];
    let salt_raw = salt
        .as_salt()
        .decode_b64(&mut salt_buf)
        .map_err(|e| anyhow::anyhow!("salt: {e}"))?;
    let mut out = [0u8; 32];
    argon2_raw(params, password.as_bytes(), salt_raw, &mut out)?;
    let output = Output::new(&out).map_err(|e| anyhow::anyhow!("output: {e}"))?;
    Ok(format!(
        "$argon2id$v=19$m={},t={},p={}${}${}",
        params.m_cost(),
        params.t_cost(),
        params.p_cost(),
        salt.as_str(),
        output
    ))
}

/// Checks `password` against a PHC string, in constant time.
fn verify_phc(hash: &PasswordHash<'_>, password: &str) -> anyhow::Result<bool> {
    let params = Params::try_from(hash).map_err(|e| anyhow::anyhow!("stored parameters: {e}"))?;
    let (Some(salt), Some(expected)) = (hash.salt, hash.hash) else {
        anyhow::bail!("stored password hash has no salt or output");
    };
    if hash.algorithm.as_str() != "argon2id" {
        // Other variants are not issued here; fall back to the crate's own verifier.
        return Ok(Argon2::default()
            .verify_password(password.as_bytes(), hash)
            .is_ok());
    }
    let mut salt_buf = [0u8; 64];
    let salt_raw = salt
        .decode_b64(&mut salt_buf)
        .map_err(|e| anyhow::anyhow!("salt: {e}"))?;
    let mut out = vec![0u8; expected.len()];
    argon2_raw(&params, password.as_bytes(), salt_raw, &mut out)?;
    Ok(crate::secret::ct_eq(&out, expected.as_bytes()))
}

/// True when the stored hash used weaker parameters than the policy (SECURITY.md 6).
fn below_policy(hash: &PasswordHash<'_>, policy: &Params) -> bool {
    let get = |name: &str| {
        hash.params
            .get_decimal(name)
            .map(u64::from)
            .unwrap_or_default()
    };
    hash.algorithm.as_str() != "argon2id"
        || get("m") < u64::from(policy.m_cost())
        || get("t") < u64::from(policy.t_cost())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings() -> PasswordSettings {
        PasswordSettings {
            argon2_memory_kib: 4096,
            argon2_iterations: 1,
            ..PasswordSettings::default()
        }
    }

    #[test]
    fn policy_names_the_rule_broken() {
        let s = PasswordSettings::default();
        assert_eq!(check_policy(&s, "a1", &[]), Err(PasswordProblem::TooShort));
        let long = format!("{}1", "a".repeat(200));
        assert_eq!(check_policy(&s, &long, &[]), Err(PasswordProblem::TooLong));
        assert_eq!(
            check_policy(&s, "onlyletterslong", &[]),
            Err(PasswordProblem::NeedsLettersAndDigits)
        );
        assert_eq!(
            check_policy(&s, "password123", &[]),
            Err(PasswordProblem::Blocklisted)
        );
        assert_eq!(
            check_policy(&s, "zebra12345678qx", &["12345678"]),
            Err(PasswordProblem::ContainsPersonalInfo)
        );
        assert_eq!(check_policy(&s, "violet-Quartz-91-harbor", &[]), Ok(()));
    }

    #[test]
    fn nist_policy_accepts_a_lowercase_passphrase() {
        let s = PasswordSettings {
            policy: "nist".into(),
            ..PasswordSettings::default()
        };
        assert_eq!(
            check_policy(&s, "correct horse battery staple purple", &[]),
            Ok(())
        );
    }

    #[test]
    fn lengths_are_counted_in_code_points() {
        let s = PasswordSettings::default();
        // 8 code points, many more bytes.
        assert_ne!(
            check_policy(&s, "жжжжжж7ж", &[]),
            Err(PasswordProblem::TooShort)
        );
    }

    #[tokio::test]
    async fn composed_and_decomposed_forms_verify() {
        let h = Hasher::new(&settings()).unwrap();
        let stored = h.hash("caf\u{e9}-Zebra-42").await.unwrap();
        let v = h
            .verify("cafe\u{301}-Zebra-42", Some(&stored))
            .await
            .unwrap();
        assert!(v.matched);
    }

    #[tokio::test]
    async fn no_truncation_and_no_case_folding() {
        let h = Hasher::new(&settings()).unwrap();
        let pw = format!("{}Z9", "q".repeat(98));
        let stored = h.hash(&pw).await.unwrap();
        let last_changed = format!("{}Z8", "q".repeat(98));
        let case_changed = format!("{}z9", "q".repeat(98));
        assert!(
            !h.verify(&last_changed, Some(&stored))
                .await
                .unwrap()
                .matched
        );
        assert!(
            !h.verify(&case_changed, Some(&stored))
                .await
                .unwrap()
                .matched
        );
        assert!(h.verify(&pw, Some(&stored)).await.unwrap().matched);
    }

    #[tokio::test]
    async fn hashes_are_salted_and_record_parameters() {
        let h = Hasher::new(&PasswordSettings::default()).unwrap();
        let a = h.hash("violet-Quartz-91").await.unwrap();
        let b = h.hash("violet-Quartz-91").await.unwrap();
        assert_ne!(a, b);
        assert!(a.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{a}");
    }

    #[tokio::test]
    async fn weak_hashes_are_flagged_for_rehash() {
        let weak = Hasher::new(&settings()).unwrap();
        let stored = weak.hash("violet-Quartz-91").await.unwrap();
        let strong = Hasher::new(&PasswordSettings::default()).unwrap();
        let v = strong
            .verify("violet-Quartz-91", Some(&stored))
            .await
            .unwrap();
        assert!(v.matched && v.needs_rehash);
    }

    #[tokio::test]
    async fn unknown_logins_never_match() {
        let h = Hasher::new(&settings()).unwrap();
        assert!(!h.verify("anything-1", None).await.unwrap().matched);
    }
}
