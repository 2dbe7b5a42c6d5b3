//! "Mina förslag": the viewer's proposals, their stage, and the latest question or decision.

use std::collections::HashMap;

use crate::domain::proposal::{Stage, StageAction};
use crate::error::AppError;
use crate::features::proposals::MyProposal;
use crate::features::proposals::server::history as idea_events;
use crate::features::proposals::server::ideas;
use crate::platform::clock::local_time;
use crate::platform::context::{self, SignedIn};

pub async fn load(user: &SignedIn) -> Result<Vec<MyProposal>, AppError> {
    let state = context::state()?;
    let rows = ideas::of_person(&state.db, &user.id).await?;
    let ids: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
    let mut latest: HashMap<String, (StageAction, String)> = HashMap::new();
    // Newest first: keep the first reason seen per proposal.
    for event in idea_events::latest_reasons(&state.db, &ids).await? {
        if let Ok(action) = StageAction::parse(&event.action) {
            latest
                .entry(event.idea_id)
                .or_insert((action, event.reason));
        }
    }
    Ok(rows
        .into_iter()
        .filter_map(|row| {
            Some(MyProposal {
                stage: Stage::parse(&row.stage).ok()?,
                latest: latest.remove(&row.id),
                id: row.id,
                round_name: row.round_name,
                title: row.title,
                updated: local_time(row.updated_at),
            })
        })
        .collect())
}
