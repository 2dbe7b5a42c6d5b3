//! The projector may be shown in a frame by the sites the organizers name
//! (`IDESLUSS_PROJECTOR_FRAME_ANCESTORS`: a hall's screen software, an intranet page).
//! Every other page, and the projector without that setting, is never framed
//! (`platform::headers`).

use axum::extract::{Request, State};
use axum::http::HeaderValue;
use axum::http::header::CONTENT_SECURITY_POLICY;
use axum::middleware::Next;
use axum::response::Response;

use crate::features::vote::is_projector_page as is_projector_path;
use crate::platform::headers::policy_framed_by;
use crate::platform::state::AppState;

/// The projector's framing policy, made once at startup from the configured origins.
#[derive(Default)]
pub struct ProjectorFraming {
    policy: Option<HeaderValue>,
}

impl ProjectorFraming {
    /// `origins` as checked by the settings (`https://screens.kommun.se`).
    pub fn allowing(origins: &[String]) -> Self {
        let policy = (!origins.is_empty())
            .then(|| HeaderValue::from_str(&policy_framed_by(&origins.join(" "))).ok())
            .flatten();
        ProjectorFraming { policy }
    }
}

pub async fn projector_framing(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let projector = is_projector_path(request.uri().path());
    let mut response = next.run(request).await;
    if projector
        && let Some(policy) = state
            .features
            .get::<ProjectorFraming>()
            .and_then(|framing| framing.policy.clone())
    {
        response
            .headers_mut()
            .insert(CONTENT_SECURITY_POLICY, policy);
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_projector_page_may_be_framed() {
        assert!(is_projector_path("/rounds/abc123/vote/screen"));
        for path in [
            "/rounds//vote/screen",
            "/rounds/a/b/vote/screen",
            "/rounds/abc/vote",
            "/rounds/abc/vote/screen/x",
        ] {
            assert!(!is_projector_path(path), "{path}");
        }
    }

    #[test]
    fn without_origins_there_is_no_exception() {
        assert!(ProjectorFraming::allowing(&[]).policy.is_none());
        let framing = ProjectorFraming::allowing(&["https://skarm.kommun.se".to_owned()]);
        assert_eq!(
            framing.policy.unwrap(),
            "frame-ancestors https://skarm.kommun.se; base-uri 'self'; object-src 'none'"
        );
    }
}
