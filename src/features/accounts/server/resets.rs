//! Password links: an organizer makes one for a person (shown to the organizer, no e-mail
//! needed); the person opens it within the hour, chooses a new password, and is signed in
//! on that browser while every other session of the account ends.

use super::reset_queries::{self as links, UseError};
use crate::domain::audit::AuditAction;
use crate::domain::{Email, FieldErrors, NewPassword, Problem};
use crate::error::AppError;
use crate::features::accounts::{PasswordLink, ResetLinkView};
use crate::platform::audit::{self, Entry};
use crate::platform::auth::{self, token_hash};
use crate::platform::context::{self, SignedIn};
use crate::platform::{public_url, sessions, users};

/// Makes a new link for `user_id` (earlier ones stop working); its token.
pub async fn make(organizer: &SignedIn, user_id: &str) -> Result<String, AppError> {
    super::passwords_in_use(&Vec::new())?;
    let state = context::state()?;
    users::by_id(&state.db, user_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let token = auth::new_session_token();
    links::make(&state.db, &token_hash(&token), user_id, &organizer.id).await?;
    tracing::info!(user_id, by = organizer.id, "password link made");
    let entry = Entry::new(
        AuditAction::PasswordLinkMade,
        Some(&organizer.id),
        format!("user:{user_id}"),
    );
    audit::record(&state.db, entry.about(user_id)).await;
    Ok(token)
}

/// The organizer's view of `user_id`'s link: the link itself only if `token` is that
/// person's live link (the page shows it once, right after making it).
pub async fn for_organizer(user_id: &str, token: &str) -> Result<PasswordLink, AppError> {
    let state = context::state()?;
    let person = users::by_id(&state.db, user_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let live = match token {
        "" => None,
        token => links::live(&state.db, &token_hash(token))
            .await?
            .filter(|link| link.user_id == person.id),
    };
    Ok(PasswordLink {
        user_id: person.id,
        name: person.name,
        email: person.email,
        link: live
            .as_ref()
            .map(|_| format!("{}/aterstall/{token}", public_url::site_base(&state))),
        minutes_left: live.map(|l| l.minutes_left.clamp(0, 60) as u32),
    })
}

/// Whose link `token` is, if it can still be used.
pub async fn check(token: &str) -> Result<ResetLinkView, AppError> {
    let state = context::state()?;
    let link = links::live(&state.db, &token_hash(token))
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(ResetLinkView { name: link.name })
}

/// Sets the new password through the link, ends the account's other sessions and signs in
/// this browser.
pub async fn reset(token: &str, password: &str) -> Result<(), AppError> {
    super::passwords_in_use(&Vec::new())?;
    let state = context::state()?;
    let gone = || AppError::conflict("password", Problem::PasswordLinkGone, Vec::new());
    let link = links::live(&state.db, &token_hash(token))
        .await?
        .ok_or_else(gone)?;
    let email = Email::parse(&link.email).ok();
    let password = NewPassword::parse(password, email.as_ref()).map_err(|problem| {
        AppError::invalid(FieldErrors::single("password", problem), Vec::new())
    })?;
    let hash = state
        .password_hashing
        .run(move || auth::hash_password(password.expose()))
        .await?;
    let user_id = links::use_link(&state.db, &token_hash(token), hash)
        .await
        .map_err(|e| match e {
            UseError::Gone => gone(),
            UseError::Db(e) => e.into(),
        })?;
    tracing::info!(user_id, "password set through a link; other sessions ended");
    let entry = Entry::new(
        AuditAction::PasswordSetByLink,
        Some(&user_id),
        format!("user:{user_id}"),
    );
    audit::record(&state.db, entry.about(&user_id)).await;
    sessions::start(&state, &user_id).await
}
