//! The reason given for a change that keeps a trace: a member joining or leaving, a session
//! moved or cancelled, a budget changed.

use serde::{Deserialize, Serialize};

use crate::domain::Problem;
use crate::domain::text::single_line;

pub const REASON_MAX: usize = 300;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reason(String);

impl Reason {
    pub fn parse(input: &str) -> Result<Self, Problem> {
        single_line(input, 2, REASON_MAX).map(Reason)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reason_is_a_short_line_without_personal_numbers() {
        assert_eq!(Reason::parse(""), Err(Problem::Required));
        assert_eq!(
            Reason::parse("Flyttad,  krock med  APT").unwrap().as_str(),
            "Flyttad, krock med APT"
        );
        assert_eq!(
            Reason::parse("Gäller 811218-9876"),
            Err(Problem::PersonalIdentityNumber)
        );
    }
}
