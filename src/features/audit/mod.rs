//! The audit log for organizers: who did what and when, filtered by kind and dates, and
//! as a CSV file. Nothing here changes an entry: the log is only ever added to (by
//! `platform::audit`, from the features where things happen).

pub mod pages;
#[cfg(feature = "ssr")]
mod server;

/// The log as a CSV download (a plain route).
#[cfg(feature = "ssr")]
pub use server::audit_csv;

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::audit::AuditAction;
use crate::error::AppError;
use crate::i18n::{I18n, T};

/// Who acted in an entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Actor {
    Person(String),
    /// The account has been erased since.
    FormerStaff,
    /// Nobody: ballots are never linked to anyone.
    Nobody,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    /// Stockholm time, `2026-12-06 10:15:03`.
    pub at: String,
    pub actor: Actor,
    pub action: AuditAction,
    /// What it was done to: `idea:…`, `round:…`, `team:…`, a file name.
    pub subject: String,
    /// The person it was about (a role, a password link), if any.
    pub person: Option<Actor>,
    pub round_name: Option<String>,
    pub details: String,
}

/// Who acted, as the page and the CSV file say it.
pub fn actor_text(i18n: I18n, actor: &Actor) -> String {
    match actor {
        Actor::Person(name) => name.clone(),
        Actor::FormerStaff => i18n.t(T::AuditFormerStaff).to_owned(),
        Actor::Nobody => i18n.t(T::AuditNobody).to_owned(),
    }
}

/// The newest entries shown at once (the CSV file has them all).
pub const SHOWN: usize = 500;

/// Organizers: the log, newest first, of one kind (`action`, empty for all) between two
/// dates (`YYYY-MM-DD`, either empty for open).
#[server(prefix = "/api", endpoint = "audit_log")]
pub async fn fetch_audit_log(
    #[server(default)] action: String,
    #[server(default)] from: String,
    #[server(default)] to: String,
) -> Result<Vec<AuditEntry>, AppError> {
    crate::platform::context::require_role(crate::domain::Role::Organizer).await?;
    let filter = server::Filter::parse(&action, &from, &to)?;
    let state = crate::platform::context::state()?;
    server::entries(&state.db, &filter, Some(SHOWN)).await
}
