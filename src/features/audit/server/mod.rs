//! Reading the audit log: the filter, the entries with names looked up now (an erased
//! account is a former staff member), and the CSV file.

use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use chrono::{NaiveDate, NaiveTime};
use serde::Deserialize;
use surrealdb::types::SurrealValue;

use crate::domain::audit::AuditAction;
use crate::domain::{FieldErrors, stockholm};
use crate::error::AppError;
use crate::features::audit::{Actor, AuditEntry, actor_text};
use crate::i18n::{I18n, T, lang_of_request};
use crate::platform::clock::local_time;
use crate::platform::csv;
use crate::platform::db::Db;
use crate::platform::downloads::{plain, require_organizer};
use crate::platform::state::AppState;

/// Which entries: one kind or all, from a day and/or to a day (Stockholm dates, inclusive).
#[derive(Debug, Clone, Default)]
pub struct Filter {
    action: Option<AuditAction>,
    from: Option<chrono::DateTime<chrono::Utc>>,
    until: Option<chrono::DateTime<chrono::Utc>>,
}

impl Filter {
    pub fn parse(action: &str, from: &str, to: &str) -> Result<Self, AppError> {
        let mut errors = FieldErrors::new();
        let action = match action.trim() {
            "" => None,
            name => errors.check("action", AuditAction::parse(name)),
        };
        let day = |text: &str| match text.trim() {
            "" => Ok(None),
            text => NaiveDate::parse_from_str(text, "%Y-%m-%d")
                .map(Some)
                .map_err(|_| crate::domain::Problem::DateInvalid),
        };
        let from = errors.check("from", day(from)).flatten();
        let to = errors.check("to", day(to)).flatten();
        if !errors.is_empty() {
            return Err(AppError::invalid(errors, Vec::new()));
        }
        Ok(Filter {
            action,
            from: from.map(|d| stockholm::to_utc(d, NaiveTime::MIN)),
            until: to
                .and_then(|d| d.succ_opt())
                .map(|d| stockholm::to_utc(d, NaiveTime::MIN)),
        })
    }
}

#[derive(Debug, Clone, SurrealValue)]
struct EntryRow {
    at: chrono::DateTime<chrono::Utc>,
    has_actor: bool,
    actor_name: Option<String>,
    action: String,
    subject: String,
    has_person: bool,
    person_name: Option<String>,
    round_name: Option<String>,
    details: String,
}

fn actor(linked: bool, name: Option<String>) -> Actor {
    match (linked, name) {
        (false, _) => Actor::Nobody,
        (true, Some(name)) => Actor::Person(name),
        (true, None) => Actor::FormerStaff,
    }
}

/// The entries the filter lets through, newest first, at most `limit`.
pub async fn entries(
    db: &Db,
    filter: &Filter,
    limit: Option<usize>,
) -> Result<Vec<AuditEntry>, AppError> {
    let limit = limit.map(|n| format!(" LIMIT {n}")).unwrap_or_default();
    let rows: Vec<EntryRow> = db
        .query(format!(
            "SELECT at, actor != NONE AS has_actor, actor.name AS actor_name, action, subject,
                 person != NONE AS has_person, person.name AS person_name,
                 round.name AS round_name, details
             FROM audit
             WHERE ($action = NONE OR action = $action)
                 AND ($from = NONE OR at >= $from) AND ($until = NONE OR at < $until)
             ORDER BY at DESC{limit}"
        ))
        .bind(("action", filter.action.map(|a| a.as_str())))
        .bind(("from", filter.from.map(surrealdb::types::Datetime::from)))
        .bind(("until", filter.until.map(surrealdb::types::Datetime::from)))
        .await?
        .take(0)?;
    Ok(rows
        .into_iter()
        .filter_map(|row| {
            Some(AuditEntry {
                at: local_time(row.at).format("%Y-%m-%d %H:%M:%S").to_string(),
                actor: actor(row.has_actor, row.actor_name),
                action: AuditAction::parse(&row.action).ok()?,
                subject: row.subject,
                person: row.has_person.then(|| actor(true, row.person_name)),
                round_name: row.round_name,
                details: row.details,
            })
        })
        .collect())
}

#[derive(Debug, Default, Deserialize)]
pub struct CsvQuery {
    #[serde(default)]
    action: String,
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
}

/// The whole filtered log as `logg.csv`, for organizers.
pub async fn audit_csv(
    State(state): State<AppState>,
    Query(query): Query<CsvQuery>,
    headers: HeaderMap,
) -> Response {
    let i18n = I18n(lang_of_request(&headers));
    if let Err(refused) = require_organizer(&state, &headers, i18n).await {
        return refused;
    }
    let Ok(filter) = Filter::parse(&query.action, &query.from, &query.to) else {
        return plain(StatusCode::BAD_REQUEST, i18n.t(T::AuditFilterInvalid));
    };
    let entries = match entries(&state.db, &filter, None).await {
        Ok(entries) => entries,
        Err(error) => {
            tracing::error!(?error, "the audit log could not be read");
            return plain(
                StatusCode::INTERNAL_SERVER_ERROR,
                i18n.t(T::InternalErrorText),
            );
        }
    };
    let header_row = [
        i18n.t(T::AuditAt),
        i18n.t(T::AuditActor),
        i18n.t(T::AuditAction),
        i18n.t(T::AuditSubject),
        i18n.t(T::AuditPerson),
        i18n.t(T::AuditRound),
        i18n.t(T::AuditDetails),
    ];
    let lines: Vec<Vec<String>> = entries
        .into_iter()
        .map(|e| {
            vec![
                e.at,
                actor_text(i18n, &e.actor),
                i18n.audit_action(e.action).to_owned(),
                e.subject,
                e.person.map(|p| actor_text(i18n, &p)).unwrap_or_default(),
                e.round_name.unwrap_or_default(),
                e.details,
            ]
        })
        .collect();
    csv::attachment(csv::document(&header_row, &lines), "logg.csv")
}
