//! Record ids as they arrive from URLs and forms.

use crate::error::AppError;

/// Record keys are alphanumeric; anything else cannot name a record, so it is not found.
pub fn checked_id(id: &str) -> Result<&str, AppError> {
    let id = id.trim();
    if id.is_empty() || id.len() > 64 || !id.chars().all(|c| c.is_ascii_alphanumeric()) {
        return Err(AppError::NotFound);
    }
    Ok(id)
}

/// A time stored in UTC, as the department's clock shows it (the server's time zone).
pub fn local_time(at: chrono::DateTime<chrono::Utc>) -> chrono::NaiveDateTime {
    at.with_timezone(&chrono::Local).naive_local()
}
