//! The reminder loop: a minute after start and then every quarter of an hour, the day-before
//! session reminders (teams) and the follow-up check-ins and overdue actions (followup).
//! Each kind marks what it reminded of in its own transaction, so several app instances
//! remind once.

use crate::platform::db::Db;

/// How long after start the first check waits: a starting app (or a test's app, which lives
/// a second or two) is not also writing reminders while it answers its first requests.
const FIRST_CHECK_AFTER: std::time::Duration = std::time::Duration::from_secs(60);

/// Checks a minute after start and then every `every`, until dropped.
pub async fn remind_every(db: Db, every: std::time::Duration) {
    let first = tokio::time::Instant::now() + FIRST_CHECK_AFTER;
    let mut ticks = tokio::time::interval_at(first, every);
    loop {
        ticks.tick().await;
        let today = crate::platform::clock::today();
        match crate::features::teams::send_reminders(&db, today).await {
            Ok(0) => {}
            Ok(sessions) => tracing::info!(sessions, "session reminders sent"),
            Err(error) => tracing::warn!(%error, "session reminders failed; trying again later"),
        }
        match crate::features::followup::send_reminders(&db, today).await {
            Ok(0) => {}
            Ok(notes) => tracing::info!(notes, "follow-up reminders sent"),
            Err(error) => tracing::warn!(%error, "follow-up reminders failed; trying again later"),
        }
    }
}
