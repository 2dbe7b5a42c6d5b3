//! The round's data as tables for organizers: proposals, stage history, vote totals (never
//! a single ballot), teams and members, sessions and attendance, expenses, test and
//! learning cards, decisions and follow-up actions. Never a coach note: no query here reads
//! that table. Columns have stable snake_case names, the same in CSV and JSON.

use serde_json::{Map, Value};
use surrealdb::types::RecordId;

use crate::error::AppError;
use crate::i18n::I18n;
use crate::platform::state::AppState;

pub struct Table {
    /// The file name without extension, and the JSON key.
    pub name: &'static str,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Value>>,
}

impl Table {
    /// The rows as CSV cells: arrays joined with "; ", nothing as an empty cell.
    pub fn cells(&self) -> Vec<Vec<String>> {
        self.rows
            .iter()
            .map(|row| row.iter().map(cell).collect())
            .collect()
    }

    /// The rows as JSON objects keyed by column.
    pub fn objects(&self) -> Vec<Value> {
        self.rows
            .iter()
            .map(|row| {
                let object: Map<String, Value> = self
                    .columns
                    .iter()
                    .cloned()
                    .zip(row.iter().cloned())
                    .collect();
                Value::Object(object)
            })
            .collect()
    }
}

fn cell(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Array(items) => items.iter().map(cell).collect::<Vec<_>>().join("; "),
        other => other.to_string(),
    }
}

/// (name, columns, query): each query reads `$round`, `$ideas` or `$teams` and returns
/// objects with exactly these columns.
const TABLES: [(&str, &[&str], &str); 9] = [
    (
        "proposals",
        &[
            "proposal_id",
            "title",
            "category",
            "unit",
            "stage",
            "proposer",
            "co_proposers",
            "problem",
            "idea",
            "first_test",
            "success_signal",
            "copied_from",
            "created_at",
        ],
        "SELECT record::id(id) AS proposal_id, title, category, unit, stage, \
         proposer.name AS proposer, co_proposers.name AS co_proposers, problem, \
         description AS idea, first_test, success_signal, \
         (IF copied_from != NONE THEN record::id(copied_from) END) AS copied_from, \
         <string> created_at AS created_at FROM $ideas ORDER BY created_at",
    ),
    (
        "stage_history",
        &[
            "proposal_id",
            "title",
            "action",
            "from_stage",
            "to_stage",
            "by",
            "reason",
            "at",
        ],
        "SELECT record::id(idea) AS proposal_id, idea.title AS title, action, from_stage, \
         to_stage, by.name AS by, reason, <string> at AS at FROM idea_event \
         WHERE idea IN $ideas ORDER BY at",
    ),
    (
        "team_members",
        &[
            "team_id",
            "title",
            "coach",
            "member",
            "email",
            "joined_on",
            "joined_reason",
            "left_on",
            "left_reason",
        ],
        "SELECT record::id(team) AS team_id, team.idea.title AS title, team.coach.name AS coach, \
         user.name AS member, user.email AS email, joined_on, joined_reason, left_on, \
         left_reason FROM team_member WHERE team IN $teams ORDER BY title, joined_on",
    ),
    (
        "sessions",
        &[
            "team_id",
            "title",
            "date",
            "starts_at",
            "ends_at",
            "cancelled",
            "present",
            "away",
            "excused",
            "did",
            "learned",
            "next_steps",
        ],
        "SELECT record::id(team) AS team_id, team.idea.title AS title, date, starts_at, \
         ends_at, cancelled, \
         (SELECT VALUE user.name FROM attendance WHERE session = $parent.id AND status = 'present') AS present, \
         (SELECT VALUE user.name FROM attendance WHERE session = $parent.id AND status = 'away') AS away, \
         (SELECT VALUE user.name FROM attendance WHERE session = $parent.id AND status = 'excused') AS excused, \
         did, learned, next_steps FROM team_session WHERE team IN $teams ORDER BY title, date",
    ),
    (
        "expenses",
        &[
            "team_id",
            "title",
            "budget_ore",
            "date",
            "amount_ore",
            "category",
            "what",
            "paid_by",
            "status",
        ],
        "SELECT record::id(team) AS team_id, team.idea.title AS title, team.budget_ore AS budget_ore, \
         date, amount_ore, category, what, paid_by, status FROM expense WHERE team IN $teams \
         ORDER BY title, date",
    ),
    (
        "test_cards",
        &[
            "team_id",
            "title",
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
        ],
        "SELECT record::id(team) AS team_id, team.idea.title AS title, name, owner, deadline, \
         duration, hypothesis, critical, test, cost, reliability, metric, criteria, status, \
         result, evidence FROM test_card WHERE team IN $teams ORDER BY title, created_at",
    ),
    (
        "learning_cards",
        &[
            "team_id",
            "title",
            "card_title",
            "believed",
            "observed",
            "learned",
            "therefore",
            "test_cards",
        ],
        "SELECT record::id(team) AS team_id, team.idea.title AS title, title AS card_title, \
         believed, observed, learned, therefore, test_cards.name AS test_cards \
         FROM learning_card WHERE team IN $teams ORDER BY title, created_at",
    ),
    (
        "decisions",
        &["proposal_id", "title", "outcome", "rationale", "by", "at"],
        "SELECT record::id(idea) AS proposal_id, idea.title AS title, outcome, rationale, \
         by.name AS by, <string> at AS at FROM decision WHERE round = $round ORDER BY title",
    ),
    (
        "follow_up_actions",
        &[
            "proposal_id",
            "title",
            "what",
            "owner",
            "due",
            "status",
            "why",
            "check_ins",
        ],
        "SELECT record::id(idea) AS proposal_id, idea.title AS title, what, owner.name AS owner, \
         due, status, why, \
         (SELECT VALUE string::concat(due, ': ', answer ?? '–') FROM checkin \
             WHERE action = $parent.id ORDER BY months) AS check_ins \
         FROM followup_action WHERE round = $round ORDER BY title, due",
    ),
];

/// The round's tables (404 when there is no such round): every one, or only `only`.
pub async fn tables(
    state: &AppState,
    round_id: &str,
    i18n: I18n,
    only: Option<&str>,
) -> Result<Vec<Table>, AppError> {
    let wanted = |name: &str| only.is_none_or(|o| o == name);
    let db = &state.db;
    crate::features::rounds::round_store::by_id(db, round_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let round = RecordId::new("round", round_id);
    let mut scope = db
        .query(
            "SELECT VALUE id FROM idea WHERE round = $round AND stage != 'draft';
             SELECT VALUE id FROM team WHERE round = $round;",
        )
        .bind(("round", round.clone()))
        .await?;
    let ideas: Vec<RecordId> = scope.take(0)?;
    let teams: Vec<RecordId> = scope.take(1)?;
    let mut out = Vec::with_capacity(TABLES.len() + 1);
    if wanted("vote_totals") {
        out.push(vote_totals(state, round_id, i18n).await?);
    }
    for (name, columns, query) in TABLES.into_iter().filter(|(name, _, _)| wanted(name)) {
        let objects: Vec<Value> = db
            .query(query)
            .bind(("round", round.clone()))
            .bind(("ideas", ideas.clone()))
            .bind(("teams", teams.clone()))
            .await?
            .take(0)?;
        let rows = objects
            .into_iter()
            .map(|object| {
                columns
                    .iter()
                    .map(|c| object.get(*c).cloned().unwrap_or(Value::Null))
                    .collect()
            })
            .collect();
        out.push(Table {
            name,
            columns: columns.iter().map(|c| (*c).to_owned()).collect(),
            rows,
        });
    }
    Ok(out)
}

/// The vote's totals per proposal, as the vote's own results export counts them.
async fn vote_totals(state: &AppState, round_id: &str, i18n: I18n) -> Result<Table, AppError> {
    let columns = [
        "category",
        "place",
        "title",
        "votes",
        "digital_votes",
        "paper_votes",
        "tied",
        "outcome",
    ];
    let rows = crate::features::vote::vote_result_table(state, round_id, i18n)
        .await?
        .map(|(_, rows)| rows)
        .unwrap_or_default()
        .into_iter()
        .map(|row| row.into_iter().map(Value::String).collect())
        .collect();
    Ok(Table {
        name: "vote_totals",
        columns: columns.iter().map(|c| (*c).to_owned()).collect(),
        rows,
    })
}
