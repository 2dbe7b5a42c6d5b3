//! Results per category (ties shown) and the organizer's confirmed selection, which moves
//! every proposal on the ballot to selected or not selected and notifies its proposers.

use super::{Count, ballot_ideas, count, existing_vote, status, winners_per_category};
use crate::domain::audit::AuditAction;
use crate::domain::proposal::{Stage, StageAction};
use crate::domain::vote::VoteStatus;
use crate::domain::vote::tally::{Candidate, CategoryResult, clear_winners, results as rank};
use crate::domain::{Category, FieldErrors, Problem, Role};
use crate::error::AppError;
use crate::features::proposals::BatchMove;
use crate::features::proposals::idea_store as ideas;
use crate::features::vote::server::queries::{self as repo, VoteRow, WriteVoteError};
use crate::features::vote::{PaperPage, VoteResults};
use crate::platform::audit::{self, Entry};
use crate::platform::context::{self, SignedIn};
use crate::platform::state::AppState;

/// The count (digital and paper apart) and the ranked results of a vote.
pub async fn tally(
    state: &AppState,
    id: &str,
    vote: &VoteRow,
) -> Result<(Count, Vec<CategoryResult>), AppError> {
    let count = count(state, id, vote).await?;
    let candidates: Vec<Candidate> = ballot_ideas(state, vote)
        .await?
        .into_iter()
        .zip(count.totals())
        .zip(count.paper.iter().copied())
        .map(|((idea, votes), paper)| Candidate {
            id: idea.id,
            title: idea.title,
            // Every proposal is sent in with a category; an old one without counts as "test".
            category: idea.category.unwrap_or(Category::Test),
            votes,
            paper,
        })
        .collect();
    let ranked = rank(&candidates, winners_per_category(vote));
    Ok((count, ranked))
}

pub async fn results(user: &SignedIn, round_id: &str) -> Result<VoteResults, AppError> {
    let (row, vote) = existing_vote(round_id).await?;
    let is_organizer = user.roles.contains(&Role::Organizer);
    let status = status(&vote);
    if !is_organizer && status != VoteStatus::Closed {
        return Err(AppError::Forbidden);
    }
    let state = context::state()?;
    let (count, results) = tally(&state, &row.id, &vote).await?;
    let confirmed = vote.selection_confirmed_at.is_some();
    let paper = PaperPage {
        round_id: row.id.clone(),
        round_name: row.name.clone(),
        status,
        ideas: ballot_ideas(&state, &vote).await?,
        entries: count.paper_entries.clone(),
        can_enter: false,
        can_correct: false,
    };
    Ok(VoteResults {
        round_id: row.id.clone(),
        round_name: row.name.clone(),
        status,
        ballots: count.ballots(),
        digital_ballots: count.digital_ballots,
        paper_ballots: count.paper_ballots,
        paper,
        winners_per_category: winners_per_category(&vote),
        preselected: clear_winners(&results),
        results,
        selection_confirmed: confirmed,
        can_confirm: is_organizer && status == VoteStatus::Closed && !confirmed,
        can_export: is_organizer,
    })
}

pub async fn confirm(user: &SignedIn, round_id: &str, picks: Vec<String>) -> Result<(), AppError> {
    let (row, vote) = existing_vote(round_id).await?;
    if status(&vote) != VoteStatus::Closed {
        return Err(AppError::conflict("form", Problem::VoteNotClosed, vec![]));
    }
    if vote.selection_confirmed_at.is_some() {
        return Err(AppError::conflict(
            "form",
            Problem::SelectionAlreadyConfirmed,
            vec![],
        ));
    }
    let on_ballot = vote.idea_ids();
    let picks: Vec<&str> = picks
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .collect();
    if picks.iter().any(|p| !on_ballot.iter().any(|id| id == p)) {
        return Err(AppError::invalid(
            FieldErrors::single("picks", Problem::ChoiceInvalid),
            vec![],
        ));
    }
    let state = context::state()?;
    let (_, results) = tally(&state, &row.id, &vote).await?;
    let mut moves = Vec::new();
    for group in &results {
        for result in &group.rows {
            // Every proposal on the ballot moves, each guarded on being on the ballot still:
            // one that is not makes the whole confirmation fail (409), never a silent skip.
            let idea = ideas::by_id(&state.db, &result.candidate.id)
                .await?
                .ok_or(AppError::NotFound)?;
            let selected = picks.contains(&result.candidate.id.as_str());
            let (action, to) = if selected {
                (StageAction::Select, Stage::Selected)
            } else {
                (StageAction::NotSelect, Stage::NotSelected)
            };
            moves.push(BatchMove {
                idea: ideas::idea_id(&idea.id),
                action: action.as_str().to_owned(),
                from: Stage::OnBallot.as_str().to_owned(),
                to: to.as_str().to_owned(),
                reason: format!(
                    "{} röster, plats {} i kategorin",
                    result.candidate.votes, result.place
                ),
                notify: idea.owners_except(&user.id),
            });
        }
    }
    repo::confirm_selection(&state.db, &row.id, moves, &user.id)
        .await
        .map_err(|e| match e {
            WriteVoteError::Db(e) => e.into(),
            _ => AppError::conflict("form", Problem::StageChangeNotAllowed, vec![]),
        })?;
    tracing::info!(round = row.id, by = user.id, "vote selection confirmed");
    let entry = Entry::new(
        AuditAction::SelectionConfirmed,
        Some(&user.id),
        format!("round:{}", row.id),
    )
    .details(format!("{} utvalda", picks.len()));
    audit::record(&state.db, entry.in_round(&row.id)).await;
    leptos_axum::redirect(&format!("/rounds/{}/vote/results?confirmed=1", row.id));
    Ok(())
}
