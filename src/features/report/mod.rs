//! The round's results report, written by the product from what the round recorded: what
//! was done (format, dates, numbers), the proposals by category with their outcome and
//! "Vad händer nu?", the retrospective items the organizer chose, the learnings, what to do
//! differently, the recommendations, and the figures. One set of data (`RoundReport`) feeds
//! the printable page and the Markdown download. It never reads coach notes.

pub mod pages;
#[cfg(feature = "ssr")]
mod server;
#[cfg(feature = "ssr")]
use crate::platform::{context, ids::checked_id};

/// The Markdown download's route, and the figures the dashboard shows.
#[cfg(feature = "ssr")]
pub use server::{figures::figures_of, markdown::report_markdown};

use chrono::NaiveDate;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::Category;
use crate::domain::Ore;
use crate::domain::followup::Outcome;
use crate::domain::retro::RetroKind;
use crate::domain::round::{Phase, PhaseSpan, RoundFormat};
use crate::error::AppError;

/// The round's numbers, from submission to follow-up.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Figures {
    pub submitted: u32,
    pub shortlisted: u32,
    pub on_ballot: u32,
    pub selected: u32,
    pub tested: u32,
    pub followed_up: u32,
    pub ballots: u32,
    pub teams: u32,
    /// Staff in a team (now or before), each once.
    pub participants: u32,
    pub coaches: u32,
    pub sessions_held: u32,
    pub budget: Ore,
    /// Approved expenses.
    pub spent: Ore,
}

impl Figures {
    /// The funnel's steps, in order, with their counts.
    pub fn funnel(&self) -> [(FunnelStep, u32); 6] {
        [
            (FunnelStep::Submitted, self.submitted),
            (FunnelStep::Shortlisted, self.shortlisted),
            (FunnelStep::OnBallot, self.on_ballot),
            (FunnelStep::Selected, self.selected),
            (FunnelStep::Tested, self.tested),
            (FunnelStep::FollowedUp, self.followed_up),
        ]
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum FunnelStep {
    Submitted,
    Shortlisted,
    OnBallot,
    Selected,
    Tested,
    FollowedUp,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportProposal {
    pub id: String,
    pub title: String,
    pub category: Option<Category>,
    pub members: Vec<String>,
    pub summary: String,
    pub outcome: Option<Outcome>,
    /// The decision's rationale: "Vad händer nu?".
    pub what_next: String,
    /// Learning cards: (title, what was learned).
    pub learnings: Vec<(String, String)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportItem {
    pub kind: RetroKind,
    pub heading: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoundReport {
    pub round_id: String,
    pub round_name: String,
    pub format: RoundFormat,
    pub phases: Vec<(Phase, PhaseSpan)>,
    pub default_budget: Ore,
    pub figures: Figures,
    /// The final presentation's day and place, once planned.
    pub presentation: Option<(NaiveDate, String)>,
    /// The tested proposals, by category.
    pub proposals: Vec<ReportProposal>,
    /// The retrospective items the organizer chose, in their report wording.
    pub items: Vec<ReportItem>,
    pub generated_on: NaiveDate,
}

impl RoundReport {
    pub fn items_of(&self, kind: RetroKind) -> impl Iterator<Item = &ReportItem> {
        self.items.iter().filter(move |i| i.kind == kind)
    }
}

/// Any signed-in person: the round's results report.
#[server(prefix = "/api", endpoint = "report")]
pub async fn fetch_report(round_id: String) -> Result<RoundReport, AppError> {
    context::require_user().await?;
    let state = context::state()?;
    server::build(&state.db, checked_id(&round_id)?).await
}
