//! Backups: the demo database round-trips through a backup file, table by table; a restore
//! into a database with data is refused unless forced; the command line does the same.

use std::path::PathBuf;
use std::process::Command;

use idesluss::platform::backup::{self, BackupError};
use idesluss::platform::db;
use idesluss::platform::settings::Settings;
use surrealdb::Surreal;
use surrealdb::engine::any::Any;
use surrealdb::types::Value;

use crate::common::{demo_app, unique_namespace};

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("idesluss-backup-{}", unique_namespace()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

/// Every table's records, in id order, as the database gives them.
async fn contents(db: &Surreal<Any>) -> Vec<(String, Vec<Value>)> {
    let mut all = Vec::new();
    for table in backup::all_tables(db).await.unwrap() {
        let rows: Vec<Value> = db
            .query(format!("SELECT * FROM {table} ORDER BY id"))
            .await
            .unwrap()
            .take(0)
            .unwrap();
        all.push((table, rows));
    }
    all
}

#[tokio::test]
async fn the_demo_database_round_trips_and_a_restore_never_mixes_into_data() {
    let (app, _organizer, _round) = demo_app().await;
    let file = scratch("demo.surql");
    let bytes = backup::write(&app.db, &file).await.unwrap();
    assert!(bytes > 10_000, "a real backup: {bytes} bytes");

    let empty = db::open(&Settings::for_tests(&unique_namespace()))
        .await
        .unwrap();
    backup::restore(&empty, &file, false).await.unwrap();
    let before = contents(&app.db).await;
    let after = contents(&empty).await;
    let tables: Vec<&str> = before.iter().map(|(t, _)| t.as_str()).collect();
    for needed in [
        "round",
        "idea",
        "vote",
        "ballot",
        "team",
        "user",
        "migration",
    ] {
        assert!(tables.contains(&needed), "{needed} in {tables:?}");
    }
    let holding = before.iter().filter(|(_, rows)| !rows.is_empty()).count();
    assert!(holding >= 15, "the demo fills most tables: {holding}");
    assert_eq!(before.len(), after.len());
    for ((table, rows), (_, restored)) in before.iter().zip(&after) {
        assert_eq!(rows, restored, "table {table} is the same after restore");
    }

    // Again into the restored database: refused, nothing changed; forced: the same again.
    match backup::restore(&empty, &file, false).await {
        Err(BackupError::NotEmpty(tables)) => assert!(tables.contains("idea"), "{tables}"),
        other => panic!("expected a refusal, got {other:?}"),
    }
    empty
        .query("CREATE round:extra SET name = 'Tillagd efteråt'")
        .await
        .unwrap();
    backup::restore(&empty, &file, true).await.unwrap();
    let forced = contents(&empty).await;
    assert_eq!(before, forced, "a forced restore replaces everything");

    // A database an app has started on (today's schema, no data) takes the backup too.
    let started = db::connect(&Settings::for_tests(&unique_namespace()))
        .await
        .unwrap();
    backup::restore(&started, &file, false).await.unwrap();
    assert_eq!(before, contents(&started).await);

    let missing = backup::restore(&empty, &scratch("none.surql"), true).await;
    assert!(
        matches!(missing, Err(BackupError::File { .. })),
        "{missing:?}"
    );
}

#[tokio::test]
async fn the_command_line_backs_up_and_restores_an_embedded_database() {
    let (app, _organizer, _round) = demo_app().await;
    let file = scratch("from-app.surql");
    backup::write(&app.db, &file).await.unwrap();
    let folder = scratch("kv");
    let run = |args: &[&str]| {
        let output = Command::new(env!("CARGO_BIN_EXE_idesluss"))
            .args(args)
            .env(
                "IDESLUSS_DATABASE_URL",
                format!("surrealkv://{}", folder.display()),
            )
            .env("RUST_LOG", "warn")
            .output()
            .expect("the binary runs");
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        (output.status.success(), text)
    };
    let (ok, text) = run(&["restore", file.to_str().unwrap()]);
    assert!(ok, "{text}");
    let (ok, text) = run(&["restore", file.to_str().unwrap()]);
    assert!(!ok && text.contains("--force"), "refused: {text}");
    let (ok, text) = run(&["restore", file.to_str().unwrap(), "--force"]);
    assert!(ok, "{text}");
    let again = scratch("from-cli.surql");
    let (ok, text) = run(&["backup", again.to_str().unwrap()]);
    assert!(ok && text.contains("Backup written"), "{text}");
    let restored = db::open(&Settings::for_tests(&unique_namespace()))
        .await
        .unwrap();
    backup::restore(&restored, &again, false).await.unwrap();
    assert_eq!(contents(&app.db).await, contents(&restored).await);
}
