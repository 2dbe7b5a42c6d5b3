//! The decision on what happens with a tested proposal: one of five fixed outcomes, with a
//! rationale. The server records who decided and when.

use serde::{Deserialize, Serialize};

use crate::domain::learning::test_card::required_text;
use crate::domain::{FieldErrors, Problem};

pub const RATIONALE_MAX: usize = 2000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Outcome {
    /// Keep testing, e.g. in the department's lab.
    ContinueTesting,
    BuildPrototype,
    ScaleUp,
    /// Set aside for now; an organizer can bring it into a later round.
    Park,
    Stop,
}

impl Outcome {
    pub const ALL: [Outcome; 5] = [
        Outcome::ContinueTesting,
        Outcome::BuildPrototype,
        Outcome::ScaleUp,
        Outcome::Park,
        Outcome::Stop,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::ContinueTesting => "continue_testing",
            Outcome::BuildPrototype => "prototype",
            Outcome::ScaleUp => "scale_up",
            Outcome::Park => "park",
            Outcome::Stop => "stop",
        }
    }

    pub fn parse(input: &str) -> Result<Self, Problem> {
        match input.trim() {
            "" => Err(Problem::Required),
            s => Self::ALL
                .into_iter()
                .find(|outcome| outcome.as_str() == s)
                .ok_or(Problem::ChoiceInvalid),
        }
    }

    /// Whether work goes on after the decision (actions and check-ins make sense).
    pub fn goes_on(self) -> bool {
        !matches!(self, Outcome::Stop)
    }
}

/// The decision form as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionInput {
    #[serde(default)]
    pub outcome: String,
    #[serde(default)]
    pub rationale: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    pub outcome: Outcome,
    pub rationale: String,
}

impl Decision {
    pub fn parse(input: &DecisionInput) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::new();
        let outcome = errors.check("outcome", Outcome::parse(&input.outcome));
        let rationale = errors.check("rationale", required_text(&input.rationale, RATIONALE_MAX));
        match (outcome, rationale) {
            (Some(outcome), Some(rationale)) => Ok(Decision { outcome, rationale }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_decision_needs_an_outcome_and_a_rationale() {
        let errors = Decision::parse(&DecisionInput::default()).unwrap_err();
        assert_eq!(errors.for_field("outcome"), Some(Problem::Required));
        assert_eq!(errors.for_field("rationale"), Some(Problem::Required));
        let odd = DecisionInput {
            outcome: "maybe".into(),
            rationale: "Vi vet inte.".into(),
        };
        assert_eq!(
            Decision::parse(&odd).unwrap_err().for_field("outcome"),
            Some(Problem::ChoiceInvalid)
        );
        let park = DecisionInput {
            outcome: "park".into(),
            rationale: "Teamet sammanställer vad de lärt sig.".into(),
        };
        assert_eq!(Decision::parse(&park).unwrap().outcome, Outcome::Park);
    }

    #[test]
    fn outcomes_round_trip_and_only_stop_ends_the_work() {
        for outcome in Outcome::ALL {
            assert_eq!(Outcome::parse(outcome.as_str()), Ok(outcome));
        }
        assert!(!Outcome::Stop.goes_on());
        assert!(Outcome::Park.goes_on() && Outcome::ScaleUp.goes_on());
    }
}
