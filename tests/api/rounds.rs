//! Organizers create and edit rounds; impossible dates are refused naming the field.

use crate::common::rounds::{as_refs, valid_round, with};
use crate::common::{problem_for, spawn_app};
use idesluss::domain::Role;
use reqwest::StatusCode;
use serde_json::{Value, json};

async fn round_id_by_name(app: &crate::common::TestApp, name: &str) -> String {
    let rounds: Value = app.list_rounds(&app.client()).await;
    rounds
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["name"] == name)
        .map(|r| r["id"].as_str().unwrap().to_owned())
        .expect("the round is listed")
}

#[tokio::test]
async fn organizer_creates_a_round_that_everyone_can_read() {
    let app = spawn_app().await;
    let organizer = app
        .signed_in_with_roles("olga@kommun.se", &[Role::Organizer])
        .await;
    let form = valid_round("Bootcamp våren 2027");
    let response = app.post(&organizer, "create_round", &as_refs(&form)).await;
    assert_eq!(response.status(), StatusCode::OK);

    let id = round_id_by_name(&app, "Bootcamp våren 2027").await;
    let anonymous = app.client();
    let response = app.post(&anonymous, "round_detail", &[("id", &id)]).await;
    assert_eq!(response.status(), StatusCode::OK);
    let detail: Value = response.json().await.unwrap();
    assert_eq!(detail["round"]["default_budget"], json!(500_000));
    assert_eq!(
        detail["round"]["format"],
        json!({"Weekly": {"weekday": "Friday", "starts_at": "13:00:00", "hours_per_session": 2, "weeks": 5}})
    );
    assert_eq!(detail["can_edit"], json!(false));
}

#[tokio::test]
async fn end_before_start_and_overlap_are_refused_naming_the_fields() {
    let app = spawn_app().await;
    let organizer = app
        .signed_in_with_roles("olga@kommun.se", &[Role::Organizer])
        .await;
    let form = with(valid_round("Fel datum"), "bootcamp_end", "2027-03-01");
    let form = with(form, "council_start", "2027-02-01");
    let response = app.post(&organizer, "create_round", &as_refs(&form)).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let error: Value = response.json().await.unwrap();
    assert_eq!(
        problem_for(&error, "bootcamp_end"),
        Some(json!("EndBeforeStart"))
    );
    assert_eq!(
        problem_for(&error, "council_start"),
        Some(json!({"StartsBeforePreviousEnds": {"previous": "Submission"}}))
    );
    let rounds: Value = app.list_rounds(&organizer).await;
    assert_eq!(rounds, json!([]), "nothing was stored");
}

#[tokio::test]
async fn unreadable_dates_budget_and_format_are_422() {
    let app = spawn_app().await;
    let organizer = app
        .signed_in_with_roles("olga@kommun.se", &[Role::Organizer])
        .await;
    let form = with(valid_round("Trasig"), "vote_start", "2027-02-30");
    let form = with(form, "budget_kronor", "femtusen");
    let form = with(form, "weeks", "99");
    let response = app.post(&organizer, "create_round", &as_refs(&form)).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let error: Value = response.json().await.unwrap();
    assert_eq!(
        problem_for(&error, "vote_start"),
        Some(json!("DateInvalid"))
    );
    assert_eq!(
        problem_for(&error, "budget_kronor"),
        Some(json!("MoneyInvalid"))
    );
    assert_eq!(
        problem_for(&error, "weeks"),
        Some(json!({"NumberOutOfRange": {"min": 1, "max": 26}}))
    );
}

#[tokio::test]
async fn organizer_edits_a_round_and_duplicate_names_are_409() {
    let app = spawn_app().await;
    let organizer = app
        .signed_in_with_roles("olga@kommun.se", &[Role::Organizer])
        .await;
    for name in ["Första", "Andra"] {
        let form = valid_round(name);
        let status = app
            .post(&organizer, "create_round", &as_refs(&form))
            .await
            .status();
        assert_eq!(status, StatusCode::OK);
    }
    let id = round_id_by_name(&app, "Första").await;

    let mut form = with(valid_round("Första, ändrad"), "format", "intensive");
    form = with(form, "intensive_days", "4");
    form.push(("id".into(), id.clone()));
    let response = app.post(&organizer, "update_round", &as_refs(&form)).await;
    assert_eq!(response.status(), StatusCode::OK);
    let form_values: Value = app
        .post(&organizer, "round_for_edit", &[("id", &id)])
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(form_values["name"], "Första, ändrad");
    assert_eq!(form_values["format"], "intensive");
    assert_eq!(form_values["intensive_days"], "4");

    let mut form = valid_round("Andra");
    form.push(("id".into(), id.clone()));
    let response = app.post(&organizer, "update_round", &as_refs(&form)).await;
    assert_eq!(response.status(), StatusCode::CONFLICT);
    let error: Value = response.json().await.unwrap();
    assert_eq!(problem_for(&error, "name"), Some(json!("RoundNameTaken")));
}

#[tokio::test]
async fn unknown_rounds_are_404() {
    let app = spawn_app().await;
    let organizer = app
        .signed_in_with_roles("olga@kommun.se", &[Role::Organizer])
        .await;
    for id in ["doesnotexist", "round:x", "../../etc", ""] {
        let status = app
            .post(&organizer, "round_detail", &[("id", id)])
            .await
            .status();
        assert_eq!(status, StatusCode::NOT_FOUND, "{id:?}");
    }
    let mut form = valid_round("Spöke");
    form.push(("id".into(), "doesnotexist".into()));
    let status = app
        .post(&organizer, "update_round", &as_refs(&form))
        .await
        .status();
    assert_eq!(status, StatusCode::NOT_FOUND);
}
