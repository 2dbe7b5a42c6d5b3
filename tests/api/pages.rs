//! Server-rendered pages: Swedish by default, English on request, 404 for unknown
//! addresses, and forms that work without JavaScript.

use crate::common::{PASSWORD, spawn_app, spawn_with, unique_namespace};
use idesluss::platform::settings::Settings;
use reqwest::StatusCode;

#[tokio::test]
async fn home_page_is_swedish_and_shows_the_demo_rounds() {
    let mut settings = Settings::for_tests(&unique_namespace());
    settings.demo_data = true;
    let app = spawn_with(settings).await;
    let response = app.get(&app.client(), "/").await;
    assert_eq!(response.status(), StatusCode::OK);
    let html = response.text().await.unwrap();
    assert!(html.contains(r#"<html lang="sv""#), "lang attribute");
    assert!(html.contains("Bootcamp för nya arbetssätt"));
    assert!(html.contains("Aktuell omgång"));
    assert!(html.contains("Bootcamp hösten 2018"));
    assert!(html.contains("Pågår nu: Förslag lämnas in"));
}

#[tokio::test]
async fn language_follows_the_cookie_and_the_browser() {
    let app = spawn_app().await;
    let english = app
        .page_with_header("/rounds", ("Cookie", "idesluss_lang=en"))
        .await;
    assert!(english.contains(r#"<html lang="en""#));
    assert!(english.contains("<h1>Rounds</h1>"));
    let browser_english = app
        .page_with_header("/rounds", ("Accept-Language", "en-GB,en;q=0.9"))
        .await;
    assert!(browser_english.contains("<h1>Rounds</h1>"));
}

#[tokio::test]
async fn set_language_sets_a_cookie_and_refuses_unknown_languages() {
    let app = spawn_app().await;
    let client = app.client();
    let response = app.post(&client, "set_language", &[("lang", "en")]).await;
    assert_eq!(response.status(), StatusCode::OK);
    let cookie = response.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(cookie.starts_with("idesluss_lang=en;"));
    let html = app.get(&client, "/").await.text().await.unwrap();
    assert!(html.contains(r#"<html lang="en""#));
    let refused = app.post(&client, "set_language", &[("lang", "de")]).await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn unknown_address_is_a_404_page() {
    let app = spawn_app().await;
    let response = app.get(&app.client(), "/finns-inte").await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert!(response.text().await.unwrap().contains("Sidan finns inte"));
}

#[tokio::test]
async fn a_form_post_without_javascript_redirects_back_with_the_error() {
    let app = spawn_app().await;
    let client = app.client();
    let referer = format!("{}/sign-in", app.address);
    let response = client
        .post(format!("{}/api/sign_in", app.address))
        .header("Accept", "text/html,application/xhtml+xml")
        .header("Referer", &referer)
        .form(&[("email", "okand@kommun.se"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::FOUND);
    let location = response.headers()["location"].to_str().unwrap().to_owned();
    assert!(location.starts_with(&referer), "{location}");
    assert!(location.contains("__err="), "{location}");

    // The page it goes back to shows the message and keeps the e-mail.
    let page = app
        .get(&client, location.trim_start_matches(&app.address))
        .await;
    let html = page.text().await.unwrap();
    assert!(html.contains("Fel e-post eller lösenord."));
    assert!(html.contains(r#"value="okand@kommun.se""#));
}

#[tokio::test]
async fn a_successful_form_post_without_javascript_signs_in_and_goes_home() {
    let app = spawn_app().await;
    let client = app.client();
    let response = client
        .post(format!("{}/api/sign_up", app.address))
        .header("Accept", "text/html")
        .header("Referer", format!("{}/sign-up", app.address))
        .form(&[
            ("name", "Jhana"),
            ("email", "jhana@kommun.se"),
            ("password", PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::FOUND);
    assert_eq!(response.headers()["location"], "/");
    let html = app.get(&client, "/").await.text().await.unwrap();
    assert!(html.contains("Jhana"));
    assert!(html.contains("Logga ut"));
}

#[tokio::test]
async fn the_files_a_browser_expects_are_there() {
    let app = spawn_app().await;
    let client = app.client();
    let robots = app.get(&client, "/robots.txt").await;
    assert_eq!(robots.status(), StatusCode::OK);
    let robots = robots.text().await.unwrap();
    for line in ["User-agent: *", "Disallow: /rosta", "Disallow: /rounds/"] {
        assert!(robots.lines().any(|l| l == line), "robots.txt has {line}");
    }

    let manifest = app.get(&client, "/manifest.webmanifest").await;
    assert_eq!(manifest.status(), StatusCode::OK);
    assert_eq!(
        manifest.headers()["content-type"],
        "application/manifest+json"
    );
    let manifest: serde_json::Value = manifest.json().await.unwrap();
    assert_eq!(manifest["display"], "standalone");
    assert_eq!(manifest["start_url"], "/");
    let icons = manifest["icons"].as_array().unwrap();
    assert!(
        icons
            .iter()
            .any(|i| i["sizes"] == "512x512" && i["purpose"] == "maskable")
    );
    for icon in icons {
        let src = icon["src"].as_str().unwrap();
        let response = app.get(&client, src).await;
        assert_eq!(response.status(), StatusCode::OK, "{src}");
        assert_eq!(
            response.headers()["content-type"],
            icon["type"].as_str().unwrap(),
            "{src}"
        );
        let bytes = response.bytes().await.unwrap();
        if src.ends_with(".png") {
            assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"), "{src} is a PNG");
            let size = icon["sizes"].as_str().unwrap().split('x').next().unwrap();
            let width = u32::from_be_bytes(bytes[16..20].try_into().unwrap());
            assert_eq!(
                width.to_string(),
                size,
                "{src} is as wide as the manifest says"
            );
        }
    }
    assert_eq!(
        app.get(&client, "/icons/nothing.png").await.status(),
        StatusCode::NOT_FOUND
    );

    let home = app.get(&client, "/").await.text().await.unwrap();
    assert!(home.contains(r#"<link rel="manifest" href="/manifest.webmanifest""#));
    assert!(home.contains(r#"name="theme-color""#));
}
