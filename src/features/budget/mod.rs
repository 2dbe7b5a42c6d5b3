//! Each team's budget ledger: expenses in kronor (stored as öre) with optional receipts,
//! organizer approval for spending over the budget, budget changes with a reason, the
//! bar and chart, the "must be spent in the Bootcamp" warning, and the organizer's overview
//! with CSV.

pub mod pages;
#[cfg(feature = "ssr")]
mod server;
#[cfg(feature = "ssr")]
use {
    crate::domain::budget::Expense,
    crate::domain::team::Reason,
    crate::domain::{FieldErrors, Problem, Role},
    crate::error::echo_of,
    crate::platform::{context, ids::checked_id},
};

/// The plain routes (receipt upload and download, the overview's CSV) and what the coach's
/// overview reads (each team's approved spending).
#[cfg(feature = "ssr")]
pub use server::{
    export::budgets_csv,
    queries::{SpentRow, spent_by_team},
    receipts::{UPLOAD_LIMIT as RECEIPT_UPLOAD_LIMIT, download_receipt, upload_receipt},
};

use chrono::{NaiveDate, NaiveDateTime};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::Ore;
use crate::domain::budget::{BudgetSummary, ExpenseCategory, ExpenseInput, ReceiptKind};
use crate::domain::round::PhaseSpan;
use crate::error::AppError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ExpenseStatus {
    Approved,
    /// Over the budget: waits for an organizer and does not count yet.
    Pending,
    Rejected,
}

impl ExpenseStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ExpenseStatus::Approved => "approved",
            ExpenseStatus::Pending => "pending",
            ExpenseStatus::Rejected => "rejected",
        }
    }

    pub fn parse(stored: &str) -> Option<Self> {
        [
            ExpenseStatus::Approved,
            ExpenseStatus::Pending,
            ExpenseStatus::Rejected,
        ]
        .into_iter()
        .find(|s| s.as_str() == stored)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExpenseView {
    pub id: String,
    pub date: NaiveDate,
    pub amount: Ore,
    pub what: String,
    pub category: ExpenseCategory,
    pub paid_by: String,
    pub status: ExpenseStatus,
    pub entered_by: String,
    pub receipt: Option<ReceiptKind>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BudgetChangeView {
    pub from: Ore,
    pub to: Ore,
    pub reason: String,
    pub by_name: String,
    pub at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BudgetPage {
    pub team_id: String,
    pub title: String,
    pub round_id: String,
    pub round_name: String,
    pub summary: BudgetSummary,
    pub bootcamp: PhaseSpan,
    pub today: NaiveDate,
    /// Past half-way with less than a third spent.
    pub lagging: bool,
    /// The bootcamp is over: the page shows the final statement.
    pub ended: bool,
    pub expenses: Vec<ExpenseView>,
    pub changes: Vec<BudgetChangeView>,
    /// The team, its coach and organizers log expenses.
    pub can_log: bool,
    /// Organizers decide on expenses over the budget and change the budget.
    pub can_decide: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BudgetRow {
    pub team_id: String,
    pub title: String,
    pub coach_name: String,
    pub summary: BudgetSummary,
    pub lagging: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BudgetOverview {
    pub round_id: String,
    pub round_name: String,
    pub rows: Vec<BudgetRow>,
    pub total: BudgetSummary,
}

/// The team, its coach and organizers.
#[server(prefix = "/api", endpoint = "budget")]
pub async fn fetch_budget(team_id: String) -> Result<BudgetPage, AppError> {
    let user = context::require_user().await?;
    server::page(&user, checked_id(&team_id)?).await
}

/// The team, its coach and organizers: log an expense (over the budget it waits).
#[server(prefix = "/api", endpoint = "add_expense")]
pub async fn add_expense(
    team_id: String,
    #[server(default)] expense: ExpenseInput,
) -> Result<(), AppError> {
    let user = context::require_user().await?;
    let team_id = checked_id(&team_id)?;
    server::add(&user, team_id, expense).await
}

/// Organizers (and the round's co-organizer): approve or reject an expense that waits.
#[server(prefix = "/api", endpoint = "decide_expense")]
pub async fn decide_expense(expense_id: String, decision: String) -> Result<(), AppError> {
    // Who may decide depends on the expense's team: checked in `server::decide`.
    let user = context::require_user().await?;
    let expense_id = checked_id(&expense_id)?;
    let approve = match decision.as_str() {
        "approve" => true,
        "reject" => false,
        _ => {
            return Err(AppError::invalid(
                FieldErrors::single("decision", Problem::ChoiceInvalid),
                Vec::new(),
            ));
        }
    };
    server::decide(&user, expense_id, approve).await
}

/// Organizers (and the round's co-organizer): change a team's budget, with a reason.
#[server(prefix = "/api", endpoint = "change_budget")]
pub async fn change_budget(
    team_id: String,
    #[server(default)] amount: String,
    #[server(default)] reason: String,
) -> Result<(), AppError> {
    // Who may change it depends on the team: checked in `server::change`.
    let user = context::require_user().await?;
    let team_id = checked_id(&team_id)?;
    let echo = vec![
        ("amount".to_owned(), amount.clone()),
        ("reason".to_owned(), reason.clone()),
    ];
    let mut errors = FieldErrors::new();
    let amount = errors.check("amount", crate::domain::Ore::parse_kronor(&amount));
    let reason = errors.check("reason", Reason::parse(&reason));
    match (amount, reason) {
        (Some(amount), Some(reason)) => server::change(&user, team_id, amount, reason).await,
        _ => Err(AppError::invalid(errors, echo)),
    }
}

/// Organizers: every team's budget in a round.
#[server(prefix = "/api", endpoint = "budget_overview")]
pub async fn fetch_budget_overview(round_id: String) -> Result<BudgetOverview, AppError> {
    context::require_role(Role::Organizer).await?;
    server::export::overview(checked_id(&round_id)?).await
}

/// Parses an expense against the bootcamp's dates (which the server looks up).
#[cfg(feature = "ssr")]
fn parse_expense(input: &ExpenseInput, bootcamp: PhaseSpan) -> Result<Expense, AppError> {
    Expense::parse(input, bootcamp).map_err(|errors| AppError::invalid(errors, echo_of(input)))
}
