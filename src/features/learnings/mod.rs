//! Learnings: each team's test cards and learning cards (the Strategyzer cards), and the
//! learnings library across all rounds, searchable by text, category and round and read by
//! all staff, so the next cohort starts from what earlier teams found out.

pub mod pages;
#[cfg(feature = "ssr")]
mod server;
#[cfg(feature = "ssr")]
use {
    crate::domain::learning::{LearningCard, TestCard},
    crate::error::echo_of,
    crate::platform::{context, ids::checked_id},
};

/// What the proposal stage rules (moving to learnings) and the report build on.
#[cfg(feature = "ssr")]
pub use server::{
    has_learning_card,
    queries::{LearningCardRow, learning_cards_of},
};

use chrono::{NaiveDate, NaiveDateTime};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::Category;
use crate::domain::learning::{LearningCardInput, TestCardInput, TestResult, TestStatus};
use crate::domain::proposal::Stage;
use crate::error::AppError;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TestCardView {
    pub id: String,
    pub name: String,
    pub owner: String,
    pub deadline: Option<NaiveDate>,
    pub duration: String,
    pub hypothesis: String,
    pub critical: u8,
    pub test: String,
    pub cost: u8,
    pub reliability: u8,
    pub metric: String,
    pub criteria: String,
    pub status: TestStatus,
    pub result: Option<TestResult>,
    pub evidence: String,
    pub updated_at: NaiveDateTime,
}

impl TestCardView {
    /// The card as its form shows it for editing.
    pub fn to_input(&self) -> TestCardInput {
        TestCardInput {
            name: self.name.clone(),
            owner: self.owner.clone(),
            deadline: self.deadline.map(|d| d.to_string()).unwrap_or_default(),
            duration: self.duration.clone(),
            hypothesis: self.hypothesis.clone(),
            critical: self.critical.to_string(),
            test: self.test.clone(),
            cost: self.cost.to_string(),
            reliability: self.reliability.to_string(),
            metric: self.metric.clone(),
            criteria: self.criteria.clone(),
            status: self.status.as_str().to_owned(),
            result: self
                .result
                .map(|r| r.as_str().to_owned())
                .unwrap_or_default(),
            evidence: self.evidence.clone(),
        }
    }
}

/// A test card behind a learning card, as the learning card names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LinkedTest {
    pub id: String,
    pub name: String,
    pub result: Option<TestResult>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LearningCardView {
    pub id: String,
    pub title: String,
    pub believed: String,
    pub observed: String,
    pub learned: String,
    pub therefore: String,
    pub tests: Vec<LinkedTest>,
    pub updated_at: NaiveDateTime,
}

impl LearningCardView {
    pub fn to_input(&self) -> LearningCardInput {
        LearningCardInput {
            title: self.title.clone(),
            believed: self.believed.clone(),
            observed: self.observed.clone(),
            learned: self.learned.clone(),
            therefore: self.therefore.clone(),
        }
    }
}

/// A team's cards: everyone signed in reads them; the team, its coach and organizers write.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamCards {
    pub team_id: String,
    pub idea_id: String,
    pub title: String,
    pub category: Option<Category>,
    pub round_name: String,
    pub stage: Stage,
    pub can_write: bool,
    /// The coach or an organizer, while the proposal is in test: may move it to learnings.
    pub can_move_to_learnings: bool,
    pub test_cards: Vec<TestCardView>,
    pub learning_cards: Vec<LearningCardView>,
}

/// One learning in the library, with where it comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LibraryEntry {
    pub card: LearningCardView,
    pub team_id: String,
    pub idea_title: String,
    pub category: Option<Category>,
    pub round_id: String,
    pub round_name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoundChoice {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LibraryFilter {
    #[serde(default)]
    pub q: String,
    #[serde(default)]
    pub category: String,
    #[serde(default)]
    pub round: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Library {
    pub entries: Vec<LibraryEntry>,
    pub rounds: Vec<RoundChoice>,
}

/// Any signed-in person: a team's test and learning cards.
#[server(prefix = "/api", endpoint = "team_cards")]
pub async fn fetch_team_cards(team_id: String) -> Result<TeamCards, AppError> {
    let user = context::require_user().await?;
    server::team_cards(&user, checked_id(&team_id)?).await
}

/// The team, its coach or an organizer: a new test card (empty `card_id`) or a change.
#[server(prefix = "/api", endpoint = "save_test_card")]
pub async fn save_test_card(
    team_id: String,
    #[server(default)] card_id: String,
    #[server(default)] card: TestCardInput,
) -> Result<(), AppError> {
    let user = context::require_user().await?;
    let team_id = checked_id(&team_id)?;
    let card_id = optional_id(&card_id)?;
    let parsed =
        TestCard::parse(&card).map_err(|errors| AppError::invalid(errors, echo_of(&card)))?;
    server::save_test_card(&user, team_id, card_id, parsed).await
}

/// The team, its coach or an organizer: a new learning card (empty `card_id`) or a
/// change; `tests` are the ids of the team's test cards behind it.
#[server(prefix = "/api", endpoint = "save_learning_card")]
pub async fn save_learning_card(
    team_id: String,
    #[server(default)] card_id: String,
    #[server(default)] card: LearningCardInput,
    #[server(default)] tests: Vec<String>,
) -> Result<(), AppError> {
    let user = context::require_user().await?;
    let team_id = checked_id(&team_id)?;
    let card_id = optional_id(&card_id)?;
    let echo = echo_of(&card);
    let parsed =
        LearningCard::parse(&card).map_err(|errors| AppError::invalid(errors, echo.clone()))?;
    let mut test_ids: Vec<String> = Vec::new();
    for id in tests.iter().filter(|t| !t.trim().is_empty()) {
        let id = checked_id(id).map_err(|_| {
            AppError::invalid(
                crate::domain::FieldErrors::single("tests", crate::domain::Problem::ChoiceInvalid),
                echo.clone(),
            )
        })?;
        if !test_ids.iter().any(|t| t == id) {
            test_ids.push(id.to_owned());
        }
    }
    server::save_learning_card(&user, team_id, card_id, parsed, test_ids, echo).await
}

/// Any signed-in person: the learnings of every round, filtered.
#[server(prefix = "/api", endpoint = "learnings_library")]
pub async fn fetch_library(filter: LibraryFilter) -> Result<Library, AppError> {
    context::require_user().await?;
    server::library::search(&filter).await
}

#[cfg(feature = "ssr")]
fn optional_id(id: &str) -> Result<Option<&str>, AppError> {
    match id.trim() {
        "" => Ok(None),
        id => checked_id(id).map(Some),
    }
}
