//! The ledger's arithmetic, in öre: what is spent (approved expenses only), what waits for
//! an organizer's approval, what is left, and whether spending lags behind the calendar
//! ("the budget must be spent in the Bootcamp").

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::Ore;
use crate::domain::round::PhaseSpan;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct BudgetSummary {
    pub budget: Ore,
    pub spent: Ore,
    pub pending: Ore,
    /// May be negative when an organizer approved spending over the budget.
    pub left: Ore,
}

impl BudgetSummary {
    /// `expenses`: each amount and whether it counts (approved).
    pub fn of(budget: Ore, expenses: &[(Ore, bool)]) -> Self {
        let sum = |approved: bool| {
            Ore(expenses
                .iter()
                .filter(|(_, a)| *a == approved)
                .map(|(amount, _)| amount.0)
                .sum())
        };
        let spent = sum(true);
        BudgetSummary {
            budget,
            spent,
            pending: sum(false),
            left: Ore(budget.0 - spent.0),
        }
    }

    /// How much of the budget is spent, 0–100 (for the bar).
    pub fn percent_spent(self) -> u32 {
        if self.budget.0 <= 0 {
            return if self.spent.0 > 0 { 100 } else { 0 };
        }
        let percent = self.spent.0.saturating_mul(100) / self.budget.0;
        u32::try_from(percent.clamp(0, 100)).unwrap_or(100)
    }
}

/// An expense that takes the approved spending over the budget waits for an organizer.
pub fn needs_approval(budget: Ore, spent: Ore, amount: Ore) -> bool {
    spent.0 + amount.0 > budget.0
}

/// Past the bootcamp's half-way day with less than a third of the budget spent.
pub fn is_lagging(today: NaiveDate, bootcamp: PhaseSpan, budget: Ore, spent: Ore) -> bool {
    let days = (bootcamp.end - bootcamp.start).num_days();
    let halfway = bootcamp.start + chrono::Duration::days(days / 2);
    today > halfway && budget.0 > 0 && spent.0 * 3 < budget.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span() -> PhaseSpan {
        PhaseSpan {
            start: "2018-10-12".parse().unwrap(),
            end: "2018-11-09".parse().unwrap(),
        }
    }

    #[test]
    fn only_approved_expenses_count() {
        let summary = BudgetSummary::of(
            Ore(500_000),
            &[
                (Ore(123_450), true),
                (Ore(50_000), true),
                (Ore(400_000), false),
            ],
        );
        assert_eq!(summary.spent, Ore(173_450));
        assert_eq!(summary.pending, Ore(400_000));
        assert_eq!(summary.left, Ore(326_550));
        assert_eq!(summary.percent_spent(), 34);
    }

    #[test]
    fn an_expense_over_the_budget_waits() {
        assert!(!needs_approval(Ore(500_000), Ore(400_000), Ore(100_000)));
        assert!(needs_approval(Ore(500_000), Ore(400_000), Ore(100_001)));
        let over = BudgetSummary::of(Ore(100), &[(Ore(150), true)]);
        assert_eq!(over.left, Ore(-50));
        assert_eq!(over.percent_spent(), 100);
    }

    #[test]
    fn lagging_means_past_half_way_with_under_a_third_spent() {
        let day = |s: &str| s.parse::<NaiveDate>().unwrap();
        let budget = Ore(500_000);
        assert!(
            !is_lagging(day("2018-10-20"), span(), budget, Ore(0)),
            "early"
        );
        assert!(is_lagging(day("2018-10-29"), span(), budget, Ore(100_000)));
        assert!(!is_lagging(day("2018-10-29"), span(), budget, Ore(170_000)));
        assert!(!is_lagging(day("2018-10-29"), span(), Ore(0), Ore(0)));
    }
}
