//! Pure types and rules, compiled for both the server and the browser.
//! Every constructor is a `parse()` that returns a typed problem, so a form can show
//! exactly the message the server would.

pub mod account_policy;
pub mod audit;
pub mod budget;
pub mod category;
pub mod council;
pub mod email;
pub mod field_errors;
pub mod followup;
pub mod learning;
pub mod money;
pub mod password;
pub mod person_name;
pub mod presentation;
pub mod problem;
pub mod proposal;
pub mod retro;
pub mod return_path;
pub mod role;
pub mod round;
pub mod secrecy;
pub mod signup;
pub mod stockholm;
pub mod team;
pub mod text;
pub mod vote;

pub use category::Category;
pub use email::Email;
pub use field_errors::{FieldError, FieldErrors};
pub use money::Ore;
pub use password::{NewPassword, Password};
pub use person_name::PersonName;
pub use problem::Problem;
pub use role::Role;
