//! The report's wording, shared by the page and the Markdown download so that both say the
//! same: the "what we did" lines, the proposals grouped by category, the outcome line and
//! the figures' rows.

use crate::domain::Category;
use crate::domain::retro::RetroKind;
use crate::features::followup::pages::outcome_name;
use crate::features::report::{Figures, FunnelStep, ReportProposal, RoundReport};
use crate::i18n::{I18n, T};

/// The retrospective's sections in the order the report reads them.
pub const SECTION_KINDS: [RetroKind; 5] = RetroKind::ALL;

pub fn generated(i18n: I18n, report: &RoundReport) -> String {
    format!(
        "{} {}",
        i18n.t(T::ReportGenerated),
        i18n.date(report.generated_on)
    )
}

pub fn what_we_did(i18n: I18n, report: &RoundReport) -> Vec<String> {
    let mut lines = vec![format!(
        "{}: {}",
        i18n.t(T::Format),
        i18n.round_format(report.format)
    )];
    for (phase, span) in &report.phases {
        lines.push(format!(
            "{}: {} – {}",
            i18n.phase(*phase),
            i18n.date(span.start),
            i18n.date(span.end)
        ));
    }
    if let Some((day, place)) = &report.presentation {
        lines.push(format!(
            "{}: {}, {}",
            i18n.t(T::PresentationTitle),
            i18n.date(*day),
            place
        ));
    }
    let f = &report.figures;
    lines.push(format!(
        "{}: {} · {}: {} · {}: {} · {}: {}",
        i18n.t(T::FunnelSubmitted),
        f.submitted,
        i18n.t(T::FiguresBallots),
        f.ballots,
        i18n.t(T::FiguresTeams),
        f.teams,
        i18n.t(T::FiguresParticipants),
        f.participants
    ));
    lines.push(format!(
        "{}: {} · {}: {} {} {}",
        i18n.t(T::DefaultBudget),
        report.default_budget.format_sek(),
        i18n.t(T::FiguresSpent),
        f.spent.format_sek(),
        i18n.t(T::OfWord),
        f.budget.format_sek()
    ));
    lines
}

pub fn category_name(i18n: I18n, category: Option<Category>) -> &'static str {
    match category {
        Some(c) => i18n.category(c),
        None => i18n.t(T::NoCategory),
    }
}

/// The tested proposals in groups by category, in the report's order.
pub fn by_category(report: &RoundReport) -> Vec<(Option<Category>, Vec<&ReportProposal>)> {
    let mut groups: Vec<(Option<Category>, Vec<&ReportProposal>)> = Vec::new();
    for p in &report.proposals {
        match groups.iter_mut().find(|(c, _)| *c == p.category) {
            Some((_, list)) => list.push(p),
            None => groups.push((p.category, vec![p])),
        }
    }
    groups
}

pub fn outcome_line(i18n: I18n, p: &ReportProposal) -> String {
    match p.outcome {
        Some(outcome) => format!("{}. {}", outcome_name(i18n, outcome), p.what_next.trim()),
        None => i18n.t(T::NoDecisionYet).to_owned(),
    }
}

pub fn kind_heading(i18n: I18n, kind: RetroKind) -> &'static str {
    crate::features::retro::pages::kind_name(i18n, kind)
}

pub fn step_name(i18n: I18n, step: FunnelStep) -> &'static str {
    i18n.t(match step {
        FunnelStep::Submitted => T::FunnelSubmitted,
        FunnelStep::Shortlisted => T::FunnelShortlisted,
        FunnelStep::OnBallot => T::FunnelOnBallot,
        FunnelStep::Selected => T::FunnelSelected,
        FunnelStep::Tested => T::FunnelTested,
        FunnelStep::FollowedUp => T::FunnelFollowedUp,
    })
}

/// Every figure as (label, value), the funnel first.
pub fn figure_rows(i18n: I18n, f: &Figures) -> Vec<(&'static str, String)> {
    let mut rows: Vec<(&'static str, String)> = f
        .funnel()
        .into_iter()
        .map(|(step, n)| (step_name(i18n, step), n.to_string()))
        .collect();
    rows.extend([
        (i18n.t(T::FiguresBallots), f.ballots.to_string()),
        (i18n.t(T::FiguresTeams), f.teams.to_string()),
        (i18n.t(T::FiguresParticipants), f.participants.to_string()),
        (i18n.t(T::FiguresCoaches), f.coaches.to_string()),
        (i18n.t(T::FiguresSessions), f.sessions_held.to_string()),
        (i18n.t(T::FiguresBudget), f.budget.format_sek()),
        (i18n.t(T::FiguresSpent), f.spent.format_sek()),
    ]);
    rows
}
