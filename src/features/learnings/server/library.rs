//! The learnings library: every learning card of every round, newest round first, found by
//! words (in the card and its proposal's title), the proposal's category and the round.

use surrealdb::types::{RecordId, SurrealValue};

use super::learning_card_view;
use super::queries::{LEARNING_CARD_FIELDS, LearningCardRow};
use crate::domain::Category;
use crate::error::AppError;
use crate::features::learnings::{Library, LibraryEntry, LibraryFilter, RoundChoice};
use crate::platform::context;
use crate::platform::db::Db;
use crate::platform::ids::checked_id;

/// At most this many words are searched for; more are ignored.
const MAX_WORDS: usize = 8;

/// Where a card comes from: its team's proposal and round.
#[derive(Debug, Clone, SurrealValue)]
struct SourceRow {
    team_id: String,
    idea_title: String,
    category: Option<String>,
    round_id: String,
    round_name: String,
    bootcamp_start: String,
}

#[derive(Debug, Clone, SurrealValue)]
struct RoundRow {
    id: String,
    name: String,
}

pub async fn search(filter: &LibraryFilter) -> Result<Library, AppError> {
    let state = context::state()?;
    let db = &state.db;
    let words: Vec<String> = filter
        .q
        .split_whitespace()
        .map(str::to_lowercase)
        .take(MAX_WORDS)
        .collect();
    // An unknown category or round finds nothing rather than everything.
    let category = match filter.category.trim() {
        "" => None,
        c => Some(
            Category::parse(c)
                .map(|c| c.as_str().to_owned())
                .unwrap_or_default(),
        ),
    };
    let round = match filter.round.trim() {
        "" => None,
        r => Some(RecordId::new("round", checked_id(r).unwrap_or("none"))),
    };
    let cards = cards(db, &words, category, round).await?;
    let mut teams: Vec<String> = cards.iter().map(|c| c.team_id.clone()).collect();
    teams.sort();
    teams.dedup();
    let sources = sources(db, &teams).await?;
    let mut entries: Vec<(String, LibraryEntry)> = cards
        .into_iter()
        .filter_map(|card| {
            let source = sources.iter().find(|s| s.team_id == card.team_id)?;
            Some((
                source.bootcamp_start.clone(),
                LibraryEntry {
                    team_id: card.team_id.clone(),
                    card: learning_card_view(card),
                    idea_title: source.idea_title.clone(),
                    category: source
                        .category
                        .as_deref()
                        .and_then(|c| Category::parse(c).ok()),
                    round_id: source.round_id.clone(),
                    round_name: source.round_name.clone(),
                },
            ))
        })
        .collect();
    // Newest round first; within a round, in the order the cards were written.
    entries.sort_by(|a, b| b.0.cmp(&a.0));
    Ok(Library {
        entries: entries.into_iter().map(|(_, entry)| entry).collect(),
        rounds: rounds_with_learnings(db).await?,
    })
}

async fn cards(
    db: &Db,
    words: &[String],
    category: Option<String>,
    round: Option<RecordId>,
) -> Result<Vec<LearningCardRow>, surrealdb::Error> {
    let mut conditions = vec!["true".to_owned()];
    if category.is_some() {
        conditions.push("team.idea.category = $category".to_owned());
    }
    if round.is_some() {
        conditions.push("round = $round".to_owned());
    }
    for i in 0..words.len() {
        conditions.push(format!(
            "string::contains(string::lowercase(string::join(' ', title, believed, observed, \
             learned, therefore, team.idea.title)), $w{i})"
        ));
    }
    let mut query = db
        .query(format!(
            "SELECT {LEARNING_CARD_FIELDS}, created_at FROM learning_card WHERE {} \
             ORDER BY created_at ASC",
            conditions.join(" AND ")
        ))
        .bind(("category", category))
        .bind(("round", round));
    for (i, word) in words.iter().enumerate() {
        query = query.bind((format!("w{i}"), word.clone()));
    }
    query.await?.take(0)
}

async fn sources(db: &Db, teams: &[String]) -> Result<Vec<SourceRow>, surrealdb::Error> {
    let teams: Vec<RecordId> = teams
        .iter()
        .map(|t| RecordId::new("team", t.as_str()))
        .collect();
    db.query(
        "SELECT record::id(id) AS team_id, idea.title AS idea_title, idea.category AS category, \
         record::id(round) AS round_id, round.name AS round_name, \
         round.bootcamp_start AS bootcamp_start FROM $teams",
    )
    .bind(("teams", teams))
    .await?
    .take(0)
}

async fn rounds_with_learnings(db: &Db) -> Result<Vec<RoundChoice>, surrealdb::Error> {
    let rows: Vec<RoundRow> = db
        .query(
            "SELECT record::id(id) AS id, name, bootcamp_start FROM round \
             WHERE count(SELECT id FROM learning_card WHERE round = $parent.id LIMIT 1) > 0 \
             ORDER BY bootcamp_start DESC",
        )
        .await?
        .take(0)?;
    Ok(rows
        .into_iter()
        .map(|r| RoundChoice {
            id: r.id,
            name: r.name,
        })
        .collect())
}
