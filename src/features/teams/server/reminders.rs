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
