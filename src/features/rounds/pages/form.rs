//! The fields of the round form, shared by "new" and "edit". Field names are
//! `round[<key>]`; errors and echoed values are keyed by `<key>`.

use leptos::prelude::*;

use crate::domain::round::{Phase, RoundInput, Weekday};
use crate::error::AppError;
use crate::i18n::{I18n, T, use_i18n};
use crate::ui::field::{Field, shown_value};

/// The visible label of a round field, for the error summary.
pub fn label(i18n: I18n, field: &str) -> String {
    let simple = match field {
        "name" => Some(T::RoundName),
        "format" => Some(T::RoundFormatLabel),
        "weekday" => Some(T::Weekday),
        "start_time" => Some(T::StartTime),
        "session_hours" => Some(T::SessionHours),
        "weeks" => Some(T::Weeks),
        "intensive_days" => Some(T::IntensiveDays),
        "budget_kronor" => Some(T::DefaultBudget),
        _ => None,
    };
    if let Some(key) = simple {
        return i18n.t(key).to_owned();
    }
    Phase::ALL
        .into_iter()
        .find_map(|phase| {
            if field == phase.start_field() {
                Some(format!("{} – {}", i18n.phase(phase), i18n.t(T::PhaseStart)))
            } else if field == phase.end_field() {
                Some(format!("{} – {}", i18n.phase(phase), i18n.t(T::PhaseEnd)))
            } else {
                None
            }
        })
        .unwrap_or_else(|| field.to_owned())
}

fn form_name(key: &str) -> String {
    format!("round[{key}]")
}

#[component]
pub fn RoundFields(
    initial: RoundInput,
    #[prop(into)] error: Signal<Option<AppError>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let value = |key: &'static str, initial: &str| shown_value(error, key, initial.to_owned());
    let format = value("format", &initial.format);
    let weekday = value("weekday", &initial.weekday);
    let problem = move |key: &'static str| {
        move || {
            error
                .get()
                .and_then(|e| e.field_errors().and_then(|f| f.for_field(key)))
                .map(|p| view! { <p class="field-error" id=format!("f-{key}-error")>{i18n.problem(p)}</p> })
        }
    };
    let weekday_options = Weekday::ALL
        .into_iter()
        .map(|day| {
            view! {
                <option value=day.as_str() selected=move || weekday.get() == day.as_str()>
                    {i18n.weekday(day)}
                </option>
            }
        })
        .collect_view();
    let date_fieldsets = Phase::ALL
        .into_iter()
        .map(|phase| {
            let (start, end) = phase_values(&initial, phase);
            let start_key = phase.start_field();
            let end_key = phase.end_field();
            view! {
                <fieldset>
                    <legend>{i18n.phase(phase)}</legend>
                    <div class="date-pair">
                        <Field
                            name=start_key
                            form_name=form_name(start_key)
                            label=i18n.t(T::PhaseStart)
                            kind="date"
                            required=true
                            error
                            value=value(start_key, &start)
                        />
                        <Field
                            name=end_key
                            form_name=form_name(end_key)
                            label=i18n.t(T::PhaseEnd)
                            kind="date"
                            required=true
                            error
                            value=value(end_key, &end)
                        />
                    </div>
                </fieldset>
            }
        })
        .collect_view();
    view! {
        <Field
            name="name"
            form_name=form_name("name")
            label=i18n.t(T::RoundName)
            required=true
            error
            value=value("name", &initial.name)
        />
        <fieldset>
            <legend>{i18n.t(T::RoundFormatLabel)}</legend>
            {problem("format")}
            <label class="choice">
                <input
                    type="radio"
                    id="f-format"
                    name="round[format]"
                    value="weekly"
                    checked=move || format.get() != "intensive"
                />
                {i18n.t(T::FormatWeekly)}
            </label>
            <div class="field">
                <label for="f-weekday">{i18n.t(T::Weekday)}</label>
                {problem("weekday")}
                <select id="f-weekday" name="round[weekday]">
                    {weekday_options}
                </select>
            </div>
            <Field
                name="start_time"
                form_name=form_name("start_time")
                label=i18n.t(T::StartTime)
                inputmode="numeric"
                error
                value=value("start_time", &initial.start_time)
            />
            <Field
                name="session_hours"
                form_name=form_name("session_hours")
                label=i18n.t(T::SessionHours)
                inputmode="numeric"
                error
                value=value("session_hours", &initial.session_hours)
            />
            <Field
                name="weeks"
                form_name=form_name("weeks")
                label=i18n.t(T::Weeks)
                inputmode="numeric"
                error
                value=value("weeks", &initial.weeks)
            />
            <label class="choice">
                <input
                    type="radio"
                    name="round[format]"
                    value="intensive"
                    checked=move || format.get() == "intensive"
                />
                {i18n.t(T::FormatIntensive)}
            </label>
            <Field
                name="intensive_days"
                form_name=form_name("intensive_days")
                label=i18n.t(T::IntensiveDays)
                inputmode="numeric"
                error
                value=value("intensive_days", &initial.intensive_days)
            />
        </fieldset>
        <Field
            name="budget_kronor"
            form_name=form_name("budget_kronor")
            label=i18n.t(T::DefaultBudget)
            hint=T::DefaultBudgetHint
            inputmode="decimal"
            required=true
            error
            value=value("budget_kronor", &initial.budget_kronor)
        />
        <h2>{i18n.t(T::PhaseDates)}</h2>
        {date_fieldsets}
    }
}

fn phase_values(input: &RoundInput, phase: Phase) -> (String, String) {
    let index = Phase::ALL.iter().position(|p| *p == phase).unwrap_or(0);
    input.phase_dates()[index].clone()
}
