//! Secure headers on every answer: pages, calls, errors and refusals alike; framing only
//! for the projector and only when configured; HSTS only over https.

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

#[tokio::test]
async fn every_answer_carries_the_security_headers() {
    let app = spawn_app().await;
    for (name, headers) in answers(&app).await {
        assert_eq!(headers["x-content-type-options"], "nosniff", "{name}");
        assert_eq!(headers["content-security-policy"], FRAMES_NOWHERE, "{name}");
        assert_eq!(headers["x-frame-options"], "DENY", "{name}");
        assert_eq!(headers["referrer-policy"], "same-origin", "{name}");
        let permissions = headers["permissions-policy"].to_str().unwrap();
        assert!(permissions.contains("camera=()") && permissions.contains("geolocation=()"));
        // Plain http here: no HSTS (a browser would pin a test address to https).
        assert!(!headers.contains_key("strict-transport-security"), "{name}");
    }
    // Without a setting the projector is not framed either.
    let projector = app.get(&app.client(), "/rounds/abc/vote/screen").await;
    assert_eq!(
        projector.headers()["content-security-policy"],
        FRAMES_NOWHERE
    );
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
    let policy = projector.headers()["content-security-policy"]
        .to_str()
        .unwrap();
    assert!(
        policy.starts_with("frame-ancestors https://skarm.kommun.se;"),
        "{policy}"
    );
    assert!(!projector.headers().contains_key("x-frame-options"));
    for other in ["/", "/rounds/abc/vote", "/rosta"] {
        let page = app.get(&client, other).await;
        assert_eq!(
            page.headers()["content-security-policy"],
            FRAMES_NOWHERE,
            "{other}"
        );
        assert_eq!(page.headers()["x-frame-options"], "DENY", "{other}");
    }
}
