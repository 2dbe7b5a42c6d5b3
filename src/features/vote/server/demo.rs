//! Votes in the demo data (the autumn 2018 staff days), and an open vote with voter codes
//! for the load benchmark and the crash test.

use chrono::{Duration, TimeZone, Utc};

use crate::features::proposals::idea_store as ideas;
use crate::features::proposals::seed_texts;
use crate::features::rounds::round_store as rounds;
use crate::features::rounds::{open_round, parse_demo_round};
use crate::features::vote::server::codes::{code_hash, new_codes};
use crate::features::vote::server::queries::paper_counts::{self, NewPaperCount};
use crate::features::vote::server::queries::{self as repo, NewCode, StoredRules, vote_id};
use crate::platform::db::{Db, DbSetupError};

/// Ballots cast at the 2018 staff days in the demo.
const BALLOTS_2018: usize = 214;

/// The 2018 vote: held on paper in the hall on the first staff day (27 September, in the
/// round's vote phase), two winners per category, counted in two boxes by two people
/// each, and its selection confirmed (every one of the six went on to be tested).
pub async fn closed_2018(db: &Db, round: &str, seeds: &[String]) -> Result<(), DbSetupError> {
    let at = |hour: u32| Utc.with_ymd_and_hms(2018, 9, 27, hour, 0, 0).single();
    repo::insert(
        db,
        round,
        seeds.iter().map(|id| ideas::idea_id(id)).collect(),
        StoredRules {
            votes_per_voter: 3,
            winners_per_category: Some(2),
            live_totals: true,
            opens_at: at(7),
            closes_at: at(8),
            access: "codes".to_owned(),
        },
    )
    .await?;
    let boxes = [
        ("Låda 1, stora salen", "Anna Holm", "Per Sjöberg", 0..107),
        (
            "Låda 2, stora salen",
            "Lena Ahmadi",
            "Tomas Ek",
            107..BALLOTS_2018,
        ),
    ];
    for (name, counted_by, confirmed_by, ballots) in boxes {
        let mut counts = vec![0i64; seeds.len()];
        for n in ballots.clone() {
            // Three different proposals per ballot, in a pattern that favours the first.
            let mut picks: Vec<usize> = Vec::new();
            for i in [n % 6, (n / 2 + 1) % 6, (n / 3 + 3) % 6] {
                if !picks.contains(&i) {
                    picks.push(i);
                }
            }
            for i in picks {
                counts[i] += 1;
            }
        }
        let record = NewPaperCount {
            vote: vote_id(round),
            box_name: name.to_owned(),
            box_key: format!("demo{}", ballots.start),
            version: 1,
            ballots: (ballots.end - ballots.start) as i64,
            counts,
            counted_by: counted_by.to_owned(),
            confirmed_by: confirmed_by.to_owned(),
            entered_by: None,
            reason: String::new(),
        };
        paper_counts::insert(db, round, record, at(9)).await?;
    }
    repo::set_confirmed_at(db, round, at(10)).await?;
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
    let today = crate::platform::clock::today();
    let mut input = open_round(today);
    input.name = format!(
        "Belastningstest {}",
        Utc::now().format("%Y-%m-%d %H.%M.%S%.3f")
    );
    let round_id = rounds::create(db, &parse_demo_round(&input)?, None)
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
