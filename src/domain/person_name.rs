//! A person's display name as they want it shown.

use serde::{Deserialize, Serialize};

use super::Problem;
use super::text::single_line;

const MAX_LEN: usize = 100;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonName(String);

impl PersonName {
    pub fn parse(input: &str) -> Result<Self, Problem> {
        single_line(input, 1, MAX_LEN).map(Self)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collapses_whitespace() {
        assert_eq!(
            PersonName::parse("  Åsa   Öberg ").unwrap().as_str(),
            "Åsa Öberg"
        );
    }

    #[test]
    fn refuses_empty_long_and_control() {
        assert_eq!(PersonName::parse(" \t"), Err(Problem::Required));
        assert_eq!(
            PersonName::parse(&"ä".repeat(101)),
            Err(Problem::TooLong { max: 100 })
        );
        assert_eq!(
            PersonName::parse("Anna\u{7}"),
            Err(Problem::ControlCharacters)
        );
        assert!(PersonName::parse(&"ä".repeat(100)).is_ok());
    }
}
