//! Test teams: forming one from a selected proposal, who may do what (per role), the
//! membership history, attendance and handovers, moved and cancelled sessions, the
//! co-organizer, the coach's overview and "Mina team".

use crate::common::teams::{formed_team, team_round};
use crate::common::votes::refused;
use crate::common::{TestApp, problem_for, spawn_app};
use idesluss::domain::Role;
use reqwest::{Client, StatusCode};
use serde_json::{Value, json};

async fn notifications(app: &TestApp, client: &Client) -> Vec<Value> {
    let list = app.json(client, "notifications", &[]).await;
    list.as_array().expect("a list").clone()
}

fn member_names(team: &Value) -> Vec<String> {
    team["members"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["left_on"].is_null())
        .map(|m| m["name"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn an_organizer_forms_a_team_from_a_selected_proposal() {
    let app = spawn_app().await;
    let setup = team_round(&app).await;
    let organizer = &setup.vote.organizer;
    let idea = &setup.vote.ideas[0];

    // The picker: the proposer first and ticked, then the sign-ups with their answers.
    let form = app.json(organizer, "team_form", &[("idea_id", idea)]).await;
    let candidates = form["candidates"].as_array().unwrap();
    assert_eq!(candidates[0]["user_id"], setup.proposer_id.as_str());
    assert_eq!(candidates[0]["is_owner"], true);
    let sara = candidates
        .iter()
        .find(|c| c["user_id"] == setup.sara_id.as_str())
        .expect("Sara signed up");
    assert_eq!(sara["categories"], json!(["Test"]));
    assert_eq!(sara["manager"], "Agreed");
    assert_eq!(form["coaches"][0]["id"], setup.coach_id.as_str());
    let planned = form["sessions"].as_array().unwrap().len();
    assert!(planned >= 3, "the intensive week's weekdays: {planned}");

    // Refusals name their field and change nothing.
    let not_coach = app
        .form_team(organizer, idea, &setup.sara_id, &[&setup.sara_id], "")
        .await;
    let error = refused(not_coach, StatusCode::UNPROCESSABLE_ENTITY).await;
    assert_eq!(problem_for(&error, "coach"), Some(json!("NotACoach")));
    let nobody = app
        .form_team(organizer, idea, &setup.coach_id, &[], "")
        .await;
    let error = refused(nobody, StatusCode::UNPROCESSABLE_ENTITY).await;
    assert_eq!(problem_for(&error, "members"), Some(json!("NoMembers")));
    let unknown = app
        .form_team(organizer, idea, &setup.coach_id, &[], "okand@kommun.se")
        .await;
    let error = refused(unknown, StatusCode::UNPROCESSABLE_ENTITY).await;
    assert_eq!(
        problem_for(&error, "emails"),
        Some(json!("UnknownColleague"))
    );
    let shortlisted = app
        .form_team(
            organizer,
            &setup.vote.ideas[2],
            &setup.coach_id,
            &[&setup.sara_id],
            "",
        )
        .await;
    let error = refused(shortlisted, StatusCode::CONFLICT).await;
    assert_eq!(
        problem_for(&error, "form"),
        Some(json!("NotSelectedForTest"))
    );
    let page = app.proposal_json(&setup.sara, idea).await;
    assert_eq!(page["stage"], "Selected", "nothing moved yet");

    // Members: the proposer, Sara from the sign-ups, Olle by e-mail.
    let response = app
        .form_team(
            organizer,
            idea,
            &setup.coach_id,
            &[&setup.proposer_id, &setup.sara_id],
            "olle@kommun.se\nolle@kommun.se",
        )
        .await;
    assert_eq!(
        response.status(),
        StatusCode::OK,
        "the same address twice is one person"
    );
    let team = app.team_json(organizer, idea).await;
    let mut names = member_names(&team);
    names.sort();
    assert_eq!(names.len(), 3);
    assert_eq!(team["stage"], "InTest");
    assert_eq!(team["coach"]["id"], setup.coach_id.as_str());
    assert_eq!(team["sessions"].as_array().unwrap().len(), planned);
    assert_eq!(team["budget"], 1_000_000, "the round's default, 10 000 kr");

    // The proposal moved with its history; the proposer and the members were told.
    let page = app.proposal_json(&setup.vote.proposer, idea).await;
    assert_eq!(page["stage"], "InTest");
    let told = notifications(&app, &setup.vote.proposer).await;
    assert!(told.iter().any(|n| n["kind"] == json!({"Stage": "InTest"})));
    for member in [&setup.sara, &setup.olle] {
        let told = notifications(&app, member).await;
        assert_eq!(told[0]["kind"], json!({"JoinedTeam": {"team_id": idea}}));
    }

    // A second click forms nothing more; nor does a hand-made "start test".
    let again = app
        .form_team(organizer, idea, &setup.coach_id, &[&setup.sara_id], "")
        .await;
    let error = refused(again, StatusCode::CONFLICT).await;
    assert_eq!(problem_for(&error, "form"), Some(json!("TeamExists")));
    let by_hand = app
        .change_stage(organizer, &setup.vote.ideas[1], "start_test", "")
        .await;
    let error = refused(by_hand, StatusCode::CONFLICT).await;
    assert_eq!(
        problem_for(&error, "action"),
        Some(json!("StartedByFormingTeam"))
    );

    // The picker now says whom Sara is placed with.
    let form = app
        .json(organizer, "team_form", &[("idea_id", &setup.vote.ideas[1])])
        .await;
    let sara = form["candidates"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["user_id"] == setup.sara_id.as_str())
        .unwrap()
        .clone();
    assert_eq!(sara["placed_with"], json!(["Sms-påminnelse"]));
}

#[tokio::test]
async fn only_organizers_form_teams_and_name_the_co_organizer() {
    let app = spawn_app().await;
    let setup = team_round(&app).await;
    let idea = &setup.vote.ideas[0];
    let round = &setup.vote.round;
    let council = app
        .signed_in_with_roles("rad@kommun.se", &[Role::CouncilMember])
        .await;
    for (who, client) in [
        ("staff", &setup.sara),
        ("council", &council),
        ("coach", &setup.coach),
        ("anonymous", &app.client()),
    ] {
        let expected = if who == "anonymous" {
            StatusCode::UNAUTHORIZED
        } else {
            StatusCode::FORBIDDEN
        };
        let calls = [
            app.post(client, "round_teams", &[("round_id", round)])
                .await,
            app.post(client, "team_form", &[("idea_id", idea)]).await,
            app.form_team(client, idea, &setup.coach_id, &[&setup.sara_id], "")
                .await,
            app.post(
                client,
                "set_co_organizer",
                &[("round_id", round), ("email", "sara@kommun.se")],
            )
            .await,
        ];
        for response in calls {
            assert_eq!(response.status(), expected, "{who}");
        }
    }
    let page = app.proposal_json(&setup.sara, idea).await;
    assert_eq!(page["stage"], "Selected", "nothing changed");
    let teams = app
        .json(&setup.vote.organizer, "round_teams", &[("round_id", round)])
        .await;
    assert!(teams["co_organizer"].is_null());
    assert_eq!(teams["waiting"].as_array().unwrap().len(), 2);
}

#[tokio::test]
async fn the_co_organizer_runs_the_rounds_teams() {
    let app = spawn_app().await;
    let setup = team_round(&app).await;
    let team = formed_team(&app, &setup).await;
    let round = &setup.vote.round;
    let organizer = &setup.vote.organizer;
    let unknown = app
        .post(
            organizer,
            "set_co_organizer",
            &[("round_id", round), ("email", "ingen@kommun.se")],
        )
        .await;
    let error = refused(unknown, StatusCode::UNPROCESSABLE_ENTITY).await;
    assert_eq!(
        problem_for(&error, "email"),
        Some(json!("UnknownColleague"))
    );

    // Olle, staff without any role, is not in the team: he sees only its outside.
    let outside = app.team_json(&setup.olle, &team).await;
    assert_eq!(outside["viewer"]["organizer"], false);
    let response = app
        .post(
            organizer,
            "set_co_organizer",
            &[("round_id", round), ("email", "olle@kommun.se")],
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let inside = app.team_json(&setup.olle, &team).await;
    assert_eq!(inside["viewer"]["organizer"], true);
    assert_eq!(inside["co_organizer"], "Testperson");
    let session = inside["sessions"][0]["id"].as_str().unwrap().to_owned();
    let mark = format!("{}:present", setup.sara_id);
    let response = app
        .post(
            &setup.olle,
            "save_attendance",
            &[("session_id", &session), ("marks[0]", &mark)],
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let teams = app
        .json(organizer, "round_teams", &[("round_id", round)])
        .await;
    assert_eq!(teams["co_organizer"]["id"], setup.olle_id.as_str());
    // The co-organizer changes a team's budget, as an organizer may.
    let response = app
        .post(
            &setup.olle,
            "change_budget",
            &[
                ("team_id", team.as_str()),
                ("amount", "4000"),
                ("reason", "Förvaltningens beslut"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let budget = app.json(&setup.olle, "budget", &[("team_id", &team)]).await;
    assert_eq!(budget["summary"]["budget"], 400_000);
    assert_eq!(budget["can_decide"], true);
}

#[tokio::test]
async fn what_each_role_sees_of_a_team() {
    let app = spawn_app().await;
    let setup = team_round(&app).await;
    let team = formed_team(&app, &setup).await;
    let session = app.team_json(&setup.coach, &team).await["sessions"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let handover = [
        ("session_id", session.as_str()),
        ("handover[did]", "Intervjuade tre nybesökare."),
        ("handover[learned]", "Sms på morgonen fungerar bäst."),
        ("handover[next_steps]", "Sara ringer enheten före fredag."),
    ];
    let response = app.post(&setup.sara, "save_handover", &handover).await;
    assert_eq!(response.status(), StatusCode::OK, "a member writes it");
    let mark = format!("{}:present", setup.sara_id);
    let response = app
        .post(
            &setup.coach,
            "save_attendance",
            &[("session_id", &session), ("marks[0]", &mark)],
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);

    let council = app
        .signed_in_with_roles("rad@kommun.se", &[Role::CouncilMember])
        .await;
    let other_coach = app
        .signed_in_with_roles("annan.coach@kommun.se", &[Role::Coach])
        .await;
    for (who, client, inside) in [
        ("organizer", &setup.vote.organizer, true),
        ("coach", &setup.coach, true),
        ("member", &setup.sara, true),
        ("other staff", &setup.olle, false),
        ("council", &council, false),
        ("another coach", &other_coach, false),
    ] {
        let page = app.team_json(client, &team).await;
        assert_eq!(member_names(&page).len(), 2, "{who} sees who is in it");
        let handovers = page["handovers"].as_array().unwrap();
        let marks = page["sessions"][0]["marks"].as_array().unwrap();
        let sara = page["members"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["user_id"] == setup.sara_id.as_str())
            .unwrap()
            .clone();
        let email = sara["email"].as_str().unwrap();
        if inside {
            assert_eq!(handovers.len(), 1, "{who}");
            assert_eq!(marks.len(), 1, "{who}");
            assert_eq!(email, "sara@kommun.se", "{who}");
        } else {
            assert!(handovers.is_empty(), "{who} sees no handover");
            assert!(marks.is_empty(), "{who} sees no attendance");
            assert!(email.is_empty(), "{who} sees no e-mail");
            let html = app
                .get(client, &format!("/teams/{team}/sessions/{session}"))
                .await;
            assert_eq!(html.status(), StatusCode::FORBIDDEN, "{who} session page");
        }
    }
    let response = app.post(&app.client(), "team", &[("team_id", &team)]).await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    let response = app
        .post(&setup.sara, "team", &[("team_id", "nosuchteam")])
        .await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn attendance_and_handovers_follow_the_rules() {
    let app = spawn_app().await;
    let setup = team_round(&app).await;
    let team = formed_team(&app, &setup).await;
    let session = app.team_json(&setup.coach, &team).await["sessions"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let mark = |who: &str, status: &str| format!("{who}:{status}");
    let sara_present = mark(&setup.sara_id, "present");
    let attendance = [
        ("session_id", session.as_str()),
        ("marks[0]", &sara_present),
    ];

    // Members write handovers but do not mark attendance; outsiders do neither.
    let response = app.post(&setup.sara, "save_attendance", &attendance).await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    let good = [
        ("session_id", session.as_str()),
        ("handover[did]", "Testade utskicket."),
        ("handover[next_steps]", "Sara följer upp."),
    ];
    let response = app.post(&setup.olle, "save_handover", &good).await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);

    // Refused input names the field.
    let olle_away = mark(&setup.olle_id, "away");
    let response = app
        .post(
            &setup.coach,
            "save_attendance",
            &[("session_id", &session), ("marks[0]", &olle_away)],
        )
        .await;
    let error = refused(response, StatusCode::UNPROCESSABLE_ENTITY).await;
    assert_eq!(problem_for(&error, "marks"), Some(json!("NotAMember")));
    let sick = mark(&setup.sara_id, "sick");
    let response = app
        .post(
            &setup.coach,
            "save_attendance",
            &[("session_id", &session), ("marks[0]", &sick)],
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let secret = [
        ("session_id", session.as_str()),
        ("handover[did]", "Träffade brukaren 811218-9876."),
        ("handover[next_steps]", "Ingen."),
    ];
    let response = app.post(&setup.sara, "save_handover", &secret).await;
    let error = refused(response, StatusCode::UNPROCESSABLE_ENTITY).await;
    assert_eq!(
        problem_for(&error, "did"),
        Some(json!("PersonalIdentityNumber"))
    );
    let empty = [("session_id", session.as_str())];
    let response = app.post(&setup.sara, "save_handover", &empty).await;
    let error = refused(response, StatusCode::UNPROCESSABLE_ENTITY).await;
    assert_eq!(problem_for(&error, "next_steps"), Some(json!("Required")));

    // Marking again replaces the mark.
    let proposer_excused = mark(&setup.proposer_id, "excused");
    for status in ["present", "away"] {
        let sara = mark(&setup.sara_id, status);
        let response = app
            .post(
                &setup.coach,
                "save_attendance",
                &[
                    ("session_id", &session),
                    ("marks[0]", &sara),
                    ("marks[1]", &proposer_excused),
                ],
            )
            .await;
        assert_eq!(response.status(), StatusCode::OK);
    }
    let page = app.team_json(&setup.sara, &team).await;
    let mut marks = page["sessions"][0]["marks"].as_array().unwrap().clone();
    marks.sort_by_key(|m| m[1].as_str().unwrap().to_owned());
    assert_eq!(
        marks,
        vec![
            json!([setup.sara_id, "Away"]),
            json!([setup.proposer_id, "Excused"])
        ]
    );
    let response = app.post(&setup.sara, "save_handover", &good).await;
    assert_eq!(response.status(), StatusCode::OK);
    let page = app.team_json(&setup.coach, &team).await;
    assert_eq!(page["handovers"][0]["did"], "Testade utskicket.");
    assert_eq!(page["handovers"][0]["by_name"], "Testperson");
}

#[tokio::test]
async fn moved_and_cancelled_sessions_keep_a_trace() {
    let app = spawn_app().await;
    let setup = team_round(&app).await;
    let team = formed_team(&app, &setup).await;
    let page = app.team_json(&setup.coach, &team).await;
    let session = page["sessions"][0].clone();
    let id = session["id"].as_str().unwrap().to_owned();
    let first_day: chrono::NaiveDate = session["date"].as_str().unwrap().parse().unwrap();
    let later = (first_day + chrono::Duration::days(1)).to_string();
    let change = |date: &str, reason: &str| {
        vec![
            ("session_id".to_owned(), id.clone()),
            ("change[date]".to_owned(), date.to_owned()),
            ("change[starts_at]".to_owned(), "10:00".to_owned()),
            ("change[ends_at]".to_owned(), "12:00".to_owned()),
            ("change[reason]".to_owned(), reason.to_owned()),
        ]
    };
    let post = |client: &Client, form: Vec<(String, String)>| {
        let client = client.clone();
        let app = &app;
        async move {
            let refs: Vec<(&str, &str)> =
                form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
            app.post(&client, "move_session", &refs).await
        }
    };
    let response = post(&setup.coach, change("2001-01-01", "")).await;
    let error = refused(response, StatusCode::UNPROCESSABLE_ENTITY).await;
    assert!(problem_for(&error, "date").unwrap()["DateOutsideBootcamp"].is_object());
    assert_eq!(problem_for(&error, "reason"), Some(json!("Required")));
    let response = post(&setup.sara, change(&later, "Krock med APT")).await;
    assert_eq!(
        response.status(),
        StatusCode::FORBIDDEN,
        "members do not move"
    );
    let response = post(&setup.coach, change(&later, "Krock med APT")).await;
    assert_eq!(response.status(), StatusCode::OK);

    let response = app
        .post(&setup.coach, "cancel_session", &[("session_id", &id)])
        .await;
    let error = refused(response, StatusCode::UNPROCESSABLE_ENTITY).await;
    assert_eq!(
        problem_for(&error, "cancel_reason"),
        Some(json!("Required"))
    );
    let cancel = [
        ("session_id", id.as_str()),
        ("reason", "Halva teamet sjukt"),
    ];
    let response = app.post(&setup.coach, "cancel_session", &cancel).await;
    assert_eq!(response.status(), StatusCode::OK);
    let response = app.post(&setup.coach, "cancel_session", &cancel).await;
    assert_eq!(response.status(), StatusCode::CONFLICT, "cancelled already");

    let page = app.team_json(&setup.sara, &team).await;
    let moved = page["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == id.as_str())
        .unwrap()
        .clone();
    assert_eq!(moved["cancelled"], true);
    assert_eq!(moved["starts_at"], "10:00");
    let changes = moved["changes"].as_array().unwrap();
    assert_eq!(changes.len(), 2);
    assert_eq!(changes[0]["reason"], "Krock med APT");
    assert_eq!(changes[0]["from_date"], first_day.to_string());
    assert_eq!(changes[0]["to_date"], later);
    assert_eq!(changes[1]["cancelled"], true);
    let sequence: Option<i64> = app
        .db
        .query("SELECT VALUE sequence FROM ONLY type::record('team_session', $id)")
        .bind(("id", id.clone()))
        .await
        .unwrap()
        .take(0)
        .unwrap();
    assert_eq!(
        sequence,
        Some(2),
        "each change raises the calendar's SEQUENCE"
    );
    let mark = format!("{}:present", setup.sara_id);
    let response = app
        .post(
            &setup.coach,
            "save_attendance",
            &[("session_id", &id), ("marks[0]", &mark)],
        )
        .await;
    let error = refused(response, StatusCode::CONFLICT).await;
    assert_eq!(
        problem_for(&error, "marks"),
        Some(json!("SessionCancelled"))
    );
}

#[tokio::test]
async fn membership_keeps_its_history() {
    let app = spawn_app().await;
    let setup = team_round(&app).await;
    let team = formed_team(&app, &setup).await;
    let add = |email: &'static str, reason: &'static str| {
        [
            ("team_id", team.clone()),
            ("email", email.into()),
            ("reason", reason.into()),
        ]
    };
    let as_refs = |form: &[(&'static str, String); 3]| -> Vec<(&str, String)> {
        form.iter().map(|(k, v)| (*k, v.clone())).collect()
    };
    let post = |client: &Client, function: &'static str, form: Vec<(&'static str, String)>| {
        let client = client.clone();
        let app = &app;
        async move {
            let refs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
            app.post(&client, function, &refs).await
        }
    };
    let olle_joins = as_refs(&add("olle@kommun.se", "Ersätter Sara vecka 3"));
    for client in [&setup.sara, &setup.olle] {
        let response = post(client, "add_team_member", olle_joins.clone()).await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN);
    }
    let response = post(
        &setup.coach,
        "add_team_member",
        as_refs(&add("olle@kommun.se", "")),
    )
    .await;
    let error = refused(response, StatusCode::UNPROCESSABLE_ENTITY).await;
    assert_eq!(problem_for(&error, "reason"), Some(json!("Required")));
    let response = post(&setup.coach, "add_team_member", olle_joins.clone()).await;
    assert_eq!(response.status(), StatusCode::OK);
    let response = post(&setup.coach, "add_team_member", olle_joins).await;
    let error = refused(response, StatusCode::CONFLICT).await;
    assert_eq!(problem_for(&error, "email"), Some(json!("AlreadyMember")));

    let leave = vec![
        ("team_id", team.clone()),
        ("member_id", setup.sara_id.clone()),
        ("reason", "Föräldraledig".to_owned()),
    ];
    let response = post(&setup.sara, "remove_team_member", leave.clone()).await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    let response = post(&setup.vote.organizer, "remove_team_member", leave.clone()).await;
    assert_eq!(response.status(), StatusCode::OK);
    let response = post(&setup.coach, "remove_team_member", leave).await;
    let error = refused(response, StatusCode::CONFLICT).await;
    assert_eq!(problem_for(&error, "reason"), Some(json!("NotAMember")));

    let page = app.team_json(&setup.coach, &team).await;
    let members = page["members"].as_array().unwrap();
    assert_eq!(members.len(), 3, "a leaver stays in the history");
    let sara = members
        .iter()
        .find(|m| m["user_id"] == setup.sara_id.as_str())
        .unwrap();
    assert_eq!(sara["left_reason"], "Föräldraledig");
    assert!(sara["left_on"].is_string());
    let olle = members
        .iter()
        .find(|m| m["user_id"] == setup.olle_id.as_str())
        .unwrap();
    assert_eq!(olle["joined_reason"], "Ersätter Sara vecka 3");
    // Sara has left: she is an outsider now, and Olle is told he joined.
    let page = app.team_json(&setup.sara, &team).await;
    assert_eq!(page["viewer"]["member"], false);
    let seen = page["members"].as_array().unwrap();
    assert!(
        seen.iter()
            .all(|m| m["left_reason"] == "" && m["joined_reason"] == ""),
        "outside the team, nobody's reasons show"
    );
    assert!(page["handovers"].as_array().unwrap().is_empty());
    let told = notifications(&app, &setup.olle).await;
    assert_eq!(told[0]["kind"], json!({"JoinedTeam": {"team_id": team}}));
}

#[tokio::test]
async fn the_coach_overview_flags_what_needs_attention() {
    let app = spawn_app().await;
    let setup = team_round(&app).await;
    let team = formed_team(&app, &setup).await;
    // Two sessions in the past: one with a handover, one without; and a new member since.
    let sessions = app.team_json(&setup.coach, &team).await["sessions"]
        .as_array()
        .unwrap()
        .clone();
    let today = chrono::Local::now().date_naive();
    for (i, days_ago) in [(0, 14), (1, 7)] {
        let id = sessions[i]["id"].as_str().unwrap().to_owned();
        let day = (today - chrono::Duration::days(days_ago)).to_string();
        app.db
            .query("UPDATE type::record('team_session', $id) SET date = $day")
            .bind(("id", id))
            .bind(("day", day))
            .await
            .unwrap()
            .check()
            .unwrap();
    }
    let first = sessions[0]["id"].as_str().unwrap();
    let handover = [
        ("session_id", first),
        ("handover[did]", "Planerade testet."),
        ("handover[next_steps]", "Alla läser förslaget."),
    ];
    let response = app.post(&setup.coach, "save_handover", &handover).await;
    assert_eq!(response.status(), StatusCode::OK);
    let (present, away) = (
        format!("{}:present", setup.sara_id),
        format!("{}:away", setup.proposer_id),
    );
    let marks = [
        ("session_id", first),
        ("marks[0]", &present),
        ("marks[1]", &away),
    ];
    let response = app.post(&setup.coach, "save_attendance", &marks).await;
    assert_eq!(response.status(), StatusCode::OK);
    app.db
        .query("UPDATE team_member SET joined_on = $day WHERE user = type::record('user', $sara)")
        .bind(("day", (today - chrono::Duration::days(2)).to_string()))
        .bind(("sara", setup.sara_id.clone()))
        .await
        .unwrap()
        .check()
        .unwrap();

    let overview = app
        .json(&setup.coach, "coach_overview", &[("sort", "flags")])
        .await;
    let rows = overview["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["team_id"], team.as_str());
    assert_eq!(rows[0]["missed_handover"], true);
    assert_eq!(rows[0]["lineup_changed"], true);
    assert_eq!(rows[0]["sessions_held"], 2);
    assert_eq!(
        rows[0]["attendance"],
        serde_json::json!([[1, 2]]),
        "one of two present"
    );
    assert_eq!(
        rows[0]["last_handover"],
        (today - chrono::Duration::days(14)).to_string()
    );
    assert_eq!(overview["sort"], "flags");

    let other = app
        .signed_in_with_roles("annan.coach@kommun.se", &[Role::Coach])
        .await;
    let overview = app.json(&other, "coach_overview", &[]).await;
    assert!(
        overview["rows"].as_array().unwrap().is_empty(),
        "not their team"
    );
    let overview = app.json(&setup.vote.organizer, "coach_overview", &[]).await;
    assert_eq!(overview["all_teams"], true);
    assert_eq!(overview["rows"].as_array().unwrap().len(), 1);
    let response = app.post(&setup.sara, "coach_overview", &[]).await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);

    let mine = app.json(&setup.sara, "my_teams", &[]).await;
    assert_eq!(mine[0]["id"], team.as_str());
    let mine = app.json(&setup.olle, "my_teams", &[]).await;
    assert!(mine.as_array().unwrap().is_empty());
    // The pages render for each of them.
    for (client, path) in [
        (&setup.coach, "/coach".to_owned()),
        (&setup.sara, "/my/teams".to_owned()),
        (&setup.sara, format!("/teams/{team}")),
        (&setup.sara, format!("/teams/{team}/sessions/{first}")),
        (&setup.coach, format!("/teams/{team}/members")),
        (
            &setup.vote.organizer,
            format!("/rounds/{}/teams", setup.vote.round),
        ),
        (
            &setup.vote.organizer,
            format!("/proposals/{}/team", setup.vote.ideas[1]),
        ),
    ] {
        let response = app.get(client, &path).await;
        assert_eq!(response.status(), StatusCode::OK, "{path}");
    }
    let html = app
        .get(
            &setup.sara,
            &format!(
                "/teams/{team}/sessions/{}",
                sessions[1]["id"].as_str().unwrap()
            ),
        )
        .await
        .text()
        .await
        .unwrap();
    assert!(
        html.contains("Planerade testet."),
        "the previous handover is on top"
    );
}

#[tokio::test]
async fn members_and_the_coach_are_reminded_the_day_before_once() {
    let app = spawn_app().await;
    let setup = team_round(&app).await;
    let team = formed_team(&app, &setup).await;
    let sessions = app.team_json(&setup.coach, &team).await["sessions"]
        .as_array()
        .unwrap()
        .clone();
    let day =
        |i: usize| -> chrono::NaiveDate { sessions[i]["date"].as_str().unwrap().parse().unwrap() };
    let eve = |i: usize| day(i).pred_opt().unwrap();
    let sent = idesluss::features::teams::send_reminders(&app.db, eve(0))
        .await
        .unwrap();
    assert_eq!(sent, 1);
    let again = idesluss::features::teams::send_reminders(&app.db, eve(0))
        .await
        .unwrap();
    assert_eq!(again, 0, "a session is reminded once");
    for client in [&setup.sara, &setup.coach, &setup.vote.proposer] {
        let told = notifications(&app, client).await;
        let reminder = told
            .iter()
            .find(|n| n["kind"].get("SessionTomorrow").is_some())
            .expect("reminded");
        assert_eq!(
            reminder["kind"]["SessionTomorrow"]["date"],
            day(0).to_string()
        );
    }
    let told = notifications(&app, &setup.olle).await;
    assert!(told.is_empty(), "not in the team, not told");

    // A cancelled session is not reminded.
    let second = sessions[1]["id"].as_str().unwrap();
    let cancel = [("session_id", second), ("reason", "Studiedag")];
    assert_eq!(
        app.post(&setup.coach, "cancel_session", &cancel)
            .await
            .status(),
        StatusCode::OK
    );
    let sent = idesluss::features::teams::send_reminders(&app.db, eve(1))
        .await
        .unwrap();
    assert_eq!(sent, 0);
}
