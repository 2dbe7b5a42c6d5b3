//! Privacy: the page on how personal data is handled (`/personuppgifter`), each person's
//! download of everything stored about them, and, for organizers, someone's download on
//! request and erasure. Coach-private notes go after their retention time (a daily task).

pub mod pages;
#[cfg(feature = "ssr")]
mod server;

/// The downloads (plain routes) and the daily retention task.
#[cfg(feature = "ssr")]
pub use server::{
    export::{my_data, person_data},
    retention::{delete_old_private_notes, every as delete_private_notes_every},
};

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// The organizer's page for one person's data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonPrivacy {
    pub id: String,
    pub name: String,
    pub email: String,
    pub erased: bool,
}

#[server(prefix = "/api", endpoint = "person_privacy")]
pub async fn fetch_person_privacy(user_id: String) -> Result<PersonPrivacy, AppError> {
    crate::platform::context::require_role(crate::domain::Role::Organizer).await?;
    server::person(crate::platform::ids::checked_id(&user_id)?).await
}

/// Organizers, on the person's request: erases the account (see `server::erase`). Both
/// boxes must be ticked: `confirm` (it cannot be undone) and, optionally, `comments`.
#[server(prefix = "/api", endpoint = "erase_account")]
pub async fn erase_account(
    user_id: String,
    #[server(default)] confirm: String,
    #[server(default)] comments: String,
) -> Result<(), AppError> {
    let organizer = crate::platform::context::require_role(crate::domain::Role::Organizer).await?;
    let user_id = crate::platform::ids::checked_id(&user_id)?;
    if confirm != "yes" {
        return Err(AppError::invalid(
            crate::domain::FieldErrors::single("confirm", crate::domain::Problem::Required),
            Vec::new(),
        ));
    }
    if user_id == organizer.id {
        return Err(AppError::conflict(
            "confirm",
            crate::domain::Problem::CannotEraseSelf,
            Vec::new(),
        ));
    }
    server::erase::erase(&organizer, user_id, comments == "yes").await?;
    leptos_axum::redirect(&format!("/people/{user_id}/data?erased=1"));
    Ok(())
}
