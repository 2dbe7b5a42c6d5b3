//! Everything stored about one person, as one readable JSON document: their account (no
//! password hash), and from every table the records that name them anywhere, found by
//! looking at every field, so a table added later is included without a change here.
//! Ballots name nobody and so are never in it; sessions and password links are listed
//! without their keys (hashes of secrets).

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use surrealdb::types::RecordId;

use crate::i18n::{I18n, T, lang_of_request};
use crate::platform::backup::all_tables;
use crate::platform::context::SignedIn;
use crate::platform::db::Db;
use crate::platform::downloads::{attachment, plain, require_organizer, require_signed_in};
use crate::platform::ids::checked_id;
use crate::platform::state::AppState;

/// Tables that never hold anything about a person, or only secrets' hashes.
const LEFT_OUT: &[&str] = &["migration", "rate_count", "role_lock", "user"];

/// The person's data as `{ "account": {...}, "<table>": [...], ... }`; `None` if no account.
pub async fn collect(
    db: &Db,
    user_id: &str,
) -> Result<Option<serde_json::Value>, surrealdb::Error> {
    let user = RecordId::new("user", user_id);
    let account: Option<serde_json::Value> = db
        .query(
            "SELECT record::id(id) AS id, name, email, roles, created_at, erased_at FROM ONLY $user",
        )
        .bind(("user", user.clone()))
        .await?
        .take::<Option<surrealdb::types::Value>>(0)?
        .map(|v| v.into_json_value());
    let Some(account) = account else {
        return Ok(None);
    };
    let mut document = serde_json::Map::new();
    document.insert("account".into(), account);
    for table in all_tables(db).await? {
        if LEFT_OUT.contains(&table.as_str())
            || !table.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        {
            continue;
        }
        // The keys of sessions and password links are hashes of secrets, and a calendar
        // token is one: listed without them.
        let fields = match table.as_str() {
            "session" | "password_reset" => "* OMIT id",
            "calendar_token" => "* OMIT id, token",
            _ => "*",
        };
        let rows: Vec<surrealdb::types::Value> = db
            .query(format!(
                "SELECT {fields} FROM {table} \
                 WHERE array::flatten(object::values($this)) CONTAINS $user ORDER BY id"
            ))
            .bind(("user", user.clone()))
            .await?
            .take(0)?;
        if !rows.is_empty() {
            document.insert(
                table,
                serde_json::Value::Array(rows.into_iter().map(|v| v.into_json_value()).collect()),
            );
        }
    }
    Ok(Some(serde_json::Value::Object(document)))
}

async fn download(state: &AppState, user_id: &str, i18n: I18n) -> Response {
    match collect(&state.db, user_id).await {
        Ok(Some(document)) => attachment(
            serde_json::to_string_pretty(&document).unwrap_or_default(),
            "application/json; charset=utf-8",
            &format!("mina-uppgifter-{user_id}.json"),
        ),
        Ok(None) => plain(StatusCode::NOT_FOUND, i18n.t(T::NotFoundText)),
        Err(error) => {
            tracing::error!(%error, "personal data could not be collected");
            plain(
                StatusCode::INTERNAL_SERVER_ERROR,
                i18n.t(T::InternalErrorText),
            )
        }
    }
}

/// `/my/data.json`: the signed-in person's own data.
pub async fn my_data(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let i18n = I18n(lang_of_request(&headers));
    match require_signed_in(&state, &headers, i18n).await {
        Ok(user) => {
            log(&state, &user, &user.id).await;
            download(&state, &user.id, i18n).await
        }
        Err(refused) => refused,
    }
}

/// `/people/{id}/data.json`: an organizer downloads someone's data on their request.
pub async fn person_data(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Response {
    let i18n = I18n(lang_of_request(&headers));
    let organizer = match require_organizer(&state, &headers, i18n).await {
        Ok(user) => user,
        Err(refused) => return refused,
    };
    let Ok(id) = checked_id(&id) else {
        return plain(StatusCode::NOT_FOUND, i18n.t(T::NotFoundText));
    };
    log(&state, &organizer, id).await;
    download(&state, id, i18n).await
}

async fn log(state: &AppState, by: &SignedIn, about: &str) {
    use crate::platform::audit::{self, Entry};
    let entry = Entry::new(
        crate::domain::audit::AuditAction::Exported,
        Some(&by.id),
        "mina-uppgifter.json",
    );
    audit::record(&state.db, entry.about(about)).await;
}
