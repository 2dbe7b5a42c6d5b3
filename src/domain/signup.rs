//! Signing up to take part in testing in a round (anmälan): which categories interest you,
//! how much time you have (hours a week, or the intensive week: the seed found two hours a
//! week too fragile, so it is asked outright), and whether your manager agreed.

use serde::{Deserialize, Serialize};

use super::round::format::parse_count;
use super::text::multi_line;
use super::{Category, FieldErrors, Problem};

pub const MAX_HOURS_PER_WEEK: i64 = 40;
pub const NOTE_MAX: usize = 1000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Availability {
    HoursPerWeek(u8),
    IntensiveWeek,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ManagerConsent {
    Agreed,
    NotAgreed,
    NotAskedYet,
}

impl ManagerConsent {
    pub const ALL: [ManagerConsent; 3] = [
        ManagerConsent::Agreed,
        ManagerConsent::NotAgreed,
        ManagerConsent::NotAskedYet,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ManagerConsent::Agreed => "agreed",
            ManagerConsent::NotAgreed => "not_agreed",
            ManagerConsent::NotAskedYet => "not_asked",
        }
    }

    pub fn parse(input: &str) -> Result<Self, Problem> {
        match input.trim() {
            "" => Err(Problem::Required),
            s => ManagerConsent::ALL
                .into_iter()
                .find(|m| m.as_str() == s)
                .ok_or(Problem::ChoiceInvalid),
        }
    }
}

/// The sign-up form as typed; a checked box sends `on`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SignupInput {
    pub interest_explore: String,
    pub interest_test: String,
    pub interest_scale: String,
    /// `hours` or `intensive`
    pub availability: String,
    pub hours_per_week: String,
    /// `agreed`, `not_agreed` or `not_asked`
    pub manager: String,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Signup {
    pub categories: Vec<Category>,
    pub availability: Availability,
    pub manager: ManagerConsent,
    pub note: String,
}

impl SignupInput {
    fn checked(&self, category: Category) -> bool {
        let value = match category {
            Category::Explore => &self.interest_explore,
            Category::Test => &self.interest_test,
            Category::Scale => &self.interest_scale,
        };
        !value.trim().is_empty()
    }

    /// The form pre-filled from a stored sign-up.
    pub fn from_signup(signup: &Signup) -> Self {
        let on = |c: Category| {
            if signup.categories.contains(&c) {
                "on".to_owned()
            } else {
                String::new()
            }
        };
        let (availability, hours) = match signup.availability {
            Availability::HoursPerWeek(h) => ("hours", h.to_string()),
            Availability::IntensiveWeek => ("intensive", String::new()),
        };
        SignupInput {
            interest_explore: on(Category::Explore),
            interest_test: on(Category::Test),
            interest_scale: on(Category::Scale),
            availability: availability.to_owned(),
            hours_per_week: hours,
            manager: signup.manager.as_str().to_owned(),
            note: signup.note.clone(),
        }
    }
}

impl Signup {
    pub fn parse(input: &SignupInput) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::new();
        let categories: Vec<Category> = Category::ALL
            .into_iter()
            .filter(|c| input.checked(*c))
            .collect();
        if categories.is_empty() {
            errors.add("interests", Problem::ChooseAtLeastOne);
        }
        let availability = match input.availability.trim() {
            "hours" => errors
                .check(
                    "hours_per_week",
                    parse_count(&input.hours_per_week, 1, MAX_HOURS_PER_WEEK),
                )
                .map(Availability::HoursPerWeek),
            "intensive" => Some(Availability::IntensiveWeek),
            "" => {
                errors.add("availability", Problem::Required);
                None
            }
            _ => {
                errors.add("availability", Problem::ChoiceInvalid);
                None
            }
        };
        let manager = errors.check("manager", ManagerConsent::parse(&input.manager));
        let note = errors.check("note", multi_line(&input.note, NOTE_MAX));
        match (availability, manager, note) {
            (Some(availability), Some(manager), Some(note)) if errors.is_empty() => Ok(Signup {
                categories,
                availability,
                manager,
                note,
            }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn valid() -> SignupInput {
        SignupInput {
            interest_test: "on".into(),
            availability: "hours".into(),
            hours_per_week: "4".into(),
            manager: "agreed".into(),
            ..Default::default()
        }
    }

    #[test]
    fn accepts_hours_or_the_intensive_week() {
        let signup = Signup::parse(&valid()).unwrap();
        assert_eq!(signup.categories, vec![Category::Test]);
        assert_eq!(signup.availability, Availability::HoursPerWeek(4));
        let intensive = SignupInput {
            availability: "intensive".into(),
            hours_per_week: "not a number".into(),
            ..valid()
        };
        assert_eq!(
            Signup::parse(&intensive).unwrap().availability,
            Availability::IntensiveWeek
        );
        assert_eq!(
            SignupInput::from_signup(&signup),
            SignupInput {
                note: String::new(),
                ..valid()
            }
        );
    }

    #[test]
    fn names_each_missing_or_bad_answer() {
        let errors = Signup::parse(&SignupInput::default()).unwrap_err();
        assert_eq!(
            errors.for_field("interests"),
            Some(Problem::ChooseAtLeastOne)
        );
        assert_eq!(errors.for_field("availability"), Some(Problem::Required));
        assert_eq!(errors.for_field("manager"), Some(Problem::Required));
        let too_many = SignupInput {
            hours_per_week: "60".into(),
            ..valid()
        };
        assert_eq!(
            Signup::parse(&too_many)
                .unwrap_err()
                .for_field("hours_per_week"),
            Some(Problem::NumberOutOfRange { min: 1, max: 40 })
        );
        let secret = SignupInput {
            note: "Ring om brukare 121212-1212".into(),
            ..valid()
        };
        assert_eq!(
            Signup::parse(&secret).unwrap_err().for_field("note"),
            Some(Problem::PersonalIdentityNumber)
        );
    }
}
