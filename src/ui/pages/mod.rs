pub mod home;
pub mod not_found;
pub mod notifications;
pub mod people;
pub mod proposals;
pub mod rounds;
pub mod sign_in;
pub mod sign_up;
