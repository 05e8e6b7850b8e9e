//! OpenAPI `links`: how one answer feeds the next request, so generated clients and
//! schemathesis' stateful phase follow the flows a person would (start a flow →
//! answer its step → refresh the session it made → sign out; list devices → sign
//! one out; list activity → report an event; find an account → act on it; list apps → revoke
//! one; create or list clients → act on one).

use serde_json::{json, Value};

/// (operation, status, link name, target operation, parameters, request body).
type Link = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    Value,
    Option<Value>,
);

fn links() -> Vec<Link> {
    let flow_id = || json!({"id": "$response.body#/flow_id"});
    let mut out: Vec<Link> = Vec::new();
    for (from, status) in [
        ("start", "200"),
        ("read", "200"),
        ("advance", "200"),
        ("resend", "200"),
        ("verify_email", "200"),
    ] {
        out.push((from, status, "AnswerStep", "advance", flow_id(), None));
        out.push((from, status, "ReadFlow", "read", flow_id(), None));
        out.push((from, status, "ResendCode", "resend", flow_id(), None));
        out.push((from, status, "CancelFlow", "cancel_flow", flow_id(), None));
    }
    for from in ["start", "advance"] {
        out.push((
            from,
            "200",
            "RefreshSession",
            "refresh",
            json!({}),
            Some(json!({"refresh_token": "$response.body#/result/session/refresh_token"})),
        ));
        out.push((
            from,
            "200",
            "TicketStatus",
            "ticket_status",
            json!({"id": "$response.body#/result/ticket/ticket_id"}),
            Some(json!({"status_secret": "$response.body#/result/ticket/status_secret"})),
        ));
    }
    out.push((
        "refresh",
        "200",
        "RefreshAgain",
        "refresh",
        json!({}),
        Some(json!({"refresh_token": "$response.body#/refresh_token"})),
    ));
    out.push(("refresh", "200", "SignOut", "logout", json!({}), None));
    out.push((
        "devices",
        "200",
        "SignOutDevice",
        "sign_out_device",
        json!({"id": "$response.body#/0/device_id"}),
        None,
    ));
    out.push((
        "activity",
        "200",
        "NextPage",
        "activity",
        json!({"cursor": "$response.body#/next_cursor"}),
        None,
    ));
    out.push((
        "activity",
        "200",
        "ReportEvent",
        "report",
        json!({"id": "$response.body#/items/0/id"}),
        None,
    ));
    let account = || json!({"id": "$response.body#/0/account_id"});
    for to in [
        "show",
        "lock",
        "unlock",
        "sign_out",
        "mark_compromised",
        "staff_activity",
        "staff_export",
    ] {
        out.push(("search", "200", to, to, account(), None));
    }
    for to in ["ticket", "claim", "approve", "reject", "note"] {
        let id = json!({"id": "$response.body#/0/ticket_id"});
        out.push(("tickets", "200", to, to, id, None));
    }
    for to in ["claim", "approve", "reject", "note"] {
        let id = json!({"id": "$response.body#/ticket_id"});
        out.push(("ticket", "200", to, to, id, None));
    }
    out.push((
        "apps",
        "200",
        "RevokeApp",
        "revoke_app",
        json!({"client_id": "$response.body#/items/0/client_id"}),
        None,
    ));
    for to in [
        "show_client",
        "update_client",
        "rotate_secret",
        "delete_client",
    ] {
        let first = json!({"id": "$response.body#/items/0/client_id"});
        out.push(("list_clients", "200", to, to, first, None));
        let made = json!({"id": "$response.body#/client_id"});
        out.push(("create_client", "201", to, to, made, None));
    }
    out
}

/// Adds the links to the responses of `doc`; returns the links whose source or
/// target operation is missing (a test keeps this empty).
pub(super) fn add_links(doc: &mut Value) -> Vec<String> {
    let mut ops = std::collections::BTreeSet::new();
    if let Some(paths) = doc.get("paths").and_then(Value::as_object) {
        for item in paths.values().filter_map(Value::as_object) {
            for op in item.values() {
                if let Some(id) = op.get("operationId").and_then(Value::as_str) {
                    ops.insert(id.to_string());
                }
            }
        }
    }
    let mut missing = Vec::new();
    for (from, status, name, to, parameters, body) in links() {
        if !ops.contains(to) {
            missing.push(format!("{from} → {to}"));
            continue;
        }
        let Some(response) = response_mut(doc, from, status) else {
            missing.push(format!("{from} {status} → {to}"));
            continue;
        };
        let mut link = json!({"operationId": to});
        if parameters.as_object().is_some_and(|p| !p.is_empty()) {
            link["parameters"] = parameters;
        }
        if let Some(body) = body {
            link["requestBody"] = body;
        }
        if let Some(obj) = response.as_object_mut() {
            let links = obj.entry("links").or_insert_with(|| json!({}));
            links[name] = link;
        }
    }
    missing
}

fn response_mut<'a>(doc: &'a mut Value, operation: &str, status: &str) -> Option<&'a mut Value> {
    let paths = doc.get_mut("paths")?.as_object_mut()?;
    paths
        .values_mut()
        .filter_map(Value::as_object_mut)
        .flat_map(|item| item.values_mut())
        .find(|op| op.get("operationId").and_then(Value::as_str) == Some(operation))?
        .pointer_mut(&format!("/responses/{status}"))
}
