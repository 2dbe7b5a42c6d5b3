pub mod home;
pub mod not_found;
pub mod people;
pub mod rounds;
pub mod sign_in;
pub mod sign_up;
