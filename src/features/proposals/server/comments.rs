//! Adding to a proposal's thread: anyone signed in who can see the proposal.

use super::{others, visible};
use crate::domain::text::multi_line;
use crate::domain::{FieldErrors, Problem};
use crate::error::AppError;
use crate::features::proposals::server::comment_queries as comments;
use crate::platform::context;

pub const COMMENT_MAX: usize = 2000;

pub async fn add(id: &str, body: &str) -> Result<(), AppError> {
    let user = context::require_user().await?;
    let (row, _) = visible(id, &user).await?;
    let echo = vec![("body".to_owned(), body.to_owned())];
    let body = multi_line(body, COMMENT_MAX)
        .and_then(|b| {
            if b.is_empty() {
                Err(Problem::Required)
            } else {
                Ok(b)
            }
        })
        .map_err(|problem| AppError::invalid(FieldErrors::single("body", problem), echo))?;
    let state = context::state()?;
    comments::add(&state.db, &row.id, &user.id, &body, others(&row, &user.id)).await?;
    tracing::info!(id = row.id, by = user.id, "comment added");
    leptos_axum::redirect(&format!("/proposals/{}#comments", row.id));
    Ok(())
}
