//! Moving proposals through the stages: the needs-more-detail loop, council decisions,
//! per-role refusals (403, nothing changed), forbidden transitions (409), comments and
//! notifications.

use crate::common::proposals::{complete, open_round_id, with};
use crate::common::{TestApp, problem_for, spawn_app};
use idesluss::domain::Role;
use reqwest::{Client, StatusCode};
use serde_json::Value;

async fn stage_of(app: &TestApp, client: &Client, id: &str) -> Value {
    app.proposal_json(client, id).await["stage"].clone()
}

async fn unread(app: &TestApp, client: &Client) -> u64 {
    app.current_user(client).await["unread"].as_u64().unwrap()
}

#[tokio::test]
async fn a_coach_asks_for_detail_and_the_proposer_answers_and_resubmits() {
    let app = spawn_app().await;
    let round = open_round_id(&app).await;
    let sara = app.signed_in_with_roles("sara@kommun.se", &[]).await;
    let coach = app
        .signed_in_with_roles("carin@kommun.se", &[Role::Coach])
        .await;
    let id = app.new_proposal(&sara, &round, "submit", &complete()).await;
    assert_eq!(unread(&app, &sara).await, 0);

    // A question needs its text.
    let response = app.change_stage(&coach, &id, "ask_for_detail", "  ").await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let error: Value = response.json().await.unwrap();
    assert_eq!(problem_for(&error, "reason").unwrap(), "Required");
    assert_eq!(stage_of(&app, &sara, &id).await, "Submitted");

    let question = "Hur många nybesök har enheten per vecka?";
    let response = app
        .change_stage(&coach, &id, "ask_for_detail", question)
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(stage_of(&app, &sara, &id).await, "NeedsDetail");
    assert_eq!(unread(&app, &sara).await, 1, "the proposer is notified");
    let notes: Value = app.json(&sara, "notifications", &[]).await;
    assert_eq!(notes[0]["kind"]["Stage"], "NeedsDetail");

    // The proposer sees the question in the form and in "Mina förslag".
    let form: Value = app
        .json(&sara, "proposal_form", &[("round_id", ""), ("id", &id)])
        .await;
    assert_eq!(form["question"], question);
    let mine: Value = app.json(&sara, "my_proposals", &[]).await;
    assert_eq!(mine[0]["latest"][1], question);

    // The answer goes into the text; sending in again returns it to "submitted".
    let answered = with(
        complete(),
        "first_test",
        "Enheten har ungefär 40 nybesök i veckan; vi skickar sms till alla i fyra veckor.",
    );
    let response = app
        .save_proposal(&sara, &round, &id, "submit", &answered)
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let proposal = app.proposal_json(&coach, &id).await;
    assert_eq!(proposal["stage"], "Submitted");
    assert!(
        proposal["first_test"]
            .as_str()
            .unwrap()
            .contains("40 nybesök")
    );
    let actions: Vec<&str> = proposal["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["Submit", "AskForDetail", "Resubmit"]);
    assert_eq!(proposal["events"][1]["reason"], question);
    assert_eq!(proposal["events"][1]["by_name"], "Testperson");

    // Marking read empties the bell.
    app.post(&sara, "mark_notifications_read", &[]).await;
    assert_eq!(unread(&app, &sara).await, 0);
}

#[tokio::test]
async fn only_organizers_record_council_decisions_and_refusals_change_nothing() {
    let app = spawn_app().await;
    let round = open_round_id(&app).await;
    let sara = app.signed_in_with_roles("sara@kommun.se", &[]).await;
    let staff = app.signed_in_with_roles("per@kommun.se", &[]).await;
    let council = app
        .signed_in_with_roles("rut@kommun.se", &[Role::CouncilMember])
        .await;
    let coach = app
        .signed_in_with_roles("carin@kommun.se", &[Role::Coach])
        .await;
    let organizer = app
        .signed_in_with_roles("olga@kommun.se", &[Role::Organizer])
        .await;
    let id = app.new_proposal(&sara, &round, "submit", &complete()).await;

    for (who, client) in [
        ("proposer", &sara),
        ("staff", &staff),
        ("council", &council),
        ("coach", &coach),
    ] {
        for action in ["shortlist", "decline", "put_on_ballot", "select"] {
            let response = app
                .change_stage(client, &id, action, "Rådet var enigt.")
                .await;
            assert_eq!(response.status(), StatusCode::FORBIDDEN, "{who} {action}");
        }
    }
    for (who, client) in [
        ("proposer", &sara),
        ("staff", &staff),
        ("council", &council),
    ] {
        let response = app
            .change_stage(client, &id, "ask_for_detail", "Varför?")
            .await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{who}");
    }
    let anonymous = app.client();
    let response = app.change_stage(&anonymous, &id, "shortlist", "x").await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    let proposal = app.proposal_json(&organizer, &id).await;
    assert_eq!(proposal["stage"], "Submitted");
    assert_eq!(
        proposal["events"].as_array().unwrap().len(),
        1,
        "nothing recorded"
    );

    // A council decision needs a rationale, then the proposer can read it.
    let response = app.change_stage(&organizer, &id, "shortlist", "").await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let rationale = "Tydligt problem och ett test som går att göra på fyra veckor.";
    let response = app
        .change_stage(&organizer, &id, "shortlist", rationale)
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let seen_by_proposer = app.proposal_json(&sara, &id).await;
    assert_eq!(seen_by_proposer["stage"], "Shortlisted");
    assert_eq!(seen_by_proposer["events"][1]["reason"], rationale);
}

#[tokio::test]
async fn forbidden_transitions_are_conflicts() {
    let app = spawn_app().await;
    let round = open_round_id(&app).await;
    let sara = app.signed_in_with_roles("sara@kommun.se", &[]).await;
    let organizer = app
        .signed_in_with_roles("olga@kommun.se", &[Role::Organizer, Role::Coach])
        .await;
    let id = app.new_proposal(&sara, &round, "submit", &complete()).await;
    for action in [
        "select",
        "not_select",
        "put_on_ballot",
        "start_test",
        "record_learnings",
        "start_follow_up",
    ] {
        let response = app
            .change_stage(&organizer, &id, action, "motivering")
            .await;
        assert_eq!(
            response.status(),
            StatusCode::CONFLICT,
            "{action} from submitted"
        );
    }
    // A second decision on the same proposal is refused once it has moved on.
    assert_eq!(
        app.change_stage(&organizer, &id, "decline", "Inte nu.")
            .await
            .status(),
        StatusCode::OK
    );
    let response = app.change_stage(&organizer, &id, "shortlist", "Jo.").await;
    assert_eq!(response.status(), StatusCode::CONFLICT);
    let response = app.change_stage(&sara, &id, "submit", "").await;
    assert_eq!(response.status(), StatusCode::CONFLICT);
    assert_eq!(stage_of(&app, &sara, &id).await, "NotShortlisted");
    let response = app.change_stage(&organizer, &id, "launch", "").await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let response = app
        .change_stage(&organizer, "nosuchidea", "shortlist", "x")
        .await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_thread_takes_comments_and_notifies_the_proposer() {
    let app = spawn_app().await;
    let round = open_round_id(&app).await;
    let sara = app.signed_in_with_roles("sara@kommun.se", &[]).await;
    let per = app.signed_in_with_roles("per@kommun.se", &[]).await;
    let id = app.new_proposal(&sara, &round, "submit", &complete()).await;

    let response = app
        .post(&per, "add_comment", &[("id", &id), ("body", "   ")])
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let response = app
        .post(
            &per,
            "add_comment",
            &[("id", &id), ("body", "Gäller 121212-1212 också?")],
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let error: Value = response.json().await.unwrap();
    assert_eq!(
        problem_for(&error, "body").unwrap(),
        "PersonalIdentityNumber"
    );

    let response = app
        .post(
            &per,
            "add_comment",
            &[("id", &id), ("body", "Vi på Nord vill gärna vara med!")],
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let proposal = app.proposal_json(&sara, &id).await;
    assert_eq!(
        proposal["comments"][0]["body"],
        "Vi på Nord vill gärna vara med!"
    );
    assert_eq!(unread(&app, &sara).await, 1);
    assert_eq!(
        unread(&app, &per).await,
        0,
        "no notification for your own comment"
    );
    let anonymous = app.client();
    let response = app
        .post(&anonymous, "add_comment", &[("id", &id), ("body", "Hej")])
        .await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn the_board_filters_by_category_unit_stage_and_text() {
    let app = spawn_app().await;
    let round = open_round_id(&app).await;
    let sara = app.signed_in_with_roles("sara@kommun.se", &[]).await;
    app.new_proposal(&sara, &round, "submit", &complete()).await;
    let other = with(
        with(
            with(complete(), "title", "Öppen mottagning för familjer"),
            "category",
            "explore",
        ),
        "unit",
        "Barn och familj",
    );
    app.new_proposal(&sara, &round, "submit", &other).await;

    let total = |board: &Value| board["total"].as_u64().unwrap();
    let board: Value = app.board_json(&sara, &round, &[]).await;
    assert_eq!(total(&board), 2);
    assert_eq!(board["units"].as_array().unwrap().len(), 2);
    let board: Value = app
        .board(&sara, &round, &[("category", "explore")])
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(total(&board), 1);
    assert_eq!(board["cards"][0]["title"], "Öppen mottagning för familjer");
    let board: Value = app
        .board(&sara, &round, &[("unit", "Försörjningsstöd Nord")])
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(total(&board), 1);
    let board: Value = app
        .board(&sara, &round, &[("q", "MOTTAGNING familjer")])
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(total(&board), 1);
    let board: Value = app
        .board(&sara, &round, &[("stage", "shortlisted")])
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(total(&board), 0);
    let response = app.board(&sara, &round, &[("category", "utforska")]).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
}
