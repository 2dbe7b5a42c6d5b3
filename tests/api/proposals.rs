//! Submitting proposals: drafts, the completeness minimum, the secrecy guard, the phase
//! window, and who can see a draft.

use crate::common::proposals::{complete, open_round_id, round_starting, with};
use crate::common::{problem_for, spawn_app};
use reqwest::StatusCode;
use serde_json::Value;

#[tokio::test]
async fn a_draft_needs_only_a_title_and_stays_private() {
    let app = spawn_app().await;
    let round = open_round_id(&app).await;
    let sara = app.signed_in_with_roles("sara@kommun.se", &[]).await;
    let other = app.signed_in_with_roles("per@kommun.se", &[]).await;
    let title_only = vec![("title", "Bättre väntrum".to_owned())];
    let id = app.new_proposal(&sara, &round, "draft", &title_only).await;

    let draft = app.proposal_json(&sara, &id).await;
    assert_eq!(draft["stage"], "Draft");
    assert_eq!(draft["title"], "Bättre väntrum");
    assert_eq!(draft["can_edit"], true);
    assert_eq!(
        app.proposal(&other, &id).await.status(),
        StatusCode::NOT_FOUND
    );
    let board: Value = app.board_json(&other, &round, &[]).await;
    assert_eq!(board["total"], 0);
    // Someone else cannot save into it either.
    let response = app
        .save_proposal(&other, &round, &id, "draft", &complete())
        .await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_complete_proposal_is_submitted_and_shows_on_the_board() {
    let app = spawn_app().await;
    let round = open_round_id(&app).await;
    let sara = app.signed_in_with_roles("sara@kommun.se", &[]).await;
    let id = app.new_proposal(&sara, &round, "submit", &complete()).await;

    let proposal = app.proposal_json(&sara, &id).await;
    assert_eq!(proposal["stage"], "Submitted");
    assert_eq!(proposal["can_edit"], false);
    assert_eq!(proposal["events"][0]["action"], "Submit");
    assert_eq!(proposal["events"][0]["by_name"], "Testperson");
    let per = app.signed_in_with_roles("per@kommun.se", &[]).await;
    let board: Value = app.board_json(&per, &round, &[]).await;
    assert_eq!(board["total"], 1);
    assert_eq!(
        board["cards"][0]["title"],
        "Sms-påminnelse före första besöket"
    );
    let submitted = board["counts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c[0] == "Submitted")
        .unwrap()
        .clone();
    assert_eq!(submitted[1], 1);
    // The proposer can no longer change the text of a submitted proposal.
    let response = app
        .save_proposal(&sara, &round, &id, "draft", &complete())
        .await;
    assert_eq!(response.status(), StatusCode::CONFLICT);
    let mine: Value = app.json(&sara, "my_proposals", &[]).await;
    assert_eq!(mine[0]["stage"], "Submitted");
}

#[tokio::test]
async fn a_thin_proposal_is_refused_field_by_field_and_keeps_what_was_typed() {
    let app = spawn_app().await;
    let round = open_round_id(&app).await;
    let sara = app.signed_in_with_roles("sara@kommun.se", &[]).await;
    let thin = with(with(complete(), "idea", "Sms före besök"), "category", "");
    let response = app.save_proposal(&sara, &round, "", "submit", &thin).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let error: Value = response.json().await.unwrap();
    assert_eq!(
        problem_for(&error, "idea").unwrap(),
        serde_json::json!({"TooFewWords": {"min": 15}})
    );
    assert_eq!(problem_for(&error, "category").unwrap(), "Required");
    assert!(problem_for(&error, "title").is_none());
    assert!(
        error.to_string().contains("Försörjningsstöd Nord"),
        "echo keeps the unit"
    );
    let mine: Value = app.json(&sara, "my_proposals", &[]).await;
    assert_eq!(mine.as_array().unwrap().len(), 0, "nothing was stored");
}

#[tokio::test]
async fn a_personal_identity_number_is_refused_anywhere_in_the_text() {
    let app = spawn_app().await;
    let round = open_round_id(&app).await;
    let sara = app.signed_in_with_roles("sara@kommun.se", &[]).await;
    for field in [
        "title",
        "problem",
        "idea",
        "first_test",
        "success_signal",
        "unit",
    ] {
        let leaking = with(
            complete(),
            field,
            "Gäller brukare 19121212-1212 i första hand",
        );
        for intent in ["draft", "submit"] {
            let response = app.save_proposal(&sara, &round, "", intent, &leaking).await;
            assert_eq!(
                response.status(),
                StatusCode::UNPROCESSABLE_ENTITY,
                "{field}"
            );
            let error: Value = response.json().await.unwrap();
            assert_eq!(
                problem_for(&error, field).unwrap(),
                "PersonalIdentityNumber",
                "{field}"
            );
        }
    }
    // Look-alikes pass: a phone number and a date.
    let fine = with(
        complete(),
        "first_test",
        "Ring 070-123 45 67 och börja 2026-12-01 med fyra veckors test på enheten.",
    );
    app.new_proposal(&sara, &round, "submit", &fine).await;
}

#[tokio::test]
async fn submission_outside_the_phase_is_refused_with_its_dates_but_drafts_are_kept() {
    let app = spawn_app().await;
    let later = round_starting(&app, "Kommande omgång", -10).await;
    let closed = round_starting(&app, "Stängd omgång", 100).await;
    let sara = app.signed_in_with_roles("sara@kommun.se", &[]).await;

    let response = app
        .save_proposal(&sara, &later, "", "submit", &complete())
        .await;
    assert_eq!(response.status(), StatusCode::CONFLICT);
    let error: Value = response.json().await.unwrap();
    assert!(problem_for(&error, "form").unwrap()["SubmissionNotOpenYet"]["opens"].is_string());

    let response = app
        .save_proposal(&sara, &closed, "", "submit", &complete())
        .await;
    assert_eq!(response.status(), StatusCode::CONFLICT);
    let error: Value = response.json().await.unwrap();
    assert!(problem_for(&error, "form").unwrap()["SubmissionClosed"]["closed"].is_string());

    // A draft can be prepared before the phase opens, and sent in from the page is refused.
    let id = app.new_proposal(&sara, &later, "draft", &complete()).await;
    let response = app.change_stage(&sara, &id, "submit", "").await;
    assert_eq!(response.status(), StatusCode::CONFLICT);
    assert_eq!(app.proposal_json(&sara, &id).await["stage"], "Draft");
}

#[tokio::test]
async fn co_proposers_must_have_accounts_and_then_share_the_proposal() {
    let app = spawn_app().await;
    let round = open_round_id(&app).await;
    let sara = app.signed_in_with_roles("sara@kommun.se", &[]).await;
    let kim = app.signed_in_with_roles("kim@kommun.se", &[]).await;
    let unknown = with(complete(), "co_proposers", "kim@kommun.se, okand@kommun.se");
    let response = app
        .save_proposal(&sara, &round, "", "submit", &unknown)
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let error: Value = response.json().await.unwrap();
    assert_eq!(
        problem_for(&error, "co_proposers").unwrap(),
        "UnknownColleague"
    );

    let shared = with(complete(), "co_proposers", "kim@kommun.se");
    let id = app.new_proposal(&sara, &round, "draft", &shared).await;
    // Kim sees the shared draft and may work on it.
    let draft = app.proposal_json(&kim, &id).await;
    assert_eq!(draft["can_edit"], true);
    let mine: Value = app.json(&kim, "my_proposals", &[]).await;
    assert_eq!(mine[0]["id"], id.as_str());
}

#[tokio::test]
async fn signing_in_is_needed_for_proposals_and_the_board() {
    let app = spawn_app().await;
    let round = open_round_id(&app).await;
    let anonymous = app.client();
    let response = app
        .save_proposal(&anonymous, &round, "", "submit", &complete())
        .await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(
        app.board(&anonymous, &round, &[]).await.status(),
        StatusCode::UNAUTHORIZED
    );
    for function in ["my_proposals", "notifications", "mark_notifications_read"] {
        let response = app.post(&anonymous, function, &[]).await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED, "{function}");
    }
    let response = app
        .post(
            &anonymous,
            "proposal_form",
            &[("round_id", &round), ("id", "")],
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    let sara = app.signed_in_with_roles("sara@kommun.se", &[]).await;
    let response = app
        .save_proposal(&sara, &round, "", "publish", &complete())
        .await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let response = app
        .save_proposal(&sara, "nosuchround", "", "draft", &complete())
        .await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
}
