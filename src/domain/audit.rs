//! What the audit log records: the kinds of change an organizer, the data-protection officer
//! or an auditor asks about afterwards.

use serde::{Deserialize, Serialize};

use super::Problem;

macro_rules! audit_actions {
    ($($action:ident => $name:literal),* $(,)?) => {
        /// Sent to the browser under the same names as stored (`stage_changed`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum AuditAction {
            $($action),*
        }

        impl AuditAction {
            pub const ALL: &'static [AuditAction] = &[$(AuditAction::$action),*];

            /// The name stored in the log and used in filters and the CSV file.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(AuditAction::$action => $name),*
                }
            }

            pub fn parse(input: &str) -> Result<Self, Problem> {
                match input.trim() {
                    "" => Err(Problem::Required),
                    $($name => Ok(AuditAction::$action),)*
                    _ => Err(Problem::ChoiceInvalid),
                }
            }
        }
    };
}

audit_actions! {
    StageChanged => "stage_changed",
    VoteSaved => "vote_saved",
    VoteOpened => "vote_opened",
    VoteClosed => "vote_closed",
    BallotsCast => "ballots_cast",
    SelectionConfirmed => "selection_confirmed",
    CodesMade => "codes_made",
    RoleGranted => "role_granted",
    RoleRevoked => "role_revoked",
    SignUpRuleChanged => "sign_up_rule_changed",
    BudgetChanged => "budget_changed",
    ExpenseDecided => "expense_decided",
    FollowUpDecided => "follow_up_decided",
    Exported => "exported",
    PasswordLinkMade => "password_link_made",
    PasswordSetByLink => "password_set_by_link",
    AccountErased => "account_erased",
    PrivateNotesDeleted => "private_notes_deleted",
    AccountMadeBySignIn => "account_made_by_sign_in",
    AccountLinkedToProvider => "account_linked_to_provider",
    SignInRefused => "sign_in_refused",
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_reads_back_from_its_name() {
        for action in AuditAction::ALL {
            assert_eq!(AuditAction::parse(action.as_str()), Ok(*action));
        }
        assert_eq!(AuditAction::parse(""), Err(Problem::Required));
        assert_eq!(AuditAction::parse("deleted"), Err(Problem::ChoiceInvalid));
        for action in AuditAction::ALL {
            let json = serde_json::to_string(action).unwrap();
            assert_eq!(json, format!("\"{}\"", action.as_str()));
        }
    }
}
