//! The calendar screen: the person's feed addresses, downloads and the token reset.

pub mod links;
