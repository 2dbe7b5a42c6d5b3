//! Sign-ups to take part in testing: the staff member's form, and the organizer's list.

pub mod form;
pub mod list;
