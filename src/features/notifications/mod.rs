//! The bell: what happened to the viewer's proposals, and their teams' news (placed in a
//! team, a session tomorrow). Never the content of coach notes.

pub mod pages;
#[cfg(feature = "ssr")]
mod server;
#[cfg(feature = "ssr")]
use crate::platform::context;

/// The bell's count, for the header (accounts' `fetch_current_user`).
#[cfg(feature = "ssr")]
pub use server::unread_count;

use chrono::NaiveDateTime;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::proposal::Stage;
use crate::error::AppError;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum NotificationKind {
    /// The proposal moved to this stage.
    Stage(Stage),
    Comment,
    /// The person was put in the proposal's team.
    JoinedTeam {
        team_id: String,
    },
    /// The person's team meets tomorrow (the day-before reminder).
    SessionTomorrow {
        team_id: String,
        date: chrono::NaiveDate,
        starts_at: String,
    },
    /// The organizer decided what happens next with the proposal.
    Decision,
    /// The person owns a new follow-up action.
    ActionAssigned,
    /// A check-in on the person's action is due: a short status is asked for.
    CheckinDue,
    /// The person's open action is past its due day.
    ActionOverdue,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotificationView {
    pub idea_id: String,
    pub idea_title: String,
    pub kind: NotificationKind,
    pub read: bool,
    pub at: NaiveDateTime,
}

#[server(prefix = "/api", endpoint = "notifications")]
pub async fn fetch_notifications() -> Result<Vec<NotificationView>, AppError> {
    let user = context::require_user().await?;
    server::recent(&user).await
}

#[server(prefix = "/api", endpoint = "mark_notifications_read")]
pub async fn mark_notifications_read() -> Result<(), AppError> {
    let user = context::require_user().await?;
    server::mark_all_read(&user).await
}
