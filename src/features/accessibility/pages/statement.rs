//! `/tillganglighet`: the accessibility statement in the order DIGG's template gives it,
//! and the form that reports a barrier to the organizers (anyone, signed in or not).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::features::accessibility::ReportBarrier;
use crate::i18n::{I18n, T, use_i18n};
use crate::ui::field::{Field, action_error, shown_value};
use crate::ui::form_status::FormErrors;

fn label(i18n: I18n, field: &str) -> String {
    i18n.t(match field {
        "page" => T::A11yPageLabel,
        "contact" => T::A11yContactLabel,
        _ => T::A11yDescriptionLabel,
    })
    .to_owned()
}

#[component]
pub fn AccessibilityStatementPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let action = ServerAction::<ReportBarrier>::new();
    let error = action_error(action);
    let sent = move || {
        (query.read().get("skickad").is_some() && error.get().is_none())
            .then(|| view! { <p class="notice" role="status">{i18n.t(T::A11ySent)}</p> })
    };
    view! {
        <Title text=i18n.t(T::A11yTitle) />
        <h1>{i18n.t(T::A11yTitle)}</h1>
        <p>{i18n.t(T::A11yIntro)}</p>
        <h2>{i18n.t(T::A11yHowTitle)}</h2>
        <p>{i18n.t(T::A11yHowText)}</p>
        <h3>{i18n.t(T::A11yKnownTitle)}</h3>
        <ul>
            <li>{i18n.t(T::A11yKnownSession)}</li>
            <li>{i18n.t(T::A11yKnownUploads)}</li>
            <li>{i18n.t(T::A11yKnownKeyboard)}</li>
        </ul>
        <h2 id="rapportera">{i18n.t(T::A11yReportTitle)}</h2>
        <p>{i18n.t(T::A11yReportText)}</p>
        {sent}
        <FormErrors error labels=label />
        <ActionForm action attr:class="stack" attr:novalidate=true>
            <Field
                name="page"
                label=i18n.t(T::A11yPageLabel)
                error
                value=shown_value(error, "page", String::new())
            />
            <Field
                name="description"
                label=i18n.t(T::A11yDescriptionLabel)
                hint=T::A11yDescriptionHint
                rows=5
                required=true
                error
                value=shown_value(error, "description", String::new())
            />
            <Field
                name="contact"
                label=i18n.t(T::A11yContactLabel)
                autocomplete="email"
                error
                value=shown_value(error, "contact", String::new())
            />
            <div>
                <button type="submit" disabled=move || action.pending().get()>
                    {i18n.t(T::A11ySend)}
                </button>
            </div>
        </ActionForm>
        <h2>{i18n.t(T::A11ySupervisionTitle)}</h2>
        <p>{i18n.t(T::A11ySupervisionText)}</p>
        <p>
            <a href="https://www.digg.se/tdosanmalan" rel="external">
                {i18n.t(T::A11yDiggLink)}
            </a>
        </p>
        <h2>{i18n.t(T::A11yTestedTitle)}</h2>
        <p>{i18n.t(T::A11yTestedText)}</p>
    }
}
