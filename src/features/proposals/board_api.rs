//! The pipeline board of a round, and the proposer's own list ("Mina förslag").

use chrono::NaiveDateTime;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::Category;
use crate::domain::proposal::{Stage, StageAction};
use crate::error::AppError;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CardView {
    pub id: String,
    pub title: String,
    pub category: Option<Category>,
    pub unit: String,
    pub stage: Stage,
    pub proposer_name: Option<String>,
    /// Moves the viewer can make from the card (those without a required reason).
    pub actions: Vec<StageAction>,
}

/// The board's filters as typed in the query string; empty means "all".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BoardFilter {
    pub category: String,
    pub unit: String,
    pub stage: String,
    pub q: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BoardView {
    pub round_id: String,
    pub round_name: String,
    /// Cards that match the filters, oldest first.
    pub cards: Vec<CardView>,
    /// Matching cards per stage, every stage of the board listed.
    pub counts: Vec<(Stage, u32)>,
    /// Every unit that has a proposal in the round, for the filter.
    pub units: Vec<String>,
    pub total: u32,
    pub submission_open: bool,
    /// The viewer is a council member or organizer: link to the council meeting.
    pub can_council: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyProposal {
    pub id: String,
    pub round_name: String,
    pub title: String,
    pub stage: Stage,
    /// The newest question or decision with its reason.
    pub latest: Option<(StageAction, String)>,
    pub updated: NaiveDateTime,
}

/// Staff and up: the board of a round, filtered.
#[server(prefix = "/api", endpoint = "board")]
pub async fn fetch_board(round_id: String, filter: BoardFilter) -> Result<BoardView, AppError> {
    crate::features::proposals::server::board::load(&round_id, filter).await
}

#[server(prefix = "/api", endpoint = "my_proposals")]
pub async fn my_proposals() -> Result<Vec<MyProposal>, AppError> {
    crate::features::proposals::server::mine::load().await
}
