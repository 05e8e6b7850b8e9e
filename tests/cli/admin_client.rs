//! `acctl admin client …`: an admin registers, lists, shows, changes, rotates and
//! deletes clients; the secret is printed once; everyone else exits 4; bad input
//! and static clients are refused with the rule or the place to change it.

use crate::apps::grant;
use crate::staff::grant as grant_role;
use crate::support::Sandbox;

const REDIRECT: &str = "https://wiki.example/cb";

/// An account with the admin role, signed in to `default`.
fn admin(sb: &Sandbox, phone: &str) -> String {
    let id = sb.signup(phone);
    grant_role(sb, &id, "admin");
    id
}

#[test]
fn without_the_admin_role_every_client_command_exits_4() {
    let sb = Sandbox::new();
    let id = sb.signup("+8613812345911");
    let out = sb.cmd(&["admin", "client", "list"]).run().exit(4);
    assert!(out.stderr.contains("admin role"), "{}", out.dump());
    assert!(out.stderr.contains("acctd staff grant"), "{}", out.dump());
    grant_role(&sb, &id, "support");
    let refused: [&[&str]; 4] = [
        &[
            "admin",
            "client",
            "create",
            "--name",
            "W",
            "--redirect-uri",
            REDIRECT,
        ],
        &["admin", "client", "show", "acctl"],
        &["admin", "client", "rotate-secret", "acctl"],
        &["admin", "client", "delete", "acctl", "--yes"],
    ];
    for args in refused {
        sb.cmd(args).run().exit(4).stderr_has("admin role");
    }
}

#[test]
fn an_admin_registers_a_client_people_sign_in_to_and_manages_it() {
    let sb = Sandbox::new();
    admin(&sb, "+8613912345912");
    // Human output: the ID and the secret on stdout, the warning on stderr.
    let made = sb
        .cmd(&[
            "admin",
            "client",
            "create",
            "--name",
            "Team Wiki",
            "--redirect-uri",
            REDIRECT,
        ])
        .run()
        .ok()
        .stderr_has("shown only now")
        .stdout_has("client_secret");
    assert!(made.stdout.contains("acct_cs_"), "{}", made.dump());
    // JSON: the client and `client_secret`, once.
    let made = sb
        .cmd(&[
            "admin",
            "client",
            "create",
            "--name",
            "Wiki",
            "--redirect-uri",
            REDIRECT,
            "--scope",
            "openid",
            "--scope",
            "email",
            "--json",
        ])
        .run()
        .ok()
        .json();
    let id = made["client_id"].as_str().unwrap().to_string();
    let secret = made["client_secret"].as_str().unwrap().to_string();
    assert_eq!(made["public"], false);
    assert_eq!(made["scopes"], serde_json::json!(["openid", "email"]));

    let shown = sb
        .cmd(&["admin", "client", "show", &id, "--json"])
        .run()
        .ok();
    assert!(shown.json().get("client_secret").is_none());
    assert!(!shown.stdout.contains(&secret));
    let listed = sb
        .cmd(&["admin", "client", "list", "--json"])
        .run()
        .ok()
        .json();
    let ids: Vec<&str> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["client_id"].as_str().unwrap())
        .collect();
    assert!(
        ids.contains(&id.as_str()) && ids.contains(&"acctl"),
        "{ids:?}"
    );
    sb.cmd(&["admin", "client", "list"])
        .run()
        .ok()
        .stdout_has("Wiki");

    let changed = sb
        .cmd(&[
            "admin",
            "client",
            "update",
            &id,
            "--name",
            "Wiki 2",
            "--add-redirect-uri",
            "https://wiki2.example/cb",
            "--json",
        ])
        .run()
        .ok()
        .json();
    assert_eq!(changed["name"], "Wiki 2");
    assert_eq!(
        changed["redirect_uris"],
        serde_json::json!([REDIRECT, "https://wiki2.example/cb"])
    );

    // Someone signs in with it; a new secret retires the old one at the token endpoint.
    let user = "+8613812345912";
    sb.cmd(&["logout"]).run().ok();
    sb.signup(user);
    let tokens = grant(&sb, (id.as_str(), secret.as_str()), REDIRECT, user);
    sb.cmd(&["logout"]).run().ok();
    sb.login("default", "+8613912345912");
    let rotated = sb
        .cmd(&["admin", "client", "rotate-secret", &id, "--json"])
        .run()
        .ok();
    let rotated = rotated.stderr_has("shown only now").json();
    let new_secret = rotated["client_secret"].as_str().unwrap();
    assert_ne!(new_secret, secret);
    let refresh = [
        ("grant_type", "refresh_token"),
        ("refresh_token", tokens.refresh_token.as_str()),
    ];
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let (old, _) = rt.block_on(
        sb.server()
            .token_request((id.as_str(), secret.as_str()), &refresh),
    );
    assert_eq!(old, 401);

    sb.cmd(&["admin", "client", "delete", &id, "--yes"])
        .run()
        .ok()
        .stderr_has("every grant and token");
    let (after, _) = rt.block_on(
        sb.server()
            .token_request((id.as_str(), new_secret), &refresh),
    );
    assert_eq!(after, 401);
    sb.cmd(&["admin", "client", "show", &id])
        .run()
        .exit(5)
        .stderr_has("acctl admin client list");
}

#[test]
fn bad_input_and_static_clients_are_refused_with_what_to_do() {
    let sb = Sandbox::new();
    admin(&sb, "+8613912345913");
    let bad = sb
        .cmd(&[
            "admin",
            "client",
            "create",
            "--name",
            "W",
            "--redirect-uri",
            "http://wiki.example/cb",
        ])
        .run()
        .exit(6);
    assert!(bad.stderr.contains("loopback"), "{}", bad.dump());
    sb.cmd(&[
        "admin",
        "client",
        "create",
        "--name",
        "W",
        "--redirect-uri",
        REDIRECT,
        "--scope",
        "admin",
    ])
    .run()
    .exit(6)
    .stderr_has("unknown scope");
    // clap: a redirect URI is required.
    sb.cmd(&["admin", "client", "create", "--name", "W"])
        .run()
        .exit(2);
    sb.cmd(&["admin", "client", "update", "acctl"])
        .run()
        .exit(2)
        .stderr_has("nothing to change");
    let fixed = sb
        .cmd(&["admin", "client", "update", "acctl", "--name", "x"])
        .run()
        .exit(6);
    assert!(fixed.stderr.contains("read-only"), "{}", fixed.dump());
    assert!(!fixed.stderr.contains("service failed"), "{}", fixed.dump());
    sb.cmd(&["admin", "client", "delete", "acctl", "--yes"])
        .run()
        .exit(6);
    sb.cmd(&["admin", "client", "rotate-secret", "acctl"])
        .run()
        .exit(6);
    sb.cmd(&["admin", "client", "show", "nope"]).run().exit(5);
}
