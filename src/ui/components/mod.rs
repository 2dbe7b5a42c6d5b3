pub mod error_view;
pub mod field;
pub mod form_status;
pub mod layout;
pub mod session;
pub mod timeline;
