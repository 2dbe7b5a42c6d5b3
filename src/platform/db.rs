//! Opens the database named by the settings and brings its schema up to date.

use std::sync::Arc;

use surrealdb::Surreal;
use surrealdb::engine::any::{self, Any};
use surrealdb::opt::auth::Root;

use crate::error::AppError;
use crate::platform::db_error::{DbFailure, classify};
use crate::platform::settings::Settings;

pub type Db = Arc<Surreal<Any>>;

/// Numbered schema files, applied in order, each once, each in one transaction.
/// Every statement is also idempotent (`IF NOT EXISTS`), so a half-known state heals.
const MIGRATIONS: &[(&str, &str)] = &[
    ("001_init", include_str!("schema/001_init.surql")),
    ("002_proposals", include_str!("schema/002_proposals.surql")),
    ("003_council", include_str!("schema/003_council.surql")),
    ("004_signups", include_str!("schema/004_signups.surql")),
    ("005_votes", include_str!("schema/005_votes.surql")),
    ("006_integrity", include_str!("schema/006_integrity.surql")),
    ("007_teams", include_str!("schema/007_teams.surql")),
    ("008_budget", include_str!("schema/008_budget.surql")),
    ("009_calendar", include_str!("schema/009_calendar.surql")),
    ("010_learnings", include_str!("schema/010_learnings.surql")),
    ("011_followup", include_str!("schema/011_followup.surql")),
    ("012_retro", include_str!("schema/012_retro.surql")),
    ("013_import", include_str!("schema/013_import.surql")),
    (
        "014_ballot_page",
        include_str!("schema/014_ballot_page.surql"),
    ),
    (
        "015_vote_round_name",
        include_str!("schema/015_vote_round_name.surql"),
    ),
    (
        "016_session_idle",
        include_str!("schema/016_session_idle.surql"),
    ),
    (
        "017_rate_limits",
        include_str!("schema/017_rate_limits.surql"),
    ),
    (
        "018_password_reset",
        include_str!("schema/018_password_reset.surql"),
    ),
    ("019_audit", include_str!("schema/019_audit.surql")),
    (
        "020_barrier_reports",
        include_str!("schema/020_barrier_reports.surql"),
    ),
    ("021_privacy", include_str!("schema/021_privacy.surql")),
    (
        "022_oidc_login",
        include_str!("schema/022_oidc_login.surql"),
    ),
];

#[derive(Debug, thiserror::Error)]
pub enum DbSetupError {
    #[error("could not open {url}: {source}")]
    Connect {
        url: String,
        source: Box<surrealdb::Error>,
    },
    #[error("migration {version} failed: {source}")]
    Migration {
        version: &'static str,
        source: Box<surrealdb::Error>,
    },
    #[error("{0}")]
    Query(Box<surrealdb::Error>),
}

impl From<surrealdb::Error> for DbSetupError {
    fn from(error: surrealdb::Error) -> Self {
        DbSetupError::Query(Box::new(error))
    }
}

/// Opens the database and brings its schema up to date.
pub async fn connect(settings: &Settings) -> Result<Db, DbSetupError> {
    let db = open(settings).await?;
    migrate(&db).await?;
    Ok(Arc::new(db))
}

/// Opens the database as it is, schema untouched (a restore looks before it writes).
pub async fn open(settings: &Settings) -> Result<Surreal<Any>, DbSetupError> {
    let url = &settings.database_url;
    let connect_err = |source| DbSetupError::Connect {
        url: url.clone(),
        source: Box::new(source),
    };
    let db = any::connect(url.as_str()).await.map_err(connect_err)?;
    if let (Some(username), Some(password)) = (&settings.database_user, &settings.database_password)
    {
        db.signin(Root {
            username: username.clone(),
            password: password.clone(),
        })
        .await
        .map_err(connect_err)?;
    }
    db.use_ns(settings.namespace.as_str())
        .use_db(settings.database.as_str())
        .await
        .map_err(connect_err)?;
    Ok(db)
}

/// Applies every migration not yet applied.
pub async fn migrate(db: &Surreal<Any>) -> Result<(), DbSetupError> {
    migrate_first(db, MIGRATIONS.len()).await
}

/// Applies those of the first `count` migrations not yet applied (the schema-upgrade tests
/// start from an early schema this way).
pub async fn migrate_first(db: &Surreal<Any>, count: usize) -> Result<(), DbSetupError> {
    db.query("DEFINE TABLE IF NOT EXISTS migration SCHEMALESS;")
        .await?
        .check()?;
    for (version, sql) in MIGRATIONS.iter().take(count) {
        let applied: Option<String> = db
            .query("SELECT VALUE record::id(id) FROM type::record('migration', $v)")
            .bind(("v", *version))
            .await?
            .take(0)?;
        if applied.is_some() {
            continue;
        }
        let statements = format!(
            "BEGIN TRANSACTION;\n{sql}\nCREATE type::record('migration', $v) SET applied_at = time::now();\nCOMMIT TRANSACTION;"
        );
        let mut response = db.query(statements).bind(("v", *version)).await?;
        if let Some(source) = first_real_error(&mut response) {
            return Err(DbSetupError::Migration {
                version,
                source: Box::new(source),
            });
        }
        tracing::info!(version, "applied database migration");
    }
    Ok(())
}

/// The error of the statement that failed, not the "not executed" placeholders that a
/// failed transaction leaves on every other statement.
pub fn first_real_error(response: &mut surrealdb::IndexedResults) -> Option<surrealdb::Error> {
    let mut errors: Vec<(usize, surrealdb::Error)> = response.take_errors().into_iter().collect();
    errors.sort_by_key(|(index, _)| *index);
    let not_executed = |e: &surrealdb::Error| classify(e) == DbFailure::NotExecuted;
    let fallback = errors.first().map(|(_, e)| e.clone());
    errors
        .into_iter()
        .map(|(_, e)| e)
        .find(|e| !not_executed(e))
        .or(fallback)
}

pub use crate::platform::db_error::is_unique_violation;

impl From<surrealdb::Error> for AppError {
    /// A lost connection to a SurrealDB server is "try again" (503); anything else is ours.
    fn from(error: surrealdb::Error) -> Self {
        if error.is_connection() {
            tracing::warn!(%error, "database connection lost");
            return AppError::Unavailable;
        }
        tracing::error!(%error, "database error");
        AppError::Internal
    }
}
