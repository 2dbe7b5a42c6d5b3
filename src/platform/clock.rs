//! The department's clock: dates and times as the server's time zone shows them.

/// Today's date on the department's clock.
pub fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

/// A time stored in UTC, as the department's clock shows it (the server's time zone).
pub fn local_time(at: chrono::DateTime<chrono::Utc>) -> chrono::NaiveDateTime {
    at.with_timezone(&chrono::Local).naive_local()
}
