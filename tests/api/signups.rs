//! Sign-ups to take part in testing: the rules, replacing one's answers, who sees the list,
//! the CSV download, and closing when the bootcamp starts.

use crate::common::proposals::{open_round_id, round_starting};
use crate::common::{TestApp, problem_for, spawn_app};
use idesluss::domain::Role;
use reqwest::{Client, Response, StatusCode};
use serde_json::Value;

async fn sign_up(app: &TestApp, client: &Client, round: &str, form: &[(&str, &str)]) -> Response {
    let mut fields = vec![("round_id".to_owned(), round.to_owned())];
    fields.extend(
        form.iter()
            .map(|(k, v)| (format!("signup[{k}]"), v.to_string())),
    );
    let refs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    app.post(client, "save_signup", &refs).await
}

const FOUR_HOURS: [(&str, &str); 5] = [
    ("interest_test", "on"),
    ("interest_scale", "on"),
    ("availability", "hours"),
    ("hours_per_week", "4"),
    ("manager", "agreed"),
];

#[tokio::test]
async fn staff_sign_up_and_change_their_answers() {
    let app = spawn_app().await;
    let round = open_round_id(&app).await;
    let sara = app.signed_in_with_roles("sara@kommun.se", &[]).await;

    let response = sign_up(
        &app,
        &sara,
        &round,
        &[("availability", "hours"), ("hours_per_week", "99")],
    )
    .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let error: Value = response.json().await.unwrap();
    assert_eq!(
        problem_for(&error, "interests").unwrap(),
        "ChooseAtLeastOne"
    );
    assert_eq!(problem_for(&error, "manager").unwrap(), "Required");
    assert!(problem_for(&error, "hours_per_week").unwrap()["NumberOutOfRange"].is_object());

    assert_eq!(
        sign_up(&app, &sara, &round, &FOUR_HOURS).await.status(),
        StatusCode::OK
    );
    let form: Value = app
        .json(&sara, "signup_form", &[("round_id", &round)])
        .await;
    assert_eq!(form["signed_up"], true);
    assert_eq!(form["input"]["hours_per_week"], "4");
    assert_eq!(form["input"]["interest_scale"], "on");

    let intensive = [
        ("interest_explore", "on"),
        ("availability", "intensive"),
        ("manager", "not_asked"),
    ];
    assert_eq!(
        sign_up(&app, &sara, &round, &intensive).await.status(),
        StatusCode::OK
    );
    let olga = app
        .signed_in_with_roles("olga@kommun.se", &[Role::Organizer])
        .await;
    let list: Value = app.json(&olga, "signups", &[("round_id", &round)]).await;
    let signups = list["signups"].as_array().unwrap();
    assert_eq!(signups.len(), 1, "signing up again replaces the answers");
    assert_eq!(signups[0]["signup"]["availability"], "IntensiveWeek");
    assert_eq!(
        signups[0]["signup"]["categories"],
        serde_json::json!(["Explore"])
    );
}

#[tokio::test]
async fn only_organizers_see_and_download_the_list() {
    let app = spawn_app().await;
    let round = open_round_id(&app).await;
    let sara = app.signed_in_with_roles("sara@kommun.se", &[]).await;
    let note = [
        ("interest_test", "on"),
        ("availability", "hours"),
        ("hours_per_week", "6"),
        ("manager", "agreed"),
        ("note", "=SUMMA(A1) helst sms-förslaget"),
    ];
    assert_eq!(
        sign_up(&app, &sara, &round, &note).await.status(),
        StatusCode::OK
    );
    for (who, roles) in [
        ("staff", &[][..]),
        ("council", &[Role::CouncilMember][..]),
        ("coach", &[Role::Coach][..]),
    ] {
        let client = app
            .signed_in_with_roles(&format!("{who}@kommun.se"), roles)
            .await;
        let response = app.post(&client, "signups", &[("round_id", &round)]).await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{who}");
        let csv = app
            .get(&client, &format!("/rounds/{round}/signups.csv"))
            .await;
        assert_eq!(csv.status(), StatusCode::FORBIDDEN, "{who} downloads");
    }
    let csv = app
        .get(&app.client(), &format!("/rounds/{round}/signups.csv"))
        .await;
    assert_eq!(csv.status(), StatusCode::UNAUTHORIZED);

    let olga = app
        .signed_in_with_roles("olga@kommun.se", &[Role::Organizer])
        .await;
    let csv = app
        .get(&olga, &format!("/rounds/{round}/signups.csv"))
        .await;
    assert_eq!(csv.status(), StatusCode::OK);
    assert!(
        csv.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    let text = csv.text().await.unwrap();
    let lines: Vec<&str> = text.trim_end().split("\r\n").collect();
    assert_eq!(lines.len(), 2);
    assert!(lines[0].contains("\"E-post\""));
    assert!(lines[1].contains("\"sara@kommun.se\""));
    assert!(lines[1].contains("\"6 h i veckan\""));
    assert!(
        lines[1].contains("\"'=SUMMA(A1) helst sms-förslaget\""),
        "formulas are defused"
    );
    let missing = app.get(&olga, "/rounds/nosuchround/signups.csv").await;
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn sign_ups_close_when_the_bootcamp_starts() {
    let app = spawn_app().await;
    // Submission started 100 days ago: the bootcamp (day 79 after the anchor) has begun.
    let started = round_starting(&app, "Pågående omgång", 100).await;
    let sara = app.signed_in_with_roles("sara@kommun.se", &[]).await;
    let response = sign_up(&app, &sara, &started, &FOUR_HOURS).await;
    assert_eq!(response.status(), StatusCode::CONFLICT);
    let error: Value = response.json().await.unwrap();
    assert!(problem_for(&error, "form").unwrap()["SignupClosed"]["closed"].is_string());
    let form: Value = app
        .json(&sara, "signup_form", &[("round_id", &started)])
        .await;
    assert_eq!(form["open"], false);
    let response = sign_up(&app, &app.client(), &started, &FOUR_HOURS).await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
}
