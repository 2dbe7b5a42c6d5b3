//! The day-before reminder: every member and the coach of a team get a notification the
//! day before each session. Each session is reminded once, even with several app
//! instances: marking it reminded and writing the notifications is one transaction.

use chrono::NaiveDate;

use crate::platform::db::Db;

/// Sends the reminders for sessions on the day after `today`; returns how many sessions.
pub async fn send_reminders(db: &Db, today: NaiveDate) -> Result<usize, surrealdb::Error> {
    let tomorrow = today.succ_opt().unwrap_or(today).to_string();
    let count: Option<i64> = db
        .query(
            "BEGIN TRANSACTION;
             LET $due = (UPDATE team_session SET reminded = true \
                 WHERE date = $tomorrow AND cancelled = false AND reminded = false \
                 RETURN id, team);
             FOR $s IN $due {
                 LET $members = (SELECT VALUE user FROM team_member \
                     WHERE team = $s.team AND left_on = NONE);
                 FOR $p IN array::union($members, [$s.team.coach]) {
                     CREATE notification SET user = $p, idea = $s.team.idea, kind = 'session', \
                         team = $s.team, session = $s.id;
                 };
             };
             RETURN array::len($due);
             COMMIT TRANSACTION;",
        )
        .bind(("tomorrow", tomorrow))
        .await?
        .take(3)?;
    Ok(usize::try_from(count.unwrap_or(0)).unwrap_or(0))
}

/// How long after start the first check waits: a starting app (or a test's app, which lives
/// a second or two) is not also writing reminders while it answers its first requests.
const FIRST_CHECK_AFTER: std::time::Duration = std::time::Duration::from_secs(60);

/// Checks for tomorrow's sessions a minute after start and then every `every`, until
/// dropped.
pub async fn remind_every(db: Db, every: std::time::Duration) {
    let first = tokio::time::Instant::now() + FIRST_CHECK_AFTER;
    let mut ticks = tokio::time::interval_at(first, every);
    loop {
        ticks.tick().await;
        match send_reminders(&db, crate::platform::clock::today()).await {
            Ok(0) => {}
            Ok(sessions) => tracing::info!(sessions, "session reminders sent"),
            Err(error) => tracing::warn!(%error, "session reminders failed; trying again later"),
        }
    }
}
