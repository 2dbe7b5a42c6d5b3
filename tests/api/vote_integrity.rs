//! The vote beyond argument: who may vote in each vote, choices that never reach an
//! address, no road to the result around the vote, codes that cannot be tried before a
//! vote opens and are throttled while it is open, code batches made once. Each test here
//! fails on the code before issue 9.

use idesluss::domain::Role;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::common::votes::{refused, shortlisted_round};
use crate::common::{problem_for, spawn_app};

#[tokio::test]
async fn each_vote_says_who_may_vote_and_a_signed_in_person_cannot_also_use_a_code() {
    let app = spawn_app().await;
    let setup = shortlisted_round(&app).await;
    let round = setup.round.as_str();
    app.open_vote(&setup, &[]).await;
    let codes = app.make_codes(&setup.organizer, round, 2).await;
    let staff = app.signed_in_with_roles("personal@kommun.se", &[]).await;
    let pick = [(0, setup.ideas[0].as_str())];

    // Both (the default): signed in, the account votes and a paper code is refused, before
    // and after voting, and the code stays unused for someone without an account.
    let response = app.cast(&staff, round, &codes[0], &pick).await;
    let error = refused(response, StatusCode::CONFLICT).await;
    assert_eq!(
        problem_for(&error, "code"),
        Some(json!("CodesAreForPeopleWithoutAccount"))
    );
    assert_eq!(app.cast(&staff, round, "", &pick).await.status(), 200);
    let response = app.cast(&staff, round, &codes[0], &pick).await;
    refused(response, StatusCode::CONFLICT).await;
    let response = app
        .post(&staff, "ballot", &[("code", &codes[0]), ("round_id", "")])
        .await;
    let error = refused(response, StatusCode::CONFLICT).await;
    assert_eq!(
        problem_for(&error, "code"),
        Some(json!("CodesAreForPeopleWithoutAccount"))
    );
    assert_eq!(
        app.cast(&app.client(), round, &codes[0], &pick)
            .await
            .status(),
        200
    );
    let admin = app
        .json(&setup.organizer, "vote_admin", &[("round_id", round)])
        .await;
    assert_eq!(admin["vote"]["ballots"], 2);
    assert_eq!(admin["vote"]["codes_used"], 1, "codes and accounts apart");
    assert_eq!(admin["vote"]["staff_voted"], 1);
    assert_eq!(admin["vote"]["access"], "Both");
}

#[tokio::test]
async fn a_codes_only_vote_refuses_accounts_and_an_accounts_only_vote_refuses_codes() {
    let app = spawn_app().await;
    let setup = shortlisted_round(&app).await;
    let round = setup.round.as_str();
    app.open_vote(&setup, &[("access", "codes")]).await;
    let staff = app.signed_in_with_roles("personal@kommun.se", &[]).await;
    let pick = [(0, setup.ideas[1].as_str())];
    let response = app.cast(&staff, round, "", &pick).await;
    let error = refused(response, StatusCode::CONFLICT).await;
    assert_eq!(problem_for(&error, "form"), Some(json!("VoteCodesOnly")));
    let open = app.json(&staff, "open_votes", &[]).await;
    assert_eq!(open[0]["accounts_allowed"], false);
    // Signed in but codes only: the code is how this person votes.
    let codes = app.make_codes(&setup.organizer, round, 1).await;
    assert_eq!(
        app.cast(&staff, round, &codes[0], &pick).await.status(),
        200
    );

    let app = spawn_app().await;
    let setup = shortlisted_round(&app).await;
    let round = setup.round.as_str();
    app.open_vote(&setup, &[("access", "accounts")]).await;
    let response = app
        .post(
            &setup.organizer,
            "vote_codes",
            &[("round_id", round), ("count", "5")],
        )
        .await;
    let error = refused(response, StatusCode::CONFLICT).await;
    assert_eq!(
        problem_for(&error, "count"),
        Some(json!("VoteAccountsOnly"))
    );
    let response = app
        .cast(&app.client(), round, "ABCD-EFGH", &[(0, &setup.ideas[0])])
        .await;
    let error = refused(response, StatusCode::CONFLICT).await;
    assert_eq!(problem_for(&error, "code"), Some(json!("VoteAccountsOnly")));
}

#[tokio::test]
async fn an_unknown_access_is_refused_by_name() {
    let app = spawn_app().await;
    let setup = shortlisted_round(&app).await;
    let response = app
        .save_vote(&setup.organizer, &setup.round, &[("access", "everyone")])
        .await;
    let error = refused(response, StatusCode::UNPROCESSABLE_ENTITY).await;
    assert_eq!(problem_for(&error, "access"), Some(json!("ChoiceInvalid")));
}

#[tokio::test]
async fn no_step_of_the_ballot_puts_a_choice_in_an_address() {
    let app = spawn_app().await;
    let setup = shortlisted_round(&app).await;
    let round = setup.round.as_str();
    app.open_vote(&setup, &[]).await;
    let codes = app.make_codes(&setup.organizer, round, 1).await;
    let code = codes[0].replace('-', "");
    let voter = app.client();
    let picks = [(0, setup.ideas[1].as_str()), (3, setup.ideas[3].as_str())];

    let page = app.get(&voter, &format!("/rosta?kod={code}")).await;
    assert_eq!(page.headers()["referrer-policy"], "same-origin");
    assert_eq!(page.headers()["cache-control"], "no-store");
    let html = page.text().await.unwrap();
    assert!(
        html.contains(r#"action="/api/review_ballot""#) && html.contains(r#"method="post""#),
        "the choose step posts"
    );

    // The review step refuses what no form of ours sends, with a message, not a panic.
    for (typed_code, pick, field, problem) in [
        (
            "ABCD-EFG",
            setup.ideas[0].as_str(),
            "code",
            json!("VoterCodeInvalid"),
        ),
        (code.as_str(), "not an id!", "picks", json!("ChoiceInvalid")),
    ] {
        let response = app
            .post(
                &voter,
                "review_ballot",
                &[
                    ("round_id", round),
                    ("code", typed_code),
                    ("picks[0]", pick),
                ],
            )
            .await;
        let error = refused(response, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(problem_for(&error, field), Some(problem));
    }
    let confirm = app.review(&voter, round, &code, &picks).await;
    assert_eq!(confirm, format!("/rosta?kod={code}&granska=1"));
    let html = app.get(&voter, &confirm).await.text().await.unwrap();
    assert!(html.contains("Stämmer ditt val?"));
    assert!(html.contains("Gemensamt väntrum") && html.contains("Digital ansökan för alla"));
    // "Change" keeps the ticks without carrying them in its address.
    assert!(html.contains("andra=1"));
    let change = app
        .get(&voter, &format!("/rosta?kod={code}&andra=1"))
        .await
        .text()
        .await
        .unwrap();
    let ticked = |id: &str| {
        let at = change
            .find(&format!(r#"value="{id}""#))
            .expect("a box per proposal");
        change[at..].split('>').next().unwrap().contains("checked")
    };
    assert!(ticked(&setup.ideas[3]) && ticked(&setup.ideas[1]));
    assert!(!ticked(&setup.ideas[0]));

    let response = app.cast(&voter, round, &code, &picks).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["cache-control"], "no-store");
    let cleared = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .any(|c| c.to_str().unwrap().starts_with("idesluss_ballot=;"));
    assert!(cleared, "the ticks are forgotten once stored");
    let receipt = response.headers()["location"].to_str().unwrap().to_owned();
    assert_eq!(receipt, format!("/rosta/tack?omrostning={round}"));
    let html = app.get(&voter, &receipt).await.text().await.unwrap();
    assert!(html.contains("Tack för din röst!"));
    for idea in &setup.ideas {
        assert!(!html.contains(idea.as_str()));
    }
    assert!(!html.contains("2 val"), "not even how many were chosen");

    // Back to the confirm step after the receipt: the choices are gone.
    let html = app.get(&voter, &confirm).await.text().await.unwrap();
    assert!(!html.contains("Stämmer ditt val?"));
    assert!(html.contains("redan använts"));
}

#[tokio::test]
async fn the_results_cannot_go_around_the_vote() {
    let app = spawn_app().await;
    let setup = shortlisted_round(&app).await;
    let round = setup.round.as_str();
    for action in ["put_on_ballot", "select", "not_select"] {
        let response = app
            .change_stage(&setup.organizer, &setup.ideas[0], action, "")
            .await;
        let error = refused(response, StatusCode::CONFLICT).await;
        assert_eq!(problem_for(&error, "action"), Some(json!("DecidedByVote")));
    }
    app.open_vote(&setup, &[]).await;
    let board = app.board_json(&setup.organizer, round, &[]).await;
    for card in board["cards"].as_array().unwrap() {
        assert_eq!(card["actions"], json!([]), "no move buttons during a vote");
    }
    for action in ["select", "not_select"] {
        let response = app
            .change_stage(&setup.organizer, &setup.ideas[1], action, "")
            .await;
        let error = refused(response, StatusCode::CONFLICT).await;
        assert_eq!(problem_for(&error, "action"), Some(json!("DecidedByVote")));
    }
    let html = app
        .get(&setup.organizer, &format!("/rounds/{round}/board"))
        .await
        .text()
        .await
        .unwrap();
    assert!(!html.contains(r#"value="select""#) && !html.contains(r#"value="not_select""#));

    // A proposal moved behind the vote's back makes the confirmation fail whole.
    app.switch_vote(&setup.organizer, round, "close").await;
    app.db
        .query("UPDATE type::record('idea', $id) SET stage = 'selected'")
        .bind(("id", setup.ideas[2].clone()))
        .await
        .unwrap()
        .check()
        .unwrap();
    let response = app
        .post(
            &setup.organizer,
            "confirm_selection",
            &[("round_id", round), ("picks[0]", &setup.ideas[0])],
        )
        .await;
    refused(response, StatusCode::CONFLICT).await;
    let first = app.proposal_json(&setup.proposer, &setup.ideas[0]).await;
    assert_eq!(first["stage"], "OnBallot", "nothing moved");
    let results = app.results(&setup.organizer, round).await;
    assert_eq!(results["selection_confirmed"], false);
}

#[tokio::test]
async fn codes_cannot_be_tried_before_the_vote_opens() {
    let app = spawn_app().await;
    let setup = shortlisted_round(&app).await;
    let round = setup.round.as_str();
    let response = app.save_vote(&setup.organizer, round, &[]).await;
    assert_eq!(response.status(), StatusCode::OK);
    let codes = app.make_codes(&setup.organizer, round, 1).await;
    let voter = app.client();
    // A real code, an unknown one: the same answer while the vote is not open.
    let mut answers = Vec::new();
    for code in [codes[0].as_str(), "ABCD-EFGH"] {
        let response = app
            .post(&voter, "ballot", &[("code", code), ("round_id", "")])
            .await;
        answers.push((
            response.status(),
            response.text().await.unwrap().replace(code, ""),
        ));
        let response = app.cast(&voter, round, code, &[(0, &setup.ideas[0])]).await;
        let error = refused(response, StatusCode::CONFLICT).await;
        assert_eq!(problem_for(&error, "form"), Some(json!("VoteNotOpen")));
    }
    assert_eq!(answers[0].0, StatusCode::CONFLICT);
    assert_eq!(
        answers[0], answers[1],
        "nothing tells a real code from a guess"
    );
}

#[tokio::test]
async fn guessing_codes_is_slowed_for_the_whole_vote_but_real_codes_still_vote() {
    let app = spawn_app().await;
    let setup = shortlisted_round(&app).await;
    let round = setup.round.as_str();
    app.open_vote(&setup, &[]).await;
    let codes = app.make_codes(&setup.organizer, round, 1).await;
    let pick = [(0, setup.ideas[0].as_str())];
    let guesser = app.client();
    for n in 0..30 {
        let guess = format!("ABCD{}", ["EFGH", "EFGJ", "EFGK"][n % 3]);
        let response = app.cast(&guesser, round, &guess, &pick).await;
        assert_eq!(
            response.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "failure {n} is answered as usual"
        );
    }
    let started = std::time::Instant::now();
    // Another client, the same vote: the count is the vote's, not the client's.
    let response = app.cast(&app.client(), round, "WXYZ-WXYZ", &pick).await;
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(response.headers()["retry-after"], "1");
    assert!(
        started.elapsed() >= std::time::Duration::from_millis(900),
        "it waited"
    );
    let error: Value = response.json().await.unwrap();
    assert_eq!(
        problem_for(&error, "code"),
        Some(json!({"TooManyCodeAttempts": {"retry_after": 1}}))
    );
    let started = std::time::Instant::now();
    let response = app.cast(&app.client(), round, &codes[0], &pick).await;
    assert_eq!(
        response.status(),
        StatusCode::OK,
        "the hall is never locked out"
    );
    assert!(started.elapsed() < std::time::Duration::from_millis(900));
}

#[tokio::test]
async fn the_same_code_form_posted_twice_makes_one_batch() {
    let app = spawn_app().await;
    let setup = shortlisted_round(&app).await;
    let round = setup.round.as_str();
    let response = app.save_vote(&setup.organizer, round, &[]).await;
    assert_eq!(response.status(), StatusCode::OK);
    let form = [("round_id", round), ("count", "40"), ("after", "0")];
    let (first, second) = tokio::join!(
        app.post(&setup.organizer, "vote_codes", &form),
        app.post(&setup.organizer, "vote_codes", &form),
    );
    assert_eq!(first.status(), StatusCode::OK);
    assert_eq!(second.status(), StatusCode::OK);
    let admin = app
        .json(&setup.organizer, "vote_admin", &[("round_id", round)])
        .await;
    assert_eq!(admin["vote"]["codes_total"], 40, "one batch");
    let response = app.post(&setup.organizer, "vote_codes", &form).await;
    assert_eq!(response.status(), StatusCode::OK);
    let next = [("round_id", round), ("count", "10"), ("after", "40")];
    assert_eq!(
        app.post(&setup.organizer, "vote_codes", &next)
            .await
            .status(),
        200
    );
    let sheet = app
        .json(
            &setup.organizer,
            "code_sheet",
            &[("round_id", round), ("from", "1")],
        )
        .await;
    assert_eq!(sheet["total"], 50);
    let numbers: Vec<u64> = sheet["cards"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["number"].as_u64().unwrap())
        .collect();
    assert_eq!(
        numbers,
        (1..=50).collect::<Vec<u64>>(),
        "numbered without gaps"
    );
}

#[tokio::test]
async fn vote_setup_is_for_organizers_only_and_voting_pages_for_the_right_people() {
    let app = spawn_app().await;
    let setup = shortlisted_round(&app).await;
    let round = setup.round.as_str();
    app.open_vote(&setup, &[]).await;
    let codes = app.make_codes(&setup.organizer, round, 1).await;
    let council = app
        .signed_in_with_roles("rad@kommun.se", &[Role::CouncilMember])
        .await;
    let coach = app
        .signed_in_with_roles("coach@kommun.se", &[Role::Coach])
        .await;
    let anonymous = app.client();
    let calls: [(&str, Vec<(&str, &str)>); 3] = [
        ("vote_switch", vec![("round_id", round), ("to", "close")]),
        ("vote_codes", vec![("round_id", round), ("count", "5")]),
        ("confirm_selection", vec![("round_id", round)]),
    ];
    for (function, form) in &calls {
        for (who, client, status) in [
            ("council", &council, StatusCode::FORBIDDEN),
            ("coach", &coach, StatusCode::FORBIDDEN),
            ("signed out", &anonymous, StatusCode::UNAUTHORIZED),
        ] {
            let response = app.post(client, function, form).await;
            assert_eq!(response.status(), status, "{who} {function}");
        }
    }
    let admin = app
        .json(&setup.organizer, "vote_admin", &[("round_id", round)])
        .await;
    assert_eq!(admin["vote"]["status"], "Open", "nothing switched");
    assert_eq!(admin["vote"]["codes_total"], 1, "no codes made");

    let response = app.post(&anonymous, "open_votes", &[]).await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    let response = app
        .post(&anonymous, "council", &[("round_id", round)])
        .await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    let response = app
        .post(&anonymous, "council_proposal", &[("id", &setup.ideas[0])])
        .await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);

    // The receipt is anyone's to read and says only the round and the count.
    let voter = app.client();
    assert_eq!(
        app.cast(&voter, round, &codes[0], &[(0, &setup.ideas[0])])
            .await
            .status(),
        200
    );
    let receipt = app
        .json(&anonymous, "receipt", &[("round_id", round)])
        .await;
    let keys: Vec<&String> = receipt.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["ballots", "round_id", "round_name"]);
    assert_eq!(receipt["ballots"], 1);
}

#[tokio::test]
async fn hidden_totals_stay_hidden_on_the_live_stream_too() {
    let app = spawn_app().await;
    let setup = shortlisted_round(&app).await;
    let round = setup.round.as_str();
    app.open_vote(&setup, &[]).await;
    let staff = app.signed_in_with_roles("personal@kommun.se", &[]).await;
    assert_eq!(
        app.cast(&staff, round, "", &[(0, &setup.ideas[0])])
            .await
            .status(),
        200
    );
    let mut feed = app
        .get(&app.client(), &format!("/rounds/{round}/vote/live"))
        .await;
    assert_eq!(feed.status(), StatusCode::OK);
    let mut buffer = String::new();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    while !buffer.contains("event: tally") && !buffer.contains("event:tally") {
        let left = deadline.saturating_duration_since(std::time::Instant::now());
        let chunk = tokio::time::timeout(left, feed.chunk())
            .await
            .expect("an event in time")
            .unwrap()
            .unwrap();
        buffer.push_str(&String::from_utf8_lossy(&chunk));
    }
    assert!(buffer.contains(r#""ballots":1"#), "{buffer}");
    assert!(buffer.contains(r#""totals":null"#), "{buffer}");
    assert!(!buffer.contains(r#""votes""#), "{buffer}");
}

/// Posts the paper form: `counts` in ballot order.
async fn enter_paper(
    app: &crate::common::TestApp,
    client: &reqwest::Client,
    round: &str,
    replaces: &str,
    fields: &[(&str, &str)],
    counts: &[&str],
) -> reqwest::Response {
    let mut form: Vec<(String, String)> = vec![
        ("round_id".into(), round.into()),
        ("replaces".into(), replaces.into()),
    ];
    form.extend(
        fields
            .iter()
            .map(|(k, v)| (format!("paper[{k}]"), (*v).to_owned())),
    );
    form.extend(
        counts
            .iter()
            .enumerate()
            .map(|(i, c)| (format!("paper[counts][{i}]"), (*c).to_owned())),
    );
    let refs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    app.post(client, "save_paper_count", &refs).await
}

const BOX: [(&str, &str); 4] = [
    ("box_name", "Låda 1, hall A"),
    ("ballots", "20"),
    ("counted_by", "Eva Räknare"),
    ("confirmed_by", "Ali Bekräftare"),
];

#[tokio::test]
async fn paper_ballots_are_counted_in_by_box_and_corrected_only_with_a_reason() {
    let app = spawn_app().await;
    let setup = shortlisted_round(&app).await;
    let round = setup.round.as_str();
    let response = app.save_vote(&setup.organizer, round, &[]).await;
    assert_eq!(response.status(), StatusCode::OK);
    let counts = ["12", "3", "9", "0"];
    let response = enter_paper(&app, &setup.organizer, round, "", &BOX, &counts).await;
    let error = refused(response, StatusCode::CONFLICT).await;
    assert_eq!(problem_for(&error, "form"), Some(json!("VoteNotOpen")));
    app.switch_vote(&setup.organizer, round, "open").await;

    // Only organizers.
    let staff = app.signed_in_with_roles("personal@kommun.se", &[]).await;
    let council = app
        .signed_in_with_roles("rad@kommun.se", &[Role::CouncilMember])
        .await;
    let coach = app
        .signed_in_with_roles("coach@kommun.se", &[Role::Coach])
        .await;
    for (client, status) in [
        (&staff, StatusCode::FORBIDDEN),
        (&council, StatusCode::FORBIDDEN),
        (&coach, StatusCode::FORBIDDEN),
        (&app.client(), StatusCode::UNAUTHORIZED),
    ] {
        let response = enter_paper(&app, client, round, "", &BOX, &counts).await;
        assert_eq!(response.status(), status);
        let response = app
            .post(client, "paper_counts", &[("round_id", round)])
            .await;
        assert_eq!(response.status(), status);
    }

    // Figures that cannot be right, and one person counting alone.
    let alone = [BOX[0], BOX[1], BOX[2], ("confirmed_by", "eva räknare")];
    let response = enter_paper(
        &app,
        &setup.organizer,
        round,
        "",
        &alone,
        &["21", "3", "9", "0"],
    )
    .await;
    let error = refused(response, StatusCode::UNPROCESSABLE_ENTITY).await;
    assert_eq!(
        problem_for(&error, "confirmed_by"),
        Some(json!("SameCounter"))
    );
    assert_eq!(
        problem_for(&error, "counts_0"),
        Some(json!({"NumberOutOfRange": {"min": 0, "max": 20}}))
    );
    let response = enter_paper(
        &app,
        &setup.organizer,
        round,
        "",
        &BOX,
        &["20", "20", "20", "1"],
    )
    .await;
    let error = refused(response, StatusCode::UNPROCESSABLE_ENTITY).await;
    assert_eq!(
        problem_for(&error, "ballots"),
        Some(json!({"MoreVotesThanBallots": {"max": 60}}))
    );

    // The same box sent twice at once: one entry.
    let (a, b) = tokio::join!(
        enter_paper(&app, &setup.organizer, round, "", &BOX, &counts),
        enter_paper(&app, &setup.organizer, round, "", &BOX, &counts),
    );
    let mut statuses = [a.status().as_u16(), b.status().as_u16()];
    statuses.sort();
    assert_eq!(statuses, [200, 409]);
    let renamed = [("box_name", "  LÅDA 1,  hall a "), BOX[1], BOX[2], BOX[3]];
    let response = enter_paper(&app, &setup.organizer, round, "", &renamed, &counts).await;
    let error = refused(response, StatusCode::CONFLICT).await;
    assert_eq!(
        problem_for(&error, "box_name"),
        Some(json!("PaperBoxExists"))
    );

    // A phone ballot too: the results show both, apart and together.
    let response = app
        .cast(
            &staff,
            round,
            "",
            &[(0, &setup.ideas[0]), (1, &setup.ideas[3])],
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let results = app.results(&setup.organizer, round).await;
    assert_eq!(results["ballots"], 21);
    assert_eq!(results["digital_ballots"], 1);
    assert_eq!(results["paper_ballots"], 20);
    let row = |results: &Value, id: &str| {
        results["results"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|g| g["rows"].as_array().unwrap().clone())
            .find(|r| r["candidate"]["id"] == id)
            .unwrap()["candidate"]
            .clone()
    };
    assert_eq!(row(&results, &setup.ideas[0])["votes"], 13);
    assert_eq!(row(&results, &setup.ideas[0])["paper"], 12);
    assert_eq!(row(&results, &setup.ideas[3])["votes"], 1);
    let entry = results["paper"]["entries"][0].clone();
    assert_eq!(entry["counted_by"], "Eva Räknare");
    assert_eq!(entry["confirmed_by"], "Ali Bekräftare");
    let entry_id = entry["id"].as_str().unwrap().to_owned();

    // A correction needs a reason; the old figures stay on record.
    let fixed = ["11", "3", "9", "1"];
    let response = enter_paper(&app, &setup.organizer, round, &entry_id, &BOX, &fixed).await;
    let error = refused(response, StatusCode::UNPROCESSABLE_ENTITY).await;
    assert_eq!(problem_for(&error, "reason"), Some(json!("Required")));
    let with_reason = [
        BOX[0],
        BOX[1],
        BOX[2],
        BOX[3],
        ("reason", "En röst låg i fel hög."),
    ];
    app.switch_vote(&setup.organizer, round, "close").await;
    let response = enter_paper(
        &app,
        &setup.organizer,
        round,
        &entry_id,
        &with_reason,
        &fixed,
    )
    .await;
    assert_eq!(response.status(), StatusCode::OK, "corrected after closing");
    let results = app.results(&setup.organizer, round).await;
    assert_eq!(row(&results, &setup.ideas[0])["votes"], 12);
    assert_eq!(row(&results, &setup.ideas[3])["votes"], 2);
    assert_eq!(results["paper_ballots"], 20);
    let entries = results["paper"]["entries"].as_array().unwrap();
    assert_eq!(entries.len(), 2);
    assert_eq!(entries[0]["superseded"], true);
    assert_eq!(
        entries[0]["counts"],
        json!([12, 3, 9, 0]),
        "old figures visible"
    );
    assert_eq!(entries[1]["reason"], "En röst låg i fel hög.");
    assert_eq!(entries[1]["version"], 2);
    let response = enter_paper(
        &app,
        &setup.organizer,
        round,
        &entry_id,
        &with_reason,
        &fixed,
    )
    .await;
    let error = refused(response, StatusCode::CONFLICT).await;
    assert_eq!(
        problem_for(&error, "form"),
        Some(json!("PaperEntryReplaced"))
    );
    let second = [("box_name", "Låda 2"), BOX[1], BOX[2], BOX[3]];
    let response = enter_paper(&app, &setup.organizer, round, "", &second, &counts).await;
    let error = refused(response, StatusCode::CONFLICT).await;
    assert_eq!(problem_for(&error, "form"), Some(json!("VoteClosed")));

    // Once the selection is confirmed nothing changes.
    let response = app
        .post(
            &setup.organizer,
            "confirm_selection",
            &[("round_id", round), ("picks[0]", &setup.ideas[0])],
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let newest = entries[1]["id"].as_str().unwrap();
    let response = enter_paper(&app, &setup.organizer, round, newest, &with_reason, &counts).await;
    let error = refused(response, StatusCode::CONFLICT).await;
    assert_eq!(
        problem_for(&error, "form"),
        Some(json!("SelectionAlreadyConfirmed"))
    );
    let csv = app
        .get(
            &setup.organizer,
            &format!("/rounds/{round}/vote/results.csv"),
        )
        .await
        .text()
        .await
        .unwrap();
    assert!(csv.contains("Pappersröster"), "{csv}");
}

#[tokio::test]
async fn the_home_page_points_to_an_open_vote_and_opening_early_is_warned_of() {
    let app = spawn_app().await;
    let setup = shortlisted_round(&app).await;
    let round = setup.round.as_str();
    let home = app.get(&app.client(), "/").await.text().await.unwrap();
    assert!(!home.contains("Omröstningen är öppen nu"));
    let response = app.save_vote(&setup.organizer, round, &[]).await;
    assert_eq!(response.status(), StatusCode::OK);
    // The test round's vote phase is weeks away: the page says so before opening.
    let html = app
        .get(&setup.organizer, &format!("/rounds/{round}/vote"))
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains("Omgångens omröstningsfas är"), "{html}");
    app.switch_vote(&setup.organizer, round, "open").await;
    let home = app.get(&app.client(), "/").await.text().await.unwrap();
    assert!(home.contains("Omröstningen är öppen nu"));
    assert!(home.contains(r#"href="/rosta""#));
    let open = app.json(&app.client(), "votes_open_now", &[]).await;
    assert_eq!(open[0][0], round);
}

#[tokio::test]
async fn a_finished_rounds_board_shows_its_cards_first_with_every_count() {
    let mut settings =
        idesluss::platform::settings::Settings::for_tests(&crate::common::unique_namespace());
    settings.demo_data = true;
    let app = crate::common::spawn_with(settings).await;
    let rounds = app.list_rounds(&app.client()).await;
    let autumn = rounds
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["name"] == "Bootcamp hösten 2018")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let staff = app.signed_in_with_roles("personal@kommun.se", &[]).await;
    let html = app
        .get(&staff, &format!("/rounds/{autumn}/board"))
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains("Inskickat (0)"), "every count stays visible");
    assert!(!html.contains(r#"id="col-submitted""#), "no empty column");
    let first_column = html.find(r#"class="board__column""#).unwrap();
    assert!(
        html[first_column..first_column + 200].contains("col-follow_up"),
        "the first column holds the cards"
    );
}

#[tokio::test]
async fn ballots_cast_at_the_same_moment_are_stored_together_each_code_once() {
    let app = spawn_app().await;
    let (setup, codes) = crate::common::votes::open_vote_with_codes(&app, 30).await;
    let round = setup.round.as_str();
    // Every code once, and every third code a second time (a double tap, a copied code),
    // all at the same moment: they are stored in groups, and a code votes once.
    let mut casts = Vec::new();
    for (i, code) in codes.iter().chain(codes.iter().step_by(3)).enumerate() {
        let (app, code) = (&app, code.clone());
        let pick = setup.ideas[i % setup.ideas.len()].clone();
        casts.push(async move {
            let response = app.cast(&app.client(), round, &code, &[(0, &pick)]).await;
            let status = response.status();
            let body: Value = response.json().await.unwrap_or(Value::Null);
            (code, status, body)
        });
    }
    let answers = futures::future::join_all(casts).await;
    for code in &codes {
        let mine: Vec<_> = answers.iter().filter(|(c, _, _)| c == code).collect();
        let stored = mine.iter().filter(|(_, s, _)| *s == StatusCode::OK).count();
        assert_eq!(stored, 1, "{code}: {mine:?}");
        for (_, status, body) in mine.iter().filter(|(_, s, _)| *s != StatusCode::OK) {
            assert_eq!(*status, StatusCode::CONFLICT, "{body}");
            assert_eq!(problem_for(body, "code"), Some(json!("VoterCodeUsed")));
        }
    }
    let admin = app
        .json(&setup.organizer, "vote_admin", &[("round_id", round)])
        .await;
    assert_eq!(admin["vote"]["ballots"], 30);
    assert_eq!(admin["vote"]["codes_used"], 30);
    // Once the vote closes, no code votes.
    let more = app.make_codes(&setup.organizer, round, 2).await;
    let response = app.switch_vote(&setup.organizer, round, "close").await;
    assert_eq!(response.status(), StatusCode::OK);
    for code in &more {
        let response = app
            .cast(&app.client(), round, code, &[(0, &setup.ideas[0])])
            .await;
        assert_eq!(response.status(), StatusCode::CONFLICT);
    }
    let admin = app
        .json(&setup.organizer, "vote_admin", &[("round_id", round)])
        .await;
    assert_eq!(admin["vote"]["ballots"], 30);
}
