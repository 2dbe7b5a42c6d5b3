//! A proposal's stage as a small labelled badge.

use leptos::prelude::*;

use crate::domain::proposal::Stage;
use crate::i18n::use_i18n;

#[component]
pub fn StageBadge(stage: Stage) -> impl IntoView {
    let i18n = use_i18n();
    view! { <span class=format!("badge badge--{}", stage.as_str())>{i18n.stage(stage)}</span> }
}
