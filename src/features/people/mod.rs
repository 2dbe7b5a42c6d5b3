//! The people page: everyone with an account and their roles (organizers only).

pub mod pages;
#[cfg(feature = "ssr")]
pub mod server;

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

/// Who may make an account by themselves, for the people page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountPolicyView {
    /// From `IDESLUSS_ALLOWED_EMAIL_DOMAINS` (not editable here).
    pub configured_domains: Vec<String>,
    /// The organizers' domains and addresses, one a line, as the form shows them.
    pub domains: String,
    pub addresses: String,
    /// No domain is set anywhere: anyone may sign up.
    pub open: bool,
    /// Existing accounts the rule would not let in now: they keep working, for review.
    pub outside: Vec<Person>,
}

#[server(prefix = "/api", endpoint = "list_people")]
pub async fn list_people() -> Result<Vec<Person>, AppError> {
    use crate::platform::context;
    use crate::platform::users;

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
    server::change_role(user_id, role, true).await
}

#[server(prefix = "/api", endpoint = "revoke_role")]
pub async fn revoke_role(user_id: String, role: String) -> Result<(), AppError> {
    server::change_role(user_id, role, false).await
}

/// Organizers: the sign-up rule and the accounts outside it.
#[server(prefix = "/api", endpoint = "account_policy")]
pub async fn fetch_account_policy() -> Result<AccountPolicyView, AppError> {
    crate::features::people::server::policy_view().await
}

/// Organizers: the e-mail domains (one a line) whose people may sign up by themselves, and
/// single addresses let in besides (e.g. a service-user developer on the council).
#[server(prefix = "/api", endpoint = "save_account_policy")]
pub async fn save_account_policy(
    #[server(default)] domains: String,
    #[server(default)] addresses: String,
) -> Result<(), AppError> {
    crate::features::people::server::save_policy(&domains, &addresses).await
}
