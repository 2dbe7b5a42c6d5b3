//! Guessing voter codes is slowed down for the whole vote, across every app instance: the
//! failed lookups of each minute are counted in the database. Up to `FREE_FAILURES` a
//! minute (a hall of people mistyping) nothing changes; after that every further failure
//! waits a second longer than the one before, up to `MAX_WAIT`, and is answered 429 with
//! `Retry-After`. Correct codes never wait, so the hall is never locked out.

use std::time::Duration;

use crate::domain::{FieldErrors, Problem};
use crate::error::{AppError, Echo};
use crate::features::vote::server::queries as repo;
use crate::platform::context;

pub const FREE_FAILURES: i64 = 30;
pub const MAX_WAIT: i64 = 10;

/// Seconds the `n`th failure of a minute waits (0 while under the threshold).
pub fn wait_for(failures: i64) -> i64 {
    (failures - FREE_FAILURES).clamp(0, MAX_WAIT)
}

fn this_minute() -> i64 {
    chrono::Utc::now().timestamp() / 60
}

/// Records a failed lookup in `vote_ids` and answers with `refusal`, or, past the
/// threshold, waits and answers 429.
pub async fn failed(vote_ids: &[String], refusal: AppError, echo: Echo) -> AppError {
    let Ok(state) = context::state() else {
        return AppError::Internal;
    };
    let minute = this_minute();
    let mut most = 0;
    for id in vote_ids {
        match repo::note_code_failure(&state.db, id, minute).await {
            Ok(n) => most = most.max(n),
            Err(error) => {
                // Counting failed (heavy contention): treat it as over the threshold.
                tracing::warn!(%error, "could not count a failed code lookup");
                most = most.max(FREE_FAILURES + MAX_WAIT);
            }
        }
    }
    let wait = wait_for(most);
    if wait == 0 {
        return refusal;
    }
    tracing::warn!(failures = most, wait, "voter code guessing slowed down");
    tokio::time::sleep(Duration::from_secs(wait as u64)).await;
    let seconds = wait as u32;
    AppError::RateLimited(
        FieldErrors::single(
            "code",
            Problem::TooManyCodeAttempts {
                retry_after: seconds,
            },
        ),
        echo,
        seconds,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_grow_by_a_second_after_the_threshold_up_to_the_cap() {
        assert_eq!(wait_for(1), 0);
        assert_eq!(wait_for(FREE_FAILURES), 0);
        assert_eq!(wait_for(FREE_FAILURES + 1), 1);
        assert_eq!(wait_for(FREE_FAILURES + 3), 3);
        assert_eq!(wait_for(FREE_FAILURES + 500), MAX_WAIT);
    }
}
