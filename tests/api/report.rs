//! The round's results report and the final presentation: every section and the figures
//! for a seeded round, the same data as Markdown, no coach-private note anywhere, and the
//! plan (organizers), the summaries (the team) and the round feed's event.

use crate::common::teams::{formed_team, team_round};
use crate::common::votes::refused;
use crate::common::{demo_app, problem_for, spawn_app};
use idesluss::domain::Role;
use reqwest::StatusCode;
use serde_json::json;

const PRIVATE: &str = "Privat: teamet verkar trött, prata med chefen.";

#[tokio::test]
async fn the_2018_report_tells_the_seeds_story_from_the_data() {
    let (app, organizer, round) = demo_app().await;
    // A coach-private note, which must never reach the report.
    let team: Option<String> = app
        .db
        .query("SELECT VALUE record::id(id) FROM team LIMIT 1")
        .await
        .unwrap()
        .take(0)
        .unwrap();
    app.db
        .query("CREATE coach_note SET team = type::record('team', $t), author = (SELECT VALUE coach FROM ONLY type::record('team', $t)), body = $body, visibility = 'coach'")
        .bind(("t", team.unwrap()))
        .bind(("body", PRIVATE))
        .await
        .unwrap()
        .check()
        .unwrap();
    let staff = app.signed_in_with_roles("medarbetare@kommun.se", &[]).await;
    let report = app.json(&staff, "report", &[("round_id", &round)]).await;
    let f = &report["figures"];
    assert_eq!(f["submitted"], 6);
    assert_eq!(f["shortlisted"], 6);
    assert_eq!(f["selected"], 6);
    assert_eq!(f["tested"], 6);
    assert_eq!(f["followed_up"], 6);
    assert_eq!(f["teams"], 6);
    assert_eq!(f["sessions_held"], 30, "six teams, five Fridays");
    assert!(f["ballots"].as_u64().unwrap() > 0);
    assert!(f["participants"].as_u64().unwrap() >= 12);
    assert!(f["spent"].as_i64().unwrap() > 0);
    let proposals = report["proposals"].as_array().unwrap();
    assert_eq!(proposals.len(), 6);
    assert_eq!(proposals[0]["category"], "Explore", "by category");
    assert!(
        proposals
            .iter()
            .all(|p| !p["what_next"].as_str().unwrap().is_empty())
    );
    let kinds = |kind: &str| {
        report["items"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|i| i["kind"] == kind)
            .count()
    };
    assert_eq!(kinds("WorkedWell"), 3, "three things that worked");
    assert_eq!(kinds("DidNotWork"), 3, "three that did not");
    assert_eq!(kinds("Learning"), 4, "four learnings");
    assert_eq!(kinds("DoDifferently"), 11);
    assert_eq!(kinds("Recommendation"), 5);
    assert_eq!(
        report["items"][0]["heading"], "Att arbeta i förvirring",
        "the seed's order"
    );

    let page = app
        .get(&staff, &format!("/rounds/{round}/report"))
        .await
        .text()
        .await
        .unwrap();
    for heading in [
        "Vad vi gjorde",
        "Förslagen och vad som händer nu",
        "Det här funkade bra",
        "Det här funkade inte",
        "Lärdomar",
        "Att göra annorlunda nästa gång",
        "Rekommendationer till förvaltningen",
        "Siffror",
        "Samarbete över gränserna",
        "Lab 3.0",
    ] {
        assert!(page.contains(heading), "the page has {heading}");
    }
    assert!(
        page.contains("role=\"img\""),
        "the chart is an image with a title"
    );
    let response = app.get(&staff, &format!("/rounds/{round}/report.md")).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.headers()["content-type"],
        "text/markdown; charset=utf-8"
    );
    let md = response.text().await.unwrap();
    assert!(md.starts_with("# Rapport: Bootcamp hösten 2018"));
    for part in [
        "## Vad vi gjorde",
        "## Det här funkade bra",
        "**Intervjuer**",
        "| Inskickade förslag | 6 |",
        "Lab 3.0",
    ] {
        assert!(md.contains(part), "the Markdown has {part}");
    }
    for text in [&page, &md] {
        assert!(!text.contains(PRIVATE), "no coach-private note");
    }
    assert!(!serde_json::to_string(&report).unwrap().contains(PRIVATE));

    let anonymous = app.client();
    assert_eq!(
        app.get(&anonymous, &format!("/rounds/{round}/report.md"))
            .await
            .status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        app.post(&anonymous, "report", &[("round_id", &round)])
            .await
            .status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        app.get(&organizer, "/rounds/nosuchround/report.md")
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn the_final_presentation_is_planned_by_organizers_and_summed_up_by_each_team() {
    let app = spawn_app().await;
    let setup = team_round(&app).await;
    let team = formed_team(&app, &setup).await;
    let round = setup.vote.round.clone();
    let plan = |client, start: &'static str| {
        let team = team.clone();
        let round = round.clone();
        let app = &app;
        async move {
            app.post(
                client,
                "plan_presentation",
                &[
                    ("round_id", round.as_str()),
                    ("plan[date]", "2027-04-16"),
                    ("plan[starts_at]", start),
                    ("plan[ends_at]", "16:00"),
                    ("plan[place]", "Stora hörsalen"),
                    ("teams[0]", team.as_str()),
                    ("positions[0]", "1"),
                ],
            )
            .await
        }
    };
    let anonymous = app.client();
    for (who, client, status) in [
        ("coach", &setup.coach, StatusCode::FORBIDDEN),
        ("member", &setup.sara, StatusCode::FORBIDDEN),
        ("anonymous", &anonymous, StatusCode::UNAUTHORIZED),
    ] {
        assert_eq!(plan(client, "13:00").await.status(), status, "{who}");
    }
    let error = refused(
        plan(&setup.vote.organizer, "17:00").await,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    assert_eq!(
        problem_for(&error, "ends_at"),
        Some(json!("EndBeforeStart"))
    );
    assert_eq!(
        plan(&setup.vote.organizer, "13:00").await.status(),
        StatusCode::OK
    );

    let summary_form = [
        ("team_id", team.as_str()),
        ("summary", "Vi testade sms-påminnelser."),
    ];
    let summary = |client| app.post(client, "save_outcome_summary", &summary_form);
    assert_eq!(summary(&setup.olle).await.status(), StatusCode::FORBIDDEN);
    assert_eq!(summary(&setup.sara).await.status(), StatusCode::OK);
    let page = app
        .json(&setup.olle, "presentation", &[("round_id", &round)])
        .await;
    assert_eq!(page["plan"]["place"], "Stora hörsalen");
    assert_eq!(page["slots"][0]["summary"], "Vi testade sms-påminnelser.");
    assert_eq!(page["slots"][0]["can_write_summary"], false);
    for (who, client) in [
        ("member", &setup.sara),
        ("coach", &setup.coach),
        ("organizer", &setup.vote.organizer),
    ] {
        let page = app
            .json(client, "presentation", &[("round_id", &round)])
            .await;
        assert_eq!(page["slots"][0]["can_write_summary"], true, "{who}");
    }
    assert_eq!(page["can_plan"], false);

    // The round's calendar feed has the presentation at its time (13:00 in April is 11:00 UTC).
    let feed = app
        .get(&app.client(), &format!("/calendar/rounds/{round}.ics"))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        feed.contains(&format!("UID:session-final-{round}@idesluss")),
        "{feed}"
    );
    assert!(feed.contains("DTSTART:20270416T110000Z"), "{feed}");
    let show = app
        .get(
            &setup.olle,
            &format!("/rounds/{round}/presentation/show?slide=1"),
        )
        .await
        .text()
        .await
        .unwrap();
    assert!(show.contains("Vi testade sms-påminnelser."));
}

#[tokio::test]
async fn the_dashboard_shows_funnels_budgets_late_items_and_participation_to_organizers() {
    let (app, organizer, round) = demo_app().await;
    let board = app.json(&organizer, "dashboard", &[]).await;
    let rounds = board["rounds"].as_array().unwrap();
    let autumn = rounds
        .iter()
        .find(|r| r["round_id"] == round.as_str())
        .unwrap();
    assert_eq!(autumn["figures"]["submitted"], 6);
    assert_eq!(autumn["figures"]["followed_up"], 6);
    assert!(autumn["voted_with_account"].as_u64().is_some());
    assert!(autumn["figures"]["participants"].as_u64().unwrap() >= 12);
    // The open demo round has proposals of its own: the totals add both up.
    assert!(board["totals"]["submitted"].as_u64().unwrap() > 6);
    let budgets = board["budgets"].as_array().unwrap();
    assert_eq!(budgets.len(), 6);
    assert!(budgets.iter().any(|b| b["spent"].as_i64().unwrap() > 0));
    // Open 2018 actions are long past their day.
    assert!(board["overdue_actions"].as_u64().unwrap() > 0);

    let staff = app.signed_in_with_roles("medarbetare@kommun.se", &[]).await;
    let coach = app
        .signed_in_with_roles("coach@kommun.se", &[Role::Coach])
        .await;
    for (who, client, status) in [
        ("staff", &staff, StatusCode::FORBIDDEN),
        ("coach", &coach, StatusCode::FORBIDDEN),
        ("anonymous", &app.client(), StatusCode::UNAUTHORIZED),
    ] {
        assert_eq!(
            app.post(client, "dashboard", &[]).await.status(),
            status,
            "{who}"
        );
    }
    let page = app
        .get(&organizer, "/dashboard")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("role=\"img\""),
        "charts are images with titles"
    );
    assert!(page.contains("<table"), "each chart has its table");
    assert!(page.contains("Deltagande"));
}
