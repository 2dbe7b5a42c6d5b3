//! The learnings screens: a team's cards, the test-card and learning-card forms, and the
//! learnings library.

pub mod card_views;
pub mod cards;
pub mod learning_card_form;
pub mod library;
pub mod test_card_form;
