//! Rounds: read by anyone, created and edited by organizers.

pub mod pages;
#[cfg(feature = "ssr")]
pub mod server;

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
    server::home_overview().await
}

#[server(prefix = "/api", endpoint = "list_rounds")]
pub async fn list_rounds() -> Result<Vec<RoundView>, AppError> {
    server::list().await
}

#[server(prefix = "/api", endpoint = "round_detail")]
pub async fn fetch_round_detail(id: String) -> Result<RoundDetail, AppError> {
    server::detail(&id).await
}

/// The edit form's starting values (organizers only).
#[server(prefix = "/api", endpoint = "round_for_edit")]
pub async fn round_for_edit(id: String) -> Result<RoundInput, AppError> {
    server::for_edit(&id).await
}

#[server(prefix = "/api", endpoint = "create_round")]
pub async fn create_round(round: RoundInput) -> Result<(), AppError> {
    server::create(round).await
}

#[server(prefix = "/api", endpoint = "update_round")]
pub async fn update_round(id: String, round: RoundInput) -> Result<(), AppError> {
    server::update(&id, round).await
}
