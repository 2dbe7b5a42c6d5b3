//! `GET /rounds/<id>/export/<table>.csv` and `GET /rounds/<id>/export/round.json`, for
//! organizers.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;

use super::tables::tables;
use crate::i18n::{I18n, T, lang_of_request};
use crate::platform::csv;
use crate::platform::downloads::{attachment, log_export, plain, require_organizer};
use crate::platform::ids::checked_id;
use crate::platform::state::AppState;

/// The tables a round exports, in order (the names of their CSV files).
pub const TABLE_NAMES: [&str; 10] = [
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

pub async fn export_file(
    State(state): State<AppState>,
    Path((round_id, file)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    let i18n = I18n(lang_of_request(&headers));
    let user = match require_organizer(&state, &headers, i18n).await {
        Ok(user) => user,
        Err(refused) => return refused,
    };
    let not_found = || plain(StatusCode::NOT_FOUND, i18n.t(T::NotFoundText));
    let Ok(round_id) = checked_id(&round_id) else {
        return not_found();
    };
    let wanted = match (file.strip_suffix(".csv"), file.as_str()) {
        (Some(name), _) if TABLE_NAMES.contains(&name) => Some(name.to_owned()),
        (_, "round.json") => None,
        _ => return not_found(),
    };
    let tables = match tables(&state, round_id, i18n, wanted.as_deref()).await {
        Ok(tables) => tables,
        Err(crate::error::AppError::NotFound) => return not_found(),
        Err(error) => {
            tracing::error!(?error, "export failed");
            return plain(
                StatusCode::INTERNAL_SERVER_ERROR,
                i18n.t(T::InternalErrorText),
            );
        }
    };
    log_export(&state, &user, &file, round_id).await;
    match wanted {
        Some(name) => {
            let Some(table) = tables.iter().find(|t| t.name == name) else {
                return not_found();
            };
            let columns: Vec<&str> = table.columns.iter().map(String::as_str).collect();
            csv::attachment(
                csv::document(&columns, &table.cells()),
                &format!("{name}-{round_id}.csv"),
            )
        }
        None => {
            let document: serde_json::Map<String, serde_json::Value> = tables
                .iter()
                .map(|t| (t.name.to_owned(), serde_json::Value::Array(t.objects())))
                .collect();
            attachment(
                serde_json::to_string_pretty(&document).unwrap_or_default(),
                "application/json; charset=utf-8",
                &format!("omgang-{round_id}.json"),
            )
        }
    }
}
