//! The pipeline board of a round: a column per stage with counts, filters and text search
//! (a plain GET form, so it works without JavaScript), and a list view for phones and
//! screen readers. Coaches and organizers move cards with buttons.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::domain::Category;
use crate::features::proposals::ChangeStage;
use crate::features::proposals::{BoardFilter, BoardView, CardView, fetch_board};
use crate::i18n::{T, use_i18n};
use crate::ui::error_view::ErrorView;
use crate::ui::field::successes;
use crate::ui::stage_badge::StageBadge;

#[component]
pub fn BoardPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let query = use_query_map();
    let move_action = ServerAction::<ChangeStage>::new();
    let moved = successes(move_action);
    let filter = move || {
        let q = query.read();
        let get = |k: &str| q.get(k).unwrap_or_default();
        BoardFilter {
            category: get("category"),
            unit: get("unit"),
            stage: get("stage"),
            q: get("q"),
        }
    };
    let list_view = move || query.read().get("view").as_deref() == Some("list");
    let board = Resource::new(
        move || {
            (
                params.read().get("id").unwrap_or_default(),
                filter(),
                moved.get(),
            )
        },
        |(id, filter, _)| fetch_board(id, filter),
    );
    view! {
        <Title text=i18n.t(T::BoardTitle) />
        <Transition fallback=move || view! { <p>{i18n.t(T::Loading)}</p> }>
            {move || Suspend::new(async move {
                match board.await {
                    Ok(board) => view! {
                        <Board board filter=filter() list=list_view() move_action />
                    }
                    .into_any(),
                    Err(error) => view! { <ErrorView error /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Board(
    board: BoardView,
    filter: BoardFilter,
    list: bool,
    move_action: ServerAction<ChangeStage>,
) -> impl IntoView {
    let i18n = use_i18n();
    let round_href = format!("/rounds/{}", board.round_id);
    let new_href = format!("/rounds/{}/proposals/new", board.round_id);
    let shown = format!("{} {}", board.total, i18n.t(T::ProposalsShown));
    let back = format!("/rounds/{}/board", board.round_id);
    let body = if list {
        view! { <CardTable cards=board.cards.clone() /> }.into_any()
    } else {
        // Every stage with its count in one line; columns only for stages that hold
        // cards, so a finished round's proposals are not behind nine empty columns.
        let counts = board
            .counts
            .iter()
            .map(|(stage, count)| {
                let text = format!("{} ({})", i18n.stage(*stage), count);
                if *count > 0 {
                    view! { <li><a href=format!("#col-{}", stage.as_str())>{text}</a></li> }
                        .into_any()
                } else {
                    view! { <li class="muted">{text}</li> }.into_any()
                }
            })
            .collect_view();
        let columns = board
            .counts
            .iter()
            .filter(|(stage, _)| board.cards.iter().any(|c| c.stage == *stage))
            .map(|(stage, count)| {
                let stage = *stage;
                let cards: Vec<CardView> =
                    board.cards.iter().filter(|c| c.stage == stage).cloned().collect();
                let heading_id = format!("col-{}", stage.as_str());
                let labelled_by = heading_id.clone();
                view! {
                    <section class="board__column" aria-labelledby=labelled_by>
                        <h2 id=heading_id>{i18n.stage(stage)}" "<span class="count">"("{*count}")"</span></h2>
                        {if cards.is_empty() {
                            view! { <p class="muted">{i18n.t(T::NoCards)}</p> }.into_any()
                        } else {
                            let items = cards
                                .into_iter()
                                .map(|card| view! { <li><Card card move_action back=back.clone() /></li> })
                                .collect_view();
                            view! { <ul class="board__cards">{items}</ul> }.into_any()
                        }}
                    </section>
                }
            })
            .collect_view();
        view! {
            <nav aria-label=i18n.t(T::StageCountsLabel)>
                <ul class="stage-counts">{counts}</ul>
            </nav>
            {board.cards.is_empty().then(|| view! { <p class="muted">{i18n.t(T::NoCards)}</p> })}
            <div class="board">{columns}</div>
        }
        .into_any()
    };
    view! {
        <p class="breadcrumb"><a href=round_href>{board.round_name.clone()}</a></p>
        <h1>{i18n.t(T::BoardTitle)}</h1>
        <p class="button-row">
            {board.submission_open.then(|| view! {
                <a class="button" href=new_href>{i18n.t(T::SubmitNewProposal)}</a>
            })}
            {board.can_council.then(|| view! {
                <a class="button secondary" href=format!("/rounds/{}/council", board.round_id)>{i18n.t(T::OpenCouncil)}</a>
            })}
        </p>
        <Filters board=board.clone() filter list />
        <p role="status">{shown}</p>
        {body}
    }
}

#[component]
fn Filters(board: BoardView, filter: BoardFilter, list: bool) -> impl IntoView {
    let i18n = use_i18n();
    let all = i18n.t(T::FilterAll);
    let category_options = Category::ALL
        .into_iter()
        .map(|c| view! { <option value=c.as_str() selected=filter.category == c.as_str()>{i18n.category(c)}</option> })
        .collect_view();
    let unit_options = board
        .units
        .iter()
        .map(|u| view! { <option value=u.clone() selected=filter.unit == *u>{u.clone()}</option> })
        .collect_view();
    let stage_options = board
        .counts
        .iter()
        .map(|(s, _)| view! { <option value=s.as_str() selected=filter.stage == s.as_str()>{i18n.stage(*s)}</option> })
        .collect_view();
    view! {
        <form method="get" class="filters" role="search">
            <div class="field">
                <label for="filter-category">{i18n.t(T::CategoryLabel)}</label>
                <select id="filter-category" name="category">
                    <option value="">{all}</option>
                    {category_options}
                </select>
            </div>
            <div class="field">
                <label for="filter-unit">{i18n.t(T::UnitLabel)}</label>
                <select id="filter-unit" name="unit">
                    <option value="">{all}</option>
                    {unit_options}
                </select>
            </div>
            <div class="field">
                <label for="filter-stage">{i18n.t(T::StageLabel)}</label>
                <select id="filter-stage" name="stage">
                    <option value="">{all}</option>
                    {stage_options}
                </select>
            </div>
            <div class="field">
                <label for="filter-q">{i18n.t(T::FilterSearch)}</label>
                <input id="filter-q" type="search" name="q" value=filter.q.clone() />
            </div>
            <fieldset class="field choices">
                <legend>{i18n.t(T::ViewChoice)}</legend>
                <label class="choice" for="view-columns">
                    <input type="radio" id="view-columns" name="view" value="columns" checked=!list />
                    {i18n.t(T::ViewColumns)}
                </label>
                <label class="choice" for="view-list">
                    <input type="radio" id="view-list" name="view" value="list" checked=list />
                    {i18n.t(T::ViewList)}
                </label>
            </fieldset>
            <div>
                <button type="submit">{i18n.t(T::ApplyFilters)}</button>
            </div>
        </form>
    }
}

#[component]
fn Card(card: CardView, move_action: ServerAction<ChangeStage>, back: String) -> impl IntoView {
    let i18n = use_i18n();
    let id = card.id.clone();
    let moves = (!card.actions.is_empty()).then(|| {
        let buttons = card
            .actions
            .iter()
            .map(|a| {
                view! {
                    <button type="submit" class="button-small" name="action" value=a.as_str()>
                        {i18n.action(*a)}
                    </button>
                }
            })
            .collect_view();
        view! {
            <ActionForm action=move_action attr:class="card__moves">
                <input type="hidden" name="id" value=id />
                <input type="hidden" name="reason" value="" />
                <input type="hidden" name="back" value=back.clone() />
                {buttons}
            </ActionForm>
        }
    });
    view! {
        <article class="board-card">
            <h3><a href=format!("/proposals/{}", card.id)>{card.title.clone()}</a></h3>
            <p class="meta">
                {card.category.map(|c| view! { <span class="tag">{i18n.category(c)}</span> " " })}
                {(!card.unit.is_empty()).then(|| view! { <span class="tag">{card.unit.clone()}</span> })}
            </p>
            {card.proposer_name.clone().map(|n| view! { <p class="meta">{i18n.t(T::ProposalBy)}" "{n}</p> })}
            {card.stage.has_team().then(|| view! {
                <p><a href=format!("/teams/{}", card.id)>{i18n.t(T::TeamLink)}<span class="visually-hidden">": "{card.title.clone()}</span></a></p>
            })}
            {moves}
        </article>
    }
}

#[component]
fn CardTable(cards: Vec<CardView>) -> impl IntoView {
    let i18n = use_i18n();
    let rows = cards
        .into_iter()
        .map(|card| {
            view! {
                <tr>
                    <th scope="row"><a href=format!("/proposals/{}", card.id)>{card.title.clone()}</a></th>
                    <td><StageBadge stage=card.stage /></td>
                    <td>{card.category.map(|c| i18n.category(c))}</td>
                    <td>{card.unit.clone()}</td>
                    <td>{card.proposer_name.clone()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll">
            <table>
                <caption class="visually-hidden">{i18n.t(T::BoardTitle)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{i18n.t(T::TitleColumn)}</th>
                        <th scope="col">{i18n.t(T::StageLabel)}</th>
                        <th scope="col">{i18n.t(T::CategoryLabel)}</th>
                        <th scope="col">{i18n.t(T::UnitLabel)}</th>
                        <th scope="col">{i18n.t(T::Proposer)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
