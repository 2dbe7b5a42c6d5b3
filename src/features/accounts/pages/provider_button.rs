//! The way to the municipality's identity provider: a plain link (the server sends the
//! browser on), so it works the same with JavaScript off.

use leptos::prelude::*;

use crate::i18n::{T, use_i18n};

/// `/sign-in/oidc`, coming back to `next` (a path of this site) afterwards.
fn provider_href(next: &str) -> String {
    if next.is_empty() {
        "/sign-in/oidc".to_owned()
    } else {
        let mut href = "/sign-in/oidc?till=".to_owned();
        for byte in next.bytes() {
            match byte {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                    href.push(byte as char)
                }
                other => href.push_str(&format!("%{other:02X}")),
            }
        }
        href
    }
}

#[component]
pub fn ProviderButton(#[prop(into)] next: Signal<String>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p>
            <a class="button" href=move || provider_href(&next.get()) rel="external">
                {i18n.t(T::SignInWithProvider)}
            </a>
        </p>
    }
}

#[cfg(test)]
mod tests {
    use super::provider_href;

    #[test]
    fn the_page_to_return_to_is_kept_whole() {
        assert_eq!(provider_href(""), "/sign-in/oidc");
        assert_eq!(
            provider_href("/rounds/r1/vote?kod=AB&x=1"),
            "/sign-in/oidc?till=/rounds/r1/vote%3Fkod%3DAB%26x%3D1"
        );
    }
}
