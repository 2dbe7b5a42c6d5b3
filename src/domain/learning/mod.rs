//! Test cards and learning cards, the Strategyzer cards a team records its tests and what
//! it learned on: what may be typed, the 1–3 ratings, the card's status and the test's result.

pub mod learning_card;
pub mod rating;
pub mod test_card;

pub use learning_card::{LearningCard, LearningCardInput};
pub use rating::Rating;
pub use test_card::{TestCard, TestCardInput, TestResult, TestStatus};
