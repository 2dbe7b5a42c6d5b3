//! One proposal at the council: a council member scores it (1–5 per criterion and a
//! comment) and then sees the others' scores; the organizer sees all scores side by side
//! and records the council's decision with a rationale the proposer can read.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::domain::council::ScoreInput;
use crate::features::council::{CouncilProposal, SaveScore, fetch_council_proposal};
use crate::features::proposals::ChangeStage;
use crate::i18n::{I18n, T, use_i18n};
use crate::ui::error_view::ErrorView;
use crate::ui::field::{Field, action_error, shown_value, successes};
use crate::ui::form_status::FormErrors;
use crate::ui::radio_group::RadioGroup;
use crate::ui::stage_badge::StageBadge;

const SCALE: [(&str, &str); 5] = [("1", "1"), ("2", "2"), ("3", "3"), ("4", "4"), ("5", "5")];

#[component]
pub fn CouncilProposalPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let query = use_query_map();
    let score_action = ServerAction::<SaveScore>::new();
    let decide_action = ServerAction::<ChangeStage>::new();
    let scored = successes(score_action);
    let decided = successes(decide_action);
    let data = Resource::new(
        move || {
            (
                params.read().get("id").unwrap_or_default(),
                scored.get(),
                decided.get(),
            )
        },
        |(id, _, _)| fetch_council_proposal(id),
    );
    let saved = move || query.read().get("saved").is_some();
    view! {
        <Transition fallback=move || view! { <p>{i18n.t(T::Loading)}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(p) => view! {
                        <Title text=format!("{} – {}", i18n.t(T::CouncilTitle), p.item.title) />
                        <p class="breadcrumb">
                            <a href=format!("/rounds/{}/council", p.round_id)>{p.round_name.clone()}" – "{i18n.t(T::CouncilTitle)}</a>
                        </p>
                        <h1>{p.item.title.clone()}</h1>
                        <p class="meta">
                            <StageBadge stage=p.item.stage />
                            " · "<a href=format!("/proposals/{}", p.item.id)>{i18n.t(T::Open)}</a>
                        </p>
                        {saved().then(|| view! { <div class="alert alert--ok" role="status">{i18n.t(T::ScoreSaved)}</div> })}
                        {p.item.recused_me.then(|| view! { <p class="alert alert--info" role="note">{i18n.t(T::RecusedYou)}</p> })}
                        {(!p.item.recused.is_empty()).then(|| view! { <p>{i18n.t(T::Recused)}": "{p.item.recused.join(", ")}</p> })}
                        {p.can_score.then(|| view! { <ScoreForm p=p.clone() action=score_action /> })}
                        <Scores p=p.clone() />
                        {(!p.decisions.is_empty()).then(|| view! { <Decision p=p.clone() action=decide_action /> })}
                    }
                    .into_any(),
                    Err(error) => view! { <ErrorView error /> }.into_any(),
                }
            })}
        </Transition>
    }
}

fn score_label(criteria: &[String]) -> impl Fn(I18n, &str) -> String + use<> {
    let criteria = criteria.to_vec();
    move |i18n: I18n, field: &str| {
        (0..criteria.len())
            .find(|i| ScoreInput::field(*i) == field)
            .map(|i| criteria[i].clone())
            .unwrap_or_else(|| i18n.t(T::CouncilComment).to_owned())
    }
}

#[component]
fn ScoreForm(p: CouncilProposal, action: ServerAction<SaveScore>) -> impl IntoView {
    let i18n = use_i18n();
    let error = action_error(action);
    let mine = p.mine.clone().unwrap_or_default();
    let groups = p
        .criteria
        .iter()
        .enumerate()
        .map(|(i, criterion)| {
            let field = ScoreInput::field(i);
            view! {
                <RadioGroup name=field form_name=format!("score[{field}]") legend=criterion.clone()
                    hint=T::ScoreScaleHint choices=SCALE.to_vec() error
                    value=shown_value(error, field, mine.slot(i).to_owned()) />
            }
        })
        .collect_view();
    // FormErrors takes a plain function; the criteria labels are looked up in the summary.
    let labels = score_label(&p.criteria);
    let summary = move || {
        error.get().map(|e| {
            let items = e
                .field_errors()
                .map(|f| {
                    f.0.iter()
                        .map(|fe| view! { <li><a href=format!("#f-{}", fe.field)>{labels(i18n, &fe.field)}": "{i18n.problem(fe.problem)}</a></li> })
                        .collect_view()
                })
                .unwrap_or_default();
            view! {
                <div class="alert alert--error" role="alert">
                    <p><strong>{i18n.t(T::FormHasErrors)}</strong></p>
                    <ul>{items}</ul>
                </div>
            }
        })
    };
    view! {
        <section class="card" aria-labelledby="score-title">
            <h2 id="score-title">{i18n.t(T::ScoreThis)}</h2>
            <p class="hint">{i18n.t(T::ScoreIsFinalHint)}</p>
            {summary}
            <ActionForm action attr:class="stack" attr:novalidate=true>
                <input type="hidden" name="id" value=p.item.id.clone() />
                {groups}
                <Field name="comment" form_name="score[comment]".to_owned() label=i18n.t(T::CouncilComment) error rows=3
                    value=shown_value(error, "comment", mine.comment.clone()) />
                <div>
                    <button type="submit" disabled=move || action.pending().get()>{i18n.t(T::SaveScore)}</button>
                </div>
            </ActionForm>
        </section>
    }
}

#[component]
fn Scores(p: CouncilProposal) -> impl IntoView {
    let i18n = use_i18n();
    if p.scores.is_empty() {
        let text = if p.is_member && !p.item.scored_by_me {
            T::OthersHidden
        } else {
            T::NoScoresYet
        };
        return view! {
            <h2>{i18n.t(T::CouncilScores)}</h2>
            <p>{i18n.t(text)}</p>
        }
        .into_any();
    }
    let head = p
        .criteria
        .iter()
        .map(|c| view! { <th scope="col">{c.clone()}</th> })
        .collect_view();
    let rows = p
        .scores
        .iter()
        .map(|s| {
            let cells = s
                .scores
                .iter()
                .map(|v| view! { <td>{*v}</td> })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{s.member_name.clone()}</th>
                    {cells}
                    <td class="pre-line">{s.comment.clone()}</td>
                </tr>
            }
        })
        .collect_view();
    let summary = p
        .item
        .summary
        .iter()
        .map(|s| match s {
            Some(s) => format!("{:.1} ({}–{})", s.mean, s.lowest, s.highest),
            None => "–".to_owned(),
        })
        .map(|text| view! { <td>{text}</td> })
        .collect_view();
    view! {
        <h2>{i18n.t(T::CouncilScores)}</h2>
        <div class="table-scroll">
            <table>
                <caption class="visually-hidden">{i18n.t(T::CouncilScores)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{i18n.t(T::CouncilMember)}</th>
                        {head}
                        <th scope="col">{i18n.t(T::CommentColumn)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
                <tfoot>
                    <tr>
                        <th scope="row">{i18n.t(T::Mean)}" ("{i18n.t(T::Spread).to_lowercase()}")"</th>
                        {summary}
                        <td></td>
                    </tr>
                </tfoot>
            </table>
        </div>
    }
    .into_any()
}

#[component]
fn Decision(p: CouncilProposal, action: ServerAction<ChangeStage>) -> impl IntoView {
    let i18n = use_i18n();
    let error = action_error(action);
    let buttons = p
        .decisions
        .iter()
        .map(|a| view! { <button type="submit" name="action" value=a.as_str()>{i18n.action(*a)}</button> })
        .collect_view();
    let labels = |i18n: I18n, _: &str| i18n.t(T::ReasonLabel).to_owned();
    view! {
        <section class="card" aria-labelledby="decision-title">
            <h2 id="decision-title">{i18n.t(T::DecisionTitle)}</h2>
            <FormErrors error labels />
            <ActionForm action attr:class="stack" attr:novalidate=true>
                <input type="hidden" name="id" value=p.item.id.clone() />
                <input type="hidden" name="back" value=format!("/rounds/{}/council", p.round_id) />
                <Field name="reason" label=i18n.t(T::ReasonLabel) hint=T::ReasonHint error rows=3
                    value=shown_value(error, "reason", String::new()) />
                <div class="button-row">{buttons}</div>
            </ActionForm>
        </section>
    }
}
