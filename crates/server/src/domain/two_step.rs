//! Two-step verification (RFC 6238 TOTP): enrolment as a flow, the second step of
//! password sign-in and re-authentication, recovery codes. Seeds are encrypted
//! with a key derived from the server key, which lives outside the database.

use acct_api::{
    Awaiting, ErrorCode, Flow, FlowInput, FlowResult, RecoveryCodes, TotpEnrollment, TwoStepChange,
    TwoStepStatus,
};
use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use rand::{rngs::OsRng, RngCore};
use totp_rs::{Algorithm, Secret, TOTP};

use super::activity::Event;
use super::flow_state::{FlowState, TotpEnrollState};
use super::flows::required;
use super::password_change::{missing_second_factor, present, second_factor};
use super::{App, RequestMeta};
use crate::clock::Timestamp;
use crate::courier::notices::{Change, Notice};
use crate::error::{ApiError, ApiResult};
use crate::kinds::{ActivityKind, Outcome};
use crate::store::{AccessContext, AccountRow, FlowRow};

const STEP: u64 = 30;
const DIGITS: usize = 6;
const RECOVERY_CODES: usize = 10;

/// A TOTP for a raw seed.
fn totp(seed: Vec<u8>, digits: usize) -> ApiResult<TOTP> {
    TOTP::new(Algorithm::SHA1, digits, 1, STEP, seed)
        .map_err(|e| ApiError::Internal(anyhow::anyhow!("bad TOTP seed: {e}")))
}

/// The time step `code` matches at `now`, allowing one step of skew either side.
pub fn matching_step(seed: &[u8], code: &str, now: Timestamp) -> ApiResult<Option<i64>> {
    let t = totp(seed.to_vec(), DIGITS)?;
    // RFC 6238 counts steps of unix seconds.
    let current = now.unix().div_euclid(STEP as i64);
    for step in [current, current - 1, current + 1] {
        let Ok(at) = u64::try_from(step * STEP as i64) else {
            continue;
        };
        if crate::secret::ct_eq(t.generate(at).as_bytes(), code.as_bytes()) {
            return Ok(Some(step));
        }
    }
    Ok(None)
}

impl App {
    fn seed_cipher(&self) -> XChaCha20Poly1305 {
        XChaCha20Poly1305::new(&self.key.mac(&[b"totp-seed-encryption"]).into())
    }

    fn encrypt_seed(&self, seed: &[u8]) -> ApiResult<String> {
        let mut nonce = [0u8; 24];
        OsRng.fill_bytes(&mut nonce);
        let ct = self
            .seed_cipher()
            .encrypt(XNonce::from_slice(&nonce), seed)
            .map_err(|_| ApiError::Internal(anyhow::anyhow!("seed encryption failed")))?;
        Ok(format!("{}{}", hex::encode(nonce), hex::encode(ct)))
    }

    fn decrypt_seed(&self, stored: &str) -> ApiResult<Vec<u8>> {
        let bytes = hex::decode(stored)
            .map_err(|_| ApiError::Internal(anyhow::anyhow!("stored seed is not hex")))?;
        if bytes.len() < 24 {
            return Err(ApiError::Internal(anyhow::anyhow!("stored seed too short")));
        }
        let (nonce, ct) = bytes.split_at(24);
        self.seed_cipher()
            .decrypt(XNonce::from_slice(nonce), ct)
            .map_err(|_| {
                ApiError::Internal(anyhow::anyhow!(
                    "stored seed does not decrypt: was the server key changed?"
                ))
            })
    }

    fn recovery_hash(&self, account_id: &str, code: &str) -> String {
        let normal: String = code
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_lowercase();
        self.key
            .mac_hex(&[b"recovery-code", account_id.as_bytes(), normal.as_bytes()])
    }

    fn new_recovery_codes(&self, account_id: &str) -> (Vec<String>, Vec<String>) {
        let codes: Vec<String> = (0..RECOVERY_CODES)
            .map(|_| {
                let mut b = [0u8; 5];
                OsRng.fill_bytes(&mut b);
                let h = hex::encode(b);
                format!("{}-{}", &h[..5], &h[5..])
            })
            .collect();
        let hashes = codes
            .iter()
            .map(|c| self.recovery_hash(account_id, c))
            .collect();
        (codes, hashes)
    }

    pub(super) async fn start_totp_enroll(&self, ctx: &AccessContext) -> ApiResult<Flow> {
        self.require_fresh(ctx)?;
        if ctx.account.totp_secret_enc.is_some() {
            return Err(ApiError::new(ErrorCode::Conflict, "Two-step verification is already on; `acctl 2sv disable` first to enrol a new authenticator."));
        }
        let mut seed = vec![0u8; 20];
        OsRng.fill_bytes(&mut seed);
        let state = FlowState::TotpEnroll(TotpEnrollState {
            device_id: ctx.device_id.clone(),
            seed_enc: Some(self.encrypt_seed(&seed)?),
        });
        let row = self
            .new_flow(Some(&ctx.account_id), Awaiting::Totp, &state)
            .await?;
        self.insert_flow(&row).await?;
        let secret = match Secret::Raw(seed).to_encoded() {
            Secret::Encoded(s) => s,
            Secret::Raw(_) => return Err(ApiError::Internal(anyhow::anyhow!("base32 failed"))),
        };
        let uri = format!(
            "otpauth://totp/acct:{id}?secret={secret}&issuer=acct&algorithm=SHA1&digits={DIGITS}&period={STEP}",
            id = ctx.account_id
        );
        let mut flow = self.flow_view(&row, &state, None);
        flow.enrollment = Some(TotpEnrollment {
            secret: secret.into(),
            uri,
        });
        Ok(flow)
    }

    pub(super) async fn advance_totp_enroll(
        &self,
        row: &FlowRow,
        state: &TotpEnrollState,
        ctx: &AccessContext,
        input: &FlowInput,
        meta: &RequestMeta,
    ) -> ApiResult<Flow> {
        let code = required(
            input
                .totp
                .as_ref()
                .map(|s| s.expose())
                .or(input.code.as_ref().map(|s| s.expose())),
            "totp",
        )?;
        let seed = self.decrypt_seed(state.seed_enc.as_deref().unwrap_or_default())?;
        // Wrong codes count toward the flow's and the account's caps like any second factor.
        let mut step = None;
        self.guarded_flow_factor(row, &ctx.account, None, async {
            step = matching_step(&seed, code.trim(), self.timestamp())?;
            match step {
                Some(_) => Ok(()),
                None => Err(ApiError::new(ErrorCode::InvalidCode, "That code does not match: check the authenticator's clock and enter the current 6-digit code.")),
            }
        })
        .await?;
        let Some(step) = step else {
            return Err(ApiError::Internal(anyhow::anyhow!(
                "enrolment check ended without a step"
            )));
        };
        let (codes, hashes) = self.new_recovery_codes(&ctx.account_id);
        let enc = state.seed_enc.clone().unwrap_or_default();
        let done_state = FlowState::TotpEnroll(TotpEnrollState {
            seed_enc: None,
            ..state.clone()
        });
        // One unit, the flow's compare-and-set first: a second answer to the same
        // enrolment writes nothing.
        let mut tx = self.store.begin().await?;
        let mut flow = self
            .complete_flow_in(
                &mut tx,
                row,
                &done_state,
                FlowResult {
                    account_id: ctx.account_id.clone(),
                    deleted: false,
                    session: None,
                    recovery_codes: Vec::new(),
                    ticket: None,
                },
            )
            .await?;
        tx.enable_two_step(&ctx.account_id, &enc, step, &hashes, self.timestamp())
            .await?;
        self.security_event(
            &mut tx,
            ctx,
            ActivityKind::TwoStepEnabled,
            meta,
            Change::TwoStepEnabled,
        )
        .await?;
        tx.commit().await?;
        self.courier.wake();
        if let Some(r) = flow.result.as_mut() {
            r.recovery_codes = codes.into_iter().map(Into::into).collect();
        }
        Ok(flow)
    }

    /// Checks a second factor for an account: a TOTP code (once per time step) or an
    /// unused recovery code, under the account's guess cap (SECURITY.md 16). A replayed
    /// TOTP code is refused, logged and notified. Steps of a flow use
    /// `check_flow_second_factor`, which adds the flow's own cap.
    pub async fn check_second_factor(
        &self,
        account: &AccountRow,
        input: &FlowInput,
        meta: &RequestMeta,
    ) -> ApiResult<()> {
        if account.totp_secret_enc.is_none() {
            return Ok(());
        }
        super::second_factor::require_answer(input)?;
        self.guarded_factor(&account.id, self.verify_second_factor(account, input, meta))
            .await
    }

    /// The check itself, uncapped: callers go through `check_second_factor` or
    /// `check_flow_second_factor`.
    pub(super) async fn verify_second_factor(
        &self,
        account: &AccountRow,
        input: &FlowInput,
        meta: &RequestMeta,
    ) -> ApiResult<()> {
        let Some(seed_enc) = account.totp_secret_enc.as_deref() else {
            return Ok(());
        };
        if let Some(code) = input.recovery_code.as_ref().map(|s| s.expose()) {
            if self
                .store
                .use_recovery_code(
                    &account.id,
                    &self.recovery_hash(&account.id, code),
                    self.timestamp(),
                )
                .await?
            {
                self.record(
                    meta,
                    Event {
                        account_id: Some(&account.id),
                        kind: ActivityKind::RecoveryCodeUsed,
                        outcome: Outcome::Success,
                        method: Some("recovery_code"),
                        device_id: None,
                        device_name: None,
                        reason: None,
                    },
                )
                .await;
                return Ok(());
            }
            return Err(ApiError::new(
                ErrorCode::InvalidCode,
                "That recovery code is not valid or was already used.",
            ));
        }
        let code = required(input.totp.as_ref().map(|s| s.expose()), "totp")?;
        let seed = self.decrypt_seed(seed_enc)?;
        let Some(step) = matching_step(&seed, code.trim(), self.timestamp())? else {
            self.record(
                meta,
                Event {
                    account_id: Some(&account.id),
                    kind: ActivityKind::SignIn,
                    outcome: Outcome::Failure,
                    method: Some("totp"),
                    device_id: None,
                    device_name: None,
                    reason: Some("wrong_totp"),
                },
            )
            .await;
            return Err(ApiError::new(ErrorCode::InvalidCode, "That authenticator code is not right: enter the current 6-digit code, or a recovery code."));
        };
        if !self.store.claim_totp_step(&account.id, step).await? {
            self.record(
                meta,
                Event {
                    account_id: Some(&account.id),
                    kind: ActivityKind::TotpReplay,
                    outcome: Outcome::Failure,
                    method: Some("totp"),
                    device_id: None,
                    device_name: None,
                    reason: Some("code already used"),
                },
            )
            .await;
            self.notify_account(account, "security_notice", Notice::TwoStepCodeReused)
                .await;
            return Err(ApiError::new(
                ErrorCode::InvalidCredentials,
                "That authenticator code was already used: wait for the next code.",
            ));
        }
        Ok(())
    }

    pub async fn two_step_status(&self, ctx: &AccessContext) -> ApiResult<TwoStepStatus> {
        Ok(TwoStepStatus {
            enabled: ctx.account.totp_secret_enc.is_some(),
            recovery_codes_left: u32::try_from(
                self.store.recovery_codes_left(&ctx.account_id).await?,
            )
            .unwrap_or(0),
        })
    }

    /// Turns two-step verification off: needs the authenticator being removed (its
    /// code or a recovery code) in the request, and a recent sign-in (or the
    /// password in the request). Compare-and-set on the seed, so a concurrent
    /// re-enrolment is not undone.
    pub async fn disable_two_step(
        &self,
        ctx: &AccessContext,
        proof: &TwoStepChange,
        meta: &RequestMeta,
    ) -> ApiResult<()> {
        let Some(seed) = ctx.account.totp_secret_enc.as_deref() else {
            return Err(ApiError::new(
                ErrorCode::Conflict,
                "Two-step verification is already off.",
            ));
        };
        self.prove_two_step_change(ctx, proof, "Turning two-step verification off", meta)
            .await?;
        let mut tx = self.store.begin().await?;
        if !tx.disable_two_step(&ctx.account_id, seed).await? {
            return Err(ApiError::new(
                ErrorCode::Conflict,
                "Two-step verification changed meanwhile (on another device?): check `acctl 2sv status`.",
            ));
        }
        self.security_event(
            &mut tx,
            ctx,
            ActivityKind::TwoStepDisabled,
            meta,
            Change::TwoStepDisabled,
        )
        .await?;
        tx.commit().await?;
        self.courier.wake();
        Ok(())
    }

    /// New recovery codes: the same proof as turning two-step verification off.
    pub async fn regenerate_recovery_codes(
        &self,
        ctx: &AccessContext,
        proof: &TwoStepChange,
        meta: &RequestMeta,
    ) -> ApiResult<RecoveryCodes> {
        if ctx.account.totp_secret_enc.is_none() {
            return Err(ApiError::new(
                ErrorCode::Conflict,
                "Two-step verification is off: `acctl 2sv enable` first.",
            ));
        }
        self.prove_two_step_change(ctx, proof, "Making new recovery codes", meta)
            .await?;
        let (codes, hashes) = self.new_recovery_codes(&ctx.account_id);
        let mut tx = self.store.begin().await?;
        tx.replace_recovery_codes(&ctx.account_id, &hashes, self.timestamp())
            .await?;
        self.security_event(
            &mut tx,
            ctx,
            ActivityKind::RecoveryCodesRegenerated,
            meta,
            Change::RecoveryCodesRegenerated,
        )
        .await?;
        tx.commit().await?;
        self.courier.wake();
        Ok(RecoveryCodes {
            recovery_codes: codes.into_iter().map(Into::into).collect(),
        })
    }

    /// The proof a change of the second factor needs (PRODUCT.md "Credential
    /// changes"; SECURITY.md 22): an authenticator or recovery code in the request,
    /// always; and a recent sign-in, or the current password in the request as a
    /// re-authentication in line. Nothing secret is checked before the request is
    /// known to be complete, and the password before the code, so a wrong password
    /// spends no code.
    async fn prove_two_step_change(
        &self,
        ctx: &AccessContext,
        proof: &TwoStepChange,
        what: &str,
        meta: &RequestMeta,
    ) -> ApiResult<()> {
        let Some(input) = second_factor(
            proof.totp.as_ref().map(|s| s.expose()),
            proof.recovery_code.as_ref().map(|s| s.expose()),
        ) else {
            return Err(missing_second_factor(what));
        };
        match present(proof.password.as_ref().map(|s| s.expose())) {
            Some(password) => {
                self.check_account_password(&ctx.account, password, meta)
                    .await?
            }
            None => self.require_fresh(ctx)?,
        }
        self.check_second_factor(&ctx.account, &input, meta).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238 Appendix B, SHA-1 rows (8 digits, seed "12345678901234567890").
    #[test]
    fn rfc6238_appendix_b_vectors() {
        let t = totp(b"12345678901234567890".to_vec(), 8).unwrap();
        for (time, expected) in [
            (59u64, "94287082"),
            (1111111109, "07081804"),
            (1111111111, "14050471"),
            (1234567890, "89005924"),
            (2000000000, "69279037"),
            (20000000000, "65353130"),
        ] {
            assert_eq!(t.generate(time), expected, "T = {time}");
        }
    }

    #[test]
    fn one_step_of_skew_and_no_more() {
        let seed = b"abcdefghijabcdefghij".to_vec();
        let t = totp(seed.clone(), 6).unwrap();
        let now = Timestamp::from_unix(1_700_000_000);
        let code_now = t.generate(1_700_000_000);
        let code_prev = t.generate(1_700_000_000 - 30);
        let code_old = t.generate(1_700_000_000 - 60);
        assert!(matching_step(&seed, &code_now, now).unwrap().is_some());
        assert!(matching_step(&seed, &code_prev, now).unwrap().is_some());
        if code_old != code_now && code_old != code_prev {
            assert!(
                matching_step(&seed, &code_old, now).unwrap().is_none(),
                "a code from T-60 s is refused"
            );
        }
    }
}
