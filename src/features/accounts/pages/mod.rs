//! Signing in and signing up.

pub mod sign_in;
pub mod sign_up;
