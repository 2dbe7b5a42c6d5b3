//! Granting and revoking roles, with the rule that one organizer must always remain, and
//! who may make an account by themselves (allowed e-mail domains and addresses).

pub mod queries;

use crate::domain::account_policy::{AccountPolicy, EmailDomain};
use crate::domain::audit::AuditAction;
use crate::domain::{Email, FieldErrors, Problem, Role};
use crate::error::{AppError, Echo};
use crate::features::people::server::queries as account_policy;
use crate::features::people::{AccountPolicyView, Person};
use crate::platform::audit::{self, Entry};
use crate::platform::context::{self, SignedIn};
use crate::platform::state::AppState;
use crate::platform::users::{self, RoleChangeError, UserRow};

pub async fn list() -> Result<Vec<Person>, AppError> {
    let state = context::state()?;
    Ok(users::list(&state.db)
        .await?
        .iter()
        .map(to_person)
        .collect())
}

fn to_person(row: &UserRow) -> Person {
    Person {
        id: row.id.clone(),
        name: row.name.clone(),
        email: row.email.clone(),
        roles: row.roles(),
    }
}

pub async fn change_role(
    by: &str,
    user_id: &str,
    role: Role,
    granted: bool,
    echo: Echo,
) -> Result<(), AppError> {
    let state = context::state()?;
    users::change_role(&state.db, user_id, role, granted)
        .await
        .map_err(|e| match e {
            RoleChangeError::LastOrganizer => {
                AppError::conflict("role", Problem::LastOrganizer, echo)
            }
            RoleChangeError::Db(e) => e.into(),
        })?
        .ok_or(AppError::NotFound)?;
    tracing::info!(user_id, role = role.as_str(), granted, "role changed");
    let action = if granted {
        AuditAction::RoleGranted
    } else {
        AuditAction::RoleRevoked
    };
    let entry = Entry::new(action, Some(by), format!("user:{user_id}"))
        .about(user_id)
        .details(role.as_str());
    audit::record(&state.db, entry).await;
    Ok(())
}

/// The rule in force: the configured domains and the organizers', and their addresses.
pub async fn account_policy(state: &AppState) -> Result<AccountPolicy, AppError> {
    let stored = account_policy::get(&state.db).await?;
    let mut domains = state.allowed_email_domains.clone();
    for domain in stored.domains {
        if !domains.contains(&domain) {
            domains.push(domain);
        }
    }
    Ok(AccountPolicy {
        domains,
        addresses: stored.addresses,
    })
}

/// Whether the sign-up rule lets this address have an account (by signing up, or by
/// signing in with the municipality's identity provider).
pub async fn may_sign_up(email: &Email) -> Result<bool, AppError> {
    let state = context::state()?;
    Ok(account_policy(&state).await?.allows(email))
}

/// 422 on the e-mail field unless this address may make an account by itself.
pub async fn check_may_sign_up(email: &Email, echo: Echo) -> Result<(), AppError> {
    if may_sign_up(email).await? {
        Ok(())
    } else {
        Err(AppError::invalid(
            FieldErrors::single("email", Problem::EmailDomainNotAllowed),
            echo,
        ))
    }
}

pub async fn policy_view() -> Result<AccountPolicyView, AppError> {
    let state = context::state()?;
    let stored = account_policy::get(&state.db).await?;
    let policy = account_policy(&state).await?;
    let outside = users::list(&state.db)
        .await?
        .iter()
        .filter(|row| Email::parse(&row.email).is_ok_and(|email| !policy.allows(&email)))
        .map(to_person)
        .collect();
    Ok(AccountPolicyView {
        configured_domains: state.allowed_email_domains.clone(),
        domains: stored.domains.join("\n"),
        addresses: stored.addresses.join("\n"),
        open: policy.is_open(),
        outside,
    })
}

pub async fn save_policy(
    user: &SignedIn,
    domains: Vec<EmailDomain>,
    addresses: Vec<Email>,
) -> Result<(), AppError> {
    let state = context::state()?;
    account_policy::set(
        &state.db,
        domains.iter().map(|d| d.as_str().to_owned()).collect(),
        addresses.iter().map(|a| a.as_str().to_owned()).collect(),
    )
    .await?;
    tracing::info!(by = user.id, "sign-up domains changed");
    let entry = Entry::new(
        AuditAction::SignUpRuleChanged,
        Some(&user.id),
        "account_policy",
    );
    audit::record(&state.db, entry).await;
    leptos_axum::redirect("/people?saved=1");
    Ok(())
}
