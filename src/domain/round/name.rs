//! The name of a round, e.g. "Bootcamp hösten 2018".

use serde::{Deserialize, Serialize};

use crate::domain::Problem;
use crate::domain::text::single_line;

const MIN_LEN: usize = 3;
const MAX_LEN: usize = 120;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoundName(String);

impl RoundName {
    pub fn parse(input: &str) -> Result<Self, Problem> {
        single_line(input, MIN_LEN, MAX_LEN).map(Self)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trims_and_accepts() {
        assert_eq!(
            RoundName::parse(" Bootcamp  hösten 2018 ")
                .unwrap()
                .as_str(),
            "Bootcamp hösten 2018"
        );
    }

    #[test]
    fn refuses_empty_short_long() {
        assert_eq!(RoundName::parse(""), Err(Problem::Required));
        assert_eq!(RoundName::parse("ab"), Err(Problem::TooShort { min: 3 }));
        assert_eq!(
            RoundName::parse(&"x".repeat(121)),
            Err(Problem::TooLong { max: 120 })
        );
    }
}
