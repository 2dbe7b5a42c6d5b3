//! An access sweep over issue 12's server functions and routes: without a session every one
//! answers 401, and a signed-in colleague with no role gets 403 from every organizer-only
//! one; the database is the same afterwards.

use crate::common::teams::{formed_team, team_round};
use crate::common::{TestApp, spawn_app};
use reqwest::StatusCode;

async fn snapshot(app: &TestApp) -> String {
    let tables = [
        "test_card",
        "learning_card",
        "decision",
        "followup_action",
        "checkin",
        "retro_item",
        "retro_vote",
        "final_presentation",
        "import_draft",
        "idea",
    ];
    let mut out = String::new();
    for table in tables {
        let n: Option<i64> = app
            .db
            .query(format!("RETURN count(SELECT id FROM {table})"))
            .await
            .unwrap()
            .take(0)
            .unwrap();
        out.push_str(&format!("{table}={} ", n.unwrap_or(0)));
    }
    out
}

#[tokio::test]
async fn nobody_without_a_session_and_no_plain_colleague_gets_past_the_gates() {
    let app = spawn_app().await;
    let setup = team_round(&app).await;
    let team = formed_team(&app, &setup).await;
    let round = setup.vote.round.clone();
    let before = snapshot(&app).await;
    let anonymous = app.client();
    let everyone: Vec<(&str, Vec<(&str, &str)>)> = vec![
        ("team_cards", vec![("team_id", &team)]),
        (
            "save_test_card",
            vec![("team_id", &team), ("card[name]", "Kapat")],
        ),
        (
            "save_learning_card",
            vec![("team_id", &team), ("card[title]", "Kapat")],
        ),
        ("learnings_library", vec![("filter[q]", "")]),
        ("follow_up", vec![("idea_id", &team)]),
        (
            "set_action_status",
            vec![("action_id", "x"), ("change[status]", "done")],
        ),
        (
            "answer_checkin",
            vec![("checkin_id", "x"), ("answer", "Kapat")],
        ),
        ("my_follow_up", vec![]),
        ("retro", vec![("round_id", &round)]),
        (
            "add_retro_item",
            vec![
                ("round_id", &round),
                ("item[kind]", "learning"),
                ("item[text]", "x"),
            ],
        ),
        ("plus_one", vec![("item_id", "x")]),
        ("presentation", vec![("round_id", &round)]),
        (
            "save_outcome_summary",
            vec![("team_id", &team), ("summary", "Kapat")],
        ),
        ("report", vec![("round_id", &round)]),
    ];
    let organizers_only: Vec<(&str, Vec<(&str, &str)>)> = vec![
        (
            "record_decision",
            vec![
                ("idea_id", &team),
                ("decision[outcome]", "stop"),
                ("decision[rationale]", "x"),
            ],
        ),
        (
            "add_follow_up_action",
            vec![
                ("idea_id", &team),
                ("action[what]", "Kapat"),
                ("action[owner]", "a@b.se"),
                ("action[due]", "2027-01-01"),
            ],
        ),
        (
            "bring_into_round",
            vec![("idea_id", &team), ("round_id", &round)],
        ),
        ("overdue", vec![]),
        (
            "choose_retro_item",
            vec![("item_id", "x"), ("chosen", "true")],
        ),
        (
            "reword_retro_item",
            vec![
                ("item_id", "x"),
                ("item[kind]", "learning"),
                ("item[text]", "x"),
            ],
        ),
        ("round_data", vec![("round_id", &round), ("draft", "")]),
        (
            "confirm_import",
            vec![("round_id", &round), ("draft_id", "x")],
        ),
        ("dashboard", vec![]),
    ];
    for (function, form) in everyone.iter().chain(organizers_only.iter()) {
        let response = app.post(&anonymous, function, form).await;
        assert_eq!(
            response.status(),
            StatusCode::UNAUTHORIZED,
            "{function} without a session"
        );
    }
    for (function, form) in &organizers_only {
        let response = app.post(&setup.olle, function, form).await;
        assert_eq!(
            response.status(),
            StatusCode::FORBIDDEN,
            "{function} for a colleague"
        );
        let response = app.post(&setup.coach, function, form).await;
        assert_eq!(
            response.status(),
            StatusCode::FORBIDDEN,
            "{function} for a coach"
        );
    }
    for path in [
        format!("/rounds/{round}/report.md"),
        format!("/rounds/{round}/export/proposals.csv"),
        format!("/rounds/{round}/export/round.json"),
    ] {
        let response = app.get(&anonymous, &path).await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED, "{path}");
    }
    let response = anonymous
        .post(format!("{}/rounds/{round}/import", app.address))
        .header("Content-Type", "multipart/form-data; boundary=x")
        .body("--x--\r\n")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED, "import upload");
    assert_eq!(snapshot(&app).await, before, "nothing changed");
}
