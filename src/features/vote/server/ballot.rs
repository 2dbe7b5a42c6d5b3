//! The voter's side: which votes are open, the ballot (by code or signed in), casting it,
//! and the receipt. Every path checks the vote's state and who may vote in it before a
//! code is looked up, so codes cannot be tried out before a vote opens.

use super::codes::{code_hash, find, ready_to_vote};
use super::review;
use super::{access, ballot_ideas, count, existing_vote, status, votes_per_voter};
use crate::domain::vote::{Ballot, VoteAccess, VoteStatus, VoterCode};
use crate::domain::{FieldErrors, Problem};
use crate::error::{AppError, Echo};
use crate::features::vote::server::cast_queue::CastQueue;
use crate::features::vote::server::queries::{self as repo, CastError, VoteRow};
use crate::features::vote::{BallotForm, OpenVote, Receipt};
use crate::platform::context;
use crate::platform::context::SignedIn;
use crate::platform::ids::{checked_id, key_of};

/// Whether a vote is open right now (a hall may be signing in from behind one address).
pub async fn a_vote_is_open(db: &crate::platform::db::Db) -> Result<bool, AppError> {
    Ok(!repo::open_votes(db).await?.is_empty())
}

pub async fn open_votes(user: &SignedIn) -> Result<Vec<OpenVote>, AppError> {
    let state = context::state()?;
    let mut votes = Vec::new();
    for row in repo::open_votes(&state.db).await? {
        let has_voted = repo::has_voted(&state.db, &row.id, &user.id).await?;
        let accounts_allowed = VoteAccess::parse(&row.access)
            .unwrap_or_default()
            .allows_accounts();
        votes.push(OpenVote {
            round_id: row.id,
            round_name: row.round_name,
            has_voted,
            accounts_allowed,
        });
    }
    Ok(votes)
}

/// The votes open at this moment, as (round id, round name).
pub async fn open_now() -> Result<Vec<(String, String)>, AppError> {
    let state = context::state()?;
    Ok(repo::open_votes(&state.db)
        .await?
        .into_iter()
        .map(|row| (row.id, row.round_name))
        .collect())
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

/// 409 unless this vote takes codes from this person: not in an accounts-only vote, and
/// not from someone signed in where accounts may vote (they vote with the account).
fn check_code_allowed(
    vote: &VoteRow,
    user: Option<&SignedIn>,
    echo: &Echo,
) -> Result<(), AppError> {
    let access = access(vote);
    if !access.allows_codes() {
        return Err(AppError::conflict(
            "code",
            Problem::VoteAccountsOnly,
            echo.clone(),
        ));
    }
    if user.is_some() && access.allows_accounts() {
        return Err(AppError::conflict(
            "code",
            Problem::CodesAreForPeopleWithoutAccount,
            echo.clone(),
        ));
    }
    Ok(())
}

/// A typed code for the vote of `round_id` (or, from the QR link, for whichever vote is
/// open): the vote's state and access first, then the lookup. A refusal for the vote's
/// state names `state_field`.
async fn code_for_voting(
    round_id: Option<&str>,
    typed: &str,
    user: Option<&SignedIn>,
    state_field: &str,
) -> Result<(VoterCode, String, VoteRow), AppError> {
    let echo = vec![("code".to_owned(), typed.to_owned())];
    let code = VoterCode::parse(typed)
        .map_err(|p| AppError::invalid(FieldErrors::single("code", p), echo.clone()))?;
    // The usual case, a good code for an open vote, in one lookup.
    let state = context::state()?;
    if let Some(found) = ready_to_vote(&state, &code).await? {
        let vote_id = key_of(&found.vote);
        let signed_in_elsewhere = user.is_some() && access(&found.state.row).allows_accounts();
        if round_id.is_none_or(|id| id.trim() == vote_id) && !signed_in_elsewhere {
            return Ok((code, vote_id, found.state.row));
        }
    }
    // Anything else is answered the careful way, the vote's state before the code.
    // With the vote known, it is checked now and kept; from the QR link it is read once
    // the code says which vote it belongs to.
    let mut known: Option<VoteRow> = None;
    let candidates: Vec<String> = match round_id {
        Some(id) => {
            let (round, vote) = existing_vote(id).await?;
            check_open(&vote, state_field, &echo)?;
            check_code_allowed(&vote, user, &echo)?;
            known = Some(vote);
            vec![round.id]
        }
        None => {
            let state = context::state()?;
            let open: Vec<String> = repo::open_votes(&state.db)
                .await?
                .into_iter()
                .map(|row| row.id)
                .collect();
            if open.is_empty() {
                return Err(AppError::conflict("code", Problem::VoteNotOpen, echo));
            }
            open
        }
    };
    let (code, stored) = match find(&code).await? {
        Some((stored, vote_id)) if candidates.contains(&vote_id) => (code, (stored, vote_id)),
        _ => {
            let unknown = AppError::invalid(
                FieldErrors::single("code", Problem::VoterCodeUnknown),
                echo.clone(),
            );
            return Err(super::throttle::failed(&candidates, unknown, echo).await);
        }
    };
    let (row, vote_id) = stored;
    if row.used {
        let used = AppError::conflict("code", Problem::VoterCodeUsed, echo.clone());
        return Err(super::throttle::failed(&candidates, used, echo).await);
    }
    let vote = match known {
        Some(vote) => vote,
        None => {
            let (_, vote) = existing_vote(&vote_id).await?;
            check_open(&vote, state_field, &echo)?;
            check_code_allowed(&vote, user, &echo)?;
            vote
        }
    };
    Ok((code, vote_id, vote))
}

pub async fn form(
    user: Option<SignedIn>,
    code: &str,
    round_id: &str,
) -> Result<BallotForm, AppError> {
    let echo = vec![("code".to_owned(), code.to_owned())];
    let given_round = Some(round_id.trim()).filter(|id| !id.is_empty());
    let (round_id, vote, shown_code) = if !code.trim().is_empty() {
        let (code, vote_id, vote) =
            code_for_voting(given_round, code, user.as_ref(), "code").await?;
        (vote_id, vote, Some(code.display()))
    } else if let Some(round_id) = given_round {
        let user = user.ok_or(AppError::Unauthorized)?;
        let (_, vote) = existing_vote(round_id).await?;
        check_open(&vote, "form", &echo)?;
        if !access(&vote).allows_accounts() {
            return Err(AppError::conflict("form", Problem::VoteCodesOnly, echo));
        }
        let state = context::state()?;
        if repo::has_voted(&state.db, round_id, &user.id).await? {
            return Err(AppError::conflict("form", Problem::AlreadyVoted, echo));
        }
        (round_id.to_owned(), vote, None)
    } else {
        return Err(AppError::invalid(
            FieldErrors::single("code", Problem::Required),
            echo,
        ));
    };
    let state = context::state()?;
    Ok(BallotForm {
        chosen: review::chosen(&round_id),
        round_name: vote.round_name.clone(),
        round_id,
        code: shown_code,
        votes_per_voter: votes_per_voter(&vote),
        ideas: ballot_ideas(&state, &vote).await?,
    })
}

pub async fn cast(
    user: Option<SignedIn>,
    round_id: &str,
    code: &str,
    picks: Vec<String>,
) -> Result<(), AppError> {
    let echo = vec![("code".to_owned(), code.to_owned())];
    let (round_id, vote, voter_hash) = if code.trim().is_empty() {
        let (row, vote) = existing_vote(round_id).await?;
        check_open(&vote, "form", &echo)?;
        if user.is_none() {
            return Err(AppError::Unauthorized);
        }
        if !access(&vote).allows_accounts() {
            return Err(AppError::conflict("form", Problem::VoteCodesOnly, echo));
        }
        (row.id, vote, None)
    } else {
        // Checks the vote (its state, who may vote) and then the code.
        let round_id = checked_id(round_id)?;
        let (code, vote_id, vote) =
            code_for_voting(Some(round_id), code, user.as_ref(), "form").await?;
        (vote_id, vote, Some(code_hash(&code)))
    };
    let ballot = Ballot::parse(&picks, &vote.idea_ids(), votes_per_voter(&vote))
        .map_err(|p| AppError::invalid(FieldErrors::single("picks", p), echo.clone()))?;
    let state = context::state()?;
    let stored = match (&voter_hash, &user) {
        (Some(hash), _) => {
            let queue = state
                .features
                .get::<CastQueue>()
                .ok_or(AppError::Internal)?;
            queue
                .cast(&state.db, &round_id, hash, ballot.choices())
                .await
        }
        (None, Some(user)) => {
            let cast = repo::cast_as_staff(&state.db, &round_id, &user.id, ballot.choices()).await;
            if cast.is_ok() {
                super::cast_queue::log_ballots(&state.db, &round_id, 1).await;
            }
            cast
        }
        (None, None) => return Err(AppError::Unauthorized),
    };
    stored.map_err(|e| match e {
        CastError::NotOpen => AppError::conflict("form", Problem::VoteNotOpen, echo.clone()),
        CastError::Closed => AppError::conflict("form", Problem::VoteClosed, echo.clone()),
        CastError::CodeUsed => AppError::conflict("code", Problem::VoterCodeUsed, echo.clone()),
        CastError::AlreadyVoted => AppError::conflict("form", Problem::AlreadyVoted, echo.clone()),
        CastError::Interrupted => AppError::Unavailable,
        CastError::Db(e) => e.into(),
    })?;
    review::clear(state.secure_cookies);
    leptos_axum::redirect(&format!("/rosta/tack?omrostning={round_id}"));
    Ok(())
}

pub async fn receipt(round_id: &str) -> Result<Receipt, AppError> {
    let (row, vote) = existing_vote(round_id).await?;
    let state = context::state()?;
    let count = count(&state, &row.id, &vote).await?;
    Ok(Receipt {
        round_id: row.id.clone(),
        round_name: row.name.clone(),
        ballots: count.ballots(),
    })
}
