//! Screens (`pages/`, one a file) and the pieces they share (`components/`).

pub mod components;
#[cfg(feature = "hydrate")]
pub mod live_feed;
pub mod pages;
