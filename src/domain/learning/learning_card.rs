//! A learning card (Strategyzer): "We believed that…", "We observed…", "From that we
//! learned…", "Therefore, we will…", with a short title and the test cards behind it.
//! A learning is something the team knows now that it did not know before.

use serde::{Deserialize, Serialize};

use super::test_card::{NAME_MAX, STEP_MAX, required_text};
use crate::domain::FieldErrors;
use crate::domain::text::single_line;

/// The learning-card form as typed; `tests` are the ids of the team's test cards ticked.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LearningCardInput {
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub believed: String,
    #[serde(default)]
    pub observed: String,
    #[serde(default)]
    pub learned: String,
    #[serde(default)]
    pub therefore: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LearningCard {
    pub title: String,
    pub believed: String,
    pub observed: String,
    pub learned: String,
    pub therefore: String,
}

impl LearningCard {
    pub fn parse(input: &LearningCardInput) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::new();
        let title = errors.check("title", single_line(&input.title, 2, NAME_MAX));
        let believed = errors.check("believed", required_text(&input.believed, STEP_MAX));
        let observed = errors.check("observed", required_text(&input.observed, STEP_MAX));
        let learned = errors.check("learned", required_text(&input.learned, STEP_MAX));
        let therefore = errors.check("therefore", required_text(&input.therefore, STEP_MAX));
        match (title, believed, observed, learned, therefore) {
            (Some(title), Some(believed), Some(observed), Some(learned), Some(therefore)) => {
                Ok(LearningCard {
                    title,
                    believed,
                    observed,
                    learned,
                    therefore,
                })
            }
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Problem;

    #[test]
    fn all_four_steps_and_a_title_are_needed() {
        let errors = LearningCard::parse(&LearningCardInput::default()).unwrap_err();
        for field in ["title", "believed", "observed", "learned", "therefore"] {
            assert_eq!(errors.for_field(field), Some(Problem::Required), "{field}");
        }
        let card = LearningCard::parse(&LearningCardInput {
            title: "Chatt kräver tillit".into(),
            believed: "brukare vill chatta".into(),
            observed: "de flesta ville veta vem som svarar".into(),
            learned: "tilliten kommer före kanalen".into(),
            therefore: "visa namn och foto på handläggaren".into(),
        })
        .unwrap();
        assert_eq!(card.title, "Chatt kräver tillit");
    }

    #[test]
    fn no_personal_identity_number_in_any_step() {
        let input = LearningCardInput {
            title: "Tillit".into(),
            believed: "a".into(),
            observed: "Brukaren 121212-1212 berättade".into(),
            learned: "c".into(),
            therefore: "d".into(),
        };
        assert_eq!(
            LearningCard::parse(&input)
                .unwrap_err()
                .for_field("observed"),
            Some(Problem::PersonalIdentityNumber)
        );
    }
}
