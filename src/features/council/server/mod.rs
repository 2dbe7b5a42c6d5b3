//! What the council server functions do: who may score and see scores, and the summary.

pub mod queries;

use std::collections::HashMap;

use crate::domain::council::{Score, ScoreInput, summarise};
use crate::domain::proposal::{Stage, StageAction};
use crate::domain::{Category, Problem, Role};
use crate::error::{AppError, Echo, echo_of};
use crate::features::council::server::queries::{
    self as repo, RecusalRow, SaveScoreError, ScoreRow, SetCriteriaError,
};
use crate::features::council::{CouncilItem, CouncilOverview, CouncilProposal, ScoreView};
use crate::features::proposals::idea_store::{self as ideas, CardRow};
use crate::features::proposals::{stage_of, visible};
use crate::features::rounds::find_round;
use crate::platform::context;
use crate::platform::context::SignedIn;

/// The stages a proposal passes through at the council.
const COUNCIL_STAGES: [Stage; 4] = [
    Stage::Submitted,
    Stage::NeedsDetail,
    Stage::Shortlisted,
    Stage::NotShortlisted,
];

/// Organizers see every score; a council member sees the others' once they have scored.
fn sees_all(user: &SignedIn, scored_by_me: bool) -> bool {
    user.has(Role::Organizer) || scored_by_me
}

fn to_view(row: &ScoreRow) -> ScoreView {
    ScoreView {
        member_name: row.member_name.clone(),
        scores: scores_of(row),
        comment: row.comment.clone(),
    }
}

fn scores_of(row: &ScoreRow) -> Vec<u8> {
    row.scores
        .iter()
        .filter_map(|s| u8::try_from(*s).ok())
        .collect()
}

fn item(
    card: &CardRow,
    stage: Stage,
    scores: &[&ScoreRow],
    recusals: &[RecusalRow],
    user: &SignedIn,
    criteria: usize,
) -> CouncilItem {
    let recused: Vec<&RecusalRow> = recusals.iter().filter(|r| r.idea_id == card.id).collect();
    let scored_by_me = scores.iter().any(|s| s.member_id == user.id);
    let summary = if sees_all(user, scored_by_me) {
        let all: Vec<Vec<u8>> = scores.iter().map(|s| scores_of(s)).collect();
        summarise(&all, criteria)
    } else {
        Vec::new()
    };
    CouncilItem {
        id: card.id.clone(),
        title: card.title.clone(),
        category: card
            .category
            .as_deref()
            .and_then(|c| Category::parse(c).ok()),
        stage,
        scored_by: scores.len() as u32,
        scored_by_me,
        summary,
        recused_me: recused.iter().any(|r| r.member_id == user.id),
        recused: recused.iter().map(|r| r.member_name.clone()).collect(),
    }
}

pub async fn overview(user: &SignedIn, round_id: &str) -> Result<CouncilOverview, AppError> {
    let (round_row, round) = find_round(round_id).await?;
    let state = context::state()?;
    let criteria = repo::criteria(&state.db, &round_row.id).await?;
    let all_scores = repo::of_round(&state.db, &round_row.id).await?;
    let recusals = repo::recusals(&state.db, &round_row.id).await?;
    let mut by_idea: HashMap<&str, Vec<&ScoreRow>> = HashMap::new();
    for score in &all_scores {
        by_idea
            .entry(score.idea_id.as_str())
            .or_default()
            .push(score);
    }
    let items = ideas::cards_of_round(&state.db, &round_row.id, &[])
        .await?
        .iter()
        .filter_map(|card| {
            let stage = Stage::parse(&card.stage).ok()?;
            COUNCIL_STAGES.contains(&stage).then(|| {
                let scores = by_idea.get(card.id.as_str()).cloned().unwrap_or_default();
                item(card, stage, &scores, &recusals, user, criteria.len())
            })
        })
        .collect();
    Ok(CouncilOverview {
        round_id: round_row.id,
        round_name: round.name.as_str().to_owned(),
        criteria_locked: !all_scores.is_empty(),
        criteria,
        is_organizer: user.has(Role::Organizer),
        is_member: user.has(Role::CouncilMember),
        items,
    })
}

pub async fn proposal(user: &SignedIn, id: &str) -> Result<CouncilProposal, AppError> {
    let (row, stage) = visible(id, user).await?;
    // Drafts never reach the council; later stages keep their council record to read.
    if stage == Stage::Draft {
        return Err(AppError::NotFound);
    }
    let (_, round) = find_round(&row.round_id).await?;
    let state = context::state()?;
    let criteria = repo::criteria(&state.db, &row.round_id).await?;
    let scores = repo::of_idea(&state.db, &row.id).await?;
    let recusals = repo::recusals(&state.db, &row.round_id).await?;
    let mine = scores.iter().find(|s| s.member_id == user.id).map(|s| {
        let values = scores_of(s);
        let slot = |i: usize| values.get(i).map(u8::to_string).unwrap_or_default();
        ScoreInput {
            score_1: slot(0),
            score_2: slot(1),
            score_3: slot(2),
            score_4: slot(3),
            score_5: slot(4),
            score_6: slot(5),
            comment: s.comment.clone(),
        }
    });
    let card = CardRow {
        id: row.id.clone(),
        title: row.title.clone(),
        category: row.category.clone(),
        unit: row.unit.clone(),
        stage: row.stage.clone(),
        proposer_name: row.proposer_name.clone(),
    };
    let score_refs: Vec<&ScoreRow> = scores.iter().collect();
    let item = item(&card, stage, &score_refs, &recusals, user, criteria.len());
    let visible_scores = if sees_all(user, item.scored_by_me) {
        scores.iter().map(to_view).collect()
    } else {
        Vec::new()
    };
    let decisions = if user.has(Role::Organizer) && stage == Stage::Submitted {
        vec![StageAction::Shortlist, StageAction::Decline]
    } else {
        Vec::new()
    };
    Ok(CouncilProposal {
        round_id: row.round_id.clone(),
        round_name: round.name.as_str().to_owned(),
        can_score: user.has(Role::CouncilMember)
            && stage == Stage::Submitted
            && !item.scored_by_me
            && !item.recused_me,
        is_member: user.has(Role::CouncilMember),
        item,
        criteria,
        mine,
        scores: visible_scores,
        decisions,
    })
}

pub async fn save_score(user: &SignedIn, id: &str, input: ScoreInput) -> Result<(), AppError> {
    let (row, _) = visible(id, user).await?;
    let stage = stage_of(&row)?;
    let refuse = |problem| AppError::conflict("form", problem, echo_of(&input));
    if stage != Stage::Submitted {
        return Err(refuse(Problem::ScoringClosed));
    }
    if row.is_owned_by(&user.id) {
        return Err(refuse(Problem::RecusedOwnProposal));
    }
    let state = context::state()?;
    let criteria = repo::criteria(&state.db, &row.round_id).await?;
    let score = Score::parse(&input, criteria.len())
        .map_err(|errors| AppError::invalid(errors, echo_of(&input)))?;
    repo::save(
        &state.db,
        &row.id,
        &row.round_id,
        &user.id,
        &score.scores,
        &score.comment,
    )
    .await
    .map_err(|e| match e {
        SaveScoreError::ScoringClosed => refuse(Problem::ScoringClosed),
        SaveScoreError::Recused => refuse(Problem::RecusedOwnProposal),
        SaveScoreError::AlreadyScored => refuse(Problem::ScoreLocked),
        SaveScoreError::Db(e) => e.into(),
    })?;
    tracing::info!(id = row.id, by = user.id, "council score saved");
    leptos_axum::redirect(&format!("/proposals/{}/council?saved=1", row.id));
    Ok(())
}

pub async fn set_criteria(
    user: &SignedIn,
    round_id: &str,
    criteria: Vec<String>,
    echo: Echo,
) -> Result<(), AppError> {
    let (round_row, _) = find_round(round_id).await?;
    let state = context::state()?;
    repo::set_criteria(&state.db, &round_row.id, criteria)
        .await
        .map_err(|e| match e {
            SetCriteriaError::InUse => AppError::conflict("criteria", Problem::CriteriaInUse, echo),
            SetCriteriaError::Db(e) => e.into(),
        })?;
    tracing::info!(round = round_row.id, by = user.id, "council criteria set");
    leptos_axum::redirect(&format!("/rounds/{}/council?saved=1", round_row.id));
    Ok(())
}
