//! Test cards and learning cards as stored and read.

use surrealdb::types::{RecordId, SurrealValue};

use crate::domain::learning::{LearningCard, TestCard};
use crate::platform::db::Db;

fn team(id: &str) -> RecordId {
    RecordId::new("team", id)
}

fn test_card(id: &str) -> RecordId {
    RecordId::new("test_card", id)
}

#[derive(Debug, Clone, SurrealValue)]
pub struct TestCardRow {
    pub id: String,
    pub team_id: String,
    pub name: String,
    pub owner: String,
    pub deadline: Option<String>,
    pub duration: String,
    pub hypothesis: String,
    pub critical: i64,
    pub test: String,
    pub cost: i64,
    pub reliability: i64,
    pub metric: String,
    pub criteria: String,
    pub status: String,
    pub result: Option<String>,
    pub evidence: String,
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

const TEST_CARD_FIELDS: &str = "record::id(id) AS id, record::id(team) AS team_id, name, owner, \
    deadline, duration, hypothesis, critical, test, cost, reliability, metric, criteria, status, \
    result, evidence, updated_at";

#[derive(Debug, Clone, SurrealValue)]
pub struct LearningCardRow {
    pub id: String,
    pub team_id: String,
    pub title: String,
    pub believed: String,
    pub observed: String,
    pub learned: String,
    pub therefore: String,
    pub test_ids: Vec<String>,
    pub test_names: Vec<String>,
    pub test_results: Vec<Option<String>>,
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

pub const LEARNING_CARD_FIELDS: &str = "record::id(id) AS id, record::id(team) AS team_id, \
    title, believed, observed, learned, therefore, \
    test_cards.map(|$t| record::id($t)) AS test_ids, test_cards.name AS test_names, \
    test_cards.result AS test_results, updated_at";

/// Test cards of the given teams, oldest first.
pub async fn test_cards_of(
    db: &Db,
    teams: &[String],
) -> Result<Vec<TestCardRow>, surrealdb::Error> {
    let teams: Vec<RecordId> = teams.iter().map(|t| team(t)).collect();
    db.query(format!(
        "SELECT {TEST_CARD_FIELDS} FROM test_card WHERE team IN $teams ORDER BY created_at ASC"
    ))
    .bind(("teams", teams))
    .await?
    .take(0)
}

/// Learning cards of the given teams, oldest first.
pub async fn learning_cards_of(
    db: &Db,
    teams: &[String],
) -> Result<Vec<LearningCardRow>, surrealdb::Error> {
    let teams: Vec<RecordId> = teams.iter().map(|t| team(t)).collect();
    db.query(format!(
        "SELECT {LEARNING_CARD_FIELDS} FROM learning_card WHERE team IN $teams \
         ORDER BY created_at ASC"
    ))
    .bind(("teams", teams))
    .await?
    .take(0)
}

pub async fn learning_card_count(db: &Db, team_id: &str) -> Result<i64, surrealdb::Error> {
    let n: Option<i64> = db
        .query("RETURN count(SELECT id FROM learning_card WHERE team = $team)")
        .bind(("team", team(team_id)))
        .await?
        .take(0)?;
    Ok(n.unwrap_or(0))
}

/// Which of `ids` are this team's test cards.
pub async fn test_cards_of_team(
    db: &Db,
    team_id: &str,
    ids: &[String],
) -> Result<Vec<String>, surrealdb::Error> {
    let cards: Vec<RecordId> = ids.iter().map(|id| test_card(id)).collect();
    db.query("SELECT VALUE record::id(id) FROM $cards WHERE team = $team")
        .bind(("cards", cards))
        .bind(("team", team(team_id)))
        .await?
        .take(0)
}

/// Whether card `table:id` exists and belongs to the team.
pub async fn card_of_team(
    db: &Db,
    table: &str,
    id: &str,
    team_id: &str,
) -> Result<bool, surrealdb::Error> {
    let found: Option<RecordId> = db
        .query("SELECT VALUE team FROM ONLY $card")
        .bind(("card", RecordId::new(table, id)))
        .await?
        .take(0)?;
    Ok(found == Some(team(team_id)))
}

#[derive(Debug, Clone, SurrealValue)]
struct TestCardContent {
    name: String,
    owner: String,
    deadline: Option<String>,
    duration: String,
    hypothesis: String,
    critical: i64,
    test: String,
    cost: i64,
    reliability: i64,
    metric: String,
    criteria: String,
    status: String,
    result: Option<String>,
    evidence: String,
}

impl From<&TestCard> for TestCardContent {
    fn from(card: &TestCard) -> Self {
        TestCardContent {
            name: card.name.clone(),
            owner: card.owner.clone(),
            deadline: card.deadline.map(|d| d.to_string()),
            duration: card.duration.clone(),
            hypothesis: card.hypothesis.clone(),
            critical: i64::from(card.critical.get()),
            test: card.test.clone(),
            cost: i64::from(card.cost.get()),
            reliability: i64::from(card.reliability.get()),
            metric: card.metric.clone(),
            criteria: card.criteria.clone(),
            status: card.status.as_str().to_owned(),
            result: card.result.map(|r| r.as_str().to_owned()),
            evidence: card.evidence.clone(),
        }
    }
}

/// `field = $card.field, …` for every field of `content`'s table.
fn set_list(fields: &[&str]) -> String {
    fields
        .iter()
        .map(|f| format!("{f} = $card.{f}"))
        .collect::<Vec<_>>()
        .join(", ")
}

const TEST_CARD_COLUMNS: [&str; 14] = [
    "name",
    "owner",
    "deadline",
    "duration",
    "hypothesis",
    "critical",
    "test",
    "cost",
    "reliability",
    "metric",
    "criteria",
    "status",
    "result",
    "evidence",
];

const LEARNING_CARD_COLUMNS: [&str; 6] = [
    "title",
    "believed",
    "observed",
    "learned",
    "therefore",
    "test_cards",
];

/// Which card a save writes: a new one of the team (`id` = None) or one it has, and who.
pub struct CardTarget<'a> {
    pub team_id: &'a str,
    pub round: RecordId,
    pub id: Option<&'a str>,
    pub by: &'a str,
}

/// Creates or changes a card of the team; `card` holds `columns`.
async fn save_card<C: SurrealValue>(
    db: &Db,
    table: &str,
    columns: &[&str],
    target: CardTarget<'_>,
    card: C,
) -> Result<(), surrealdb::Error> {
    let CardTarget {
        team_id,
        round,
        id,
        by,
    } = target;
    let fields = set_list(columns);
    let by = RecordId::new("user", by);
    let query = match id {
        None => db
            .query(format!(
                "CREATE type::table($table) SET {fields}, team = $team, round = $round, \
                 created_by = $by, updated_by = $by"
            ))
            .bind(("table", table.to_owned()))
            .bind(("team", team(team_id)))
            .bind(("round", round)),
        Some(id) => db
            .query(format!(
                "UPDATE $id SET {fields}, updated_by = $by, updated_at = time::now() \
                 WHERE team = $team"
            ))
            .bind(("id", RecordId::new(table, id)))
            .bind(("team", team(team_id))),
    };
    query.bind(("card", card)).bind(("by", by)).await?.check()?;
    Ok(())
}

/// Creates (`id` = None) or changes a test card of the team.
pub async fn save_test_card(
    db: &Db,
    target: CardTarget<'_>,
    card: &TestCard,
) -> Result<(), surrealdb::Error> {
    let content = TestCardContent::from(card);
    save_card(db, "test_card", &TEST_CARD_COLUMNS, target, content).await
}

#[derive(Debug, Clone, SurrealValue)]
struct LearningCardContent {
    title: String,
    believed: String,
    observed: String,
    learned: String,
    therefore: String,
    test_cards: Vec<RecordId>,
}

/// Creates (`id` = None) or changes a learning card of the team.
pub async fn save_learning_card(
    db: &Db,
    target: CardTarget<'_>,
    card: &LearningCard,
    tests: &[String],
) -> Result<(), surrealdb::Error> {
    let content = LearningCardContent {
        title: card.title.clone(),
        believed: card.believed.clone(),
        observed: card.observed.clone(),
        learned: card.learned.clone(),
        therefore: card.therefore.clone(),
        test_cards: tests.iter().map(|t| test_card(t)).collect(),
    };
    save_card(db, "learning_card", &LEARNING_CARD_COLUMNS, target, content).await
}
