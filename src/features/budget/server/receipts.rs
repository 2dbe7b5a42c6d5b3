//! Receipts as plain routes: `POST /expenses/<id>/receipt` takes a multipart form (it works
//! without JavaScript) and `GET /receipts/<id>` hands the file back as a download. Both are
//! for the team, its coach and organizers only; the type is read from the content.

use axum::extract::{Multipart, Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};

use super::queries;
use crate::domain::budget::{MAX_RECEIPT_BYTES, ReceiptKind};
use crate::domain::team::TeamViewer;
use crate::features::teams::{find_team, viewer_of};
use crate::i18n::{I18n, T, lang_of_request};
use crate::platform::context;
use crate::platform::downloads::plain;
use crate::platform::ids::checked_id;
use crate::platform::state::AppState;

/// The request limit of the upload route: the largest receipt plus the form around it.
pub const UPLOAD_LIMIT: usize = MAX_RECEIPT_BYTES + 64 * 1024;

/// The expense, if the requester works in its team; else the refusal to send.
async fn expense_for(
    state: &AppState,
    headers: &HeaderMap,
    expense_id: &str,
    i18n: I18n,
) -> Result<(queries::ExpenseRow, String, TeamViewer), Response> {
    let internal = |error: &dyn std::fmt::Display| {
        tracing::error!(%error, "receipt lookup failed");
        plain(
            StatusCode::INTERNAL_SERVER_ERROR,
            i18n.t(T::InternalErrorText),
        )
    };
    let user = match context::signed_in(state, headers).await {
        Ok(Some(user)) => user,
        Ok(None) => {
            return Err(plain(
                StatusCode::UNAUTHORIZED,
                i18n.t(T::SignInRequiredText),
            ));
        }
        Err(error) => return Err(internal(&format!("{error:?}"))),
    };
    let not_found = || plain(StatusCode::NOT_FOUND, i18n.t(T::NotFoundText));
    let Ok(expense_id) = checked_id(expense_id) else {
        return Err(not_found());
    };
    let expense = match queries::by_id(&state.db, expense_id).await {
        Ok(Some(expense)) => expense,
        Ok(None) => return Err(not_found()),
        Err(error) => return Err(internal(&error)),
    };
    let team = find_team(&state.db, &expense.team_id)
        .await
        .map_err(|_| not_found())?;
    match viewer_of(&state.db, &team, &user).await {
        Ok(viewer) if viewer.sees_workspace() => Ok((expense, user.id, viewer)),
        Ok(_) => Err(plain(StatusCode::FORBIDDEN, i18n.t(T::ForbiddenText))),
        Err(error) => Err(internal(&format!("{error:?}"))),
    }
}

/// Why an upload was refused: the code the budget page shows, and the status for
/// clients that are not browsers.
fn refuse(
    headers: &HeaderMap,
    team: &str,
    code: &str,
    status: StatusCode,
    text: &'static str,
) -> Response {
    let browser = headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|accept| accept.contains("text/html"));
    if browser {
        Redirect::to(&format!("/teams/{team}/budget?receipt_error={code}")).into_response()
    } else {
        plain(status, text)
    }
}

pub async fn upload_receipt(
    State(state): State<AppState>,
    Path(expense_id): Path<String>,
    headers: HeaderMap,
    mut form: Multipart,
) -> Response {
    let i18n = I18n(lang_of_request(&headers));
    let (expense, user, viewer) = match expense_for(&state, &headers, &expense_id, i18n).await {
        Ok(found) => found,
        Err(refused) => return refused,
    };
    let team = expense.team_id.clone();
    // A stored receipt is replaced only by the coach or an organizer, never silently.
    if expense.receipt.is_some() && !viewer.runs_team() {
        return refuse(
            &headers,
            &team,
            "exists",
            StatusCode::CONFLICT,
            i18n.t(T::ReceiptExistsText),
        );
    }
    let mut content: Option<Vec<u8>> = None;
    loop {
        match form.next_field().await {
            Ok(Some(field)) if field.name() == Some("receipt") => match field.bytes().await {
                Ok(bytes) => content = Some(bytes.to_vec()),
                Err(_) => {
                    return refuse(
                        &headers,
                        &team,
                        "size",
                        StatusCode::PAYLOAD_TOO_LARGE,
                        i18n.t(T::ReceiptTooLargeText),
                    );
                }
            },
            Ok(Some(_)) => continue,
            Ok(None) => break,
            Err(_) => {
                return refuse(
                    &headers,
                    &team,
                    "size",
                    StatusCode::PAYLOAD_TOO_LARGE,
                    i18n.t(T::ReceiptTooLargeText),
                );
            }
        }
    }
    let Some(content) = content.filter(|c| !c.is_empty()) else {
        return refuse(
            &headers,
            &team,
            "missing",
            StatusCode::UNPROCESSABLE_ENTITY,
            i18n.t(T::ReceiptMissingText),
        );
    };
    if content.len() > MAX_RECEIPT_BYTES {
        return refuse(
            &headers,
            &team,
            "size",
            StatusCode::PAYLOAD_TOO_LARGE,
            i18n.t(T::ReceiptTooLargeText),
        );
    }
    let Some(kind) = ReceiptKind::sniff(&content) else {
        return refuse(
            &headers,
            &team,
            "type",
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            i18n.t(T::ReceiptTypeText),
        );
    };
    if let Err(error) =
        queries::save_receipt(&state.db, &expense, kind.as_str(), content, &user).await
    {
        tracing::error!(%error, "receipt could not be stored");
        return plain(
            StatusCode::INTERNAL_SERVER_ERROR,
            i18n.t(T::InternalErrorText),
        );
    }
    tracing::info!(
        expense = expense.id,
        by = user,
        kind = kind.as_str(),
        "receipt stored"
    );
    Redirect::to(&format!("/teams/{team}/budget?receipt=saved")).into_response()
}

pub async fn download_receipt(
    State(state): State<AppState>,
    Path(expense_id): Path<String>,
    headers: HeaderMap,
) -> Response {
    let i18n = I18n(lang_of_request(&headers));
    let (expense, _, _) = match expense_for(&state, &headers, &expense_id, i18n).await {
        Ok(found) => found,
        Err(refused) => return refused,
    };
    let stored = match queries::receipt(&state.db, &expense.id).await {
        Ok(Some(stored)) => stored,
        Ok(None) => return plain(StatusCode::NOT_FOUND, i18n.t(T::NotFoundText)),
        Err(error) => {
            tracing::error!(%error, "receipt could not be read");
            return plain(
                StatusCode::INTERNAL_SERVER_ERROR,
                i18n.t(T::InternalErrorText),
            );
        }
    };
    let Some(kind) = ReceiptKind::parse(&stored.kind) else {
        return plain(StatusCode::NOT_FOUND, i18n.t(T::NotFoundText));
    };
    let mut response = stored.content.into_inner().into_response();
    let out = response.headers_mut();
    out.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(kind.content_type()),
    );
    if let Ok(value) = HeaderValue::from_str(&format!(
        "attachment; filename=\"kvitto-{}.{}\"",
        expense.id,
        kind.extension()
    )) {
        out.insert(header::CONTENT_DISPOSITION, value);
    }
    out.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    out.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    response
}
