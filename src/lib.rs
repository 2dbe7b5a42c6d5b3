//! Idesluss: an idea-testing Bootcamp for a municipal social services department.

pub mod app;
pub mod domain;
pub mod error;
pub mod features;
pub mod i18n;
pub mod pages;
pub mod ui;

#[cfg(feature = "ssr")]
pub mod platform;
#[cfg(feature = "ssr")]
pub mod startup;

#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    // Each page's code comes as its own chunk (lazy routes): the current page's chunk is
    // loaded first, then the page comes alive (as `leptos::mount::hydrate_lazy` does, but
    // marking the page only once it is really live).
    let _ = any_spawner::Executor::init_wasm_bindgen();
    leptos::task::spawn_local(async {
        let app = leptos::mount::hydrate_from_async(
            leptos::prelude::document().body().expect("a body"),
            app::App,
        )
        .await;
        app.forget();
        // Lets browser tests (and curious people) tell a live page from a static one.
        if let Some(body) = leptos::prelude::document().body() {
            let _ = body.set_attribute("data-hydrated", "true");
        }
    });
}
