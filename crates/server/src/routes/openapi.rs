//! The OpenAPI document, generated from the handlers' annotations and the
//! `acct-api` types. `docs/openapi.json` is a copy a test keeps fresh.

use utoipa::openapi::header::{Header, HeaderBuilder};
use utoipa::openapi::path::{Operation, ParameterIn};
use utoipa::openapi::schema::{ObjectBuilder, Type};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::openapi::{ContentBuilder, Ref, RefOr, Response, ResponseBuilder};
use utoipa::{Modify, OpenApi};

#[derive(OpenApi)]
#[openapi(
    info(title = "acctd", description = "The account service behind acctl. Error messages follow the request's `Accept-Language` (`en`, `zh-Hans`; q-values honoured, English otherwise); an error's `code` is the same in every language. A sign-up takes the account's language (for texts and emails) from it; `PUT /v1/me/language` changes it."),
    paths(
        super::flows::start, super::flows::read, super::flows::advance, super::flows::resend, super::flows::cancel,
        super::tokens::refresh, super::tokens::logout,
        super::account::me, super::account::limits, super::account::set_language, super::account::devices, super::account::sign_out_device,
        super::account::sign_out_devices, super::account::activity, super::account::security,
        super::report::report,
        super::activity_export::export, super::activity_export::staff_export,
        super::meta::service_info,
        super::credentials::change_password, super::credentials::two_step_status, super::credentials::disable_two_step,
        super::credentials::recovery_codes, super::credentials::verify_email,
        super::recovery::find_id, super::recovery::cancel, super::recovery::ticket_status,
        super::support::search, super::support::show, super::support::lock, super::support::unlock,
        super::support::sign_out, super::support::mark_compromised, super::support::activity, super::support::tickets, super::support::ticket,
        super::support::claim, super::support::approve, super::support::reject, super::support::note,
        super::support::audit,
        super::apps::apps, super::apps::revoke_app,
        super::admin_clients::create_client, super::admin_clients::list_clients, super::admin_clients::show_client,
        super::admin_clients::update_client, super::admin_clients::rotate_secret, super::admin_clients::delete_client,
    ),
    components(schemas(acct_api::ErrorEnvelope, acct_api::ErrorCode, acct_api::PasswordProblem)),
    modifiers(&Bearer, &StandardErrors)
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

/// The error answers every operation of a kind can give, added where a handler's own
/// annotation does not already name them, so generated clients and schemathesis see
/// every status the service really sends (issue 12): bodies can be malformed (400),
/// too large (413) or refused (422); bearer operations answer 401 without a valid
/// token; staff operations 403 without the role; sensitive ones 403 `reauth_required`
/// for a stale session; a path ID can name nothing (404); code and password steps are
/// rate limited (429) or locked (423), with `Retry-After`.
struct StandardErrors;

impl Modify for StandardErrors {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        for (path, item) in openapi.paths.paths.iter_mut() {
            let ops = [
                ("get", item.get.as_mut()),
                ("post", item.post.as_mut()),
                ("delete", item.delete.as_mut()),
                ("put", item.put.as_mut()),
                ("patch", item.patch.as_mut()),
            ];
            for (method, op) in ops {
                if let Some(op) = op {
                    for (status, why) in standard_errors(path, method, op) {
                        let entry = op.responses.responses.entry(status.to_string());
                        let response =
                            entry.or_insert_with(|| RefOr::T(error_response(status, why)));
                        // A handler's own entry keeps its body but gets the reason.
                        if let RefOr::T(response) = response {
                            if response.description.is_empty() {
                                response.description = why.to_string();
                            }
                        }
                    }
                    for (status, response) in op.responses.responses.iter_mut() {
                        if let RefOr::T(response) = response {
                            settle(status, response);
                        }
                    }
                    if let Some(role) = role_needed(path) {
                        let said = op.description.take().unwrap_or_default();
                        op.description = Some(
                            format!("{said}\n\nNeeds a bearer token of an account with {role}.")
                                .trim_start()
                                .to_string(),
                        );
                    }
                }
            }
        }
    }
}

/// The statuses an operation can answer besides the ones its handler documents.
fn standard_errors(path: &str, method: &str, op: &Operation) -> Vec<(u16, &'static str)> {
    let mut out = Vec::new();
    let params = op.parameters.as_deref().unwrap_or_default();
    if op.request_body.is_some() {
        out.push((400, "The body is not valid JSON of this shape."));
        out.push((413, "The body is larger than the service accepts."));
        out.push((
            422,
            "The input was refused; `error.message` says why and what to do.",
        ));
    } else if params
        .iter()
        .any(|p| matches!(p.parameter_in, ParameterIn::Query))
    {
        out.push((400, "A query parameter is malformed."));
    }
    if op.security.as_ref().is_some_and(|s| !s.is_empty()) {
        out.push((401, "No valid access token: sign in again."));
        if path.starts_with("/v1/support") || path.starts_with("/v1/admin") {
            out.push((403, "The account does not have the staff role this needs."));
        }
    }
    let sensitive = path.starts_with("/v1/me/password")
        || path.starts_with("/v1/me/2sv")
        || path.starts_with("/v1/devices")
        || path == "/v1/recovery/cancel";
    let get = method == "get";
    if sensitive && !get {
        out.push((
            403,
            "`reauth_required`: the session is too old for this; re-authenticate first.",
        ));
    }
    if params
        .iter()
        .any(|p| matches!(p.parameter_in, ParameterIn::Path))
    {
        out.push((404, "Nothing has that ID (or it is not yours)."));
    }
    let post = method == "post";
    let code_step = (post && (path.starts_with("/v1/flows") || path.starts_with("/v1/recovery")))
        || path == "/v1/email/verify";
    let password_step =
        (post && (path == "/v1/flows" || path == "/v1/flows/{id}")) || (sensitive && !get);
    if code_step || password_step {
        out.push((
            429,
            "A limit was reached (codes sent, wrong codes, second-factor tries); `Retry-After` says when to try again.",
        ));
    }
    if password_step {
        out.push((
            423,
            "Password sign-in is locked for a while after failures; `Retry-After` says until when.",
        ));
    }
    if path.starts_with("/v1/flows/{id}") {
        out.push((409, "The flow changed meanwhile, or is already complete."));
    }
    out
}

fn error_response(status: u16, description: &str) -> Response {
    let mut response = ResponseBuilder::new().description(description).content(
        "application/json",
        ContentBuilder::new()
            .schema(Some(Ref::from_schema_name("ErrorEnvelope")))
            .build(),
    );
    if matches!(status, 423 | 429) {
        response = response.header("Retry-After", retry_after());
    }
    response.build()
}

/// Every answer says what it means, and every 423/429 names its `Retry-After`.
fn settle(status: &str, response: &mut Response) {
    if response.description.is_empty() {
        response.description = match status {
            "200" => "Success; the body is the result.",
            "202" => "Accepted.",
            "204" => "Done; no body.",
            "400" => "The request is malformed.",
            "401" => "No valid access token: sign in again.",
            "403" => "Not allowed for this account or session.",
            "404" => "Nothing has that ID (or it is not yours).",
            "409" => "The request conflicts with the current state.",
            "422" => "The input was refused; `error.message` says why and what to do.",
            "423" => "Password sign-in is locked for a while; `Retry-After` says until when.",
            "429" => "A limit was reached; `Retry-After` says when to try again.",
            _ => "See `error.code`.",
        }
        .to_string();
    }
    if matches!(status, "423" | "429") {
        response
            .headers
            .entry("Retry-After".into())
            .or_insert_with(retry_after);
    }
}

fn retry_after() -> Header {
    HeaderBuilder::new()
        .schema(ObjectBuilder::new().schema_type(Type::Integer))
        .description(Some("Seconds until the request may be tried again."))
        .build()
}

/// The staff role a support operation needs (the domain checks it: 403 `forbidden`).
fn role_needed(path: &str) -> Option<&'static str> {
    if path.ends_with("/mark-compromised") || path.starts_with("/v1/admin") {
        Some("the `admin` role")
    } else if path.starts_with("/v1/support") {
        Some("the `support` or `admin` role")
    } else {
        None
    }
}

/// The document as JSON, with the request constraints and links the derive cannot
/// express added.
pub fn document() -> serde_json::Value {
    let mut doc = serde_json::to_value(ApiDoc::openapi()).unwrap_or_default();
    super::openapi_contract::refine(&mut doc);
    super::openapi_links::add_links(&mut doc);
    doc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_request_constraint_names_a_real_property() {
        let mut doc = serde_json::to_value(ApiDoc::openapi()).unwrap_or_default();
        let reached = super::super::openapi_contract::refine(&mut doc);
        assert!(!reached.is_empty());
        assert!(reached.iter().all(|&n| n > 0), "{reached:?}");
    }

    #[test]
    fn every_link_joins_two_real_operations() {
        let mut doc = serde_json::to_value(ApiDoc::openapi()).unwrap_or_default();
        let missing = super::super::openapi_links::add_links(&mut doc);
        assert!(missing.is_empty(), "{missing:?}");
    }

    #[test]
    fn operation_ids_are_unique() {
        let doc = document();
        let mut seen = std::collections::BTreeSet::new();
        for item in doc["paths"]
            .as_object()
            .into_iter()
            .flat_map(|p| p.values())
        {
            for op in item.as_object().into_iter().flat_map(|o| o.values()) {
                let id = op["operationId"].as_str().unwrap_or_default().to_string();
                assert!(seen.insert(id.clone()), "{id} twice");
            }
        }
    }
}
