//! Adding to a proposal's thread: anyone signed in who can see the proposal.

use super::visible;
use crate::domain::text::multi_line;
use crate::domain::{FieldErrors, Problem};
use crate::error::AppError;
use crate::features::proposals::server::comment_queries as comments;
use crate::platform::context::{self, SignedIn};
use crate::platform::rate_limits::Counted;

pub const COMMENT_MAX: usize = 2000;

/// A comment's text: required, at most `COMMENT_MAX` characters, no identity numbers.
pub fn parse_comment(body: &str) -> Result<String, AppError> {
    let echo = vec![("body".to_owned(), body.to_owned())];
    multi_line(body, COMMENT_MAX)
        .and_then(|b| {
            if b.is_empty() {
                Err(Problem::Required)
            } else {
                Ok(b)
            }
        })
        .map_err(|problem| AppError::invalid(FieldErrors::single("body", problem), echo))
}

/// Adds `body` (already checked: see `parse_comment`) to the thread of proposal `id`.
pub async fn add(user: &SignedIn, id: &str, body: &str) -> Result<(), AppError> {
    let (row, _) = visible(id, user).await?;
    let state = context::state()?;
    let echo = vec![("body".to_owned(), body.to_owned())];
    context::rate_counter(&state)
        .take(Counted::CommentPerPerson, &user.id)
        .await?
        .or_refuse("body", &echo)?;
    comments::add(
        &state.db,
        &row.id,
        &user.id,
        body,
        row.owners_except(&user.id),
    )
    .await?;
    tracing::info!(id = row.id, by = user.id, "comment added");
    leptos_axum::redirect(&format!("/proposals/{}#comments", row.id));
    Ok(())
}
