//! The final presentation's plan and the teams' outcome summaries as stored.

use surrealdb::types::{RecordId, SurrealValue};

use crate::domain::presentation::Plan;
use crate::platform::db::Db;

#[derive(Debug, Clone, SurrealValue)]
pub struct PlanRow {
    pub date: String,
    pub starts_at: String,
    pub ends_at: String,
    pub place: String,
    pub team_order: Vec<String>,
    /// Raised by every change (the calendar's SEQUENCE).
    pub sequence: i64,
}

pub async fn plan_of(db: &Db, round_id: &str) -> Result<Option<PlanRow>, surrealdb::Error> {
    db.query(
        "SELECT date, starts_at, ends_at, place, team_order.map(|$t| record::id($t)) AS team_order, \
         sequence FROM ONLY $plan",
    )
    .bind(("plan", RecordId::new("final_presentation", round_id)))
    .await?
    .take(0)
}

pub async fn save_plan(
    db: &Db,
    round_id: &str,
    plan: &Plan,
    order: &[String],
    by: &str,
) -> Result<(), surrealdb::Error> {
    let order: Vec<RecordId> = order
        .iter()
        .map(|t| RecordId::new("team", t.as_str()))
        .collect();
    db.query(
        "UPSERT $plan SET round = $round, date = $date, starts_at = $starts_at, \
         ends_at = $ends_at, place = $place, team_order = $order, by = $by, at = time::now(), \
         sequence = (sequence ?? -1) + 1",
    )
    .bind(("plan", RecordId::new("final_presentation", round_id)))
    .bind(("round", RecordId::new("round", round_id)))
    .bind(("date", plan.date.to_string()))
    .bind(("starts_at", plan.starts_at.format("%H:%M").to_string()))
    .bind(("ends_at", plan.ends_at.format("%H:%M").to_string()))
    .bind(("place", plan.place.clone()))
    .bind(("order", order))
    .bind(("by", RecordId::new("user", by)))
    .await?
    .check()?;
    Ok(())
}

pub async fn save_summary(db: &Db, team_id: &str, summary: &str) -> Result<(), surrealdb::Error> {
    db.query("UPDATE $team SET outcome_summary = $summary")
        .bind(("team", RecordId::new("team", team_id)))
        .bind(("summary", summary.to_owned()))
        .await?
        .check()?;
    Ok(())
}

#[derive(Debug, Clone, SurrealValue)]
pub struct SummaryRow {
    pub team_id: String,
    pub summary: String,
}

pub async fn summaries_of_round(
    db: &Db,
    round_id: &str,
) -> Result<Vec<SummaryRow>, surrealdb::Error> {
    db.query("SELECT record::id(id) AS team_id, outcome_summary AS summary FROM team WHERE round = $round")
        .bind(("round", RecordId::new("round", round_id)))
        .await?
        .take(0)
}
