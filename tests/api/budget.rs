//! The budget ledger: kronor typed two ways and kept as öre, refusals that name their
//! field, approval for spending over the budget (also when two expenses arrive at once),
//! budget changes with a reason, receipts checked by their content and served only to the
//! team, and the organizer's overview with CSV — each checked per role.

use crate::common::multipart;
use crate::common::teams::{TeamSetup, formed_team, team_round};
use crate::common::votes::refused;
use crate::common::{TestApp, problem_for, spawn_app};
use idesluss::domain::Role;
use reqwest::{Client, Response, StatusCode};
use serde_json::{Value, json};

async fn first_day(app: &TestApp, setup: &TeamSetup, team: &str) -> String {
    let page = app.team_json(&setup.coach, team).await;
    page["bootcamp"]["start"].as_str().unwrap().to_owned()
}

async fn log(
    app: &TestApp,
    client: &Client,
    team: &str,
    date: &str,
    amount: &str,
    what: &str,
) -> Response {
    app.post(
        client,
        "add_expense",
        &[
            ("team_id", team),
            ("expense[date]", date),
            ("expense[amount]", amount),
            ("expense[what]", what),
            ("expense[category]", "food"),
            ("expense[paid_by]", "Sara, utlägg"),
        ],
    )
    .await
}

async fn ledger(app: &TestApp, client: &Client, team: &str) -> Value {
    app.json(client, "budget", &[("team_id", team)]).await
}

async fn set_budget(app: &TestApp, client: &Client, team: &str, amount: &str) -> Response {
    app.post(
        client,
        "change_budget",
        &[
            ("team_id", team),
            ("amount", amount),
            ("reason", "Mindre test än planerat"),
        ],
    )
    .await
}

#[tokio::test]
async fn kronor_typed_either_way_are_kept_as_ore_and_bad_amounts_name_their_field() {
    let app = spawn_app().await;
    let setup = team_round(&app).await;
    let team = formed_team(&app, &setup).await;
    let day = first_day(&app, &setup, &team).await;
    for amount in ["1 234,50", "1234.5"] {
        let response = log(
            &app,
            &setup.sara,
            &team,
            &day,
            amount,
            "Fika till intervjuerna",
        )
        .await;
        assert_eq!(response.status(), StatusCode::OK, "{amount}");
    }
    let page = ledger(&app, &setup.sara, &team).await;
    let amounts: Vec<i64> = page["expenses"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["amount"].as_i64().unwrap())
        .collect();
    assert_eq!(amounts, vec![123_450, 123_450]);
    assert_eq!(page["summary"]["spent"], 246_900);
    assert_eq!(page["summary"]["left"], 1_000_000 - 246_900);

    for (amount, date, what, field, problem) in [
        ("0", day.as_str(), "Fika", "amount", json!("MoneyZero")),
        ("-5", day.as_str(), "Fika", "amount", json!("MoneyNegative")),
        (
            "250000",
            day.as_str(),
            "Fika",
            "amount",
            json!({"MoneyTooLarge": {"max_kronor": 100000}}),
        ),
        (
            "12,345",
            day.as_str(),
            "Fika",
            "amount",
            json!("MoneyInvalid"),
        ),
        (
            "50",
            "2001-01-01",
            "Fika",
            "date",
            json!("DateOutsideBootcamp"),
        ),
        (
            "50",
            day.as_str(),
            "Buss åt 811218-9876",
            "what",
            json!("PersonalIdentityNumber"),
        ),
    ] {
        let response = log(&app, &setup.sara, &team, date, amount, what).await;
        let error = refused(response, StatusCode::UNPROCESSABLE_ENTITY).await;
        let found = problem_for(&error, field).unwrap();
        if problem == json!("DateOutsideBootcamp") {
            assert!(found["DateOutsideBootcamp"].is_object());
        } else {
            assert_eq!(found, problem, "{amount} {what}");
        }
    }
    assert_eq!(
        ledger(&app, &setup.sara, &team).await["expenses"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
}

#[tokio::test]
async fn spending_over_the_budget_waits_for_an_organizer() {
    let app = spawn_app().await;
    let setup = team_round(&app).await;
    let team = formed_team(&app, &setup).await;
    let day = first_day(&app, &setup, &team).await;
    let organizer = &setup.vote.organizer;
    for client in [&setup.coach, &setup.sara] {
        assert_eq!(
            set_budget(&app, client, &team, "1000").await.status(),
            StatusCode::FORBIDDEN
        );
    }
    let response = app
        .post(
            organizer,
            "change_budget",
            &[
                ("team_id", team.as_str()),
                ("amount", "1000"),
                ("reason", ""),
            ],
        )
        .await;
    let error = refused(response, StatusCode::UNPROCESSABLE_ENTITY).await;
    assert_eq!(problem_for(&error, "reason"), Some(json!("Required")));
    assert_eq!(
        set_budget(&app, organizer, &team, "1 000").await.status(),
        StatusCode::OK
    );

    assert_eq!(
        log(&app, &setup.sara, &team, &day, "800", "Material")
            .await
            .status(),
        StatusCode::OK
    );
    let response = log(&app, &setup.sara, &team, &day, "300", "Biljetter").await;
    assert_eq!(response.status(), StatusCode::OK);
    let page = ledger(&app, &setup.coach, &team).await;
    assert_eq!(page["summary"]["budget"], 100_000);
    assert_eq!(page["summary"]["spent"], 80_000);
    assert_eq!(
        page["summary"]["pending"], 30_000,
        "over the budget: it waits"
    );
    assert_eq!(page["changes"][0]["from"], 1_000_000);
    assert_eq!(page["changes"][0]["reason"], "Mindre test än planerat");
    let by_what = |page: &Value, what: &str| -> Value {
        page["expenses"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["what"] == what)
            .unwrap()
            .clone()
    };
    let tickets = by_what(&page, "Biljetter");
    assert_eq!(tickets["status"], "Pending");
    assert_eq!(by_what(&page, "Material")["status"], "Approved");
    let waiting = tickets["id"].as_str().unwrap().to_owned();

    let decide = |decision: &'static str| {
        [
            ("expense_id", waiting.clone()),
            ("decision", decision.to_owned()),
        ]
    };
    for client in [&setup.coach, &setup.sara] {
        let form = decide("approve");
        let refs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
        assert_eq!(
            app.post(client, "decide_expense", &refs).await.status(),
            StatusCode::FORBIDDEN
        );
    }
    let form = decide("approve");
    let refs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(
        app.post(organizer, "decide_expense", &refs).await.status(),
        StatusCode::OK
    );
    let response = app.post(organizer, "decide_expense", &refs).await;
    let error = refused(response, StatusCode::CONFLICT).await;
    assert_eq!(
        problem_for(&error, "decision"),
        Some(json!("AlreadyDecided"))
    );
    let page = ledger(&app, &setup.coach, &team).await;
    assert_eq!(page["summary"]["spent"], 110_000);
    assert_eq!(page["summary"]["left"], -10_000);

    // A rejected expense never counts.
    assert_eq!(
        log(&app, &setup.sara, &team, &day, "50", "Fika")
            .await
            .status(),
        StatusCode::OK
    );
    let page = ledger(&app, &setup.coach, &team).await;
    let id = by_what(&page, "Fika")["id"].as_str().unwrap().to_owned();
    let reject = [("expense_id", id.as_str()), ("decision", "reject")];
    assert_eq!(
        app.post(organizer, "decide_expense", &reject)
            .await
            .status(),
        StatusCode::OK
    );
    let page = ledger(&app, &setup.coach, &team).await;
    assert_eq!(page["summary"]["spent"], 110_000);
    assert_eq!(page["summary"]["pending"], 0);
}

#[tokio::test]
async fn two_expenses_at_once_cannot_both_fit_the_same_money() {
    let app = spawn_app().await;
    let setup = team_round(&app).await;
    let team = formed_team(&app, &setup).await;
    let day = first_day(&app, &setup, &team).await;
    assert_eq!(
        set_budget(&app, &setup.vote.organizer, &team, "1000")
            .await
            .status(),
        StatusCode::OK
    );
    let (a, b) = tokio::join!(
        log(&app, &setup.sara, &team, &day, "600", "Material A"),
        log(&app, &setup.coach, &team, &day, "600", "Material B"),
    );
    assert_eq!(a.status(), StatusCode::OK);
    assert_eq!(b.status(), StatusCode::OK);
    let page = ledger(&app, &setup.coach, &team).await;
    let mut statuses: Vec<String> = page["expenses"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["status"].as_str().unwrap().to_owned())
        .collect();
    statuses.sort();
    assert_eq!(statuses, ["Approved", "Pending"]);
    assert_eq!(page["summary"]["spent"], 60_000);
}

#[tokio::test]
async fn the_ledger_is_for_the_team_its_coach_and_organizers() {
    let app = spawn_app().await;
    let setup = team_round(&app).await;
    let team = formed_team(&app, &setup).await;
    let day = first_day(&app, &setup, &team).await;
    let round = setup.vote.round.clone();
    assert_eq!(
        log(&app, &setup.coach, &team, &day, "120", "Post-it-lappar")
            .await
            .status(),
        StatusCode::OK
    );
    let council = app
        .signed_in_with_roles("rad@kommun.se", &[Role::CouncilMember])
        .await;
    let other_coach = app
        .signed_in_with_roles("annan.coach@kommun.se", &[Role::Coach])
        .await;
    for (who, client) in [
        ("other staff", &setup.olle),
        ("council", &council),
        ("another coach", &other_coach),
    ] {
        let response = app.post(client, "budget", &[("team_id", &team)]).await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{who}");
        let response = log(&app, client, &team, &day, "10", "Fika").await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{who}");
        let response = app
            .post(client, "budget_overview", &[("round_id", &round)])
            .await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{who}");
        let csv = app
            .get(client, &format!("/rounds/{round}/budgets.csv"))
            .await;
        assert_eq!(csv.status(), StatusCode::FORBIDDEN, "{who}");
        let html = app.get(client, &format!("/teams/{team}/budget")).await;
        assert_eq!(html.status(), StatusCode::FORBIDDEN, "{who}");
    }
    let anonymous = app.client();
    assert_eq!(
        app.post(&anonymous, "budget", &[("team_id", &team)])
            .await
            .status(),
        StatusCode::UNAUTHORIZED
    );
    let csv = app
        .get(&anonymous, &format!("/rounds/{round}/budgets.csv"))
        .await;
    assert_eq!(csv.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(
        ledger(&app, &setup.sara, &team).await["expenses"]
            .as_array()
            .unwrap()
            .len(),
        1
    );

    let overview = app
        .json(
            &setup.vote.organizer,
            "budget_overview",
            &[("round_id", &round)],
        )
        .await;
    assert_eq!(overview["rows"][0]["summary"]["spent"], 12_000);
    assert_eq!(overview["total"]["budget"], 1_000_000);
    let csv = app
        .get(
            &setup.vote.organizer,
            &format!("/rounds/{round}/budgets.csv"),
        )
        .await;
    assert_eq!(csv.status(), StatusCode::OK);
    let body = csv.text().await.unwrap();
    assert!(body.starts_with('\u{feff}'));
    assert!(
        body.contains(
            "\"Sms-påminnelse\";\"Testperson\";\"10\u{a0}000\";\"120\";\"0\";\"9\u{a0}880\""
        ),
        "{body}"
    );
    for path in [
        format!("/teams/{team}/budget"),
        format!("/rounds/{round}/budgets"),
    ] {
        let html = app.get(&setup.vote.organizer, &path).await;
        assert_eq!(html.status(), StatusCode::OK, "{path}");
    }
    let html = app
        .get(&setup.sara, &format!("/teams/{team}/budget"))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        html.contains("Post-it-lappar") && html.contains("<svg"),
        "the ledger and its chart render"
    );
}

const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01";

async fn upload(
    app: &TestApp,
    client: &Client,
    expense: &str,
    name: &str,
    content: Vec<u8>,
    browser: bool,
) -> Response {
    let (content_type, body) = multipart("receipt", name, &content);
    let mut request = client
        .post(format!("{}/expenses/{expense}/receipt", app.address))
        .header("Content-Type", content_type)
        .body(body);
    if browser {
        request = request.header("Accept", "text/html,application/xhtml+xml");
    }
    request.send().await.expect("sent")
}

#[tokio::test]
async fn receipts_are_checked_by_their_content_and_served_only_to_the_team() {
    let app = spawn_app().await;
    let setup = team_round(&app).await;
    let team = formed_team(&app, &setup).await;
    let day = first_day(&app, &setup, &team).await;
    assert_eq!(
        log(&app, &setup.sara, &team, &day, "99", "Skrivarpapper")
            .await
            .status(),
        StatusCode::OK
    );
    let expense = ledger(&app, &setup.sara, &team).await["expenses"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();

    // Refusals: outsiders, a web page named like an image, too large, nothing.
    let response = upload(
        &app,
        &setup.olle,
        &expense,
        "kvitto.png",
        PNG.to_vec(),
        false,
    )
    .await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    let response = upload(
        &app,
        &app.client(),
        &expense,
        "kvitto.png",
        PNG.to_vec(),
        false,
    )
    .await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    let html = b"<html><script>alert(1)</script></html>".to_vec();
    let response = upload(
        &app,
        &setup.sara,
        &expense,
        "kvitto.png",
        html.clone(),
        false,
    )
    .await;
    assert_eq!(response.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    let response = upload(&app, &setup.sara, &expense, "kvitto.png", html, true).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        response.headers()["location"],
        format!("/teams/{team}/budget?receipt_error=type").as_str()
    );
    let mut big = PNG.to_vec();
    big.resize(5 * 1024 * 1024 + 1, 0);
    let response = upload(&app, &setup.sara, &expense, "kvitto.png", big, false).await;
    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
    let response = upload(&app, &setup.sara, &expense, "kvitto.png", Vec::new(), false).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(ledger(&app, &setup.sara, &team).await["expenses"][0]["receipt"].is_null());

    // A PNG named .pdf is stored as what it is.
    let response = upload(
        &app,
        &setup.sara,
        &expense,
        "kvitto.pdf",
        PNG.to_vec(),
        true,
    )
    .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        response.headers()["location"],
        format!("/teams/{team}/budget?receipt=saved").as_str()
    );
    assert_eq!(
        ledger(&app, &setup.sara, &team).await["expenses"][0]["receipt"],
        "Png"
    );
    // A member does not replace it silently; the coach may.
    let pdf = b"%PDF-1.7\n".to_vec();
    let response = upload(&app, &setup.sara, &expense, "kvitto.pdf", pdf, false).await;
    assert_eq!(response.status(), StatusCode::CONFLICT);
    let response = upload(
        &app,
        &setup.coach,
        &expense,
        "kvitto.png",
        PNG.to_vec(),
        true,
    )
    .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    for client in [&setup.sara, &setup.coach, &setup.vote.organizer] {
        let response = app.get(client, &format!("/receipts/{expense}")).await;
        assert_eq!(response.status(), StatusCode::OK);
        let headers = response.headers().clone();
        assert_eq!(headers["content-type"], "image/png");
        assert_eq!(headers["x-content-type-options"], "nosniff");
        assert!(
            headers["content-disposition"]
                .to_str()
                .unwrap()
                .starts_with("attachment;")
        );
        assert_eq!(response.bytes().await.unwrap().as_ref(), PNG);
    }
    let response = app.get(&setup.olle, &format!("/receipts/{expense}")).await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    let response = app
        .get(&app.client(), &format!("/receipts/{expense}"))
        .await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    let response = app.get(&setup.sara, "/receipts/nosuchexpense").await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
}
