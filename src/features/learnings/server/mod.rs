//! What the learnings server functions do: a team's cards (read by all staff, written by
//! the team, its coach and organizers) and the gate on moving to learnings.

pub mod library;
pub mod queries;

use surrealdb::types::RecordId;

use crate::domain::learning::{LearningCard, Rating, TestCard, TestResult, TestStatus};
use crate::domain::proposal::{Stage, StageAction};
use crate::domain::{Category, FieldErrors, Problem};
use crate::error::{AppError, Echo};
use crate::features::learnings::{LearningCardView, LinkedTest, TeamCards, TestCardView};
use crate::features::teams::{TeamRow, find_team, viewer_of};
use crate::platform::clock::local_time;
use crate::platform::context::{self, SignedIn};
use crate::platform::db::Db;
use queries::{CardTarget, LearningCardRow, TestCardRow};

/// Whether the team of proposal `idea_id` (same key) has written a learning card.
pub async fn has_learning_card(db: &Db, idea_id: &str) -> Result<bool, AppError> {
    Ok(queries::learning_card_count(db, idea_id).await? > 0)
}

pub fn test_card_view(row: TestCardRow) -> Option<TestCardView> {
    let rating = |n: i64| Rating::from_stored(n).map(Rating::get);
    Some(TestCardView {
        status: TestStatus::parse(&row.status).ok()?,
        result: row
            .result
            .as_deref()
            .and_then(|r| TestResult::parse(r).ok()),
        critical: rating(row.critical)?,
        cost: rating(row.cost)?,
        reliability: rating(row.reliability)?,
        deadline: row.deadline.as_deref().and_then(|d| d.parse().ok()),
        id: row.id,
        name: row.name,
        owner: row.owner,
        duration: row.duration,
        hypothesis: row.hypothesis,
        test: row.test,
        metric: row.metric,
        criteria: row.criteria,
        evidence: row.evidence,
        updated_at: local_time(row.updated_at),
    })
}

pub fn learning_card_view(row: LearningCardRow) -> LearningCardView {
    let tests = row
        .test_ids
        .into_iter()
        .zip(row.test_names)
        .zip(row.test_results)
        .map(|((id, name), result)| LinkedTest {
            id,
            name,
            result: result.as_deref().and_then(|r| TestResult::parse(r).ok()),
        })
        .collect();
    LearningCardView {
        id: row.id,
        title: row.title,
        believed: row.believed,
        observed: row.observed,
        learned: row.learned,
        therefore: row.therefore,
        tests,
        updated_at: local_time(row.updated_at),
    }
}

pub async fn team_cards(user: &SignedIn, team_id: &str) -> Result<TeamCards, AppError> {
    let state = context::state()?;
    let db = &state.db;
    let team = find_team(db, team_id).await?;
    let viewer = viewer_of(db, &team, user).await?;
    let stage = Stage::parse(&team.stage).map_err(|_| AppError::NotFound)?;
    let ids = [team.id.clone()];
    let test_cards = queries::test_cards_of(db, &ids).await?;
    let learning_cards = queries::learning_cards_of(db, &ids).await?;
    let moves = stage.after(StageAction::RecordLearnings).is_some()
        && StageAction::RecordLearnings.is_allowed_for(crate::domain::proposal::Actor {
            is_proposer: false,
            roles: &user.roles,
        });
    Ok(TeamCards {
        can_write: viewer.sees_workspace(),
        can_move_to_learnings: moves && viewer.runs_team(),
        category: team
            .category
            .as_deref()
            .and_then(|c| Category::parse(c).ok()),
        team_id: team.id,
        idea_id: team.idea_id,
        title: team.title,
        round_name: team.round_name,
        stage,
        test_cards: test_cards.into_iter().filter_map(test_card_view).collect(),
        learning_cards: learning_cards.into_iter().map(learning_card_view).collect(),
    })
}

/// The team and the card it writes, after checking the writer may and the card is the team's.
async fn writable(
    db: &Db,
    user: &SignedIn,
    team_id: &str,
    table: &str,
    card_id: Option<&str>,
) -> Result<TeamRow, AppError> {
    let team = find_team(db, team_id).await?;
    if !viewer_of(db, &team, user).await?.sees_workspace() {
        return Err(AppError::Forbidden);
    }
    if let Some(id) = card_id
        && !queries::card_of_team(db, table, id, &team.id).await?
    {
        return Err(AppError::NotFound);
    }
    Ok(team)
}

fn round_of(team: &TeamRow) -> RecordId {
    RecordId::new("round", team.round_id.as_str())
}

pub async fn save_test_card(
    user: &SignedIn,
    team_id: &str,
    card_id: Option<&str>,
    card: TestCard,
) -> Result<(), AppError> {
    let state = context::state()?;
    let db = &state.db;
    let team = writable(db, user, team_id, "test_card", card_id).await?;
    let target = CardTarget {
        team_id: &team.id,
        round: round_of(&team),
        id: card_id,
        by: &user.id,
    };
    queries::save_test_card(db, target, &card).await?;
    tracing::info!(team = team.id, by = user.id, "test card saved");
    leptos_axum::redirect(&format!("/teams/{}/cards?saved=test", team.id));
    Ok(())
}

pub async fn save_learning_card(
    user: &SignedIn,
    team_id: &str,
    card_id: Option<&str>,
    card: LearningCard,
    tests: Vec<String>,
    echo: Echo,
) -> Result<(), AppError> {
    let state = context::state()?;
    let db = &state.db;
    let team = writable(db, user, team_id, "learning_card", card_id).await?;
    let known = queries::test_cards_of_team(db, &team.id, &tests).await?;
    if known.len() != tests.len() {
        return Err(AppError::invalid(
            FieldErrors::single("tests", Problem::ChoiceInvalid),
            echo,
        ));
    }
    let target = CardTarget {
        team_id: &team.id,
        round: round_of(&team),
        id: card_id,
        by: &user.id,
    };
    queries::save_learning_card(db, target, &card, &tests).await?;
    tracing::info!(team = team.id, by = user.id, "learning card saved");
    leptos_axum::redirect(&format!("/teams/{}/cards?saved=learning", team.id));
    Ok(())
}
