//! The demo data: the autumn 2018 Bootcamp with the seed's six proposals, and an open round.

use crate::common::{spawn_with, unique_namespace};
use idesluss::platform::settings::Settings;
use serde_json::Value;

#[tokio::test]
async fn demo_data_holds_the_seed_story_and_an_open_round() {
    let mut settings = Settings::for_tests(&unique_namespace());
    settings.demo_data = true;
    let app = spawn_with(settings).await;
    let overview: Value = app.json(&app.client(), "home_overview", &[]).await;

    let current = &overview["current"]["round"];
    assert_eq!(
        current["status"],
        serde_json::json!({"InPhase": "Submission"})
    );

    let rounds = overview["rounds"].as_array().unwrap();
    assert_eq!(rounds.len(), 2);
    let autumn = rounds
        .iter()
        .find(|r| r["name"] == "Bootcamp hösten 2018")
        .expect("the 2018 round");
    assert_eq!(autumn["status"], "Finished");

    let detail: Value = app
        .json(
            &app.client(),
            "round_detail",
            &[("id", autumn["id"].as_str().unwrap())],
        )
        .await;
    let ideas = detail["ideas"].as_array().unwrap();
    assert_eq!(ideas.len(), 6);
    for category in ["Explore", "Test", "Scale"] {
        let n = ideas.iter().filter(|i| i["category"] == category).count();
        assert_eq!(n, 2, "two proposals in {category}");
    }
    assert!(
        ideas
            .iter()
            .any(|i| i["title"] == "Ungas upplevelse av att ta till våld")
    );

    // The 2018 staff-day vote: closed, 214 ballots, results by category.
    let autumn_id = autumn["id"].as_str().unwrap();
    let screen = app
        .json(&app.client(), "projector", &[("round_id", autumn_id)])
        .await;
    assert_eq!(screen["tally"]["status"], "Closed");
    assert_eq!(screen["tally"]["ballots"], 214);
    let totals = screen["tally"]["totals"].as_array().unwrap();
    assert_eq!(totals.len(), 6);
    let votes: u64 = totals.iter().map(|t| t["votes"].as_u64().unwrap()).sum();
    assert!(
        votes > 214 && votes <= 3 * 214,
        "up to three votes a ballot"
    );
    // Counted on paper in two boxes, each by two people, and the selection confirmed:
    // nothing on a finished round's results asks to be confirmed again.
    let reader = app.signed_in_with_roles("lasare@kommun.se", &[]).await;
    let results = app
        .json(&reader, "vote_results", &[("round_id", autumn_id)])
        .await;
    assert_eq!(results["paper_ballots"], 214);
    assert_eq!(results["digital_ballots"], 0);
    assert_eq!(results["paper"]["entries"].as_array().unwrap().len(), 2);
    assert_eq!(results["selection_confirmed"], true);
    assert_eq!(results["can_confirm"], false);

    // Each 2018 proposal reads in full, with its way through the round.
    let first = ideas[0]["id"].as_str().unwrap();
    let proposal = app.proposal_json(&reader, first).await;
    assert!(
        proposal["problem"]
            .as_str()
            .unwrap()
            .split_whitespace()
            .count()
            > 15
    );
    assert!(!proposal["first_test"].as_str().unwrap().is_empty());
    let steps: Vec<&str> = proposal["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["to_stage"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(steps.len(), 7, "{steps:?}");
    assert!(
        !proposal["events"][1]["reason"].as_str().unwrap().is_empty(),
        "the council's why"
    );

    // The open round's board holds the demo colleagues' proposals, one sent back.
    let staff = app.signed_in_with_roles("sara@kommun.se", &[]).await;
    let open_id = overview["current"]["round"]["id"].as_str().unwrap();
    let board: Value = app.board_json(&staff, open_id, &[]).await;
    assert_eq!(board["total"], 3);
    let returned = board["cards"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["stage"] == "NeedsDetail")
        .expect("one proposal needs more detail");
    let page = app
        .proposal_json(&staff, returned["id"].as_str().unwrap())
        .await;
    assert_eq!(page["events"][1]["by_name"], "Sara Ek");
    assert!(!page["events"][1]["reason"].as_str().unwrap().is_empty());
}

#[tokio::test]
async fn demo_data_is_loaded_only_once() {
    let dir = tempfile::tempdir().unwrap();
    let mut settings = Settings::for_tests(&unique_namespace());
    settings.demo_data = true;
    settings.database_url = format!("surrealkv://{}", dir.path().join("db").display());
    let db = idesluss::platform::db::connect(&settings).await.unwrap();
    idesluss::startup::demo::load_if_empty(&db).await.unwrap();
    idesluss::startup::demo::load_if_empty(&db).await.unwrap();
    let rounds = idesluss::features::rounds::round_store::list(&db)
        .await
        .unwrap();
    assert_eq!(rounds.len(), 2);
}

#[tokio::test]
async fn the_2018_round_has_its_six_teams_as_the_seed_tells_them() {
    use idesluss::domain::Role;
    let mut settings = Settings::for_tests(&unique_namespace());
    settings.demo_data = true;
    let app = spawn_with(settings).await;
    let organizer = app
        .signed_in_with_roles("arrangor@kommun.se", &[Role::Organizer])
        .await;
    let overview = app.json(&organizer, "coach_overview", &[]).await;
    let rows = overview["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 6, "one team per selected proposal");
    for row in rows {
        assert_eq!(row["sessions_total"], 5, "five Fridays");
        assert_eq!(
            row["missed_handover"], false,
            "every session has its handover"
        );
    }
    let by_title = |part: &str| -> String {
        rows.iter()
            .find(|r| r["title"].as_str().unwrap().contains(part))
            .unwrap()["team_id"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    let names = |team: &Value| -> Vec<String> {
        team["members"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|m| m["left_on"].is_null())
            .map(|m| {
                m["name"]
                    .as_str()
                    .unwrap()
                    .split(' ')
                    .next()
                    .unwrap()
                    .to_owned()
            })
            .collect()
    };
    let shorter = app
        .team_json(&organizer, &by_title("Kortare utredningar"))
        .await;
    let mut anna = names(&shorter);
    anna.sort();
    assert_eq!(anna, ["Anna", "Anneli"]);
    // Fortbildning got a new line-up in week 3: the page says so before that session.
    let training = app.team_json(&organizer, &by_title("Fortbildning")).await;
    assert!(names(&training).contains(&"Jhana".to_owned()));
    let third = training["sessions"][2]["id"].as_str().unwrap();
    let team = by_title("Fortbildning");
    let html = app
        .get(&organizer, &format!("/teams/{team}/sessions/{third}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains("Laget har ändrats sedan förra träffen"));
    let budget = app.json(&organizer, "budget", &[("team_id", &team)]).await;
    assert!(budget["summary"]["spent"].as_i64().unwrap() > 0);
    assert_eq!(training["handovers"].as_array().unwrap().len(), 5);
}

#[tokio::test]
async fn the_2018_round_has_the_seeds_cards_decisions_and_follow_up() {
    let (app, organizer, _) = crate::common::demo_app().await;
    let staff = app.signed_in_with_roles("medarbetare@kommun.se", &[]).await;
    let library = app
        .json(&staff, "learnings_library", &[("filter[q]", "")])
        .await;
    let entries = library["entries"].as_array().unwrap();
    assert!(entries.len() >= 6, "every team wrote a learning card");
    let teams: std::collections::HashSet<&str> = entries
        .iter()
        .map(|e| e["team_id"].as_str().unwrap())
        .collect();
    assert_eq!(teams.len(), 6);
    let overview = app.json(&organizer, "coach_overview", &[]).await;
    for row in overview["rows"].as_array().unwrap() {
        let idea = row["team_id"].as_str().unwrap();
        let page = app.json(&staff, "follow_up", &[("idea_id", idea)]).await;
        assert_eq!(page["stage"], "FollowUp");
        assert!(
            page["decision"]["rationale"].as_str().unwrap().len() > 40,
            "the seed's Vad händer nu? for {idea}"
        );
        let cards = app.json(&staff, "team_cards", &[("team_id", idea)]).await;
        assert!(!cards["test_cards"].as_array().unwrap().is_empty());
        let title = row["title"].as_str().unwrap();
        if title.contains("Fortbildning") {
            assert_eq!(page["decision"]["outcome"], "ScaleUp");
            assert!(
                page["decision"]["rationale"]
                    .as_str()
                    .unwrap()
                    .contains("föreläsare i krishantering")
            );
            assert!(!page["actions"].as_array().unwrap().is_empty());
        }
        if title.contains("hemmahosare") {
            assert_eq!(page["decision"]["outcome"], "Park");
            let as_organizer = app
                .json(&organizer, "follow_up", &[("idea_id", idea)])
                .await;
            assert!(!as_organizer["later_rounds"].as_array().unwrap().is_empty());
        }
    }
    // The reminders of 2019 were sent back then: a first start writes none.
    assert_eq!(
        idesluss::features::followup::send_reminders(&app.db, chrono::Local::now().date_naive())
            .await
            .unwrap(),
        0
    );
}
