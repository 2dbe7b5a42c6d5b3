//! The pipeline board of a round: every proposal that has left the draft stage, filtered
//! by category, unit, stage and text, with counts per stage.

use crate::domain::proposal::window::is_open;
use crate::domain::proposal::{Actor, Stage};
use crate::domain::{Category, FieldErrors, Role};
use crate::error::{AppError, echo_of};
use crate::features::proposals::server::ideas::{self, CardRow};
use crate::features::proposals::{BoardFilter, BoardView, CardView};
use crate::features::rounds::find_round;
use crate::platform::clock::today;
use crate::platform::context::{self, SignedIn};

/// The filters, parsed; `None` means "all".
pub struct Filter {
    category: Option<Category>,
    unit: Option<String>,
    stage: Option<Stage>,
    words: Vec<String>,
}

pub fn parse_filter(filter: &BoardFilter) -> Result<Filter, AppError> {
    let mut errors = FieldErrors::new();
    let optional = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_owned());
    let category =
        optional(&filter.category).and_then(|c| errors.check("category", Category::parse(&c)));
    let stage = optional(&filter.stage).and_then(|s| errors.check("stage", Stage::parse(&s)));
    if !errors.is_empty() {
        return Err(AppError::invalid(errors, echo_of(filter)));
    }
    Ok(Filter {
        category,
        unit: optional(&filter.unit),
        stage,
        words: filter
            .q
            .split_whitespace()
            .take(10)
            .map(str::to_lowercase)
            .collect(),
    })
}

impl Filter {
    /// Category and unit (the words are matched by the query): the counts per column use this.
    fn matches_content(&self, card: &CardRow) -> bool {
        let category_ok = self
            .category
            .is_none_or(|c| card.category.as_deref() == Some(c.as_str()));
        let unit_ok = self.unit.as_ref().is_none_or(|u| &card.unit == u);
        category_ok && unit_ok
    }
}

/// The stages that have a column on the board.
pub fn board_stages() -> impl Iterator<Item = Stage> {
    Stage::ALL.into_iter().filter(|s| s.is_public())
}

pub async fn load(user: &SignedIn, round_id: &str, filter: Filter) -> Result<BoardView, AppError> {
    let (round_row, round) = find_round(round_id).await?;
    let state = context::state()?;
    let rows = ideas::cards_of_round(&state.db, &round_row.id, &filter.words).await?;
    let mut units: Vec<String> = rows
        .iter()
        .filter(|r| !r.unit.is_empty())
        .map(|r| r.unit.clone())
        .collect();
    units.sort();
    units.dedup();
    let matching: Vec<(CardRow, Stage)> = rows
        .into_iter()
        .filter(|row| filter.matches_content(row))
        .filter_map(|row| {
            let stage = Stage::parse(&row.stage).ok()?;
            Some((row, stage))
        })
        .collect();
    let counts = board_stages()
        .map(|stage| {
            let n = matching.iter().filter(|(_, s)| *s == stage).count();
            (stage, n as u32)
        })
        .collect();
    let mover = Actor {
        is_proposer: false,
        roles: &user.roles,
    };
    let cards: Vec<CardView> = matching
        .into_iter()
        .filter(|(_, stage)| filter.stage.is_none_or(|s| s == *stage))
        .map(|(row, stage)| CardView {
            actions: stage
                .actions_for(mover)
                .into_iter()
                .filter(|a| !a.needs_reason())
                .collect(),
            category: row
                .category
                .as_deref()
                .and_then(|c| Category::parse(c).ok()),
            id: row.id,
            title: row.title,
            unit: row.unit,
            stage,
            proposer_name: row.proposer_name,
        })
        .collect();
    Ok(BoardView {
        round_id: round_row.id,
        round_name: round.name.as_str().to_owned(),
        total: cards.len() as u32,
        cards,
        counts,
        units,
        submission_open: is_open(&round.schedule, today()),
        can_council: user.has(Role::CouncilMember) || user.has(Role::Organizer),
    })
}
