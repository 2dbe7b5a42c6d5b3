//! Retrospective items and +1s as stored and read.

use surrealdb::types::{RecordId, SurrealValue};

use crate::domain::retro::RetroItem;
use crate::platform::db::{Db, first_real_error};
use crate::platform::db_error::{is_record_exists, is_retryable};

pub fn item(id: &str) -> RecordId {
    RecordId::new("retro_item", id)
}

fn round(id: &str) -> RecordId {
    RecordId::new("round", id)
}

#[derive(Debug, Clone, SurrealValue)]
pub struct ItemRow {
    pub id: String,
    pub round_id: String,
    pub kind: String,
    pub heading: String,
    pub text: String,
    pub report_heading: Option<String>,
    pub report_text: Option<String>,
    pub author_id: Option<String>,
    pub author_name: Option<String>,
    pub plus_ones: i64,
    pub chosen: bool,
    pub at: chrono::DateTime<chrono::Utc>,
}

const ITEM_FIELDS: &str = "record::id(id) AS id, record::id(round) AS round_id, kind, heading, \
    text, report_heading, report_text, \
    (IF author != NONE THEN record::id(author) ELSE NONE END) AS author_id, \
    author.name AS author_name, \
    plus_ones + count(SELECT id FROM retro_vote WHERE item = $parent.id) AS plus_ones, chosen, at";

/// The round's items, oldest first.
pub async fn of_round(db: &Db, round_id: &str) -> Result<Vec<ItemRow>, surrealdb::Error> {
    db.query(format!(
        "SELECT {ITEM_FIELDS} FROM retro_item WHERE round = $round \
         ORDER BY at ASC"
    ))
    .bind(("round", round(round_id)))
    .await?
    .take(0)
}

pub async fn by_id(db: &Db, id: &str) -> Result<Option<ItemRow>, surrealdb::Error> {
    db.query(format!("SELECT {ITEM_FIELDS} FROM ONLY $item"))
        .bind(("item", item(id)))
        .await?
        .take(0)
}

/// The items of the round the viewer gave a +1.
pub async fn plus_oned_by(
    db: &Db,
    round_id: &str,
    user: &str,
) -> Result<Vec<String>, surrealdb::Error> {
    db.query(
        "SELECT VALUE record::id(item) FROM retro_vote WHERE user = $user AND item.round = $round",
    )
    .bind(("user", RecordId::new("user", user)))
    .bind(("round", round(round_id)))
    .await?
    .take(0)
}

/// Takes part in the round: a member (now or before) of one of its teams, a coach of one,
/// or its co-organizer.
pub async fn takes_part(db: &Db, round_id: &str, user: &str) -> Result<bool, surrealdb::Error> {
    let n: Option<i64> = db
        .query(
            "RETURN count(SELECT id FROM team_member WHERE user = $user AND team.round = $round) \
             + count(SELECT id FROM team WHERE round = $round AND coach = $user) \
             + (IF $round.co_organizer = $user THEN 1 ELSE 0 END)",
        )
        .bind(("user", RecordId::new("user", user)))
        .bind(("round", round(round_id)))
        .await?
        .take(0)?;
    Ok(n.unwrap_or(0) > 0)
}

pub async fn create(
    db: &Db,
    round_id: &str,
    author: &str,
    new: &RetroItem,
) -> Result<(), surrealdb::Error> {
    db.query(
        "CREATE retro_item SET round = $round, kind = $kind, heading = $heading, text = $text, \
         author = $author",
    )
    .bind(("round", round(round_id)))
    .bind(("kind", new.kind.as_str()))
    .bind(("heading", new.heading.clone()))
    .bind(("text", new.text.clone()))
    .bind(("author", RecordId::new("user", author)))
    .await?
    .check()?;
    Ok(())
}

/// Records a +1 once per person; false when this person gave one already.
pub async fn plus_one(db: &Db, item_id: &str, user: &str) -> Result<bool, surrealdb::Error> {
    let mut response = db
        .query(
            "CREATE type::record('retro_vote', string::concat($key, '_', $who)) \
                 SET item = $item, user = $user;",
        )
        .bind(("key", item_id.to_owned()))
        .bind(("who", user.to_owned()))
        .bind(("item", item(item_id)))
        .bind(("user", RecordId::new("user", user)))
        .await?;
    match first_real_error(&mut response) {
        None => Ok(true),
        Some(e) if is_record_exists(&e) || is_retryable(&e) => Ok(false),
        Some(e) => Err(e),
    }
}

pub async fn set_chosen(db: &Db, item_id: &str, chosen: bool) -> Result<(), surrealdb::Error> {
    db.query("UPDATE $item SET chosen = $chosen")
        .bind(("item", item(item_id)))
        .bind(("chosen", chosen))
        .await?
        .check()?;
    Ok(())
}

pub async fn reword(db: &Db, item_id: &str, words: &RetroItem) -> Result<(), surrealdb::Error> {
    db.query("UPDATE $item SET report_heading = $heading, report_text = $text")
        .bind(("item", item(item_id)))
        .bind(("heading", words.heading.clone()))
        .bind(("text", words.text.clone()))
        .await?
        .check()?;
    Ok(())
}
