//! Retention: coach-private notes are deleted a set number of months after their round's
//! follow-up ends (`IDESLUSS_PRIVATE_NOTE_MONTHS`, default 12); a daily task does it and
//! tells the audit log how many went. Notes shared with the team stay with the team's
//! record.

use chrono::{Months, NaiveDate};

use crate::domain::audit::AuditAction;
use crate::platform::audit::{self, Entry};
use crate::platform::db::Db;

/// The last follow-up end whose private notes are kept on `today`.
pub fn cutoff(today: NaiveDate, months: u32) -> NaiveDate {
    today
        .checked_sub_months(Months::new(months))
        .unwrap_or(NaiveDate::MIN)
}

/// Deletes the coach-private notes of rounds whose follow-up ended before the cutoff; how
/// many went.
pub async fn delete_old_private_notes(
    db: &Db,
    today: NaiveDate,
    months: u32,
) -> Result<usize, surrealdb::Error> {
    let gone: Option<i64> = db
        .query(
            "LET $gone = (SELECT VALUE id FROM coach_note
                 WHERE visibility = 'coach' AND team.round.follow_up_end < $cutoff);
             DELETE $gone;
             RETURN array::len($gone);",
        )
        .bind((
            "cutoff",
            cutoff(today, months).format("%Y-%m-%d").to_string(),
        ))
        .await?
        .take(2)?;
    Ok(usize::try_from(gone.unwrap_or(0)).unwrap_or(0))
}

/// Runs the retention now and then every `every`, for as long as the app runs.
pub async fn every(db: Db, months: u32, every: std::time::Duration) {
    let mut ticks = tokio::time::interval(every);
    loop {
        ticks.tick().await;
        match delete_old_private_notes(&db, crate::platform::clock::today(), months).await {
            Ok(0) => {}
            Ok(count) => {
                tracing::info!(count, months, "coach-private notes past retention deleted");
                let entry = Entry::new(AuditAction::PrivateNotesDeleted, None, "coach_note")
                    .details(count.to_string());
                audit::record(&db, entry).await;
            }
            Err(error) => tracing::warn!(%error, "retention failed; trying again tomorrow"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_are_kept_for_whole_months_after_the_follow_up() {
        let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert_eq!(cutoff(day("2026-12-06"), 12), day("2025-12-06"));
        assert_eq!(cutoff(day("2026-03-31"), 1), day("2026-02-28"));
    }
}
