//! Secure headers on every answer: pages, calls, errors and refusals alike; framing only
//! for the projector and only when configured; HSTS only over https; scripts only from our
//! files and with the page's own nonce.

use idesluss::platform::headers::FRAMES_NOWHERE;
use idesluss::platform::settings::Settings;
use reqwest::header::HeaderMap;

use crate::common::{TestApp, spawn_app, spawn_with, unique_namespace};

/// Every kind of answer: a page, a server function, a missing page, a refused request.
async fn answers(app: &TestApp) -> Vec<(&'static str, HeaderMap)> {
    let client = app.client();
    let page = app.get(&client, "/").await;
    let call = app.post(&client, "current_user", &[]).await;
    let missing = app.get(&client, "/no-such-page").await;
    let refused = client
        .post(format!("{}/api/sign_out", app.address))
        .header("Origin", "https://evil.example")
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 403);
    vec![
        ("page", page.headers().clone()),
        ("call", call.headers().clone()),
        ("missing", missing.headers().clone()),
        ("refused", refused.headers().clone()),
    ]
}

/// The policy's framing part (everything before `script-src`).
fn framing(headers: &HeaderMap) -> &str {
    let policy = headers["content-security-policy"].to_str().unwrap();
    policy.split("; script-src").next().unwrap()
}

/// The policy's script part.
fn scripts(headers: &HeaderMap) -> &str {
    let policy = headers["content-security-policy"].to_str().unwrap();
    &policy[policy.find("script-src").expect("a script policy")..]
}

#[tokio::test]
async fn every_answer_carries_the_security_headers() {
    let app = spawn_app().await;
    for (name, headers) in answers(&app).await {
        assert_eq!(headers["x-content-type-options"], "nosniff", "{name}");
        assert_eq!(framing(&headers), FRAMES_NOWHERE, "{name}");
        assert!(
            scripts(&headers).starts_with("script-src 'self' "),
            "{name}"
        );
        assert!(!scripts(&headers).contains("unsafe-inline"), "{name}");
        assert_eq!(headers["x-frame-options"], "DENY", "{name}");
        assert_eq!(headers["referrer-policy"], "same-origin", "{name}");
        let permissions = headers["permissions-policy"].to_str().unwrap();
        assert!(permissions.contains("camera=()") && permissions.contains("geolocation=()"));
        // Plain http here: no HSTS (a browser would pin a test address to https).
        assert!(!headers.contains_key("strict-transport-security"), "{name}");
    }
    // Without a setting the projector is not framed either.
    let projector = app.get(&app.client(), "/rounds/abc/vote/screen").await;
    assert_eq!(framing(projector.headers()), FRAMES_NOWHERE);
}

/// Every `nonce="…"` in a page.
fn nonces(page: &str) -> Vec<&str> {
    page.split("nonce=\"")
        .skip(1)
        .map(|rest| &rest[..rest.find('"').unwrap()])
        .collect()
}

#[tokio::test]
async fn a_pages_inline_scripts_run_by_its_own_nonce_only() {
    let app = spawn_app().await;
    let (setup, codes) = crate::common::votes::open_vote_with_codes(&app, 3).await;
    let client = app.client();
    let mut pages = Vec::new();
    for path in [
        "/sign-in".to_owned(),
        "/rounds".to_owned(),
        format!("/rounds/{}/vote/screen", setup.round),
    ] {
        pages.push((path.clone(), app.get(&client, &path).await));
    }
    // The third voter's ballot page is filled in from the kept template, with a fresh nonce.
    for code in &codes {
        let path = format!("/rosta?kod={code}");
        pages.push((path.clone(), app.get(&app.client(), &path).await));
    }
    let kept = pages
        .iter()
        .filter(|(_, r)| {
            r.headers()
                .get("x-ballot-page")
                .is_some_and(|v| v == "cached")
        })
        .count();
    assert_eq!(kept, 1, "the third ballot page came from the template");
    let mut seen = Vec::new();
    for (path, response) in pages {
        let headers = response.headers().clone();
        let page = response.text().await.unwrap();
        let scripts_in_page = page.matches("<script").count();
        let found = nonces(&page);
        assert!(scripts_in_page > 0, "{path}");
        assert!(
            found.len() >= scripts_in_page,
            "every script has a nonce: {path}"
        );
        let nonce = found[0];
        assert!(
            found.iter().all(|n| *n == nonce),
            "one nonce per page: {path}"
        );
        assert_eq!(
            scripts(&headers),
            format!("script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'"),
            "{path}"
        );
        assert!(
            !seen.contains(&nonce.to_owned()),
            "a fresh nonce each time: {path}"
        );
        seen.push(nonce.to_owned());
    }
    app.stop().await;
}

#[tokio::test]
async fn over_https_browsers_are_told_to_stay_on_https() {
    let mut settings = Settings::for_tests(&unique_namespace());
    settings.public_url = Some("https://idesluss.kommun.se".to_owned());
    let app = spawn_with(settings).await;
    let page = app.get(&app.client(), "/").await;
    assert_eq!(
        page.headers()["strict-transport-security"],
        "max-age=31536000"
    );
}

#[tokio::test]
async fn the_projector_may_be_framed_by_the_configured_sites_only() {
    let mut settings = Settings::for_tests(&unique_namespace());
    settings.projector_frame_ancestors = vec!["https://skarm.kommun.se".to_owned()];
    let app = spawn_with(settings).await;
    let client = app.client();
    let projector = app.get(&client, "/rounds/abc/vote/screen").await;
    let policy = framing(projector.headers());
    assert!(
        policy.starts_with("frame-ancestors https://skarm.kommun.se;"),
        "{policy}"
    );
    assert!(!projector.headers().contains_key("x-frame-options"));
    for other in ["/", "/rounds/abc/vote", "/rosta"] {
        let page = app.get(&client, other).await;
        assert_eq!(framing(page.headers()), FRAMES_NOWHERE, "{other}");
        assert_eq!(page.headers()["x-frame-options"], "DENY", "{other}");
    }
}
