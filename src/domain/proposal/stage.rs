//! The stage machine of a proposal: where it is in the pipeline, which actions move it on,
//! and who may take each action. Pure rules; the server records who, when and why.

use serde::{Deserialize, Serialize};

use crate::domain::{Problem, Role};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Stage {
    Draft,
    Submitted,
    NeedsDetail,
    Shortlisted,
    NotShortlisted,
    OnBallot,
    Selected,
    NotSelected,
    InTest,
    Learnings,
    FollowUp,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum StageAction {
    /// The proposer sends a finished draft in.
    Submit,
    /// A coach or organizer returns it with a question.
    AskForDetail,
    /// The proposer answers the question and sends it in again.
    Resubmit,
    /// The organizer records the council's yes, with a rationale.
    Shortlist,
    /// The organizer records the council's no, with a rationale.
    Decline,
    PutOnBallot,
    /// Chosen at the staff-day vote.
    Select,
    /// Not chosen at the staff-day vote.
    NotSelect,
    StartTest,
    RecordLearnings,
    StartFollowUp,
    /// Entered as submitted from a spreadsheet of proposals (the CSV import).
    Import,
    /// A parked proposal copied into a later round, entered there as submitted.
    BringIn,
}

/// Who is acting on a proposal, as far as the stage rules care.
#[derive(Debug, Clone, Copy)]
pub struct Actor<'a> {
    pub is_proposer: bool,
    pub roles: &'a [Role],
}

impl Stage {
    pub const ALL: [Stage; 11] = [
        Stage::Draft,
        Stage::Submitted,
        Stage::NeedsDetail,
        Stage::Shortlisted,
        Stage::NotShortlisted,
        Stage::OnBallot,
        Stage::Selected,
        Stage::NotSelected,
        Stage::InTest,
        Stage::Learnings,
        Stage::FollowUp,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Draft => "draft",
            Stage::Submitted => "submitted",
            Stage::NeedsDetail => "needs_detail",
            Stage::Shortlisted => "shortlisted",
            Stage::NotShortlisted => "not_shortlisted",
            Stage::OnBallot => "on_ballot",
            Stage::Selected => "selected",
            Stage::NotSelected => "not_selected",
            Stage::InTest => "in_test",
            Stage::Learnings => "learnings",
            Stage::FollowUp => "follow_up",
        }
    }

    pub fn parse(input: &str) -> Result<Self, Problem> {
        match input.trim() {
            "" => Err(Problem::Required),
            s => Stage::ALL
                .into_iter()
                .find(|stage| stage.as_str() == s)
                .ok_or(Problem::ChoiceInvalid),
        }
    }

    /// The proposer may change the text only while it is theirs to work on.
    pub fn is_editable_by_proposer(self) -> bool {
        matches!(self, Stage::Draft | Stage::NeedsDetail)
    }

    /// From "in test" on a proposal has its test team (its key is the proposal's).
    pub fn has_team(self) -> bool {
        matches!(self, Stage::InTest | Stage::Learnings | Stage::FollowUp)
    }

    /// Drafts are private to their proposers; everything else shows on the board.
    pub fn is_public(self) -> bool {
        self != Stage::Draft
    }

    /// Where `action` leads from here, or `None` if it is not allowed in this stage.
    pub fn after(self, action: StageAction) -> Option<Stage> {
        use Stage::*;
        use StageAction::*;
        let next = match (self, action) {
            (Draft, Submit) => Submitted,
            (Submitted, AskForDetail) => NeedsDetail,
            (NeedsDetail, Resubmit) => Submitted,
            (Submitted, Shortlist) => Shortlisted,
            (Submitted, Decline) => NotShortlisted,
            (Shortlisted, PutOnBallot) => OnBallot,
            (OnBallot, Select) => Selected,
            (OnBallot, NotSelect) => NotSelected,
            (Selected, StartTest) => InTest,
            (InTest, RecordLearnings) => Learnings,
            (Learnings, StartFollowUp) => FollowUp,
            _ => return None,
        };
        Some(next)
    }

    /// The actions `actor` can take from here by hand, in the order a page shows them
    /// (never the vote's own moves).
    pub fn actions_for(self, actor: Actor<'_>) -> Vec<StageAction> {
        StageAction::ALL
            .into_iter()
            .filter(|action| {
                !action.is_taken_elsewhere()
                    && self.after(*action).is_some()
                    && action.is_allowed_for(actor)
            })
            .collect()
    }
}

impl StageAction {
    pub const ALL: [StageAction; 13] = [
        StageAction::Submit,
        StageAction::Resubmit,
        StageAction::AskForDetail,
        StageAction::Shortlist,
        StageAction::Decline,
        StageAction::PutOnBallot,
        StageAction::Select,
        StageAction::NotSelect,
        StageAction::StartTest,
        StageAction::RecordLearnings,
        StageAction::StartFollowUp,
        StageAction::Import,
        StageAction::BringIn,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            StageAction::Submit => "submit",
            StageAction::AskForDetail => "ask_for_detail",
            StageAction::Resubmit => "resubmit",
            StageAction::Shortlist => "shortlist",
            StageAction::Decline => "decline",
            StageAction::PutOnBallot => "put_on_ballot",
            StageAction::Select => "select",
            StageAction::NotSelect => "not_select",
            StageAction::StartTest => "start_test",
            StageAction::RecordLearnings => "record_learnings",
            StageAction::StartFollowUp => "start_follow_up",
            StageAction::Import => "import",
            StageAction::BringIn => "bring_in",
        }
    }

    pub fn parse(input: &str) -> Result<Self, Problem> {
        match input.trim() {
            "" => Err(Problem::Required),
            s => StageAction::ALL
                .into_iter()
                .find(|action| action.as_str() == s)
                .ok_or(Problem::ChoiceInvalid),
        }
    }

    /// The moves that only the vote makes: onto the ballot when the vote is created, to
    /// selected / not selected when its selection is confirmed. Nobody takes them by hand,
    /// so the result cannot go around the vote.
    pub fn is_decided_by_vote(self) -> bool {
        matches!(
            self,
            StageAction::PutOnBallot | StageAction::Select | StageAction::NotSelect
        )
    }

    /// Starting the test happens when the organizer forms the proposal's team (teams),
    /// so that no proposal is "in test" without a team.
    pub fn is_taken_by_forming_a_team(self) -> bool {
        self == StageAction::StartTest
    }

    /// Follow-up starts when the organizer records the decision on what happens next
    /// (followup), so that no proposal is in follow-up without its "Vad händer nu?".
    pub fn is_taken_by_a_decision(self) -> bool {
        self == StageAction::StartFollowUp
    }

    /// How a proposal enters a round other than by its proposer's form (import, bringing a
    /// parked one in): history lines only, never a move of an existing proposal.
    pub fn is_an_entry(self) -> bool {
        matches!(self, StageAction::Import | StageAction::BringIn)
    }

    /// Moves that another flow makes (the vote, forming a team, the follow-up decision),
    /// never offered by hand.
    pub fn is_taken_elsewhere(self) -> bool {
        self.is_decided_by_vote()
            || self.is_taken_by_forming_a_team()
            || self.is_taken_by_a_decision()
            || self.is_an_entry()
    }

    /// Moving to learnings needs at least one learning card from the team.
    pub fn needs_a_learning_card(self) -> bool {
        self == StageAction::RecordLearnings
    }

    /// Whether the action must say why (the question, or the council's rationale).
    pub fn needs_reason(self) -> bool {
        matches!(
            self,
            StageAction::AskForDetail | StageAction::Shortlist | StageAction::Decline
        )
    }

    pub fn is_allowed_for(self, actor: Actor<'_>) -> bool {
        let has = |role: Role| actor.roles.contains(&role);
        match self {
            StageAction::Submit | StageAction::Resubmit => actor.is_proposer,
            StageAction::AskForDetail
            | StageAction::StartTest
            | StageAction::RecordLearnings
            | StageAction::StartFollowUp => has(Role::Coach) || has(Role::Organizer),
            StageAction::Shortlist
            | StageAction::Decline
            | StageAction::PutOnBallot
            | StageAction::Select
            | StageAction::NotSelect
            | StageAction::Import
            | StageAction::BringIn => has(Role::Organizer),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Stage::*;
    use StageAction::*;

    const ALLOWED: [(Stage, StageAction, Stage); 11] = [
        (Draft, Submit, Submitted),
        (Submitted, AskForDetail, NeedsDetail),
        (NeedsDetail, Resubmit, Submitted),
        (Submitted, Shortlist, Shortlisted),
        (Submitted, Decline, NotShortlisted),
        (Shortlisted, PutOnBallot, OnBallot),
        (OnBallot, Select, Selected),
        (OnBallot, NotSelect, NotSelected),
        (Selected, StartTest, InTest),
        (InTest, RecordLearnings, Learnings),
        (Learnings, StartFollowUp, FollowUp),
    ];

    #[test]
    fn every_allowed_transition_leads_where_it_should() {
        for (from, action, to) in ALLOWED {
            assert_eq!(from.after(action), Some(to), "{from:?} --{action:?}-->");
        }
    }

    #[test]
    fn every_other_transition_is_refused() {
        let mut refused = 0;
        for from in Stage::ALL {
            for action in StageAction::ALL {
                let allowed = ALLOWED.iter().any(|(f, a, _)| *f == from && *a == action);
                if !allowed {
                    assert_eq!(
                        from.after(action),
                        None,
                        "{from:?} --{action:?}--> must fail"
                    );
                    refused += 1;
                }
            }
        }
        assert_eq!(refused, 11 * 13 - ALLOWED.len());
    }

    #[test]
    fn final_stages_have_no_way_on() {
        for stage in [NotShortlisted, NotSelected, FollowUp] {
            assert!(StageAction::ALL.iter().all(|a| stage.after(*a).is_none()));
        }
    }

    fn actor(is_proposer: bool, roles: &[Role]) -> Actor<'_> {
        Actor { is_proposer, roles }
    }

    #[test]
    fn only_the_proposer_submits_and_resubmits() {
        for action in [Submit, Resubmit] {
            assert!(action.is_allowed_for(actor(true, &[])));
            assert!(!action.is_allowed_for(actor(false, &Role::ALL)));
        }
    }

    #[test]
    fn coaches_ask_and_run_tests_but_do_not_decide() {
        let coach = actor(false, &[Role::Coach]);
        for action in [AskForDetail, StartTest, RecordLearnings, StartFollowUp] {
            assert!(action.is_allowed_for(coach), "{action:?}");
        }
        for action in [Shortlist, Decline, PutOnBallot, Select, NotSelect] {
            assert!(!action.is_allowed_for(coach), "{action:?}");
            assert!(action.is_allowed_for(actor(false, &[Role::Organizer])));
        }
    }

    #[test]
    fn staff_and_council_members_move_nothing_but_their_own() {
        let member = actor(false, &[Role::CouncilMember]);
        assert!(StageAction::ALL.iter().all(|a| !a.is_allowed_for(member)));
        assert!(Submitted.actions_for(actor(true, &[])).is_empty());
        assert_eq!(Draft.actions_for(actor(true, &[])), vec![Submit]);
    }

    #[test]
    fn actions_for_an_organizer_on_a_submitted_proposal() {
        let organizer = actor(false, &[Role::Organizer]);
        assert_eq!(
            Submitted.actions_for(organizer),
            vec![AskForDetail, Shortlist, Decline]
        );
    }

    #[test]
    fn the_votes_moves_are_never_offered_by_hand() {
        let organizer = actor(false, &Role::ALL);
        assert!(Shortlisted.actions_for(organizer).is_empty());
        assert!(OnBallot.actions_for(organizer).is_empty());
        // Forming a team starts the test, so a selected proposal offers nothing by hand.
        assert!(Selected.actions_for(organizer).is_empty());
        assert_eq!(InTest.actions_for(organizer), vec![RecordLearnings]);
        // Recording the decision moves it to follow-up.
        assert!(Learnings.actions_for(organizer).is_empty());
        assert!(StartFollowUp.is_taken_elsewhere() && RecordLearnings.needs_a_learning_card());
        let by_vote: Vec<_> = StageAction::ALL
            .into_iter()
            .filter(|a| a.is_decided_by_vote())
            .collect();
        assert_eq!(by_vote, vec![PutOnBallot, Select, NotSelect]);
    }

    #[test]
    fn names_round_trip() {
        for stage in Stage::ALL {
            assert_eq!(Stage::parse(stage.as_str()), Ok(stage));
        }
        for action in StageAction::ALL {
            assert_eq!(StageAction::parse(action.as_str()), Ok(action));
        }
        assert_eq!(Stage::parse("won"), Err(Problem::ChoiceInvalid));
        assert_eq!(StageAction::parse(""), Err(Problem::Required));
    }

    #[test]
    fn reasons_are_required_for_questions_and_decisions() {
        assert!(AskForDetail.needs_reason() && Shortlist.needs_reason() && Decline.needs_reason());
        assert!(!Submit.needs_reason() && !StartTest.needs_reason());
    }
}
