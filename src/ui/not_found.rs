//! Shown for any address that is not a page.

use leptos::prelude::*;

use crate::error::AppError;
use crate::ui::error_view::ErrorView;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! { <ErrorView error=AppError::NotFound /> }
}
