//! The accessibility statement (`/tillganglighet`, as DIGG's template asks) with its form
//! to report a barrier, and the organizers' list of reported barriers.

pub mod pages;
#[cfg(feature = "ssr")]
mod server;

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// A reported barrier, as organizers see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BarrierReport {
    pub id: String,
    /// Stockholm time, `2026-12-06 10:15`.
    pub at: String,
    pub page: String,
    pub description: String,
    pub contact: String,
    /// The signed-in reporter's name, if they were signed in.
    pub reporter: Option<String>,
    pub handled: bool,
}

/// Anyone, signed in or not: reports a barrier (what, where, how to reach them if they
/// want an answer). Limited per address; the texts never hold identity numbers.
#[server(prefix = "/api", endpoint = "report_barrier")]
pub async fn report_barrier(
    #[server(default)] page: String,
    description: String,
    #[server(default)] contact: String,
) -> Result<(), AppError> {
    server::report(&page, &description, &contact).await?;
    leptos_axum::redirect("/tillganglighet?skickad=1#rapportera");
    Ok(())
}

/// Organizers: every reported barrier, the unhandled first, newest first.
#[server(prefix = "/api", endpoint = "barrier_reports")]
pub async fn fetch_barrier_reports() -> Result<Vec<BarrierReport>, AppError> {
    crate::platform::context::require_role(crate::domain::Role::Organizer).await?;
    server::list().await
}

/// Organizers: marks a report handled.
#[server(prefix = "/api", endpoint = "handle_barrier_report")]
pub async fn handle_barrier_report(id: String) -> Result<(), AppError> {
    let organizer = crate::platform::context::require_role(crate::domain::Role::Organizer).await?;
    server::mark_handled(&organizer, crate::platform::ids::checked_id(&id)?).await?;
    leptos_axum::redirect("/tillganglighet/rapporter");
    Ok(())
}
