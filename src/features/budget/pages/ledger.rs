//! A team's ledger: the bar, the chart, the warning, the expenses (with receipts), the
//! form for a new expense, and for organizers the decisions and budget changes. At the end
//! of the bootcamp it reads as the final statement of spent and unspent money.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_location, use_params_map, use_query_map};

use super::bar::{BudgetBar, category_name};
use super::chart::SpendingChart;
use crate::domain::budget::ExpenseCategory;
use crate::features::budget::{
    AddExpense, BudgetPage, ChangeBudget, DecideExpense, ExpenseStatus, ExpenseView, fetch_budget,
};
use crate::i18n::{I18n, T, use_i18n};
use crate::ui::error_view::ErrorView;
use crate::ui::field::{Field, action_error, field_problem, shown_value};
use crate::ui::form_status::FormErrors;

fn label(i18n: I18n, field: &str) -> String {
    i18n.t(match field {
        "date" => T::ExpenseDate,
        "amount" => T::ExpenseAmount,
        "what" => T::ExpenseWhat,
        "category" => T::ExpenseCategoryLabel,
        "paid_by" => T::ExpensePaidBy,
        "reason" => T::ChangeReasonLabel,
        _ => T::BudgetTitle,
    })
    .to_owned()
}

fn status_name(i18n: I18n, status: ExpenseStatus) -> &'static str {
    i18n.t(match status {
        ExpenseStatus::Approved => T::StatusApproved,
        ExpenseStatus::Pending => T::StatusPending,
        ExpenseStatus::Rejected => T::StatusRejected,
    })
}

/// The message a redirect back to this page asks for.
fn notice(i18n: I18n, key: &str, value: &str) -> Option<(bool, &'static str)> {
    let text = match (key, value) {
        ("logged", "pending") => (true, T::ExpenseWaits),
        ("logged", _) => (true, T::ExpenseLogged),
        ("decided", _) => (true, T::ExpenseDecided),
        ("changed", _) => (true, T::BudgetChanged),
        ("receipt", _) => (true, T::ReceiptSaved),
        ("receipt_error", "type") => (false, T::ReceiptTypeText),
        ("receipt_error", "size") => (false, T::ReceiptTooLargeText),
        ("receipt_error", "exists") => (false, T::ReceiptExistsText),
        ("receipt_error", _) => (false, T::ReceiptMissingText),
        _ => return None,
    };
    Some((text.0, i18n.t(text.1)))
}

#[component]
pub fn TeamBudgetPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let location = use_location();
    let query = use_query_map();
    let budget = Resource::new(
        // Keyed on the query too: a form that redirects back here (`?saved=1`) loads it anew.
        move || {
            (
                params.read().get("id").unwrap_or_default(),
                location.search.get(),
            )
        },
        |(id, _)| fetch_budget(id),
    );
    let message = move || {
        let q = query.read();
        ["logged", "decided", "changed", "receipt", "receipt_error"]
            .into_iter()
            .find_map(|key| notice(i18n, key, &q.get(key)?))
    };
    view! {
        <Title text=i18n.t(T::BudgetTitle) />
        <Transition fallback=move || view! { <p>{i18n.t(T::Loading)}</p> }>
            {move || Suspend::new(async move {
                match budget.await {
                    Ok(page) => view! { <Ledger page message=message() /> }.into_any(),
                    Err(error) => view! { <ErrorView error /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Ledger(page: BudgetPage, message: Option<(bool, &'static str)>) -> impl IntoView {
    let i18n = use_i18n();
    let message = message.map(|(ok, text)| {
        let class = if ok {
            "alert alert--ok"
        } else {
            "alert alert--error"
        };
        let role = if ok { "status" } else { "alert" };
        view! { <div class=class role=role>{text}</div> }
    });
    let rows = page
        .expenses
        .iter()
        .cloned()
        .map(|e| view! { <ExpenseRow expense=e can_decide=page.can_decide /> })
        .collect_view();
    let statement = page.ended.then(|| {
        view! {
            <section class="card" aria-labelledby="statement-heading">
                <h2 id="statement-heading">{i18n.t(T::BudgetStatement)}</h2>
                <dl>
                    <dt>{i18n.t(T::BudgetLine)}</dt><dd>{page.summary.budget.format_sek()}</dd>
                    <dt>{i18n.t(T::SpentColumn)}</dt><dd>{page.summary.spent.format_sek()}</dd>
                    <dt>{i18n.t(T::BudgetUnspent)}</dt><dd>{page.summary.left.format_sek()}</dd>
                </dl>
            </section>
        }
    });
    let changes = (!page.changes.is_empty()).then(|| {
        let items = page
            .changes
            .iter()
            .map(|c| {
                view! {
                    <li>{format!("{} → {}", c.from.format_sek(), c.to.format_sek())}": "{c.reason.clone()}
                        <span class="meta">" ("{c.by_name.clone()}", "{i18n.date_time(c.at)}")"</span></li>
                }
            })
            .collect_view();
        view! {
            <section aria-labelledby="changes-heading">
                <h2 id="changes-heading">{i18n.t(T::BudgetChangesHeading)}</h2>
                <ul>{items}</ul>
            </section>
        }
    });
    view! {
        <p class="breadcrumb">
            <a href=format!("/rounds/{}", page.round_id)>{page.round_name.clone()}</a>
            " › "
            <a href=format!("/teams/{}", page.team_id)>{page.title.clone()}</a>
        </p>
        <h1>{i18n.t(T::BudgetTitle)}": "{page.title.clone()}</h1>
        {message}
        {statement}
        <BudgetBar summary=page.summary />
        {page.lagging.then(|| view! { <p class="alert alert--warning">{i18n.t(T::BudgetLagging)}</p> })}
        <SpendingChart expenses=page.expenses.clone() budget=page.summary.budget bootcamp=page.bootcamp today=page.today />
        <section aria-labelledby="expenses-heading">
            <h2 id="expenses-heading">{i18n.t(T::ExpensesHeading)}</h2>
            {if page.expenses.is_empty() {
                view! { <p>{i18n.t(T::NoExpenses)}</p> }.into_any()
            } else {
                view! {
                    <div class="table-scroll">
                        <table>
                            <caption class="visually-hidden">{i18n.t(T::ExpensesHeading)}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{i18n.t(T::DateColumn)}</th>
                                    <th scope="col">{i18n.t(T::WhatColumn)}</th>
                                    <th scope="col">{i18n.t(T::AmountColumn)}</th>
                                    <th scope="col">{i18n.t(T::PaidByColumn)}</th>
                                    <th scope="col">{i18n.t(T::StatusColumn)}</th>
                                    <th scope="col">{i18n.t(T::ReceiptColumn)}</th>
                                </tr>
                            </thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                }
                .into_any()
            }}
        </section>
        {page.can_log.then(|| view! { <ExpenseForm team_id=page.team_id.clone() start=page.today.max(page.bootcamp.start).min(page.bootcamp.end).to_string() /> })}
        {page.can_decide.then(|| view! { <BudgetForm team_id=page.team_id.clone() current=page.summary.budget.format_number() /> })}
        {changes}
    }
}

#[component]
fn ExpenseRow(expense: ExpenseView, can_decide: bool) -> impl IntoView {
    let i18n = use_i18n();
    let decide = ServerAction::<DecideExpense>::new();
    let receipt = match expense.receipt {
        Some(_) => view! {
            <a href=format!("/receipts/{}", expense.id) rel="external" download="">{i18n.t(T::DownloadReceipt)}</a>
        }
        .into_any(),
        None => {
            let id = format!("receipt-{}", expense.id);
            let label_for = id.clone();
            view! {
                <form method="post" action=format!("/expenses/{}/receipt", expense.id) enctype="multipart/form-data" class="stack receipt-form">
                    <label for=label_for>{i18n.t(T::AttachReceipt)}</label>
                    <input type="file" id=id name="receipt" accept="image/jpeg,image/png,application/pdf" required=true />
                    <button type="submit" class="secondary button-small">{i18n.t(T::UploadReceipt)}</button>
                </form>
            }
            .into_any()
        }
    };
    let decision = (can_decide && expense.status == ExpenseStatus::Pending).then(|| {
        view! {
            <ActionForm action=decide attr:class="inline-form">
                <input type="hidden" name="expense_id" value=expense.id.clone() />
                <button type="submit" name="decision" value="approve" class="button-small">{i18n.t(T::ApproveButton)}</button>
                " "
                <button type="submit" name="decision" value="reject" class="secondary button-small">{i18n.t(T::RejectButton)}</button>
            </ActionForm>
        }
    });
    view! {
        <tr>
            <td>{i18n.date(expense.date)}</td>
            <th scope="row">{expense.what.clone()}<br /><span class="meta">{category_name(i18n, expense.category)}</span></th>
            <td class="number">{expense.amount.format_sek()}</td>
            <td>{expense.paid_by.clone()}</td>
            <td>{status_name(i18n, expense.status)}{decision}</td>
            <td>{receipt}</td>
        </tr>
    }
}

#[component]
fn ExpenseForm(team_id: String, start: String) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<AddExpense>::new();
    let error = action_error(action);
    let category_problem = field_problem(error, "category");
    let chosen = shown_value(error, "category", String::new());
    let options = ExpenseCategory::ALL
        .into_iter()
        .map(|c| view! { <option value=c.as_str() selected=move || chosen.get() == c.as_str()>{category_name(i18n, c)}</option> })
        .collect_view();
    view! {
        <section aria-labelledby="new-expense-heading">
            <h2 id="new-expense-heading">{i18n.t(T::LogExpenseHeading)}</h2>
            <FormErrors error labels=label />
            <ActionForm action attr:class="stack" attr:novalidate=true>
                <input type="hidden" name="team_id" value=team_id />
                <Field name="date" form_name="expense[date]".to_owned() label=i18n.t(T::ExpenseDate) error
                    value=shown_value(error, "date", start) />
                <Field name="amount" form_name="expense[amount]".to_owned() label=i18n.t(T::ExpenseAmount)
                    hint=T::ExpenseAmountHint inputmode="decimal" error value=shown_value(error, "amount", String::new()) />
                <Field name="what" form_name="expense[what]".to_owned() label=i18n.t(T::ExpenseWhat) error
                    value=shown_value(error, "what", String::new()) />
                <div class="field">
                    <label for="f-category">{i18n.t(T::ExpenseCategoryLabel)}</label>
                    {move || category_problem.get().map(|p| view! { <p class="field-error" id="f-category-error">{i18n.problem(p)}</p> })}
                    <select id="f-category" name="expense[category]" aria-invalid=move || category_problem.get().is_some().then_some("true")>
                        {options}
                    </select>
                </div>
                <Field name="paid_by" form_name="expense[paid_by]".to_owned() label=i18n.t(T::ExpensePaidBy)
                    hint=T::ExpensePaidByHint error value=shown_value(error, "paid_by", String::new()) />
                <div>
                    <button type="submit" disabled=move || action.pending().get()>{i18n.t(T::LogExpense)}</button>
                </div>
            </ActionForm>
        </section>
    }
}

#[component]
fn BudgetForm(team_id: String, current: String) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<ChangeBudget>::new();
    let error = action_error(action);
    view! {
        <section aria-labelledby="change-budget-heading">
            <h2 id="change-budget-heading">{i18n.t(T::ChangeBudgetHeading)}</h2>
            <FormErrors error labels=label />
            <ActionForm action attr:class="stack" attr:novalidate=true>
                <input type="hidden" name="team_id" value=team_id />
                <Field name="amount" label=i18n.t(T::NewBudget) inputmode="decimal" error
                    value=shown_value(error, "amount", current) />
                <Field name="reason" label=i18n.t(T::ChangeReasonLabel) error
                    value=shown_value(error, "reason", String::new()) />
                <div>
                    <button type="submit" class="secondary" disabled=move || action.pending().get()>{i18n.t(T::ChangeBudget)}</button>
                </div>
            </ActionForm>
        </section>
    }
}
