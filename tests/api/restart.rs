//! A restart keeps the data and the sessions (embedded SurrealKV on disk).

use std::time::Duration;

use crate::common::{TestApp, spawn_with, unique_namespace};
use idesluss::platform::settings::Settings;
use idesluss::startup::Application;
use reqwest::StatusCode;

pub fn on_disk(dir: &std::path::Path, namespace: &str) -> Settings {
    let mut settings = Settings::for_tests(namespace);
    settings.database_url = format!("surrealkv://{}", dir.join("db").display());
    settings
}

/// SurrealKV releases its file lock shortly after the handle is dropped: retry briefly.
pub async fn start_again(settings: Settings) -> TestApp {
    let mut last = None;
    for _ in 0..50 {
        match Application::build(settings.clone()).await {
            Ok(app) => return crate::common::start(app),
            Err(e) => {
                last = Some(e);
                tokio::time::sleep(Duration::from_millis(100)).await
            }
        }
    }
    panic!("the app never started: {last:?}");
}

#[tokio::test]
async fn session_and_account_survive_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let namespace = unique_namespace();
    let app = spawn_with(on_disk(dir.path(), &namespace)).await;
    let client = app.client();
    assert_eq!(
        app.sign_up(&client, "Veronica", "veronica@kommun.se")
            .await
            .status(),
        StatusCode::OK
    );
    let first_address = app.address.clone();
    app.stop().await;

    let app = start_again(on_disk(dir.path(), &namespace)).await;
    assert_ne!(app.address, first_address, "a new server on a new port");
    // The client still holds the cookie for 127.0.0.1; cookies ignore the port.
    let user = app.current_user(&client).await;
    assert_eq!(user["name"], "Veronica");
    app.stop().await;
}
