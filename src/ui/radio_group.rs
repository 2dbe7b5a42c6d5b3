//! A group of radio buttons in a fieldset: its legend, hint and the refused form's problem.

use leptos::prelude::*;

use super::field::field_problem;
use crate::error::AppError;
use crate::i18n::{T, use_i18n};

/// One choice of a radio group: its value and its label, already translated.
pub type Choice = (&'static str, &'static str);

/// A group of radio buttons in a fieldset, with the refused form's problem.
#[component]
pub fn RadioGroup(
    name: &'static str,
    #[prop(into)] legend: String,
    choices: Vec<Choice>,
    #[prop(into)] error: Signal<Option<AppError>>,
    #[prop(into)] value: Signal<String>,
    #[prop(optional)] form_name: Option<String>,
    #[prop(optional)] hint: Option<T>,
    #[prop(optional)] on_change: Option<Callback<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let problem = field_problem(error, name);
    let form_name = form_name.unwrap_or_else(|| name.to_owned());
    let error_id = format!("f-{name}-error");
    let hint_id = format!("f-{name}-hint");
    let options = choices
        .into_iter()
        .enumerate()
        .map(|(i, (choice, label))| {
            // The first radio carries the id the error summary links to.
            let id = if i == 0 {
                format!("f-{name}")
            } else {
                format!("f-{name}-{choice}")
            };
            let label_for = id.clone();
            view! {
                <label class="choice" for=label_for>
                    <input
                        type="radio"
                        id=id
                        name=form_name.clone()
                        value=choice
                        checked=move || value.get() == choice
                        on:change=move |_| {
                            if let Some(callback) = on_change {
                                callback.run(choice.to_owned());
                            }
                        }
                    />
                    {label}
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset
            class="field choices"
            aria-describedby=move || problem.get().is_some().then(|| error_id.clone())
        >
            <legend>{legend}</legend>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{i18n.t(h)}</p> })}
            {move || {
                problem
                    .get()
                    .map(|p| view! { <p class="field-error" id=format!("f-{name}-error")>{i18n.problem(p)}</p> })
            }}
            {options}
        </fieldset>
    }
}
