//! The vote service (called by `mod.rs` with the caller checked and the ids parsed): setup,
//! codes, ballot, paper counts, results, projector, live news, export, demo part, queries.

pub mod admin;
pub mod ballot;
pub mod cast_queue;
pub mod code_lookups;
pub mod codes;
pub mod demo;
pub mod export;
pub mod framing;
pub mod live;
pub mod news;
pub mod no_store;
pub mod page_cache;
pub mod paper;
pub mod projector;
pub mod queries;
pub mod results;
pub mod review;
pub mod throttle;

use chrono::Utc;

use crate::domain::Category;
use crate::domain::round::NewRound;
use crate::domain::vote::summary::one_line;
use crate::domain::vote::{VoteAccess, VoteRulesInput, VoteStatus};
use crate::error::AppError;
use crate::features::rounds::RoundRow;
use crate::features::rounds::find_round;
use crate::features::vote::server::queries::{self as repo, BallotIdeaRow, VoteRow};
use crate::features::vote::{BallotIdea, IdeaTotal, LiveTally, VoteInfo};
use crate::platform::clock::local_time;
use crate::platform::context;
use crate::platform::ids::checked_id;
use crate::platform::state::AppState;

/// The round (stored and parsed), and its vote if it has one (404 when there is no such
/// round).
pub async fn round_and_vote(
    round_id: &str,
) -> Result<(RoundRow, NewRound, Option<VoteRow>), AppError> {
    let (row, parsed) = find_round(round_id).await?;
    let state = context::state()?;
    let vote = repo::by_id(&state.db, &row.id).await?;
    Ok((row, parsed, vote))
}

/// The round a vote belongs to (the vote's key is the round's).
pub struct VoteRound {
    pub id: String,
    pub name: String,
}

/// A round's vote, in one query (voters call this on every page); 404 when there is none.
pub async fn existing_vote(round_id: &str) -> Result<(VoteRound, VoteRow), AppError> {
    let id = checked_id(round_id)?;
    let state = context::state()?;
    let vote = repo::by_id(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let round = VoteRound {
        id: id.to_owned(),
        name: vote.round_name.clone(),
    };
    Ok((round, vote))
}

pub fn status(vote: &VoteRow) -> VoteStatus {
    VoteStatus::at(vote.opens_at.as_ref(), vote.closes_at.as_ref(), &Utc::now())
}

pub fn votes_per_voter(vote: &VoteRow) -> u8 {
    u8::try_from(vote.votes_per_voter).unwrap_or(1)
}

/// Who may vote (a stored value that does not read counts as the default, both).
pub fn access(vote: &VoteRow) -> VoteAccess {
    VoteAccess::parse(&vote.access).unwrap_or_default()
}

pub fn winners_per_category(vote: &VoteRow) -> Option<u8> {
    vote.winners_per_category.and_then(|n| u8::try_from(n).ok())
}

pub fn to_ballot_idea(row: &BallotIdeaRow) -> BallotIdea {
    BallotIdea {
        id: row.id.clone(),
        title: row.title.clone(),
        summary: one_line(&row.description),
        text: row.description.clone(),
        category: row
            .category
            .as_deref()
            .and_then(|c| Category::parse(c).ok()),
    }
}

pub async fn ballot_ideas(state: &AppState, vote: &VoteRow) -> Result<Vec<BallotIdea>, AppError> {
    Ok(repo::ideas(&state.db, &vote.ideas)
        .await?
        .iter()
        .map(to_ballot_idea)
        .collect())
}

/// A vote's count: digital ballots (phones, signed in) and counted paper boxes, apart.
pub struct Count {
    pub digital_ballots: u32,
    pub paper_ballots: u32,
    /// Votes per proposal in ballot order.
    pub digital: Vec<u32>,
    pub paper: Vec<u32>,
    pub paper_entries: Vec<crate::features::vote::PaperEntry>,
}

impl Count {
    pub fn ballots(&self) -> u32 {
        self.digital_ballots.saturating_add(self.paper_ballots)
    }

    /// Digital and paper votes together, per proposal in ballot order.
    pub fn totals(&self) -> Vec<u32> {
        self.digital
            .iter()
            .zip(&self.paper)
            .map(|(d, p)| d.saturating_add(*p))
            .collect()
    }
}

/// Ballots cast and votes per proposal, digital and paper.
pub async fn count(state: &AppState, id: &str, vote: &VoteRow) -> Result<Count, AppError> {
    let ballots = repo::ballots(&state.db, id).await?;
    let mut digital = vec![0u32; vote.ideas.len()];
    for choice in ballots.iter().flatten() {
        if let Some(i) = vote.ideas.iter().position(|idea| idea == choice) {
            digital[i] += 1;
        }
    }
    let paper = paper::totals(state, id, vote).await?;
    Ok(Count {
        digital_ballots: u32::try_from(ballots.len()).unwrap_or(u32::MAX),
        paper_ballots: paper.ballots,
        digital,
        paper: paper.votes,
        paper_entries: paper.entries,
    })
}

/// What live views may show now: totals when the rules allow them during voting, and
/// always once the vote has closed.
pub async fn live_tally(state: &AppState, id: &str, vote: &VoteRow) -> Result<LiveTally, AppError> {
    let status = status(vote);
    let count = count(state, id, vote).await?;
    let totals = count.totals();
    let shown = vote.live_totals || status == VoteStatus::Closed;
    Ok(LiveTally {
        status,
        ballots: count.ballots(),
        totals: shown.then(|| {
            vote.idea_ids()
                .into_iter()
                .zip(totals)
                .map(|(id, votes)| IdeaTotal { id, votes })
                .collect()
        }),
    })
}

pub async fn info(state: &AppState, id: &str, vote: &VoteRow) -> Result<VoteInfo, AppError> {
    let count = count(state, id, vote).await?;
    let (codes_total, codes_used) = repo::code_count(&state.db, id).await?;
    let staff_voted = repo::staff_voted_count(&state.db, id).await?;
    let opens_at = vote.opens_at.map(local_time);
    let closes_at = vote.closes_at.map(local_time);
    let rules = crate::domain::vote::VoteRules {
        votes_per_voter: votes_per_voter(vote),
        winners_per_category: winners_per_category(vote),
        live_totals: vote.live_totals,
        opens_at,
        closes_at,
        access: access(vote),
    };
    let as_u32 = |n: i64| u32::try_from(n).unwrap_or(0);
    Ok(VoteInfo {
        status: status(vote),
        rules: VoteRulesInput::from_rules(&rules),
        votes_per_voter: rules.votes_per_voter,
        winners_per_category: rules.winners_per_category,
        live_totals: rules.live_totals,
        access: rules.access,
        opens_at,
        closes_at,
        ideas: ballot_ideas(state, vote).await?,
        ballots: count.ballots(),
        paper_ballots: count.paper_ballots,
        codes_total: as_u32(codes_total),
        codes_used: as_u32(codes_used),
        staff_voted: as_u32(staff_voted),
        selection_confirmed: vote.selection_confirmed_at.is_some(),
    })
}

/// Where voters go: the configured public address, else this request's host.
pub fn join_url(state: &AppState) -> String {
    format!("{}/rosta", crate::platform::public_url::site_base(state))
}
