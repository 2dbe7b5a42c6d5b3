//! Coach notes (coachanteckningar): per team, optionally tied to a session, either private
//! to the coach and organizers or shared with the team.

use serde::{Deserialize, Serialize};

use crate::domain::Problem;
use crate::domain::text::multi_line;

pub const NOTE_MAX: usize = 4000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum NoteVisibility {
    /// The team's coach and organizers only.
    CoachOnly,
    /// The team's members too.
    Team,
}

impl NoteVisibility {
    pub fn as_str(self) -> &'static str {
        match self {
            NoteVisibility::CoachOnly => "coach",
            NoteVisibility::Team => "team",
        }
    }

    pub fn parse(input: &str) -> Result<Self, Problem> {
        match input.trim() {
            "coach" => Ok(NoteVisibility::CoachOnly),
            "team" => Ok(NoteVisibility::Team),
            "" => Err(Problem::Required),
            _ => Err(Problem::ChoiceInvalid),
        }
    }
}

/// The note form as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoteInput {
    #[serde(default)]
    pub body: String,
    #[serde(default)]
    pub visibility: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CoachNote {
    pub body: String,
    pub visibility: NoteVisibility,
}

impl CoachNote {
    pub fn parse(input: &NoteInput) -> Result<Self, crate::domain::FieldErrors> {
        let mut errors = crate::domain::FieldErrors::new();
        let body = errors.check(
            "body",
            multi_line(&input.body, NOTE_MAX).and_then(|t| {
                if t.is_empty() {
                    Err(Problem::Required)
                } else {
                    Ok(t)
                }
            }),
        );
        let visibility = errors.check("visibility", NoteVisibility::parse(&input.visibility));
        match (body, visibility) {
            (Some(body), Some(visibility)) => Ok(CoachNote { body, visibility }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_note_needs_text_and_a_visibility() {
        let errors = CoachNote::parse(&NoteInput::default()).unwrap_err();
        assert_eq!(errors.for_field("body"), Some(Problem::Required));
        assert_eq!(errors.for_field("visibility"), Some(Problem::Required));
        let odd = NoteInput {
            body: "Bra träff.".into(),
            visibility: "everyone".into(),
        };
        assert_eq!(
            CoachNote::parse(&odd).unwrap_err().for_field("visibility"),
            Some(Problem::ChoiceInvalid)
        );
    }

    #[test]
    fn refuses_a_personal_identity_number() {
        let input = NoteInput {
            body: "Pratade om 19811218-9876 som kom på besök.".into(),
            visibility: "coach".into(),
        };
        assert_eq!(
            CoachNote::parse(&input).unwrap_err().for_field("body"),
            Some(Problem::PersonalIdentityNumber)
        );
    }
}
