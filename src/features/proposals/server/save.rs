//! Saving the proposal form: as a draft, or sent in (submitted, or resubmitted after a
//! question). Everything typed comes back on a refusal.

use crate::domain::audit::AuditAction;
use crate::platform::audit::{self, Entry};
use surrealdb::types::RecordId;

use super::{move_refused, own_editable};
use crate::domain::proposal::window::check_send_in;
use crate::domain::proposal::{Proposal, ProposalInput, Stage, StageAction};
use crate::domain::{FieldErrors, Problem};
use crate::error::{AppError, echo_of};
use crate::features::proposals::server::history::{self as idea_events, Move};
use crate::features::proposals::server::ideas::{self, IdeaTexts};
use crate::features::rounds::find_round;
use crate::platform::clock::today;
use crate::platform::context;
use crate::platform::context::SignedIn;
use crate::platform::users;

/// Keep working later, or send in (the completeness minimum and the submission phase apply).
pub enum Intent {
    Draft,
    Submit,
}

impl Intent {
    pub fn parse(intent: &str) -> Result<Intent, AppError> {
        match intent.trim() {
            "draft" => Ok(Intent::Draft),
            "submit" => Ok(Intent::Submit),
            other => Err(AppError::BadRequest(format!("unknown intent {other:?}"))),
        }
    }
}

pub async fn save(
    user: &SignedIn,
    round_id: &str,
    id: &str,
    intent: Intent,
    input: ProposalInput,
) -> Result<(), AppError> {
    let existing = own_editable(id, round_id, user, echo_of(&input)).await?;
    let round_id = existing
        .as_ref()
        .map_or(round_id, |(row, _)| row.round_id.as_str());
    let (round_row, round) = find_round(round_id).await?;
    let stage = existing.as_ref().map_or(Stage::Draft, |(_, s)| *s);
    let refuse = |errors: FieldErrors| AppError::invalid(errors, echo_of(&input));
    let proposal = match intent {
        Intent::Draft => Proposal::parse_draft(&input).map_err(refuse)?,
        Intent::Submit => Proposal::parse_submission(&input).map_err(refuse)?,
    };
    let co_proposers = co_proposer_ids(&proposal, user)
        .await?
        .map_err(|problem| refuse(FieldErrors::single("co_proposers", problem)))?;
    let send_in = match (intent, stage) {
        (Intent::Submit, Stage::NeedsDetail) => Some(StageAction::Resubmit),
        (Intent::Submit, _) => Some(StageAction::Submit),
        (Intent::Draft, _) => None,
    };
    if let Some(action) = send_in {
        check_send_in(&round.schedule, action, today())
            .map_err(|problem| AppError::conflict("form", problem, echo_of(&input)))?;
    }
    let state = context::state()?;
    let texts = IdeaTexts::from_domain(&proposal, co_proposers);
    let Some(action) = send_in else {
        // A draft: only the texts change.
        let id = match &existing {
            None => {
                ideas::create_in_stage(
                    &state.db,
                    &round_row.id,
                    Some(user_record(user)),
                    texts,
                    "draft",
                )
                .await?
            }
            Some((row, stage)) => {
                if !ideas::update_texts(&state.db, &row.id, stage.as_str(), texts).await? {
                    return Err(AppError::conflict(
                        "form",
                        Problem::StageChangeNotAllowed,
                        echo_of(&input),
                    ));
                }
                row.id.clone()
            }
        };
        tracing::info!(id, by = user.id, "proposal draft saved");
        leptos_axum::redirect(&format!("/proposals/{id}/edit?saved=1"));
        return Ok(());
    };
    let next = stage.after(action).ok_or(AppError::Internal)?;
    // Sent in: the texts and the stage change are one write, so a refusal (someone moved
    // it meanwhile) leaves the stored proposal exactly as it was.
    let id = match &existing {
        None => {
            ideas::create_sent_in(
                &state.db,
                &round_row.id,
                user_record(user),
                texts,
                action.as_str(),
                next.as_str(),
            )
            .await?
        }
        Some((row, _)) => {
            let change = Move {
                idea: &row.id,
                action: action.as_str(),
                from: stage.as_str(),
                to: next.as_str(),
                by: &user.id,
                reason: "",
                texts: Some(texts),
                notify: row.owners_except(&user.id),
            };
            idea_events::record(&state.db, change)
                .await
                .map_err(move_refused("form", echo_of(&input)))?;
            row.id.clone()
        }
    };
    tracing::info!(
        id,
        by = user.id,
        action = action.as_str(),
        "proposal sent in"
    );
    let entry = Entry::new(
        AuditAction::StageChanged,
        Some(&user.id),
        format!("idea:{id}"),
    )
    .details(format!("{} → {}", stage.as_str(), next.as_str()));
    audit::record(&state.db, entry).await;
    leptos_axum::redirect(&format!("/proposals/{id}?sent=1"));
    Ok(())
}

fn user_record(user: &SignedIn) -> RecordId {
    RecordId::new("user", user.id.as_str())
}

/// The accounts of the co-proposers (the proposer's own address is dropped), or the
/// problem when an address has no account.
async fn co_proposer_ids(
    proposal: &Proposal,
    user: &SignedIn,
) -> Result<Result<Vec<RecordId>, Problem>, AppError> {
    let wanted: Vec<_> = proposal
        .co_proposers
        .iter()
        .filter(|e| e.as_str() != user.email)
        .cloned()
        .collect();
    if wanted.is_empty() {
        return Ok(Ok(Vec::new()));
    }
    let state = context::state()?;
    let found = users::ids_by_emails(&state.db, &wanted).await?;
    if found.len() < wanted.len() {
        return Ok(Err(Problem::UnknownColleague));
    }
    Ok(Ok(found
        .into_iter()
        .map(|row| RecordId::new("user", row.id.as_str()))
        .collect()))
}
