//! Votes in the demo data (the autumn 2018 staff days), and an open vote with voter codes
//! for the load benchmark and the crash test.

use chrono::{Duration, TimeZone, Utc};
use surrealdb::types::RecordId;

use super::proposals::seed_texts;
use super::{open_round, parse};
use crate::server::db::{Db, DbSetupError};
use crate::server::repo::votes::{self as repo, NewCode, StoredRules, vote_id};
use crate::server::repo::{ideas, rounds};
use crate::server::votes::codes::{code_hash, new_codes};

/// Ballots cast at the 2018 staff days in the demo.
const BALLOTS_2018: usize = 214;

/// The 2018 vote: closed, two winners per category, every one of the six proposals chosen
/// (they went on to be tested), with ballots spread so that the totals differ.
pub async fn closed_2018(db: &Db, round: &str, seeds: &[String]) -> Result<(), DbSetupError> {
    let at = |day: u32, hour: u32| Utc.with_ymd_and_hms(2018, 10, day, hour, 0, 0).single();
    repo::insert(
        db,
        round,
        seeds.iter().map(|id| ideas::idea_id(id)).collect(),
        StoredRules {
            votes_per_voter: 3,
            winners_per_category: Some(2),
            live_totals: true,
            opens_at: at(4, 8),
            closes_at: at(4, 9),
            access: "both".to_owned(),
        },
    )
    .await?;
    let ballots = (0..BALLOTS_2018)
        .map(|n| {
            // Three different proposals per ballot, in a pattern that favours the first.
            [n % 6, (n / 2 + 1) % 6, (n / 3 + 3) % 6]
                .into_iter()
                .fold(Vec::new(), |mut picks: Vec<usize>, i| {
                    if !picks.contains(&i) {
                        picks.push(i);
                    }
                    picks
                })
                .into_iter()
                .map(|i| ideas::idea_id(&seeds[i]))
                .collect::<Vec<RecordId>>()
        })
        .collect();
    repo::insert_ballots(db, round, ballots).await?;
    Ok(())
}

/// An open vote made for a load test.
pub struct LoadVote {
    pub round_id: String,
    pub ideas: Vec<String>,
    /// The codes as voters type them (without separator).
    pub codes: Vec<String>,
}

/// A new round with six proposals on an open vote (three votes each, live totals) and
/// `codes` unused voter codes.
pub async fn open_vote_for_load(db: &Db, codes: usize) -> Result<LoadVote, DbSetupError> {
    let today = chrono::Local::now().date_naive();
    let mut input = open_round(today);
    input.name = format!(
        "Belastningstest {}",
        Utc::now().format("%Y-%m-%d %H.%M.%S%.3f")
    );
    let round_id = rounds::create(db, &parse(&input)?, None)
        .await
        .map_err(|_| surrealdb::Error::internal("load round".to_owned()))?;
    let mut idea_ids = Vec::new();
    for (n, category) in ["explore", "explore", "test", "test", "scale", "scale"]
        .into_iter()
        .enumerate()
    {
        let texts = seed_texts(&format!("Förslag {} att rösta på", n + 1), category);
        idea_ids.push(ideas::create_in_stage(db, &round_id, None, texts, "on_ballot").await?);
    }
    repo::insert(
        db,
        &round_id,
        idea_ids.iter().map(|id| ideas::idea_id(id)).collect(),
        StoredRules {
            votes_per_voter: 3,
            winners_per_category: Some(2),
            live_totals: true,
            opens_at: Some(Utc::now() - Duration::minutes(1)),
            closes_at: None,
            access: "codes".to_owned(),
        },
    )
    .await?;
    let made = new_codes(codes);
    for (batch, chunk) in made.chunks(1000).enumerate() {
        let first = batch * 1000;
        let rows = chunk
            .iter()
            .enumerate()
            .map(|(i, code)| NewCode {
                id: repo::code_id(&code_hash(code)),
                vote: vote_id(&round_id),
                code: code.as_str().to_owned(),
                number: (first + i + 1) as i64,
            })
            .collect();
        repo::add_codes(db, &round_id, first as i64, rows)
            .await
            .map_err(|_| surrealdb::Error::internal("load codes".to_owned()))?;
    }
    Ok(LoadVote {
        round_id,
        ideas: idea_ids,
        codes: made.iter().map(|c| c.as_str().to_owned()).collect(),
    })
}
