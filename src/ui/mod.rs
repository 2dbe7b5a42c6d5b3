//! Screens (`pages/`, one a file) and the pieces they share (`components/`).

pub mod components;
pub mod pages;
