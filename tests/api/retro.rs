//! The round's retrospective: the round's participants, coaches and organizers write items;
//! others give +1 once each (never to their own); organizers choose and reword items for
//! the report; everyone else reads and changes nothing.

use crate::common::teams::{TeamSetup, formed_team, team_round};
use crate::common::votes::refused;
use crate::common::{TestApp, problem_for, spawn_app};
use idesluss::domain::Role;
use reqwest::{Client, Response, StatusCode};
use serde_json::{Value, json};

async fn add(app: &TestApp, client: &Client, round: &str, kind: &str, text: &str) -> Response {
    app.post(
        client,
        "add_retro_item",
        &[
            ("round_id", round),
            ("item[kind]", kind),
            ("item[heading]", ""),
            ("item[text]", text),
        ],
    )
    .await
}

async fn items(app: &TestApp, client: &Client, round: &str) -> Vec<Value> {
    app.json(client, "retro", &[("round_id", round)]).await["items"]
        .as_array()
        .unwrap()
        .clone()
}

async fn with_team(app: &TestApp) -> TeamSetup {
    let setup = team_round(app).await;
    formed_team(app, &setup).await;
    setup
}

#[tokio::test]
async fn participants_coaches_and_organizers_write_and_others_only_read() {
    let app = spawn_app().await;
    let setup = with_team(&app).await;
    let round = setup.vote.round.clone();
    for (who, client) in [
        ("member", &setup.sara),
        ("coach", &setup.coach),
        ("organizer", &setup.vote.organizer),
    ] {
        let response = add(
            &app,
            client,
            &round,
            "worked_well",
            &format!("Intervjuer ({who})"),
        )
        .await;
        assert_eq!(response.status(), StatusCode::OK, "{who}");
    }
    let council = app
        .signed_in_with_roles("rad@kommun.se", &[Role::CouncilMember])
        .await;
    for (who, client, status) in [
        (
            "staff outside the teams",
            &setup.olle,
            StatusCode::FORBIDDEN,
        ),
        ("council member", &council, StatusCode::FORBIDDEN),
        ("anonymous", &app.client(), StatusCode::UNAUTHORIZED),
    ] {
        let response = add(&app, client, &round, "did_not_work", "Kapat").await;
        assert_eq!(response.status(), status, "{who}");
    }
    let seen = app
        .json(&setup.olle, "retro", &[("round_id", &round)])
        .await;
    assert_eq!(seen["can_write"], false);
    assert_eq!(seen["items"].as_array().unwrap().len(), 3);

    let error = refused(
        add(&app, &setup.sara, &round, "later", "").await,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    assert_eq!(problem_for(&error, "kind"), Some(json!("ChoiceInvalid")));
    assert_eq!(problem_for(&error, "text"), Some(json!("Required")));
    let error = refused(
        add(
            &app,
            &setup.sara,
            &round,
            "learning",
            "Brukaren 19811218-9876",
        )
        .await,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    assert_eq!(
        problem_for(&error, "text"),
        Some(json!("PersonalIdentityNumber"))
    );
}

#[tokio::test]
async fn a_plus_one_counts_once_and_never_for_ones_own_item() {
    let app = spawn_app().await;
    let setup = with_team(&app).await;
    let round = setup.vote.round.clone();
    assert_eq!(
        add(&app, &setup.sara, &round, "worked_well", "Fika")
            .await
            .status(),
        StatusCode::OK
    );
    let item = items(&app, &setup.sara, &round).await[0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let form = [("item_id", item.as_str())];
    let plus = |client| app.post(client, "plus_one", &form);

    let error = refused(plus(&setup.sara).await, StatusCode::CONFLICT).await;
    assert_eq!(problem_for(&error, "item_id"), Some(json!("OwnItem")));
    assert_eq!(plus(&setup.coach).await.status(), StatusCode::OK);
    let error = refused(plus(&setup.coach).await, StatusCode::CONFLICT).await;
    assert_eq!(
        problem_for(&error, "item_id"),
        Some(json!("AlreadyPlusOne"))
    );
    assert_eq!(plus(&setup.olle).await.status(), StatusCode::FORBIDDEN);
    let anonymous = app.client();
    assert_eq!(plus(&anonymous).await.status(), StatusCode::UNAUTHORIZED);
    // Two at once from the same person still count once.
    let organizer = setup.vote.organizer.clone();
    let (a, b) = tokio::join!(plus(&organizer), plus(&organizer));
    let mut statuses = [a.status(), b.status()];
    statuses.sort();
    assert_eq!(statuses, [StatusCode::OK, StatusCode::CONFLICT]);
    let seen = items(&app, &setup.coach, &round).await;
    assert_eq!(seen[0]["plus_ones"], 2);
    assert_eq!(seen[0]["plus_oned"], true);
    assert_eq!(items(&app, &setup.sara, &round).await[0]["mine"], true);
}

#[tokio::test]
async fn organizers_choose_and_reword_items_for_the_report() {
    let app = spawn_app().await;
    let setup = with_team(&app).await;
    let round = setup.vote.round.clone();
    assert_eq!(
        add(
            &app,
            &setup.sara,
            &round,
            "recommendation",
            "testa mer radikalt typ"
        )
        .await
        .status(),
        StatusCode::OK
    );
    let item = items(&app, &setup.sara, &round).await[0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let choice = [("item_id", item.as_str()), ("chosen", "true")];
    let choose = |client| app.post(client, "choose_retro_item", &choice);
    let wording = [
        ("item_id", item.as_str()),
        ("item[kind]", "recommendation"),
        ("item[heading]", "Våga testa mer radikalt"),
        (
            "item[text]",
            "Förenkla och skala ner i stället för att backa.",
        ),
    ];
    let reword = |client| app.post(client, "reword_retro_item", &wording);
    for (who, client) in [("member", &setup.sara), ("coach", &setup.coach)] {
        assert_eq!(
            choose(client).await.status(),
            StatusCode::FORBIDDEN,
            "{who}"
        );
        assert_eq!(
            reword(client).await.status(),
            StatusCode::FORBIDDEN,
            "{who}"
        );
    }
    assert_eq!(items(&app, &setup.sara, &round).await[0]["chosen"], false);
    assert_eq!(choose(&setup.vote.organizer).await.status(), StatusCode::OK);
    assert_eq!(reword(&setup.vote.organizer).await.status(), StatusCode::OK);
    let seen = &items(&app, &setup.sara, &round).await[0];
    assert_eq!(seen["chosen"], true);
    assert_eq!(
        seen["text"], "testa mer radikalt typ",
        "the author's words stay"
    );
    assert_eq!(seen["report_heading"], "Våga testa mer radikalt");
    let report = app
        .json(&setup.olle, "report", &[("round_id", &round)])
        .await;
    assert_eq!(report["items"][0]["heading"], "Våga testa mer radikalt");
    assert_eq!(
        report["items"][0]["text"],
        "Förenkla och skala ner i stället för att backa."
    );
}
