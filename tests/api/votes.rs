//! The staff-day vote over HTTP: who may set it up, the ballot rules, voter codes, staff
//! ballots, open/closed, anonymity of what is stored, results with ties, the selection,
//! the CSV and the live feed.

use std::time::{Duration, Instant};

use idesluss::domain::Role;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::common::votes::{next_tally, refused, shortlisted_round};
use crate::common::{problem_for, spawn_app};

#[tokio::test]
async fn only_organizers_set_up_a_vote_and_it_takes_the_shortlist() {
    let app = spawn_app().await;
    let setup = shortlisted_round(&app).await;
    let round = setup.round.as_str();
    let staff = app.signed_in_with_roles("personal@kommun.se", &[]).await;
    let council = app
        .signed_in_with_roles("rad@kommun.se", &[Role::CouncilMember])
        .await;
    let coach = app
        .signed_in_with_roles("coach@kommun.se", &[Role::Coach])
        .await;
    for (who, client) in [("staff", &staff), ("council", &council), ("coach", &coach)] {
        let response = app.save_vote(client, round, &[]).await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{who} save_vote");
        for function in ["vote_admin", "code_sheet"] {
            let response = app
                .post(client, function, &[("round_id", round), ("from", "1")])
                .await;
            assert_eq!(response.status(), StatusCode::FORBIDDEN, "{who} {function}");
        }
    }
    let anonymous = app.client();
    let response = app.save_vote(&anonymous, round, &[]).await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    let admin = app
        .json(&setup.organizer, "vote_admin", &[("round_id", round)])
        .await;
    assert_eq!(admin["vote"], Value::Null, "nothing was created");
    assert_eq!(admin["shortlisted"].as_array().unwrap().len(), 4);

    // Bad rules name their fields.
    let response = app
        .save_vote(
            &setup.organizer,
            round,
            &[("votes_per_voter", "0"), ("opens_at", "imorgon")],
        )
        .await;
    let error = refused(response, StatusCode::UNPROCESSABLE_ENTITY).await;
    assert_eq!(
        problem_for(&error, "votes_per_voter"),
        Some(json!({"NumberOutOfRange": {"min": 1, "max": 10}}))
    );
    assert_eq!(problem_for(&error, "opens_at"), Some(json!("DateInvalid")));

    let response = app
        .save_vote(&setup.organizer, round, &[("winners_per_category", "1")])
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let admin = app
        .json(&setup.organizer, "vote_admin", &[("round_id", round)])
        .await;
    assert_eq!(admin["vote"]["status"], "NotOpen");
    assert_eq!(admin["vote"]["votes_per_voter"], 3, "the default");
    assert_eq!(admin["vote"]["ideas"].as_array().unwrap().len(), 4);
    let proposal = app.proposal_json(&setup.proposer, &setup.ideas[0]).await;
    assert_eq!(proposal["stage"], "OnBallot");
    let me = app.current_user(&setup.proposer).await;
    assert!(me["unread"].as_u64().unwrap() >= 4, "proposer notified");

    // A round has one vote; forbidden switches change nothing.
    let response = app.switch_vote(&staff, round, "open").await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    let response = app
        .post(&staff, "vote_codes", &[("round_id", round), ("count", "5")])
        .await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    let admin = app
        .json(&setup.organizer, "vote_admin", &[("round_id", round)])
        .await;
    assert_eq!(admin["vote"]["status"], "NotOpen");
    assert_eq!(admin["vote"]["codes_total"], 0);
}

#[tokio::test]
async fn a_round_without_a_shortlist_has_nothing_to_vote_on() {
    let app = spawn_app().await;
    let round = crate::common::proposals::open_round_id(&app).await;
    let organizer = app
        .signed_in_with_roles("arrangor@kommun.se", &[Role::Organizer])
        .await;
    let response = app.save_vote(&organizer, &round, &[]).await;
    let error = refused(response, StatusCode::CONFLICT).await;
    assert_eq!(
        problem_for(&error, "form"),
        Some(json!("NothingShortlisted"))
    );
}

#[tokio::test]
async fn ballots_keep_to_the_limits_and_codes_are_single_use() {
    let app = spawn_app().await;
    let setup = shortlisted_round(&app).await;
    let round = setup.round.as_str();
    app.open_vote(&setup, &[("votes_per_voter", "2")]).await;
    let codes = app.make_codes(&setup.organizer, round, 5).await;
    assert_eq!(codes.len(), 5);
    assert!(
        codes
            .iter()
            .all(|c| c.len() == 9 && c.as_bytes()[4] == b'-')
    );
    let voter = app.client();
    let [a, b, c, _] = [0, 1, 2, 3].map(|i| setup.ideas[i].as_str());

    let cases: [(&[(usize, &str)], Value); 4] = [
        (&[(0, a), (1, b), (2, c)], json!({"TooMany": {"max": 2}})),
        (&[(0, a), (1, a)], json!("OneVotePerProposal")),
        (&[(0, a), (1, "nosuchidea")], json!("ChoiceInvalid")),
        (&[], json!("ChooseAtLeastOne")),
    ];
    for (picks, problem) in cases {
        let response = app.cast(&voter, round, &codes[0], picks).await;
        let error = refused(response, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(problem_for(&error, "picks"), Some(problem));
    }
    // Check boxes leave gaps in their numbering; a typed code may be in any case.
    let response = app
        .cast(&voter, round, &codes[0].to_lowercase(), &[(0, a), (2, c)])
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let location = response.headers()["location"].to_str().unwrap().to_owned();
    assert!(location.starts_with("/rosta/tack?"), "{location}");

    let response = app.cast(&voter, round, &codes[0], &[(0, b)]).await;
    let error = refused(response, StatusCode::CONFLICT).await;
    assert_eq!(problem_for(&error, "code"), Some(json!("VoterCodeUsed")));
    let response = app
        .post(&voter, "ballot", &[("code", &codes[0]), ("round_id", "")])
        .await;
    let error = refused(response, StatusCode::CONFLICT).await;
    assert_eq!(problem_for(&error, "code"), Some(json!("VoterCodeUsed")));
    let response = app.cast(&voter, round, "ABCD-EFGH", &[(0, b)]).await;
    let error = refused(response, StatusCode::UNPROCESSABLE_ENTITY).await;
    assert_eq!(problem_for(&error, "code"), Some(json!("VoterCodeUnknown")));
    let response = app.cast(&voter, round, "ABCD-EF01", &[(0, b)]).await;
    let error = refused(response, StatusCode::UNPROCESSABLE_ENTITY).await;
    assert_eq!(problem_for(&error, "code"), Some(json!("VoterCodeInvalid")));

    // The ballot page opens from the code alone (as the QR code does).
    let form = app
        .json(&voter, "ballot", &[("code", &codes[1]), ("round_id", "")])
        .await;
    assert_eq!(form["round_id"], round);
    assert_eq!(form["votes_per_voter"], 2);
    assert_eq!(form["ideas"].as_array().unwrap().len(), 4);
    let results = app.results(&setup.organizer, round).await;
    assert_eq!(results["ballots"], 1);
}

#[tokio::test]
async fn signed_in_staff_vote_once_and_anonymous_people_need_a_code() {
    let app = spawn_app().await;
    let setup = shortlisted_round(&app).await;
    let round = setup.round.as_str();
    app.open_vote(&setup, &[]).await;
    let staff = app.signed_in_with_roles("personal@kommun.se", &[]).await;
    let open = app.json(&staff, "open_votes", &[]).await;
    assert_eq!(open[0]["round_id"], round);
    assert_eq!(open[0]["has_voted"], false);
    let response = app.cast(&staff, round, "", &[(0, &setup.ideas[3])]).await;
    assert_eq!(response.status(), StatusCode::OK);
    let response = app.cast(&staff, round, "", &[(0, &setup.ideas[2])]).await;
    let error = refused(response, StatusCode::CONFLICT).await;
    assert_eq!(problem_for(&error, "form"), Some(json!("AlreadyVoted")));
    let open = app.json(&staff, "open_votes", &[]).await;
    assert_eq!(open[0]["has_voted"], true);
    let response = app
        .cast(&app.client(), round, "", &[(0, &setup.ideas[2])])
        .await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    let results = app.results(&setup.organizer, round).await;
    assert_eq!(results["ballots"], 1);
}

#[tokio::test]
async fn only_an_open_vote_takes_ballots_and_closing_is_final() {
    let app = spawn_app().await;
    let setup = shortlisted_round(&app).await;
    let round = setup.round.as_str();
    let response = app.save_vote(&setup.organizer, round, &[]).await;
    assert_eq!(response.status(), StatusCode::OK);
    let codes = app.make_codes(&setup.organizer, round, 2).await;
    let voter = app.client();
    let pick = [(0, setup.ideas[0].as_str())];
    let response = app.cast(&voter, round, &codes[0], &pick).await;
    let error = refused(response, StatusCode::CONFLICT).await;
    assert_eq!(problem_for(&error, "form"), Some(json!("VoteNotOpen")));

    app.switch_vote(&setup.organizer, round, "open").await;
    let response = app
        .save_vote(&setup.organizer, round, &[("votes_per_voter", "5")])
        .await;
    let error = refused(response, StatusCode::CONFLICT).await;
    assert_eq!(
        problem_for(&error, "form"),
        Some(json!("VoteAlreadyOpened"))
    );
    let response = app.switch_vote(&setup.organizer, round, "close").await;
    assert_eq!(response.status(), StatusCode::OK);

    let response = app.cast(&voter, round, &codes[0], &pick).await;
    let error = refused(response, StatusCode::CONFLICT).await;
    assert_eq!(problem_for(&error, "form"), Some(json!("VoteClosed")));
    let response = app.switch_vote(&setup.organizer, round, "open").await;
    let error = refused(response, StatusCode::CONFLICT).await;
    assert_eq!(problem_for(&error, "form"), Some(json!("VoteClosed")));
    let results = app.results(&setup.organizer, round).await;
    assert_eq!(results["status"], "Closed");
    assert_eq!(results["ballots"], 0);
}

#[tokio::test]
async fn a_stored_ballot_holds_nothing_that_points_to_its_voter() {
    let app = spawn_app().await;
    let setup = shortlisted_round(&app).await;
    let round = setup.round.as_str();
    app.open_vote(&setup, &[]).await;
    let codes = app.make_codes(&setup.organizer, round, 1).await;
    let staff = app.signed_in_with_roles("personal@kommun.se", &[]).await;
    let pick = [(0, setup.ideas[1].as_str())];
    assert_eq!(
        app.cast(&app.client(), round, &codes[0], &pick)
            .await
            .status(),
        200
    );
    assert_eq!(app.cast(&staff, round, "", &pick).await.status(), 200);

    let ballot_fields: Vec<Vec<String>> = app
        .db
        .query("SELECT VALUE array::sort(object::keys($this)) FROM ballot")
        .await
        .unwrap()
        .take(0)
        .unwrap();
    assert_eq!(ballot_fields.len(), 2);
    for fields in ballot_fields {
        assert_eq!(fields, ["choices", "id", "vote"], "no voter, code or time");
    }
    // What marks a voter as having voted says nothing about the ballot.
    let marks: Vec<Vec<String>> = app
        .db
        .query("SELECT VALUE array::sort(object::keys($this)) FROM voter_code")
        .await
        .unwrap()
        .take(0)
        .unwrap();
    assert_eq!(marks, [["code", "id", "number", "used", "vote"]]);
    let staff_marks: Vec<Vec<String>> = app
        .db
        .query("SELECT VALUE array::sort(object::keys($this)) FROM staff_voted")
        .await
        .unwrap()
        .take(0)
        .unwrap();
    assert_eq!(staff_marks, [["id", "user", "vote"]]);
}

#[tokio::test]
async fn results_show_ties_and_the_selection_moves_the_proposals() {
    let app = spawn_app().await;
    let setup = shortlisted_round(&app).await;
    let round = setup.round.as_str();
    app.open_vote(&setup, &[("winners_per_category", "1")])
        .await;
    let codes = app.make_codes(&setup.organizer, round, 4).await;
    let [a, b, c, d] = [0, 1, 2, 3].map(|i| setup.ideas[i].as_str());
    let voter = app.client();
    for (code, picks) in codes.iter().zip([[a, c], [b, c], [a, d], [b, d]]) {
        let response = app
            .cast(&voter, round, code, &[(0, picks[0]), (1, picks[1])])
            .await;
        assert_eq!(response.status(), StatusCode::OK);
    }
    let staff = app.signed_in_with_roles("personal@kommun.se", &[]).await;
    let response = app
        .post(&staff, "vote_results", &[("round_id", round)])
        .await;
    assert_eq!(
        response.status(),
        StatusCode::FORBIDDEN,
        "not before closing"
    );
    let response = app
        .post(
            &setup.organizer,
            "confirm_selection",
            &[("round_id", round), ("picks[0]", a)],
        )
        .await;
    let error = refused(response, StatusCode::CONFLICT).await;
    assert_eq!(problem_for(&error, "form"), Some(json!("VoteNotClosed")));

    app.switch_vote(&setup.organizer, round, "close").await;
    let results = app.results(&staff, round).await;
    assert_eq!(results["ballots"], 4);
    let test_group = results["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|group| group["category"] == "Test")
        .expect("the test category");
    for row in test_group["rows"].as_array().unwrap() {
        assert_eq!(row["candidate"]["votes"], 2);
        assert_eq!(row["place"], 1);
        assert_eq!(row["tied"], true);
        assert_eq!(row["outcome"], "TiedForLastPlace");
    }
    assert_eq!(results["can_confirm"], false, "staff cannot confirm");
    let for_organizer = app.results(&setup.organizer, round).await;
    assert_eq!(for_organizer["can_confirm"], true);
    let mut preselected: Vec<String> =
        serde_json::from_value(for_organizer["preselected"].clone()).unwrap();
    preselected.sort();
    let mut expected = vec![c.to_owned(), d.to_owned()];
    expected.sort();
    assert_eq!(preselected, expected, "the tie is left to the organizer");

    let response = app
        .post(
            &staff,
            "confirm_selection",
            &[("round_id", round), ("picks[0]", a)],
        )
        .await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    let response = app
        .post(
            &setup.organizer,
            "confirm_selection",
            &[
                ("round_id", round),
                ("picks[0]", a),
                ("picks[2]", c),
                ("picks[3]", d),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    for (id, stage) in [
        (a, "Selected"),
        (b, "NotSelected"),
        (c, "Selected"),
        (d, "Selected"),
    ] {
        let proposal = app.proposal_json(&setup.proposer, id).await;
        assert_eq!(proposal["stage"], stage, "{id}");
    }
    let response = app
        .post(
            &setup.organizer,
            "confirm_selection",
            &[("round_id", round), ("picks[0]", b)],
        )
        .await;
    let error = refused(response, StatusCode::CONFLICT).await;
    assert_eq!(
        problem_for(&error, "form"),
        Some(json!("SelectionAlreadyConfirmed"))
    );

    // Totals only in the CSV, for organizers.
    let response = app
        .get(&staff, &format!("/rounds/{round}/vote/results.csv"))
        .await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    let response = app
        .get(
            &setup.organizer,
            &format!("/rounds/{round}/vote/results.csv"),
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let csv = response.text().await.unwrap();
    assert!(csv.contains("\"Gemensamt väntrum\";\"2\""), "{csv}");
    assert!(!csv.contains(&codes[0]), "no codes in the results");
}

#[tokio::test]
async fn the_projector_feed_shows_a_ballot_within_a_second() {
    let app = spawn_app().await;
    let setup = shortlisted_round(&app).await;
    let round = setup.round.as_str();
    app.open_vote(&setup, &[("live_totals", "on")]).await;
    let codes = app.make_codes(&setup.organizer, round, 1).await;
    let projector = app
        .json(&app.client(), "projector", &[("round_id", round)])
        .await;
    assert_eq!(projector["tally"]["ballots"], 0);
    assert!(projector["qr_svg"].as_str().unwrap().starts_with("<svg"));
    assert!(projector["join_url"].as_str().unwrap().ends_with("/rosta"));

    let mut feed = app
        .get(&app.client(), &format!("/rounds/{round}/vote/live"))
        .await;
    assert_eq!(feed.status(), StatusCode::OK);
    let mut buffer = String::new();
    let first = next_tally(&mut feed, &mut buffer, Duration::from_secs(5)).await;
    assert_eq!(first["ballots"], 0);
    assert_eq!(first["status"], "Open");

    let response = app
        .cast(&app.client(), round, &codes[0], &[(0, &setup.ideas[2])])
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let cast_at = Instant::now();
    let update = next_tally(&mut feed, &mut buffer, Duration::from_secs(1)).await;
    assert!(cast_at.elapsed() < Duration::from_secs(1));
    assert_eq!(update["ballots"], 1);
    let totals = update["totals"].as_array().expect("live totals allowed");
    let voted = totals
        .iter()
        .find(|t| t["id"] == setup.ideas[2].as_str())
        .unwrap();
    assert_eq!(voted["votes"], 1);

    let response = app
        .get(&app.client(), "/rounds/nosuchround/vote/live")
        .await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn hidden_live_totals_stay_hidden_until_closing() {
    let app = spawn_app().await;
    let setup = shortlisted_round(&app).await;
    let round = setup.round.as_str();
    // The box is unticked: no `live_totals` field at all.
    app.open_vote(&setup, &[]).await;
    let staff = app.signed_in_with_roles("personal@kommun.se", &[]).await;
    assert_eq!(
        app.cast(&staff, round, "", &[(0, &setup.ideas[0])])
            .await
            .status(),
        200
    );
    let projector = app
        .json(&app.client(), "projector", &[("round_id", round)])
        .await;
    assert_eq!(projector["tally"]["ballots"], 1);
    assert_eq!(projector["tally"]["totals"], Value::Null);
    app.switch_vote(&setup.organizer, round, "close").await;
    let projector = app
        .json(&app.client(), "projector", &[("round_id", round)])
        .await;
    assert_eq!(projector["tally"]["totals"][0]["votes"], 1);
}

#[tokio::test]
async fn voter_pages_render_for_a_phone_without_javascript() {
    let app = spawn_app().await;
    let setup = shortlisted_round(&app).await;
    let round = setup.round.as_str();
    app.open_vote(&setup, &[]).await;
    let codes = app.make_codes(&setup.organizer, round, 1).await;
    let code = codes[0].replace('-', "");
    let voter = app.client();

    let page = app
        .get(&voter, &format!("/rosta?kod={code}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("Sms-påminnelse"),
        "the ballot lists the proposals"
    );
    assert!(page.contains(r#"name="picks[0]""#));
    // The choose step posts the ticks; the next address holds the code and the step only.
    let review = app
        .review(
            &voter,
            round,
            &code,
            &[(0, &setup.ideas[0]), (2, &setup.ideas[2])],
        )
        .await;
    assert!(!review.contains(&setup.ideas[0]), "{review}");
    let page = app.get(&voter, &review).await.text().await.unwrap();
    assert!(page.contains("Stämmer ditt val?"), "the confirm step");
    assert!(page.contains(r#"name="picks[1]""#));
    let too_many = app
        .review(
            &voter,
            round,
            &code,
            &[
                (0, &setup.ideas[0]),
                (1, &setup.ideas[1]),
                (2, &setup.ideas[2]),
                (3, &setup.ideas[3]),
            ],
        )
        .await;
    let page = app.get(&voter, &too_many).await.text().await.unwrap();
    assert!(
        page.contains("Högst 3"),
        "the same rule as the server, in Swedish"
    );
    assert!(page.contains("Granska mitt val"), "says what to do");
    let page = app
        .get(&voter, "/rosta?kod=ABCD-EFGH")
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("Det finns ingen sådan röstkod"));

    // The form post without JavaScript ends on the receipt.
    let response = voter
        .post(format!("{}/api/cast_ballot", app.address))
        .header("Accept", "text/html,application/xhtml+xml")
        .header("Referer", format!("{}{review}", app.address))
        .form(&[
            ("round_id", round),
            ("code", code.as_str()),
            ("picks[0]", setup.ideas[0].as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert!(response.status().is_redirection());
    let location = response.headers()["location"].to_str().unwrap().to_owned();
    assert!(location.contains("/rosta/tack"), "{location}");
    let receipt = app.get(&voter, &location).await.text().await.unwrap();
    assert!(receipt.contains("Tack för din röst!"));

    let sheet = app
        .get(&setup.organizer, &format!("/rounds/{round}/vote/codes"))
        .await
        .text()
        .await
        .unwrap();
    assert!(sheet.contains(&codes[0]));
    assert!(sheet.contains("<svg"), "a QR code per card");
    let screen = app
        .get(&app.client(), &format!("/rounds/{round}/vote/screen"))
        .await
        .text()
        .await
        .unwrap();
    assert!(screen.contains("/rosta"));
}
