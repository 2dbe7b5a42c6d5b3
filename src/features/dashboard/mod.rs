//! The organizers' dashboard: the funnel per round and across rounds (submitted →
//! shortlisted → on ballot → selected → tested → followed up), budget use per team, what is
//! late in the follow-up, and participation (staff who submitted, voted with an account or
//! took part in a team). Charts are server-rendered SVG with a table beside each.

pub mod pages;
#[cfg(feature = "ssr")]
mod server;
#[cfg(feature = "ssr")]
use crate::{domain::Role, platform::context};

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::Ore;
use crate::error::AppError;
use crate::features::report::Figures;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoundFigures {
    pub round_id: String,
    pub name: String,
    pub figures: Figures,
    /// Staff who sent in a proposal (as proposer or co-proposer), each once.
    pub proposers: u32,
    /// Staff who voted with their account (voters with a code are not counted here).
    pub voted_with_account: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamBudget {
    pub team_id: String,
    pub title: String,
    pub round_name: String,
    pub budget: Ore,
    pub spent: Ore,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dashboard {
    /// Newest round first.
    pub rounds: Vec<RoundFigures>,
    /// Every round's figures added up.
    pub totals: Figures,
    pub budgets: Vec<TeamBudget>,
    pub overdue_actions: u32,
    pub checkins_waiting: u32,
}

/// Organizers: the dashboard.
#[server(prefix = "/api", endpoint = "dashboard")]
pub async fn fetch_dashboard() -> Result<Dashboard, AppError> {
    context::require_role(Role::Organizer).await?;
    let state = context::state()?;
    server::dashboard(&state.db).await
}
