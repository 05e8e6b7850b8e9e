//! The OpenAPI document, generated from the handlers' annotations and the
//! `acct-api` types. `docs/openapi.json` is a copy a test keeps fresh.

use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

#[derive(OpenApi)]
#[openapi(
    info(title = "acctd", description = "The account service behind acctl."),
    paths(
        super::flows::start, super::flows::read, super::flows::advance, super::flows::resend, super::flows::cancel,
        super::tokens::refresh, super::tokens::logout,
        super::account::me, super::account::limits, super::account::devices, super::account::sign_out_device,
        super::account::sign_out_devices, super::account::activity, super::account::security,
        super::activity_export::export, super::activity_export::staff_export,
        super::meta::service_info,
        super::credentials::change_password, super::credentials::two_step_status, super::credentials::disable_two_step,
        super::credentials::recovery_codes, super::credentials::verify_email,
        super::recovery::find_id, super::recovery::cancel, super::recovery::ticket_status,
        super::support::search, super::support::show, super::support::lock, super::support::unlock,
        super::support::sign_out, super::support::mark_compromised, super::support::activity, super::support::tickets, super::support::ticket,
        super::support::claim, super::support::approve, super::support::reject, super::support::note,
        super::support::audit,
    ),
    components(schemas(acct_api::ErrorEnvelope, acct_api::ErrorCode, acct_api::PasswordProblem)),
    modifiers(&Bearer)
)]
struct ApiDoc;

struct Bearer;

impl Modify for Bearer {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

/// The document as JSON.
pub fn document() -> serde_json::Value {
    serde_json::to_value(ApiDoc::openapi()).unwrap_or_default()
}
