//! Changes come from our own pages only: a POST whose `Origin` (or `Referer`) names another
//! site is refused with 403 before it does anything; reading is never refused.

use idesluss::domain::Role;
use idesluss::platform::settings::Settings;
use reqwest::{Client, Response, StatusCode};

use crate::common::{TestApp, spawn_app, spawn_with, unique_namespace};

async fn post_from(
    app: &TestApp,
    client: &Client,
    path: &str,
    header: Option<(&str, &str)>,
) -> Response {
    let mut request = client
        .post(format!("{}{path}", app.address))
        .header("Accept", "application/json")
        .form(&[("email", "nobody@kommun.se"), ("password", "fel lösenord")]);
    if let Some((name, value)) = header {
        request = request.header(name, value);
    }
    request.send().await.expect("request is sent")
}

#[tokio::test]
async fn a_post_from_another_site_is_refused_and_changes_nothing() {
    let app = spawn_app().await;
    let client = app
        .signed_in_with_roles("anna@kommun.se", &[Role::Organizer])
        .await;
    let ours = app.address.clone();
    for header in [
        ("Origin", "https://evil.example"),
        ("Origin", "null"),
        ("Referer", "https://evil.example/page"),
        // Same host, another port: another site.
        ("Origin", "http://127.0.0.1:1"),
    ] {
        let response = post_from(&app, &client, "/api/sign_out", Some(header)).await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{header:?}");
        let text = response.text().await.unwrap();
        assert!(
            text.contains("annan webbplats") && text.contains("another website"),
            "{text}"
        );
        // Still signed in: the sign-out never ran.
        assert_ne!(
            app.current_user(&client).await,
            serde_json::Value::Null,
            "{header:?}"
        );
    }
    // Not only server functions: an upload route too.
    let response = post_from(
        &app,
        &client,
        "/rounds/x/import",
        Some(("Origin", "https://evil.example")),
    )
    .await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    // Reading is never refused.
    let page = client
        .get(format!("{ours}/"))
        .header("Origin", "https://evil.example")
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    // Our own pages' requests go through: by Origin, by Referer, or with neither (a script).
    let own_referer = format!("{ours}/sign-in?next=/");
    for header in [
        Some(("Origin", ours.as_str())),
        Some(("Referer", own_referer.as_str())),
        None,
    ] {
        let response = post_from(&app, &app.client(), "/api/sign_in", header).await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED, "{header:?}");
    }
    let response = post_from(&app, &client, "/api/sign_out", Some(("Origin", &ours))).await;
    assert!(response.status().is_success() || response.status().is_redirection());
    assert_eq!(app.current_user(&client).await, serde_json::Value::Null);
}

#[tokio::test]
async fn with_a_public_address_only_that_address_may_post() {
    let mut settings = Settings::for_tests(&unique_namespace());
    settings.public_url = Some("https://idesluss.kommun.se".to_owned());
    let app = spawn_with(settings).await;
    for (origin, allowed) in [
        ("https://idesluss.kommun.se", true),
        ("HTTPS://Idesluss.kommun.se:443", true),
        ("http://idesluss.kommun.se", false),
        (app.address.as_str(), false),
    ] {
        let response = post_from(
            &app,
            &app.client(),
            "/api/sign_in",
            Some(("Origin", origin)),
        )
        .await;
        let expected = if allowed {
            StatusCode::UNAUTHORIZED
        } else {
            StatusCode::FORBIDDEN
        };
        assert_eq!(response.status(), expected, "{origin}");
    }
}
