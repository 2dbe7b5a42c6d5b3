//! Backups: the whole database written to one SurrealQL file (SurrealDB's export), and put
//! back from one (its import). A restore goes only into a database without data unless
//! forced, and then replaces everything; afterwards the schema is brought up to date, so
//! an older backup comes back in today's shape.

use std::path::Path;

use surrealdb::Surreal;
use surrealdb::engine::any::Any;

use crate::platform::db::{self, DbSetupError};

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("{0}")]
    Database(#[from] DbSetupError),
    #[error("{0}")]
    Surreal(#[from] surrealdb::Error),
    #[error("{file}: {reason}")]
    File { file: String, reason: String },
    #[error(
        "the database already holds data (tables {0}); restore into an empty database, or add --force to replace everything in it"
    )]
    NotEmpty(String),
}

/// Writes the whole database to `file` (overwriting it); its size in bytes.
pub async fn write(db: &Surreal<Any>, file: &Path) -> Result<u64, BackupError> {
    let file_error = |reason: String| BackupError::File {
        file: file.display().to_string(),
        reason,
    };
    // Written beside the target first, so a failed backup never leaves half a file under
    // the name of a good one.
    let partial = file.with_extension("partial");
    db.export(&partial).await?;
    std::fs::rename(&partial, file).map_err(|e| file_error(e.to_string()))?;
    std::fs::metadata(file)
        .map(|m| m.len())
        .map_err(|e| file_error(e.to_string()))
}

/// Puts `file` into the database: refused if any table holds data, unless `force`. The
/// database's tables are removed first (a started app's schema and migration list would
/// clash with the backup's own), then migrations newer than the backup are applied.
pub async fn restore(db: &Surreal<Any>, file: &Path, force: bool) -> Result<(), BackupError> {
    let readable = std::fs::File::open(file).and_then(|f| f.metadata());
    match readable {
        Ok(meta) if meta.is_file() => {}
        Ok(_) => {
            return Err(BackupError::File {
                file: file.display().to_string(),
                reason: "not a file".into(),
            });
        }
        Err(e) => {
            return Err(BackupError::File {
                file: file.display().to_string(),
                reason: e.to_string(),
            });
        }
    }
    let holding = tables_with_data(db).await?;
    if !holding.is_empty() && !force {
        return Err(BackupError::NotEmpty(holding.join(", ")));
    }
    for table in all_tables(db).await? {
        // Names come from the database itself; anything but a plain name is left alone.
        if table.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            db.query(format!("REMOVE TABLE IF EXISTS {table}"))
                .await?
                .check()?;
        }
    }
    db.import(file).await?;
    db::migrate(db).await?;
    Ok(())
}

/// The names of every table defined in the database.
pub async fn all_tables(db: &Surreal<Any>) -> Result<Vec<String>, surrealdb::Error> {
    let mut tables: Vec<String> = db
        .query("RETURN object::keys((INFO FOR DB).tables)")
        .await?
        .take(0)?;
    tables.sort();
    Ok(tables)
}

/// The tables that hold at least one record, besides the list of applied migrations.
async fn tables_with_data(db: &Surreal<Any>) -> Result<Vec<String>, surrealdb::Error> {
    let mut holding = Vec::new();
    for table in all_tables(db).await? {
        if table == "migration" {
            continue;
        }
        let any: Vec<surrealdb::types::Value> = db
            .query("SELECT VALUE id FROM type::table($table) LIMIT 1")
            .bind(("table", table.clone()))
            .await?
            .take(0)?;
        if !any.is_empty() {
            holding.push(table);
        }
    }
    Ok(holding)
}

/// Where and how many backups the running app keeps by itself (`IDESLUSS_BACKUP_DIR`,
/// `IDESLUSS_BACKUP_KEEP`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Schedule {
    pub dir: std::path::PathBuf,
    pub keep: usize,
}

/// Writes a backup into the schedule's folder now and then every `every` for as long as the
/// app runs (`idesluss-<UTC time>.surql`), deleting the oldest beyond `keep`.
pub async fn write_every(db: db::Db, schedule: Schedule, every: std::time::Duration) {
    let mut ticks = tokio::time::interval(every);
    loop {
        ticks.tick().await;
        let name = format!(
            "idesluss-{}.surql",
            chrono::Utc::now().format("%Y-%m-%dT%H%M%SZ")
        );
        match write(&db, &schedule.dir.join(&name)).await {
            Ok(bytes) => tracing::info!(file = name, bytes, "backup written"),
            Err(error) => {
                tracing::error!(%error, "backup failed; trying again at the next one");
                continue;
            }
        }
        if let Err(error) = keep_newest(&schedule.dir, schedule.keep) {
            tracing::warn!(%error, "could not delete old backups");
        }
    }
}

/// Deletes all but the `keep` newest `idesluss-*.surql` files in `dir` (their names sort
/// by time).
pub fn keep_newest(dir: &Path, keep: usize) -> std::io::Result<()> {
    let mut backups: Vec<std::path::PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| {
            path.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("idesluss-") && n.ends_with(".surql"))
        })
        .collect();
    backups.sort();
    let extra = backups.len().saturating_sub(keep);
    for old in &backups[..extra] {
        std::fs::remove_file(old)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::keep_newest;

    #[test]
    fn only_the_newest_backups_are_kept_and_nothing_else_is_touched() {
        let dir = std::env::temp_dir().join(format!("idesluss-keep-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        for name in [
            "idesluss-2026-12-01T020000Z.surql",
            "idesluss-2026-12-03T020000Z.surql",
            "idesluss-2026-12-02T020000Z.surql",
            "notes.txt",
        ] {
            std::fs::write(dir.join(name), "x").unwrap();
        }
        keep_newest(&dir, 2).unwrap();
        let mut left: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        left.sort();
        assert_eq!(
            left,
            [
                "idesluss-2026-12-02T020000Z.surql",
                "idesluss-2026-12-03T020000Z.surql",
                "notes.txt"
            ]
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
