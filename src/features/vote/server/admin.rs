//! The organizer's side of a vote: create it from the shortlist, set its rules until it
//! opens, open it and close it.

use crate::domain::audit::AuditAction;
use crate::platform::audit::{self, Entry};
use chrono::{DateTime, Local, NaiveDateTime, TimeZone, Utc};

use super::{info, join_url, round_and_vote, status, to_ballot_idea};
use crate::domain::proposal::{Stage, StageAction};
use crate::domain::round::Phase;
use crate::domain::vote::{VoteRules, VoteRulesInput, VoteStatus};
use crate::domain::{FieldErrors, Problem};
use crate::error::{AppError, echo_of};
use crate::features::proposals::BatchMove;
use crate::features::proposals::idea_store as ideas;
use crate::features::vote::VoteAdmin;
use crate::features::vote::server::queries::{self as repo, StoredRules, WriteVoteError};
use crate::platform::context::{self, SignedIn};
use crate::platform::ids::key_of;

pub async fn page(round_id: &str) -> Result<VoteAdmin, AppError> {
    let (row, round, vote) = round_and_vote(round_id).await?;
    let phase = round.schedule.span(Phase::Vote);
    let state = context::state()?;
    let shortlisted_ids =
        repo::ideas_in_stage(&state.db, &row.id, Stage::Shortlisted.as_str()).await?;
    let shortlisted = repo::ideas(&state.db, &shortlisted_ids)
        .await?
        .iter()
        .map(to_ballot_idea)
        .collect();
    let vote = match vote {
        Some(vote) => Some(info(&state, &row.id, &vote).await?),
        None => None,
    };
    Ok(VoteAdmin {
        round_id: row.id.clone(),
        round_name: row.record.name.clone(),
        vote,
        shortlisted,
        join_url: join_url(&state),
        vote_phase: (phase.start, phase.end),
        today: crate::platform::clock::today(),
    })
}

/// A local time of the department's clock as UTC (the earlier one in the autumn hour that
/// happens twice; a time skipped in spring is unreadable).
fn to_utc(at: Option<NaiveDateTime>, field: &str) -> Result<Option<DateTime<Utc>>, FieldErrors> {
    at.map(|t| {
        Local
            .from_local_datetime(&t)
            .earliest()
            .map(|local| local.with_timezone(&Utc))
            .ok_or_else(|| FieldErrors::single(field, Problem::DateInvalid))
    })
    .transpose()
}

fn stored(rules: &VoteRules) -> Result<StoredRules, FieldErrors> {
    let opens_at = to_utc(rules.opens_at, "opens_at")?;
    let closes_at = to_utc(rules.closes_at, "closes_at")?;
    if closes_at.is_some_and(|c| c <= Utc::now()) {
        return Err(FieldErrors::single("closes_at", Problem::TimeInPast));
    }
    Ok(StoredRules {
        votes_per_voter: i64::from(rules.votes_per_voter),
        winners_per_category: rules.winners_per_category.map(i64::from),
        live_totals: rules.live_totals,
        opens_at,
        closes_at,
        access: rules.access.as_str().to_owned(),
    })
}

pub async fn save(user: &SignedIn, round_id: &str, input: VoteRulesInput) -> Result<(), AppError> {
    let (row, _, vote) = round_and_vote(round_id).await?;
    let echo = echo_of(&input);
    let rules = VoteRules::parse(&input)
        .and_then(|rules| stored(&rules))
        .map_err(|errors| AppError::invalid(errors, echo.clone()))?;
    let state = context::state()?;
    let result = match vote {
        Some(vote) if status(&vote) != VoteStatus::NotOpen => {
            return Err(AppError::conflict("form", Problem::VoteAlreadyOpened, echo));
        }
        Some(_) => repo::update_rules(&state.db, &row.id, rules).await,
        None => {
            let shortlisted =
                repo::ideas_in_stage(&state.db, &row.id, Stage::Shortlisted.as_str()).await?;
            if shortlisted.is_empty() {
                return Err(AppError::conflict(
                    "form",
                    Problem::NothingShortlisted,
                    echo,
                ));
            }
            let mut moves = Vec::with_capacity(shortlisted.len());
            for idea in shortlisted {
                let Some(idea_row) = ideas::by_id(&state.db, &key_of(&idea)).await? else {
                    continue;
                };
                moves.push(BatchMove {
                    idea,
                    action: StageAction::PutOnBallot.as_str().to_owned(),
                    from: Stage::Shortlisted.as_str().to_owned(),
                    to: Stage::OnBallot.as_str().to_owned(),
                    reason: String::new(),
                    notify: idea_row.owners_except(&user.id),
                });
            }
            repo::create(&state.db, &row.id, rules, moves, &user.id).await
        }
    };
    result.map_err(|e| match e {
        WriteVoteError::Exists => AppError::conflict("form", Problem::VoteExists, echo.clone()),
        WriteVoteError::Opened => {
            AppError::conflict("form", Problem::VoteAlreadyOpened, echo.clone())
        }
        WriteVoteError::StageChanged => {
            AppError::conflict("form", Problem::StageChangeNotAllowed, echo.clone())
        }
        WriteVoteError::Db(e) => e.into(),
    })?;
    tracing::info!(round = row.id, by = user.id, "vote saved");
    let entry = Entry::new(
        AuditAction::VoteSaved,
        Some(&user.id),
        format!("round:{}", row.id),
    );
    audit::record(&state.db, entry.in_round(&row.id)).await;
    leptos_axum::redirect(&format!("/rounds/{}/vote?saved=1", row.id));
    Ok(())
}

/// `to` is `open` or `close`; a closed vote stays closed.
pub async fn switch(user: &SignedIn, round_id: &str, to: &str) -> Result<(), AppError> {
    let (row, _, vote) = round_and_vote(round_id).await?;
    let vote = vote.ok_or(AppError::NotFound)?;
    let state = context::state()?;
    if status(&vote) == VoteStatus::Closed {
        return Err(AppError::conflict("form", Problem::VoteClosed, vec![]));
    }
    match to {
        "open" => repo::open_now(&state.db, &row.id).await?,
        "close" => repo::close_now(&state.db, &row.id).await?,
        other => return Err(AppError::BadRequest(format!("unknown switch {other:?}"))),
    }
    tracing::info!(round = row.id, by = user.id, to, "vote switched");
    let action = if to == "open" {
        AuditAction::VoteOpened
    } else {
        AuditAction::VoteClosed
    };
    let entry = Entry::new(action, Some(&user.id), format!("round:{}", row.id));
    audit::record(&state.db, entry.in_round(&row.id)).await;
    leptos_axum::redirect(&format!("/rounds/{}/vote", row.id));
    Ok(())
}
