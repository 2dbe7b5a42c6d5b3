//! Rounds: read by anyone, created and edited by organizers.

pub mod pages;
#[cfg(feature = "ssr")]
mod server;
#[cfg(feature = "ssr")]
use {
    crate::domain::{Role, round::NewRound},
    crate::error::echo_of,
    crate::platform::{context, ids::checked_id},
};

/// What other features build on: a round by id with its parsed rules, its row, and the
/// round store (demo data, benchmarks and tests make rounds directly).
#[cfg(feature = "ssr")]
pub use server::{
    demo::{open_round, parse_demo_round},
    find_round, queries as round_store,
    queries::RoundRow,
};

use chrono::NaiveDate;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::round::{RoundFormat, RoundInput, Schedule, ScheduleStatus};
use crate::domain::{Category, Ore};
use crate::error::AppError;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoundView {
    pub id: String,
    pub name: String,
    pub format: RoundFormat,
    pub default_budget: Ore,
    pub schedule: Schedule,
    pub status: ScheduleStatus,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdeaView {
    pub id: String,
    pub title: String,
    pub category: Category,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoundDetail {
    pub round: RoundView,
    pub ideas: Vec<IdeaView>,
    pub today: NaiveDate,
    pub can_edit: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HomeOverview {
    pub current: Option<RoundDetail>,
    pub rounds: Vec<RoundView>,
}

#[server(prefix = "/api", endpoint = "home_overview")]
pub async fn fetch_home_overview() -> Result<HomeOverview, AppError> {
    // Anyone: the home page.
    let viewer = context::current_user().await?;
    server::home_overview(viewer.as_ref()).await
}

#[server(prefix = "/api", endpoint = "list_rounds")]
pub async fn list_rounds() -> Result<Vec<RoundView>, AppError> {
    // Anyone: the list of rounds.
    server::list().await
}

#[server(prefix = "/api", endpoint = "round_detail")]
pub async fn fetch_round_detail(id: String) -> Result<RoundDetail, AppError> {
    // Anyone: a round's page (organizers also get its edit link).
    let viewer = context::current_user().await?;
    server::detail(viewer.as_ref(), checked_id(&id)?).await
}

/// The edit form's starting values (organizers only).
#[server(prefix = "/api", endpoint = "round_for_edit")]
pub async fn round_for_edit(id: String) -> Result<RoundInput, AppError> {
    context::require_role(Role::Organizer).await?;
    server::for_edit(checked_id(&id)?).await
}

#[server(prefix = "/api", endpoint = "create_round")]
pub async fn create_round(round: RoundInput) -> Result<(), AppError> {
    let user = context::require_role(Role::Organizer).await?;
    let echo = echo_of(&round);
    let round =
        NewRound::parse(&round).map_err(|errors| AppError::invalid(errors, echo.clone()))?;
    server::create(&user, round, echo).await
}

#[server(prefix = "/api", endpoint = "update_round")]
pub async fn update_round(id: String, round: RoundInput) -> Result<(), AppError> {
    let user = context::require_role(Role::Organizer).await?;
    let id = checked_id(&id)?;
    let echo = echo_of(&round);
    let round =
        NewRound::parse(&round).map_err(|errors| AppError::invalid(errors, echo.clone()))?;
    server::update(&user, id, round, echo).await
}
