//! A 1–3 rating on a test card: how critical the hypothesis is, what the test costs and how
//! reliable its data is.

use serde::{Deserialize, Serialize};

use crate::domain::Problem;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Rating(u8);

impl Rating {
    pub const MIN: u8 = 1;
    pub const MAX: u8 = 3;

    pub fn parse(input: &str) -> Result<Self, Problem> {
        let typed = input.trim();
        if typed.is_empty() {
            return Err(Problem::Required);
        }
        let n: i64 = typed.parse().map_err(|_| Problem::NumberInvalid)?;
        Self::from_stored(n).ok_or(Problem::NumberOutOfRange {
            min: i64::from(Self::MIN),
            max: i64::from(Self::MAX),
        })
    }

    /// A rating read back from the database; `None` outside 1–3.
    pub fn from_stored(n: i64) -> Option<Self> {
        u8::try_from(n)
            .ok()
            .filter(|n| (Self::MIN..=Self::MAX).contains(n))
            .map(Rating)
    }

    pub fn get(self) -> u8 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_to_three_only() {
        assert_eq!(Rating::parse(" 2 ").map(Rating::get), Ok(2));
        assert_eq!(Rating::parse(""), Err(Problem::Required));
        assert_eq!(Rating::parse("hög"), Err(Problem::NumberInvalid));
        for outside in ["0", "4", "-1", "300"] {
            assert_eq!(
                Rating::parse(outside),
                Err(Problem::NumberOutOfRange { min: 1, max: 3 }),
                "{outside}"
            );
        }
        assert_eq!(Rating::from_stored(3).map(Rating::get), Some(3));
        assert_eq!(Rating::from_stored(9), None);
    }
}
