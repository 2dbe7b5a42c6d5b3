//! The bell: what happened to the viewer's proposals.

pub mod pages;
#[cfg(feature = "ssr")]
pub mod server;

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
    crate::features::notifications::server::recent().await
}

#[server(prefix = "/api", endpoint = "mark_notifications_read")]
pub async fn mark_notifications_read() -> Result<(), AppError> {
    crate::features::notifications::server::mark_all_read().await
}
