//! `acctl activity --all` and `acctl support account activity ID --all` read the
//! streamed export: the same events, in the same order, as the paged listing.

use serde_json::Value;

use crate::staff::grant;
use crate::support::Sandbox;

/// Seeds `n` events for the account straight into the test server's database.
fn seed(sb: &Sandbox, account: &str, n: i64) {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        use sqlx::Connection;
        sqlx::any::install_default_drivers();
        let mut db = sqlx::AnyConnection::connect(&sb.server().database)
            .await
            .unwrap();
        sqlx::query(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $2) \
             INSERT INTO activity (account_id, at, kind, outcome, method, ip, device_name, user_agent, reason) \
             SELECT $1, strftime('%s', 'now') - 86400 + i, \
                    CASE WHEN i % 5 = 0 THEN 'password_changed' ELSE 'sign_in' END, \
                    CASE WHEN i % 7 = 0 THEN 'failure' ELSE 'success' END, 'password', \
                    '10.0.' || (i % 250) || '.1', 'laptop-' || (i % 13), 'curl/8 \"x\"', \
                    CASE WHEN i % 7 = 0 THEN 'wrong_password' END \
             FROM n",
        )
        .bind(account)
        .bind(n)
        .execute(&mut db)
        .await
        .unwrap();
    });
}

fn ndjson(stdout: &str) -> Vec<Value> {
    stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// Issue 12: switching a script to `--all` (the export) changes nothing in what
/// it reads, in any output format, for the account and for staff.
#[test]
fn activity_all_streams_exactly_the_paged_listing() {
    let sb = Sandbox::new();
    let user = sb.signup("+8613812345731");
    seed(&sb, &user, 2_300);
    let paged = sb
        .cmd(&["activity", "--limit", "5000", "--json"])
        .run()
        .ok()
        .json();
    let paged = paged.as_array().unwrap().clone();
    assert_eq!(paged.len(), 2_301, "2,300 seeded + sign-up");
    let nd = sb.cmd(&["activity", "--all", "-o", "ndjson"]).run().ok();
    assert_eq!(ndjson(&nd.stdout), paged);
    let json = sb.cmd(&["activity", "--all", "--json"]).run().ok().json();
    assert_eq!(json.as_array().unwrap(), &paged);
    let table = sb.cmd(&["activity", "--all"]).run().ok();
    assert_eq!(
        table.stdout.lines().count(),
        2_302,
        "a header and every event"
    );
    let failed = sb
        .cmd(&[
            "activity", "--all", "--failed", "--kind", "sign_in", "-o", "ndjson",
        ])
        .run()
        .ok();
    let paged_failed = sb
        .cmd(&[
            "activity", "--failed", "--kind", "sign_in", "--limit", "5000", "--json",
        ])
        .run()
        .ok()
        .json();
    assert_eq!(&ndjson(&failed.stdout), paged_failed.as_array().unwrap());
    let none = sb
        .cmd(&["activity", "--all", "--since", "2099-01-01", "--json"])
        .run()
        .ok();
    assert_eq!(none.stdout, "[]\n");

    // The staff form, from a support account.
    let staff = sb.signup("+8613912345731");
    grant(&sb, &staff, "support");
    let staff_paged = sb
        .cmd(&[
            "support", "account", "activity", &user, "--limit", "5000", "--json",
        ])
        .run()
        .ok()
        .json();
    let staff_nd = sb
        .cmd(&[
            "support", "account", "activity", &user, "--all", "-o", "ndjson",
        ])
        .run()
        .ok();
    assert_eq!(&ndjson(&staff_nd.stdout), staff_paged.as_array().unwrap());
    // The user's earlier sign-in on this profile was signed out by the staff sign-up.
    assert!(ndjson(&staff_nd.stdout).len() >= 2_301);
}
