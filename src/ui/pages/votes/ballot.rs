//! `/rosta`: the voter's page, phone first and whole without JavaScript.
//! 1. Join: type the code from the card (or arrive by its QR code with `?kod=`), or, when
//!    signed in, pick an open vote (`?omrostning=`).
//! 2. Choose: tick up to the allowed number (a GET form back to this page with `val`).
//! 3. Confirm: the choices are checked by the same rule the server uses; confirming casts
//!    the ballot and leads to the receipt.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::votes::{BallotForm, BallotIdea, CastBallot, fetch_ballot, fetch_open_votes};
use crate::domain::Problem;
use crate::domain::vote::Ballot;
use crate::error::AppError;
use crate::i18n::{I18n, T, use_i18n};
use crate::ui::components::error_view::error_text;
use crate::ui::components::field::action_error;
use crate::ui::components::form_status::FormErrors;

fn label(i18n: I18n, field: &str) -> String {
    i18n.t(match field {
        "code" => T::VoterCodeLabel,
        "picks" => T::YourChoices,
        _ => T::VoteTitle,
    })
    .to_owned()
}

/// Where the voter is in the three steps, read from the address.
#[derive(Clone, PartialEq)]
struct Step {
    code: String,
    round_id: String,
    chosen: Vec<String>,
    change: bool,
}

#[component]
pub fn BallotPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let step = Memo::new(move |_| {
        let q = query.read();
        Step {
            code: q.get("kod").unwrap_or_default(),
            round_id: q.get("omrostning").unwrap_or_default(),
            chosen: q.get_all("val").unwrap_or_default(),
            change: q.get("andra").is_some(),
        }
    });
    let ballot = Resource::new(
        move || {
            let s = step.get();
            (s.code, s.round_id)
        },
        |(code, round_id)| async move {
            if code.trim().is_empty() && round_id.trim().is_empty() {
                None
            } else {
                Some(fetch_ballot(code, round_id).await)
            }
        },
    );
    view! {
        <Title text=i18n.t(T::VoteTitle) />
        <div class="ballot-page">
            <Transition fallback=move || view! { <p>{i18n.t(T::Loading)}</p> }>
                {move || Suspend::new(async move {
                    match ballot.await {
                        Some(Ok(form)) => view! { <Choose form step=step.get_untracked() /> }.into_any(),
                        Some(Err(error)) => view! { <Join error=Some(error) code=step.get_untracked().code /> }.into_any(),
                        None => view! { <Join error=None code=String::new() /> }.into_any(),
                    }
                })}
            </Transition>
        </div>
    }
}

/// The message for a refused code or ballot.
fn problem_text(i18n: I18n, error: &AppError) -> String {
    error
        .field_errors()
        .and_then(|f| f.0.first().map(|e| e.problem))
        .map(|p| i18n.problem(p))
        .unwrap_or_else(|| error_text(i18n, error).1.to_owned())
}

#[component]
fn Join(error: Option<AppError>, code: String) -> impl IntoView {
    let i18n = use_i18n();
    let open_votes = Resource::new(|| (), |_| fetch_open_votes());
    let message = error.as_ref().map(|e| problem_text(i18n, e));
    let has_error = message.is_some();
    let staff = move || {
        Suspend::new(async move {
            let votes = open_votes.await.unwrap_or_default();
            (!votes.is_empty()).then(|| {
                let items = votes
                    .into_iter()
                    .map(|vote| {
                        let action = if vote.has_voted {
                            view! { <span>{i18n.t(T::YouHaveVoted)}</span> }.into_any()
                        } else {
                            view! {
                                <a class="button" href=format!("/rosta?omrostning={}", vote.round_id)>
                                    {i18n.t(T::VoteSignedIn)}
                                </a>
                            }
                            .into_any()
                        };
                        view! { <li><strong>{vote.round_name}</strong>" "{action}</li> }
                    })
                    .collect_view();
                view! {
                    <section aria-labelledby="signed-in-votes">
                        <h2 id="signed-in-votes">{i18n.t(T::SignedInVoting)}</h2>
                        <ul class="plain-list">{items}</ul>
                    </section>
                }
            })
        })
    };
    view! {
        <h1>{i18n.t(T::VoteTitle)}</h1>
        <p>{i18n.t(T::JoinIntro)}</p>
        <form method="get" action="/rosta" class="stack join-form">
            <div class="field">
                <label for="f-code">{i18n.t(T::VoterCodeLabel)}</label>
                <p class="hint" id="f-code-hint">{i18n.t(T::VoterCodeHint)}</p>
                {message.map(|m| view! { <p class="field-error" id="f-code-error" role="alert">{m}</p> })}
                <input id="f-code" name="kod" type="text" class="code-input" value=code
                    autocomplete="off" autocapitalize="characters" spellcheck="false"
                    aria-invalid=has_error.then_some("true")
                    aria-describedby=if has_error { "f-code-hint f-code-error" } else { "f-code-hint" } />
            </div>
            <div>
                <button type="submit" class="big">{i18n.t(T::Continue)}</button>
            </div>
        </form>
        <Transition fallback=|| ()>{staff}</Transition>
    }
}

/// The address of this page for a step, keeping the code or the vote.
fn step_href(form: &BallotForm, chosen: &[String], extra: &str) -> String {
    let mut href = match &form.code {
        Some(code) => format!("/rosta?kod={}", code.replace('-', "")),
        None => format!("/rosta?omrostning={}", form.round_id),
    };
    for id in chosen {
        href.push_str(&format!("&val={id}"));
    }
    href.push_str(extra);
    href
}

#[component]
fn Choose(form: BallotForm, step: Step) -> impl IntoView {
    let on_ballot: Vec<String> = form.ideas.iter().map(|i| i.id.clone()).collect();
    let checked = (!step.chosen.is_empty())
        .then(|| Ballot::parse(&step.chosen, &on_ballot, form.votes_per_voter));
    match checked {
        Some(Ok(ballot)) if !step.change => view! { <Confirm form ballot /> }.into_any(),
        Some(Err(problem)) => view! { <Pick form step problem=Some(problem) /> }.into_any(),
        _ => view! { <Pick form step problem=None /> }.into_any(),
    }
}

#[component]
fn IdeaText(idea: BallotIdea) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <span class="ballot-option__title">{idea.title}</span>
        {idea.category.map(|c| view! { <span class="tag">{i18n.category(c)}</span> })}
        <span class="ballot-option__summary">{idea.summary}</span>
    }
}

#[component]
fn Pick(form: BallotForm, step: Step, problem: Option<Problem>) -> impl IntoView {
    let i18n = use_i18n();
    let hidden = match &form.code {
        Some(code) => {
            view! { <input type="hidden" name="kod" value=code.replace('-', "") /> }.into_any()
        }
        None => view! { <input type="hidden" name="omrostning" value=form.round_id.clone() /> }
            .into_any(),
    };
    let options = form
        .ideas
        .iter()
        .cloned()
        .map(|idea| {
            let id = format!("val-{}", idea.id);
            let label_for = id.clone();
            let is_checked = step.chosen.contains(&idea.id);
            view! {
                <li>
                    <label class="ballot-option" for=label_for>
                        <input type="checkbox" id=id name="val" value=idea.id.clone() checked=is_checked />
                        <span class="ballot-option__text"><IdeaText idea /></span>
                    </label>
                </li>
            }
        })
        .collect_view();
    let rule = format!("{} {}.", i18n.t(T::ChooseUpTo), form.votes_per_voter);
    view! {
        <h1>{form.round_name.clone()}</h1>
        {form.code.clone().map(|code| view! { <p>{i18n.t(T::VoterCodeLabel)}": "<strong>{code}</strong></p> })}
        <form method="get" action="/rosta" class="stack">
            {hidden}
            <fieldset class="ballot" aria-describedby=if problem.is_some() { "ballot-rule ballot-error" } else { "ballot-rule" }>
                <legend>{i18n.t(T::YourChoices)}</legend>
                <p class="hint" id="ballot-rule">{rule}</p>
                {problem.map(|p| view! { <p class="field-error" id="ballot-error" role="alert">{i18n.problem(p)}</p> })}
                <ul class="ballot-options">{options}</ul>
            </fieldset>
            <div>
                <button type="submit" class="big">{i18n.t(T::ReviewChoices)}</button>
            </div>
        </form>
    }
}

#[component]
fn Confirm(form: BallotForm, ballot: Ballot) -> impl IntoView {
    let i18n = use_i18n();
    let cast = ServerAction::<CastBallot>::new();
    let error = action_error(cast);
    let chosen: Vec<BallotIdea> = form
        .ideas
        .iter()
        .filter(|idea| ballot.choices().contains(&idea.id))
        .cloned()
        .collect();
    let picks = ballot
        .choices()
        .iter()
        .enumerate()
        .map(
            |(i, id)| view! { <input type="hidden" name=format!("picks[{i}]") value=id.clone() /> },
        )
        .collect_view();
    let list = chosen
        .into_iter()
        .map(|idea| view! { <li class="ballot-option ballot-option--chosen"><span class="ballot-option__text"><IdeaText idea /></span></li> })
        .collect_view();
    let change_href = step_href(&form, ballot.choices(), "&andra=1");
    view! {
        <h1>{form.round_name.clone()}</h1>
        <h2>{i18n.t(T::ConfirmHeading)}</h2>
        <FormErrors error labels=label />
        <ul class="ballot-options">{list}</ul>
        <ActionForm action=cast attr:class="stack">
            <input type="hidden" name="round_id" value=form.round_id.clone() />
            <input type="hidden" name="code" value=form.code.clone().unwrap_or_default() />
            {picks}
            <div class="button-row">
                <button type="submit" class="big" disabled=move || cast.pending().get()>{i18n.t(T::CastBallotButton)}</button>
                <a class="button secondary" href=change_href>{i18n.t(T::ChangeChoices)}</a>
            </div>
        </ActionForm>
    }
}
