//! Privacy rights: the personal-data export, erasure, and the retention of coach-private
//! notes.

pub mod erase;
pub mod export;
pub mod retention;

use crate::error::AppError;
use crate::features::privacy::PersonPrivacy;
use surrealdb::types::{RecordId, SurrealValue};

use crate::platform::context;

#[derive(Debug, Clone, SurrealValue)]
struct PersonRow {
    id: String,
    name: String,
    email: String,
    erased: bool,
}

pub async fn person(user_id: &str) -> Result<PersonPrivacy, AppError> {
    let state = context::state()?;
    let row: Option<PersonRow> = state
        .db
        .query(
            "SELECT record::id(id) AS id, name, email, erased_at != NONE AS erased \
             FROM ONLY $user",
        )
        .bind(("user", RecordId::new("user", user_id)))
        .await?
        .take(0)?;
    let row = row.ok_or(AppError::NotFound)?;
    Ok(PersonPrivacy {
        id: row.id,
        name: row.name,
        email: row.email,
        erased: row.erased,
    })
}
