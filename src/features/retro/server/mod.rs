//! What the retrospective server functions do: who takes part in a round (its teams'
//! members, its coaches, its co-organizer, and organizers), the page, new items, +1, and
//! the organizer's choice and rewording.

pub mod queries;

use crate::domain::retro::{RetroItem, RetroKind};
use crate::domain::{FieldErrors, Problem, Role};
use crate::error::AppError;
use crate::features::retro::{RetroItemView, RetroPage};
use crate::features::rounds::find_round;
use crate::platform::context::{self, SignedIn};
use crate::platform::db::Db;

async fn takes_part(db: &Db, round_id: &str, user: &SignedIn) -> Result<bool, AppError> {
    Ok(user.has(Role::Organizer) || queries::takes_part(db, round_id, &user.id).await?)
}

pub async fn page(user: &SignedIn, round_id: &str) -> Result<RetroPage, AppError> {
    let (round, _) = find_round(round_id).await?;
    let state = context::state()?;
    let db = &state.db;
    let mine = queries::plus_oned_by(db, &round.id, &user.id).await?;
    let mut rows = queries::of_round(db, &round.id).await?;
    // Most +1 first; a stable sort keeps the oldest first among equals.
    rows.sort_by_key(|r| std::cmp::Reverse(r.plus_ones));
    let items = rows
        .into_iter()
        .filter_map(|row| {
            Some(RetroItemView {
                kind: RetroKind::parse(&row.kind).ok()?,
                plus_oned: mine.contains(&row.id),
                mine: row.author_id.as_deref() == Some(user.id.as_str()),
                plus_ones: u32::try_from(row.plus_ones).unwrap_or(0),
                id: row.id,
                heading: row.heading,
                text: row.text,
                report_heading: row.report_heading,
                report_text: row.report_text,
                author_name: row.author_name,
                chosen: row.chosen,
            })
        })
        .collect();
    Ok(RetroPage {
        can_write: takes_part(db, &round.id, user).await?,
        is_organizer: user.has(Role::Organizer),
        round_id: round.id,
        round_name: round.record.name,
        items,
    })
}

pub async fn add(user: &SignedIn, round_id: &str, item: RetroItem) -> Result<(), AppError> {
    let (round, _) = find_round(round_id).await?;
    let state = context::state()?;
    let db = &state.db;
    if !takes_part(db, &round.id, user).await? {
        return Err(AppError::Forbidden);
    }
    queries::create(db, &round.id, &user.id, &item).await?;
    tracing::info!(round = round.id, by = user.id, "retrospective item added");
    leptos_axum::redirect(&format!("/rounds/{}/retro?added=1", round.id));
    Ok(())
}

pub async fn plus_one(user: &SignedIn, item_id: &str) -> Result<(), AppError> {
    let state = context::state()?;
    let db = &state.db;
    let item = queries::by_id(db, item_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !takes_part(db, &item.round_id, user).await? {
        return Err(AppError::Forbidden);
    }
    let refused = |problem| AppError::Conflict(FieldErrors::single("item_id", problem), Vec::new());
    if item.author_id.as_deref() == Some(user.id.as_str()) {
        return Err(refused(Problem::OwnItem));
    }
    if !queries::plus_one(db, &item.id, &user.id).await? {
        return Err(refused(Problem::AlreadyPlusOne));
    }
    leptos_axum::redirect(&format!("/rounds/{}/retro#item-{}", item.round_id, item.id));
    Ok(())
}

pub async fn choose(user: &SignedIn, item_id: &str, chosen: bool) -> Result<(), AppError> {
    let state = context::state()?;
    let db = &state.db;
    let item = queries::by_id(db, item_id)
        .await?
        .ok_or(AppError::NotFound)?;
    queries::set_chosen(db, &item.id, chosen).await?;
    tracing::info!(
        item = item.id,
        by = user.id,
        chosen,
        "retrospective item chosen"
    );
    leptos_axum::redirect(&format!(
        "/rounds/{}/retro?chosen=1#item-{}",
        item.round_id, item.id
    ));
    Ok(())
}

pub async fn reword(user: &SignedIn, item_id: &str, words: RetroItem) -> Result<(), AppError> {
    let state = context::state()?;
    let db = &state.db;
    let item = queries::by_id(db, item_id)
        .await?
        .ok_or(AppError::NotFound)?;
    queries::reword(db, &item.id, &words).await?;
    tracing::info!(item = item.id, by = user.id, "retrospective item reworded");
    leptos_axum::redirect(&format!(
        "/rounds/{}/retro?reworded=1#item-{}",
        item.round_id, item.id
    ));
    Ok(())
}
