//! The handover note of a session, in three parts, so that someone who missed a week
//! catches up in a minute: what we did, what we learned, who does what before next time.

use serde::{Deserialize, Serialize};

use crate::domain::text::multi_line;
use crate::domain::{FieldErrors, Problem};

pub const HANDOVER_PART_MAX: usize = 2000;

/// The handover form as typed; also the server function's argument.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HandoverInput {
    #[serde(default)]
    pub did: String,
    #[serde(default)]
    pub learned: String,
    #[serde(default)]
    pub next_steps: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Handover {
    pub did: String,
    /// May be empty: not every week brings a learning.
    pub learned: String,
    pub next_steps: String,
}

impl Handover {
    pub fn parse(input: &HandoverInput) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::new();
        let required = |text: &str| {
            multi_line(text, HANDOVER_PART_MAX).and_then(|t| {
                if t.is_empty() {
                    Err(Problem::Required)
                } else {
                    Ok(t)
                }
            })
        };
        let did = errors.check("did", required(&input.did));
        let learned = errors.check("learned", multi_line(&input.learned, HANDOVER_PART_MAX));
        let next_steps = errors.check("next_steps", required(&input.next_steps));
        match (did, learned, next_steps) {
            (Some(did), Some(learned), Some(next_steps)) => Ok(Handover {
                did,
                learned,
                next_steps,
            }),
            _ => Err(errors),
        }
    }

    pub fn to_input(&self) -> HandoverInput {
        HandoverInput {
            did: self.did.clone(),
            learned: self.learned.clone(),
            next_steps: self.next_steps.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_we_did_and_next_steps_are_required() {
        let errors = Handover::parse(&HandoverInput::default()).unwrap_err();
        assert_eq!(errors.for_field("did"), Some(Problem::Required));
        assert_eq!(errors.for_field("next_steps"), Some(Problem::Required));
        assert_eq!(errors.for_field("learned"), None);
    }

    #[test]
    fn every_part_goes_through_the_secrecy_guard() {
        let input = HandoverInput {
            did: "Intervjuade en brukare.".into(),
            learned: "Brukaren 811218-9876 vill ha sms.".into(),
            next_steps: "Anna ringer enheten.".into(),
        };
        let errors = Handover::parse(&input).unwrap_err();
        assert_eq!(
            errors.for_field("learned"),
            Some(Problem::PersonalIdentityNumber)
        );
    }

    #[test]
    fn keeps_what_was_typed() {
        let input = HandoverInput {
            did: " Testade sms-påminnelsen. ".into(),
            learned: String::new(),
            next_steps: "Anneli frågar enheten.".into(),
        };
        let handover = Handover::parse(&input).unwrap();
        assert_eq!(handover.did, "Testade sms-påminnelsen.");
        assert_eq!(handover.to_input().next_steps, "Anneli frågar enheten.");
    }
}
