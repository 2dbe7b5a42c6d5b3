//! Privacy rights: the personal-data export, erasure, and the retention of coach-private
//! notes.

pub mod erase;
pub mod export;
pub mod retention;

use crate::error::AppError;
use crate::features::privacy::PersonPrivacy;
use crate::platform::context;
use crate::platform::users;

pub async fn person(user_id: &str) -> Result<PersonPrivacy, AppError> {
    let state = context::state()?;
    let person = users::by_id(&state.db, user_id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(PersonPrivacy {
        erased: person.email.ends_with("@raderad.invalid"),
        id: person.id,
        name: person.name,
        email: person.email,
    })
}
