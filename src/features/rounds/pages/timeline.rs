//! The six phases of a round as a vertical timeline, marking done, now and upcoming.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::round::ScheduleStatus;
use crate::features::rounds::RoundView;
use crate::i18n::{T, use_i18n};

#[component]
pub fn PhaseTimeline(round: RoundView, today: NaiveDate) -> impl IntoView {
    let i18n = use_i18n();
    let items = round
        .schedule
        .phases()
        .map(|(phase, span)| {
            let (class, state) = if span.end < today {
                ("is-done", T::PhaseDone)
            } else if span.contains(today) {
                ("is-now", T::PhaseNow)
            } else {
                ("is-coming", T::PhaseComing)
            };
            let now = span.contains(today).then_some("step");
            view! {
                <li class=class aria-current=now>
                    <span class="timeline__name">
                        {i18n.phase(phase)} " "
                        <span class="badge" class:badge--now=span.contains(today)>
                            {i18n.t(state)}
                        </span>
                    </span>
                    <span class="timeline__dates">{i18n.date_range(span.start, span.end)}</span>
                </li>
            }
        })
        .collect_view();
    view! { <ol class="timeline">{items}</ol> }
}

/// One line saying where the round stands: "Pågår nu: Bootcamp".
#[component]
pub fn RoundStatus(status: ScheduleStatus) -> impl IntoView {
    let i18n = use_i18n();
    let text = match status {
        ScheduleStatus::NotStarted => i18n.t(T::StatusNotStarted).to_owned(),
        ScheduleStatus::InPhase(phase) => {
            format!("{} {}", i18n.t(T::StatusInPhase), i18n.phase(phase))
        }
        ScheduleStatus::Between { next } => {
            format!("{} {}", i18n.t(T::StatusBetween), i18n.phase(next))
        }
        ScheduleStatus::Finished => i18n.t(T::StatusFinished).to_owned(),
    };
    view! { <span class="badge">{text}</span> }
}
