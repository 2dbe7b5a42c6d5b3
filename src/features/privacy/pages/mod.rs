//! The privacy page, the person's own data page, and the organizer's page for someone's data.

pub mod my_data;
pub mod person;
pub mod policy;
