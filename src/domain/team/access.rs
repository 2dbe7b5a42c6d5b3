//! Who may see and do what in a team. Organizers (and the round's co-organizer) run every
//! team; a coach runs their own teams; members work in theirs; other staff see only that
//! the team exists, who is in it and when it meets.

use serde::{Deserialize, Serialize};

use super::NoteVisibility;

/// The viewer's relation to one team, as the server worked it out.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamViewer {
    /// Has the organizer role, or is the round's co-organizer.
    pub organizer: bool,
    /// Is the team's coach.
    pub coach: bool,
    /// Is a current member (not one who has left).
    pub member: bool,
}

impl TeamViewer {
    /// Attendance, handovers, shared notes and the budget: the team's own workspace.
    pub fn sees_workspace(self) -> bool {
        self.organizer || self.coach || self.member
    }

    /// Runs the sessions: attendance, moving and cancelling, coach notes, the line-up.
    pub fn runs_team(self) -> bool {
        self.organizer || self.coach
    }

    /// The team writes its own handover; its coach and organizers may too.
    pub fn may_write_handover(self) -> bool {
        self.sees_workspace()
    }

    pub fn sees_note(self, visibility: NoteVisibility) -> bool {
        match visibility {
            NoteVisibility::CoachOnly => self.runs_team(),
            NoteVisibility::Team => self.sees_workspace(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ORGANIZER: TeamViewer = TeamViewer {
        organizer: true,
        coach: false,
        member: false,
    };
    const COACH: TeamViewer = TeamViewer {
        organizer: false,
        coach: true,
        member: false,
    };
    const MEMBER: TeamViewer = TeamViewer {
        organizer: false,
        coach: false,
        member: true,
    };
    const OTHER_STAFF: TeamViewer = TeamViewer {
        organizer: false,
        coach: false,
        member: false,
    };

    #[test]
    fn private_notes_are_for_the_coach_and_organizers_only() {
        assert!(ORGANIZER.sees_note(NoteVisibility::CoachOnly));
        assert!(COACH.sees_note(NoteVisibility::CoachOnly));
        assert!(!MEMBER.sees_note(NoteVisibility::CoachOnly));
        assert!(!OTHER_STAFF.sees_note(NoteVisibility::CoachOnly));
    }

    #[test]
    fn shared_notes_reach_the_team_but_nobody_outside() {
        for viewer in [ORGANIZER, COACH, MEMBER] {
            assert!(viewer.sees_note(NoteVisibility::Team));
        }
        assert!(!OTHER_STAFF.sees_note(NoteVisibility::Team));
    }

    #[test]
    fn members_write_handovers_but_do_not_run_the_team() {
        assert!(MEMBER.may_write_handover());
        assert!(!MEMBER.runs_team());
        assert!(COACH.runs_team() && ORGANIZER.runs_team());
        assert!(!OTHER_STAFF.sees_workspace() && !OTHER_STAFF.may_write_handover());
    }
}
