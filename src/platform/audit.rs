//! Writing to the audit log: who did what, to what, when. Entries are only ever created
//! (the database refuses changes and deletions, `019_audit.surql`). An entry is written
//! right after the change it records; if writing it fails, the failure is logged as an
//! error and the change stands (the person's work is never undone for the log's sake).

use surrealdb::types::RecordId;

use crate::domain::audit::AuditAction;
use crate::platform::db::Db;

/// One entry. `actor` is the account that acted (none for a ballot: ballots are never
/// linked to anyone); `person` is the account the change was about, if any.
#[derive(Debug, Clone)]
pub struct Entry {
    pub action: AuditAction,
    pub actor: Option<String>,
    pub subject: String,
    pub round: Option<String>,
    pub person: Option<String>,
    pub details: String,
}

impl Entry {
    /// `actor` did `action` to `subject` (`idea:…`, `team:…`, a file name).
    pub fn new(action: AuditAction, actor: Option<&str>, subject: impl Into<String>) -> Self {
        Entry {
            action,
            actor: actor.map(str::to_owned),
            subject: subject.into(),
            round: None,
            person: None,
            details: String::new(),
        }
    }

    pub fn in_round(mut self, round: &str) -> Self {
        self.round = Some(round.to_owned());
        self
    }

    pub fn about(mut self, person: &str) -> Self {
        self.person = Some(person.to_owned());
        self
    }

    pub fn details(mut self, details: impl Into<String>) -> Self {
        self.details = details.into();
        self
    }
}

/// Appends `entry` to the log (see the module's note on failures).
pub async fn record(db: &Db, entry: Entry) {
    let action = entry.action.as_str();
    let result = db
        .query(
            "CREATE audit SET action = $action, actor = $actor, subject = $subject, \
             round = $round, person = $person, details = $details RETURN NONE",
        )
        .bind(("action", action))
        .bind(("actor", entry.actor.map(|id| RecordId::new("user", id))))
        .bind(("subject", entry.subject))
        .bind(("round", entry.round.map(|id| RecordId::new("round", id))))
        .bind(("person", entry.person.map(|id| RecordId::new("user", id))))
        .bind(("details", entry.details))
        .await
        .and_then(|response| response.check());
    if let Err(error) = result {
        tracing::error!(%error, action, "could not write to the audit log");
    }
}
