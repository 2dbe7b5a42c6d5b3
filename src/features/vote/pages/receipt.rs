//! `/rosta/tack`: the receipt after a ballot is stored.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::features::vote::fetch_receipt;
use crate::i18n::{T, use_i18n};
use crate::ui::error_view::ErrorView;

#[component]
pub fn ReceiptPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let receipt = Resource::new(
        move || query.read().get("omrostning").unwrap_or_default(),
        fetch_receipt,
    );
    view! {
        <Title text=i18n.t(T::ReceiptTitle) />
        <Transition fallback=move || view! { <p>{i18n.t(T::Loading)}</p> }>
            {move || Suspend::new(async move {
                match receipt.await {
                    Ok(receipt) => view! {
                        <div class="receipt" role="status">
                            <p class="receipt__mark" aria-hidden="true">"✓"</p>
                            <h1>{i18n.t(T::ReceiptTitle)}</h1>
                            <p>{format!("{} {}.", i18n.t(T::ReceiptStored), receipt.round_name)}</p>
                            <p>{i18n.t(T::ReceiptAnonymous)}</p>
                            <p>{format!("{}: {}", i18n.t(T::BallotsCast), receipt.ballots)}</p>
                        </div>
                    }
                    .into_any(),
                    Err(error) => view! { <ErrorView error /> }.into_any(),
                }
            })}
        </Transition>
    }
}
