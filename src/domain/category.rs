//! The three kinds of proposal: explore (utforska), test (testa), scale up (skala upp).

use serde::{Deserialize, Serialize};

use super::Problem;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Category {
    Explore,
    Test,
    Scale,
}

impl Category {
    pub const ALL: [Category; 3] = [Category::Explore, Category::Test, Category::Scale];

    pub fn parse(input: &str) -> Result<Self, Problem> {
        match input.trim() {
            "" => Err(Problem::Required),
            "explore" => Ok(Category::Explore),
            "test" => Ok(Category::Test),
            "scale" => Ok(Category::Scale),
            _ => Err(Problem::ChoiceInvalid),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Category::Explore => "explore",
            Category::Test => "test",
            Category::Scale => "scale",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_refuses_unknown() {
        for c in Category::ALL {
            assert_eq!(Category::parse(c.as_str()), Ok(c));
        }
        assert_eq!(Category::parse("utforska"), Err(Problem::ChoiceInvalid));
        assert_eq!(Category::parse(" "), Err(Problem::Required));
    }
}
