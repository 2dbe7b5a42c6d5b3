//! Sign-in sessions: revoked when the browser signs in again, ended after a time without
//! use (kept alive by use), and deleted from the database once ended.

use std::time::Duration;

use idesluss::platform::session_queries::purge_ended;
use idesluss::platform::settings::Settings;
use reqwest::{Client, Response, StatusCode};
use serde_json::Value;

use crate::common::{PASSWORD, TestApp, spawn_app, spawn_with, unique_namespace};

fn session_cookie(response: &Response) -> String {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|c| c.starts_with("idesluss_session="))
        .expect("a session cookie is set")
        .split(';')
        .next()
        .unwrap()
        .to_owned()
}

/// Who the server says a bare cookie belongs to (no cookie jar).
async fn user_with(app: &TestApp, cookie: &str) -> Value {
    Client::new()
        .post(format!("{}/api/current_user", app.address))
        .header("Accept", "application/json")
        .header("Cookie", cookie)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

async fn sign_in(app: &TestApp, client: &Client, email: &str) -> Response {
    let response = app
        .post(
            client,
            "sign_in",
            &[("email", email), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    response
}

async fn sessions_stored(app: &TestApp) -> usize {
    let ids: Vec<surrealdb::types::RecordId> = app
        .db
        .query("SELECT VALUE id FROM session")
        .await
        .unwrap()
        .take(0)
        .unwrap();
    ids.len()
}

#[tokio::test]
async fn signing_in_again_revokes_the_session_the_browser_had() {
    let app = spawn_app().await;
    let client = app.client();
    let first = session_cookie(&app.sign_up(&client, "Sara Delad", "sara@kommun.se").await);
    assert_eq!(user_with(&app, &first).await["name"], "Sara Delad");
    // On the same (shared) browser, signing in again: the earlier token is worth nothing.
    let second = session_cookie(&sign_in(&app, &client, "sara@kommun.se").await);
    assert_ne!(first, second);
    assert_eq!(user_with(&app, &first).await, Value::Null);
    assert_eq!(user_with(&app, &second).await["name"], "Sara Delad");
    assert_eq!(sessions_stored(&app).await, 1);
    // Signing out ends the session itself, not only the cookie.
    let out = app.post(&client, "sign_out", &[]).await;
    assert!(out.status().is_success() || out.status().is_redirection());
    assert_eq!(user_with(&app, &second).await, Value::Null);
    assert_eq!(sessions_stored(&app).await, 0);
}

#[tokio::test]
async fn a_session_ends_after_its_idle_time_and_use_keeps_it_alive() {
    let mut settings = Settings::for_tests(&unique_namespace());
    settings.session_idle = Duration::from_secs(3);
    let app = spawn_with(settings).await;
    let client = app.client();
    app.sign_up(&client, "Ida Aktiv", "ida@kommun.se").await;
    // Used every second for five seconds (longer than the idle time): still signed in.
    for _ in 0..5 {
        tokio::time::sleep(Duration::from_secs(1)).await;
        assert_eq!(app.current_user(&client).await["name"], "Ida Aktiv");
    }
    // Then left alone for longer than the idle time: signed out.
    tokio::time::sleep(Duration::from_millis(3500)).await;
    assert_eq!(app.current_user(&client).await, Value::Null);
}

#[tokio::test]
async fn ended_sessions_are_deleted_and_live_ones_kept() {
    let idle = Duration::from_secs(2);
    let mut settings = Settings::for_tests(&unique_namespace());
    settings.session_idle = idle;
    let app = spawn_with(settings).await;
    let left = app.client();
    app.sign_up(&left, "Lars Lämnad", "lars@kommun.se").await;
    tokio::time::sleep(Duration::from_millis(2500)).await;
    let active = app.client();
    app.sign_up(&active, "Alva Aktiv", "alva@kommun.se").await;
    assert_eq!(sessions_stored(&app).await, 2);
    assert_eq!(purge_ended(&app.db, idle).await.unwrap(), 1);
    assert_eq!(sessions_stored(&app).await, 1);
    assert_eq!(app.current_user(&active).await["name"], "Alva Aktiv");
    assert_eq!(app.current_user(&left).await, Value::Null);
}
