//! The remaining money as a bar (a `<meter>`-like bar that reads without JavaScript), and
//! the budget card on the team page with the "must be spent" warning.

use leptos::prelude::*;

use crate::domain::budget::{BudgetSummary, ExpenseCategory};
use crate::features::budget::fetch_budget;
use crate::i18n::{I18n, T, use_i18n};

pub fn category_name(i18n: I18n, category: ExpenseCategory) -> &'static str {
    i18n.t(match category {
        ExpenseCategory::Material => T::CatMaterial,
        ExpenseCategory::FoodAndFika => T::CatFood,
        ExpenseCategory::Travel => T::CatTravel,
        ExpenseCategory::Fees => T::CatFees,
        ExpenseCategory::Other => T::CatOther,
    })
}

/// "1 200 kr använt av 5 000 kr · 3 800 kr kvar", with a bar.
#[component]
pub fn BudgetBar(summary: BudgetSummary) -> impl IntoView {
    let i18n = use_i18n();
    let percent = summary.percent_spent();
    let text = format!(
        "{} {} {} · {} {}",
        summary.spent.format_sek(),
        i18n.t(T::BudgetSpentOf),
        summary.budget.format_sek(),
        summary.left.format_sek(),
        i18n.t(T::BudgetLeftSuffix)
    );
    let pending = (summary.pending.0 > 0).then(|| {
        view! { <p class="meta">{summary.pending.format_sek()}" "{i18n.t(T::BudgetPendingNote)}</p> }
    });
    view! {
        <div class="budget-bar">
            <p>{text.clone()}</p>
            <div class="budget-bar__track" role="progressbar" aria-label=i18n.t(T::BudgetTitle)
                aria-valuemin="0" aria-valuemax="100" aria-valuenow=percent.to_string() aria-valuetext=text>
                <svg viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                    <rect x="0" y="0" width="100" height="4" fill="#e3e6ea" />
                    <rect x="0" y="0" width=percent.to_string() height="4" fill="#1d6b3a" />
                </svg>
            </div>
            {pending}
        </div>
    }
}

/// The budget on the team page: the bar, the warning, and the way to the ledger.
#[component]
pub fn BudgetCard(team_id: String) -> impl IntoView {
    let i18n = use_i18n();
    let href = format!("/teams/{team_id}/budget");
    let budget = Resource::new(move || team_id.clone(), fetch_budget);
    view! {
        <section class="card" aria-labelledby="budget-heading">
            <h2 id="budget-heading">{i18n.t(T::BudgetTitle)}</h2>
            <Transition fallback=move || view! { <p>{i18n.t(T::Loading)}</p> }>
                {move || Suspend::new(async move {
                    budget.await.ok().map(|page| view! {
                        <BudgetBar summary=page.summary />
                        {page.lagging.then(|| view! { <p class="alert alert--warning">{i18n.t(T::BudgetLagging)}</p> })}
                    })
                })}
            </Transition>
            <p><a href=href>{i18n.t(T::OpenBudget)}</a></p>
        </section>
    }
}
