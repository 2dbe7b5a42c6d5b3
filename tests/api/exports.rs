//! Exports and the import, for organizers only: every table as CSV and all as JSON, never
//! a coach-private note or an individual ballot; proposals imported from spreadsheets in
//! each encoding Excel writes, with every bad row reported and nothing imported until the
//! file is right.

use crate::common::proposals::open_round_id;
use crate::common::votes::refused;
use crate::common::{TestApp, demo_app, multipart, problem_for, spawn_app};
use idesluss::domain::Role;
use reqwest::{Client, Response, StatusCode};
use serde_json::{Value, json};

const PRIVATE: &str = "Privat: en i teamet mår dåligt.";
const TABLES: [&str; 10] = [
    "proposals",
    "stage_history",
    "vote_totals",
    "team_members",
    "sessions",
    "expenses",
    "test_cards",
    "learning_cards",
    "decisions",
    "follow_up_actions",
];

#[tokio::test]
async fn every_table_exports_for_organizers_without_private_notes_or_ballots() {
    let (app, organizer, round) = demo_app().await;
    app.db
        .query(
            "LET $t = (SELECT VALUE id FROM team LIMIT 1)[0];
             CREATE coach_note SET team = $t, author = $t.coach, body = $body, visibility = 'coach';",
        )
        .bind(("body", PRIVATE))
        .await
        .unwrap()
        .check()
        .unwrap();
    for table in TABLES {
        let response = app
            .get(&organizer, &format!("/rounds/{round}/export/{table}.csv"))
            .await;
        assert_eq!(response.status(), StatusCode::OK, "{table}");
        let text = response.text().await.unwrap();
        assert!(text.starts_with('\u{feff}'), "{table} opens in Excel");
        assert!(text.lines().count() > 1, "{table} has rows");
        assert!(!text.contains(PRIVATE), "{table} has no private note");
    }
    let json: Value = app
        .get(&organizer, &format!("/rounds/{round}/export/round.json"))
        .await
        .json()
        .await
        .unwrap();
    for table in TABLES {
        assert!(
            !json[table].as_array().unwrap().is_empty(),
            "{table} in JSON"
        );
    }
    assert_eq!(json["proposals"].as_array().unwrap().len(), 6);
    assert_eq!(json["decisions"][0].as_object().unwrap().len(), 6);
    assert!(json["vote_totals"][0]["votes"].as_str().is_some());
    let whole = json.to_string();
    assert!(!whole.contains(PRIVATE));
    assert!(!whole.contains("ballot:"), "no individual ballot");
    assert!(!whole.contains("choices"), "no ballot's choices");

    let staff = app.signed_in_with_roles("medarbetare@kommun.se", &[]).await;
    let coach = app
        .signed_in_with_roles("coach@kommun.se", &[Role::Coach])
        .await;
    for (who, client, status) in [
        ("staff", &staff, StatusCode::FORBIDDEN),
        ("coach", &coach, StatusCode::FORBIDDEN),
        ("anonymous", &app.client(), StatusCode::UNAUTHORIZED),
    ] {
        for file in ["proposals.csv", "round.json"] {
            let response = app
                .get(client, &format!("/rounds/{round}/export/{file}"))
                .await;
            assert_eq!(response.status(), status, "{who} {file}");
        }
    }
    for path in [
        format!("/rounds/{round}/export/coach_notes.csv"),
        format!("/rounds/{round}/export/ballots.csv"),
        "/rounds/nosuchround/export/proposals.csv".to_owned(),
    ] {
        assert_eq!(
            app.get(&organizer, &path).await.status(),
            StatusCode::NOT_FOUND,
            "{path}"
        );
    }
}

async fn upload(app: &TestApp, client: &Client, round: &str, content: &[u8]) -> Response {
    upload_named(app, client, round, "lappar.csv", content).await
}

async fn upload_named(
    app: &TestApp,
    client: &Client,
    round: &str,
    name: &str,
    content: &[u8],
) -> Response {
    let (content_type, body) = multipart("file", name, content);
    client
        .post(format!("{}/rounds/{round}/import", app.address))
        .header("Content-Type", content_type)
        .body(body)
        .send()
        .await
        .expect("sent")
}

/// Uploads `content` and returns the preview's key.
async fn previewed(app: &TestApp, client: &Client, round: &str, content: &[u8]) -> String {
    let response = upload(app, client, round, content).await;
    assert_eq!(response.status(), StatusCode::CREATED);
    response.text().await.unwrap()
}

async fn confirm(app: &TestApp, client: &Client, round: &str, draft: &str) -> Response {
    app.post(
        client,
        "confirm_import",
        &[("round_id", round), ("draft_id", draft)],
    )
    .await
}

async fn titles_in(app: &TestApp, round: &str) -> Vec<(String, String)> {
    app.db
        .query("SELECT VALUE [title, stage] FROM idea WHERE round = type::record('round', $r) ORDER BY title")
        .bind(("r", round.to_owned()))
        .await
        .unwrap()
        .take::<Vec<(String, String)>>(0)
        .unwrap()
}

#[tokio::test]
async fn good_files_in_each_encoding_import_as_submitted_proposals() {
    let app = spawn_app().await;
    let round = open_round_id(&app).await;
    let organizer = app
        .signed_in_with_roles("arrangor@kommun.se", &[Role::Organizer])
        .await;
    app.signed_in_with_roles("anna@kommun.se", &[]).await;
    let utf8_bom = "\u{feff}Titel;Kategori;Problem;Enhet;E-post\r\n\
                    Sms före första besöket;Testa;Många uteblir;Mottagning;anna@kommun.se\r\n"
        .as_bytes()
        .to_vec();
    // "Väntrum för föräldrar;Utforska" as Excel's "CSV (semikolonavgränsad)" saves it.
    let windows_1252 = b"Titel;Kategori\r\nV\xe4ntrum f\xf6r f\xf6r\xe4ldrar;Utforska\r\n".to_vec();
    let comma_utf8 = "title,category,unit\n\"Chatt, på kvällen\",scale,Socialjour\n"
        .as_bytes()
        .to_vec();
    for file in [utf8_bom, windows_1252, comma_utf8] {
        let draft = previewed(&app, &organizer, &round, &file).await;
        let page = app
            .json(
                &organizer,
                "round_data",
                &[("round_id", &round), ("draft", &draft)],
            )
            .await;
        assert!(
            page["draft"]["problems"].as_array().unwrap().is_empty(),
            "{page}"
        );
        assert_eq!(page["draft"]["rows"], 1);
        assert_eq!(
            confirm(&app, &organizer, &round, &draft).await.status(),
            StatusCode::OK
        );
        // A second click imports nothing.
        let error = refused(
            confirm(&app, &organizer, &round, &draft).await,
            StatusCode::CONFLICT,
        )
        .await;
        assert_eq!(problem_for(&error, "draft_id"), Some(json!("ImportGone")));
    }
    let titles = titles_in(&app, &round).await;
    for title in [
        "Sms före första besöket",
        "Väntrum för föräldrar",
        "Chatt, på kvällen",
    ] {
        assert!(
            titles.contains(&(title.to_owned(), "submitted".to_owned())),
            "{title} in {titles:?}"
        );
    }
    let idea: Option<String> = app
        .db
        .query("SELECT VALUE record::id(id) FROM ONLY idea WHERE title = 'Sms före första besöket' LIMIT 1")
        .await
        .unwrap()
        .take(0)
        .unwrap();
    let anna = app.signed_in_with_roles("anna2@kommun.se", &[]).await;
    let proposal = app.json(&anna, "proposal", &[("id", &idea.unwrap())]).await;
    assert_eq!(proposal["events"][0]["action"], "Import");
    assert_eq!(proposal["category"], "Test");
    assert_eq!(proposal["proposer_name"], "Testperson");
    assert_eq!(proposal["events"][0]["reason"], "lappar.csv");

    // A file's name goes into every imported proposal's history: it passes the guard.
    let response = upload_named(
        &app,
        &organizer,
        &round,
        "brukare 19811218-9876.csv",
        "Titel\nNamnprovet\n".as_bytes(),
    )
    .await;
    let draft = response.text().await.unwrap();
    assert_eq!(
        confirm(&app, &organizer, &round, &draft).await.status(),
        StatusCode::OK
    );
    let reasons: Vec<String> = app
        .db
        .query("SELECT VALUE reason FROM idea_event WHERE idea.title = 'Namnprovet'")
        .await
        .unwrap()
        .take(0)
        .unwrap();
    assert_eq!(reasons, vec!["kalkylark.csv".to_owned()]);
}

#[tokio::test]
async fn a_bad_file_lists_every_problem_by_line_and_imports_nothing() {
    let app = spawn_app().await;
    let round = open_round_id(&app).await;
    let organizer = app
        .signed_in_with_roles("arrangor@kommun.se", &[Role::Organizer])
        .await;
    let before = titles_in(&app, &round).await.len();
    let file = "Titel;Kategori;Problem;E-post\n\
                ;testa;Utan titel;\n\
                Bättre väntrum;bygga;;\n\
                Brukaren 19811218-9876 vill;;;\n\
                Ny blankett för ansökan;;;okand@kommun.se\n\
                En helt vanlig rad;utforska;;\n";
    let draft = previewed(&app, &organizer, &round, file.as_bytes()).await;
    let page = app
        .json(
            &organizer,
            "round_data",
            &[("round_id", &round), ("draft", &draft)],
        )
        .await;
    let problems: Vec<(u64, String, Value)> = page["draft"]["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["line"].as_u64().unwrap(),
                p["field"].as_str().unwrap().to_owned(),
                p["problem"].clone(),
            )
        })
        .collect();
    assert_eq!(
        problems,
        vec![
            (2, "title".to_owned(), json!("Required")),
            (3, "category".to_owned(), json!("UnknownCategory")),
            (4, "title".to_owned(), json!("PersonalIdentityNumber")),
        ],
        "the first reading stops before accounts are looked up"
    );
    assert_eq!(
        confirm(&app, &organizer, &round, &draft).await.status(),
        StatusCode::CONFLICT
    );
    // Fixed but for the unknown colleague: that line is named.
    let file = "Titel;E-post\nNy blankett för ansökan;okand@kommun.se\nEn helt vanlig rad;\n";
    let draft = previewed(&app, &organizer, &round, file.as_bytes()).await;
    let page = app
        .json(
            &organizer,
            "round_data",
            &[("round_id", &round), ("draft", &draft)],
        )
        .await;
    assert_eq!(page["draft"]["problems"][0]["line"], 2);
    assert_eq!(page["draft"]["problems"][0]["problem"], "UnknownColleague");
    assert_eq!(
        confirm(&app, &organizer, &round, &draft).await.status(),
        StatusCode::CONFLICT
    );
    let no_title = previewed(&app, &organizer, &round, b"Kategori\ntesta\n").await;
    let page = app
        .json(
            &organizer,
            "round_data",
            &[("round_id", &round), ("draft", &no_title)],
        )
        .await;
    assert_eq!(
        page["draft"]["problems"][0]["problem"],
        "ImportNoTitleColumn"
    );
    assert_eq!(
        titles_in(&app, &round).await.len(),
        before,
        "nothing imported"
    );
    // A browser's empty upload comes back to the form with a message.
    let (content_type, body) = multipart("other", "x.csv", b"");
    let response = organizer
        .post(format!("{}/rounds/{round}/import", app.address))
        .header("Content-Type", content_type)
        .header("Accept", "text/html")
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert!(
        response.headers()["location"]
            .to_str()
            .unwrap()
            .contains("import_error=missing")
    );
}

#[tokio::test]
async fn only_organizers_import_and_five_hundred_rows_come_in_at_once() {
    let app = spawn_app().await;
    let round = open_round_id(&app).await;
    let organizer = app
        .signed_in_with_roles("arrangor@kommun.se", &[Role::Organizer])
        .await;
    let mut file = String::from("Titel;Kategori;Problem;Idé;Enhet\n");
    for i in 0..500 {
        file.push_str(&format!(
            "Lapp nummer {i} från workshoppen;testa;Problemet på lapp {i};Idén på lapp {i};Enhet {}\n",
            i % 7
        ));
    }
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
            upload(&app, client, &round, file.as_bytes()).await.status(),
            status,
            "{who}"
        );
    }
    let draft = previewed(&app, &organizer, &round, file.as_bytes()).await;
    for (who, client, status) in [
        ("staff", &staff, StatusCode::FORBIDDEN),
        ("anonymous", &app.client(), StatusCode::UNAUTHORIZED),
    ] {
        let page = app
            .post(
                client,
                "round_data",
                &[("round_id", &round), ("draft", &draft)],
            )
            .await;
        assert_eq!(page.status(), status, "{who} reads the preview");
        assert_eq!(
            confirm(&app, client, &round, &draft).await.status(),
            status,
            "{who} imports"
        );
    }
    // How long it takes is measured in release by `report_bench` (README), not asserted here.
    assert_eq!(
        confirm(&app, &organizer, &round, &draft).await.status(),
        StatusCode::OK
    );
    assert_eq!(titles_in(&app, &round).await.len(), 500);
}
