//! Test cards and learning cards: who writes them (the team, its coach, organizers) and
//! who only reads them (all other staff), the card rules, the secrecy guard, the gate on
//! moving to learnings, and the learnings library's search.

use crate::common::teams::{TeamSetup, formed_team, team_round};
use crate::common::votes::refused;
use crate::common::{TestApp, problem_for, spawn_app};
use idesluss::domain::Role;
use reqwest::{Client, Response, StatusCode};
use serde_json::{Value, json};

/// A filled test card as the form posts it, with `changes` applied.
fn test_card(team: &str, card_id: &str, changes: &[(&str, &str)]) -> Vec<(String, String)> {
    let mut fields: Vec<(String, String)> = [
        ("name", "Chatt i väntrummet"),
        ("owner", "Sara"),
        ("deadline", "2027-03-26"),
        ("duration", "två veckor"),
        (
            "hypothesis",
            "brukare hellre skriver än ringer när de väntar",
        ),
        ("critical", "3"),
        ("test", "fråga tio brukare i väntrummet om de vill chatta"),
        ("cost", "1"),
        ("reliability", "2"),
        ("metric", "hur många av tio som väljer chatten"),
        ("criteria", "minst sex av tio väljer chatten"),
        ("status", "planned"),
        ("result", ""),
        ("evidence", ""),
    ]
    .into_iter()
    .map(|(k, v)| {
        let v = changes
            .iter()
            .find(|(c, _)| *c == k)
            .map_or(v, |(_, changed)| *changed);
        (format!("card[{k}]"), v.to_owned())
    })
    .collect();
    fields.push(("team_id".to_owned(), team.to_owned()));
    fields.push(("card_id".to_owned(), card_id.to_owned()));
    fields
}

fn refs(form: &[(String, String)]) -> Vec<(&str, &str)> {
    form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect()
}

async fn save_test_card(app: &TestApp, client: &Client, form: &[(String, String)]) -> Response {
    app.post(client, "save_test_card", &refs(form)).await
}

async fn save_learning_card(
    app: &TestApp,
    client: &Client,
    team: &str,
    card_id: &str,
    tests: &[&str],
) -> Response {
    let mut form = vec![
        ("team_id".to_owned(), team.to_owned()),
        ("card_id".to_owned(), card_id.to_owned()),
        (
            "card[title]".to_owned(),
            "Tilliten kommer före kanalen".to_owned(),
        ),
        (
            "card[believed]".to_owned(),
            "brukare vill chatta med oss".to_owned(),
        ),
        (
            "card[observed]".to_owned(),
            "att de flesta först ville veta vem som svarar".to_owned(),
        ),
        (
            "card[learned]".to_owned(),
            "tilliten kommer före kanalen".to_owned(),
        ),
        (
            "card[therefore]".to_owned(),
            "visa handläggarens namn i chatten".to_owned(),
        ),
    ];
    form.extend(
        tests
            .iter()
            .enumerate()
            .map(|(i, t)| (format!("tests[{i}]"), (*t).to_owned())),
    );
    app.post(client, "save_learning_card", &refs(&form)).await
}

async fn cards(app: &TestApp, client: &Client, team: &str) -> Value {
    app.json(client, "team_cards", &[("team_id", team)]).await
}

async fn count(app: &TestApp, table: &str) -> i64 {
    let n: Option<i64> = app
        .db
        .query(format!("RETURN count(SELECT id FROM {table})"))
        .await
        .unwrap()
        .take(0)
        .unwrap();
    n.unwrap_or(0)
}

async fn team_with_test_card(app: &TestApp) -> (TeamSetup, String, String) {
    let setup = team_round(app).await;
    let team = formed_team(app, &setup).await;
    let response = save_test_card(app, &setup.sara, &test_card(&team, "", &[])).await;
    assert_eq!(
        response.status(),
        StatusCode::OK,
        "{:?}",
        response.text().await
    );
    let card = cards(app, &setup.sara, &team).await["test_cards"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    (setup, team, card)
}

#[tokio::test]
async fn a_member_writes_a_test_card_and_finishes_it_with_a_result() {
    let app = spawn_app().await;
    let (setup, team, card) = team_with_test_card(&app).await;
    let seen = cards(&app, &setup.sara, &team).await;
    assert_eq!(seen["can_write"], true);
    assert_eq!(seen["test_cards"][0]["critical"], 3);
    assert_eq!(seen["test_cards"][0]["status"], "Planned");

    // Done without a result is refused; a result on an unfinished test too.
    let done = test_card(&team, &card, &[("status", "done")]);
    let error = refused(
        save_test_card(&app, &setup.sara, &done).await,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    assert_eq!(problem_for(&error, "result"), Some(json!("Required")));
    let early = test_card(
        &team,
        &card,
        &[("status", "running"), ("result", "confirmed")],
    );
    let error = refused(
        save_test_card(&app, &setup.sara, &early).await,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    assert_eq!(
        problem_for(&error, "result"),
        Some(json!("ResultOnlyWhenDone"))
    );

    let finished = test_card(
        &team,
        &card,
        &[
            ("status", "done"),
            ("result", "refuted"),
            ("evidence", "Aha: de flesta ville hellre ses på riktigt."),
        ],
    );
    let response = save_test_card(&app, &setup.coach, &finished).await;
    assert_eq!(response.status(), StatusCode::OK);
    let seen = cards(&app, &setup.sara, &team).await;
    assert_eq!(
        seen["test_cards"].as_array().unwrap().len(),
        1,
        "edited, not added"
    );
    assert_eq!(seen["test_cards"][0]["result"], "Refuted");
    assert_eq!(
        seen["test_cards"][0]["evidence"],
        "Aha: de flesta ville hellre ses på riktigt."
    );
}

#[tokio::test]
async fn bad_card_input_names_each_field_and_no_personal_number_is_stored() {
    let app = spawn_app().await;
    let (setup, team, _) = team_with_test_card(&app).await;
    let odd = test_card(
        &team,
        "",
        &[
            ("name", ""),
            ("critical", "5"),
            ("deadline", "nästa vecka"),
            ("status", "paused"),
            ("metric", ""),
        ],
    );
    let error = refused(
        save_test_card(&app, &setup.sara, &odd).await,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    assert_eq!(problem_for(&error, "name"), Some(json!("Required")));
    assert_eq!(
        problem_for(&error, "critical"),
        Some(json!({"NumberOutOfRange": {"min": 1, "max": 3}}))
    );
    assert_eq!(problem_for(&error, "deadline"), Some(json!("DateInvalid")));
    assert_eq!(problem_for(&error, "status"), Some(json!("ChoiceInvalid")));
    assert_eq!(problem_for(&error, "metric"), Some(json!("Required")));

    let secret = test_card(&team, "", &[("evidence", "Brukaren 19811218-9876 sa att…")]);
    let error = refused(
        save_test_card(&app, &setup.sara, &secret).await,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    assert_eq!(
        problem_for(&error, "evidence"),
        Some(json!("PersonalIdentityNumber"))
    );
    let mut learning = vec![
        ("team_id", team.as_str()),
        ("card[title]", "Tillit"),
        ("card[believed]", "a"),
        ("card[observed]", "Samtal med 121212-1212"),
        ("card[learned]", "c"),
        ("card[therefore]", "d"),
    ];
    let error = refused(
        app.post(&setup.sara, "save_learning_card", &learning).await,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    assert_eq!(
        problem_for(&error, "observed"),
        Some(json!("PersonalIdentityNumber"))
    );
    learning[3] = ("card[observed]", "");
    let error = refused(
        app.post(&setup.sara, "save_learning_card", &learning).await,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    assert_eq!(problem_for(&error, "observed"), Some(json!("Required")));
    assert_eq!(count(&app, "test_card").await, 1);
    assert_eq!(count(&app, "learning_card").await, 0);
}

#[tokio::test]
async fn only_the_team_its_coach_and_organizers_write_cards_and_all_staff_read_them() {
    let app = spawn_app().await;
    let (setup, team, card) = team_with_test_card(&app).await;
    let council = app
        .signed_in_with_roles("rad@kommun.se", &[Role::CouncilMember])
        .await;
    let other_coach = app
        .signed_in_with_roles("annan.coach@kommun.se", &[Role::Coach])
        .await;
    let anonymous = app.client();
    // Olle signed up but is not in the team.
    for (who, client, status) in [
        ("anonymous", &anonymous, StatusCode::UNAUTHORIZED),
        ("staff outside the team", &setup.olle, StatusCode::FORBIDDEN),
        ("council member", &council, StatusCode::FORBIDDEN),
        ("another coach", &other_coach, StatusCode::FORBIDDEN),
    ] {
        let new = save_test_card(&app, client, &test_card(&team, "", &[])).await;
        assert_eq!(new.status(), status, "{who} adds a test card");
        let edit =
            save_test_card(&app, client, &test_card(&team, &card, &[("name", "Kapad")])).await;
        assert_eq!(edit.status(), status, "{who} edits the test card");
        let learning = save_learning_card(&app, client, &team, "", &[]).await;
        assert_eq!(learning.status(), status, "{who} adds a learning card");
        if status == StatusCode::FORBIDDEN {
            let seen = cards(&app, client, &team).await;
            assert_eq!(seen["can_write"], false, "{who} only reads");
            assert_eq!(seen["test_cards"][0]["name"], "Chatt i väntrummet");
        }
    }
    assert_eq!(count(&app, "test_card").await, 1, "nothing added");
    assert_eq!(count(&app, "learning_card").await, 0, "nothing added");
    let response = app
        .post(&anonymous, "team_cards", &[("team_id", &team)])
        .await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);

    for (who, client) in [
        ("member", &setup.sara),
        ("coach", &setup.coach),
        ("organizer", &setup.vote.organizer),
    ] {
        let response = save_learning_card(&app, client, &team, "", &[&card]).await;
        assert_eq!(
            response.status(),
            StatusCode::OK,
            "{who} writes a learning card"
        );
    }
    assert_eq!(count(&app, "learning_card").await, 3);
}

#[tokio::test]
async fn a_learning_card_links_only_its_own_teams_test_cards() {
    let app = spawn_app().await;
    let (setup, team, card) = team_with_test_card(&app).await;
    // A second team, with a test card of its own.
    let other = setup.vote.ideas[1].clone();
    let response = app
        .form_team(
            &setup.vote.organizer,
            &other,
            &setup.coach_id,
            &[&setup.olle_id],
            "",
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let response = save_test_card(&app, &setup.olle, &test_card(&other, "", &[])).await;
    assert_eq!(response.status(), StatusCode::OK);
    let foreign = cards(&app, &setup.olle, &other).await["test_cards"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();

    let error = refused(
        save_learning_card(&app, &setup.sara, &team, "", &[&card, &foreign]).await,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    assert_eq!(problem_for(&error, "tests"), Some(json!("ChoiceInvalid")));
    // Nor can one team edit another team's card by naming its id.
    let hijack = save_test_card(
        &app,
        &setup.sara,
        &test_card(&team, &foreign, &[("name", "Kapad")]),
    )
    .await;
    assert_eq!(hijack.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        cards(&app, &setup.olle, &other).await["test_cards"][0]["name"],
        "Chatt i väntrummet"
    );

    let response = save_learning_card(&app, &setup.sara, &team, "", &[&card]).await;
    assert_eq!(response.status(), StatusCode::OK);
    let seen = cards(&app, &setup.sara, &team).await;
    assert_eq!(
        seen["learning_cards"][0]["tests"][0]["name"],
        "Chatt i väntrummet"
    );
    assert_eq!(
        seen["learning_cards"][0]["learned"],
        "tilliten kommer före kanalen"
    );
}

#[tokio::test]
async fn a_proposal_moves_to_learnings_only_with_a_learning_card() {
    let app = spawn_app().await;
    let (setup, team, card) = team_with_test_card(&app).await;
    let seen = cards(&app, &setup.coach, &team).await;
    assert_eq!(seen["can_move_to_learnings"], true);
    assert_eq!(
        cards(&app, &setup.sara, &team).await["can_move_to_learnings"],
        false
    );
    let form = [
        ("id", team.as_str()),
        ("action", "record_learnings"),
        ("reason", ""),
        ("back", ""),
    ];
    let move_on = || app.post(&setup.coach, "change_stage", &form);
    let error = refused(move_on().await, StatusCode::CONFLICT).await;
    assert_eq!(problem_for(&error, "action"), Some(json!("NoLearningCard")));
    let proposal = app.json(&setup.coach, "proposal", &[("id", &team)]).await;
    assert_eq!(proposal["stage"], "InTest");

    let response = save_learning_card(&app, &setup.sara, &team, "", &[&card]).await;
    assert_eq!(response.status(), StatusCode::OK);
    // Another team's coach has the coach role but does not run this team.
    let other_coach = app
        .signed_in_with_roles("annan.coach@kommun.se", &[Role::Coach])
        .await;
    let response = app.post(&other_coach, "change_stage", &form).await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    assert_eq!(move_on().await.status(), StatusCode::OK);
    let proposal = app.json(&setup.coach, "proposal", &[("id", &team)]).await;
    assert_eq!(proposal["stage"], "Learnings");
    // Follow-up comes with the decision, never by hand.
    let error = refused(
        app.post(
            &setup.vote.organizer,
            "change_stage",
            &[
                ("id", &team),
                ("action", "start_follow_up"),
                ("reason", ""),
                ("back", ""),
            ],
        )
        .await,
        StatusCode::CONFLICT,
    )
    .await;
    assert_eq!(
        problem_for(&error, "action"),
        Some(json!("MovedByDecision"))
    );
}

async fn library(
    app: &TestApp,
    client: &Client,
    q: &str,
    category: &str,
    round: &str,
) -> Vec<String> {
    let found = app
        .json(
            client,
            "learnings_library",
            &[
                ("filter[q]", q),
                ("filter[category]", category),
                ("filter[round]", round),
            ],
        )
        .await;
    found["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["card"]["title"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn the_library_finds_learnings_by_words_category_and_round_for_all_staff() {
    let app = spawn_app().await;
    let (setup, team, card) = team_with_test_card(&app).await;
    let response = save_learning_card(&app, &setup.sara, &team, "", &[&card]).await;
    assert_eq!(response.status(), StatusCode::OK);
    let proposal = app.json(&setup.sara, "proposal", &[("id", &team)]).await;
    let category = proposal["category"].as_str().unwrap().to_lowercase();
    let round = setup.vote.round.clone();
    let title = "Tilliten kommer före kanalen".to_owned();
    let reader = app.signed_in_with_roles("lasare@kommun.se", &[]).await;

    assert_eq!(
        library(&app, &reader, "", "", "").await,
        vec![title.clone()]
    );
    assert_eq!(
        library(&app, &reader, "KANALEN tillit", "", "").await,
        vec![title.clone()]
    );
    assert!(
        library(&app, &reader, "kanalen telefon", "", "")
            .await
            .is_empty()
    );
    assert_eq!(
        library(&app, &reader, "", &category, &round).await,
        vec![title.clone()]
    );
    let other_category = if category == "scale" {
        "explore"
    } else {
        "scale"
    };
    assert!(
        library(&app, &reader, "", other_category, "")
            .await
            .is_empty()
    );
    assert!(
        library(&app, &reader, "", "", "nosuchround")
            .await
            .is_empty()
    );
    assert!(library(&app, &reader, "", "nonsense", "").await.is_empty());
    let rounds = app
        .json(&reader, "learnings_library", &[("filter[q]", "")])
        .await["rounds"]
        .clone();
    assert_eq!(rounds[0]["id"], round.as_str());

    let response = app
        .post(&app.client(), "learnings_library", &[("filter[q]", "")])
        .await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    let page = app
        .get(&reader, "/learnings?q=tillit")
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains(&title), "the library page lists the card");
}
