//! Importing proposals from a spreadsheet: the upload (a plain multipart form, so it works
//! without JavaScript) reads the file once and keeps a preview with every problem; the
//! confirmation imports all rows in one transaction, as submitted with "imported" in their
//! history, and deletes the preview in the same transaction so a second click imports
//! nothing.

use axum::extract::{Multipart, Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::{Deserialize, Serialize};
use surrealdb::types::{RecordId, SurrealValue};

use super::routes::TABLE_NAMES;
use crate::domain::Problem;
use crate::domain::proposal::import::{ImportedProposal, RowProblem, read};
use crate::domain::proposal::{Stage, StageAction};
use crate::domain::text::optional_single_line;
use crate::error::AppError;
use crate::features::exports::{DataPage, DraftView, PreviewRow};
use crate::features::rounds::round_store;
use crate::i18n::{I18n, T, lang_of_request};
use crate::platform::context::{self, SignedIn};
use crate::platform::db::{Db, first_real_error};
use crate::platform::db_error::{is_retryable, is_thrown};
use crate::platform::downloads::{plain, require_organizer};
use crate::platform::ids::{checked_id, new_key};
use crate::platform::state::AppState;
use crate::platform::users;

/// How many rows the preview lists.
const PREVIEW_ROWS: usize = 50;
const IMPORT_GONE: &str = "import_gone";

/// A row ready to import: the proposer's account resolved.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct ReadyRow {
    proposal: ImportedProposal,
    proposer_id: Option<String>,
}

#[derive(Debug, Clone, SurrealValue)]
struct DraftRow {
    round_id: String,
    file_name: String,
    rows: i64,
    proposals: String,
    problems: String,
}

fn back(round: &str, query: &str) -> Response {
    Redirect::to(&format!("/rounds/{round}/data?{query}#import")).into_response()
}

/// `POST /rounds/<id>/import` (multipart, field `file`): organizers.
pub async fn upload(
    State(state): State<AppState>,
    Path(round_id): Path<String>,
    headers: HeaderMap,
    mut form: Multipart,
) -> Response {
    let i18n = I18n(lang_of_request(&headers));
    let user = match require_organizer(&state, &headers, i18n).await {
        Ok(user) => user,
        Err(refused) => return refused,
    };
    let not_found = || plain(StatusCode::NOT_FOUND, i18n.t(T::NotFoundText));
    let Ok(round_id) = checked_id(&round_id) else {
        return not_found();
    };
    match round_store::by_id(&state.db, round_id).await {
        Ok(Some(_)) => {}
        Ok(None) => return not_found(),
        Err(error) => {
            tracing::error!(%error, "round lookup failed");
            return plain(
                StatusCode::INTERNAL_SERVER_ERROR,
                i18n.t(T::InternalErrorText),
            );
        }
    }
    let mut file: Option<(String, Vec<u8>)> = None;
    loop {
        match form.next_field().await {
            Ok(Some(field)) if field.name() == Some("file") => {
                // The name is shown in every imported proposal's history: it passes the same
                // guard as any text (no personal identity number, no control characters).
                let name = optional_single_line(field.file_name().unwrap_or_default(), 200)
                    .ok()
                    .filter(|n| !n.is_empty())
                    .unwrap_or_else(|| "kalkylark.csv".to_owned());
                match field.bytes().await {
                    Ok(bytes) => file = Some((name, bytes.to_vec())),
                    Err(_) => return too_large(&headers, round_id, i18n),
                }
            }
            Ok(Some(_)) => continue,
            Ok(None) => break,
            Err(_) => return too_large(&headers, round_id, i18n),
        }
    }
    let Some((file_name, bytes)) = file.filter(|(_, b)| !b.is_empty()) else {
        return back(round_id, "import_error=missing");
    };
    match store_draft(&state.db, &user, round_id, file_name, &bytes).await {
        Ok(draft) => {
            let browser = accepts_html(&headers);
            if browser {
                back(round_id, &format!("draft={draft}"))
            } else {
                (StatusCode::CREATED, draft).into_response()
            }
        }
        Err(error) => {
            tracing::error!(%error, "import preview could not be stored");
            plain(
                StatusCode::INTERNAL_SERVER_ERROR,
                i18n.t(T::InternalErrorText),
            )
        }
    }
}

fn accepts_html(headers: &HeaderMap) -> bool {
    headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|accept| accept.contains("text/html"))
}

fn too_large(headers: &HeaderMap, round: &str, i18n: I18n) -> Response {
    if accepts_html(headers) {
        back(round, "import_error=size")
    } else {
        plain(StatusCode::PAYLOAD_TOO_LARGE, i18n.t(T::ImportTooLargeText))
    }
}

/// Reads the file, resolves the proposers and keeps the preview; returns its key.
async fn store_draft(
    db: &Db,
    user: &SignedIn,
    round_id: &str,
    file_name: String,
    bytes: &[u8],
) -> Result<String, surrealdb::Error> {
    let (ready, problems) = match read(bytes) {
        Ok(proposals) => resolve(db, proposals).await?,
        Err(problems) => (Vec::new(), problems),
    };
    let key = new_key();
    db.query(
        "CREATE $draft SET round = $round, by = $by, file_name = $file_name, rows = $rows, \
         proposals = $proposals, problems = $problems",
    )
    .bind(("draft", RecordId::new("import_draft", key.as_str())))
    .bind(("round", RecordId::new("round", round_id)))
    .bind(("by", RecordId::new("user", user.id.as_str())))
    .bind(("file_name", file_name))
    .bind(("rows", i64::try_from(ready.len()).unwrap_or(0)))
    .bind((
        "proposals",
        serde_json::to_string(&ready).unwrap_or_default(),
    ))
    .bind((
        "problems",
        serde_json::to_string(&problems).unwrap_or_default(),
    ))
    .await?
    .check()?;
    tracing::info!(
        round = round_id,
        by = user.id,
        rows = ready.len(),
        problems = problems.len(),
        "import previewed"
    );
    Ok(key)
}

/// Every proposer e-mail must be an account's; unknown ones are problems of their line.
async fn resolve(
    db: &Db,
    proposals: Vec<ImportedProposal>,
) -> Result<(Vec<ReadyRow>, Vec<RowProblem>), surrealdb::Error> {
    let mut emails: Vec<crate::domain::Email> = proposals
        .iter()
        .filter_map(|p| p.proposer.clone())
        .collect();
    emails.sort_by(|a, b| a.as_str().cmp(b.as_str()));
    emails.dedup();
    let known = users::ids_by_emails(db, &emails).await?;
    let mut problems = Vec::new();
    let mut ready = Vec::with_capacity(proposals.len());
    for (i, proposal) in proposals.into_iter().enumerate() {
        let proposer_id = match &proposal.proposer {
            None => None,
            Some(email) => match known.iter().find(|k| k.email == email.as_str()) {
                Some(found) => Some(found.id.clone()),
                None => {
                    problems.push(RowProblem {
                        line: u32::try_from(i + 2).unwrap_or(u32::MAX),
                        field: "proposer".to_owned(),
                        problem: Problem::UnknownColleague,
                    });
                    None
                }
            },
        };
        ready.push(ReadyRow {
            proposal,
            proposer_id,
        });
    }
    if !problems.is_empty() {
        ready.clear();
    }
    Ok((ready, problems))
}

async fn draft_of(
    db: &Db,
    round_id: &str,
    draft: &str,
) -> Result<Option<DraftRow>, surrealdb::Error> {
    let row: Option<DraftRow> = db
        .query(
            "SELECT record::id(round) AS round_id, file_name, rows, proposals, problems \
             FROM ONLY $draft",
        )
        .bind(("draft", RecordId::new("import_draft", draft)))
        .await?
        .take(0)?;
    Ok(row.filter(|r| r.round_id == round_id))
}

pub async fn page(round_id: &str, draft: Option<&str>) -> Result<DataPage, AppError> {
    let state = context::state()?;
    let db = &state.db;
    let round = round_store::by_id(db, round_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let draft = match draft {
        None => None,
        Some(id) => draft_of(db, &round.id, id).await?.map(|row| {
            let ready: Vec<ReadyRow> = serde_json::from_str(&row.proposals).unwrap_or_default();
            DraftView {
                id: id.to_owned(),
                file_name: row.file_name,
                rows: u32::try_from(row.rows).unwrap_or(0),
                problems: serde_json::from_str(&row.problems).unwrap_or_default(),
                preview: ready
                    .into_iter()
                    .take(PREVIEW_ROWS)
                    .map(|r| PreviewRow {
                        title: r.proposal.title,
                        category: r.proposal.category,
                        unit: r.proposal.unit,
                        proposer: r.proposal.proposer.map(|e| e.as_str().to_owned()),
                    })
                    .collect(),
            }
        }),
    };
    Ok(DataPage {
        round_id: round.id,
        round_name: round.record.name,
        tables: TABLE_NAMES.iter().map(|t| (*t).to_owned()).collect(),
        draft,
    })
}

#[derive(Debug, Clone, SurrealValue)]
struct NewIdea {
    id: RecordId,
    round: RecordId,
    stage: String,
    title: String,
    category: Option<String>,
    problem: String,
    description: String,
    first_test: String,
    unit: String,
    proposer: Option<RecordId>,
}

#[derive(Debug, Clone, SurrealValue)]
struct NewEvent {
    idea: RecordId,
    action: String,
    to_stage: String,
    by: RecordId,
    reason: String,
}

pub async fn confirm(user: &SignedIn, round_id: &str, draft_id: &str) -> Result<(), AppError> {
    let state = context::state()?;
    let db = &state.db;
    let gone = || AppError::conflict("draft_id", Problem::ImportGone, Vec::new());
    let draft = draft_of(db, round_id, draft_id).await?.ok_or_else(gone)?;
    let problems: Vec<RowProblem> = serde_json::from_str(&draft.problems).unwrap_or_default();
    if !problems.is_empty() {
        return Err(AppError::conflict(
            "draft_id",
            problems[0].problem,
            Vec::new(),
        ));
    }
    let ready: Vec<ReadyRow> =
        serde_json::from_str(&draft.proposals).map_err(|_| AppError::Internal)?;
    let round = RecordId::new("round", round_id);
    let stage = Stage::Submitted.as_str();
    let ideas: Vec<NewIdea> = ready
        .into_iter()
        .map(|r| NewIdea {
            id: RecordId::new("idea", new_key()),
            round: round.clone(),
            stage: stage.to_owned(),
            title: r.proposal.title,
            category: r.proposal.category.map(|c| c.as_str().to_owned()),
            problem: r.proposal.problem,
            description: r.proposal.idea,
            first_test: r.proposal.first_test,
            unit: r.proposal.unit,
            proposer: r.proposer_id.map(|id| RecordId::new("user", id)),
        })
        .collect();
    let by = RecordId::new("user", user.id.as_str());
    let events: Vec<NewEvent> = ideas
        .iter()
        .map(|idea| NewEvent {
            idea: idea.id.clone(),
            action: StageAction::Import.as_str().to_owned(),
            to_stage: stage.to_owned(),
            by: by.clone(),
            reason: draft.file_name.clone(),
        })
        .collect();
    let count = ideas.len();
    // Two bulk inserts: 500 rows take well under a second.
    let mut response = db
        .query(
            "BEGIN TRANSACTION;
             LET $gone = (DELETE $draft RETURN BEFORE);
             IF array::len($gone) = 0 { THROW 'import_gone'; };
             INSERT INTO idea $ideas RETURN NONE;
             INSERT INTO idea_event $events RETURN NONE;
             COMMIT TRANSACTION;",
        )
        .bind(("draft", RecordId::new("import_draft", draft_id)))
        .bind(("ideas", ideas))
        .bind(("events", events))
        .await?;
    match first_real_error(&mut response) {
        None => {}
        // A second click at the same moment clashes with the first: it imported nothing.
        Some(e) if is_thrown(&e, IMPORT_GONE) || is_retryable(&e) => return Err(gone()),
        Some(e) => return Err(e.into()),
    }
    tracing::info!(round = round_id, by = user.id, count, "proposals imported");
    leptos_axum::redirect(&format!("/rounds/{round_id}/board?imported={count}"));
    Ok(())
}
