//! The people page and the sign-up rule: everyone with an account and their roles, and who
//! may make an account by themselves (organizers only).

pub mod pages;
#[cfg(feature = "ssr")]
mod server;
#[cfg(feature = "ssr")]
use {
    crate::domain::FieldErrors,
    crate::domain::account_policy::{parse_addresses, parse_domains},
    crate::platform::{context, ids::checked_id},
};

/// Sign-up and sign-in with the identity provider ask the people feature whether an
/// address may have an account.
#[cfg(feature = "ssr")]
pub use server::{check_may_sign_up, may_sign_up};

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

/// Organizers: everyone with an account.
#[server(prefix = "/api", endpoint = "list_people")]
pub async fn list_people() -> Result<Vec<Person>, AppError> {
    context::require_role(Role::Organizer).await?;
    server::list().await
}

#[server(prefix = "/api", endpoint = "grant_role")]
pub async fn grant_role(user_id: String, role: String) -> Result<(), AppError> {
    change_role(user_id, role, true).await
}

#[server(prefix = "/api", endpoint = "revoke_role")]
pub async fn revoke_role(user_id: String, role: String) -> Result<(), AppError> {
    change_role(user_id, role, false).await
}

/// Organizers: grants or revokes `role` (one organizer always remains).
#[cfg(feature = "ssr")]
async fn change_role(user_id: String, role: String, granted: bool) -> Result<(), AppError> {
    let organizer = context::require_role(Role::Organizer).await?;
    let echo = vec![
        ("user_id".to_owned(), user_id.clone()),
        ("role".to_owned(), role.clone()),
    ];
    let role = Role::parse(&role)
        .map_err(|p| AppError::invalid(FieldErrors::single("role", p), echo.clone()))?;
    server::change_role(&organizer.id, checked_id(&user_id)?, role, granted, echo).await
}

/// Organizers: the sign-up rule and the accounts outside it.
#[server(prefix = "/api", endpoint = "account_policy")]
pub async fn fetch_account_policy() -> Result<AccountPolicyView, AppError> {
    context::require_role(Role::Organizer).await?;
    server::policy_view().await
}

/// Organizers: the e-mail domains (one a line) whose people may sign up by themselves, and
/// single addresses let in besides (e.g. a service-user developer on the council).
#[server(prefix = "/api", endpoint = "save_account_policy")]
pub async fn save_account_policy(
    #[server(default)] domains: String,
    #[server(default)] addresses: String,
) -> Result<(), AppError> {
    let user = context::require_role(Role::Organizer).await?;
    let echo = vec![
        ("domains".to_owned(), domains.clone()),
        ("addresses".to_owned(), addresses.clone()),
    ];
    let mut errors = FieldErrors::new();
    let domains = errors.check("domains", parse_domains(&domains));
    let addresses = errors.check("addresses", parse_addresses(&addresses));
    let (Some(domains), Some(addresses)) = (domains, addresses) else {
        return Err(AppError::invalid(errors, echo));
    };
    server::save_policy(&user, domains, addresses).await
}
