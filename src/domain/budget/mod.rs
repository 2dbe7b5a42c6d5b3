//! A team's budget: expenses typed in kronor (stored as öre), receipts checked by their
//! content, and the ledger's arithmetic (spent, waiting for approval, left, lagging).

pub mod expense;
pub mod ledger;
pub mod receipt;

pub use expense::{Expense, ExpenseCategory, ExpenseInput, MAX_EXPENSE_KRONOR};
pub use ledger::{BudgetSummary, is_lagging, needs_approval};
pub use receipt::{MAX_RECEIPT_BYTES, ReceiptKind};
