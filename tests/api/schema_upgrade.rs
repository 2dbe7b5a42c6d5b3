//! A database made by the first released schema (migration 001 alone, with data in it) is
//! upgraded to today's when the app starts, and its data is still there: the account signs
//! in, its session holds, the round and the idea show as today's round and proposal.

use idesluss::platform::auth::{hash_password, new_session_token, token_hash};
use idesluss::platform::db;
use reqwest::StatusCode;

use crate::common::{PASSWORD, unique_namespace};
use crate::restart::{on_disk, start_again};

#[tokio::test]
async fn a_first_release_database_upgrades_with_its_data_intact() {
    let dir = tempfile::tempdir().unwrap();
    let settings = on_disk(dir.path(), &unique_namespace());
    let token = new_session_token();
    {
        let first = db::open(&settings).await.unwrap();
        db::migrate_first(&first, 1).await.unwrap();
        first
            .query(
                "CREATE user:olga SET name = 'Olga Organisatör', email = 'olga@kommun.se',
                     password_hash = $hash, roles = ['organizer'];
                 CREATE user:sam SET name = 'Sam Socionom', email = 'sam@kommun.se',
                     password_hash = $hash;
                 CREATE type::record('session', $sid) SET user = user:sam,
                     expires_at = time::now() + 1d;
                 CREATE round:r2019 SET name = 'Bootcamp våren 2019', format = 'weekly',
                     weekday = 'thursday', session_hours = 3, weeks = 6,
                     default_budget_ore = 500000,
                     submission_start = '2019-01-07', submission_end = '2019-02-01',
                     council_start = '2019-02-04', council_end = '2019-02-15',
                     vote_start = '2019-02-20', vote_end = '2019-02-21',
                     bootcamp_start = '2019-03-07', bootcamp_end = '2019-04-11',
                     final_start = '2019-04-18', final_end = '2019-04-18',
                     follow_up_start = '2019-05-01', follow_up_end = '2019-10-31',
                     created_by = user:olga;
                 CREATE idea:sms SET round = round:r2019, title = 'Sms-påminnelse före besök',
                     category = 'test';",
            )
            .bind(("hash", hash_password(PASSWORD).unwrap()))
            .bind(("sid", token_hash(&token)))
            .await
            .unwrap()
            .check()
            .unwrap();
        let applied: Vec<String> = first
            .query("SELECT VALUE record::id(id) FROM migration")
            .await
            .unwrap()
            .take(0)
            .unwrap();
        assert_eq!(applied, ["001_init"]);
    }

    let app = start_again(settings).await;
    let applied: Vec<String> = app
        .db
        .query("SELECT VALUE record::id(id) FROM migration ORDER BY id")
        .await
        .unwrap()
        .take(0)
        .unwrap();
    assert!(
        applied.len() > 10 && applied.last().unwrap().starts_with("022"),
        "{applied:?}"
    );

    // Sam's session from before the upgrade still holds.
    let sam = app.client();
    let cookie = format!("idesluss_session={token}");
    let me = sam
        .post(format!("{}/api/current_user", app.address))
        .header("Cookie", &cookie)
        .header("Accept", "application/json")
        .send()
        .await
        .unwrap();
    assert_eq!(me.status(), StatusCode::OK);
    let me: serde_json::Value = me.json().await.unwrap();
    assert_eq!(me["name"], "Sam Socionom");

    // Olga signs in with her password and sees the round and its idea.
    let olga = app.client();
    let signed_in = app
        .post(
            &olga,
            "sign_in",
            &[("email", "olga@kommun.se"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(signed_in.status(), StatusCode::OK);
    let rounds = app.list_rounds(&olga).await;
    let round = rounds
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["name"] == "Bootcamp våren 2019")
        .expect("the 2019 round");
    assert_eq!(round["id"], "r2019");
    let proposal = app.proposal_json(&olga, "sms").await;
    assert_eq!(proposal["title"], "Sms-påminnelse före besök", "{proposal}");
    let page = app.get(&olga, "/proposals/sms").await;
    assert_eq!(page.status(), StatusCode::OK);
    assert!(
        page.text()
            .await
            .unwrap()
            .contains("Sms-påminnelse före besök")
    );
    app.stop().await;
}
