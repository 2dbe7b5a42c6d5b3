//! The rules of a vote as a form: votes per voter, winners per category, live totals,
//! and an optional opening and closing time.

use leptos::prelude::*;

use crate::domain::vote::VoteRulesInput;
use crate::features::vote::SaveVote;
use crate::i18n::{I18n, T, use_i18n};
use crate::ui::field::{Field, action_error, shown_value};
use crate::ui::form_status::FormErrors;
use crate::ui::radio_group::RadioGroup;

pub fn label(i18n: I18n, field: &str) -> String {
    i18n.t(match field {
        "votes_per_voter" => T::VotesPerVoterLabel,
        "winners_per_category" => T::WinnersPerCategoryLabel,
        "opens_at" => T::OpensAtLabel,
        "closes_at" => T::ClosesAtLabel,
        "count" => T::CodeCountLabel,
        "access" => T::VoteAccessLabel,
        _ => T::VoteTitle,
    })
    .to_owned()
}

#[component]
pub fn RulesForm(
    round_id: String,
    initial: VoteRulesInput,
    action: ServerAction<SaveVote>,
    submit: T,
) -> impl IntoView {
    let i18n = use_i18n();
    let error = action_error(action);
    let shown = move |key: &'static str, initial: &str| shown_value(error, key, initial.to_owned());
    let was_live = !initial.live_totals.is_empty();
    let live_checked = Signal::derive(move || match error.get() {
        Some(e) if e.field_errors().is_some() => {
            e.echoed("live_totals").is_some_and(|v| !v.is_empty())
        }
        _ => was_live,
    });
    view! {
        <FormErrors error labels=label />
        <ActionForm action attr:class="stack" attr:novalidate=true>
            <input type="hidden" name="round_id" value=round_id />
            <Field name="votes_per_voter" form_name="rules[votes_per_voter]".to_owned()
                label=i18n.t(T::VotesPerVoterLabel) hint=T::VotesPerVoterHint inputmode="numeric" error
                value=shown("votes_per_voter", &initial.votes_per_voter) />
            <Field name="winners_per_category" form_name="rules[winners_per_category]".to_owned()
                label=i18n.t(T::WinnersPerCategoryLabel) hint=T::WinnersPerCategoryHint inputmode="numeric" error
                value=shown("winners_per_category", &initial.winners_per_category) />
            <div class="field">
                <label class="choice" for="f-live_totals">
                    <input type="checkbox" id="f-live_totals" name="rules[live_totals]" value="on" checked=live_checked />
                    {i18n.t(T::LiveTotalsLabel)}
                </label>
            </div>
            <RadioGroup name="access" form_name="rules[access]".to_owned()
                legend=i18n.t(T::VoteAccessLabel) hint=T::VoteAccessHint error
                value=shown("access", &initial.access)
                choices=vec![
                    ("codes", i18n.t(T::VoteAccessCodes)),
                    ("accounts", i18n.t(T::VoteAccessAccounts)),
                    ("both", i18n.t(T::VoteAccessBoth)),
                ] />
            <Field name="opens_at" form_name="rules[opens_at]".to_owned() kind="datetime-local"
                label=i18n.t(T::OpensAtLabel) hint=T::OpensAtHint error
                value=shown("opens_at", &initial.opens_at) />
            <Field name="closes_at" form_name="rules[closes_at]".to_owned() kind="datetime-local"
                label=i18n.t(T::ClosesAtLabel) hint=T::ClosesAtHint error
                value=shown("closes_at", &initial.closes_at) />
            <div>
                <button type="submit" disabled=move || action.pending().get()>{i18n.t(submit)}</button>
            </div>
        </ActionForm>
    }
}
