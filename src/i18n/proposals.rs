//! Names of the proposal concepts: stages, stage actions, perspectives, form parts.

use super::{I18n, Lang, T};
use crate::domain::proposal::{Part, PartStatus, Perspective, Stage, StageAction};

impl I18n {
    pub fn stage(self, stage: Stage) -> &'static str {
        self.t(match stage {
            Stage::Draft => T::StageDraft,
            Stage::Submitted => T::StageSubmitted,
            Stage::NeedsDetail => T::StageNeedsDetail,
            Stage::Shortlisted => T::StageShortlisted,
            Stage::NotShortlisted => T::StageNotShortlisted,
            Stage::OnBallot => T::StageOnBallot,
            Stage::Selected => T::StageSelected,
            Stage::NotSelected => T::StageNotSelected,
            Stage::InTest => T::StageInTest,
            Stage::Learnings => T::StageLearnings,
            Stage::FollowUp => T::StageFollowUp,
        })
    }

    /// The button label of an action (and its line in the history).
    pub fn action(self, action: StageAction) -> &'static str {
        self.t(match action {
            StageAction::Submit => T::ActionSubmit,
            StageAction::Resubmit => T::ActionResubmit,
            StageAction::AskForDetail => T::ActionAskForDetail,
            StageAction::Shortlist => T::ActionShortlist,
            StageAction::Decline => T::ActionDecline,
            StageAction::PutOnBallot => T::ActionPutOnBallot,
            StageAction::Select => T::ActionSelect,
            StageAction::NotSelect => T::ActionNotSelect,
            StageAction::StartTest => T::ActionStartTest,
            StageAction::RecordLearnings => T::ActionRecordLearnings,
            StageAction::StartFollowUp => T::ActionStartFollowUp,
            StageAction::Import => T::ActionImport,
            StageAction::BringIn => T::ActionBringIn,
        })
    }

    pub fn perspective(self, perspective: Perspective) -> &'static str {
        self.t(match perspective {
            Perspective::ServiceUsers => T::PerspectiveServiceUsers,
            Perspective::Staff => T::PerspectiveStaff,
            Perspective::Both => T::PerspectiveBoth,
        })
    }

    /// The label of a part of the proposal form.
    pub fn part(self, part: Part) -> &'static str {
        self.t(match part {
            Part::Title => T::ProposalTitleLabel,
            Part::Problem => T::ProblemLabel,
            Part::Perspective => T::PerspectiveLabel,
            Part::Idea => T::IdeaLabel,
            Part::FirstTest => T::FirstTestLabel,
            Part::SuccessSignal => T::SuccessSignalLabel,
            Part::Category => T::CategoryLabel,
            Part::Unit => T::UnitLabel,
        })
    }

    pub fn part_status(self, status: PartStatus) -> String {
        match (status, self.0) {
            (PartStatus::Missing, _) => self.t(T::GuideMissing).to_owned(),
            (PartStatus::Done, _) => self.t(T::GuideDone).to_owned(),
            (PartStatus::Thin { words, min }, Lang::Sv) => {
                format!("tunt: {words} av minst {min} ord")
            }
            (PartStatus::Thin { words, min }, Lang::En) => {
                format!("thin: {words} of at least {min} words")
            }
        }
    }
}
