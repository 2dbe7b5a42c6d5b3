//! Bringing a parked proposal into a later round: a copy, entered as submitted, that links
//! back to the original (whose history, cards and decision stay where they were).

use surrealdb::types::{RecordId, SurrealValue};

use super::queries;
use crate::domain::followup::Outcome;
use crate::domain::proposal::{Stage, StageAction};
use crate::domain::round::Phase;
use crate::domain::{FieldErrors, Problem};
use crate::error::{AppError, Echo};
use crate::features::followup::{ProposalRef, RoundOption};
use crate::features::proposals::visible;
use crate::features::rounds::round_store;
use crate::platform::clock::today;
use crate::platform::context::{self, SignedIn};
use crate::platform::db::Db;

#[derive(Debug, Clone, SurrealValue)]
struct RefRow {
    id: String,
    title: String,
    round_name: String,
}

impl From<RefRow> for ProposalRef {
    fn from(row: RefRow) -> Self {
        ProposalRef {
            id: row.id,
            title: row.title,
            round_name: row.round_name,
        }
    }
}

pub struct Links {
    pub copies: Vec<ProposalRef>,
    pub copied_from: Option<ProposalRef>,
}

/// The copies of a proposal in later rounds, and the proposal it was copied from.
pub async fn links_of(db: &Db, idea_id: &str) -> Result<Links, surrealdb::Error> {
    let mut response = db
        .query(
            "SELECT record::id(id) AS id, title, round.name AS round_name FROM idea \
             WHERE copied_from = $idea ORDER BY created_at ASC;
             SELECT record::id(id) AS id, title, round.name AS round_name \
             FROM (SELECT VALUE copied_from FROM ONLY $idea) WHERE id != NONE;",
        )
        .bind(("idea", queries::idea(idea_id)))
        .await?;
    let copies: Vec<RefRow> = response.take(0)?;
    let from: Vec<RefRow> = response.take(1)?;
    Ok(Links {
        copies: copies.into_iter().map(ProposalRef::from).collect(),
        copied_from: from.into_iter().next().map(ProposalRef::from),
    })
}

/// A round still choosing its proposals: its council has not yet met to the end.
fn still_choosing(row: &round_store::RoundRow, today: chrono::NaiveDate) -> bool {
    row.record
        .to_domain()
        .is_some_and(|r| r.schedule.span(Phase::Council).end >= today)
}

/// The other rounds still choosing their proposals, newest first.
pub async fn rounds_to_bring_into(
    db: &Db,
    own_round: &str,
) -> Result<Vec<RoundOption>, surrealdb::Error> {
    let today = today();
    Ok(round_store::list(db)
        .await?
        .into_iter()
        .filter(|r| r.id != own_round && still_choosing(r, today))
        .map(|r| RoundOption {
            id: r.id,
            name: r.record.name,
        })
        .collect())
}

pub async fn bring_in(
    user: &SignedIn,
    idea_id: &str,
    round_id: &str,
    echo: Echo,
) -> Result<(), AppError> {
    let (row, _) = visible(idea_id, user).await?;
    let state = context::state()?;
    let db = &state.db;
    let parked = queries::decision_of(db, &row.id)
        .await?
        .is_some_and(|d| d.outcome == Outcome::Park.as_str());
    if !parked {
        return Err(AppError::conflict("round_id", Problem::NotParked, echo));
    }
    let field = |problem| AppError::invalid(FieldErrors::single("round_id", problem), echo.clone());
    let target = round_store::by_id(db, round_id).await?;
    if round_id == row.round_id || !target.is_some_and(|t| still_choosing(&t, today())) {
        return Err(field(Problem::ChoiceInvalid));
    }
    let copy: Option<String> = db
        .query(
            "BEGIN TRANSACTION;
             IF count(SELECT id FROM idea WHERE copied_from = $from AND round = $round) > 0 {
                 THROW 'already_brought_in';
             };
             LET $src = (SELECT * FROM ONLY $from);
             LET $copy = (CREATE $copy_id SET round = $round, stage = $stage, copied_from = $from, \
                 title = $src.title, problem = $src.problem, perspective = $src.perspective, \
                 description = $src.description, first_test = $src.first_test, \
                 success_signal = $src.success_signal, category = $src.category, \
                 unit = $src.unit, proposer = $src.proposer, co_proposers = $src.co_proposers \
                 RETURN VALUE id);
             CREATE idea_event SET idea = $copy[0], action = $action, to_stage = $stage, \
                 by = $by, reason = $reason;
             RETURN record::id($copy[0]);
             COMMIT TRANSACTION;",
        )
        .bind(("from", queries::idea(&row.id)))
        // One copy per round, even from two clicks at once: its key is the pair's.
        .bind(("copy_id", queries::idea(&format!("{}x{round_id}", row.id))))
        .bind(("round", RecordId::new("round", round_id)))
        .bind(("stage", Stage::Submitted.as_str()))
        .bind(("action", StageAction::BringIn.as_str()))
        .bind(("reason", format!("{} ({})", row.title, row.round_name)))
        .bind(("by", RecordId::new("user", user.id.as_str())))
        .await
        .and_then(|mut r| {
            if let Some(e) = crate::platform::db::first_real_error(&mut r) {
                return Err(e);
            }
            r.take(5)
        })
        .map_err(|e| {
            if crate::platform::db_error::is_thrown(&e, "already_brought_in")
                || crate::platform::db_error::is_record_exists(&e)
                || crate::platform::db_error::is_retryable(&e)
            {
                AppError::conflict("round_id", Problem::AlreadyBroughtIn, echo.clone())
            } else {
                e.into()
            }
        })?;
    let copy = copy.ok_or(AppError::Internal)?;
    tracing::info!(
        from = row.id,
        copy,
        by = user.id,
        "parked proposal brought into a round"
    );
    leptos_axum::redirect(&format!("/proposals/{copy}?brought=1"));
    Ok(())
}
