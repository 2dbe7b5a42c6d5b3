//! Ballot news for live views, from the database itself: LIVE queries on ballots, paper
//! counts and votes tell every app instance on the same database about every change,
//! whichever instance made it. Each instance passes the news to its own live views
//! through `LiveVotes`.
//!
//! A LIVE query ends when the connection to a SurrealDB server drops; this loop then waits
//! a second and asks again (the client reconnects by itself), and wakes every live view
//! once, since news may have been missed in between.

use std::sync::Arc;
use std::time::Duration;

use futures::StreamExt;
use surrealdb::types::Value;

use crate::platform::db::Db;
use crate::platform::ids::key_of;
use crate::platform::live::LiveVotes;

const AGAIN_AFTER: Duration = Duration::from_secs(1);

/// Follows the news until the app stops (the task is aborted then).
pub async fn follow(db: Db, live: Arc<LiveVotes>) {
    loop {
        match listen(&db, &live).await {
            Ok(()) => tracing::info!("live news ended; asking again"),
            Err(error) => tracing::warn!(%error, "live news failed; asking again"),
        }
        live.bump_all();
        tokio::time::sleep(AGAIN_AFTER).await;
    }
}

async fn listen(db: &Db, live: &LiveVotes) -> Result<(), surrealdb::Error> {
    let mut response = db
        .query(
            "LIVE SELECT vote FROM ballot;
             LIVE SELECT vote FROM paper_count;
             LIVE SELECT id FROM vote;",
        )
        .await?;
    let mut news = response.stream::<Value>(())?;
    tracing::debug!("following ballot news");
    while let Some(notification) = news.next().await {
        let notification = notification?;
        if let Some(vote) = vote_of(&notification.data) {
            live.bump(&vote);
        }
    }
    Ok(())
}

/// The vote a ballot, paper count or vote belongs to.
fn vote_of(data: &Value) -> Option<String> {
    [data.get("vote"), data.get("id")]
        .into_iter()
        .find_map(|field| match field {
            Value::RecordId(id) => Some(key_of(id)),
            _ => None,
        })
}
