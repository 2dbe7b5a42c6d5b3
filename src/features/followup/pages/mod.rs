//! The follow-up screens: a proposal's "Vad händer nu?" page, the summary on the proposal
//! page, "Min uppföljning" and the organizers' overdue view.

pub mod action_card;
pub mod mine;
pub mod overdue;
pub mod proposal;
pub mod summary;

use crate::domain::followup::{ActionStatus, Outcome};
use crate::i18n::{I18n, T};

pub fn outcome_name(i18n: I18n, outcome: Outcome) -> &'static str {
    i18n.t(match outcome {
        Outcome::ContinueTesting => T::OutcomeContinueTesting,
        Outcome::BuildPrototype => T::OutcomePrototype,
        Outcome::ScaleUp => T::OutcomeScaleUp,
        Outcome::Park => T::OutcomePark,
        Outcome::Stop => T::OutcomeStop,
    })
}

pub fn action_status_name(i18n: I18n, status: ActionStatus) -> &'static str {
    i18n.t(match status {
        ActionStatus::Open => T::ActionOpen,
        ActionStatus::Done => T::ActionDone,
        ActionStatus::Dropped => T::ActionDropped,
    })
}
