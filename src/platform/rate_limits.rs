//! How often something may be done: failed sign-ins per account and per client address,
//! sign-ups, barrier reports and sign-ins started with the identity provider per address,
//! comments and voter-code batches per person.
//! Each is counted in
//! the database per fixed window (so every app instance sees the same counts) under a
//! hash of its key (no address or e-mail is stored), and past its limit is answered 429
//! with `Retry-After` until the window ends. Only failed sign-ins count per address, so a
//! hall signing in behind one NAT address is never turned away for being many (sign-ups
//! per address are generous for the same reason); voters
//! use codes, which have their own guard that never slows a correct code.

use std::time::Duration;

use surrealdb::types::RecordId;

use crate::domain::{FieldErrors, Problem};
use crate::error::{AppError, Echo};
use crate::platform::auth::token_hash;
use crate::platform::db::Db;
use crate::platform::db_error::is_retryable;

/// What is counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counted {
    FailedSignInPerAccount,
    FailedSignInPerAddress,
    SignUpPerAddress,
    CommentPerPerson,
    CodeBatchPerPerson,
    BarrierReportPerAddress,
    /// Sign-ins started with the identity provider (each keeps a row for ten minutes).
    ProviderSignInPerAddress,
}

impl Counted {
    pub const ALL: [Counted; 7] = [
        Counted::FailedSignInPerAccount,
        Counted::FailedSignInPerAddress,
        Counted::SignUpPerAddress,
        Counted::CommentPerPerson,
        Counted::CodeBatchPerPerson,
        Counted::BarrierReportPerAddress,
        Counted::ProviderSignInPerAddress,
    ];

    /// The name in `IDESLUSS_RATE_LIMITS` and in the counter's key.
    pub fn name(self) -> &'static str {
        match self {
            Counted::FailedSignInPerAccount => "sign_in_account",
            Counted::FailedSignInPerAddress => "sign_in_address",
            Counted::SignUpPerAddress => "sign_up_address",
            Counted::CommentPerPerson => "comment",
            Counted::CodeBatchPerPerson => "code_batch",
            Counted::BarrierReportPerAddress => "barrier_report_address",
            Counted::ProviderSignInPerAddress => "provider_sign_in_address",
        }
    }
}

/// At most `most` in each window of `window`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit {
    pub most: u32,
    pub window: Duration,
}

impl Limit {
    const fn per_minutes(most: u32, minutes: u64) -> Self {
        Limit {
            most,
            window: Duration::from_secs(minutes * 60),
        }
    }
}

/// The limits in force (`IDESLUSS_RATE_LIMITS` changes any of them).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RateLimits {
    limits: [Limit; 7],
}

impl Default for RateLimits {
    fn default() -> Self {
        RateLimits {
            limits: [
                Limit::per_minutes(10, 15),
                Limit::per_minutes(100, 15),
                Limit::per_minutes(100, 60),
                Limit::per_minutes(30, 10),
                Limit::per_minutes(20, 60),
                Limit::per_minutes(20, 60),
                Limit::per_minutes(600, 15),
            ],
        }
    }
}

impl RateLimits {
    pub fn of(&self, counted: Counted) -> Limit {
        self.limits[counted as usize]
    }

    /// The defaults with the changes in `list`, written `sign_in_account=10/15m,
    /// comment=30/10m` (a window in `s`, `m` or `h`); the part it cannot read, as the error.
    pub fn parse(list: &str) -> Result<Self, String> {
        let mut limits = RateLimits::default();
        for part in list.split([',', ' ']).filter(|p| !p.is_empty()) {
            let bad = || part.to_owned();
            let (name, value) = part.split_once('=').ok_or_else(bad)?;
            let counted = Counted::ALL
                .into_iter()
                .find(|c| c.name() == name.trim())
                .ok_or_else(bad)?;
            let (most, window) = value.split_once('/').ok_or_else(bad)?;
            let most: u32 = most
                .trim()
                .parse()
                .ok()
                .filter(|n| *n > 0)
                .ok_or_else(bad)?;
            let window = parse_window(window.trim()).ok_or_else(bad)?;
            limits.limits[counted as usize] = Limit { most, window };
        }
        Ok(limits)
    }
}

/// `30s`, `15m`, `1h`: from a second to a day.
fn parse_window(text: &str) -> Option<Duration> {
    let unit = match text.chars().last()? {
        's' => 1,
        'm' => 60,
        'h' => 3600,
        _ => return None,
    };
    let amount: u64 = text[..text.len() - 1].parse().ok()?;
    let seconds = amount.checked_mul(unit)?;
    (1..=86_400)
        .contains(&seconds)
        .then(|| Duration::from_secs(seconds))
}

/// The window `now` (Unix seconds) is in, and the seconds left of it (at least one).
fn window_at(limit: Limit, now: i64) -> (i64, u32) {
    let length = limit.window.as_secs().max(1) as i64;
    let window = now.div_euclid(length);
    let left = (window + 1) * length - now;
    (window, left.max(1) as u32)
}

fn counter(counted: Counted, key: &str, window: i64) -> RecordId {
    let hashed = token_hash(&format!("{}:{}", counted.name(), key.to_lowercase()));
    RecordId::new(
        "rate_count",
        format!("{}_{}_{window}", counted.name(), &hashed[..32]),
    )
}

/// Whether a limit still holds: go on, or wait this many seconds.
#[must_use]
pub struct Verdict(Option<u32>);

impl Verdict {
    /// Go on, or 429 with the seconds to wait and the message at `field`.
    pub fn or_refuse(self, field: &str, echo: &Echo) -> Result<(), AppError> {
        match self.0 {
            None => Ok(()),
            Some(retry_after) => Err(AppError::RateLimited(
                FieldErrors::single(field, Problem::TooManyAttempts { retry_after }),
                echo.clone(),
                retry_after,
            )),
        }
    }
}

/// A place where limits are counted (the database, with the limits in force).
pub struct Counter<'a> {
    pub db: &'a Db,
    pub limits: &'a RateLimits,
}

impl Counter<'_> {
    /// Whether `key` is still under its limit in this window; counts nothing.
    pub async fn check(&self, counted: Counted, key: &str) -> Result<Verdict, AppError> {
        let limit = self.limits.of(counted);
        let (window, left) = window_at(limit, chrono::Utc::now().timestamp());
        let count: Vec<i64> = self
            .db
            .query("SELECT VALUE count FROM $counter")
            .bind(("counter", counter(counted, key, window)))
            .await?
            .take(0)?;
        let reached = count.first().copied().unwrap_or(0) >= i64::from(limit.most);
        Ok(verdict(counted, reached, left))
    }

    /// Counts one for `key`.
    pub async fn note(&self, counted: Counted, key: &str) -> Result<i64, AppError> {
        let limit = self.limits.of(counted);
        let (window, left) = window_at(limit, chrono::Utc::now().timestamp());
        let mut attempt = 0;
        loop {
            attempt += 1;
            let result = self
                .db
                .query(
                    "UPSERT $counter SET count = IF count = NONE THEN 1 ELSE count + 1 END, \
                     ends_at = time::now() + <duration> $left RETURN VALUE count",
                )
                .bind(("counter", counter(counted, key, window)))
                .bind(("left", format!("{left}s")))
                .await
                .and_then(|mut r| r.take::<Vec<i64>>(0));
            match result {
                Ok(count) => return Ok(count.first().copied().unwrap_or(1)),
                Err(e) if is_retryable(&e) && attempt < 5 => continue,
                Err(e) => return Err(e.into()),
            }
        }
    }

    /// Counts one for `key`; past its limit, the attempt is not to be made.
    pub async fn take(&self, counted: Counted, key: &str) -> Result<Verdict, AppError> {
        self.take_up_to(counted, key, self.limits.of(counted).most)
            .await
    }

    /// As `take`, with `most` in its window instead of the limit's own number.
    pub async fn take_up_to(
        &self,
        counted: Counted,
        key: &str,
        most: u32,
    ) -> Result<Verdict, AppError> {
        let limit = self.limits.of(counted);
        let past = self.note(counted, key).await? > i64::from(most);
        let (_, left) = window_at(limit, chrono::Utc::now().timestamp());
        Ok(verdict(counted, past, left))
    }
}

fn verdict(counted: Counted, limited: bool, left: u32) -> Verdict {
    if limited {
        tracing::warn!(limit = counted.name(), "rate limit reached");
        Verdict(Some(left))
    } else {
        Verdict(None)
    }
}

/// Deletes the counters of windows that have ended; how many went.
pub async fn purge_ended(db: &Db) -> Result<usize, surrealdb::Error> {
    let gone: Vec<RecordId> = db
        .query("DELETE rate_count WHERE ends_at < time::now() RETURN VALUE id")
        .await?
        .take(0)?;
    Ok(gone.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_are_read_by_name_and_the_rest_stay_default() {
        let limits = RateLimits::parse("comment=5/30s, sign_in_account=3/1h").unwrap();
        assert_eq!(
            limits.of(Counted::CommentPerPerson),
            Limit {
                most: 5,
                window: Duration::from_secs(30)
            }
        );
        assert_eq!(limits.of(Counted::FailedSignInPerAccount).most, 3);
        assert_eq!(
            limits.of(Counted::SignUpPerAddress),
            RateLimits::default().of(Counted::SignUpPerAddress)
        );
    }

    #[test]
    fn unreadable_limits_are_named() {
        for bad in [
            "comment",
            "comment=5",
            "comment=0/1m",
            "comment=5/0m",
            "comment=5/2d",
            "comment=-1/1m",
            "votes=5/1m",
            "comment=5/25h",
        ] {
            assert_eq!(RateLimits::parse(bad), Err(bad.to_owned()), "{bad}");
        }
    }

    #[test]
    fn a_window_ends_at_its_boundary() {
        let limit = Limit::per_minutes(1, 15);
        assert_eq!(window_at(limit, 900), (1, 900));
        assert_eq!(window_at(limit, 1799), (1, 1));
        assert_eq!(window_at(limit, 1800), (2, 900));
    }

    #[test]
    fn counters_hide_their_key_and_ignore_its_case() {
        let a = counter(Counted::FailedSignInPerAccount, "Anna@Kommun.se", 7);
        let b = counter(Counted::FailedSignInPerAccount, "anna@kommun.se", 7);
        assert_eq!(a, b);
        assert!(!format!("{a:?}").contains("anna"));
        assert_ne!(
            a,
            counter(Counted::FailedSignInPerAddress, "anna@kommun.se", 7)
        );
        assert_ne!(
            a,
            counter(Counted::FailedSignInPerAccount, "anna@kommun.se", 8)
        );
    }
}
