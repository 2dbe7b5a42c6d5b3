//! The box at the top of a refused form: what to fix, with links to the fields.

use leptos::prelude::*;

use crate::error::AppError;
use crate::i18n::{T, use_i18n};
use crate::ui::error_view::error_text;

#[component]
pub fn FormErrors(
    #[prop(into)] error: Signal<Option<AppError>>,
    /// The visible label of a field, by its key.
    labels: fn(crate::i18n::I18n, &str) -> String,
    /// The id every link goes to, for a form repeated on a page whose fields carry their
    /// item's id (by default each links to `#f-<field>`).
    #[prop(optional, into)]
    target: Option<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        error.get().map(|error| {
            let items = error
                .field_errors()
                .map(|fields| {
                    fields
                        .0
                        .iter()
                        .map(|fe| {
                            let href = match &target {
                                Some(id) => format!("#{id}"),
                                None => format!("#f-{}", fe.field),
                            };
                            let label = labels(i18n, &fe.field);
                            view! {
                                <li>
                                    <a href=href>{label}": "{i18n.problem(fe.problem)}</a>
                                </li>
                            }
                        })
                        .collect_view()
                })
                .unwrap_or_default();
            let heading = if error.field_errors().is_some() {
                i18n.t(T::FormHasErrors).to_owned()
            } else {
                error_text(i18n, &error).1.to_owned()
            };
            view! {
                <div class="alert alert--error" role="alert" tabindex="-1">
                    <p>
                        <strong>{heading}</strong>
                    </p>
                    <ul>{items}</ul>
                </div>
            }
        })
    }
}
