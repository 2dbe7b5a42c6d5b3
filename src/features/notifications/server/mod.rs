//! The bell: the signed-in person's notifications.

pub mod queries;

use crate::domain::proposal::Stage;
use crate::error::AppError;
use crate::features::notifications::server::queries as notifications;
use crate::features::notifications::{NotificationKind, NotificationView};
use crate::platform::context;
use crate::platform::ids::local_time;

pub async fn recent() -> Result<Vec<NotificationView>, AppError> {
    let user = context::require_user().await?;
    let state = context::state()?;
    let rows = notifications::recent(&state.db, &user.id).await?;
    Ok(rows
        .into_iter()
        .filter_map(|row| {
            let kind = match (row.kind.as_str(), row.stage.as_deref()) {
                ("stage", Some(stage)) => NotificationKind::Stage(Stage::parse(stage).ok()?),
                ("comment", _) => NotificationKind::Comment,
                _ => return None,
            };
            Some(NotificationView {
                idea_id: row.idea_id,
                idea_title: row.idea_title,
                kind,
                read: row.read,
                at: local_time(row.at),
            })
        })
        .collect())
}

pub async fn mark_all_read() -> Result<(), AppError> {
    let user = context::require_user().await?;
    let state = context::state()?;
    notifications::mark_all_read(&state.db, &user.id).await?;
    leptos_axum::redirect("/notifications?read=1");
    Ok(())
}
