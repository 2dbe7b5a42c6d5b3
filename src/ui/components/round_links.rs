//! The ways into a round's proposals: its board, and "submit a proposal" while the
//! submission phase is open.

use leptos::prelude::*;

use crate::api::rounds::RoundView;
use crate::domain::round::{Phase, ScheduleStatus};
use crate::i18n::{T, use_i18n};

#[component]
pub fn RoundLinks(round: RoundView) -> impl IntoView {
    let i18n = use_i18n();
    let open = round.status == ScheduleStatus::InPhase(Phase::Submission);
    view! {
        <p class="button-row">
            {open.then(|| view! {
                <a class="button" href=format!("/rounds/{}/proposals/new", round.id)>
                    {i18n.t(T::SubmitNewProposal)}
                </a>
            })}
            <a class="button secondary" href=format!("/rounds/{}/board", round.id)>
                {i18n.t(T::OpenBoard)}
            </a>
        </p>
    }
}
