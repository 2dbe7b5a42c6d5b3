//! `/personuppgifter`: what is stored, why, for how long, whom to ask, and the secrecy guard.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::{T, use_i18n};

#[component]
pub fn PrivacyPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=i18n.t(T::PrivacyTitle) />
        <h1>{i18n.t(T::PrivacyTitle)}</h1>
        <p>{i18n.t(T::PrivacyIntro)}</p>
        <h2>{i18n.t(T::PrivacyWhatTitle)}</h2>
        <ul>
            <li>{i18n.t(T::PrivacyWhatAccount)}</li>
            <li>{i18n.t(T::PrivacyWhatWork)}</li>
            <li>{i18n.t(T::PrivacyWhatTechnical)}</li>
            <li>{i18n.t(T::PrivacyWhatNotBallots)}</li>
        </ul>
        <h2>{i18n.t(T::PrivacyWhyTitle)}</h2>
        <p>{i18n.t(T::PrivacyWhyText)}</p>
        <h2>{i18n.t(T::PrivacyHowLongTitle)}</h2>
        <p>{i18n.t(T::PrivacyHowLongText)}</p>
        <h2>{i18n.t(T::PrivacySecrecyTitle)}</h2>
        <p>{i18n.t(T::PrivacySecrecyText)}</p>
        <h2>{i18n.t(T::PrivacyRightsTitle)}</h2>
        <p>{i18n.t(T::PrivacyRightsText)}</p>
        <p>
            <a href="/my/data">{i18n.t(T::MyDataTitle)}</a>
        </p>
    }
}
