//! Proposals: the form, the proposal page, the board and "Mina förslag".

pub mod board;
pub mod completeness_guide;
pub mod edit;
pub mod form;
pub mod mine;
pub mod new;
pub mod page;
