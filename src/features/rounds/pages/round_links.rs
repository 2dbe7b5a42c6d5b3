//! The ways into a round's proposals: its board, and "submit a proposal" while the
//! submission phase is open.

use leptos::prelude::*;

use crate::domain::round::{Phase, ScheduleStatus};
use crate::features::rounds::RoundView;
use crate::i18n::{T, use_i18n};

#[component]
pub fn RoundLinks(round: RoundView, today: chrono::NaiveDate) -> impl IntoView {
    let i18n = use_i18n();
    let open = round.status == ScheduleStatus::InPhase(Phase::Submission);
    // Sign-ups are taken until the bootcamp starts.
    let signup_open = today < round.schedule.span(Phase::Bootcamp).start;
    let voting_days = round.status == ScheduleStatus::InPhase(Phase::Vote);
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
            {voting_days.then(|| view! {
                <a class="button" href="/rosta" rel="external">{i18n.t(T::GoVote)}</a>
            })}
            {signup_open.then(|| view! {
                <a class="button secondary" href=format!("/rounds/{}/signup", round.id)>
                    {i18n.t(T::OpenSignup)}
                </a>
            })}
        </p>
    }
}
