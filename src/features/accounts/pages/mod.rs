//! Signing in (with a password or the municipality's account) and signing up, and the
//! password links organizers make.

pub mod password_link;
pub mod provider_button;
pub mod provider_callback;
pub mod reset;
pub mod sign_in;
pub mod sign_up;
