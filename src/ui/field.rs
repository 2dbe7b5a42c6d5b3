//! A labelled form field that shows its hint and the server's (or parser's) problem,
//! and keeps what was typed when a form is refused.

use leptos::prelude::*;

use crate::error::AppError;
use crate::i18n::{T, use_i18n};

/// The refused form's error, if the last submit of `action` failed.
pub fn action_error<S>(action: ServerAction<S>) -> Signal<Option<AppError>>
where
    S: leptos::server_fn::ServerFn<Error = AppError> + Clone + Send + Sync + 'static,
    S::Output: Clone + Send + Sync + 'static,
{
    Signal::derive(move || action.value().get().and_then(|result| result.err()))
}

/// Counts the successful submits of `action`: key a resource on it to fetch again after a
/// change, but not after a refusal (which would redraw the form and lose what was typed).
pub fn successes<S>(action: ServerAction<S>) -> Memo<usize>
where
    S: leptos::server_fn::ServerFn<Error = AppError> + Clone + Send + Sync + 'static,
    S::Output: Clone + Send + Sync + 'static,
{
    Memo::new(move |previous: Option<&usize>| {
        let previous = previous.copied().unwrap_or(0);
        match action.value().get() {
            Some(Ok(_)) => action.version().get(),
            _ => previous,
        }
    })
}

/// The value to show in a field: what was typed (if refused), else the starting value.
pub fn shown_value(
    error: Signal<Option<AppError>>,
    field: &'static str,
    initial: String,
) -> Signal<String> {
    Signal::derive(move || {
        error
            .get()
            .and_then(|e| e.echoed(field).map(str::to_owned))
            .unwrap_or_else(|| initial.clone())
    })
}

#[component]
pub fn Field(
    /// The field's key in error messages, e.g. `email` or `council_start`.
    name: &'static str,
    /// The label, already translated.
    #[prop(into)]
    label: String,
    #[prop(into)] error: Signal<Option<AppError>>,
    #[prop(into, optional)] value: Signal<String>,
    /// The form name when it differs from `name`, e.g. `round[name]`.
    #[prop(optional)]
    form_name: Option<String>,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] hint: Option<T>,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] required: bool,
    #[prop(optional)] inputmode: Option<&'static str>,
    /// Makes it a `<textarea>` with this many rows.
    #[prop(optional)]
    rows: Option<u32>,
    /// Called with the new text on every keystroke (the live completeness guide).
    #[prop(optional)]
    on_input: Option<Callback<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = format!("f-{name}");
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let problem = field_problem(error, name);
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let mut ids = Vec::new();
            if hint.is_some() {
                ids.push(hint_id.clone());
            }
            if problem.get().is_some() {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let form_name = form_name.unwrap_or_else(|| name.to_owned());
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{i18n.t(h)}</p> })}
            {move || {
                problem
                    .get()
                    .map(|p| {
                        view! {
                            <p class="field-error" id=error_id.clone()>
                                {i18n.problem(p)}
                            </p>
                        }
                    })
            }}
            {match rows {
                None => view! {
                    <input
                        id=id
                        name=form_name
                        type=kind
                        value=move || value.get()
                        autocomplete=autocomplete
                        inputmode=inputmode
                        required=required
                        aria-invalid=move || problem.get().is_some().then_some("true")
                        aria-describedby=described_by
                        on:input=move |ev| {
                            if let Some(callback) = on_input {
                                callback.run(event_target_value(&ev));
                            }
                        }
                    />
                }
                .into_any(),
                Some(rows) => view! {
                    <textarea
                        id=id
                        name=form_name
                        rows=rows
                        required=required
                        aria-invalid=move || problem.get().is_some().then_some("true")
                        aria-describedby=described_by
                        on:input=move |ev| {
                            if let Some(callback) = on_input {
                                callback.run(event_target_value(&ev));
                            }
                        }
                    >
                        // Only the starting text: a reactive `prop:value` would be set again
                        // when the page hydrates and wipe what someone typed before that.
                        {value.get_untracked()}
                    </textarea>
                }
                .into_any(),
            }}
        </div>
    }
}

/// The problem the refused form has for `field`, if any.
pub fn field_problem(
    error: Signal<Option<AppError>>,
    field: &'static str,
) -> Memo<Option<crate::domain::Problem>> {
    Memo::new(move |_| {
        error
            .get()
            .and_then(|e| e.field_errors().and_then(|f| f.for_field(field)))
    })
}
