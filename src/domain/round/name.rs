//! The name of a round, e.g. "Bootcamp hösten 2018".

use serde::{Deserialize, Serialize};

use crate::domain::Problem;

const MIN_LEN: usize = 3;
const MAX_LEN: usize = 120;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoundName(String);

impl RoundName {
    pub fn parse(input: &str) -> Result<Self, Problem> {
        let name = input.split_whitespace().collect::<Vec<_>>().join(" ");
        let len = name.chars().count();
        if len == 0 {
            return Err(Problem::Required);
        }
        if len < MIN_LEN {
            return Err(Problem::TooShort {
                min: MIN_LEN as u32,
            });
        }
        if len > MAX_LEN {
            return Err(Problem::TooLong {
                max: MAX_LEN as u32,
            });
        }
        Ok(Self(name))
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
