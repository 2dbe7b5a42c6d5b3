//! Spending over the bootcamp as a server-rendered SVG (it reads without JavaScript and in
//! print), with the budget as a line, today marked, and the same figures as a text list.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::Ore;
use crate::domain::round::PhaseSpan;
use crate::features::budget::{ExpenseStatus, ExpenseView};
use crate::i18n::{T, use_i18n};

const WIDTH: f64 = 600.0;
const HEIGHT: f64 = 180.0;
const PAD: f64 = 8.0;

/// Approved spending summed day by day: (day, total so far), only days with expenses.
pub fn cumulative(expenses: &[ExpenseView]) -> Vec<(NaiveDate, Ore)> {
    let mut approved: Vec<&ExpenseView> = expenses
        .iter()
        .filter(|e| e.status == ExpenseStatus::Approved)
        .collect();
    approved.sort_by_key(|e| e.date);
    let mut points: Vec<(NaiveDate, Ore)> = Vec::new();
    let mut total = 0;
    for e in approved {
        total += e.amount.0;
        match points.last_mut() {
            Some((day, sum)) if *day == e.date => *sum = Ore(total),
            _ => points.push((e.date, Ore(total))),
        }
    }
    points
}

#[component]
pub fn SpendingChart(
    expenses: Vec<ExpenseView>,
    budget: Ore,
    bootcamp: PhaseSpan,
    today: NaiveDate,
) -> impl IntoView {
    let i18n = use_i18n();
    let points = cumulative(&expenses);
    let top = points
        .iter()
        .map(|(_, o)| o.0)
        .chain([budget.0, 1])
        .max()
        .unwrap_or(1) as f64;
    let days = (bootcamp.end - bootcamp.start).num_days().max(1) as f64;
    let x = move |day: NaiveDate| {
        let offset = (day - bootcamp.start).num_days().clamp(0, days as i64) as f64;
        PAD + offset / days * (WIDTH - 2.0 * PAD)
    };
    let y = move |ore: i64| HEIGHT - PAD - (ore as f64) / top * (HEIGHT - 2.0 * PAD);
    // A step line: flat until each day with expenses, then up.
    let mut line = format!("{:.1},{:.1}", x(bootcamp.start), y(0));
    let mut last = 0;
    for (day, sum) in &points {
        line.push_str(&format!(
            " {:.1},{:.1} {:.1},{:.1}",
            x(*day),
            y(last),
            x(*day),
            y(sum.0)
        ));
        last = sum.0;
    }
    let end = if today < bootcamp.end {
        today.max(bootcamp.start)
    } else {
        bootcamp.end
    };
    line.push_str(&format!(" {:.1},{:.1}", x(end), y(last)));
    let budget_y = format!("{:.1}", y(budget.0));
    let today_marker = bootcamp.contains(today).then(|| {
        let tx = format!("{:.1}", x(today));
        view! { <line x1=tx.clone() x2=tx y1=PAD.to_string() y2=(HEIGHT - PAD).to_string() stroke="#555" stroke-dasharray="4 3" /> }
    });
    let text = points
        .iter()
        .map(|(day, sum)| view! { <li>{i18n.date(*day)}": "{sum.format_sek()}</li> })
        .collect_view();
    view! {
        <figure class="chart spending-chart">
            <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-labelledby="spending-title" aria-describedby="spending-text">
                <title id="spending-title">{i18n.t(T::SpendingChartTitle)}</title>
                <rect x="0" y="0" width=WIDTH.to_string() height=HEIGHT.to_string() fill="#ffffff" stroke="#c9ced4" />
                <line x1=PAD.to_string() x2=(WIDTH - PAD).to_string() y1=budget_y.clone() y2=budget_y stroke="#8a5a00" stroke-width="2" />
                {today_marker}
                <polyline points=line fill="none" stroke="#1d6b3a" stroke-width="3" />
            </svg>
            <figcaption>
                {i18n.t(T::SpendingChartTitle)}" ("{i18n.date(bootcamp.start)}" – "{i18n.date(bootcamp.end)}"). "
                {i18n.t(T::BudgetLine)}": "{budget.format_sek()}"."
                <ul id="spending-text">{text}</ul>
            </figcaption>
        </figure>
    }
}
