//! The ledger as stored: expenses, receipts and budget changes of a team.

use surrealdb::types::{Bytes, RecordId, SurrealValue};

use crate::domain::Ore;
use crate::domain::budget::Expense;
use crate::platform::db::{Db, first_real_error};
use crate::platform::db_error::{is_retryable, is_thrown};

pub fn team(id: &str) -> RecordId {
    RecordId::new("team", id)
}

pub fn expense_id(id: &str) -> RecordId {
    RecordId::new("expense", id)
}

#[derive(Debug, Clone, SurrealValue)]
pub struct ExpenseRow {
    pub id: String,
    pub team_id: String,
    pub date: String,
    pub amount_ore: i64,
    pub what: String,
    pub category: String,
    pub paid_by: String,
    pub status: String,
    pub entered_by: Option<String>,
    pub receipt: Option<String>,
}

const EXPENSE_FIELDS: &str = "record::id(id) AS id, record::id(team) AS team_id, date, \
    amount_ore, what, category, paid_by, status, entered_by.name AS entered_by, receipt";

pub async fn of_team(db: &Db, team_id: &str) -> Result<Vec<ExpenseRow>, surrealdb::Error> {
    db.query(format!(
        "SELECT {EXPENSE_FIELDS} FROM expense WHERE team = $team ORDER BY date, id"
    ))
    .bind(("team", team(team_id)))
    .await?
    .take(0)
}

pub async fn by_id(db: &Db, id: &str) -> Result<Option<ExpenseRow>, surrealdb::Error> {
    db.query(format!("SELECT {EXPENSE_FIELDS} FROM ONLY $expense"))
        .bind(("expense", expense_id(id)))
        .await?
        .take(0)
}

#[derive(Debug, Clone, SurrealValue)]
pub struct SpentRow {
    pub team_id: String,
    pub spent_ore: i64,
}

/// Approved spending per team (teams without expenses are absent).
pub async fn spent_by_team(db: &Db, teams: &[String]) -> Result<Vec<SpentRow>, surrealdb::Error> {
    let teams: Vec<RecordId> = teams.iter().map(|t| team(t)).collect();
    db.query(
        "SELECT record::id(team) AS team_id, math::sum(amount_ore) AS spent_ore FROM expense \
         WHERE team IN $teams AND status = 'approved' GROUP BY team_id",
    )
    .bind(("teams", teams))
    .await?
    .take(0)
}

#[derive(Debug, Clone, SurrealValue)]
struct NewExpense {
    team: RecordId,
    date: String,
    amount_ore: i64,
    what: String,
    category: String,
    paid_by: String,
    status: String,
    entered_by: RecordId,
}

pub enum AddError {
    /// The budget or the approved spending changed since they were read: read again.
    LedgerChanged,
    Db(surrealdb::Error),
}

const LEDGER_CHANGED: &str = "ledger_changed";

/// Stores an expense with the status decided from `budget` and `spent` as read; refuses
/// (to be tried again) if either changed meanwhile. Touching the team makes two expenses
/// at once clash instead of both fitting the same remaining money.
pub async fn add(
    db: &Db,
    team_id: &str,
    expense: &Expense,
    status: &str,
    by: &str,
    budget: Ore,
    spent: Ore,
) -> Result<String, AddError> {
    let record = NewExpense {
        team: team(team_id),
        date: expense.date.to_string(),
        amount_ore: expense.amount.0,
        what: expense.what.clone(),
        category: expense.category.as_str().to_owned(),
        paid_by: expense.paid_by.clone(),
        status: status.to_owned(),
        entered_by: RecordId::new("user", by),
    };
    let result = db
        .query(format!(
            "BEGIN TRANSACTION;
             LET $touched = (UPDATE $team SET writes += 1 RETURN VALUE budget_ore);
             LET $spent = math::sum((SELECT VALUE amount_ore FROM expense \
                 WHERE team = $team AND status = 'approved'));
             IF $touched[0] != $budget OR $spent != $expected_spent {{ THROW '{LEDGER_CHANGED}'; }};
             LET $created = (CREATE expense CONTENT $record RETURN VALUE record::id(id));
             RETURN $created[0];
             COMMIT TRANSACTION;"
        ))
        .bind(("team", team(team_id)))
        .bind(("record", record))
        .bind(("budget", budget.0))
        .bind(("expected_spent", spent.0))
        .await;
    let mut response = match result {
        Ok(response) => response,
        Err(e) if is_retryable(&e) => return Err(AddError::LedgerChanged),
        Err(e) => return Err(AddError::Db(e)),
    };
    if let Some(e) = first_real_error(&mut response) {
        return Err(if is_thrown(&e, LEDGER_CHANGED) || is_retryable(&e) {
            AddError::LedgerChanged
        } else {
            AddError::Db(e)
        });
    }
    let id: Option<String> = response.take(5).map_err(AddError::Db)?;
    id.ok_or_else(|| AddError::Db(surrealdb::Error::internal("no expense id".to_owned())))
}

/// Decides an expense that waits; false if it no longer waits. It touches the team like
/// `add` does, so an expense logged at the same moment is checked against the decision.
pub async fn decide(
    db: &Db,
    expense: &ExpenseRow,
    to: &str,
    by: &str,
) -> Result<bool, surrealdb::Error> {
    let changed: Vec<RecordId> = db
        .query(
            "BEGIN TRANSACTION;
             UPDATE $team SET writes += 1;
             LET $changed = (UPDATE $expense SET status = $to, decided_by = $by, \
                 decided_at = time::now() WHERE status = 'pending' RETURN VALUE id);
             RETURN $changed;
             COMMIT TRANSACTION;",
        )
        .bind(("team", team(&expense.team_id)))
        .bind(("expense", expense_id(&expense.id)))
        .bind(("to", to.to_owned()))
        .bind(("by", RecordId::new("user", by)))
        .await?
        .take(3)?;
    Ok(!changed.is_empty())
}

pub async fn change_budget(
    db: &Db,
    team_id: &str,
    to: Ore,
    reason: &str,
    by: &str,
) -> Result<(), surrealdb::Error> {
    db.query(
        "BEGIN TRANSACTION;
         LET $from = (SELECT VALUE budget_ore FROM ONLY $team);
         CREATE budget_change SET team = $team, from_ore = $from, to_ore = $to, \
             reason = $reason, by = $by;
         UPDATE $team SET budget_ore = $to;
         COMMIT TRANSACTION;",
    )
    .bind(("team", team(team_id)))
    .bind(("to", to.0))
    .bind(("reason", reason.to_owned()))
    .bind(("by", RecordId::new("user", by)))
    .await?
    .check()?;
    Ok(())
}

#[derive(Debug, Clone, SurrealValue)]
pub struct ChangeRow {
    pub from_ore: i64,
    pub to_ore: i64,
    pub reason: String,
    pub by_name: Option<String>,
    pub at: chrono::DateTime<chrono::Utc>,
}

pub async fn changes(db: &Db, team_id: &str) -> Result<Vec<ChangeRow>, surrealdb::Error> {
    db.query(
        "SELECT from_ore, to_ore, reason, by.name AS by_name, at FROM budget_change \
         WHERE team = $team ORDER BY at",
    )
    .bind(("team", team(team_id)))
    .await?
    .take(0)
}

#[derive(Debug, Clone, SurrealValue)]
struct NewReceipt {
    team: RecordId,
    kind: String,
    content: Bytes,
    size: i64,
    by: RecordId,
    /// Set here: replacing a receipt writes the whole record, defaults included.
    at: chrono::DateTime<chrono::Utc>,
}

/// Stores (or replaces) the receipt of an expense.
pub async fn save_receipt(
    db: &Db,
    expense: &ExpenseRow,
    kind: &str,
    content: Vec<u8>,
    by: &str,
) -> Result<(), surrealdb::Error> {
    let size = i64::try_from(content.len()).unwrap_or(i64::MAX);
    let record = NewReceipt {
        team: team(&expense.team_id),
        kind: kind.to_owned(),
        content: Bytes::from(content),
        size,
        by: RecordId::new("user", by),
        at: chrono::Utc::now(),
    };
    db.query(
        "BEGIN TRANSACTION;
         UPSERT $receipt CONTENT $record;
         UPDATE $expense SET receipt = $kind;
         COMMIT TRANSACTION;",
    )
    .bind(("receipt", RecordId::new("receipt", expense.id.as_str())))
    .bind(("record", record))
    .bind(("expense", expense_id(&expense.id)))
    .bind(("kind", kind.to_owned()))
    .await?
    .check()?;
    Ok(())
}

#[derive(Debug, Clone, SurrealValue)]
pub struct ReceiptRow {
    pub kind: String,
    pub content: Bytes,
}

pub async fn receipt(db: &Db, expense: &str) -> Result<Option<ReceiptRow>, surrealdb::Error> {
    db.query("SELECT kind, content FROM ONLY $receipt")
        .bind(("receipt", RecordId::new("receipt", expense)))
        .await?
        .take(0)
}
