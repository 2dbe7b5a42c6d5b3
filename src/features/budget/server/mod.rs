//! What the budget server functions do: the ledger page, logging an expense (waiting for
//! approval when it would go over the budget), deciding on it, and changing the budget.

pub mod export;
pub mod queries;
pub mod receipts;

use crate::domain::audit::AuditAction;
use crate::domain::budget::{
    BudgetSummary, ExpenseCategory, ExpenseInput, ReceiptKind, is_lagging, needs_approval,
};
use crate::domain::round::Phase;
use crate::domain::team::Reason;
use crate::domain::{Ore, Problem};
use crate::error::AppError;
use crate::features::budget::{
    BudgetChangeView, BudgetPage, ExpenseStatus, ExpenseView, parse_expense,
};
use crate::features::rounds::find_round;
use crate::features::teams::{TeamRow, find_team, viewer_of};
use crate::platform::audit::{self, Entry};
use crate::platform::clock::{local_time, today};
use crate::platform::context::{self, SignedIn};
use crate::platform::db::Db;
use crate::platform::db_error::is_retryable;
use queries::{AddError, ExpenseRow};

/// How often an expense is tried again when another one was logged at the same moment.
const ATTEMPTS: usize = 3;

pub fn expense_view(row: &ExpenseRow) -> Option<ExpenseView> {
    Some(ExpenseView {
        id: row.id.clone(),
        date: row.date.parse().ok()?,
        amount: Ore(row.amount_ore),
        what: row.what.clone(),
        category: ExpenseCategory::parse(&row.category).ok()?,
        paid_by: row.paid_by.clone(),
        status: ExpenseStatus::parse(&row.status)?,
        entered_by: row.entered_by.clone().unwrap_or_default(),
        receipt: row.receipt.as_deref().and_then(ReceiptKind::parse),
    })
}

/// A team's expenses as the pages show them, and its ledger's sums.
pub async fn ledger_of(
    db: &Db,
    team: &TeamRow,
) -> Result<(Vec<ExpenseView>, BudgetSummary), AppError> {
    let expenses: Vec<ExpenseView> = queries::of_team(db, &team.id)
        .await?
        .iter()
        .filter_map(expense_view)
        .collect();
    let summary = summary_of(Ore(team.budget_ore), &expenses);
    Ok((expenses, summary))
}

pub fn summary_of(budget: Ore, expenses: &[ExpenseView]) -> BudgetSummary {
    let counted: Vec<(Ore, bool)> = expenses
        .iter()
        .filter(|e| e.status != ExpenseStatus::Rejected)
        .map(|e| (e.amount, e.status == ExpenseStatus::Approved))
        .collect();
    BudgetSummary::of(budget, &counted)
}

/// The team, and refusal unless the viewer works in it.
async fn team_for(db: &Db, user: &SignedIn, team_id: &str) -> Result<(TeamRow, bool), AppError> {
    let team = find_team(db, team_id).await?;
    let viewer = viewer_of(db, &team, user).await?;
    if !viewer.sees_workspace() {
        return Err(AppError::Forbidden);
    }
    Ok((team, viewer.organizer))
}

pub async fn page(user: &SignedIn, team_id: &str) -> Result<BudgetPage, AppError> {
    let state = context::state()?;
    let db = &state.db;
    let (team, organizer) = team_for(db, user, team_id).await?;
    let (_, round) = find_round(&team.round_id).await?;
    let bootcamp = round.schedule.span(Phase::Bootcamp);
    let (expenses, summary) = ledger_of(db, &team).await?;
    let today = today();
    Ok(BudgetPage {
        team_id: team.id.clone(),
        title: team.title.clone(),
        round_id: team.round_id.clone(),
        round_name: team.round_name.clone(),
        lagging: is_lagging(today, bootcamp, summary.budget, summary.spent),
        ended: today > bootcamp.end,
        summary,
        bootcamp,
        today,
        expenses,
        changes: queries::changes(db, &team.id)
            .await?
            .into_iter()
            .map(|c| BudgetChangeView {
                from: Ore(c.from_ore),
                to: Ore(c.to_ore),
                reason: c.reason,
                by_name: c.by_name.unwrap_or_default(),
                at: local_time(c.at),
            })
            .collect(),
        can_log: true,
        can_decide: organizer,
    })
}

pub async fn add(user: &SignedIn, team_id: &str, input: ExpenseInput) -> Result<(), AppError> {
    let state = context::state()?;
    let db = &state.db;
    let (team, _) = team_for(db, user, team_id).await?;
    let (_, round) = find_round(&team.round_id).await?;
    let expense = parse_expense(&input, round.schedule.span(Phase::Bootcamp))?;
    for _ in 0..ATTEMPTS {
        // Read the ledger as it is now; the write refuses if it changes before it lands.
        let team = find_team(db, &team.id).await?;
        let (_, summary) = ledger_of(db, &team).await?;
        let status = if needs_approval(summary.budget, summary.spent, expense.amount) {
            ExpenseStatus::Pending
        } else {
            ExpenseStatus::Approved
        };
        match queries::add(
            db,
            &team.id,
            &expense,
            status.as_str(),
            &user.id,
            summary.budget,
            summary.spent,
        )
        .await
        {
            Ok(id) => {
                tracing::info!(
                    team = team.id,
                    expense = id,
                    status = status.as_str(),
                    by = user.id,
                    "expense logged"
                );
                leptos_axum::redirect(&format!(
                    "/teams/{}/budget?logged={}",
                    team.id,
                    status.as_str()
                ));
                return Ok(());
            }
            Err(AddError::LedgerChanged) => continue,
            Err(AddError::Db(e)) => return Err(e.into()),
        }
    }
    Err(AppError::conflict(
        "amount",
        Problem::LedgerBusy,
        crate::error::echo_of(&input),
    ))
}

pub async fn decide(user: &SignedIn, expense_id: &str, approve: bool) -> Result<(), AppError> {
    let state = context::state()?;
    let db = &state.db;
    let expense = queries::by_id(db, expense_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let team = find_team(db, &expense.team_id).await?;
    if !viewer_of(db, &team, user).await?.organizer {
        return Err(AppError::Forbidden);
    }
    let to = if approve {
        ExpenseStatus::Approved
    } else {
        ExpenseStatus::Rejected
    };
    let mut decided = queries::decide(db, &expense, to.as_str(), &user.id).await;
    for _ in 1..ATTEMPTS {
        // An expense logged at the same moment clashes with the decision: decide again.
        match &decided {
            Err(e) if is_retryable(e) => {
                decided = queries::decide(db, &expense, to.as_str(), &user.id).await;
            }
            _ => break,
        }
    }
    if !decided? {
        return Err(AppError::conflict(
            "decision",
            Problem::AlreadyDecided,
            Vec::new(),
        ));
    }
    tracing::info!(
        expense = expense.id,
        decision = to.as_str(),
        by = user.id,
        "expense decided"
    );
    let entry = Entry::new(
        AuditAction::ExpenseDecided,
        Some(&user.id),
        format!("expense:{}", expense.id),
    )
    .details(format!("team:{} {}", expense.team_id, to.as_str()));
    audit::record(db, entry).await;
    leptos_axum::redirect(&format!("/teams/{}/budget?decided=1", expense.team_id));
    Ok(())
}

pub async fn change(
    user: &SignedIn,
    team_id: &str,
    amount: Ore,
    reason: Reason,
) -> Result<(), AppError> {
    let state = context::state()?;
    let team = find_team(&state.db, team_id).await?;
    if !viewer_of(&state.db, &team, user).await?.organizer {
        return Err(AppError::Forbidden);
    }
    queries::change_budget(&state.db, &team.id, amount, reason.as_str(), &user.id).await?;
    tracing::info!(
        team = team.id,
        to = amount.0,
        by = user.id,
        "budget changed"
    );
    let entry = Entry::new(
        AuditAction::BudgetChanged,
        Some(&user.id),
        format!("team:{}", team.id),
    )
    .in_round(&team.round_id)
    .details(format!("{} öre", amount.0));
    audit::record(&state.db, entry).await;
    leptos_axum::redirect(&format!("/teams/{}/budget?changed=1", team.id));
    Ok(())
}
