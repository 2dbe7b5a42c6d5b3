//! The people page: everyone with an account and their roles (organizers only).

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::Role;
use crate::error::AppError;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub id: String,
    pub name: String,
    pub email: String,
    pub roles: Vec<Role>,
}

#[server(prefix = "/api", endpoint = "list_people")]
pub async fn list_people() -> Result<Vec<Person>, AppError> {
    use crate::server::context;
    use crate::server::repo::users;

    context::require_role(Role::Organizer).await?;
    let state = context::state()?;
    let rows = users::list(&state.db).await?;
    Ok(rows
        .iter()
        .map(|row| Person {
            id: row.id.clone(),
            name: row.name.clone(),
            email: row.email.clone(),
            roles: row.roles(),
        })
        .collect())
}

#[server(prefix = "/api", endpoint = "grant_role")]
pub async fn grant_role(user_id: String, role: String) -> Result<(), AppError> {
    use crate::server::people;
    people::change_role(user_id, role, true).await
}

#[server(prefix = "/api", endpoint = "revoke_role")]
pub async fn revoke_role(user_id: String, role: String) -> Result<(), AppError> {
    use crate::server::people;
    people::change_role(user_id, role, false).await
}
