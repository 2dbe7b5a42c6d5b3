//! Sign-ups to take part in testing, one per person and round.

use surrealdb::types::{RecordId, SurrealValue};

use crate::domain::Category;
use crate::domain::signup::{Availability, ManagerConsent, Signup};
use crate::platform::db::Db;

#[derive(Debug, Clone, SurrealValue)]
struct SignupRecord {
    round: RecordId,
    user: RecordId,
    categories: Vec<String>,
    hours_per_week: Option<i64>,
    intensive_week: bool,
    manager: String,
    note: String,
    at: chrono::DateTime<chrono::Utc>,
}

#[derive(Debug, Clone, SurrealValue)]
pub struct SignupRow {
    pub user_id: String,
    pub user_name: String,
    pub user_email: String,
    pub categories: Vec<String>,
    pub hours_per_week: Option<i64>,
    pub intensive_week: bool,
    pub manager: String,
    pub note: String,
    pub at: chrono::DateTime<chrono::Utc>,
}

impl SignupRow {
    /// The stored answers, read back as a domain sign-up (`None` if the row is damaged).
    pub fn to_domain(&self) -> Option<Signup> {
        let categories = self
            .categories
            .iter()
            .map(|c| Category::parse(c).ok())
            .collect::<Option<Vec<_>>>()?;
        let availability = match (self.intensive_week, self.hours_per_week) {
            (true, _) => Availability::IntensiveWeek,
            (false, Some(h)) => Availability::HoursPerWeek(u8::try_from(h).ok()?),
            (false, None) => return None,
        };
        Some(Signup {
            categories,
            availability,
            manager: ManagerConsent::parse(&self.manager).ok()?,
            note: self.note.clone(),
        })
    }
}

fn key(round: &str, user: &str) -> RecordId {
    RecordId::new("signup", format!("{round}_{user}"))
}

/// Stores (or replaces) a person's sign-up for a round.
pub async fn save(
    db: &Db,
    round: &str,
    user: &str,
    signup: &Signup,
) -> Result<(), surrealdb::Error> {
    let (hours_per_week, intensive_week) = match signup.availability {
        Availability::HoursPerWeek(h) => (Some(i64::from(h)), false),
        Availability::IntensiveWeek => (None, true),
    };
    let record = SignupRecord {
        round: RecordId::new("round", round),
        user: RecordId::new("user", user),
        categories: signup
            .categories
            .iter()
            .map(|c| c.as_str().to_owned())
            .collect(),
        hours_per_week,
        intensive_week,
        manager: signup.manager.as_str().to_owned(),
        note: signup.note.clone(),
        at: chrono::Utc::now(),
    };
    db.query("UPSERT $id CONTENT $record")
        .bind(("id", key(round, user)))
        .bind(("record", record))
        .await?
        .check()?;
    Ok(())
}

const FIELDS: &str = "record::id(user) AS user_id, user.name AS user_name, user.email AS user_email, categories, \
    hours_per_week, intensive_week, manager, note, at";

pub async fn of_person(
    db: &Db,
    round: &str,
    user: &str,
) -> Result<Option<SignupRow>, surrealdb::Error> {
    db.query(format!("SELECT {FIELDS} FROM $id"))
        .bind(("id", key(round, user)))
        .await?
        .take(0)
}

/// Everyone signed up for a round, in the order they signed up.
pub async fn of_round(db: &Db, round: &str) -> Result<Vec<SignupRow>, surrealdb::Error> {
    db.query(format!(
        "SELECT {FIELDS} FROM signup WHERE round = $round ORDER BY at ASC"
    ))
    .bind(("round", RecordId::new("round", round)))
    .await?
    .take(0)
}
