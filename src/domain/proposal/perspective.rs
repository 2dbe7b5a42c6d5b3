//! Whose problem a proposal addresses: the service users' (brukare), the staff's, or both.

use serde::{Deserialize, Serialize};

use crate::domain::Problem;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Perspective {
    ServiceUsers,
    Staff,
    Both,
}

impl Perspective {
    pub const ALL: [Perspective; 3] = [
        Perspective::ServiceUsers,
        Perspective::Staff,
        Perspective::Both,
    ];

    pub fn parse(input: &str) -> Result<Self, Problem> {
        match input.trim() {
            "" => Err(Problem::Required),
            s => Perspective::ALL
                .into_iter()
                .find(|p| p.as_str() == s)
                .ok_or(Problem::ChoiceInvalid),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Perspective::ServiceUsers => "service_users",
            Perspective::Staff => "staff",
            Perspective::Both => "both",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_refuses_unknown() {
        for p in Perspective::ALL {
            assert_eq!(Perspective::parse(p.as_str()), Ok(p));
        }
        assert_eq!(Perspective::parse("brukare"), Err(Problem::ChoiceInvalid));
        assert_eq!(Perspective::parse(""), Err(Problem::Required));
    }
}
