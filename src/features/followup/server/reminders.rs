//! Follow-up reminders in the bell: the owner of an open action is asked for a status when
//! a check-in falls due, and told once when the action is past its due day. Each check-in
//! and each overdue action is marked in the same transaction as its notification, so
//! several app instances remind once.

use chrono::NaiveDate;

use crate::platform::db::Db;

/// Sends the reminders due on `today`; returns how many notifications were written.
pub async fn send_reminders(db: &Db, today: NaiveDate) -> Result<usize, surrealdb::Error> {
    let day = today.to_string();
    let count: Option<i64> = db
        .query(
            "BEGIN TRANSACTION;
             LET $asked = (UPDATE checkin SET asked = true \
                 WHERE due <= $today AND asked = false AND answer = NONE \
                 AND action.status = 'open' RETURN VALUE action);
             FOR $a IN array::distinct($asked) {
                 CREATE notification SET user = $a.owner, idea = $a.idea, kind = 'checkin', \
                     action = $a;
             };
             LET $late = (UPDATE followup_action SET reminded = true \
                 WHERE status = 'open' AND due < $today AND reminded = false RETURN id, owner, idea);
             FOR $a IN $late {
                 CREATE notification SET user = $a.owner, idea = $a.idea, kind = 'overdue', \
                     action = $a.id;
             };
             RETURN array::len($asked) + array::len($late);
             COMMIT TRANSACTION;",
        )
        .bind(("today", day))
        .await?
        .take(5)?;
    Ok(usize::try_from(count.unwrap_or(0)).unwrap_or(0))
}
