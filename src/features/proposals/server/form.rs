//! Loading the proposal form: a new proposal, or the viewer's own draft or returned
//! proposal with the question that came with it.

use super::own_editable;
use crate::domain::proposal::window::is_open;
use crate::domain::proposal::{ProposalInput, Stage};
use crate::domain::round::Phase;
use crate::error::AppError;
use crate::features::proposals::ProposalForm;
use crate::features::proposals::server::history as idea_events;
use crate::features::rounds::find_round;
use crate::platform::clock::today;
use crate::platform::context::{self, SignedIn};

pub async fn load(user: &SignedIn, round_id: &str, id: &str) -> Result<ProposalForm, AppError> {
    let existing = own_editable(id, round_id, user, vec![]).await?;
    let round_id = existing
        .as_ref()
        .map_or(round_id, |(row, _)| row.round_id.as_str());
    let (round_row, round) = find_round(round_id).await?;
    let submission = round.schedule.span(Phase::Submission);
    let mut form = ProposalForm {
        round_id: round_row.id.clone(),
        round_name: round.name.as_str().to_owned(),
        id: String::new(),
        stage: Stage::Draft,
        input: ProposalInput::default(),
        submission_opens: submission.start,
        submission_closes: submission.end,
        submission_open: is_open(&round.schedule, today()),
        question: None,
    };
    let Some((row, stage)) = existing else {
        return Ok(form);
    };
    form.id = row.id.clone();
    form.stage = stage;
    form.input = row.to_input();
    if stage == Stage::NeedsDetail {
        let state = context::state()?;
        form.question = idea_events::of_idea(&state.db, &row.id)
            .await?
            .into_iter()
            .rev()
            .find(|e| e.action == "ask_for_detail")
            .map(|e| e.reason);
    }
    Ok(form)
}
