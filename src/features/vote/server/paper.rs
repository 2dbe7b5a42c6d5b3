//! Paper ballots: the organizer enters each counted box (totals per proposal, the number
//! of ballots, who counted and who confirmed) while the vote is open, and corrects an entry
//! only with a reason until the selection is confirmed. Results count the active entries.

use super::{ballot_ideas, existing_vote, status, votes_per_voter};
use crate::domain::Problem;
use crate::domain::vote::VoteStatus;
use crate::domain::vote::paper::{PaperCount, PaperCountInput, count_field};
use crate::error::{AppError, echo_of};
use crate::features::vote::server::queries::paper_counts::{
    self as repo, NewPaperCount, PaperError, PaperRow,
};
use crate::features::vote::server::queries::{VoteRow, vote_id};
use crate::features::vote::{PaperEntry, PaperPage};
use crate::platform::auth::token_hash;
use crate::platform::clock::local_time;
use crate::platform::context::{self, SignedIn};
use crate::platform::state::AppState;
use surrealdb::types::RecordId;

/// The paper part of a vote's count: ballots, votes per proposal in ballot order, and every
/// entry (superseded ones too) for the record.
pub struct PaperTotals {
    pub ballots: u32,
    pub votes: Vec<u32>,
    pub entries: Vec<PaperEntry>,
}

fn to_u32(n: i64) -> u32 {
    u32::try_from(n).unwrap_or(0)
}

fn to_entry(row: &PaperRow) -> PaperEntry {
    PaperEntry {
        id: row.id.clone(),
        box_name: row.box_name.clone(),
        version: to_u32(row.version),
        ballots: to_u32(row.ballots),
        counts: row.counts.iter().map(|c| to_u32(*c)).collect(),
        counted_by: row.counted_by.clone(),
        confirmed_by: row.confirmed_by.clone(),
        entered_by: row.entered_by_name.clone().unwrap_or_default(),
        reason: row.reason.clone(),
        superseded: row.superseded,
        at: local_time(row.at),
    }
}

pub async fn totals(state: &AppState, id: &str, vote: &VoteRow) -> Result<PaperTotals, AppError> {
    let rows = repo::of_vote(&state.db, id).await?;
    let mut ballots = 0u32;
    let mut votes = vec![0u32; vote.ideas.len()];
    for row in rows.iter().filter(|r| !r.superseded) {
        ballots = ballots.saturating_add(to_u32(row.ballots));
        for (total, count) in votes.iter_mut().zip(&row.counts) {
            *total = total.saturating_add(to_u32(*count));
        }
    }
    Ok(PaperTotals {
        ballots,
        votes,
        entries: rows.iter().map(to_entry).collect(),
    })
}

pub async fn page(round_id: &str) -> Result<PaperPage, AppError> {
    let (round, vote) = existing_vote(round_id).await?;
    let state = context::state()?;
    let status = status(&vote);
    let confirmed = vote.selection_confirmed_at.is_some();
    Ok(PaperPage {
        round_id: round.id.clone(),
        round_name: round.name.clone(),
        status,
        ideas: ballot_ideas(&state, &vote).await?,
        entries: totals(&state, &round.id, &vote).await?.entries,
        can_enter: status == VoteStatus::Open && !confirmed,
        can_correct: status != VoteStatus::NotOpen && !confirmed,
    })
}

/// A box name's key: the same name, whatever its case or spacing, is the same box.
fn box_key(name: &str) -> String {
    let normal = name
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    token_hash(&normal)[..16].to_owned()
}

pub async fn save(
    user: &SignedIn,
    round_id: &str,
    replaces: &str,
    input: PaperCountInput,
) -> Result<(), AppError> {
    let (round, vote) = existing_vote(round_id).await?;
    let state = context::state()?;
    let mut echo = echo_of(&input);
    echo.extend(
        input
            .counts
            .iter()
            .enumerate()
            .map(|(i, typed)| (count_field(i), typed.clone())),
    );
    let replaced = match replaces.trim() {
        "" => None,
        id => Some(
            repo::by_id(&state.db, &round.id, id)
                .await?
                .ok_or(AppError::NotFound)?,
        ),
    };
    let count = PaperCount::parse(
        &input,
        vote.ideas.len(),
        votes_per_voter(&vote),
        replaced.is_some(),
    )
    .map_err(|errors| AppError::invalid(errors, echo.clone()))?;
    let (box_name, box_key, version) = match &replaced {
        // A correction keeps its box: the name cannot move figures to another box.
        Some(old) => (old.box_name.clone(), old.box_key.clone(), old.version + 1),
        None => (count.box_name.clone(), box_key(&count.box_name), 1),
    };
    let record = NewPaperCount {
        vote: vote_id(&round.id),
        box_name,
        box_key,
        version,
        ballots: i64::from(count.ballots),
        counts: count.counts.iter().map(|c| i64::from(*c)).collect(),
        counted_by: count.counted_by.clone(),
        confirmed_by: count.confirmed_by.clone(),
        entered_by: Some(RecordId::new("user", user.id.as_str())),
        reason: count.reason.clone(),
    };
    let replaces = replaced
        .as_ref()
        .map(|old| RecordId::new("paper_count", old.id.as_str()));
    let refuse = |field: &str, problem| AppError::conflict(field, problem, echo.clone());
    repo::add(&state.db, &round.id, record, replaces)
        .await
        .map_err(|e| match e {
            PaperError::NotOpen => refuse("form", Problem::VoteNotOpen),
            PaperError::Closed => refuse("form", Problem::VoteClosed),
            PaperError::SelectionConfirmed => refuse("form", Problem::SelectionAlreadyConfirmed),
            PaperError::Replaced => refuse("form", Problem::PaperEntryReplaced),
            PaperError::BoxExists => refuse("box_name", Problem::PaperBoxExists),
            PaperError::Db(e) => e.into(),
        })?;
    tracing::info!(round = round.id, by = user.id, "paper ballots entered");
    leptos_axum::redirect(&format!("/rounds/{}/vote/paper?saved=1", round.id));
    Ok(())
}
