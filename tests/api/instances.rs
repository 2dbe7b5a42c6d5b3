//! Several app instances on one real SurrealDB server (started by the test): what one
//! instance does, the other sees at once, and a server that goes away and comes back gives
//! "try again" meanwhile and is used again without restarting the app.

use std::time::{Duration, Instant};

use idesluss::domain::Role;
use reqwest::{Client, StatusCode};
use serde_json::Value;

use crate::common::surreal_server::SurrealServer;
use crate::common::votes::{next_tally, open_vote_with_codes};
use crate::common::{TestApp, spawn_with, unique_namespace};

/// Two app instances on one server, in one namespace.
async fn two_instances(server: &SurrealServer) -> (TestApp, TestApp) {
    let namespace = unique_namespace();
    let a = spawn_with(server.app_settings(&namespace)).await;
    let b = spawn_with(server.app_settings(&namespace)).await;
    (a, b)
}

#[tokio::test]
async fn a_sign_in_on_one_instance_is_valid_on_the_other() {
    let server = SurrealServer::start().await;
    let (a, b) = two_instances(&server).await;
    let client = a
        .signed_in_with_roles("organisator@kommun.se", &[Role::Organizer])
        .await;
    // The same cookie, sent to the other instance (cookies do not tell ports apart).
    let me = b.current_user(&client).await;
    assert_eq!(me["email"], "organisator@kommun.se", "{me}");
    let stranger = b.current_user(&b.client()).await;
    assert!(stranger.is_null(), "{stranger}");
    a.stop().await;
    b.stop().await;
}

#[tokio::test]
async fn a_ballot_cast_on_one_instance_shows_on_the_projector_of_the_other_within_a_second() {
    let server = SurrealServer::start().await;
    let (a, b) = two_instances(&server).await;
    let (setup, codes) = open_vote_with_codes(&a, 3).await;

    let mut feed = b
        .get(&b.client(), &format!("/rounds/{}/vote/live", setup.round))
        .await;
    assert_eq!(feed.status(), StatusCode::OK);
    let mut buffer = String::new();
    let first = next_tally(&mut feed, &mut buffer, Duration::from_secs(5)).await;
    assert_eq!(first["ballots"], 0);

    let response = a
        .cast(
            &a.client(),
            &setup.round,
            &codes[0],
            &[(0, &setup.ideas[1])],
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let cast_at = Instant::now();
    // The projector also refreshes every five seconds: only news can bring it in a second.
    let update = next_tally(&mut feed, &mut buffer, Duration::from_secs(1)).await;
    assert!(cast_at.elapsed() < Duration::from_secs(1));
    assert_eq!(update["ballots"], 1, "{update}");
    // An open event stream would hold the instance's graceful stop.
    drop(feed);
    a.stop().await;
    b.stop().await;
}

/// The round's edit form as the organizer gets it, renamed.
async fn rename_round(app: &TestApp, organizer: &Client, round: &str, name: &str) {
    let current: Value = app
        .json(organizer, "round_for_edit", &[("id", round)])
        .await;
    let mut form = vec![("id".to_owned(), round.to_owned())];
    for (field, value) in current.as_object().expect("the round's form") {
        let value = if field == "name" {
            name.to_owned()
        } else {
            value.as_str().unwrap_or_default().to_owned()
        };
        form.push((format!("round[{field}]"), value));
    }
    let refs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let response = app.post(organizer, "update_round", &refs).await;
    assert_eq!(
        response.status(),
        StatusCode::OK,
        "{:?}",
        response.text().await
    );
}

/// The ballot page for a code, and whether it came from the cache.
pub async fn ballot_page(app: &TestApp, code: &str) -> (String, String) {
    let response = Client::new()
        .get(format!("{}/rosta?kod={code}", app.address))
        .send()
        .await
        .expect("request is sent");
    assert_eq!(response.status(), StatusCode::OK);
    let source = response
        .headers()
        .get("x-ballot-page")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("none")
        .to_owned();
    (response.text().await.expect("html"), source)
}

#[tokio::test]
async fn a_cached_ballot_page_changes_when_the_organizer_edits_the_vote_elsewhere() {
    let server = SurrealServer::start().await;
    let (a, b) = two_instances(&server).await;
    let (setup, codes) = open_vote_with_codes(&a, 6).await;

    let mut sources = Vec::new();
    for code in &codes[..3] {
        let (page, source) = ballot_page(&b, code).await;
        assert!(page.contains("Öppen omgång"), "{page}");
        assert!(
            page.contains(&code[..4]),
            "the page shows the voter's own code"
        );
        sources.push(source);
    }
    assert_eq!(
        sources.last().map(String::as_str),
        Some("cached"),
        "{sources:?}"
    );

    rename_round(
        &a,
        &setup.organizer,
        &setup.round,
        "Personaldagarnas omröstning",
    )
    .await;
    let (page, source) = ballot_page(&b, &codes[3]).await;
    assert_eq!(source, "rendered", "an edit makes the page anew");
    assert!(page.contains("Personaldagarnas omröstning"), "{page}");
    assert!(!page.contains("Öppen omgång"));
    a.stop().await;
    b.stop().await;
}

#[tokio::test]
async fn a_database_server_that_restarts_gives_try_again_and_is_used_again() {
    let folder = tempfile::tempdir().expect("a temp dir");
    let mut server = SurrealServer::start_on_disk(folder.path()).await;
    let app = spawn_with(server.app_settings(&unique_namespace())).await;
    let (setup, codes) = open_vote_with_codes(&app, 3).await;

    server.kill();
    // Give the watchdog its second to notice; then every answer is immediate.
    tokio::time::sleep(Duration::from_secs(3)).await;
    let asked = Instant::now();
    let page = app
        .page_with_header(&format!("/rosta?kod={}", codes[0]), ("Accept", "text/html"))
        .await;
    assert!(page.contains("Försök igen"), "{page}");
    let response = app
        .cast(
            &app.client(),
            &setup.round,
            &codes[0],
            &[(0, &setup.ideas[0])],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(response.headers()["retry-after"], "5");
    let error: Value = response.json().await.expect("the server function's error");
    assert_eq!(error, "Unavailable");
    assert!(
        asked.elapsed() < Duration::from_secs(2),
        "no waiting on a missing server"
    );

    server.start_again().await;
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let status = app.get(&app.client(), "/rosta").await.status();
        if status == StatusCode::OK {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the app did not reconnect: {status}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    // Live news is asked for again too.
    tokio::time::sleep(Duration::from_secs(2)).await;
    let mut feed = app
        .get(&app.client(), &format!("/rounds/{}/vote/live", setup.round))
        .await;
    let mut buffer = String::new();
    let first = next_tally(&mut feed, &mut buffer, Duration::from_secs(5)).await;
    assert_eq!(first["ballots"], 0);
    let response = app
        .cast(
            &app.client(),
            &setup.round,
            &codes[1],
            &[(0, &setup.ideas[0])],
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let cast_at = Instant::now();
    let update = next_tally(&mut feed, &mut buffer, Duration::from_secs(1)).await;
    assert!(cast_at.elapsed() < Duration::from_secs(1));
    assert_eq!(update["ballots"], 1);
    drop(feed);
    app.stop().await;
}
