//! Roles add rights on top of staff (everyone signed in is staff).

use serde::{Deserialize, Serialize};

use super::Problem;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Role {
    CouncilMember,
    Coach,
    Organizer,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::CouncilMember, Role::Coach, Role::Organizer];

    pub fn parse(input: &str) -> Result<Self, Problem> {
        match input.trim() {
            "" => Err(Problem::Required),
            "council_member" => Ok(Role::CouncilMember),
            "coach" => Ok(Role::Coach),
            "organizer" => Ok(Role::Organizer),
            _ => Err(Problem::ChoiceInvalid),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Role::CouncilMember => "council_member",
            Role::Coach => "coach",
            Role::Organizer => "organizer",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_every_role() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Ok(role));
        }
    }

    #[test]
    fn refuses_unknown_and_empty() {
        assert_eq!(Role::parse("admin"), Err(Problem::ChoiceInvalid));
        assert_eq!(Role::parse("staff"), Err(Problem::ChoiceInvalid));
        assert_eq!(Role::parse(""), Err(Problem::Required));
    }
}
