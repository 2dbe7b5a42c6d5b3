//! The first ballot page is rendered once per vote and filled in for each voter: what a
//! voter gets from the kept page is exactly what the app renders for that voter.

use reqwest::{Client, StatusCode};

use crate::common::spawn_app;
use crate::common::votes::open_vote_with_codes;
use crate::instances::ballot_page;

/// Leptos gives each response's scripts a fresh nonce (also written into `crossorigin`);
/// everything else must be equal.
fn without_nonces(page: &str) -> String {
    match nonce(page) {
        Some(nonce) => page.replace(&nonce, "NONCE"),
        None => page.to_owned(),
    }
}

fn nonce(page: &str) -> Option<String> {
    let rest = page.split("nonce=\"").nth(1)?;
    Some(rest[..rest.find('"')?].to_owned())
}

#[tokio::test]
async fn a_kept_ballot_page_is_the_page_the_app_renders_for_that_voter() {
    let app = spawn_app().await;
    let (_, codes) = open_vote_with_codes(&app, 4).await;

    let (_, first) = ballot_page(&app, &codes[0]).await;
    let (_, second) = ballot_page(&app, &codes[1]).await;
    let (kept, third) = ballot_page(&app, &codes[2]).await;
    assert_eq!(
        [first.as_str(), second.as_str(), third.as_str()],
        ["rendered", "rendered", "cached"]
    );
    // Any other cookie makes it go the usual way: a full render for the same voter.
    let response = Client::new()
        .get(format!("{}/rosta?kod={}", app.address, codes[2]))
        .header("Cookie", "something=else")
        .send()
        .await
        .expect("request is sent");
    assert_eq!(response.status(), StatusCode::OK);
    assert!(response.headers().get("x-ballot-page").is_none());
    let rendered = response.text().await.expect("html");
    assert_eq!(without_nonces(&kept), without_nonces(&rendered));
    assert!(nonce(&kept).is_some(), "the page's scripts have a nonce");
    assert!(kept.contains(&codes[2]), "the voter's own code, as printed");
    assert!(!kept.contains(&codes[1]) && !kept.contains(&codes[0]));
    // Each kept page has its own nonce.
    let (again, _) = ballot_page(&app, &codes[3]).await;
    assert_ne!(nonce(&kept), nonce(&again));
    app.stop().await;
}

#[tokio::test]
async fn used_and_unknown_codes_are_refused_as_before() {
    let app = spawn_app().await;
    let (setup, codes) = open_vote_with_codes(&app, 3).await;
    for code in &codes[..2] {
        ballot_page(&app, code).await;
    }
    let response = app
        .cast(
            &app.client(),
            &setup.round,
            &codes[0],
            &[(0, &setup.ideas[0])],
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    for code in [codes[0].as_str(), "ABCD-EFGH"] {
        let response = Client::new()
            .get(format!("{}/rosta?kod={code}", app.address))
            .send()
            .await
            .expect("request is sent");
        assert!(response.headers().get("x-ballot-page").is_none(), "{code}");
        let page = response.text().await.expect("html");
        assert!(
            page.contains("f-code-error"),
            "{code}: the join form with the refusal"
        );
    }
    app.stop().await;
}

#[tokio::test]
async fn a_change_to_a_proposal_on_the_vote_makes_the_page_anew() {
    let app = spawn_app().await;
    let (setup, codes) = open_vote_with_codes(&app, 4).await;
    for code in &codes[..3] {
        ballot_page(&app, code).await;
    }
    // However it happens (the app has no such edit during a vote), the database notices.
    app.db
        .query("UPDATE type::record('idea', $id) SET title = 'Sms-påminnelse dagen före'")
        .bind(("id", setup.ideas[0].clone()))
        .await
        .expect("updates")
        .check()
        .expect("no error");
    let (page, source) = ballot_page(&app, &codes[3]).await;
    assert_eq!(source, "rendered");
    assert!(page.contains("Sms-påminnelse dagen före"));
    app.stop().await;
}

#[tokio::test]
async fn codes_looked_up_at_the_same_moment_each_get_their_own_answer() {
    let app = spawn_app().await;
    let (setup, codes) = open_vote_with_codes(&app, 24).await;
    let used = &codes[20..];
    for code in used {
        let response = app
            .cast(&app.client(), &setup.round, code, &[(0, &setup.ideas[0])])
            .await;
        assert_eq!(response.status(), StatusCode::OK);
    }
    // Good, used and unknown codes, all at once: read together, answered each its own.
    let asked: Vec<String> = codes
        .iter()
        .cloned()
        .chain(["ABCD-EFGH".to_owned(), "JKMN-PQRS".to_owned()])
        .collect();
    let pages = futures::future::join_all(asked.iter().map(|code| {
        let url = format!("{}/rosta?kod={code}", app.address);
        async move {
            let response = Client::new()
                .get(url)
                .send()
                .await
                .expect("request is sent");
            response.text().await.expect("html")
        }
    }))
    .await;
    for (code, page) in asked.iter().zip(&pages) {
        let good = codes[..20].contains(code);
        assert_eq!(!page.contains("f-code-error"), good, "{code}");
        if good {
            assert!(page.contains(code.as_str()), "{code}: its own code");
            let others = codes.iter().filter(|other| *other != code);
            assert!(
                others.clone().all(|other| !page.contains(other.as_str())),
                "{code}: no one else's code"
            );
        }
    }
    app.stop().await;
}

/// What a page asks the browser to fetch of the app's code (the wasm and its loader).
fn app_code_links(page: &str) -> usize {
    page.matches(".wasm").count() + page.matches("modulepreload").count()
}

#[tokio::test]
async fn the_halls_pages_load_none_of_the_apps_code_and_other_pages_do() {
    let app = spawn_app().await;
    let (setup, codes) = open_vote_with_codes(&app, 2).await;
    let client = app.client();
    let (first, _) = ballot_page(&app, &codes[0]).await;
    let (kept, source) = ballot_page(&app, &codes[1]).await;
    assert_eq!(source, "rendered");
    let join = app.get(&client, "/rosta").await.text().await.expect("html");
    let receipt = app
        .get(&client, &format!("/rosta/tack?omrostning={}", setup.round))
        .await
        .text()
        .await
        .expect("html");
    for (name, page) in [
        ("ballot", &first),
        ("kept", &kept),
        ("join", &join),
        ("receipt", &receipt),
    ] {
        assert_eq!(app_code_links(page), 0, "{name}: {page}");
        // No script is loaded from a file; the voter's few lines carry the page's nonce.
        let scripts: Vec<&str> = page.split("<script").skip(1).collect();
        assert!(
            scripts
                .iter()
                .all(|s| !s[..s.find('>').unwrap_or(0)].contains("src=")),
            "{name}"
        );
        if name != "receipt" {
            let nonce = nonce(page).unwrap_or_default();
            assert!(
                page.contains(&format!("<script nonce=\"{nonce}\">(() => {{")),
                "{name}"
            );
        }
    }
    assert!(first.contains("id=\"ballot-count\"") && first.contains("data-max=\""));
    // The home page, where the hall finds its "vote now" button, is plain too.
    let home = app.get(&client, "/").await.text().await.expect("html");
    assert!(home.contains("href=\"/rosta\""), "{home}");
    assert_eq!(app_code_links(&home), 0, "home: {home}");
    // So is the projector: its live part follows the vote's news with the page's own lines.
    let screen = format!("/rounds/{}/vote/screen", setup.round);
    let projector = app.get(&client, &screen).await.text().await.expect("html");
    assert_eq!(app_code_links(&projector), 0, "projector: {projector}");
    let nonce = nonce(&projector).unwrap_or_default();
    assert!(
        projector.contains(&format!("<script nonce=\"{nonce}\">(() => {{")),
        "{projector}"
    );
    assert!(
        projector.contains(&format!(
            "data-live-feed=\"/rounds/{}/vote/live\"",
            setup.round
        )),
        "{projector}"
    );
    for other in ["/sign-in", "/rounds", &format!("/rounds/{}", setup.round)] {
        let page = app.get(&client, other).await.text().await.expect("html");
        assert!(app_code_links(&page) > 0, "{other} comes alive: {page}");
    }
    app.stop().await;
}
