//! The report as Markdown, from the same `RoundReport` as the page: the same sections in the
//! same order, links written out in full. Served at `/rounds/<id>/report.md`.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;

use crate::domain::retro::RetroKind;
use crate::features::report::RoundReport;
use crate::features::report::pages::text::{self as words, SECTION_KINDS};
use crate::i18n::{I18n, T, lang_of_request};
use crate::platform::downloads::{attachment, plain, require_signed_in};
use crate::platform::ids::checked_id;
use crate::platform::state::AppState;

/// Text on one line of a list: line breaks become spaces.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub fn write(report: &RoundReport, i18n: I18n, base: &str) -> String {
    let mut md = String::new();
    let mut line = |text: String| {
        md.push_str(&text);
        md.push('\n');
    };
    line(format!(
        "# {}: {}",
        i18n.t(T::ReportTitle),
        report.round_name
    ));
    line(String::new());
    line(format!("_{}_", words::generated(i18n, report)));
    line(String::new());
    line(format!("## {}", i18n.t(T::ReportWhatWeDid)));
    line(String::new());
    for sentence in words::what_we_did(i18n, report) {
        line(format!("- {sentence}"));
    }
    line(String::new());
    line(format!("## {}", i18n.t(T::ReportProposals)));
    for (category, proposals) in words::by_category(report) {
        line(String::new());
        line(format!("### {}", words::category_name(i18n, category)));
        for p in proposals {
            line(String::new());
            line(format!("#### [{}]({base}/proposals/{})", p.title, p.id));
            line(String::new());
            if !p.members.is_empty() {
                line(format!(
                    "{}: {}",
                    i18n.t(T::ReportTeam),
                    p.members.join(", ")
                ));
                line(String::new());
            }
            if !p.summary.is_empty() {
                line(one_line(&p.summary));
                line(String::new());
            }
            line(format!(
                "**{}** {}",
                i18n.t(T::FollowUpTitle),
                words::outcome_line(i18n, p)
            ));
            for (title, learned) in &p.learnings {
                line(format!("- {}: {}", title, one_line(learned)));
            }
        }
    }
    for kind in SECTION_KINDS {
        line(String::new());
        line(format!("## {}", words::kind_heading(i18n, kind)));
        line(String::new());
        let items: Vec<_> = report.items_of(kind).collect();
        if items.is_empty() && kind != RetroKind::Learning {
            line(format!("_{}_", i18n.t(T::ReportNothingChosen)));
        }
        for item in items {
            if item.heading.is_empty() {
                line(format!("- {}", one_line(&item.text)));
            } else {
                line(format!("- **{}** {}", item.heading, one_line(&item.text)));
            }
        }
        if kind == RetroKind::Learning {
            line(String::new());
            line(format!("### {}", i18n.t(T::ReportTeamLearnings)));
            line(String::new());
            for p in &report.proposals {
                for (title, learned) in &p.learnings {
                    line(format!(
                        "- **{}** ({}): {}",
                        title,
                        p.title,
                        one_line(learned)
                    ));
                }
            }
        }
    }
    line(String::new());
    line(format!("## {}", i18n.t(T::ReportFigures)));
    line(String::new());
    line(format!(
        "| {} | {} |",
        i18n.t(T::ReportFigure),
        i18n.t(T::ReportCount)
    ));
    line("| --- | ---: |".to_owned());
    for (label, value) in words::figure_rows(i18n, &report.figures) {
        line(format!("| {label} | {value} |"));
    }
    md
}

/// `GET /rounds/<id>/report.md`: any signed-in person, in their language.
pub async fn report_markdown(
    State(state): State<AppState>,
    Path(round_id): Path<String>,
    headers: HeaderMap,
) -> Response {
    let i18n = I18n(lang_of_request(&headers));
    if let Err(refused) = require_signed_in(&state, &headers, i18n).await {
        return refused;
    }
    let Ok(round_id) = checked_id(&round_id) else {
        return plain(StatusCode::NOT_FOUND, i18n.t(T::NotFoundText));
    };
    let report = match super::build(&state.db, round_id).await {
        Ok(report) => report,
        Err(crate::error::AppError::NotFound) => {
            return plain(StatusCode::NOT_FOUND, i18n.t(T::NotFoundText));
        }
        Err(error) => {
            tracing::error!(?error, "report could not be built");
            return plain(
                StatusCode::INTERNAL_SERVER_ERROR,
                i18n.t(T::InternalErrorText),
            );
        }
    };
    let base = crate::platform::public_url::site_base(&state);
    attachment(
        write(&report, i18n, &base),
        "text/markdown; charset=utf-8",
        &format!("rapport-{round_id}.md"),
    )
}
