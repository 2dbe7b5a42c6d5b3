//! Browser only: follows a vote's server-sent events and keeps a signal with the latest
//! tally. The browser's `EventSource` reconnects by itself if the connection drops.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{EventSource, MessageEvent};

use crate::features::vote::LiveTally;

pub fn follow(url: &str, tally: RwSignal<LiveTally>) {
    let Ok(source) = EventSource::new(url) else {
        return;
    };
    let on_tally = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let next = event
            .data()
            .as_string()
            .and_then(|text| serde_json::from_str::<LiveTally>(&text).ok());
        if let Some(next) = next {
            tally.set(next);
        }
    });
    let _ = source.add_event_listener_with_callback("tally", on_tally.as_ref().unchecked_ref());
    // The listener lives as long as the page's event source.
    on_tally.forget();
    let source = StoredValue::new_local(source);
    on_cleanup(move || {
        let _ = source.try_with_value(|s| s.close());
    });
}
