//! Names of the sign-up answers.

use super::{I18n, Lang, T};
use crate::domain::signup::{Availability, ManagerConsent};

impl I18n {
    pub fn availability(self, availability: Availability) -> String {
        match (availability, self.0) {
            (Availability::HoursPerWeek(h), Lang::Sv) => format!("{h} h i veckan"),
            (Availability::HoursPerWeek(h), Lang::En) => format!("{h} h a week"),
            (Availability::IntensiveWeek, _) => self.t(T::AvailIntensive).to_owned(),
        }
    }

    pub fn manager(self, consent: ManagerConsent) -> &'static str {
        self.t(match consent {
            ManagerConsent::Agreed => T::ManagerAgreed,
            ManagerConsent::NotAgreed => T::ManagerNotAgreed,
            ManagerConsent::NotAskedYet => T::ManagerNotAsked,
        })
    }
}
