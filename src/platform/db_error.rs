//! What a failed database statement means for us, read from the SDK's typed error where
//! it has one. The one place that still reads message text is the UNIQUE index refusal,
//! which SurrealDB 3.3 reports as an untyped internal error (pinned by a test in
//! `tests/api/db_errors.rs`).

use surrealdb::types::{AlreadyExistsError, QueryError};

/// A failed statement, classified.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DbFailure {
    /// A `THROW '<tag>'` of ours, with its tag.
    Thrown(String),
    /// `CREATE` of a record whose id is taken.
    RecordExists,
    /// A UNIQUE index refused a duplicate value.
    UniqueIndex,
    /// Two transactions wrote the same keys at once; the loser may try again.
    Conflict,
    /// A statement skipped because another one in its transaction failed.
    NotExecuted,
    Other,
}

/// The prefix SurrealDB puts before the text of a `THROW`.
const THROWN_PREFIX: &str = "An error occurred: ";

pub fn classify(error: &surrealdb::Error) -> DbFailure {
    if error.is_thrown() {
        let message = error.message();
        let tag = message.strip_prefix(THROWN_PREFIX).unwrap_or(message);
        return DbFailure::Thrown(tag.trim().to_owned());
    }
    if let Some(AlreadyExistsError::Record { .. }) = error.already_exists_details() {
        return DbFailure::RecordExists;
    }
    match error.query_details() {
        Some(QueryError::TransactionConflict) => return DbFailure::Conflict,
        Some(QueryError::NotExecuted) => return DbFailure::NotExecuted,
        _ => {}
    }
    let message = error.message();
    if message.starts_with("Database index `") && message.contains("` already contains ") {
        DbFailure::UniqueIndex
    } else if message.contains("not executed") {
        // Transactions in 3.3 mark their skipped statements with this text, untyped.
        DbFailure::NotExecuted
    } else {
        DbFailure::Other
    }
}

/// True when the error is our `THROW` of `tag`.
pub fn is_thrown(error: &surrealdb::Error, tag: &str) -> bool {
    classify(error) == DbFailure::Thrown(tag.to_owned())
}

/// True when the error is a UNIQUE index refusing a duplicate value.
pub fn is_unique_violation(error: &surrealdb::Error) -> bool {
    classify(error) == DbFailure::UniqueIndex
}

/// True when a `CREATE` found its record id taken.
pub fn is_record_exists(error: &surrealdb::Error) -> bool {
    classify(error) == DbFailure::RecordExists
}

/// True when trying the same transaction again may succeed.
pub fn is_retryable(error: &surrealdb::Error) -> bool {
    classify(error) == DbFailure::Conflict
        || error
            .message()
            .to_ascii_lowercase()
            .contains("can be retried")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_throw_gives_its_tag() {
        let error = surrealdb::Error::thrown(format!("{THROWN_PREFIX}vote_closed"));
        assert_eq!(classify(&error), DbFailure::Thrown("vote_closed".into()));
        assert!(is_thrown(&error, "vote_closed"));
        assert!(!is_thrown(&error, "vote"));
    }

    #[test]
    fn typed_kinds_are_read_without_their_text() {
        let conflict = surrealdb::Error::query("x".into(), QueryError::TransactionConflict);
        assert_eq!(classify(&conflict), DbFailure::Conflict);
        assert!(is_retryable(&conflict));
        let exists = surrealdb::Error::already_exists(
            "x".into(),
            AlreadyExistsError::Record { id: "a:b".into() },
        );
        assert_eq!(classify(&exists), DbFailure::RecordExists);
        let other = surrealdb::Error::internal("something else".into());
        assert_eq!(classify(&other), DbFailure::Other);
    }
}
