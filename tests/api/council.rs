//! The council meeting: criteria, scoring rules, who sees whose scores, who may score.

use crate::common::proposals::{complete, open_round_id};
use crate::common::{TestApp, problem_for, spawn_app};
use idesluss::domain::Role;
use reqwest::{Client, Response, StatusCode};
use serde_json::Value;

async fn score(
    app: &TestApp,
    client: &Client,
    id: &str,
    scores: [&str; 3],
    comment: &str,
) -> Response {
    app.post(
        client,
        "save_score",
        &[
            ("id", id),
            ("score[score_1]", scores[0]),
            ("score[score_2]", scores[1]),
            ("score[score_3]", scores[2]),
            ("score[comment]", comment),
        ],
    )
    .await
}

async fn council_view(app: &TestApp, client: &Client, id: &str) -> Value {
    let response = app.post(client, "council_proposal", &[("id", id)]).await;
    assert_eq!(response.status(), StatusCode::OK);
    response.json().await.unwrap()
}

#[tokio::test]
async fn members_see_each_others_scores_only_after_scoring_themselves() {
    let app = spawn_app().await;
    let round = open_round_id(&app).await;
    let sara = app.signed_in_with_roles("sara@kommun.se", &[]).await;
    let rut = app
        .signed_in_with_roles("rut@kommun.se", &[Role::CouncilMember])
        .await;
    let bo = app
        .signed_in_with_roles("bo@kommun.se", &[Role::CouncilMember])
        .await;
    let olga = app
        .signed_in_with_roles("olga@kommun.se", &[Role::Organizer])
        .await;
    let id = app.new_proposal(&sara, &round, "submit", &complete()).await;

    assert_eq!(
        score(&app, &rut, &id, ["5", "4", "3"], "Viktigt för brukarna.")
            .await
            .status(),
        StatusCode::OK
    );
    // Bo has not scored: Rut's scores are hidden from him, the count is not.
    let seen_by_bo = council_view(&app, &bo, &id).await;
    assert_eq!(seen_by_bo["scores"].as_array().unwrap().len(), 0);
    assert_eq!(seen_by_bo["item"]["summary"].as_array().unwrap().len(), 0);
    assert_eq!(seen_by_bo["item"]["scored_by"], 1);
    let overview: Value = app.json(&bo, "council", &[("round_id", &round)]).await;
    assert_eq!(overview["items"][0]["summary"].as_array().unwrap().len(), 0);
    assert!(!overview.to_string().contains("Viktigt för brukarna"));

    assert_eq!(
        score(&app, &bo, &id, ["3", "2", "5"], "").await.status(),
        StatusCode::OK
    );
    let seen_by_bo = council_view(&app, &bo, &id).await;
    assert_eq!(seen_by_bo["scores"].as_array().unwrap().len(), 2);
    assert_eq!(seen_by_bo["mine"]["score_3"], "5");
    let first = &seen_by_bo["item"]["summary"][0];
    assert_eq!(first["mean"], 4.0);
    assert_eq!(
        (first["lowest"].as_u64(), first["highest"].as_u64()),
        (Some(3), Some(5))
    );

    // The organizer sees everything without scoring, and may decide.
    let seen_by_olga = council_view(&app, &olga, &id).await;
    assert_eq!(seen_by_olga["scores"].as_array().unwrap().len(), 2);
    assert_eq!(
        seen_by_olga["decisions"],
        serde_json::json!(["Shortlist", "Decline"])
    );

    // A score is final once given (issue 9: the others' scores show at once, so a change
    // afterwards would no longer be blind).
    assert_eq!(
        score(&app, &rut, &id, ["1", "1", "1"], "Ändrat mig.")
            .await
            .status(),
        StatusCode::CONFLICT
    );
    let seen_by_olga = council_view(&app, &olga, &id).await;
    assert_eq!(seen_by_olga["item"]["scored_by"], 2);
    assert_eq!(seen_by_olga["item"]["summary"][0]["mean"], 4.0);

    // Once decided, scoring is closed.
    assert_eq!(
        app.change_stage(&olga, &id, "shortlist", "Rådet var positivt.")
            .await
            .status(),
        StatusCode::OK
    );
    let response = score(&app, &bo, &id, ["5", "5", "5"], "").await;
    assert_eq!(response.status(), StatusCode::CONFLICT);
}

#[tokio::test]
async fn only_council_members_score_and_only_with_valid_scores() {
    let app = spawn_app().await;
    let round = open_round_id(&app).await;
    let sara = app.signed_in_with_roles("sara@kommun.se", &[]).await;
    let coach = app
        .signed_in_with_roles("carin@kommun.se", &[Role::Coach])
        .await;
    let olga = app
        .signed_in_with_roles("olga@kommun.se", &[Role::Organizer])
        .await;
    let rut = app
        .signed_in_with_roles("rut@kommun.se", &[Role::CouncilMember])
        .await;
    let id = app.new_proposal(&sara, &round, "submit", &complete()).await;

    for (who, client) in [("staff", &sara), ("coach", &coach), ("organizer", &olga)] {
        let response = score(&app, client, &id, ["3", "3", "3"], "").await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{who}");
    }
    let response = score(&app, &app.client(), &id, ["3", "3", "3"], "").await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    for (who, client) in [("staff", &sara), ("coach", &coach)] {
        let response = app.post(client, "council", &[("round_id", &round)]).await;
        assert_eq!(
            response.status(),
            StatusCode::FORBIDDEN,
            "{who} lists the council"
        );
        let response = app.post(client, "council_proposal", &[("id", &id)]).await;
        assert_eq!(
            response.status(),
            StatusCode::FORBIDDEN,
            "{who} opens a council proposal"
        );
    }

    let response = score(&app, &rut, &id, ["6", "", "3"], "").await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let error: Value = response.json().await.unwrap();
    assert_eq!(
        problem_for(&error, "score_1").unwrap(),
        serde_json::json!({"NumberOutOfRange": {"min": 1, "max": 5}})
    );
    assert_eq!(problem_for(&error, "score_2").unwrap(), "Required");
    let response = score(&app, &rut, &id, ["3", "3", "3"], "Gäller 19121212-1212").await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let view = council_view(&app, &olga, &id).await;
    assert_eq!(
        view["item"]["scored_by"], 0,
        "nothing stored after refusals"
    );
}

#[tokio::test]
async fn organizers_set_criteria_until_scoring_starts() {
    let app = spawn_app().await;
    let round = open_round_id(&app).await;
    let sara = app.signed_in_with_roles("sara@kommun.se", &[]).await;
    let rut = app
        .signed_in_with_roles("rut@kommun.se", &[Role::CouncilMember])
        .await;
    let olga = app
        .signed_in_with_roles("olga@kommun.se", &[Role::Organizer])
        .await;
    let overview: Value = app.json(&olga, "council", &[("round_id", &round)]).await;
    assert_eq!(overview["criteria"][0], "Värde för brukarna");
    assert_eq!(overview["criteria"].as_array().unwrap().len(), 3);

    for (who, client) in [("staff", &sara), ("council", &rut)] {
        let response = app
            .post(
                client,
                "set_criteria",
                &[("round_id", &round), ("criteria", "Mod\nNytta\nEnkelhet")],
            )
            .await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{who}");
    }
    let response = app
        .post(
            &olga,
            "set_criteria",
            &[("round_id", &round), ("criteria", " \n")],
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let response = app
        .post(
            &olga,
            "set_criteria",
            &[
                ("round_id", &round),
                ("criteria", "Nytta för brukarna\nGår att testa\nTydlighet"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let overview: Value = app.json(&rut, "council", &[("round_id", &round)]).await;
    assert_eq!(overview["criteria"][0], "Nytta för brukarna");
    assert_eq!(overview["criteria_locked"], false);

    let id = app.new_proposal(&sara, &round, "submit", &complete()).await;
    assert_eq!(
        score(&app, &rut, &id, ["4", "4", "4"], "").await.status(),
        StatusCode::OK
    );
    let response = app
        .post(
            &olga,
            "set_criteria",
            &[("round_id", &round), ("criteria", "Något helt annat")],
        )
        .await;
    assert_eq!(response.status(), StatusCode::CONFLICT);
    let overview: Value = app.json(&olga, "council", &[("round_id", &round)]).await;
    assert_eq!(overview["criteria_locked"], true);
    assert_eq!(overview["criteria"][0], "Nytta för brukarna");
}
