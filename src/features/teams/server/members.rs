//! Changing a team's line-up: a member joins (by e-mail) or leaves, each with the day and
//! a reason, so that the history shows who was there when.

use super::{find_team, queries, viewer_of};
use crate::domain::team::Reason;
use crate::domain::{Email, FieldErrors, Problem};
use crate::error::{AppError, Echo};
use crate::platform::clock::today;
use crate::platform::context::{self, SignedIn};
use crate::platform::users;

pub async fn add(
    user: &SignedIn,
    team_id: &str,
    email: Email,
    reason: Reason,
    echo: Echo,
) -> Result<(), AppError> {
    let state = context::state()?;
    let db = &state.db;
    let team = find_team(db, team_id).await?;
    if !viewer_of(db, &team, user).await?.runs_team() {
        return Err(AppError::Forbidden);
    }
    let person = users::ids_by_emails(db, std::slice::from_ref(&email))
        .await?
        .into_iter()
        .next()
        .ok_or_else(|| {
            AppError::invalid(
                FieldErrors::single("email", Problem::UnknownColleague),
                echo.clone(),
            )
        })?;
    let on = today().to_string();
    if !queries::add_member(db, &team, &person.id, &on, reason.as_str()).await? {
        return Err(AppError::conflict("email", Problem::AlreadyMember, echo));
    }
    tracing::info!(team = team.id, by = user.id, "member joined");
    leptos_axum::redirect(&format!("/teams/{}/members?saved=1", team.id));
    Ok(())
}

pub async fn remove(
    user: &SignedIn,
    team_id: &str,
    member: &str,
    reason: Reason,
    echo: Echo,
) -> Result<(), AppError> {
    let state = context::state()?;
    let db = &state.db;
    let team = find_team(db, team_id).await?;
    if !viewer_of(db, &team, user).await?.runs_team() {
        return Err(AppError::Forbidden);
    }
    let on = today().to_string();
    if !queries::remove_member(db, &team.id, member, &on, reason.as_str()).await? {
        return Err(AppError::conflict("reason", Problem::NotAMember, echo));
    }
    tracing::info!(team = team.id, by = user.id, "member left");
    leptos_axum::redirect(&format!("/teams/{}/members?saved=1", team.id));
    Ok(())
}
