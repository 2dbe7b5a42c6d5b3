//! The signed-in person's notifications.

pub mod list;
