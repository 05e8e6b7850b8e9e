//! Compare-and-set under a burst (both stores): a code is redeemed at most once, and
//! parallel refreshes of one token all get the one successor.

use std::sync::Arc;

use crate::browser::Browser;
use crate::rp::*;

const BURST: usize = 8;

/// Posts the same token request `BURST` times at once, released by a barrier.
async fn burst(url: String, form: Vec<(String, String)>) -> Vec<(u16, serde_json::Value)> {
    let barrier = Arc::new(tokio::sync::Barrier::new(BURST));
    let tasks: Vec<_> = (0..BURST)
        .map(|_| {
            let (barrier, url, form) = (barrier.clone(), url.clone(), form.clone());
            tokio::spawn(async move {
                let http = reqwest::Client::new();
                barrier.wait().await;
                let r = http
                    .post(url)
                    .basic_auth(WEB_ID, Some(WEB_SECRET))
                    .form(&form)
                    .send()
                    .await
                    .unwrap();
                (
                    r.status().as_u16(),
                    r.json::<serde_json::Value>().await.unwrap(),
                )
            })
        })
        .collect();
    let mut out = Vec::new();
    for t in tasks {
        out.push(t.await.unwrap());
    }
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_code_redeemed_in_a_burst_succeeds_once_and_refreshes_share_a_successor() {
    let s = server().await;
    let account_id = account(&s).await;
    let client = rp(&s, WEB_ID, Some(WEB_SECRET), WEB_REDIRECT).await;
    let p = start(&client, &[]);
    let mut b = Browser::new();
    let back = sign_in_and_allow(&s, &mut b, &p.url, &account_id).await;
    let code = code_of(&back, &p).secret().clone();
    let form = vec![
        ("grant_type".to_string(), "authorization_code".to_string()),
        ("code".to_string(), code),
        ("redirect_uri".to_string(), WEB_REDIRECT.to_string()),
        ("code_verifier".to_string(), p.verifier.secret().clone()),
    ];
    let answers = burst(format!("{}/oauth/token", s.url), form).await;
    let won: Vec<_> = answers.iter().filter(|(st, _)| *st == 200).collect();
    assert_eq!(won.len(), 1, "{answers:?}");
    assert!(
        answers
            .iter()
            .all(|(st, body)| *st == 200 || body["error"] == "invalid_grant"),
        "{answers:?}"
    );

    // The code's replays revoked its tokens; sign in for a fresh family to refresh.
    let p = start(&client, &[]);
    let back = b.get(&p.url).await;
    let code = code_of(&back, &p).secret().clone();
    let form = vec![
        ("grant_type".to_string(), "authorization_code".to_string()),
        ("code".to_string(), code),
        ("redirect_uri".to_string(), WEB_REDIRECT.to_string()),
        ("code_verifier".to_string(), p.verifier.secret().clone()),
    ];
    let r = reqwest::Client::new()
        .post(format!("{}/oauth/token", s.url))
        .basic_auth(WEB_ID, Some(WEB_SECRET))
        .form(&form)
        .send()
        .await
        .unwrap();
    let tokens: serde_json::Value = r.json().await.unwrap();
    let refresh = tokens["refresh_token"].as_str().unwrap().to_string();
    let form = vec![
        ("grant_type".to_string(), "refresh_token".to_string()),
        ("refresh_token".to_string(), refresh),
    ];
    let answers = burst(format!("{}/oauth/token", s.url), form).await;
    assert!(answers.iter().all(|(st, _)| *st == 200), "{answers:?}");
    let successors: std::collections::HashSet<&str> = answers
        .iter()
        .map(|(_, b)| b["refresh_token"].as_str().unwrap())
        .collect();
    assert_eq!(
        successors.len(),
        1,
        "one successor for every parallel refresh"
    );
}

/// More exchanges at once than the store has connections (32 > the pool's 16): each
/// unit of work must finish without a second connection, so none waits on the pool
/// while holding SQLite's write lock (the benchmark found exchanges stalling there
/// when the ID token read the account through the pool inside the unit).
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn thirty_two_code_exchanges_at_once_all_succeed() {
    const N: usize = 32;
    let s = server().await;
    let account_id = account(&s).await;
    let client = rp(&s, WEB_ID, Some(WEB_SECRET), WEB_REDIRECT).await;
    let mut b = Browser::new();
    let first = start(&client, &["profile"]);
    let back = sign_in_and_allow(&s, &mut b, &first.url, &account_id).await;
    let mut forms = vec![(first.verifier.secret().clone(), code_of(&back, &first))];
    while forms.len() < N {
        let p = start(&client, &["profile"]);
        let back = b.get(&p.url).await;
        forms.push((p.verifier.secret().clone(), code_of(&back, &p)));
    }
    let barrier = Arc::new(tokio::sync::Barrier::new(N));
    let url = format!("{}/oauth/token", s.url);
    let tasks: Vec<_> = forms
        .into_iter()
        .map(|(verifier, code)| {
            let (barrier, url) = (barrier.clone(), url.clone());
            tokio::spawn(async move {
                let form = [
                    ("grant_type", "authorization_code".to_string()),
                    ("code", code.secret().clone()),
                    ("redirect_uri", WEB_REDIRECT.to_string()),
                    ("code_verifier", verifier),
                ];
                let http = reqwest::Client::new();
                barrier.wait().await;
                let r = http
                    .post(url)
                    .basic_auth(WEB_ID, Some(WEB_SECRET))
                    .form(&form)
                    .send()
                    .await
                    .unwrap();
                let status = r.status().as_u16();
                let body: serde_json::Value = r.json().await.unwrap();
                (status, body)
            })
        })
        .collect();
    for t in tasks {
        let (status, body) = t.await.unwrap();
        assert_eq!(status, 200, "{body}");
        assert!(body["id_token"].is_string(), "{body}");
    }
}
