//! The people page's part on who may make an account: the allowed e-mail domains and
//! single addresses, and the existing accounts outside them (kept, listed for review).

use leptos::prelude::*;

use crate::features::people::{AccountPolicyView, SaveAccountPolicy};
use crate::i18n::{I18n, T, use_i18n};
use crate::ui::field::{Field, action_error, shown_value};
use crate::ui::form_status::FormErrors;

fn label(i18n: I18n, field: &str) -> String {
    i18n.t(match field {
        "addresses" => T::AllowedAddressesLabel,
        _ => T::AllowedDomainsLabel,
    })
    .to_owned()
}

#[component]
pub fn SignupRule(
    policy: AccountPolicyView,
    save: ServerAction<SaveAccountPolicy>,
) -> impl IntoView {
    let i18n = use_i18n();
    let error = action_error(save);
    let configured = (!policy.configured_domains.is_empty()).then(|| {
        view! {
            <p>{i18n.t(T::ConfiguredDomains)}": "<strong>{policy.configured_domains.join(", ")}</strong></p>
        }
    });
    let open_warning = policy.open.then(
        || view! { <p class="alert alert--warning" role="note">{i18n.t(T::SignupRuleOpen)}</p> },
    );
    let outside = if policy.outside.is_empty() {
        view! { <p>{i18n.t(T::NoOutsideAccounts)}</p> }.into_any()
    } else {
        let rows = policy
            .outside
            .iter()
            .map(|p| view! { <li>{p.name.clone()}" – "{p.email.clone()}</li> })
            .collect_view();
        view! {
            <p>{i18n.t(T::OutsideAccountsIntro)}</p>
            <ul class="plain-list">{rows}</ul>
        }
        .into_any()
    };
    view! {
        <section aria-labelledby="signup-rule" class="stack">
            <h2 id="signup-rule">{i18n.t(T::SignupRuleHeading)}</h2>
            <p>{i18n.t(T::SignupRuleIntro)}</p>
            {open_warning}
            {configured}
            <FormErrors error labels=label />
            <ActionForm action=save attr:class="stack" attr:novalidate=true>
                <Field name="domains" label=i18n.t(T::AllowedDomainsLabel) hint=T::AllowedDomainsHint
                    rows=3 error value=shown_value(error, "domains", policy.domains.clone()) />
                <Field name="addresses" label=i18n.t(T::AllowedAddressesLabel) hint=T::AllowedAddressesHint
                    rows=3 error value=shown_value(error, "addresses", policy.addresses.clone()) />
                <div>
                    <button type="submit" disabled=move || save.pending().get()>{i18n.t(T::SaveSignupRule)}</button>
                </div>
            </ActionForm>
            <h3>{i18n.t(T::OutsideAccountsHeading)}</h3>
            {outside}
        </section>
    }
}
