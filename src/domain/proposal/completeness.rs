//! The completeness guide: which parts of a proposal are missing or thin. The same rule
//! runs live in the browser (the guide beside the form) and on the server (the minimum a
//! proposal must reach before it is submitted).

use serde::{Deserialize, Serialize};

use super::ProposalInput;
use crate::domain::text::word_count;
use crate::domain::{FieldErrors, Problem};

/// The parts of a proposal, in the order of the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Part {
    Title,
    Problem,
    Perspective,
    Idea,
    FirstTest,
    SuccessSignal,
    Category,
    Unit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum PartStatus {
    Missing,
    /// Written, but fewer words than a team needs to start without decoding it.
    Thin {
        words: u32,
        min: u32,
    },
    Done,
}

impl Part {
    pub const ALL: [Part; 8] = [
        Part::Title,
        Part::Problem,
        Part::Perspective,
        Part::Idea,
        Part::FirstTest,
        Part::SuccessSignal,
        Part::Category,
        Part::Unit,
    ];

    /// The form field this part is typed in.
    pub fn field(self) -> &'static str {
        match self {
            Part::Title => "title",
            Part::Problem => "problem",
            Part::Perspective => "perspective",
            Part::Idea => "idea",
            Part::FirstTest => "first_test",
            Part::SuccessSignal => "success_signal",
            Part::Category => "category",
            Part::Unit => "unit",
        }
    }

    /// Fewest words for a long text part to count as done.
    pub fn min_words(self) -> Option<u32> {
        match self {
            Part::Problem | Part::Idea => Some(15),
            Part::FirstTest | Part::SuccessSignal => Some(8),
            _ => None,
        }
    }

    fn text(self, input: &ProposalInput) -> &str {
        match self {
            Part::Title => &input.title,
            Part::Problem => &input.problem,
            Part::Perspective => &input.perspective,
            Part::Idea => &input.idea,
            Part::FirstTest => &input.first_test,
            Part::SuccessSignal => &input.success_signal,
            Part::Category => &input.category,
            Part::Unit => &input.unit,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Completeness {
    pub parts: Vec<(Part, PartStatus)>,
}

impl Completeness {
    pub fn of(input: &ProposalInput) -> Self {
        let parts = Part::ALL
            .into_iter()
            .map(|part| (part, status(part, part.text(input))))
            .collect();
        Completeness { parts }
    }

    pub fn done(&self) -> usize {
        self.parts
            .iter()
            .filter(|(_, s)| *s == PartStatus::Done)
            .count()
    }

    pub fn total(&self) -> usize {
        self.parts.len()
    }

    pub fn is_complete(&self) -> bool {
        self.done() == self.total()
    }

    /// The refusals a submit gets when the proposal is below the minimum.
    pub fn problems(&self) -> FieldErrors {
        let mut errors = FieldErrors::new();
        for (part, status) in &self.parts {
            match status {
                PartStatus::Missing => errors.add(part.field(), Problem::Required),
                PartStatus::Thin { min, .. } => {
                    errors.add(part.field(), Problem::TooFewWords { min: *min })
                }
                PartStatus::Done => {}
            }
        }
        errors
    }
}

fn status(part: Part, text: &str) -> PartStatus {
    if text.trim().is_empty() {
        return PartStatus::Missing;
    }
    match part.min_words() {
        Some(min) => {
            let words = word_count(text) as u32;
            if words < min {
                PartStatus::Thin { words, min }
            } else {
                PartStatus::Done
            }
        }
        None => PartStatus::Done,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::proposal::input::tests::complete_input;

    #[test]
    fn an_empty_form_is_all_missing() {
        let c = Completeness::of(&ProposalInput::default());
        assert_eq!(c.done(), 0);
        assert!(c.parts.iter().all(|(_, s)| *s == PartStatus::Missing));
        assert_eq!(c.problems().0.len(), Part::ALL.len());
    }

    #[test]
    fn a_short_idea_is_thin_with_its_word_count() {
        let input = ProposalInput {
            idea: "Vi provar sms-påminnelser".into(),
            ..complete_input()
        };
        let c = Completeness::of(&input);
        assert!(
            c.parts
                .contains(&(Part::Idea, PartStatus::Thin { words: 3, min: 15 }))
        );
        assert_eq!(
            c.problems().for_field("idea"),
            Some(Problem::TooFewWords { min: 15 })
        );
        assert!(!c.is_complete());
    }

    #[test]
    fn a_complete_input_passes() {
        let c = Completeness::of(&complete_input());
        assert!(c.is_complete(), "{c:?}");
        assert!(c.problems().is_empty());
    }
}
