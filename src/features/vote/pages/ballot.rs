//! `/rosta`: the voter's page, phone first and whole without JavaScript.
//! 1. Join: type the code from the card (or arrive by its QR code with `?kod=`), or, when
//!    signed in, pick an open vote (`?omrostning=`).
//! 2. Choose: tick up to the allowed number (counted live with JavaScript) and post them;
//!    the server keeps them in a short-lived cookie, never in the address.
//! 3. Confirm (`granska=1`): the choices are checked by the same rule the server uses;
//!    confirming casts the ballot and leads to the receipt. `andra=1` goes back to change.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::domain::Problem;
use crate::domain::vote::Ballot;
use crate::error::AppError;
use crate::features::vote::{
    BallotForm, BallotIdea, CastBallot, ReviewBallot, fetch_ballot, fetch_open_votes,
};
use crate::i18n::{I18n, T, use_i18n};
use crate::ui::error_view::error_text;
use crate::ui::field::action_error;
use crate::ui::form_status::FormErrors;

fn label(i18n: I18n, field: &str) -> String {
    i18n.t(match field {
        "code" => T::VoterCodeLabel,
        "picks" => T::YourChoices,
        _ => T::VoteTitle,
    })
    .to_owned()
}

/// Where the voter is in the three steps, read from the address (which never holds a
/// choice).
#[derive(Clone, PartialEq)]
struct Step {
    code: String,
    round_id: String,
    review: bool,
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
            review: q.get("granska").is_some(),
            change: q.get("andra").is_some(),
        }
    });
    // Keyed on the whole step: the chosen proposals come from the server on each step.
    let ballot = Resource::new(
        move || {
            let s = step.get();
            (s.code, s.round_id, s.review, s.change)
        },
        |(code, round_id, _, _)| async move {
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
        <VoterScript />
    }
}

/// The voter's pages load no wasm (`is_voter_page`); these few lines are all their
/// script: one submit per form (a double tap sends the ballot once), and the count and
/// the limit as the voter ticks. Without JavaScript the server's message is the limit.
const VOTER_SCRIPT: &str = r#"(() => {
  document.addEventListener('submit', (event) => {
    if (event.target.dataset.sent) { event.preventDefault(); return; }
    event.target.dataset.sent = '1';
  });
  addEventListener('pageshow', () => {
    for (const form of document.querySelectorAll('form[data-sent]')) delete form.dataset.sent;
  });
  const count = document.getElementById('ballot-count');
  if (!count) return;
  const form = count.closest('form');
  const max = Number(count.dataset.max);
  const boxes = [...form.querySelectorAll('input[type=checkbox]')];
  const show = () => {
    const ticked = boxes.filter((box) => box.checked).length;
    count.textContent = `${ticked} ${count.dataset.of} ${max} ${count.dataset.chosen}`;
    for (const box of boxes) box.disabled = !box.checked && ticked >= max;
  };
  form.addEventListener('change', show);
  show();
})();"#;

#[component]
fn VoterScript() -> impl IntoView {
    view! { <script nonce=leptos::nonce::use_nonce() inner_html=VOTER_SCRIPT></script> }
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
                        let action = if !vote.accounts_allowed {
                            view! { <span>{i18n.t(T::VoteWithCodeOnly)}</span> }.into_any()
                        } else if vote.has_voted {
                            view! { <span>{i18n.t(T::YouHaveVoted)}" "{i18n.t(T::CodesNotForYou)}</span> }.into_any()
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

/// The address of this page for a step, keeping the code or the vote (never a choice).
fn step_href(form: &BallotForm, extra: &str) -> String {
    match &form.code {
        Some(code) => format!("/rosta?kod={}{extra}", code.replace('-', "")),
        None => format!("/rosta?omrostning={}{extra}", form.round_id),
    }
}

#[component]
fn Choose(form: BallotForm, step: Step) -> impl IntoView {
    let on_ballot: Vec<String> = form.ideas.iter().map(|i| i.id.clone()).collect();
    if !step.review || step.change {
        return view! { <Pick form problem=None /> }.into_any();
    }
    match Ballot::parse(&form.chosen, &on_ballot, form.votes_per_voter) {
        Ok(ballot) => view! { <Confirm form ballot /> }.into_any(),
        Err(problem) => view! { <Pick form problem=Some(problem) /> }.into_any(),
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
fn Pick(form: BallotForm, problem: Option<Problem>) -> impl IntoView {
    let i18n = use_i18n();
    let review = ServerAction::<ReviewBallot>::new();
    let options = form
        .ideas
        .iter()
        .cloned()
        .enumerate()
        .map(|(n, idea)| {
            let id = format!("val-{}", idea.id);
            let name = format!("picks[{n}]");
            let label_for = id.clone();
            let idea_id = idea.id.clone();
            let is_checked = form.chosen.contains(&idea.id);
            let full_text = idea.text.clone();
            let more = (full_text.trim() != idea.summary.trim() && !full_text.trim().is_empty()).then(|| {
                view! {
                    <details class="ballot-option__more">
                        <summary>{i18n.t(T::ReadWholeProposal)}<span class="visually-hidden">": "{idea.title.clone()}</span></summary>
                        <p class="pre-line">{full_text}</p>
                    </details>
                }
            });
            view! {
                <li>
                    <label class="ballot-option" for=label_for>
                        <input type="checkbox" id=id name=name value=idea_id checked=is_checked />
                        <span class="ballot-option__text"><IdeaText idea /></span>
                    </label>
                    {more}
                </li>
            }
        })
        .collect_view();
    let rule = format!("{} {}.", i18n.t(T::ChooseUpTo), form.votes_per_voter);
    view! {
        <h1>{form.round_name.clone()}</h1>
        {form.code.clone().map(|code| view! { <p>{i18n.t(T::VoterCodeLabel)}": "<strong>{code}</strong></p> })}
        <ActionForm action=review attr:class="stack">
            <input type="hidden" name="round_id" value=form.round_id.clone() />
            <input type="hidden" name="code" value=form.code.clone().map(|c| c.replace('-', "")).unwrap_or_default() />
            <fieldset class="ballot" aria-describedby=if problem.is_some() { "ballot-rule ballot-count ballot-error" } else { "ballot-rule ballot-count" }>
                <legend>{i18n.t(T::YourChoices)}</legend>
                <p class="hint" id="ballot-rule">{rule}</p>
                <p class="ballot-count" id="ballot-count" aria-live="polite" data-max=form.votes_per_voter
                    data-of=i18n.t(T::OfWord) data-chosen=i18n.t(T::ChosenWord)></p>
                {problem.map(|p| view! {
                    <p class="field-error" id="ballot-error" role="alert">
                        {i18n.problem(p)}" "{i18n.t(T::BallotFixHint)}
                    </p>
                })}
                <ul class="ballot-options">{options}</ul>
            </fieldset>
            <div>
                <button type="submit" class="big" disabled=move || review.pending().get()>{i18n.t(T::ReviewChoices)}</button>
            </div>
        </ActionForm>
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
    let change_href = step_href(&form, "&andra=1");
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
