//! Single-use voter codes: made in batches by an organizer, printed on cards with a QR code
//! that opens the ballot with the code filled in, looked up by hash and compared in
//! constant time.

use std::collections::HashSet;

use argon2::password_hash::rand_core::{OsRng, RngCore};

use super::{existing_vote, join_url, status};
use crate::api::votes::{CodeCard, CodeSheet};
use crate::domain::vote::code::{CODE_LEN, constant_time_eq, parse_code_count};
use crate::domain::vote::{VoteStatus, VoterCode};
use crate::domain::{FieldErrors, Problem, Role};
use crate::error::AppError;
use crate::server::auth::token_hash;
use crate::server::context;
use crate::server::qr;
use crate::server::repo::votes::{self as repo, CodeRow, NewCode, vote_id};

/// Cards on one print sheet.
pub const PER_SHEET: u32 = 60;
const INSERT_BATCH: usize = 1000;

pub fn code_hash(code: &VoterCode) -> String {
    token_hash(code.as_str())
}

pub fn new_codes(count: usize) -> Vec<VoterCode> {
    let mut seen = HashSet::with_capacity(count);
    let mut codes = Vec::with_capacity(count);
    while codes.len() < count {
        let mut bytes = [0u8; CODE_LEN];
        OsRng.fill_bytes(&mut bytes);
        let code = VoterCode::from_random(bytes);
        if seen.insert(code.clone()) {
            codes.push(code);
        }
    }
    codes
}

pub async fn generate(round_id: &str, count: &str) -> Result<(), AppError> {
    let user = context::require_role(Role::Organizer).await?;
    let (row, vote) = existing_vote(round_id).await?;
    let echo = vec![("count".to_owned(), count.to_owned())];
    let count = parse_code_count(count)
        .map_err(|p| AppError::invalid(FieldErrors::single("count", p), echo.clone()))?;
    if status(&vote) == VoteStatus::Closed {
        return Err(AppError::conflict("count", Problem::VoteClosed, echo));
    }
    let state = context::state()?;
    let (existing, _) = repo::code_count(&state.db, &row.id).await?;
    let codes = new_codes(count as usize);
    for (batch_index, batch) in codes.chunks(INSERT_BATCH).enumerate() {
        let first = existing + 1 + (batch_index * INSERT_BATCH) as i64;
        let rows = |codes: &[VoterCode]| -> Vec<NewCode> {
            codes
                .iter()
                .enumerate()
                .map(|(i, code)| NewCode {
                    id: repo::code_id(&code_hash(code)),
                    vote: vote_id(&row.id),
                    code: code.as_str().to_owned(),
                    number: first + i as i64,
                })
                .collect()
        };
        if let Err(error) = repo::add_codes(&state.db, rows(batch)).await {
            // A clash with a code made earlier (about one in a million for 2,000 codes):
            // make this batch again. Anything else is a real failure.
            tracing::warn!(%error, "voter codes clashed, making them again");
            repo::add_codes(&state.db, rows(&new_codes(batch.len()))).await?;
        }
    }
    tracing::info!(round = row.id, by = user.id, count, "voter codes made");
    leptos_axum::redirect(&format!("/rounds/{}/vote?codes={count}", row.id));
    Ok(())
}

pub async fn sheet(round_id: &str, from: u32) -> Result<CodeSheet, AppError> {
    context::require_role(Role::Organizer).await?;
    let (row, _) = existing_vote(round_id).await?;
    let state = context::state()?;
    let from = from.max(1);
    let (total, _) = repo::code_count(&state.db, &row.id).await?;
    let rows = repo::codes_page(&state.db, &row.id, i64::from(from), i64::from(PER_SHEET)).await?;
    let join = join_url(&state);
    let cards = rows
        .iter()
        .filter_map(|code_row| {
            let code = VoterCode::parse(&code_row.code).ok()?;
            let url = format!("{join}?kod={}", code.as_str());
            Some(CodeCard {
                number: u32::try_from(code_row.number).ok()?,
                qr_svg: qr::svg(&url, &code.display()),
                code: code.display(),
                url,
                used: code_row.used,
            })
        })
        .collect();
    Ok(CodeSheet {
        round_id: row.id.clone(),
        round_name: row.name.clone(),
        join_url: join,
        cards,
        from,
        total: u32::try_from(total).unwrap_or(0),
        per_sheet: PER_SHEET,
    })
}

/// The stored code for what a voter typed, if it belongs to vote `round_id`: found by
/// its hash, then compared in constant time.
pub async fn find(round_id: Option<&str>, typed: &str) -> Result<(VoterCode, CodeRow), AppError> {
    let echo = vec![("code".to_owned(), typed.to_owned())];
    let code = VoterCode::parse(typed)
        .map_err(|p| AppError::invalid(FieldErrors::single("code", p), echo.clone()))?;
    let state = context::state()?;
    let unknown = || {
        AppError::invalid(
            FieldErrors::single("code", Problem::VoterCodeUnknown),
            echo.clone(),
        )
    };
    let stored = repo::code_by_hash(&state.db, &code_hash(&code))
        .await?
        .ok_or_else(unknown)?;
    let same_code = constant_time_eq(stored.code.as_bytes(), code.as_str().as_bytes());
    let same_vote = round_id.is_none_or(|id| stored.vote == vote_id(id));
    if !same_code || !same_vote {
        return Err(unknown());
    }
    if stored.used {
        return Err(AppError::conflict("code", Problem::VoterCodeUsed, echo));
    }
    Ok((code, stored))
}
