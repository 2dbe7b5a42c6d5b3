//! Results per category with shared places shown, the CSV of the totals, and (organizers,
//! after closing) the selection form that moves the proposals on.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::paper::PaperEntries;
use crate::domain::vote::VoteStatus;
use crate::domain::vote::tally::{CategoryResult, Outcome};
use crate::features::vote::{ConfirmSelection, VoteResults, fetch_vote_results};
use crate::i18n::{I18n, T, use_i18n};
use crate::ui::error_view::ErrorView;
use crate::ui::field::action_error;
use crate::ui::form_status::FormErrors;

fn label(i18n: I18n, _field: &str) -> String {
    i18n.t(T::SelectionHeading).to_owned()
}

#[component]
pub fn VoteResultsPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let query = use_query_map();
    let results = Resource::new(
        move || params.read().get("id").unwrap_or_default(),
        fetch_vote_results,
    );
    let confirmed = move || query.read().get("confirmed").is_some();
    view! {
        <Title text=i18n.t(T::ResultsTitle) />
        <Transition fallback=move || view! { <p>{i18n.t(T::Loading)}</p> }>
            {move || Suspend::new(async move {
                match results.await {
                    Ok(results) => view! { <Results results just_confirmed=confirmed() /> }.into_any(),
                    Err(error) => view! { <ErrorView error /> }.into_any(),
                }
            })}
        </Transition>
    }
}

fn outcome_text(outcome: Outcome) -> T {
    match outcome {
        Outcome::Winner => T::OutcomeWinner,
        Outcome::TiedForLastPlace => T::OutcomeTied,
        Outcome::Other => T::OutcomeOther,
    }
}

#[component]
fn CategoryTable(group: CategoryResult, with_outcome: bool, with_paper: bool) -> impl IntoView {
    let i18n = use_i18n();
    let rows = group
        .rows
        .into_iter()
        .map(|row| {
            let place = if row.tied {
                format!("{} ({})", row.place, i18n.t(T::SharedPlace))
            } else {
                row.place.to_string()
            };
            view! {
                <tr class:result--winner={row.outcome == Outcome::Winner} class:result--tied={row.outcome == Outcome::TiedForLastPlace}>
                    <td>{place}</td>
                    <th scope="row"><a href=format!("/proposals/{}", row.candidate.id)>{row.candidate.title}</a></th>
                    <td class="number">{row.candidate.votes}</td>
                    {with_paper.then(|| view! {
                        <td class="number">{row.candidate.votes - row.candidate.paper}</td>
                        <td class="number">{row.candidate.paper}</td>
                    })}
                    {with_outcome.then(|| view! { <td>{i18n.t(outcome_text(row.outcome))}</td> })}
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll">
        <table class="results">
            <caption>{i18n.category(group.category)}</caption>
            <thead>
                <tr>
                    <th scope="col">{i18n.t(T::PlaceLabel)}</th>
                    <th scope="col">{i18n.t(T::ProposalTitleLabel)}</th>
                    <th scope="col" class="number">{i18n.t(T::VotesLabel)}</th>
                    {with_paper.then(|| view! {
                        <th scope="col" class="number">{i18n.t(T::DigitalVotesLabel)}</th>
                        <th scope="col" class="number">{i18n.t(T::PaperVotesLabel)}</th>
                    })}
                    {with_outcome.then(|| view! { <th scope="col">{i18n.t(T::OutcomeLabel)}</th> })}
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
        </div>
    }
}

#[component]
fn Results(results: VoteResults, just_confirmed: bool) -> impl IntoView {
    let i18n = use_i18n();
    let with_outcome = results.winners_per_category.is_some();
    let with_paper = !results.paper.entries.is_empty();
    let tables = results
        .results
        .iter()
        .cloned()
        .map(|group| view! { <CategoryTable group with_outcome with_paper /> })
        .collect_view();
    let paper = with_paper.then(|| {
        view! {
            <h2>{i18n.t(T::PaperEntriesHeading)}</h2>
            <PaperEntries page=results.paper.clone() with_links=false />
        }
    });
    let status_note = (results.status != VoteStatus::Closed)
        .then(|| view! { <p class="alert alert--info">{i18n.t(T::ResultsNotFinal)}</p> });
    let selection = results
        .can_confirm
        .then(|| view! { <Selection results=results.clone() /> });
    view! {
        <p class="breadcrumb"><a href=format!("/rounds/{}", results.round_id)>{results.round_name.clone()}</a></p>
        <h1>{i18n.t(T::ResultsTitle)}</h1>
        {just_confirmed.then(|| view! { <div class="alert alert--ok" role="status">{i18n.t(T::SelectionConfirmed)}</div> })}
        {status_note}
        <p>{format!("{}: {}", i18n.t(T::BallotsCast), results.ballots)}
            {with_paper.then(|| format!(" ({} {}, {} {})", results.digital_ballots, i18n.t(T::DigitalWord), results.paper_ballots, i18n.t(T::PaperWord)))}
        </p>
        {tables}
        {paper}
        {(results.selection_confirmed && !just_confirmed).then(|| view! { <p>{i18n.t(T::SelectionConfirmed)}</p> })}
        {results.can_export.then(|| view! {
            <p><a href=format!("/rounds/{}/vote/results.csv", results.round_id) download>{i18n.t(T::DownloadResultsCsv)}</a></p>
        })}
        {selection}
    }
}

#[component]
fn Selection(results: VoteResults) -> impl IntoView {
    let i18n = use_i18n();
    let confirm = ServerAction::<ConfirmSelection>::new();
    let error = action_error(confirm);
    let mut index = 0usize;
    let boxes = results
        .results
        .iter()
        .flat_map(|group| group.rows.iter().map(move |row| (group.category, row.clone())))
        .map(|(category, row)| {
            let name = format!("picks[{index}]");
            index += 1;
            let id = format!("pick-{}", row.candidate.id);
            let label_for = id.clone();
            let checked = results.preselected.contains(&row.candidate.id);
            let tied = (row.outcome == Outcome::TiedForLastPlace)
                .then(|| view! { " " <strong>{i18n.t(T::OutcomeTied)}</strong> });
            view! {
                <label class="choice" for=label_for>
                    <input type="checkbox" id=id name=name value=row.candidate.id.clone() checked=checked />
                    {row.candidate.title.clone()}
                    " ("{i18n.category(category)}", "{row.candidate.votes}" "{i18n.t(T::VotesLabel).to_lowercase()}")"
                    {tied}
                </label>
            }
        })
        .collect_view();
    view! {
        <h2>{i18n.t(T::SelectionHeading)}</h2>
        <p>{i18n.t(T::SelectionIntro)}</p>
        <FormErrors error labels=label />
        <ActionForm action=confirm attr:class="stack">
            <input type="hidden" name="round_id" value=results.round_id.clone() />
            <fieldset class="field choices">
                <legend>{i18n.t(T::SelectedProposals)}</legend>
                {boxes}
            </fieldset>
            <div>
                <button type="submit" disabled=move || confirm.pending().get()>{i18n.t(T::ConfirmSelection)}</button>
            </div>
        </ActionForm>
    }
}
