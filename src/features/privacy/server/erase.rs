//! Erasing an account on request: the person's name, e-mail and password go, with their
//! sessions, links, calendar keys, notifications and Bootcamp sign-ups; what they wrote for
//! others (proposals, comments, cards) stays under "former staff member", unless the
//! organizer removes their comments too. Ballots were never linked to anyone. The audit
//! log keeps the fact of the erasure, not the data.

use surrealdb::types::RecordId;

use crate::domain::audit::AuditAction;
use crate::error::AppError;
use crate::platform::audit::{self, Entry};
use crate::platform::context::{self, SignedIn};
use crate::platform::users::{self, RoleChangeError};

/// The name an erased account shows under.
pub const FORMER_STAFF: &str = "Tidigare medarbetare";

pub async fn erase(
    organizer: &SignedIn,
    user_id: &str,
    comments_too: bool,
) -> Result<(), AppError> {
    let state = context::state()?;
    let person = users::by_id(&state.db, user_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if person.roles().contains(&crate::domain::Role::Organizer) {
        // Through the role change, so that the last organizer can never be erased.
        users::change_role(&state.db, user_id, crate::domain::Role::Organizer, false)
            .await
            .map_err(|e| match e {
                RoleChangeError::LastOrganizer => {
                    AppError::conflict("user_id", crate::domain::Problem::LastOrganizer, Vec::new())
                }
                RoleChangeError::Db(e) => e.into(),
            })?;
    }
    let user = RecordId::new("user", user_id);
    state
        .db
        .query(
            "BEGIN TRANSACTION;
             UPDATE $user SET name = $former, email = $email, password_hash = '$argon2id$erased',
                 roles = [], erased_at = time::now(), provider_since = NONE,
                 provider_subject = NONE RETURN NONE;
             DELETE session WHERE user = $user;
             DELETE password_reset WHERE user = $user;
             DELETE calendar_token WHERE user = $user;
             DELETE notification WHERE user = $user;
             DELETE signup WHERE user = $user;
             IF $comments_too { DELETE idea_comment WHERE author = $user };
             COMMIT TRANSACTION;",
        )
        .bind(("user", user))
        .bind(("former", FORMER_STAFF))
        .bind(("email", format!("raderad-{user_id}@raderad.invalid")))
        .bind(("comments_too", comments_too))
        .await?
        .check()?;
    tracing::info!(user_id, by = organizer.id, comments_too, "account erased");
    let entry = Entry::new(
        AuditAction::AccountErased,
        Some(&organizer.id),
        format!("user:{user_id}"),
    )
    .about(user_id)
    .details(if comments_too { "comments removed" } else { "" });
    audit::record(&state.db, entry).await;
    Ok(())
}
