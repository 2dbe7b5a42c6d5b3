//! Follow-up, "Vad händer nu?": the decision (organizers only, from learnings, once, moving
//! the proposal to follow-up and telling the proposers and the team), follow-up actions and
//! their check-ins 3, 6 and 12 months after the bootcamp, answers and statuses (the owner or
//! an organizer), the reminders, the overdue view, and bringing a parked proposal into a
//! later round.

use crate::common::proposals::round_starting;
use crate::common::teams::{TeamSetup, formed_team, team_round};
use crate::common::votes::refused;
use crate::common::{TestApp, problem_for, spawn_app};
use chrono::{Days, Months, NaiveDate};
use idesluss::features::followup::send_reminders;
use reqwest::{Client, Response, StatusCode};
use serde_json::{Value, json};

fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

/// A team whose proposal is in learnings (a learning card written, moved by its coach).
async fn in_learnings(app: &TestApp) -> (TeamSetup, String) {
    let setup = team_round(app).await;
    let team = formed_team(app, &setup).await;
    let response = app
        .post(
            &setup.sara,
            "save_learning_card",
            &[
                ("team_id", team.as_str()),
                ("card[title]", "Tillit först"),
                ("card[believed]", "a"),
                ("card[observed]", "b"),
                ("card[learned]", "c"),
                ("card[therefore]", "d"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let response = app
        .post(
            &setup.coach,
            "change_stage",
            &[
                ("id", &team),
                ("action", "record_learnings"),
                ("reason", ""),
                ("back", ""),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    (setup, team)
}

async fn decide(app: &TestApp, client: &Client, idea: &str, outcome: &str) -> Response {
    app.post(
        client,
        "record_decision",
        &[
            ("idea_id", idea),
            ("decision[outcome]", outcome),
            (
                "decision[rationale]",
                "Teamet presenterar insikterna för enheterna.",
            ),
        ],
    )
    .await
}

async fn add_action(
    app: &TestApp,
    client: &Client,
    idea: &str,
    owner: &str,
    due: &str,
) -> Response {
    app.post(
        client,
        "add_follow_up_action",
        &[
            ("idea_id", idea),
            ("action[what]", "Boka föreläsare i krishantering"),
            ("action[owner]", owner),
            ("action[due]", due),
        ],
    )
    .await
}

async fn page(app: &TestApp, client: &Client, idea: &str) -> Value {
    app.json(client, "follow_up", &[("idea_id", idea)]).await
}

async fn notification_kinds(app: &TestApp, client: &Client) -> Vec<String> {
    let list = app.json(client, "notifications", &[]).await;
    list.as_array()
        .unwrap()
        .iter()
        .map(|n| match &n["kind"] {
            Value::String(kind) => kind.clone(),
            Value::Object(map) => map.keys().next().unwrap().clone(),
            other => other.to_string(),
        })
        .collect()
}

#[tokio::test]
async fn the_organizer_decides_once_and_the_proposal_moves_to_follow_up() {
    let app = spawn_app().await;
    let (setup, idea) = in_learnings(&app).await;
    let anonymous = app.client();
    for (who, client, status) in [
        ("anonymous", &anonymous, StatusCode::UNAUTHORIZED),
        ("the team's coach", &setup.coach, StatusCode::FORBIDDEN),
        ("a member", &setup.sara, StatusCode::FORBIDDEN),
        ("the proposer", &setup.vote.proposer, StatusCode::FORBIDDEN),
    ] {
        assert_eq!(
            decide(&app, client, &idea, "prototype").await.status(),
            status,
            "{who}"
        );
    }
    assert_eq!(
        page(&app, &setup.sara, &idea).await["decision"],
        Value::Null
    );

    let error = refused(
        app.post(
            &setup.vote.organizer,
            "record_decision",
            &[("idea_id", &idea)],
        )
        .await,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    assert_eq!(problem_for(&error, "outcome"), Some(json!("Required")));
    assert_eq!(problem_for(&error, "rationale"), Some(json!("Required")));

    let response = decide(&app, &setup.vote.organizer, &idea, "prototype").await;
    assert_eq!(
        response.status(),
        StatusCode::OK,
        "{:?}",
        response.text().await
    );
    let seen = page(&app, &setup.vote.proposer, &idea).await;
    assert_eq!(seen["stage"], "FollowUp");
    assert_eq!(seen["decision"]["outcome"], "BuildPrototype");
    assert_eq!(
        seen["decision"]["rationale"],
        "Teamet presenterar insikterna för enheterna."
    );
    assert_eq!(seen["can_decide"], false);
    let proposal = app
        .json(&setup.vote.proposer, "proposal", &[("id", &idea)])
        .await;
    let last = proposal["events"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    assert_eq!(last["action"], "StartFollowUp");
    assert_eq!(
        last["reason"],
        "Teamet presenterar insikterna för enheterna."
    );

    // The proposer, the member and the coach hear of it; the organizer who decided does not.
    for (who, client) in [
        ("proposer", &setup.vote.proposer),
        ("member", &setup.sara),
        ("coach", &setup.coach),
    ] {
        let kinds = notification_kinds(&app, client).await;
        assert_eq!(
            kinds.iter().filter(|k| *k == "Decision").count(),
            1,
            "{who}: {kinds:?}"
        );
    }
    assert!(
        !notification_kinds(&app, &setup.vote.organizer)
            .await
            .contains(&"Decision".to_owned())
    );
    assert!(
        !notification_kinds(&app, &setup.olle)
            .await
            .contains(&"Decision".to_owned())
    );

    let error = refused(
        decide(&app, &setup.vote.organizer, &idea, "stop").await,
        StatusCode::CONFLICT,
    )
    .await;
    assert_eq!(
        problem_for(&error, "outcome"),
        Some(json!("DecisionExists"))
    );
    assert_eq!(
        page(&app, &setup.sara, &idea).await["decision"]["outcome"],
        "BuildPrototype"
    );
}

#[tokio::test]
async fn a_decision_waits_for_the_learnings() {
    let app = spawn_app().await;
    let setup = team_round(&app).await;
    let idea = formed_team(&app, &setup).await;
    let error = refused(
        decide(&app, &setup.vote.organizer, &idea, "park").await,
        StatusCode::CONFLICT,
    )
    .await;
    assert_eq!(
        problem_for(&error, "outcome"),
        Some(json!("DecisionNeedsLearnings"))
    );
    let error = refused(
        add_action(
            &app,
            &setup.vote.organizer,
            &idea,
            "sara@kommun.se",
            "2027-06-01",
        )
        .await,
        StatusCode::CONFLICT,
    )
    .await;
    assert_eq!(
        problem_for(&error, "what"),
        Some(json!("DecisionNeedsLearnings"))
    );
}

#[tokio::test]
async fn an_action_gets_three_check_ins_after_the_bootcamp_and_its_owner_is_told() {
    let app = spawn_app().await;
    let (setup, idea) = in_learnings(&app).await;
    assert_eq!(
        decide(&app, &setup.vote.organizer, &idea, "scale_up")
            .await
            .status(),
        StatusCode::OK
    );

    let error = refused(
        add_action(
            &app,
            &setup.vote.organizer,
            &idea,
            "okand@kommun.se",
            "2027-06-01",
        )
        .await,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    assert_eq!(
        problem_for(&error, "owner"),
        Some(json!("UnknownColleague"))
    );
    let error = refused(
        add_action(&app, &setup.vote.organizer, &idea, "sara", "första juni").await,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    assert_eq!(problem_for(&error, "owner"), Some(json!("EmailInvalid")));
    assert_eq!(problem_for(&error, "due"), Some(json!("DateInvalid")));
    for (who, client, status) in [
        ("the coach", &setup.coach, StatusCode::FORBIDDEN),
        ("the owner-to-be", &setup.sara, StatusCode::FORBIDDEN),
        ("anonymous", &app.client(), StatusCode::UNAUTHORIZED),
    ] {
        let response = add_action(&app, client, &idea, "sara@kommun.se", "2027-06-01").await;
        assert_eq!(response.status(), status, "{who}");
    }
    assert!(
        page(&app, &setup.sara, &idea).await["actions"]
            .as_array()
            .unwrap()
            .is_empty()
    );

    let response = add_action(
        &app,
        &setup.vote.organizer,
        &idea,
        "sara@kommun.se",
        "2027-06-01",
    )
    .await;
    assert_eq!(
        response.status(),
        StatusCode::OK,
        "{:?}",
        response.text().await
    );
    let seen = page(&app, &setup.sara, &idea).await;
    let action = &seen["actions"][0];
    assert_eq!(action["what"], "Boka föreläsare i krishantering");
    assert_eq!(action["status"], "Open");
    assert_eq!(action["can_update"], true, "the owner updates it");
    // The round's bootcamp ends on its own day; the check-ins fall 3, 6 and 12 months later.
    let end: Option<String> = app
        .db
        .query("SELECT VALUE bootcamp_end FROM ONLY type::record('round', $id)")
        .bind(("id", setup.vote.round.clone()))
        .await
        .unwrap()
        .take(0)
        .unwrap();
    let end: NaiveDate = end.unwrap().parse().unwrap();
    let dues: Vec<String> = action["checkins"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["due"].as_str().unwrap().to_owned())
        .collect();
    let expected: Vec<String> = [3, 6, 12]
        .into_iter()
        .map(|m| end.checked_add_months(Months::new(m)).unwrap().to_string())
        .collect();
    assert_eq!(dues, expected);
    assert_eq!(
        page(&app, &setup.olle, &idea).await["actions"][0]["can_update"],
        false
    );
    assert!(
        notification_kinds(&app, &setup.sara)
            .await
            .contains(&"ActionAssigned".to_owned())
    );
    let mine = app.json(&setup.sara, "my_follow_up", &[]).await;
    assert_eq!(mine.as_array().unwrap().len(), 1);
    assert!(
        app.json(&setup.olle, "my_follow_up", &[])
            .await
            .as_array()
            .unwrap()
            .is_empty()
    );
}

async fn with_action(app: &TestApp) -> (TeamSetup, String, Value) {
    let (setup, idea) = in_learnings(app).await;
    assert_eq!(
        decide(app, &setup.vote.organizer, &idea, "continue_testing")
            .await
            .status(),
        StatusCode::OK
    );
    let response = add_action(
        app,
        &setup.vote.organizer,
        &idea,
        "sara@kommun.se",
        "2027-06-01",
    )
    .await;
    assert_eq!(response.status(), StatusCode::OK);
    let action = page(app, &setup.sara, &idea).await["actions"][0].clone();
    (setup, idea, action)
}

async fn set_status(
    app: &TestApp,
    client: &Client,
    action: &str,
    status: &str,
    why: &str,
) -> Response {
    app.post(
        client,
        "set_action_status",
        &[
            ("action_id", action),
            ("change[status]", status),
            ("change[why]", why),
            ("back", ""),
        ],
    )
    .await
}

#[tokio::test]
async fn the_owner_closes_an_action_and_dropping_says_why() {
    let app = spawn_app().await;
    let (setup, idea, action) = with_action(&app).await;
    let id = action["id"].as_str().unwrap();
    for (who, client, status) in [
        ("staff outside", &setup.olle, StatusCode::FORBIDDEN),
        ("the coach", &setup.coach, StatusCode::FORBIDDEN),
        ("anonymous", &app.client(), StatusCode::UNAUTHORIZED),
    ] {
        assert_eq!(
            set_status(&app, client, id, "done", "").await.status(),
            status,
            "{who}"
        );
    }
    let error = refused(
        set_status(&app, &setup.sara, id, "dropped", " ").await,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    assert_eq!(problem_for(&error, "why"), Some(json!("Required")));
    let error = refused(
        set_status(&app, &setup.sara, id, "later", "").await,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    assert_eq!(problem_for(&error, "status"), Some(json!("ChoiceInvalid")));
    assert_eq!(
        page(&app, &setup.sara, &idea).await["actions"][0]["status"],
        "Open"
    );

    let response = set_status(
        &app,
        &setup.sara,
        id,
        "dropped",
        "Labbet har egna handledare.",
    )
    .await;
    assert_eq!(response.status(), StatusCode::OK);
    let error = refused(
        set_status(&app, &setup.sara, id, "dropped", "igen").await,
        StatusCode::CONFLICT,
    )
    .await;
    assert!(
        problem_for(&error, "status").is_some(),
        "a second click changes nothing"
    );
    let seen = &page(&app, &setup.sara, &idea).await["actions"][0];
    assert_eq!(seen["status"], "Dropped");
    assert_eq!(seen["why"], "Labbet har egna handledare.");
    let history: Vec<&str> = seen["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["status"].as_str().unwrap())
        .collect();
    assert_eq!(history, vec!["Open", "Dropped"]);
    // An organizer may open it again.
    assert_eq!(
        set_status(&app, &setup.vote.organizer, id, "open", "")
            .await
            .status(),
        StatusCode::OK
    );
}

/// Moves the action's first check-in to `day`, as time passing would.
async fn check_in_due_on(app: &TestApp, checkin: &str, day: NaiveDate) {
    app.db
        .query("UPDATE type::record('checkin', $id) SET due = $due")
        .bind(("id", checkin.to_owned()))
        .bind(("due", day.to_string()))
        .await
        .unwrap()
        .check()
        .unwrap();
}

async fn answer(app: &TestApp, client: &Client, checkin: &str, text: &str) -> Response {
    app.post(
        client,
        "answer_checkin",
        &[
            ("checkin_id", checkin),
            ("answer", text),
            ("back", "/my/follow-up"),
        ],
    )
    .await
}

#[tokio::test]
async fn the_owner_answers_a_due_check_in_once_and_is_reminded_once() {
    let app = spawn_app().await;
    let (setup, idea, action) = with_action(&app).await;
    let checkin = action["checkins"][0]["id"].as_str().unwrap().to_owned();
    let error = refused(
        answer(&app, &setup.sara, &checkin, "Bokat.").await,
        StatusCode::CONFLICT,
    )
    .await;
    assert!(
        problem_for(&error, "answer").unwrap()["CheckinNotDue"].is_object(),
        "not yet due: {error}"
    );
    let yesterday = today().checked_sub_days(Days::new(1)).unwrap();
    check_in_due_on(&app, &checkin, yesterday).await;

    // The reminder asks the owner once, however often it runs (several instances).
    assert_eq!(send_reminders(&app.db, today()).await.unwrap(), 1);
    assert_eq!(send_reminders(&app.db, today()).await.unwrap(), 0);
    let kinds = notification_kinds(&app, &setup.sara).await;
    assert_eq!(kinds.iter().filter(|k| *k == "CheckinDue").count(), 1);
    let waiting = app.json(&setup.vote.organizer, "overdue", &[]).await;
    assert_eq!(waiting["checkins_waiting"].as_array().unwrap().len(), 1);

    for (who, client, status) in [
        ("staff outside", &setup.olle, StatusCode::FORBIDDEN),
        ("the coach", &setup.coach, StatusCode::FORBIDDEN),
    ] {
        assert_eq!(
            answer(&app, client, &checkin, "Kapat").await.status(),
            status,
            "{who}"
        );
    }
    let error = refused(
        answer(&app, &setup.sara, &checkin, "Ring 19811218-9876").await,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    assert_eq!(
        problem_for(&error, "answer"),
        Some(json!("PersonalIdentityNumber"))
    );
    let response = answer(
        &app,
        &setup.sara,
        &checkin,
        "Föreläsaren är bokad till februari.",
    )
    .await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        answer(&app, &setup.sara, &checkin, "Igen").await.status(),
        StatusCode::CONFLICT
    );

    let seen = &page(&app, &setup.vote.proposer, &idea).await["actions"][0];
    assert_eq!(
        seen["checkins"][0]["answer"],
        "Föreläsaren är bokad till februari."
    );
    assert_eq!(seen["checkins"][0]["waiting"], false);
    let last = seen["history"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["kind"], "Checkin");
    assert_eq!(last["text"], "Föreläsaren är bokad till februari.");
    let waiting = app.json(&setup.vote.organizer, "overdue", &[]).await;
    assert!(waiting["checkins_waiting"].as_array().unwrap().is_empty());
}

#[tokio::test]
async fn overdue_actions_show_for_organizers_and_their_owners_are_told_once() {
    let app = spawn_app().await;
    let (setup, idea) = in_learnings(&app).await;
    assert_eq!(
        decide(&app, &setup.vote.organizer, &idea, "scale_up")
            .await
            .status(),
        StatusCode::OK
    );
    let past = today().checked_sub_days(Days::new(3)).unwrap().to_string();
    let response = add_action(&app, &setup.vote.organizer, &idea, "sara@kommun.se", &past).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        page(&app, &setup.sara, &idea).await["actions"][0]["overdue"],
        true
    );

    for (who, client, status) in [
        ("the coach", &setup.coach, StatusCode::FORBIDDEN),
        ("the owner", &setup.sara, StatusCode::FORBIDDEN),
        ("anonymous", &app.client(), StatusCode::UNAUTHORIZED),
    ] {
        assert_eq!(
            app.post(client, "overdue", &[]).await.status(),
            status,
            "{who}"
        );
    }
    let late = app.json(&setup.vote.organizer, "overdue", &[]).await;
    assert_eq!(late["actions"].as_array().unwrap().len(), 1);
    assert_eq!(late["actions"][0]["idea_id"], idea.as_str());

    assert_eq!(send_reminders(&app.db, today()).await.unwrap(), 1);
    assert_eq!(send_reminders(&app.db, today()).await.unwrap(), 0);
    let kinds = notification_kinds(&app, &setup.sara).await;
    assert_eq!(kinds.iter().filter(|k| *k == "ActionOverdue").count(), 1);

    let id = late["actions"][0]["id"].as_str().unwrap();
    assert_eq!(
        set_status(&app, &setup.sara, id, "done", "").await.status(),
        StatusCode::OK
    );
    let late = app.json(&setup.vote.organizer, "overdue", &[]).await;
    assert!(late["actions"].as_array().unwrap().is_empty());
    let page_html = app
        .get(&setup.vote.organizer, "/follow-up")
        .await
        .text()
        .await
        .unwrap();
    assert!(page_html.contains("<h1"), "the overdue page renders");
}

async fn bring_in(app: &TestApp, client: &Client, idea: &str, round: &str) -> Response {
    app.post(
        client,
        "bring_into_round",
        &[("idea_id", idea), ("round_id", round)],
    )
    .await
}

#[tokio::test]
async fn a_parked_proposal_is_brought_into_a_later_round_as_a_copy_that_links_back() {
    let app = spawn_app().await;
    let (setup, idea) = in_learnings(&app).await;
    let later = round_starting(&app, "Bootcamp våren", -30).await;
    assert_eq!(
        decide(&app, &setup.vote.organizer, &idea, "park")
            .await
            .status(),
        StatusCode::OK
    );
    let seen = page(&app, &setup.vote.organizer, &idea).await;
    assert!(
        seen["later_rounds"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["id"] == later.as_str()),
        "{seen}"
    );
    assert!(
        page(&app, &setup.sara, &idea).await["later_rounds"]
            .as_array()
            .unwrap()
            .is_empty()
    );

    for (who, client, status) in [
        ("the proposer", &setup.vote.proposer, StatusCode::FORBIDDEN),
        ("the coach", &setup.coach, StatusCode::FORBIDDEN),
        ("anonymous", &app.client(), StatusCode::UNAUTHORIZED),
    ] {
        assert_eq!(
            bring_in(&app, client, &idea, &later).await.status(),
            status,
            "{who}"
        );
    }
    // A round that has already chosen its proposals takes no copies.
    let finished = round_starting(&app, "Bootcamp förra året", 400).await;
    assert!(
        !seen["later_rounds"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["id"] == finished.as_str()),
        "only rounds still choosing are offered"
    );
    let error = refused(
        bring_in(&app, &setup.vote.organizer, &idea, &finished).await,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    assert_eq!(
        problem_for(&error, "round_id"),
        Some(json!("ChoiceInvalid"))
    );
    let error = refused(
        bring_in(&app, &setup.vote.organizer, &idea, &setup.vote.round).await,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    assert_eq!(
        problem_for(&error, "round_id"),
        Some(json!("ChoiceInvalid"))
    );

    let response = bring_in(&app, &setup.vote.organizer, &idea, &later).await;
    assert_eq!(
        response.status(),
        StatusCode::OK,
        "{:?}",
        response.text().await
    );
    let error = refused(
        bring_in(&app, &setup.vote.organizer, &idea, &later).await,
        StatusCode::CONFLICT,
    )
    .await;
    assert_eq!(
        problem_for(&error, "round_id"),
        Some(json!("AlreadyBroughtIn"))
    );

    let seen = page(&app, &setup.vote.proposer, &idea).await;
    let copy = seen["copies"][0]["id"].as_str().unwrap().to_owned();
    assert_eq!(seen["copies"][0]["round_name"], "Bootcamp våren");
    let copy_page = page(&app, &setup.vote.proposer, &copy).await;
    assert_eq!(copy_page["stage"], "Submitted");
    assert_eq!(copy_page["round_id"], later.as_str());
    assert_eq!(copy_page["copied_from"]["id"], idea.as_str());
    let proposal = app
        .json(&setup.vote.proposer, "proposal", &[("id", &copy)])
        .await;
    assert_eq!(proposal["events"][0]["action"], "BringIn");
    assert_eq!(proposal["title"], seen["title"]);
    // The original keeps its stage, decision and learnings.
    assert_eq!(seen["stage"], "FollowUp");
    assert_eq!(seen["decision"]["outcome"], "Park");

    // Only parked proposals come back.
    let other = setup.vote.ideas[1].clone();
    let error = refused(
        bring_in(&app, &setup.vote.organizer, &other, &later).await,
        StatusCode::CONFLICT,
    )
    .await;
    assert_eq!(problem_for(&error, "round_id"), Some(json!("NotParked")));
}

#[tokio::test]
async fn an_organizer_gives_an_action_to_someone_else_who_is_then_asked() {
    let app = spawn_app().await;
    let (setup, idea, action) = with_action(&app).await;
    let id = action["id"].as_str().unwrap().to_owned();
    let checkin = action["checkins"][0]["id"].as_str().unwrap().to_owned();
    let yesterday = today().checked_sub_days(Days::new(1)).unwrap();
    check_in_due_on(&app, &checkin, yesterday).await;
    assert_eq!(
        send_reminders(&app.db, today()).await.unwrap(),
        1,
        "Sara is asked"
    );

    let reassign = |client, owner: &'static str| {
        let id = id.clone();
        let app = &app;
        async move {
            app.post(
                client,
                "reassign_action",
                &[("action_id", id.as_str()), ("owner", owner)],
            )
            .await
        }
    };
    for (who, client) in [("the owner", &setup.sara), ("the coach", &setup.coach)] {
        let response = reassign(client, "olle@kommun.se").await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{who}");
    }
    let error = refused(
        reassign(&setup.vote.organizer, "okand@kommun.se").await,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    assert_eq!(
        problem_for(&error, "owner"),
        Some(json!("UnknownColleague"))
    );
    let error = refused(
        reassign(&setup.vote.organizer, "sara@kommun.se").await,
        StatusCode::CONFLICT,
    )
    .await;
    assert!(
        problem_for(&error, "owner").is_some(),
        "the same owner again changes nothing"
    );

    assert_eq!(
        reassign(&setup.vote.organizer, "olle@kommun.se")
            .await
            .status(),
        StatusCode::OK
    );
    let mine = app.json(&setup.olle, "my_follow_up", &[]).await;
    assert_eq!(mine[0]["id"], id.as_str());
    assert_eq!(mine[0]["can_reassign"], false);
    assert!(
        app.json(&setup.sara, "my_follow_up", &[])
            .await
            .as_array()
            .unwrap()
            .is_empty()
    );
    assert!(
        notification_kinds(&app, &setup.olle)
            .await
            .contains(&"ActionAssigned".to_owned())
    );
    // The unanswered check-in asks the new owner.
    assert_eq!(
        send_reminders(&app.db, today()).await.unwrap(),
        1,
        "Olle is asked"
    );
    assert!(
        notification_kinds(&app, &setup.olle)
            .await
            .contains(&"CheckinDue".to_owned())
    );
    assert_eq!(
        answer(&app, &setup.sara, &checkin, "Kapat").await.status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        answer(&app, &setup.olle, &checkin, "Jag tar över.")
            .await
            .status(),
        StatusCode::OK
    );
    let history = page(&app, &setup.vote.proposer, &idea).await["actions"][0]["history"].clone();
    let kinds: Vec<&str> = history
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, vec!["Status", "Owner", "Checkin"]);
}

#[tokio::test]
async fn an_action_added_long_after_the_bootcamp_gets_only_the_check_ins_to_come() {
    let app = spawn_app().await;
    let (setup, idea) = in_learnings(&app).await;
    // The bootcamp ended seven months ago: the 3- and 6-month check-ins are behind us.
    let ended = today().checked_sub_months(Months::new(7)).unwrap();
    let day = |offset: i64| {
        if offset < 0 {
            ended.checked_sub_days(Days::new((-offset) as u64))
        } else {
            ended.checked_add_days(Days::new(offset as u64))
        }
        .unwrap()
        .to_string()
    };
    app.db
        .query(
            "UPDATE type::record('round', $r) SET submission_start = $d[0], \
             submission_end = $d[1], council_start = $d[2], council_end = $d[2], \
             vote_start = $d[3], vote_end = $d[3], bootcamp_start = $d[4], bootcamp_end = $d[5], \
             final_start = $d[6], final_end = $d[6], follow_up_start = $d[7], follow_up_end = $d[8]",
        )
        .bind(("r", setup.vote.round.clone()))
        .bind((
            "d",
            vec![day(-90), day(-60), day(-55), day(-50), day(-35), day(0), day(7), day(10), day(300)],
        ))
        .await
        .unwrap()
        .check()
        .unwrap();
    assert_eq!(
        decide(&app, &setup.vote.organizer, &idea, "scale_up")
            .await
            .status(),
        StatusCode::OK
    );
    let response = add_action(
        &app,
        &setup.vote.organizer,
        &idea,
        "sara@kommun.se",
        "2027-06-01",
    )
    .await;
    assert_eq!(response.status(), StatusCode::OK);
    let checkins = page(&app, &setup.sara, &idea).await["actions"][0]["checkins"].clone();
    let months: Vec<u64> = checkins
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["months"].as_u64().unwrap())
        .collect();
    assert_eq!(months, vec![12]);
}
