//! A Bootcamp round (omgång): its name, format, phase dates and default team budget.

pub mod format;
pub mod input;
pub mod name;
pub mod schedule;

pub use format::{RoundFormat, Weekday};
pub use input::{NewRound, RoundInput};
pub use name::RoundName;
pub use schedule::{Phase, PhaseSpan, Schedule, ScheduleStatus};
