//! What the derive cannot say about the requests, added to the generated document:
//! the patterns and lengths the service enforces on logins, phones, emails and codes,
//! the requests that take exactly one of some fields (`oneOf`), and the closed shape of
//! every `StartFlow` variant (the service refuses unknown fields there too).
//!
//! Kept here, by schema and property name, rather than as attributes on the
//! `acct-api` fields, so the wire types stay plain; a test checks every entry still
//! names a real property. What no schema can say (whether a number is a real phone,
//! whether a password passes the policy, whether a code is right) answers 422 with
//! `error.code` saying why.

use serde_json::{json, Map, Value};

/// E.164 with the separators people paste (`+86 138-1234 5678`); acctd checks the
/// number itself (422 `invalid_phone`).
const PHONE: &str = r"^\s*\+[0-9][0-9 ().-]*\s*$";
/// An address with a dotted domain; acctd checks the rest (422 `invalid_email`).
const EMAIL: &str = r"^\s*[^\s@]+@[^\s@]+\.[^\s@]+\s*$";
/// An 8-10 digit account ID, a `+E164` phone or an email (422 `invalid_login`).
const LOGIN: &str = r"^\s*(?:[0-9]{8,10}|\+[0-9][0-9 ().-]*|[^\s@]+@[^\s@]+\.[^\s@]+)\s*$";
/// A code sent by text or email (`limits.code_digits`, 6 by default).
const CODE: &str = r"^\s*[0-9]{4,10}\s*$";
/// An authenticator's current code.
const TOTP: &str = r"^\s*[0-9]{6,8}\s*$";
/// A one-time recovery code as shown (`3f2a9-c01b7`), dash optional.
const RECOVERY_CODE: &str = r"^\s*[0-9A-Fa-f]{5}[- ]?[0-9A-Fa-f]{5}\s*$";
/// What deletion asks the user to type: the account ID.
const ACCOUNT_ID: &str = r"^\s*[0-9]{8,10}\s*$";

/// What a client may be allowed and how its ID tokens are signed (domain/oauth).
const SCOPES: &[&str] = crate::domain::oauth::KNOWN_SCOPES;
const ALGORITHMS: &[&str] = crate::domain::oauth::ALGORITHMS;

fn text(pattern: &str, max_length: u64) -> Value {
    json!({"pattern": pattern, "maxLength": max_length})
}

/// How a constraint applies to a property.
enum Apply {
    /// To the property's own schema.
    Value(Value),
    /// To each item of an array property.
    Each(Value),
}

/// (schema, property, constraint). For `StartFlow` the property of every variant
/// that has it.
fn constraints() -> Vec<(&'static str, &'static str, Apply)> {
    use Apply::{Each, Value as V};
    let phone = || text(PHONE, 32);
    let email = || text(EMAIL, 254);
    vec![
        ("StartFlow", "phone", V(phone())),
        ("StartFlow", "email", V(email())),
        ("StartFlow", "new_phone", V(phone())),
        ("StartFlow", "contact_email", V(email())),
        ("StartFlow", "login", V(text(LOGIN, 254))),
        ("FlowInput", "code", V(text(CODE, 16))),
        ("FlowInput", "totp", V(text(TOTP, 16))),
        ("FlowInput", "recovery_code", V(text(RECOVERY_CODE, 32))),
        ("FlowInput", "phone", V(phone())),
        ("FlowInput", "email", V(email())),
        ("FlowInput", "confirmation", V(text(ACCOUNT_ID, 16))),
        ("PasswordChange", "totp", V(text(TOTP, 16))),
        (
            "PasswordChange",
            "recovery_code",
            V(text(RECOVERY_CODE, 32)),
        ),
        ("TwoStepChange", "totp", V(text(TOTP, 16))),
        ("TwoStepChange", "recovery_code", V(text(RECOVERY_CODE, 32))),
        // The service takes the tags case-insensitively and answers the canonical one.
        (
            "LanguageSetting",
            "language",
            V(json!({"enum": ["en", "zh-Hans"]})),
        ),
        ("FindId", "phone", V(phone())),
        ("FindId", "email", V(email())),
        (
            "Evidence",
            "signup_month",
            V(json!({"pattern": r"^[0-9]{4}-(?:0[1-9]|1[0-2])$"})),
        ),
        ("Evidence", "previous_phones", Each(phone())),
        ("Evidence", "previous_phones", V(json!({"maxItems": 50}))),
        ("Evidence", "devices", V(json!({"maxItems": 50}))),
        ("Evidence", "places", V(json!({"maxItems": 50}))),
        // A client's name, scopes and signing algorithm (422 `invalid_input` with
        // `details.field` otherwise); redirect URIs are checked by rule (https, or http
        // on loopback, or a reverse-domain scheme), which no pattern says well.
        (
            "ClientCreate",
            "name",
            V(json!({"minLength": 1, "maxLength": 80})),
        ),
        ("ClientCreate", "redirect_uris", V(json!({"minItems": 1}))),
        ("ClientCreate", "scopes", Each(json!({"enum": SCOPES}))),
        (
            "ClientCreate",
            "id_token_alg",
            V(json!({"enum": ALGORITHMS})),
        ),
        (
            "ClientUpdate",
            "name",
            V(json!({"minLength": 1, "maxLength": 80})),
        ),
        ("ClientUpdate", "redirect_uris", V(json!({"minItems": 1}))),
        ("ClientUpdate", "scopes", Each(json!({"enum": SCOPES}))),
        (
            "ClientUpdate",
            "id_token_alg",
            V(json!({"enum": ALGORITHMS})),
        ),
        // The link's token is `FLOW.SECRET`; the whole link works too.
        (
            "EmailVerify",
            "token",
            V(json!({"pattern": r"\.", "minLength": 3, "maxLength": 2048})),
        ),
    ]
}

/// An RFC 3339 time (acctd also checks the day exists in its month: 400 otherwise).
const TIME: &str = r"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\.[0-9]{1,9})?(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])$";

/// Query parameters by name, on every operation that has them.
fn parameter_constraints() -> Vec<(&'static str, Value)> {
    vec![
        ("since", json!({"pattern": TIME})),
        ("until", json!({"pattern": TIME})),
        // An event ID, from the previous page's `next_cursor`.
        ("cursor", json!({"pattern": r"^[+-]?[0-9]+$"})),
    ]
}

fn constrain_parameters(doc: &mut Value) {
    let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) else {
        return;
    };
    let table = parameter_constraints();
    for op in paths
        .values_mut()
        .filter_map(Value::as_object_mut)
        .flat_map(|i| i.values_mut())
    {
        let export = matches!(
            op.get("operationId").and_then(Value::as_str),
            Some("export" | "staff_export")
        );
        let Some(params) = op.get_mut("parameters").and_then(Value::as_array_mut) else {
            continue;
        };
        // The export reads everything from one cursor: paging parameters do not apply
        // (and are ignored, so documenting them would promise a refusal).
        if export {
            params.retain(|p| {
                !matches!(
                    p.get("name").and_then(Value::as_str),
                    Some("cursor" | "limit")
                )
            });
        }
        for param in params.iter_mut() {
            let name = param
                .get("name")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string();
            for (_, c) in table.iter().filter(|(n, _)| *n == name) {
                if let Some(schema) = param.get_mut("schema") {
                    merge(schema, c);
                }
            }
        }
    }
}

/// `oneOf` branches: each names a property that must be present with this schema.
fn exactly_one(branches: &[(&str, Value)]) -> Value {
    Value::Array(
        branches
            .iter()
            .map(|(name, schema)| json!({"required": [name], "properties": {*name: schema}}))
            .collect(),
    )
}

/// Adds the constraints to `doc`; returns how many properties each entry reached.
pub(super) fn refine(doc: &mut Value) -> Vec<usize> {
    let Some(schemas) = doc
        .pointer_mut("/components/schemas")
        .and_then(Value::as_object_mut)
    else {
        return Vec::new();
    };
    let reached = constraints()
        .into_iter()
        .map(|(schema, property, apply)| {
            let Some(node) = schemas.get_mut(schema) else {
                return 0;
            };
            objects(node)
                .into_iter()
                .filter_map(|o| o.get_mut("properties")?.get_mut(property))
                .map(|p| match &apply {
                    Apply::Value(c) => merge(p, c),
                    Apply::Each(c) => {
                        if let Some(items) = p.get_mut("items") {
                            merge(items, c);
                        }
                    }
                })
                .count()
        })
        .collect();
    let string = json!({"type": "string"});
    // Find-my-ID and sign-up name one contact, never both (422 `invalid_input`).
    let contact = exactly_one(&[("phone", string.clone()), ("email", string)]);
    if let Some(find_id) = schemas.get_mut("FindId").and_then(Value::as_object_mut) {
        find_id.insert("oneOf".into(), contact.clone());
    }
    if let Some(variants) = schemas
        .get_mut("StartFlow")
        .and_then(|s| s.get_mut("oneOf"))
        .and_then(Value::as_array_mut)
    {
        for variant in variants.iter_mut() {
            let is_signup = variant.pointer("/properties/kind/enum/0") == Some(&json!("signup"));
            let Some(variant) = variant.as_object_mut() else {
                continue;
            };
            if is_signup {
                variant.insert("oneOf".into(), contact.clone());
            }
            variant.insert("additionalProperties".into(), Value::Bool(false));
        }
    }
    // Sign-out names devices, or `others`, or `all`: exactly one (422 `invalid_input`).
    if let Some(sign_out) = schemas
        .get_mut("SignOutRequest")
        .and_then(Value::as_object_mut)
    {
        let choice = exactly_one(&[
            ("device_ids", json!({"type": "array", "minItems": 1})),
            ("others", json!({"const": true})),
            ("all", json!({"const": true})),
        ]);
        sign_out.insert("oneOf".into(), choice);
    }
    constrain_parameters(doc);
    unsigned_32(doc);
    reached
}

/// utoipa documents a `u32` as `int32` from 0, which caps it at 2^31 - 1; the service
/// takes up to 2^32 - 1, so a value between would look invalid and still be served.
fn unsigned_32(node: &mut Value) {
    match node {
        Value::Object(map) => {
            let is_u32 =
                map.get("format") == Some(&json!("int32")) && map.get("minimum") == Some(&json!(0));
            if is_u32 {
                map.remove("format");
                map.insert("maximum".into(), json!(u32::MAX));
            }
            map.values_mut().for_each(unsigned_32);
        }
        Value::Array(items) => items.iter_mut().for_each(unsigned_32),
        _ => {}
    }
}

/// The object schemas of a component: itself, or each variant of a `oneOf`.
fn objects(node: &mut Value) -> Vec<&mut Map<String, Value>> {
    if node.get("oneOf").is_some() {
        node.get_mut("oneOf")
            .and_then(Value::as_array_mut)
            .map(|v| v.iter_mut().filter_map(Value::as_object_mut).collect())
            .unwrap_or_default()
    } else {
        node.as_object_mut().into_iter().collect()
    }
}

fn merge(target: &mut Value, extra: &Value) {
    if let (Some(t), Some(e)) = (target.as_object_mut(), extra.as_object()) {
        for (k, v) in e {
            t.insert(k.clone(), v.clone());
        }
    }
}
