//! Every server function of teams, coach notes, the budget and the calendar, called by
//! someone who may not: anonymous visitors get 401, staff outside the team, council
//! members and other coaches 403 (or 404 where the id itself is the secret), and nothing
//! the team recorded changes.

use crate::common::TestApp;
use crate::common::spawn_app;
use crate::common::teams::{formed_team, team_round};
use idesluss::domain::Role;
use reqwest::{Client, StatusCode};
use serde_json::Value;

/// Everything the team has recorded, as its coach sees it.
async fn snapshot(app: &TestApp, coach: &Client, team: &str) -> (Value, Value, Value) {
    let page = app.team_json(coach, team).await;
    let notes = app.json(coach, "coach_notes", &[("team_id", team)]).await;
    let budget = app.json(coach, "budget", &[("team_id", team)]).await;
    (page, notes, budget)
}

#[tokio::test]
async fn nobody_outside_a_team_changes_anything_in_it() {
    let app = spawn_app().await;
    let setup = team_round(&app).await;
    let team = formed_team(&app, &setup).await;
    let page = app.team_json(&setup.coach, &team).await;
    let session = page["sessions"][0]["id"].as_str().unwrap().to_owned();
    let day = page["bootcamp"]["start"].as_str().unwrap().to_owned();
    let response = app
        .post(
            &setup.sara,
            "add_expense",
            &[
                ("team_id", team.as_str()),
                ("expense[date]", day.as_str()),
                ("expense[amount]", "9000"),
                ("expense[what]", "Föreläsare"),
                ("expense[category]", "fees"),
                ("expense[paid_by]", "Förvaltningens kort"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let budget = app
        .json(&setup.coach, "budget", &[("team_id", &team)])
        .await;
    let expense = budget["expenses"][0]["id"].as_str().unwrap().to_owned();
    let before = snapshot(&app, &setup.coach, &team).await;

    let mark = format!("{}:away", setup.sara_id);
    let calls: Vec<(&str, Vec<(&str, &str)>)> = vec![
        (
            "add_team_member",
            vec![
                ("team_id", &team),
                ("email", "olle@kommun.se"),
                ("reason", "Vill vara med"),
            ],
        ),
        (
            "remove_team_member",
            vec![
                ("team_id", &team),
                ("member_id", &setup.sara_id),
                ("reason", "Slutar"),
            ],
        ),
        (
            "save_attendance",
            vec![("session_id", &session), ("marks[0]", &mark)],
        ),
        (
            "save_handover",
            vec![
                ("session_id", &session),
                ("handover[did]", "Intrång"),
                ("handover[next_steps]", "Inget"),
            ],
        ),
        (
            "move_session",
            vec![
                ("session_id", &session),
                ("change[date]", &day),
                ("change[starts_at]", "08:00"),
                ("change[ends_at]", "09:00"),
                ("change[reason]", "Intrång"),
            ],
        ),
        (
            "cancel_session",
            vec![("session_id", &session), ("reason", "Intrång")],
        ),
        (
            "add_coach_note",
            vec![
                ("team_id", &team),
                ("note[body]", "Intrång"),
                ("note[visibility]", "team"),
            ],
        ),
        (
            "add_expense",
            vec![
                ("team_id", &team),
                ("expense[date]", &day),
                ("expense[amount]", "10"),
                ("expense[what]", "Intrång"),
                ("expense[category]", "other"),
                ("expense[paid_by]", "Någon"),
            ],
        ),
        (
            "decide_expense",
            vec![("expense_id", &expense), ("decision", "approve")],
        ),
        (
            "change_budget",
            vec![("team_id", &team), ("amount", "1"), ("reason", "Intrång")],
        ),
    ];
    let council = app
        .signed_in_with_roles("rad@kommun.se", &[Role::CouncilMember])
        .await;
    let other_coach = app
        .signed_in_with_roles("annan.coach@kommun.se", &[Role::Coach])
        .await;
    for (who, client, expected) in [
        ("anonymous", app.client(), StatusCode::UNAUTHORIZED),
        ("other staff", setup.olle.clone(), StatusCode::FORBIDDEN),
        ("council", council, StatusCode::FORBIDDEN),
        ("another coach", other_coach, StatusCode::FORBIDDEN),
    ] {
        for (function, form) in &calls {
            let response = app.post(&client, function, form).await;
            assert_eq!(response.status(), expected, "{who}: {function}");
        }
        for read in ["coach_notes", "budget"] {
            let response = app.post(&client, read, &[("team_id", &team)]).await;
            let expected_read = if who == "anonymous" {
                StatusCode::UNAUTHORIZED
            } else {
                StatusCode::FORBIDDEN
            };
            assert_eq!(response.status(), expected_read, "{who}: {read}");
        }
    }
    // A member of the team may log expenses and write handovers, but not the rest.
    for function in [
        "remove_team_member",
        "save_attendance",
        "move_session",
        "cancel_session",
        "add_coach_note",
        "decide_expense",
        "change_budget",
    ] {
        let (_, form) = calls.iter().find(|(f, _)| *f == function).unwrap();
        let response = app.post(&setup.sara, function, form).await;
        assert_eq!(
            response.status(),
            StatusCode::FORBIDDEN,
            "member: {function}"
        );
    }
    assert_eq!(
        snapshot(&app, &setup.coach, &team).await,
        before,
        "nothing changed"
    );
}
