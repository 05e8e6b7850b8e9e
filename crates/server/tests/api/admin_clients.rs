//! `/v1/admin/clients`: admins register clients; everyone else is refused. The
//! secret is shown once and stored only as its hash; rotating it retires the old one
//! at the token endpoint; static clients are read-only; every change is audited.

use acct_api::{AuditQuery, ClientCreate, ClientUpdate, ErrorCode};
use acct_client::ClientError;
use acctd::domain::oauth::StaticClient;
use sqlx::Row;

use crate::support::*;

const ADMIN_PHONE: &str = "+8613912345620";
const USER_PHONE: &str = "+8613812345620";
const REDIRECT: &str = "https://wiki.example/cb";

async fn server() -> TestServer {
    TestServer::with(|c| {
        c.oidc.clients = vec![StaticClient {
            id: "from-config".into(),
            name: "Config App".into(),
            secret: None,
            redirect_uris: vec!["http://127.0.0.1/cb".into()],
            post_logout_redirect_uris: Vec::new(),
            scopes: Vec::new(),
            id_token_alg: None,
        }]
    })
    .await
}

async fn admin(s: &TestServer) -> acct_api::Session {
    let a = s.signup_phone(ADMIN_PHONE, Some(PASSWORD)).await;
    s.grant(&a.account_id, "admin").await;
    a
}

fn wiki() -> ClientCreate {
    ClientCreate {
        name: "Team Wiki".into(),
        redirect_uris: vec![REDIRECT.into()],
        ..ClientCreate::default()
    }
}

fn details(e: ClientError) -> (ErrorCode, String, serde_json::Value) {
    match e {
        ClientError::Api { body, .. } => (
            body.code,
            body.message,
            body.details.unwrap_or(serde_json::Value::Null),
        ),
        other => panic!("not an API error: {other}"),
    }
}

#[tokio::test]
async fn only_admins_reach_the_registry() {
    let s = server().await;
    let user = s.signup_phone(USER_PHONE, None).await;
    let support = s.signup_phone(ADMIN_PHONE, None).await;
    s.grant(&support.account_id, "support").await;
    for session in [&user, &support] {
        let c = s.authed(session);
        let e = error_of(c.clients().await);
        assert_eq!(e.code(), Some(ErrorCode::Forbidden));
        assert!(e.to_string().contains("admin role"), "{e}");
        assert_eq!(
            code_of(c.create_client(&wiki()).await),
            ErrorCode::Forbidden
        );
        assert_eq!(code_of(c.client("acctl").await), ErrorCode::Forbidden);
        let update = ClientUpdate::default();
        assert_eq!(
            code_of(c.update_client("acctl", &update).await),
            ErrorCode::Forbidden
        );
        assert_eq!(
            code_of(c.rotate_client_secret("acctl").await),
            ErrorCode::Forbidden
        );
        assert_eq!(
            code_of(c.delete_client("acctl").await),
            ErrorCode::Forbidden
        );
    }
    assert_eq!(
        code_of(s.client.clients().await),
        ErrorCode::Unauthenticated
    );
}

#[tokio::test]
async fn the_secret_is_shown_once_stored_as_a_hash_and_rotation_retires_it() {
    let s = server().await;
    let a = admin(&s).await;
    let c = s.authed(&a);
    // 201 with the secret, on the wire.
    let r = reqwest::Client::new()
        .post(format!("{}/v1/admin/clients", s.url))
        .bearer_auth(a.access_token.expose())
        .json(&wiki())
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 201);
    let made: acct_api::CreatedClient = r.json().await.unwrap();
    let id = made.client.client_id.clone();
    let secret = made.client_secret.clone().expect("a secret").into_exposed();
    assert!(!made.client.public);
    assert_eq!(made.client.source, "admin");
    assert_eq!(made.client.scopes, ["openid", "profile", "email", "phone"]);
    assert!(secret
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
    // Never again: not in show or list, and only its hash in the database.
    let shown = serde_json::to_string(&c.client(&id).await.unwrap()).unwrap();
    let listed = serde_json::to_string(&c.clients().await.unwrap()).unwrap();
    assert!(!shown.contains(&secret) && !shown.contains("client_secret"));
    assert!(!listed.contains(&secret));
    let mut db = s.db().await;
    let stored: Option<String> = sqlx::query("SELECT secret_hash FROM oauth_clients WHERE id = $1")
        .bind(&id)
        .fetch_one(&mut db)
        .await
        .unwrap()
        .try_get("secret_hash")
        .unwrap();
    assert_eq!(stored, Some(acctd::secret::token_hash(&secret)));

    // The secret works at the token endpoint, until it is rotated.
    let user = s.signup_phone(USER_PHONE, Some(PASSWORD)).await;
    let tokens = s
        .app_sign_in(
            (id.as_str(), secret.as_str()),
            REDIRECT,
            "openid",
            (USER_PHONE, PASSWORD),
        )
        .await;
    let rotated = c.rotate_client_secret(&id).await.unwrap();
    let new_secret = rotated.client_secret.into_exposed();
    assert_ne!(new_secret, secret);
    let refresh = [
        ("grant_type", "refresh_token"),
        ("refresh_token", tokens.refresh_token.as_str()),
    ];
    let (status, body) = s
        .token_request((id.as_str(), secret.as_str()), &refresh)
        .await;
    assert_eq!(status, 401, "{body}");
    assert_eq!(body["error"], "invalid_client");
    let (status, body) = s
        .token_request((id.as_str(), new_secret.as_str()), &refresh)
        .await;
    assert_eq!(status, 200, "{body}");

    // Deleting it ends the user's grant and tokens.
    let access = body["access_token"].as_str().unwrap().to_string();
    assert_eq!(s.userinfo_status(&access).await, 200);
    c.delete_client(&id).await.unwrap();
    assert_eq!(s.userinfo_status(&access).await, 401);
    assert!(s.authed(&user).apps().await.unwrap().items.is_empty());
    assert_eq!(code_of(c.client(&id).await), ErrorCode::NotFound);

    // Every change is in the audit log, by this admin, naming the client.
    let audit = c
        .staff_audit(&AuditQuery {
            actor: Some(a.account_id.clone()),
            ..AuditQuery::default()
        })
        .await
        .unwrap();
    let reason = format!("client {id}");
    for action in ["client.create", "client.rotate_secret", "client.delete"] {
        assert!(
            audit
                .iter()
                .any(|e| e.action == action && e.reason.as_deref() == Some(reason.as_str())),
            "{action} not audited: {audit:?}"
        );
    }
}

#[tokio::test]
async fn updates_validate_by_field_and_static_clients_are_read_only() {
    let s = server().await;
    let a = admin(&s).await;
    let c = s.authed(&a);
    let bad = ClientCreate {
        redirect_uris: vec!["http://wiki.example/cb".into()],
        ..wiki()
    };
    let (code, message, d) = details(error_of(c.create_client(&bad).await));
    assert_eq!(code, ErrorCode::InvalidInput);
    assert_eq!(d["field"], "redirect_uris");
    assert!(message.contains("loopback"), "{message}");
    let bad = ClientCreate {
        scopes: Some(vec!["admin".into()]),
        ..wiki()
    };
    assert_eq!(
        details(error_of(c.create_client(&bad).await)).2["field"],
        "scopes"
    );
    let bad = ClientCreate {
        name: "   ".into(),
        ..wiki()
    };
    assert_eq!(
        details(error_of(c.create_client(&bad).await)).2["field"],
        "name"
    );

    let public = c
        .create_client(&ClientCreate {
            public: true,
            redirect_uris: vec!["http://127.0.0.1/cb".into()],
            ..wiki()
        })
        .await
        .unwrap();
    assert!(public.client_secret.is_none() && public.client.public);
    let id = public.client.client_id;
    let changed = c
        .update_client(
            &id,
            &ClientUpdate {
                name: Some("Wiki 2".into()),
                scopes: Some(vec!["email".into()]),
                id_token_alg: Some("ES256".into()),
                ..ClientUpdate::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(changed.name, "Wiki 2");
    assert_eq!(changed.scopes, ["openid", "email"]);
    assert_eq!(changed.id_token_alg, "ES256");
    assert_eq!(changed.redirect_uris, ["http://127.0.0.1/cb"]);
    let empty = ClientUpdate {
        redirect_uris: Some(Vec::new()),
        ..ClientUpdate::default()
    };
    assert_eq!(
        details(error_of(c.update_client(&id, &empty).await)).2["field"],
        "redirect_uris"
    );
    // A public client has no secret to rotate.
    assert_eq!(
        code_of(c.rotate_client_secret(&id).await),
        ErrorCode::Conflict
    );
    let audit = c.staff_audit(&AuditQuery::default()).await.unwrap();
    assert!(audit.iter().any(|e| e.action == "client.update"));

    // Static clients list but do not change: 409 saying where they are kept.
    let all = c.clients().await.unwrap().items;
    assert!(all
        .iter()
        .any(|x| x.client_id == "acctl" && x.source == "builtin"));
    assert!(all
        .iter()
        .any(|x| x.client_id == "from-config" && x.source == "config"));
    let rename = ClientUpdate {
        name: Some("x".into()),
        ..ClientUpdate::default()
    };
    let (code, message, _) = details(error_of(c.update_client("from-config", &rename).await));
    assert_eq!(code, ErrorCode::Conflict);
    assert!(message.contains("config file"), "{message}");
    assert_eq!(
        code_of(c.delete_client("from-config").await),
        ErrorCode::Conflict
    );
    assert_eq!(code_of(c.delete_client("acctl").await), ErrorCode::Conflict);
    assert_eq!(
        code_of(c.update_client("acctl", &rename).await),
        ErrorCode::Conflict
    );
    assert_eq!(
        code_of(c.client("no-such-client").await),
        ErrorCode::NotFound
    );
}
