//! A follow-up action: what is to be done, by whom (an account, named by e-mail) and by
//! when; its status is open, done, or dropped with a reason why.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::learning::test_card::required_text;
use crate::domain::text::single_line;
use crate::domain::{Email, FieldErrors, Problem};

pub const WHAT_MAX: usize = 200;
pub const WHY_MAX: usize = 500;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ActionStatus {
    Open,
    Done,
    Dropped,
}

impl ActionStatus {
    pub const ALL: [ActionStatus; 3] = [
        ActionStatus::Open,
        ActionStatus::Done,
        ActionStatus::Dropped,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ActionStatus::Open => "open",
            ActionStatus::Done => "done",
            ActionStatus::Dropped => "dropped",
        }
    }

    pub fn parse(input: &str) -> Result<Self, Problem> {
        match input.trim() {
            "" => Err(Problem::Required),
            s => Self::ALL
                .into_iter()
                .find(|status| status.as_str() == s)
                .ok_or(Problem::ChoiceInvalid),
        }
    }

    /// An open action past its due date is overdue.
    pub fn is_overdue(self, due: NaiveDate, today: NaiveDate) -> bool {
        self == ActionStatus::Open && due < today
    }
}

/// The new-action form as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActionInput {
    #[serde(default)]
    pub what: String,
    #[serde(default)]
    pub owner: String,
    #[serde(default)]
    pub due: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FollowUpAction {
    pub what: String,
    pub owner: Email,
    pub due: NaiveDate,
}

fn parse_due(input: &str) -> Result<NaiveDate, Problem> {
    match input.trim() {
        "" => Err(Problem::Required),
        s => NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| Problem::DateInvalid),
    }
}

impl FollowUpAction {
    pub fn parse(input: &ActionInput) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::new();
        let what = errors.check("what", single_line(&input.what, 3, WHAT_MAX));
        let owner = errors.check("owner", Email::parse(&input.owner));
        let due = errors.check("due", parse_due(&input.due));
        match (what, owner, due) {
            (Some(what), Some(owner), Some(due)) => Ok(FollowUpAction { what, owner, due }),
            _ => Err(errors),
        }
    }
}

/// The status form as typed: the new status and, for dropping, why.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusChangeInput {
    #[serde(default)]
    pub status: String,
    #[serde(default)]
    pub why: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusChange {
    pub status: ActionStatus,
    /// Why it was dropped; empty otherwise.
    pub why: String,
}

impl StatusChange {
    pub fn parse(input: &StatusChangeInput) -> Result<Self, FieldErrors> {
        let status = ActionStatus::parse(&input.status)
            .map_err(|problem| FieldErrors::single("status", problem))?;
        let why = match status {
            ActionStatus::Dropped => required_text(&input.why, WHY_MAX),
            _ => crate::domain::text::multi_line(&input.why, WHY_MAX),
        }
        .map_err(|problem| FieldErrors::single("why", problem))?;
        Ok(StatusChange { status, why })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_action_has_what_who_and_when() {
        let errors = FollowUpAction::parse(&ActionInput::default()).unwrap_err();
        for field in ["what", "owner", "due"] {
            assert_eq!(errors.for_field(field), Some(Problem::Required), "{field}");
        }
        let action = FollowUpAction::parse(&ActionInput {
            what: "Boka föreläsare i krishantering".into(),
            owner: "Anette@Example.se".into(),
            due: "2019-01-31".into(),
        })
        .unwrap();
        assert_eq!(action.owner.as_str(), "anette@example.se");
        assert_eq!(action.due, NaiveDate::from_ymd_opt(2019, 1, 31).unwrap());
    }

    #[test]
    fn dropping_needs_a_reason() {
        let drop = StatusChangeInput {
            status: "dropped".into(),
            why: " ".into(),
        };
        assert_eq!(
            StatusChange::parse(&drop).unwrap_err().for_field("why"),
            Some(Problem::Required)
        );
        let done = StatusChangeInput {
            status: "done".into(),
            why: String::new(),
        };
        assert_eq!(
            StatusChange::parse(&done).unwrap().status,
            ActionStatus::Done
        );
        let odd = StatusChangeInput {
            status: "later".into(),
            why: String::new(),
        };
        assert_eq!(
            StatusChange::parse(&odd).unwrap_err().for_field("status"),
            Some(Problem::ChoiceInvalid)
        );
    }

    #[test]
    fn only_open_actions_past_their_day_are_overdue() {
        let due = NaiveDate::from_ymd_opt(2019, 1, 31).unwrap();
        let after = NaiveDate::from_ymd_opt(2019, 2, 1).unwrap();
        assert!(ActionStatus::Open.is_overdue(due, after));
        assert!(!ActionStatus::Open.is_overdue(due, due));
        assert!(!ActionStatus::Done.is_overdue(due, after));
        assert!(!ActionStatus::Dropped.is_overdue(due, after));
    }
}
