//! The round's retrospective: items under five headings, written by participants and
//! coaches, +1 by others (once each), chosen and reworded for the report by the organizer.

use serde::{Deserialize, Serialize};

use crate::domain::learning::test_card::required_text;
use crate::domain::text::optional_single_line;
use crate::domain::{FieldErrors, Problem};

pub const HEADING_MAX: usize = 120;
pub const TEXT_MAX: usize = 1500;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum RetroKind {
    WorkedWell,
    DidNotWork,
    Learning,
    DoDifferently,
    Recommendation,
}

impl RetroKind {
    /// In the order the report reads them.
    pub const ALL: [RetroKind; 5] = [
        RetroKind::WorkedWell,
        RetroKind::DidNotWork,
        RetroKind::Learning,
        RetroKind::DoDifferently,
        RetroKind::Recommendation,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            RetroKind::WorkedWell => "worked_well",
            RetroKind::DidNotWork => "did_not_work",
            RetroKind::Learning => "learning",
            RetroKind::DoDifferently => "do_differently",
            RetroKind::Recommendation => "recommendation",
        }
    }

    pub fn parse(input: &str) -> Result<Self, Problem> {
        match input.trim() {
            "" => Err(Problem::Required),
            s => Self::ALL
                .into_iter()
                .find(|kind| kind.as_str() == s)
                .ok_or(Problem::ChoiceInvalid),
        }
    }
}

/// The item form as typed (a new item, or the organizer's rewording).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RetroItemInput {
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub heading: String,
    #[serde(default)]
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetroItem {
    pub kind: RetroKind,
    /// A short heading; empty when the text says it all.
    pub heading: String,
    pub text: String,
}

impl RetroItem {
    pub fn parse(input: &RetroItemInput) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::new();
        let kind = errors.check("kind", RetroKind::parse(&input.kind));
        let heading = errors.check("heading", optional_single_line(&input.heading, HEADING_MAX));
        let text = errors.check("text", required_text(&input.text, TEXT_MAX));
        match (kind, heading, text) {
            (Some(kind), Some(heading), Some(text)) => Ok(RetroItem {
                kind,
                heading,
                text,
            }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_item_has_a_kind_and_a_text_and_maybe_a_heading() {
        let errors = RetroItem::parse(&RetroItemInput::default()).unwrap_err();
        assert_eq!(errors.for_field("kind"), Some(Problem::Required));
        assert_eq!(errors.for_field("text"), Some(Problem::Required));
        assert_eq!(errors.for_field("heading"), None);
        let item = RetroItem::parse(&RetroItemInput {
            kind: "worked_well".into(),
            heading: "  Intervjuer ".into(),
            text: "Intervjuer gav aha-upplevelser.".into(),
        })
        .unwrap();
        assert_eq!(item.kind, RetroKind::WorkedWell);
        assert_eq!(item.heading, "Intervjuer");
    }

    #[test]
    fn kinds_round_trip_and_texts_name_nobody() {
        for kind in RetroKind::ALL {
            assert_eq!(RetroKind::parse(kind.as_str()), Ok(kind));
        }
        assert_eq!(RetroKind::parse("meh"), Err(Problem::ChoiceInvalid));
        let secret = RetroItemInput {
            kind: "learning".into(),
            heading: String::new(),
            text: "Brukaren 19811218-9876 tyckte…".into(),
        };
        assert_eq!(
            RetroItem::parse(&secret).unwrap_err().for_field("text"),
            Some(Problem::PersonalIdentityNumber)
        );
    }
}
