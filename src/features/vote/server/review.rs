//! The step between choosing and confirming. The ticked proposals travel in a short-lived
//! `HttpOnly` cookie scoped to the vote, never in an address: a shared office PC's history,
//! a proxy's log and the next page's `Referer` hold no choice. Casting the ballot clears it.

use crate::domain::vote::VoterCode;
use crate::domain::{FieldErrors, Problem};
use crate::error::AppError;
use crate::platform::context::{self, request_cookie, set_cookie};

const REVIEW_COOKIE: &str = "idesluss_ballot";
/// Long enough to read the ballot at leisure, short enough not to linger on a shared PC.
const REVIEW_MINUTES: u32 = 30;
/// More ticks than any vote allows, so that "too many" can still be shown as ticked.
const MAX_KEPT: usize = 20;

fn cookie(value: &str, max_age: u32, secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    format!("{REVIEW_COOKIE}={value}; Path=/; HttpOnly; SameSite=Strict; Max-Age={max_age}{secure}")
}

/// `<round>.<id>-<id>…`: record keys are alphanumeric, so neither separator occurs in them.
fn encode(round_id: &str, picks: &[String]) -> String {
    format!("{round_id}.{}", picks.join("-"))
}

fn decode(value: &str, round_id: &str) -> Vec<String> {
    let Some((round, ids)) = value.split_once('.') else {
        return Vec::new();
    };
    if round != round_id {
        return Vec::new();
    }
    ids.split('-')
        .filter(|id| !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric()))
        .take(MAX_KEPT)
        .map(str::to_owned)
        .collect()
}

pub async fn review(round_id: &str, code: &str, picks: Vec<String>) -> Result<(), AppError> {
    let echo = vec![("code".to_owned(), code.to_owned())];
    // Only the code's form is checked here: no lookup, so this step tells a guesser nothing.
    let code = match code.trim() {
        "" => None,
        typed => Some(
            VoterCode::parse(typed)
                .map_err(|p| AppError::invalid(FieldErrors::single("code", p), echo.clone()))?,
        ),
    };
    let mut kept: Vec<String> = Vec::new();
    for pick in picks.iter().map(|p| p.trim()).filter(|p| !p.is_empty()) {
        if !pick.chars().all(|c| c.is_ascii_alphanumeric()) || pick.len() > 64 {
            return Err(AppError::invalid(
                FieldErrors::single("picks", Problem::ChoiceInvalid),
                echo,
            ));
        }
        if kept.len() < MAX_KEPT {
            kept.push(pick.to_owned());
        }
    }
    let state = context::state()?;
    set_cookie(&cookie(
        &encode(round_id, &kept),
        REVIEW_MINUTES * 60,
        state.secure_cookies,
    ));
    let back = match code {
        Some(code) => format!("/rosta?kod={}&granska=1", code.as_str()),
        None => format!("/rosta?omrostning={round_id}&granska=1"),
    };
    leptos_axum::redirect(&back);
    Ok(())
}

/// What this browser ticked for the vote of `round_id` (nothing if it was another vote).
pub fn chosen(round_id: &str) -> Vec<String> {
    request_cookie(REVIEW_COOKIE)
        .map(|value| decode(&value, round_id))
        .unwrap_or_default()
}

/// Forgets the ticks once the ballot is stored.
pub fn clear(secure: bool) {
    set_cookie(&cookie("", 0, secure));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_round_trip_for_their_own_vote_only() {
        let picks = vec!["abc123".to_owned(), "def456".to_owned()];
        let value = encode("round1", &picks);
        assert_eq!(decode(&value, "round1"), picks);
        assert!(decode(&value, "round2").is_empty());
        assert!(decode("garbage", "round1").is_empty());
        assert_eq!(decode("round1.a-b;c-", "round1"), vec!["a".to_owned()]);
    }
}
