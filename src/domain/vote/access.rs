//! Who may vote in a vote: with single-use voter codes, with an account, or either.
//! Codes reach people without an account (and paper cards); accounts allow one ballot per
//! person but only as far as accounts are one per person. With both, a person could vote
//! once with each, so the server refuses codes from anyone signed in.

use serde::{Deserialize, Serialize};

use super::super::Problem;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum VoteAccess {
    /// Only voter codes (cards with a QR code); signed-in voting is refused.
    Codes,
    /// Only signed-in accounts; codes are refused.
    Accounts,
    /// Either; a signed-in person must vote with the account.
    #[default]
    Both,
}

impl VoteAccess {
    pub const ALL: [VoteAccess; 3] = [VoteAccess::Codes, VoteAccess::Accounts, VoteAccess::Both];

    pub fn as_str(self) -> &'static str {
        match self {
            VoteAccess::Codes => "codes",
            VoteAccess::Accounts => "accounts",
            VoteAccess::Both => "both",
        }
    }

    /// The form value; empty means the default (both).
    pub fn parse(input: &str) -> Result<Self, Problem> {
        match input.trim() {
            "" => Ok(VoteAccess::default()),
            s => VoteAccess::ALL
                .into_iter()
                .find(|a| a.as_str() == s)
                .ok_or(Problem::ChoiceInvalid),
        }
    }

    pub fn allows_codes(self) -> bool {
        self != VoteAccess::Accounts
    }

    pub fn allows_accounts(self) -> bool {
        self != VoteAccess::Codes
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_each_value_and_defaults_to_both() {
        for access in VoteAccess::ALL {
            assert_eq!(VoteAccess::parse(access.as_str()), Ok(access));
        }
        assert_eq!(VoteAccess::parse(" "), Ok(VoteAccess::Both));
        assert_eq!(VoteAccess::parse("paper"), Err(Problem::ChoiceInvalid));
    }

    #[test]
    fn each_access_allows_what_it_says() {
        assert!(VoteAccess::Codes.allows_codes() && !VoteAccess::Codes.allows_accounts());
        assert!(!VoteAccess::Accounts.allows_codes() && VoteAccess::Accounts.allows_accounts());
        assert!(VoteAccess::Both.allows_codes() && VoteAccess::Both.allows_accounts());
    }
}
