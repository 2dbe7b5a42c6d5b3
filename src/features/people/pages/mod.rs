//! The organizer's list of people and their roles, and who may sign up.

pub mod people;
pub mod signup_rule;
