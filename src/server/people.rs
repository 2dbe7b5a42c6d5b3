//! Granting and revoking roles, with the rule that one organizer must always remain.

use super::context;
use super::repo::users;
use crate::domain::{FieldErrors, Problem, Role};
use crate::error::AppError;

pub async fn change_role(user_id: String, role: String, granted: bool) -> Result<(), AppError> {
    context::require_role(Role::Organizer).await?;
    let echo = vec![
        ("user_id".to_owned(), user_id.clone()),
        ("role".to_owned(), role.clone()),
    ];
    let role = Role::parse(&role)
        .map_err(|p| AppError::invalid(FieldErrors::single("role", p), echo.clone()))?;
    let user_id = user_id.trim();
    if user_id.is_empty() || !user_id.chars().all(|c| c.is_ascii_alphanumeric()) {
        return Err(AppError::NotFound);
    }
    let state = context::state()?;
    if !granted && role == Role::Organizer {
        let target = users::by_id(&state.db, user_id)
            .await?
            .ok_or(AppError::NotFound)?;
        let is_last = target.roles().contains(&Role::Organizer)
            && users::count_with_role(&state.db, Role::Organizer).await? <= 1;
        if is_last {
            return Err(AppError::conflict("role", Problem::LastOrganizer, echo));
        }
    }
    users::set_role(&state.db, user_id, role, granted)
        .await?
        .ok_or(AppError::NotFound)?;
    tracing::info!(user_id, role = role.as_str(), granted, "role changed");
    Ok(())
}
