//! An organizer creates a round.

use leptos::prelude::*;
use leptos_meta::Title;

use super::form::{RoundFields, label};
use crate::domain::Role;
use crate::domain::round::RoundInput;
use crate::error::AppError;
use crate::features::rounds::CreateRound;
use crate::i18n::{T, use_i18n};
use crate::ui::error_view::ErrorView;
use crate::ui::field::action_error;
use crate::ui::form_status::FormErrors;
use crate::ui::session::use_user;

/// What a new round starts as: the seed's format, Fridays 2 h × 5 weeks, 5 000 kr a team.
fn template() -> RoundInput {
    RoundInput {
        format: "weekly".into(),
        weekday: "friday".into(),
        start_time: "13:00".into(),
        session_hours: "2".into(),
        weeks: "5".into(),
        intensive_days: "5".into(),
        budget_kronor: "5 000".into(),
        ..Default::default()
    }
}

#[component]
pub fn NewRoundPage() -> impl IntoView {
    let i18n = use_i18n();
    let user = use_user();
    let action = ServerAction::<CreateRound>::new();
    let error = action_error(action);
    view! {
        <Title text=i18n.t(T::NewRound) />
        <Transition fallback=move || view! { <p>{i18n.t(T::Loading)}</p> }>
            {move || Suspend::new(async move {
                match user.await {
                    Ok(Some(u)) if u.has(Role::Organizer) => view! {
                        <h1>{i18n.t(T::NewRound)}</h1>
                        <FormErrors error labels=label />
                        <ActionForm action attr:class="stack" attr:novalidate=true>
                            <RoundFields initial=template() error />
                            <div>
                                <button type="submit" disabled=move || action.pending().get()>
                                    {i18n.t(T::CreateRound)}
                                </button>
                            </div>
                        </ActionForm>
                    }
                    .into_any(),
                    Ok(Some(_)) => view! { <ErrorView error=AppError::Forbidden /> }.into_any(),
                    Ok(None) => view! { <ErrorView error=AppError::Unauthorized /> }.into_any(),
                    Err(error) => view! { <ErrorView error /> }.into_any(),
                }
            })}
        </Transition>
    }
}
