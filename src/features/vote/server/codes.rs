//! Single-use voter codes: made in batches by an organizer, printed on cards with a QR code
//! that opens the ballot with the code filled in, looked up by hash and compared in
//! constant time.

use crate::domain::audit::AuditAction;
use crate::platform::audit::{self, Entry};
use std::collections::HashSet;

use argon2::password_hash::rand_core::{OsRng, RngCore};

use super::code_lookups::CodeLookups;
use super::{access, existing_vote, join_url, status};
use crate::domain::round::Phase;
use crate::domain::vote::code::{CODE_LEN, constant_time_eq, parse_code_count};
use crate::domain::vote::{VoteStatus, VoterCode};
use crate::domain::{FieldErrors, Problem};
use crate::error::AppError;
use crate::features::rounds::find_round;
use crate::features::vote::server::queries::{
    self as repo, AddCodesError, CodeRow, CodeWithVote, NewCode, vote_id,
};
use crate::features::vote::{CodeCard, CodeSheet};
use crate::platform::auth::token_hash;
use crate::platform::clock::local_time;
use crate::platform::context::{self, SignedIn};
use crate::platform::ids::key_of;
use crate::platform::qr;
use crate::platform::rate_limits::Counted;
use crate::platform::state::AppState;

/// Cards on one print sheet.
pub const PER_SHEET: u32 = 60;
/// Cards in one print job ("print all"): 100 sheets.
pub const MAX_PRINT: u32 = 6_000;

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

pub async fn generate(
    user: &SignedIn,
    round_id: &str,
    count: &str,
    after: &str,
) -> Result<(), AppError> {
    let (row, vote) = existing_vote(round_id).await?;
    let echo = vec![("count".to_owned(), count.to_owned())];
    let count = parse_code_count(count)
        .map_err(|p| AppError::invalid(FieldErrors::single("count", p), echo.clone()))?;
    if status(&vote) == VoteStatus::Closed {
        return Err(AppError::conflict("count", Problem::VoteClosed, echo));
    }
    if !access(&vote).allows_codes() {
        return Err(AppError::conflict("count", Problem::VoteAccountsOnly, echo));
    }
    let state = context::state()?;
    context::rate_counter(&state)
        .take(Counted::CodeBatchPerPerson, &user.id)
        .await?
        .or_refuse("count", &echo)?;
    // The form says how many codes it saw; without it, the count now.
    let expected = match after.trim().parse::<i64>() {
        Ok(seen) => seen,
        Err(_) => repo::code_count(&state.db, &row.id).await?.0,
    };
    let rows = |codes: &[VoterCode]| -> Vec<NewCode> {
        codes
            .iter()
            .enumerate()
            .map(|(i, code)| NewCode {
                id: repo::code_id(&code_hash(code)),
                vote: vote_id(&row.id),
                code: code.as_str().to_owned(),
                number: expected + 1 + i as i64,
            })
            .collect()
    };
    let mut made = false;
    for _attempt in 0..3 {
        match repo::add_codes(
            &state.db,
            &row.id,
            expected,
            rows(&new_codes(count as usize)),
        )
        .await
        {
            Ok(()) => {
                made = true;
                break;
            }
            // The same form again (a double click without JavaScript): its batch exists.
            Err(AddCodesError::CountChanged) => break,
            // A new code equals a stored one (about one in a million for 2,000 codes).
            Err(AddCodesError::Clash) => {
                tracing::warn!("voter codes clashed, making them again");
            }
            Err(AddCodesError::Db(e)) => return Err(e.into()),
        }
    }
    if made {
        tracing::info!(round = row.id, by = user.id, count, "voter codes made");
        let entry = Entry::new(
            AuditAction::CodesMade,
            Some(&user.id),
            format!("round:{}", row.id),
        )
        .in_round(&row.id)
        .details(count.to_string());
        audit::record(&state.db, entry).await;
        leptos_axum::redirect(&format!("/rounds/{}/vote?codes={count}", row.id));
    } else {
        // Nothing new was made: the page shows the codes that exist, without a notice.
        tracing::info!(
            round = row.id,
            by = user.id,
            "voter code batch already made"
        );
        leptos_axum::redirect(&format!("/rounds/{}/vote", row.id));
    }
    Ok(())
}

/// Cards `from`.. (`count` of them; 0 means one sheet), at most `MAX_PRINT` at a time.
pub async fn sheet(round_id: &str, from: u32, count: u32) -> Result<CodeSheet, AppError> {
    let (row, vote) = existing_vote(round_id).await?;
    let (_, round) = find_round(&row.id).await?;
    let state = context::state()?;
    let from = from.max(1);
    let count = if count == 0 {
        PER_SHEET
    } else {
        count.min(MAX_PRINT)
    };
    let (total, _) = repo::code_count(&state.db, &row.id).await?;
    let rows = repo::codes_page(&state.db, &row.id, i64::from(from), i64::from(count)).await?;
    let vote_day = vote
        .opens_at
        .map(|at| local_time(at).date())
        .unwrap_or(round.schedule.span(Phase::Vote).start);
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
        vote_day,
    })
}

/// A code that votes now, with its vote, in one lookup: known, unused, and its vote open
/// and taking codes. Anything else is `None`, to be answered the careful way (the vote's
/// state first, then the code), which also counts failed tries.
pub async fn ready_to_vote(
    state: &AppState,
    code: &VoterCode,
) -> Result<Option<CodeWithVote>, surrealdb::Error> {
    let hash = code_hash(code);
    let found = match state.features.get::<CodeLookups>() {
        Some(lookups) => lookups.find(&state.db, hash).await?,
        None => repo::codes_with_votes(&state.db, &[hash])
            .await?
            .pop()
            .flatten(),
    };
    Ok(found.filter(|found| {
        !found.used
            && constant_time_eq(found.code.as_bytes(), code.as_str().as_bytes())
            && status(&found.state.row) == VoteStatus::Open
            && access(&found.state.row).allows_codes()
    }))
}

/// The stored code for a typed one and the key of its vote: found by its hash, then
/// compared in constant time. `None` when there is no such code.
pub async fn find(code: &VoterCode) -> Result<Option<(CodeRow, String)>, AppError> {
    let state = context::state()?;
    let Some(stored) = repo::code_by_hash(&state.db, &code_hash(code)).await? else {
        return Ok(None);
    };
    if !constant_time_eq(stored.code.as_bytes(), code.as_str().as_bytes()) {
        return Ok(None);
    }
    let vote = key_of(&stored.vote);
    Ok(Some((stored, vote)))
}
