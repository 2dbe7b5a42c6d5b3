//! Calendar feeds (RFC 5545): per round (its phases, the staff-day vote, the final
//! presentation, public like the round's page), per team and per person (sessions, moved
//! and cancelled ones updated under the same UID) behind a secret per-person token that
//! the person can reset. Times are Swedish wall-clock times sent as UTC.

pub mod pages;
#[cfg(feature = "ssr")]
mod server;
#[cfg(feature = "ssr")]
use crate::platform::context;

/// The feeds themselves are plain routes.
#[cfg(feature = "ssr")]
pub use server::feeds::{person_feed, round_feed, team_feed};

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// One feed to subscribe to: what it holds and its address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedLink {
    pub name: String,
    pub url: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CalendarLinks {
    /// Every session of every team the person is in or coaches.
    pub person: FeedLink,
    pub teams: Vec<FeedLink>,
    pub rounds: Vec<FeedLink>,
}

/// The signed-in person's feed addresses (their token is made on first use).
#[server(prefix = "/api", endpoint = "calendar_links")]
pub async fn fetch_calendar_links() -> Result<CalendarLinks, AppError> {
    let user = context::require_user().await?;
    server::links(&user).await
}

/// Gives the signed-in person a new token: the old addresses stop working.
#[server(prefix = "/api", endpoint = "reset_calendar")]
pub async fn reset_calendar() -> Result<(), AppError> {
    let user = context::require_user().await?;
    server::reset(&user).await
}
