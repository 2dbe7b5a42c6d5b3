//! A staff member signs up (or changes their answers) to take part in testing in a round.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::domain::Category;
use crate::domain::signup::ManagerConsent;
use crate::features::signups::{SaveSignup, SignupForm, fetch_signup_form};
use crate::i18n::{I18n, T, use_i18n};
use crate::ui::error_view::ErrorView;
use crate::ui::field::{Field, action_error, field_problem, shown_value};
use crate::ui::form_status::FormErrors;
use crate::ui::radio_group::RadioGroup;

fn label(i18n: I18n, field: &str) -> String {
    i18n.t(match field {
        "interests" => T::InterestsLabel,
        "availability" => T::AvailabilityLabel,
        "hours_per_week" => T::HoursPerWeekLabel,
        "manager" => T::ManagerLabel,
        "note" => T::SignupNote,
        _ => T::SignupTitle,
    })
    .to_owned()
}

#[component]
pub fn SignupPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let query = use_query_map();
    let form = Resource::new(
        move || params.read().get("id").unwrap_or_default(),
        fetch_signup_form,
    );
    let saved = move || query.read().get("saved").is_some();
    view! {
        <Title text=i18n.t(T::SignupTitle) />
        <Transition fallback=move || view! { <p>{i18n.t(T::Loading)}</p> }>
            {move || Suspend::new(async move {
                match form.await {
                    Ok(form) => view! { <SignupFormView form saved=saved() /> }.into_any(),
                    Err(error) => view! { <ErrorView error /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn SignupFormView(form: SignupForm, saved: bool) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SaveSignup>::new();
    let error = action_error(action);
    let initial = form.input.clone();
    let interests_problem = field_problem(error, "interests");
    let boxes = Category::ALL
        .into_iter()
        .enumerate()
        .map(|(i, category)| {
            let key = format!("interest_{}", category.as_str());
            let was_checked = match category {
                Category::Explore => !initial.interest_explore.is_empty(),
                Category::Test => !initial.interest_test.is_empty(),
                Category::Scale => !initial.interest_scale.is_empty(),
            };
            let checked = Signal::derive(move || {
                match error.get().as_ref().and_then(|e| e.field_errors().map(|_| e.clone())) {
                    Some(e) => e.echoed(&format!("interest_{}", category.as_str())).is_some_and(|v| !v.is_empty()),
                    None => was_checked,
                }
            });
            // The first box carries the id the error summary links to.
            let id = if i == 0 { "f-interests".to_owned() } else { format!("f-{key}") };
            let label_for = id.clone();
            view! {
                <label class="choice" for=label_for>
                    <input type="checkbox" id=id name=format!("signup[{key}]") value="on" checked=checked />
                    {i18n.category(category)}
                </label>
            }
        })
        .collect_view();
    let availability = vec![
        ("hours", i18n.t(T::AvailHours)),
        ("intensive", i18n.t(T::AvailIntensive)),
    ];
    let managers = ManagerConsent::ALL
        .into_iter()
        .map(|m| (m.as_str(), i18n.manager(m)))
        .collect();
    let shown = move |key: &'static str, initial: &str| shown_value(error, key, initial.to_owned());
    view! {
        <p class="breadcrumb"><a href=format!("/rounds/{}", form.round_id)>{form.round_name.clone()}</a></p>
        <h1>{i18n.t(T::SignupTitle)}</h1>
        {saved.then(|| view! { <div class="alert alert--ok" role="status">{i18n.t(T::SignupSaved)}</div> })}
        <p>{i18n.t(T::SignupIntro)}</p>
        {if form.open {
            view! {
                <FormErrors error labels=label />
                <ActionForm action attr:class="stack" attr:novalidate=true>
                    <input type="hidden" name="round_id" value=form.round_id.clone() />
                    <fieldset class="field choices" aria-describedby=move || interests_problem.get().is_some().then_some("f-interests-error")>
                        <legend>{i18n.t(T::InterestsLabel)}</legend>
                        {move || interests_problem.get().map(|p| view! { <p class="field-error" id="f-interests-error">{i18n.problem(p)}</p> })}
                        {boxes}
                    </fieldset>
                    <RadioGroup name="availability" form_name="signup[availability]".to_owned()
                        legend=i18n.t(T::AvailabilityLabel) choices=availability error
                        value=shown("availability", &initial.availability) />
                    <Field name="hours_per_week" form_name="signup[hours_per_week]".to_owned()
                        label=i18n.t(T::HoursPerWeekLabel) hint=T::HoursHint inputmode="numeric" error
                        value=shown("hours_per_week", &initial.hours_per_week) />
                    <RadioGroup name="manager" form_name="signup[manager]".to_owned()
                        legend=i18n.t(T::ManagerLabel) choices=managers error
                        value=shown("manager", &initial.manager) />
                    <Field name="note" form_name="signup[note]".to_owned() label=i18n.t(T::SignupNote)
                        hint=T::SignupNoteHint error rows=3 value=shown("note", &initial.note) />
                    <div>
                        <button type="submit" disabled=move || action.pending().get()>{i18n.t(T::SaveSignup)}</button>
                    </div>
                </ActionForm>
            }
            .into_any()
        } else {
            view! { <p class="alert alert--info">{i18n.t(T::SignupClosedNotice)}</p> }.into_any()
        }}
    }
}
