//! The proposal page: the full text, its history, the thread and the viewer's actions.

use super::{actor, visible};
use crate::domain::Category;
use crate::domain::proposal::{Completeness, Perspective, Stage, StageAction};
use crate::error::AppError;
use crate::features::proposals::server::comment_queries as comments;
use crate::features::proposals::server::history as idea_events;
use crate::features::proposals::{CommentView, EventView, ProposalView};
use crate::platform::clock::local_time;
use crate::platform::context::{self, SignedIn};

pub async fn load(user: &SignedIn, id: &str) -> Result<ProposalView, AppError> {
    let (row, stage) = visible(id, user).await?;
    let state = context::state()?;
    let events = idea_events::of_idea(&state.db, &row.id)
        .await?
        .into_iter()
        .filter_map(|e| {
            Some(EventView {
                action: StageAction::parse(&e.action).ok()?,
                to: Stage::parse(&e.to_stage).ok()?,
                by_name: e.by_name,
                reason: e.reason,
                at: local_time(e.at),
            })
        })
        .collect();
    let comments = comments::of_idea(&state.db, &row.id)
        .await?
        .into_iter()
        .map(|c| CommentView {
            author_name: c.author_name,
            body: c.body,
            at: local_time(c.at),
        })
        .collect();
    let actor = actor(&row, user);
    let actions = stage
        .actions_for(actor)
        .into_iter()
        .filter(|a| !matches!(a, StageAction::Submit | StageAction::Resubmit))
        .collect();
    let input = row.to_input();
    Ok(ProposalView {
        completeness: Completeness::of(&input),
        can_edit: actor.is_proposer && stage.is_editable_by_proposer(),
        id: row.id,
        round_id: row.round_id,
        round_name: row.round_name,
        title: row.title,
        problem: row.problem,
        perspective: row.perspective.and_then(|p| Perspective::parse(&p).ok()),
        idea: row.description,
        first_test: row.first_test,
        success_signal: row.success_signal,
        category: row.category.and_then(|c| Category::parse(&c).ok()),
        unit: row.unit,
        stage,
        proposer_name: row.proposer_name,
        co_proposer_names: row.co_proposer_names,
        events,
        comments,
        actions,
    })
}
