//! The live completeness guide beside the proposal form: each part missing, thin or done.
//! The rule is `domain::proposal::Completeness`, the same one the server applies.

use leptos::prelude::*;

use crate::domain::proposal::{Completeness, PartStatus};
use crate::i18n::{T, use_i18n};

#[component]
pub fn CompletenessGuide(#[prop(into)] completeness: Signal<Completeness>) -> impl IntoView {
    let i18n = use_i18n();
    let summary = move || {
        let c = completeness.get();
        format!("{} / {} {}", c.done(), c.total(), i18n.t(T::GuidePartsDone))
    };
    let items = move || {
        completeness
            .get()
            .parts
            .into_iter()
            .map(|(part, status)| {
                let class = match status {
                    PartStatus::Done => "guide__item guide__item--done",
                    PartStatus::Thin { .. } => "guide__item guide__item--thin",
                    PartStatus::Missing => "guide__item guide__item--missing",
                };
                let mark = if status == PartStatus::Done {
                    "✓"
                } else {
                    "•"
                };
                view! {
                    <li class=class>
                        <span aria-hidden="true">{mark}" "</span>
                        <a href=format!("#f-{}", part.field())>{i18n.part(part)}</a>
                        ": "
                        {i18n.part_status(status)}
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <aside class="guide card" aria-labelledby="guide-title">
            <h2 id="guide-title">{i18n.t(T::GuideTitle)}</h2>
            // Announced politely as parts are completed.
            <p aria-live="polite">{summary}</p>
            <ul>{items}</ul>
        </aside>
    }
}
