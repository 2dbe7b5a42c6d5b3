//! Follow-up ("Vad händer nu?"): the decision on each tested proposal with its fixed
//! outcomes, the follow-up actions with owners and due dates, and the check-ins 3, 6 and 12
//! months after the bootcamp.

pub mod action;
pub mod checkin;
pub mod decision;

pub use action::{ActionInput, ActionStatus, FollowUpAction, StatusChange, StatusChangeInput};
pub use checkin::{CHECKIN_MONTHS, CheckinAnswer, checkin_dates};
pub use decision::{Decision, DecisionInput, Outcome};
