//! Coach notes: private notes reach only the team's coach and organizers, shared notes the
//! team too, and no note reaches anyone else: not the team page's JSON, not the pages,
//! the board's search, the CSV exports or the notifications. Every field passes the
//! secrecy guard.

use crate::common::teams::{TeamSetup, formed_team, team_round};
use crate::common::votes::refused;
use crate::common::{TestApp, problem_for, spawn_app};
use idesluss::domain::Role;
use reqwest::{Client, StatusCode};
use serde_json::json;

const PRIVATE: &str = "Privat: Anneli verkar stressad, ta ett samtal.";
const SHARED: &str = "Delat: bra jobbat med intervjuerna!";

async fn write(
    app: &TestApp,
    client: &Client,
    team: &str,
    body: &str,
    visibility: &str,
) -> reqwest::Response {
    app.post(
        client,
        "add_coach_note",
        &[
            ("team_id", team),
            ("note[body]", body),
            ("note[visibility]", visibility),
        ],
    )
    .await
}

async fn texts_seen(app: &TestApp, client: &Client, team: &str) -> Option<Vec<String>> {
    let response = app.post(client, "coach_notes", &[("team_id", team)]).await;
    if response.status() != StatusCode::OK {
        return None;
    }
    let notes: serde_json::Value = response.json().await.unwrap();
    Some(
        notes["notes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n["body"].as_str().unwrap().to_owned())
            .collect(),
    )
}

async fn with_notes(app: &TestApp) -> (TeamSetup, String) {
    let setup = team_round(app).await;
    let team = formed_team(app, &setup).await;
    for (body, visibility) in [(PRIVATE, "coach"), (SHARED, "team")] {
        let response = write(app, &setup.coach, &team, body, visibility).await;
        assert_eq!(response.status(), StatusCode::OK);
    }
    (setup, team)
}

#[tokio::test]
async fn each_role_sees_exactly_the_notes_meant_for_it() {
    let app = spawn_app().await;
    let (setup, team) = with_notes(&app).await;
    let council = app
        .signed_in_with_roles("rad@kommun.se", &[Role::CouncilMember])
        .await;
    let other_coach = app
        .signed_in_with_roles("annan.coach@kommun.se", &[Role::Coach])
        .await;
    let both = Some(vec![SHARED.to_owned(), PRIVATE.to_owned()]);
    for (who, client, expected) in [
        ("organizer", &setup.vote.organizer, both.clone()),
        ("the team's coach", &setup.coach, both),
        ("member", &setup.sara, Some(vec![SHARED.to_owned()])),
        (
            "proposer in the team",
            &setup.vote.proposer,
            Some(vec![SHARED.to_owned()]),
        ),
        ("other staff", &setup.olle, None),
        ("council", &council, None),
        ("another coach", &other_coach, None),
    ] {
        assert_eq!(texts_seen(&app, client, &team).await, expected, "{who}");
    }
    let response = app
        .post(&app.client(), "coach_notes", &[("team_id", &team)])
        .await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn only_the_coach_and_organizers_write_notes() {
    let app = spawn_app().await;
    let (setup, team) = with_notes(&app).await;
    let other_coach = app
        .signed_in_with_roles("annan.coach@kommun.se", &[Role::Coach])
        .await;
    for (who, client) in [
        ("member", &setup.sara),
        ("outsider", &setup.olle),
        ("another coach", &other_coach),
    ] {
        let response = write(&app, client, &team, "Hej", "team").await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{who}");
    }
    let response = write(&app, &app.client(), &team, "Hej", "team").await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    let response = write(
        &app,
        &setup.vote.organizer,
        &team,
        "Organisatören var här.",
        "coach",
    )
    .await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        texts_seen(&app, &setup.coach, &team).await.unwrap().len(),
        3
    );

    // The secrecy guard, with a message naming the field; nothing is stored.
    let response = write(
        &app,
        &setup.coach,
        &team,
        "Brukare 19811218-9876 ringde.",
        "coach",
    )
    .await;
    let error = refused(response, StatusCode::UNPROCESSABLE_ENTITY).await;
    assert_eq!(
        problem_for(&error, "body"),
        Some(json!("PersonalIdentityNumber"))
    );
    let response = write(&app, &setup.coach, &team, "", "everyone").await;
    let error = refused(response, StatusCode::UNPROCESSABLE_ENTITY).await;
    assert_eq!(problem_for(&error, "body"), Some(json!("Required")));
    assert_eq!(
        problem_for(&error, "visibility"),
        Some(json!("ChoiceInvalid"))
    );
    assert_eq!(
        texts_seen(&app, &setup.coach, &team).await.unwrap().len(),
        3
    );

    // A note tied to a session of another team is refused.
    let response = app
        .post(
            &setup.coach,
            "add_coach_note",
            &[
                ("team_id", team.as_str()),
                ("session_id", "nosuchsession"),
                ("note[body]", "Till träffen."),
                ("note[visibility]", "team"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn no_note_leaks_through_pages_search_exports_or_notifications() {
    let app = spawn_app().await;
    let (setup, team) = with_notes(&app).await;
    let round = setup.vote.round.clone();
    let idea = setup.vote.ideas[0].clone();
    let session = app.team_json(&setup.coach, &team).await["sessions"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let outsiders = [("other staff", &setup.olle), ("anonymous", &app.client())];
    let pages = [
        format!("/teams/{team}"),
        format!("/teams/{team}/sessions/{session}"),
        format!("/proposals/{idea}"),
        format!("/rounds/{round}/board?q=Anneli"),
        format!("/rounds/{round}"),
        "/notifications".to_owned(),
        "/my/teams".to_owned(),
        "/".to_owned(),
    ];
    for (who, client) in outsiders {
        for page in &pages {
            let html = app.get(client, page).await.text().await.unwrap();
            assert!(!html.contains("Anneli verkar"), "{who} on {page}");
            assert!(!html.contains("bra jobbat"), "{who} on {page}");
        }
    }
    // The member sees the shared note on the team page, never the private one.
    let html = app
        .get(&setup.sara, &format!("/teams/{team}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains("bra jobbat med intervjuerna"));
    assert!(!html.contains("Anneli verkar"));
    let html = app
        .get(&setup.coach, &format!("/teams/{team}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        html.contains("Anneli verkar"),
        "the coach sees it on the page"
    );

    // The board's search and the exports do not know notes.
    let board = app
        .board_json(&setup.vote.organizer, &round, &[("q", "Anneli")])
        .await;
    assert!(board["cards"].as_array().unwrap().is_empty());
    for path in [
        format!("/rounds/{round}/signups.csv"),
        format!("/rounds/{round}/vote/results.csv"),
    ] {
        let body = app
            .get(&setup.vote.organizer, &path)
            .await
            .text()
            .await
            .unwrap();
        assert!(
            !body.contains("Anneli") && !body.contains("bra jobbat"),
            "{path}"
        );
    }
    // Writing a note tells nobody: the bell is unchanged for every member.
    for client in [&setup.sara, &setup.vote.proposer] {
        let list = app.json(client, "notifications", &[]).await;
        let text = list.to_string();
        assert!(!text.contains("Anneli") && !text.contains("bra jobbat"));
        assert!(
            list.as_array()
                .unwrap()
                .iter()
                .all(|n| n["kind"].get("Stage").is_some() || n["kind"].get("JoinedTeam").is_some())
        );
    }
}
