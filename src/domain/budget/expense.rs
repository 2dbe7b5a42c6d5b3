//! One expense of a team: the day (within the bootcamp), the amount, what it bought, its
//! category and who paid.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::round::PhaseSpan;
use crate::domain::team::session_move::parse_bootcamp_day;
use crate::domain::text::single_line;
use crate::domain::{FieldErrors, Ore, Problem};

/// More than this for one thing bought in a bootcamp is a typing mistake.
pub const MAX_EXPENSE_KRONOR: i64 = 100_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ExpenseCategory {
    Material,
    FoodAndFika,
    Travel,
    Fees,
    Other,
}

impl ExpenseCategory {
    pub const ALL: [ExpenseCategory; 5] = [
        ExpenseCategory::Material,
        ExpenseCategory::FoodAndFika,
        ExpenseCategory::Travel,
        ExpenseCategory::Fees,
        ExpenseCategory::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ExpenseCategory::Material => "material",
            ExpenseCategory::FoodAndFika => "food",
            ExpenseCategory::Travel => "travel",
            ExpenseCategory::Fees => "fees",
            ExpenseCategory::Other => "other",
        }
    }

    pub fn parse(input: &str) -> Result<Self, Problem> {
        match input.trim() {
            "" => Err(Problem::Required),
            s => Self::ALL
                .into_iter()
                .find(|c| c.as_str() == s)
                .ok_or(Problem::ChoiceInvalid),
        }
    }
}

/// The expense form as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExpenseInput {
    #[serde(default)]
    pub date: String,
    #[serde(default)]
    pub amount: String,
    #[serde(default)]
    pub what: String,
    #[serde(default)]
    pub category: String,
    #[serde(default)]
    pub paid_by: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Expense {
    pub date: NaiveDate,
    pub amount: Ore,
    pub what: String,
    pub category: ExpenseCategory,
    pub paid_by: String,
}

/// An amount of kronor for one expense: more than zero, at most `MAX_EXPENSE_KRONOR`.
pub fn parse_expense_amount(input: &str) -> Result<Ore, Problem> {
    let amount = Ore::parse_kronor(input)?;
    if amount.0 == 0 {
        return Err(Problem::MoneyZero);
    }
    if amount > Ore::from_kronor(MAX_EXPENSE_KRONOR) {
        return Err(Problem::MoneyTooLarge {
            max_kronor: MAX_EXPENSE_KRONOR,
        });
    }
    Ok(amount)
}

impl Expense {
    pub fn parse(input: &ExpenseInput, bootcamp: PhaseSpan) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::new();
        let date = errors.check("date", parse_bootcamp_day(&input.date, bootcamp));
        let amount = errors.check("amount", parse_expense_amount(&input.amount));
        let what = errors.check("what", single_line(&input.what, 2, 200));
        let category = errors.check("category", ExpenseCategory::parse(&input.category));
        let paid_by = errors.check("paid_by", single_line(&input.paid_by, 2, 100));
        match (date, amount, what, category, paid_by) {
            (Some(date), Some(amount), Some(what), Some(category), Some(paid_by)) => Ok(Expense {
                date,
                amount,
                what,
                category,
                paid_by,
            }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bootcamp() -> PhaseSpan {
        PhaseSpan {
            start: "2018-10-12".parse().unwrap(),
            end: "2018-11-09".parse().unwrap(),
        }
    }

    fn input(date: &str, amount: &str) -> ExpenseInput {
        ExpenseInput {
            date: date.into(),
            amount: amount.into(),
            what: "Fika till intervjuerna".into(),
            category: "food".into(),
            paid_by: "Anna (utlägg)".into(),
        }
    }

    #[test]
    fn both_ways_of_typing_kronor_give_the_same_ore() {
        let a = Expense::parse(&input("2018-10-19", "1 234,50"), bootcamp()).unwrap();
        let b = Expense::parse(&input("2018-10-19", "1234.5"), bootcamp()).unwrap();
        assert_eq!(a.amount, Ore(123_450));
        assert_eq!(a, b);
        assert_eq!(a.category, ExpenseCategory::FoodAndFika);
    }

    #[test]
    fn zero_negative_absurd_and_outside_the_bootcamp_name_their_field() {
        let problem = |date: &str, amount: &str, field: &str| {
            Expense::parse(&input(date, amount), bootcamp())
                .unwrap_err()
                .for_field(field)
        };
        assert_eq!(
            problem("2018-10-19", "0", "amount"),
            Some(Problem::MoneyZero)
        );
        assert_eq!(
            problem("2018-10-19", "0,00", "amount"),
            Some(Problem::MoneyZero)
        );
        assert_eq!(
            problem("2018-10-19", "-50", "amount"),
            Some(Problem::MoneyNegative)
        );
        assert_eq!(
            problem("2018-10-19", "100000,01", "amount"),
            Some(Problem::MoneyTooLarge {
                max_kronor: MAX_EXPENSE_KRONOR
            })
        );
        assert_eq!(
            problem("2018-10-19", "12,345", "amount"),
            Some(Problem::MoneyInvalid)
        );
        assert_eq!(
            problem("2018-12-24", "50", "date"),
            Some(Problem::DateOutsideBootcamp {
                start: bootcamp().start,
                end: bootcamp().end
            })
        );
        assert_eq!(problem("igår", "50", "date"), Some(Problem::DateInvalid));
    }

    #[test]
    fn what_and_who_pass_the_secrecy_guard() {
        let mut typed = input("2018-10-19", "50");
        typed.what = "Bussbiljett åt 811218-9876".into();
        typed.category = "snacks".into();
        let errors = Expense::parse(&typed, bootcamp()).unwrap_err();
        assert_eq!(
            errors.for_field("what"),
            Some(Problem::PersonalIdentityNumber)
        );
        assert_eq!(errors.for_field("category"), Some(Problem::ChoiceInvalid));
    }
}
