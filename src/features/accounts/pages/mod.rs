//! Signing in and signing up, and the password links organizers make.

pub mod password_link;
pub mod reset;
pub mod sign_in;
pub mod sign_up;
