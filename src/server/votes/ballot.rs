//! The voter's side: which votes are open, the ballot (by code or signed in), casting it,
//! and the receipt.

use super::codes::{code_hash, find};
use super::{ballot_ideas, count, existing_vote, status, votes_per_voter};
use crate::api::votes::{BallotForm, OpenVote, Receipt};
use crate::domain::vote::{Ballot, VoteStatus};
use crate::domain::{FieldErrors, Problem};
use crate::error::{AppError, Echo};
use crate::server::context;
use crate::server::repo::votes::{self as repo, CastError, VoteRow, Voter, key_of};

pub async fn open_votes() -> Result<Vec<OpenVote>, AppError> {
    let user = context::require_user().await?;
    let state = context::state()?;
    let mut votes = Vec::new();
    for row in repo::open_votes(&state.db).await? {
        let has_voted = repo::has_voted(&state.db, &row.id, &user.id).await?;
        votes.push(OpenVote {
            round_id: row.id,
            round_name: row.round_name,
            has_voted,
        });
    }
    Ok(votes)
}

/// 409 unless the vote takes ballots now.
fn check_open(vote: &VoteRow, field: &str, echo: &Echo) -> Result<(), AppError> {
    match status(vote) {
        VoteStatus::Open => Ok(()),
        VoteStatus::NotOpen => Err(AppError::conflict(
            field,
            Problem::VoteNotOpen,
            echo.clone(),
        )),
        VoteStatus::Closed => Err(AppError::conflict(field, Problem::VoteClosed, echo.clone())),
    }
}

pub async fn form(code: &str, round_id: &str) -> Result<BallotForm, AppError> {
    let echo = vec![("code".to_owned(), code.to_owned())];
    let (round_id, shown_code) = if !code.trim().is_empty() {
        let given_round = Some(round_id.trim()).filter(|id| !id.is_empty());
        let (code, stored) = find(given_round, code).await?;
        (key_of(&stored.vote), Some(code.display()))
    } else if !round_id.trim().is_empty() {
        let user = context::require_user().await?;
        let state = context::state()?;
        if repo::has_voted(&state.db, round_id.trim(), &user.id).await? {
            return Err(AppError::conflict("form", Problem::AlreadyVoted, echo));
        }
        (round_id.trim().to_owned(), None)
    } else {
        return Err(AppError::invalid(
            FieldErrors::single("code", Problem::Required),
            echo,
        ));
    };
    let (row, vote) = existing_vote(&round_id).await?;
    check_open(&vote, "code", &echo)?;
    let state = context::state()?;
    Ok(BallotForm {
        round_id: row.id.clone(),
        round_name: row.name.clone(),
        code: shown_code,
        votes_per_voter: votes_per_voter(&vote),
        ideas: ballot_ideas(&state, &vote).await?,
    })
}

pub async fn cast(round_id: &str, code: &str, picks: Vec<String>) -> Result<(), AppError> {
    let echo = vec![("code".to_owned(), code.to_owned())];
    let (row, vote) = existing_vote(round_id).await?;
    let (hash, user) = if code.trim().is_empty() {
        (None, Some(context::require_user().await?))
    } else {
        let (code, _) = find(Some(&row.id), code).await?;
        (Some(code_hash(&code)), None)
    };
    check_open(&vote, "form", &echo)?;
    let ballot = Ballot::parse(&picks, &vote.idea_ids(), votes_per_voter(&vote))
        .map_err(|p| AppError::invalid(FieldErrors::single("picks", p), echo.clone()))?;
    let voter = match (&hash, &user) {
        (Some(hash), _) => Voter::Code(hash),
        (None, Some(user)) => Voter::Staff(&user.id),
        (None, None) => return Err(AppError::Unauthorized),
    };
    let state = context::state()?;
    repo::cast(&state.db, &row.id, voter, ballot.choices())
        .await
        .map_err(|e| match e {
            CastError::NotOpen => AppError::conflict("form", Problem::VoteNotOpen, echo.clone()),
            CastError::Closed => AppError::conflict("form", Problem::VoteClosed, echo.clone()),
            CastError::CodeUsed => AppError::conflict("code", Problem::VoterCodeUsed, echo.clone()),
            CastError::AlreadyVoted => {
                AppError::conflict("form", Problem::AlreadyVoted, echo.clone())
            }
            CastError::Db(e) => e.into(),
        })?;
    state.live.bump(&row.id);
    leptos_axum::redirect(&format!(
        "/rosta/tack?omrostning={}&antal={}",
        row.id,
        ballot.choices().len()
    ));
    Ok(())
}

pub async fn receipt(round_id: &str) -> Result<Receipt, AppError> {
    let (row, vote) = existing_vote(round_id).await?;
    let state = context::state()?;
    let (ballots, _) = count(&state, &row.id, &vote).await?;
    Ok(Receipt {
        round_id: row.id.clone(),
        round_name: row.name.clone(),
        ballots,
    })
}
