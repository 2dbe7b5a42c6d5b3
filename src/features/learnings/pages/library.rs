//! The learnings library (`/learnings`): every round's learning cards, searched with a
//! plain GET form (text, category, round) so it works without JavaScript and a search can
//! be shared as a link.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::card_views::LearningCardBlock;
use crate::domain::Category;
use crate::features::learnings::{Library, LibraryFilter, fetch_library};
use crate::i18n::{T, use_i18n};
use crate::ui::error_view::ErrorView;

#[component]
pub fn LibraryPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let filter = move || {
        let q = query.read();
        LibraryFilter {
            q: q.get("q").unwrap_or_default(),
            category: q.get("category").unwrap_or_default(),
            round: q.get("round").unwrap_or_default(),
        }
    };
    let library = Resource::new(filter, fetch_library);
    view! {
        <Title text=i18n.t(T::LibraryTitle) />
        <h1>{i18n.t(T::LibraryTitle)}</h1>
        <p>{i18n.t(T::LibraryIntro)}</p>
        <Transition fallback=move || view! { <p>{i18n.t(T::Loading)}</p> }>
            {move || Suspend::new(async move {
                let filter = filter();
                match library.await {
                    Ok(library) => view! { <Results library filter /> }.into_any(),
                    Err(error) => view! { <ErrorView error /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Results(library: Library, filter: LibraryFilter) -> impl IntoView {
    let i18n = use_i18n();
    let all = i18n.t(T::FilterAll);
    let categories = Category::ALL
        .into_iter()
        .map(|c| view! { <option value=c.as_str() selected=filter.category == c.as_str()>{i18n.category(c)}</option> })
        .collect_view();
    let rounds = library
        .rounds
        .iter()
        .map(|r| view! { <option value=r.id.clone() selected=filter.round == r.id>{r.name.clone()}</option> })
        .collect_view();
    let count = format!("{} {}", library.entries.len(), i18n.t(T::LearningsFound));
    let entries = if library.entries.is_empty() {
        view! { <p>{i18n.t(T::NoLearningsFound)}</p> }.into_any()
    } else {
        library
            .entries
            .into_iter()
            .map(|entry| {
                let category = entry.category.map(|c| view! { <span class="tag">{i18n.category(c)}</span>" " });
                let source = view! {
                    <p class="meta">
                        {category}
                        <a href=format!("/teams/{}/cards", entry.team_id)>{entry.idea_title.clone()}</a>
                        " · "<a href=format!("/rounds/{}", entry.round_id)>{entry.round_name.clone()}</a>
                    </p>
                }
                .into_any();
                view! { <LearningCardBlock card=entry.card edit_href=None source /> }
            })
            .collect_view()
            .into_any()
    };
    view! {
        <form method="get" class="filters" role="search" aria-label=i18n.t(T::LibrarySearch)>
            <div class="field">
                <label for="library-q">{i18n.t(T::FilterSearch)}</label>
                <input id="library-q" name="q" type="search" value=filter.q.clone() />
            </div>
            <div class="field">
                <label for="library-category">{i18n.t(T::CategoryLabel)}</label>
                <select id="library-category" name="category">
                    <option value="">{all}</option>
                    {categories}
                </select>
            </div>
            <div class="field">
                <label for="library-round">{i18n.t(T::RoundLabel)}</label>
                <select id="library-round" name="round">
                    <option value="">{all}</option>
                    {rounds}
                </select>
            </div>
            <div>
                <button type="submit">{i18n.t(T::ApplyFilters)}</button>
            </div>
        </form>
        <h2 class="visually-hidden">{i18n.t(T::LearningCardsHeading)}</h2>
        <p role="status">{count}</p>
        {entries}
    }
}
