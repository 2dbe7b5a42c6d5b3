//! Where to go after signing in: a page of this site only (a path such as
//! `/rounds/abc/board?stage=submitted`), never another site, so the sign-in form cannot be
//! used to send people elsewhere.

const MAX_LEN: usize = 300;

/// The path to return to, or `None` if `input` is not a safe path of this site.
pub fn safe_return_path(input: &str) -> Option<&str> {
    let path = input.trim();
    let safe = path.starts_with('/')
        && !path.starts_with("//")
        && !path.starts_with("/\\")
        && path.len() <= MAX_LEN
        && !path.starts_with("/sign-in")
        && !path.starts_with("/api/")
        && path
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "/?=&-_%+.~".contains(c));
    safe.then_some(path)
}

/// A page's path with its query string (given without `?`), as a return address.
pub fn path_with_query(path: &str, query: &str) -> String {
    if query.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{query}")
    }
}

/// The sign-in page's address that comes back to `path` afterwards.
pub fn sign_in_href(path: &str) -> String {
    returning_to("/sign-in", path)
}

/// `base` (a page that signs people in) with `path` to come back to afterwards, when it
/// is a safe path of this site other than the home page.
pub fn returning_to(base: &str, path: &str) -> String {
    match safe_return_path(path) {
        Some(path) if path != "/" => format!("{base}?till={}", urlencode(path)),
        _ => base.to_owned(),
    }
}

fn urlencode(path: &str) -> String {
    path.chars()
        .map(|c| match c {
            '?' => "%3F".to_owned(),
            '&' => "%26".to_owned(),
            '=' => "%3D".to_owned(),
            '%' => "%25".to_owned(),
            '+' => "%2B".to_owned(),
            c => c.to_string(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_paths_of_this_site_are_followed() {
        assert_eq!(
            safe_return_path("/rounds/abc/board?stage=submitted"),
            Some("/rounds/abc/board?stage=submitted")
        );
        for bad in [
            "https://evil.example/",
            "//evil.example",
            "/\\evil.example",
            "javascript:alert(1)",
            "/rounds/x\r\nSet-Cookie: a=b",
            "/sign-in?till=/sign-in",
            "/api/sign_out",
            "",
        ] {
            assert_eq!(safe_return_path(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn the_provider_link_carries_the_page_whole() {
        assert_eq!(returning_to("/sign-in/oidc", ""), "/sign-in/oidc");
        assert_eq!(
            returning_to("/sign-in/oidc", "/rounds/r1/vote?kod=AB&x=1"),
            "/sign-in/oidc?till=/rounds/r1/vote%3Fkod%3DAB%26x%3D1"
        );
    }

    #[test]
    fn the_sign_in_link_carries_the_page_encoded() {
        assert_eq!(
            sign_in_href("/rounds/a/board?stage=x&q=y"),
            "/sign-in?till=/rounds/a/board%3Fstage%3Dx%26q%3Dy"
        );
        assert_eq!(sign_in_href("/"), "/sign-in");
        assert_eq!(sign_in_href("//evil"), "/sign-in");
    }
}
