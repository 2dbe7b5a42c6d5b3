//! `/my/data`: the signed-in person downloads everything stored about them.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::{T, use_i18n};

#[component]
pub fn MyDataPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=i18n.t(T::MyDataTitle) />
        <h1>{i18n.t(T::MyDataTitle)}</h1>
        <p>{i18n.t(T::MyDataText)}</p>
        <p>
            <a class="button" href="/my/data.json" rel="external" download="">
                {i18n.t(T::MyDataDownload)}
            </a>
        </p>
        <p>
            <a href="/personuppgifter">{i18n.t(T::PrivacyTitle)}</a>
        </p>
    }
}
