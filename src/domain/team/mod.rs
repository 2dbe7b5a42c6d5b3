//! Test teams (arbetsgrupper): who sees what in a team, its session plan, attendance,
//! handovers, coach notes and the reasons given for changes.

pub mod access;
pub mod attendance;
pub mod handover;
pub mod lineup;
pub mod note;
pub mod reason;
pub mod schedule;
pub mod session_move;

pub use access::TeamViewer;
pub use attendance::Attendance;
pub use handover::{Handover, HandoverInput};
pub use lineup::{LineupChange, Membership, changes_between};
pub use note::{CoachNote, NoteInput, NoteVisibility};
pub use reason::Reason;
pub use schedule::{PlannedSession, plan_sessions};
pub use session_move::{SessionMove, SessionMoveInput};
