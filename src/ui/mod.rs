//! The layout and the components that several features' pages share.

pub mod error_view;
pub mod field;
pub mod form_status;
pub mod layout;
pub mod not_found;
pub mod radio_group;
pub mod session;
pub mod stage_badge;
