//! The bell: the signed-in person's notifications.

pub mod queries;

use crate::domain::proposal::Stage;
use crate::error::AppError;
use crate::features::notifications::server::queries as notifications;
use crate::features::notifications::{NotificationKind, NotificationView};
use crate::platform::clock::local_time;
use crate::platform::context::{self, SignedIn};
use crate::platform::ids::key_of;

pub async fn recent(user: &SignedIn) -> Result<Vec<NotificationView>, AppError> {
    let state = context::state()?;
    let rows = notifications::recent(&state.db, &user.id).await?;
    Ok(rows
        .into_iter()
        .filter_map(|row| {
            let kind = match (row.kind.as_str(), row.stage.as_deref()) {
                ("stage", Some(stage)) => NotificationKind::Stage(Stage::parse(stage).ok()?),
                ("comment", _) => NotificationKind::Comment,
                ("team", _) => NotificationKind::JoinedTeam {
                    team_id: key_of(row.team.as_ref()?),
                },
                ("session", _) => NotificationKind::SessionTomorrow {
                    team_id: key_of(row.team.as_ref()?),
                    date: row.session_date.as_deref()?.parse().ok()?,
                    starts_at: row.session_starts_at.clone()?,
                },
                ("decision", _) => NotificationKind::Decision,
                ("action", _) => NotificationKind::ActionAssigned,
                ("checkin", _) => NotificationKind::CheckinDue,
                ("overdue", _) => NotificationKind::ActionOverdue,
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

pub async fn mark_all_read(user: &SignedIn) -> Result<(), AppError> {
    let state = context::state()?;
    notifications::mark_all_read(&state.db, &user.id).await?;
    leptos_axum::redirect("/notifications?read=1");
    Ok(())
}

/// Unread notifications of `user_id`.
pub async fn unread_count(user_id: &str) -> Result<u32, AppError> {
    let state = context::state()?;
    let unread = notifications::unread_count(&state.db, user_id).await?;
    Ok(u32::try_from(unread).unwrap_or(u32::MAX))
}
